"""Coded fatality tallies of analyst notes: "1 fatality.", "Fatalities coded as 0 (X reported
1).", "20 fatalities split up between 3 events.", "Unclear fatalities coded as 10 and spread
between 3 locations.", "Fatalities split between 2 events." (the narrative count, shared).

"Reports on fatalities range from 2 to 4" is coded as its lower bound.

Such a tally is the count the note's author settled on for the note's main event, so it replaces
the figure read from the narrative. News reports do not write them; for those nothing changes.

A total spread over N events gives each event its share rounded to the nearest whole number
(halves up): coders hand out the remainder one event at a time, so most events of a note carry
the rounded share ("20 over 3 events" = 7, 7, 6; "10 over 3" = 4, 3, 3). A share written out
("(3)", "with 5 coded to each") wins.
"""

from __future__ import annotations

import dataclasses
import functools
import math
import re
from dataclasses import dataclass

from ..records import Event, Evidence
from .lexicon import load_toml


@dataclass(frozen=True)
class Tally:
    """A coded count. `fatalities` None: a split statement without its own total ("Fatalities
    split between 2 events."), which shares out the count read from the narrative."""

    fatalities: int | None
    text: str
    span: tuple[int, int]
    parts: int = 1
    share: int | None = None


@dataclass(frozen=True)
class _Patterns:
    tally: re.Pattern[str]
    coded: re.Pattern[str]
    split: re.Pattern[str]
    bare_split: re.Pattern[str]
    share: re.Pattern[str]
    days: re.Pattern[str]
    extra: re.Pattern[str]
    #: the word every tally pattern holds: a text without it has no tally
    cue: re.Pattern[str]
    numbers: dict[str, int]
    lethal_codes: frozenset[str]


def _alternatives(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


@functools.cache
def _patterns() -> _Patterns:
    data = load_toml("tallies.toml")
    numbers = {k: int(v) for k, v in data["numbers"].items()}
    words = data["words"]
    number = r"(?P<n>\d+|" + _alternatives(list(numbers)) + r")"
    count = number.replace("?P<n>", "?P<m>")
    qualifier = "(?:(?:" + _alternatives(words["qualifiers"]) + r")\s+)?"
    fatal = r"fatalit\w*"  # "fatalities", and the misspellings notes carry ("fatalites")
    start = r"(?:^|(?<=[.!?\]]\s)|(?<=\[))"
    verbs = r"(?:" + "|".join(words["split_verbs"]) + r")(?:\s+(?:up|equally))?"
    units = r"(?:" + "|".join(words["split_units"]) + r")"
    split_to = r"\s+(?:between|across|among)\s+(?:the\s+)?"
    ignore = re.IGNORECASE
    return _Patterns(
        tally=re.compile(start + qualifier + number + r"\s+fatalit(?:y|ies)\b[^.\n\]]*", ignore),
        coded=re.compile(
            r"\b" + fatal + r"(?:\s+and\s+injuries)?\s+(?:were\s+|are\s+)?(?:coded\s+(?:as|to|at)"
            r"|reported\s+as\s+half,\s+rounded\s+(?:down|up)\s+to|ranges?\s+from)\s+"
            + number + r"\b[^.\n]*", ignore),
        split=re.compile(r"\b" + verbs + split_to + count + r"\s+" + units, ignore),
        bare_split=re.compile(
            start + r"(?:total\s+)?" + fatal + r"\s+(?:are\s+|were\s+)?(?:" + verbs + r"|coded)"
            + split_to + count + r"\s+" + units + r"[^.\n]*", ignore),
        share=re.compile(r"^\s*\((?P<s>\d+)\)|\bwith\s+(?P<t>\d+)\s+coded\s+to\s+each", ignore),
        days=re.compile(r"^\s+in\s+" + number + r"\s+days\b", ignore),
        extra=re.compile(r"\bin\s+addition\s+to\s+" + number + r"\s+known\b", ignore),
        cue=re.compile("fatalit", ignore),
        numbers=numbers,
        lethal_codes=frozenset(words["lethal_codes"]),
    )


def lethal_codes() -> frozenset[str]:
    """Codes of events that can carry deaths."""
    return _patterns().lethal_codes


def _value(token: str, numbers: dict[str, int]) -> int:
    return int(token) if token.isdigit() else numbers[token.lower()]


def share_of(total: int, parts: int) -> int:
    """One event's share of a total spread over `parts` events (nearest, halves up)."""
    return math.floor(total / max(1, parts) + 0.5)


def _split(text: str, end: int, m: re.Match[str], pats: _Patterns) -> tuple[int, int | None]:
    """Parts and written-out share of a split clause that ends at `end` in `text`."""
    parts = _value(m.group("m"), pats.numbers)
    rest = text[end:]
    days = pats.days.match(rest)
    if days is not None:  # "across three locations in two days": one event a place and a day
        parts *= _value(days.group("n"), pats.numbers)
        rest = rest[days.end():]
    share = pats.share.search(rest[:40])
    written = share.group("s") or share.group("t") if share is not None else None
    return parts, int(written) if written else None


def find_tally(text: str) -> Tally | None:
    """The last coded tally of a note ("coded as" wins over a bare "N fatalities.")."""
    pats = _patterns()
    if pats.cue.search(text) is None:
        return None
    matches = list(pats.coded.finditer(text)) or list(pats.tally.finditer(text))
    if not matches:
        return _bare_split(text, pats)
    m = matches[-1]
    total = _value(m.group("n"), pats.numbers)
    extra = pats.extra.search(m.group(0))
    if extra is not None:  # "coded at 3, in addition to 2 known fatalities"
        total += _value(extra.group("n"), pats.numbers)
    split = pats.split.search(m.group(0))
    if split is not None:
        parts, share = _split(text, m.start() + split.end(), split, pats)
        total = share if share is not None else share_of(total, parts)
    return Tally(total, m.group(0), (m.start(), m.end()))


def _bare_split(text: str, pats: _Patterns) -> Tally | None:
    """ "Fatalities are split across 2 events (3).": a share of the narrative's count."""
    found = list(pats.bare_split.finditer(text))
    if not found:
        return None
    m = found[-1]
    inner = pats.split.search(m.group(0))
    if inner is None:  # "Fatalities coded across 2 events"
        parts, share = _value(m.group("m"), pats.numbers), None
    else:
        parts, share = _split(text, m.start() + inner.end(), inner, pats)
    return Tally(share, m.group(0), (m.start(), m.end()), parts, share)


def apply_tally(events: list[Event], text: str) -> list[Event]:
    """Give the note's main lethal event (the most confident occurred one) its coded tally."""
    tally = find_tally(text)
    lethal = _patterns().lethal_codes
    candidates = [e for e in events if e.modality == "occurred" and e.code in lethal]
    if tally is None or not candidates:
        return events
    main = max(candidates, key=lambda e: e.confidence)
    count = tally.fatalities
    if count is None:
        if main.fatalities is None:
            return events
        count = share_of(main.fatalities, tally.parts)
    kept = tuple(ev for ev in main.evidence if ev.field != "fatalities")
    evidence = (*kept, Evidence("fatalities", tally.text, tally.span))
    updated = dataclasses.replace(main, fatalities=count, evidence=evidence)
    return [updated if e is main else e for e in events]
