"""Token ranges for the claims stage: the finding record, quotation regions, trimming, noun
phrases. Ranges are inclusive token index pairs."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from spacy.tokens import Doc, Token

Range = tuple[int, int]  # an inclusive token range

#: Quote marks: opening curly, closing curly, and the straight mark that does both.
OPEN, CLOSE, STRAIGHT = "\u201c", "\u201d", '"'
QUOTE_CHARS = frozenset({OPEN, CLOSE, STRAIGHT, "\u2018", "\u2019", "'", "`", "``", "''"})


@dataclass(frozen=True)
class Found:
    """One attribution as token indices (ranges are inclusive)."""

    kind: str  # "verb", "according", "citing", "noun", "relative"
    cue: tuple[int, int]
    cue_head: int
    source: tuple[int, int]
    source_head: int
    content: tuple[int, int]
    cited: int | None = None  # head of the NP after "citing", when the source relays it
    cited_span: tuple[int, int] | None = None

    @property
    def statement_start(self) -> int:
        return min(self.source[0], self.cue[0])


def quote_regions(text: str) -> list[tuple[int, int]]:
    """Char spans [start, end) of quotations, quote marks included."""
    regions: list[tuple[int, int]] = []
    curly_open: int | None = None
    straight_open: int | None = None
    for i, ch in enumerate(text):
        if ch == "\n":
            straight_open = curly_open = None
        elif ch == OPEN:
            curly_open = i
        elif ch == CLOSE and curly_open is not None:
            regions.append((curly_open, i + 1))
            curly_open = None
        elif ch == STRAIGHT and curly_open is not None:
            regions.append((curly_open, i + 1))  # “...": mixed marks still close the quote
            curly_open = None
        elif ch == STRAIGHT:
            if straight_open is None:
                straight_open = i
            else:
                regions.append((straight_open, i + 1))
                straight_open = None
    return sorted(regions)


def _is_edge_punct(tok: Token) -> bool:
    return tok.is_punct and tok.text not in QUOTE_CHARS and tok.text not in "()"


def trim(doc: Doc, start: int, end: int, *, keep_quotes: bool = True) -> tuple[int, int] | None:
    """Shrink an inclusive token range past punctuation, spaces and joining words at its ends."""
    while start <= end and (
        _is_edge_punct(doc[start]) or doc[start].is_space
        or (not keep_quotes and doc[start].text in QUOTE_CHARS)
    ):
        start += 1
    while end >= start and (
        _is_edge_punct(doc[end]) and doc[end].text not in ".!?"
        or doc[end].is_space or doc[end].pos_ in ("CCONJ", "SCONJ")
        or (not keep_quotes and doc[end].text in QUOTE_CHARS)
    ):
        end -= 1
    return (start, end) if start <= end else None


def range_of(tokens: Iterable[Token]) -> tuple[int, int] | None:
    idx = [t.i for t in tokens]
    return (min(idx), max(idx)) if idx else None


def noun_phrase(tok: Token, *, cut_relative: bool = False, avoid: int | None = None) -> tuple[
    int, int
]:
    """The NP headed by `tok`: its whole subtree, less a relative clause after the head when
    `cut_relative` is set or when the clause holds the token `avoid` (the cue), and less
    anything before a paragraph break (a dateline or a heading)."""
    start, end = tok.left_edge.i, tok.right_edge.i
    doc = tok.doc
    for child in tok.children:
        if child.i < tok.i:
            if child.dep_ in ("advmod", "preconj", "predet") and child.i == start:
                start = child.right_edge.i + 1  # "Even China", "Both Mr. King and ..."
            continue
        if _aside(child):
            end = min(end, child.left_edge.i - 1)  # "Trump, speaking to veterans, said"
            continue
        if child.dep_ not in ("relcl", "acl"):
            continue
        if cut_relative or (avoid is not None and child.left_edge.i <= avoid <= child.right_edge.i):
            end = min(end, child.left_edge.i - 1)
    for i in range(start, min(end, tok.i)):
        if "\n" in doc[i].whitespace_ or (doc[i].is_space and "\n" in doc[i].text):
            start = i + 1
    trimmed = trim(doc, start, end, keep_quotes=False)
    if trimmed is None:
        return (tok.i, tok.i)
    start, end = trimmed
    text = doc[start : end + 1].text
    if text.count("(") > text.count(")") and end + 1 < len(doc) and doc[end + 1].text == ")":
        end += 1
    return start, end


def _aside(child: Token) -> bool:
    """A comma-set participle or comparison after a speaker's name ("Trump, speaking to
    veterans,", "Clinton, like Obama,"): no part of the source."""
    doc = child.doc
    comma = child.left_edge.i > 0 and doc[child.left_edge.i - 1].text == ","
    participle = child.dep_ == "acl" and child.tag_ in ("VBG", "VBN")
    comparison = child.dep_ == "prep" and child.lower_ in ("like", "unlike")
    return comma and (participle or comparison)


def longest_run(tokens: Sequence[Token]) -> tuple[int, int] | None:
    """The longest stretch of consecutive tokens (by count of non-punctuation tokens)."""
    runs: list[list[Token]] = []
    for tok in tokens:
        if runs and runs[-1][-1].i == tok.i - 1:
            runs[-1].append(tok)
        else:
            runs.append([tok])
    best = max(runs, key=lambda run: sum(not t.is_punct for t in run), default=None)
    return None if best is None else trim(best[0].doc, best[0].i, best[-1].i)


def minus(tokens: Iterable[Token], *excluded: Iterable[Token]) -> list[Token]:
    drop = {t.i for group in excluded for t in group}
    return [t for t in tokens if t.i not in drop]


def overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] <= b[1] and b[0] <= a[1]
