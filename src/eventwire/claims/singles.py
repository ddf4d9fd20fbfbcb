"""Quotations in single marks, straight ('...') or curly (\u2018...\u2019), as British and
many international outlets write them. The same characters are apostrophes ("don't",
"O'Brien", "the farmers' union", "the '90s", "rock 'n' roll"), so a mark counts only where
its neighbours make it an opening or a closing one, and openings pair with closings within
a paragraph. Marks inside a double-quoted quotation stay part of it (a quotation within a
quotation); a double-quoted phrase inside a single-quoted quotation is part of that."""

from __future__ import annotations

import functools
import re

from .lexicon import read_data

#: The straight mark (opens and closes), the curly opening and the curly closing mark (which
#: is also the usual curly apostrophe).
STRAIGHT_SINGLE, SINGLE_OPEN, SINGLE_CLOSE = "'", "\u2018", "\u2019"
_MARK = re.compile("['\u2018\u2019]")
#: What may stand before an opening mark besides a space or the start of the text.
_BEFORE_OPEN = frozenset("([{\u2014\u2013-:\"\u201c")
#: What may end a quotation inside its closing mark besides a letter or digit.
_BEFORE_CLOSE = frozenset(".,?!\u2026")
#: What may follow a closing mark besides a space or the end of the text.
_AFTER_CLOSE = frozenset(".,;:?!)]}\u2014\u2013-\"\u201d\u2026")
#: A year or decade clipped to its last two digits ("the '90s", "the \u201980s", "since
#: '05"); news style spells out a number that opens a sentence, so a quotation seldom opens
#: with two digits.
_CLIPPED_YEAR = re.compile(r"\d\ds?(?![A-Za-z0-9])")
#: A sentence end inside a quotation: a full stop, question or exclamation mark after a
#: lower-case word, a digit or a bracket (not an initial or "Mr."), before a space and a
#: capital or an opening mark.
_SENTENCE_END = re.compile("(?:[a-z]{2}|[0-9)])[.?!]\\s+[A-Z\"\u201c\u2018']")
_WORD = re.compile(r"[A-Za-z]+")

OPEN, STRONG, PLAIN, POSSESSIVE = "open", "strong", "plain", "possessive"


@functools.cache
def elisions() -> frozenset[str]:
    """Words clipped at the front (`data/marks.toml`), whose mark opens no quotation."""
    data = read_data("marks.toml", "punctuation lexicon")
    return frozenset(str(w).lower() for w in data["elisions"])


def can_open(text: str, i: int) -> bool:
    """Does the single mark at char `i` open a quotation: after a space, a line start, an
    opening bracket, a dash or a colon, before a letter or digit, and no clipped word or
    year ("'em", "'n'", "'90s", "'05")?"""
    if text[i : i + 1] not in (STRAIGHT_SINGLE, SINGLE_OPEN) or _doubled(text, i):
        return False
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1 : i + 2]
    if not (before.isspace() or before in _BEFORE_OPEN) or not after.isalnum():
        return False
    word = _WORD.match(text, i + 1)
    if word is not None and word.group().lower() in elisions():
        return False
    return _CLIPPED_YEAR.match(text, i + 1) is None


def closing(text: str, i: int) -> str | None:
    """How the single mark at char `i` can close a quotation: STRONG after punctuation or
    before punctuation or a line end ("ready,' she said", "'the deal'."); between a word and
    a space, POSSESSIVE after an "s", as a plural possessive is written ("the farmers'
    union"), else PLAIN ("'the deal' fell through"); None when it cannot close (inside a
    word, after a space, the middle of "'n'")."""
    if text[i : i + 1] not in (STRAIGHT_SINGLE, SINGLE_CLOSE) or _doubled(text, i) or i == 0:
        return None
    before = text[i - 1]
    after = text[i + 1] if i + 1 < len(text) else "\n"
    if not (before.isalnum() or before in _BEFORE_CLOSE):
        return None
    if not (after.isspace() or after in _AFTER_CLOSE):
        return None
    if before.lower() == "n" and i >= 2 and text[i - 2] in (STRAIGHT_SINGLE, SINGLE_OPEN):
        return None  # "rock 'n' roll"
    if before in _BEFORE_CLOSE or after not in " \t\u00a0":
        return STRONG
    return POSSESSIVE if before in "sS" else PLAIN


def _doubled(text: str, i: int) -> bool:
    """Is the straight mark at `i` part of a two-apostrophe or TeX mark ('' or ``)?"""
    if text[i] != STRAIGHT_SINGLE:
        return False
    return text[i - 1 : i] in ("'", "`") or text[i + 1 : i + 2] in ("'", "`")


def _kind(text: str, i: int) -> str | None:
    return OPEN if can_open(text, i) else closing(text, i)


def _family(mark: str) -> str:
    return "straight" if mark == STRAIGHT_SINGLE else "curly"


def single_regions(text: str, outer: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Char spans [start, end) of quotations in single marks outside the `outer` ones, marks
    included, paired within a paragraph (`_pairs`). A single word between the marks is a
    name or a term ("the 'Zarya' depot"), unless it ends in punctuation as an utterance does
    ("'No,' she said")."""
    found: list[tuple[int, int]] = []
    start = 0
    for line in text.split("\n"):
        marks = [(m.start() + start, kind) for m in _MARK.finditer(line)
                 if not any(qs <= m.start() + start < qe for qs, qe in outer)
                 and (kind := _kind(text, m.start() + start)) is not None]
        found.extend(_pairs(text, marks))
        start += len(line) + 1
    return found


def _pairs(text: str, marks: list[tuple[int, str]]) -> list[tuple[int, int]]:
    """Pair the opening and closing marks of one paragraph. A later opening mark while one is
    open means the earlier mark opened nothing. A POSSESSIVE mark is passed over when
    another closing mark follows before the next opening one ("'The farmers' union will
    strike,' he said"). A quotation closed with no punctuation is a phrase: a mark that
    would close one over a sentence end opened nothing ("since \u201805 ... the farmers\u2019
    meeting")."""
    found: list[tuple[int, int]] = []
    opened: int | None = None
    for n, (i, kind) in enumerate(marks):
        if kind == OPEN:
            opened = i
            continue
        if opened is None or _family(text[i]) != _family(text[opened]):
            continue
        if kind == POSSESSIVE and _closing_ahead(text, marks[n + 1 :], text[opened]):
            continue
        if kind != STRONG and _SENTENCE_END.search(text, opened + 1, i):
            opened = None
            continue
        if _utterance(text[opened + 1 : i]):
            found.append((opened, i + 1))
        opened = None
    return found


def _closing_ahead(text: str, later: list[tuple[int, str]], opening: str) -> bool:
    """Does a closing mark other than a POSSESSIVE one, of the opening mark's kind, come
    before the next opening mark?"""
    for i, kind in later:
        if kind == OPEN:
            return False
        if kind != POSSESSIVE and _family(text[i]) == _family(opening):
            return True
    return False


def _utterance(inner: str) -> bool:
    inner = inner.strip()
    return " " in inner or inner[-1:] in _BEFORE_CLOSE


def nest(double: list[tuple[int, int]], single: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """All quotations, sorted, less the double-quoted ones inside a single-quoted one."""
    kept = [d for d in double if not any(s[0] < d[0] and d[1] < s[1] for s in single)]
    return sorted(kept + single)
