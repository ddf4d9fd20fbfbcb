"""The notes of a stored event: the sentence (or sentences) of the article it was read from.

The anchor is the event's own sentence evidence when there is one, else its trigger ("code")
evidence, else its first evidence or claim; the notes run from the start of the sentence holding
the anchor's start to the end of the sentence holding its end.
"""

from __future__ import annotations

import functools
import re
import tomllib
from importlib import resources

from ..records import Event, Span

#: Longest notes kept (characters); text without sentence punctuation is cut around the anchor.
MAX_NOTES = 600
_END = re.compile(r"[.!?]+[\"'\u201d\u2019)\]]*(?=\s)|\n\s*\n|\n(?=\s*[-*\u2022])")
_END_OR_LINE = re.compile(_END.pattern + r"|\n")
#: Median line length above which lines are taken to be whole paragraphs (hard-wrapped text
#: keeps its lines under about 80 characters).
PARAGRAPH_LINE = 150
_WORD_BEFORE = re.compile(r"(\w+)$")


@functools.cache
def _abbreviations() -> frozenset[str]:
    raw = tomllib.loads(
        resources.files("eventwire.store").joinpath("data/sentences.toml").read_text("utf-8")
    )
    return frozenset(str(a).casefold() for a in raw["abbreviations"])


def lines_are_paragraphs(text: str) -> bool:
    """True when the text has one paragraph per line (so a line break ends a sentence or a
    headline) rather than hard-wrapped lines (where it does not)."""
    lengths = sorted(len(line) for line in text.splitlines() if line.strip())
    return len(lengths) > 1 and lengths[len(lengths) // 2] > PARAGRAPH_LINE


@functools.lru_cache(maxsize=8)  # the events of one article share its text
def sentence_ends(text: str) -> tuple[int, ...]:
    """Offsets just past each sentence end in `text`."""
    pattern = _END_OR_LINE if lines_are_paragraphs(text) else _END
    ends: list[int] = []
    for match in pattern.finditer(text):
        if match.group().startswith(".") and len(match.group()) == 1:
            word = _WORD_BEFORE.search(text, 0, match.start())
            if word and (len(word.group(1)) == 1 or word.group(1).casefold() in _abbreviations()):
                continue
        ends.append(match.end())
    return tuple(ends)


def anchor_span(event: Event) -> Span | None:
    for field in ("sentence", "code"):
        for ev in event.evidence:
            if ev.field == field:
                return ev.span
    if event.evidence:
        return event.evidence[0].span
    return event.claims[0].span if event.claims else None


def sentence_around(text: str, span: Span) -> str:
    """The sentence(s) of `text` covering `span`, whitespace collapsed."""
    start, end = max(0, span[0]), min(len(text), span[1])
    ends = sentence_ends(text)
    left = max((e for e in ends if e <= start), default=0)
    right = min((e for e in ends if e >= max(end, start + 1)), default=len(text))
    if right - left > MAX_NOTES:
        left = max(left, start - MAX_NOTES // 3)
        right = min(right, max(end, left + MAX_NOTES))
    return " ".join(text[left:right].split())


def event_notes(event: Event, text: str | None) -> str | None:
    """The notes for one event of an article whose text is `text`."""
    for ev in event.evidence:
        if ev.field == "sentence" and ev.text.strip():
            return " ".join(ev.text.split())
    span = anchor_span(event)
    if span is None or not text:
        return None
    return sentence_around(text, span) or None
