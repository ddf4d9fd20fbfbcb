"""Datelines: "KYIV, March 3 (Reuters) -", "PORT SUDAN, Sudan (AFP) --", "MOSCOW, January 5.
/TASS/." open a report with the place it was filed from, which says nothing of where the
events it tells happened."""

from __future__ import annotations

import re
from collections.abc import Iterable

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


def dateline_spans(text: str) -> list[tuple[int, int]]:
    """Character bounds of the datelines of `text` (at the start of a line, the name in
    capitals)."""
    return [(m.start("head"), m.end()) for m in _DATELINE.finditer(text)
            if sum(c.isalpha() for c in m.group("head")) >= 3]


def outside_datelines(places: Iterable[Place], text: str) -> tuple[Place, ...]:
    """The places not named in a dateline."""
    spans = dateline_spans(text)
    return tuple(p for p in places if p.span is None or not any(
        start <= p.span[0] and p.span[1] <= end for start, end in spans))
