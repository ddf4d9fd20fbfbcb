"""Coded fatality tallies of analyst notes: "1 fatality.", "Fatalities coded as 0 (X reported
1).", "20 fatalities split up between 3 events.", "Unclear fatalities coded as 10 and spread
between 3 locations."

Such a tally is the count the note's author settled on for the note's main event, so it replaces
the figure read from the narrative. News reports do not write them; for those nothing changes.
"""

from __future__ import annotations

import dataclasses
import functools
import re
import tomllib
from dataclasses import dataclass
from importlib import resources

from ..records import Event, Evidence


@dataclass(frozen=True)
class Tally:
    fatalities: int
    text: str
    span: tuple[int, int]


@dataclass(frozen=True)
class _Patterns:
    tally: re.Pattern[str]
    coded: re.Pattern[str]
    split: re.Pattern[str]
    numbers: dict[str, int]
    lethal_codes: frozenset[str]


@functools.cache
def _patterns() -> _Patterns:
    raw = resources.files("eventwire.events").joinpath("data/tallies.toml").read_text("utf-8")
    data = tomllib.loads(raw)
    numbers = {k: int(v) for k, v in data["numbers"].items()}
    words = data["words"]
    number = r"(?P<n>\d+|" + "|".join(sorted(numbers, key=len, reverse=True)) + r")"
    qualifier = "(?:(?:" + "|".join(re.escape(q) for q in words["qualifiers"]) + r")\s+)?"
    tally = re.compile(
        r"(?:^|(?<=[.!?\]]\s))" + qualifier + number + r"\s+fatalit(?:y|ies)\b[^.\n]*",
        re.IGNORECASE,
    )
    coded = re.compile(r"\bfatalities\s+(?:were\s+|are\s+)?coded\s+as\s+" + number + r"\b[^.\n]*",
                       re.IGNORECASE)
    split = re.compile(
        r"\b(?:" + "|".join(words["split_verbs"]) + r")(?:\s+up)?\s+(?:between|across|among)\s+"
        + number.replace("?P<n>", "?P<m>") + r"\s+(?:" + "|".join(words["split_units"]) + r")"
        + r"(?:\s*\((?P<share>\d+)\))?",
        re.IGNORECASE,
    )
    return _Patterns(tally, coded, split, numbers, frozenset(words["lethal_codes"]))


def _value(token: str, numbers: dict[str, int]) -> int:
    return int(token) if token.isdigit() else numbers[token.lower()]


def find_tally(text: str) -> Tally | None:
    """The last coded tally of a note ("coded as" wins over a bare "N fatalities.")."""
    pats = _patterns()
    matches = list(pats.coded.finditer(text)) or list(pats.tally.finditer(text))
    if not matches:
        return None
    m = matches[-1]
    total = _value(m.group("n"), pats.numbers)
    split = pats.split.search(m.group(0))
    if split is not None:
        share = split.group("share")
        parts = _value(split.group("m"), pats.numbers)
        total = int(share) if share else total // max(1, parts)
    return Tally(total, m.group(0), (m.start(), m.end()))


def apply_tally(events: list[Event], text: str) -> list[Event]:
    """Give the note's main lethal event (the most confident occurred one) its coded tally."""
    tally = find_tally(text)
    lethal = _patterns().lethal_codes
    candidates = [e for e in events if e.modality == "occurred" and e.code in lethal]
    if tally is None or not candidates:
        return events
    main = max(candidates, key=lambda e: e.confidence)
    kept = tuple(ev for ev in main.evidence if ev.field != "fatalities")
    evidence = (*kept, Evidence("fatalities", tally.text, tally.span))
    updated = dataclasses.replace(main, fatalities=tally.fatalities, evidence=evidence)
    return [updated if e is main else e for e in events]
