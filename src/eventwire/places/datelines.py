"""Datelines: "KYIV, March 3 (Reuters) -", "PORT SUDAN, Sudan (AFP) --", "MOSCOW, January 5.
/TASS/." open a report with the place it was filed from, which says nothing of where the
events it tells happened. Some wire services give the day and the agency alone ("Nov 18
(Reuters) -", "18 November (Wire) --"): the date is the day the report was filed, no part of
what it tells."""

from __future__ import annotations

import functools
import re
import tomllib
from collections.abc import Iterable
from importlib import resources

from ..records import Place

#: An upper-case name opening a line (two filing places joined by a slash: "CAIRO/GAZA"),
#: then a country or a date after commas, then the agency in
#: brackets and a dash, a dash alone, or the agency between slashes ("/TASS/.").
_DATELINE = re.compile(
    r"^[ \t]*(?P<head>[A-Z][A-Z.'’/\- ]*[A-Z.])"
    r"(?:,[ \t]*[A-Z][\w.'’\- ]{0,30}?)*[ \t]*"
    r"(?:(?:\([^()\n]{1,40}\))?[ \t]*(?:--?|—|–|―)[ \t]|/[A-Za-z]{2,10}/\.?[ \t])",
    re.MULTILINE,
)


@functools.cache
def _date_only() -> re.Pattern[str]:
    """A dateline with no filing place: a month name (the dates stage's, `data/dates.toml`)
    and a day in either order, an optional year, then the agency in brackets and a dash
    (without the agency, "Nov 18 - ..." is as often an entry of a chronology, which the date
    does date)."""
    raw = tomllib.loads(resources.files("eventwire").joinpath("data/dates.toml")
                        .read_text("utf-8"))
    names = sorted(raw["months"], key=len, reverse=True)
    month = "(?:" + "|".join(n.capitalize() for n in names) + r")\.?"
    day = r"\d{1,2}(?:st|nd|rd|th)?"
    return re.compile(
        rf"^[ \t]*(?P<head>(?:{month}[ \t]+{day}|{day}[ \t]+{month})(?:,?[ \t]+\d{{4}})?)"
        r"[ \t]*\([^()\n]{1,40}\)[ \t]*(?:--?|—|–|―)[ \t]",
        re.MULTILINE,
    )


def dateline_spans(text: str) -> list[tuple[int, int]]:
    """Character bounds of the datelines of `text` (at the start of a line, the name in
    capitals, or the date alone), in text order."""
    found = [(m.start("head"), m.end()) for m in _DATELINE.finditer(text)
             if sum(c.isalpha() for c in m.group("head")) >= 3]
    found += [(m.start("head"), m.end()) for m in _date_only().finditer(text)]
    return sorted(found)


def in_dateline(span: tuple[int, int] | None, text: str) -> bool:
    """Whether the character span lies inside a dateline of `text`."""
    return span is not None and any(
        start <= span[0] and span[1] <= end for start, end in _spans(text))


@functools.lru_cache(maxsize=4)
def _spans(text: str) -> tuple[tuple[int, int], ...]:
    return tuple(dateline_spans(text))


def outside_datelines(places: Iterable[Place], text: str) -> tuple[Place, ...]:
    """The places not named in a dateline."""
    spans = dateline_spans(text)
    return tuple(p for p in places if p.span is None or not any(
        start <= p.span[0] and p.span[1] <= end for start, end in spans))
