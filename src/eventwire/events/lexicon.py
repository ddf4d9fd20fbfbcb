"""Term lexicons of the events stage: loaded from `data/*.toml` once per process, compiled into
first-word indexes so that matching a sentence costs one dictionary look-up per token."""

from __future__ import annotations

import bisect
import functools
import tomllib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from importlib import resources
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from ..errors import ModelError

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

P = TypeVar("P")

#: One element of a term: a lemma (or lower-cased form) and an optional coarse POS.
TermPart = tuple[str, str | None]


@dataclass(frozen=True)
class TermMatch(Generic[P]):
    """A term found over tokens [start, end) (doc token indices)."""

    start: int
    end: int
    payload: P
    term: str


@dataclass(frozen=True)
class TermIndex(Generic[P]):
    """Terms indexed by their first word; each bucket longest term first."""

    buckets: dict[str, tuple[tuple[tuple[TermPart, ...], str, P], ...]]

    def find(self, tokens: Sequence[Token], taken: set[int] | None = None) -> list[TermMatch[P]]:
        """Greedy left-to-right, longest-first, non-overlapping matches over `tokens`."""
        out: list[TermMatch[P]] = []
        used: set[int] = set() if taken is None else taken
        if not tokens:
            return out
        doc = tokens[0].doc
        indices = _indices(tokens)
        starts = self._starts(doc, indices)
        pos = 0
        for start in starts:
            if start < pos:
                continue
            pos = start
            found = self._match_at(doc, indices, pos, used)
            if found is None:
                pos += 1
                continue
            out.append(found)
            used.update(range(found.start, found.end))
            pos += found.end - found.start
        return out

    def _starts(self, doc: Doc, indices: Sequence[int]) -> list[int]:
        """Positions in `indices` of the tokens some term may start with, ascending."""
        ordered, members = self._doc_starts(doc)
        if isinstance(indices, range):
            first = indices.start
            lo = bisect.bisect_left(ordered, first)
            hi = bisect.bisect_left(ordered, indices.stop)
            return [i - first for i in ordered[lo:hi]]
        return [pos for pos, i in enumerate(indices) if i in members]

    def _doc_starts(self, doc: Doc) -> tuple[list[int], frozenset[int]]:
        """Doc indices of the tokens some term may start with (ascending, and as a set), worked
        out once per Doc from the Doc's word → positions table."""
        cache: dict[int, tuple[TermIndex[Any], list[int], frozenset[int]]] = \
            doc.user_data.setdefault(_STARTS, {})
        entry = cache.get(id(self))
        if entry is None or entry[0] is not self:  # the entry keeps its index alive
            where = doc_positions(doc)
            members = frozenset(i for key in self.buckets.keys() & where.keys()
                                for i in where[key])
            entry = (self, sorted(members), members)
            cache[id(self)] = entry
        return entry[1], entry[2]

    def _match_at(
        self, doc: Doc, indices: Sequence[int], pos: int, used: set[int]
    ) -> TermMatch[P] | None:
        """The longest term starting at indices[pos] (doc indices: no Token is built unless a
        part names a POS)."""
        first = indices[pos]
        if first in used:
            return None
        keys = doc_keys(doc)
        best: TermMatch[P] | None = None
        for key in keys[first]:
            # each bucket is longest first; across the buckets of a token's forms (lemma,
            # lower form) the longest match wins ("shelling exchange" over "shell")
            for parts, term, payload in self.buckets.get(key, ()):
                n = len(parts)
                if pos + n > len(indices) or (best is not None and n <= best.end - best.start):
                    continue
                window = indices[pos : pos + n]
                if any(i in used for i in window):
                    continue
                if all(p[0] in keys[i] and (p[1] is None or part_matches(doc[i], p))
                       for i, p in zip(window, parts, strict=True)):
                    best = TermMatch(window[0], window[-1] + 1, payload, term)
                    break
        return best

    def contains(self, tokens: Sequence[Token]) -> bool:
        return bool(self.find(tokens))


def token_keys(tok: Token) -> tuple[str, ...]:
    """The forms a token is looked up by: lemma, lower-cased form, and for a capitalised plural
    the tagger left as it is ("the Ukrainian Forces"), the form without its final s."""
    return doc_keys(tok.doc)[tok.i]


#: `Doc.user_data` slot of the per-token keys: every lexicon asks for the same tokens' keys.
_KEYS = "eventwire.token_keys"


def doc_keys(doc: Doc) -> list[tuple[str, ...]]:
    """`token_keys` of every token of `doc`, computed once per Doc."""
    cached: list[tuple[str, ...]] | None = doc.user_data.get(_KEYS)
    if cached is None:
        cached = _array_keys(doc)
        doc.user_data[_KEYS] = cached
    return cached


#: `Doc.user_data` slot of each lexicon's term-start positions in the Doc.
_STARTS = "eventwire.events.term_starts"
#: `Doc.user_data` slot of the positions of each look-up form in the Doc.
_POSITIONS = "eventwire.events.key_positions"


def doc_positions(doc: Doc) -> dict[str, list[int]]:
    """Look-up form → the Doc indices of the tokens that have it, computed once per Doc."""
    cached: dict[str, list[int]] | None = doc.user_data.get(_POSITIONS)
    if cached is None:
        cached = {}
        for i, keys in enumerate(doc_keys(doc)):
            for key in keys:
                cached.setdefault(key, []).append(i)
        doc.user_data[_POSITIONS] = cached
    return cached


#: `Doc.user_data` slot of the Doc's entities.
_ENTS = "eventwire.events.ents"

#: An entity as (start, end, label): no Span kept, so the Doc holds no reference to itself.
Entity = tuple[int, int, str]


def doc_ents(doc: Doc) -> tuple[Entity, ...]:
    """`doc.ents` as (start, end, label), built once per Doc (`Doc.ents` builds every entity
    anew)."""
    ents: tuple[Entity, ...] | None = doc.user_data.get(_ENTS)
    if ents is None:
        ents = tuple((e.start, e.end, e.label_) for e in doc.ents)
        doc.user_data[_ENTS] = ents
    return ents


def span_ent_labels(span: Span) -> list[str]:
    """The labels of `span.ents`, read from `doc_ents`."""
    out: list[str] = []
    for start, end, label in doc_ents(span.doc):
        if start >= span.start:
            if end <= span.end:
                out.append(label)
            else:
                break
    return out


def _array_keys(doc: Doc) -> list[tuple[str, ...]]:
    """`token_keys` of every token, read from the Doc's attribute array (no Token objects built;
    each distinct lemma, form and POS is worked out once)."""
    from spacy.attrs import LEMMA, LOWER, POS
    from spacy.symbols import PROPN

    strings = doc.vocab.strings
    memo: dict[tuple[int, int, int], tuple[str, ...]] = {}
    out: list[tuple[str, ...]] = []
    for key in zip(*doc.to_array([LEMMA, LOWER, POS]).T.tolist(), strict=True):
        keys = memo.get(key)
        if keys is None:
            keys = _keys_from(strings[key[0]], strings[key[1]], key[2] == PROPN)
            memo[key] = keys
        out.append(keys)
    return out


def _indices(tokens: Sequence[Token]) -> Sequence[int]:
    """Doc indices of `tokens` (a Span or a list of tokens) without building Token objects for a
    Span."""
    start = getattr(tokens, "start", None)
    if isinstance(start, int) and not isinstance(tokens, list):
        return range(start, start + len(tokens))
    return [tok.i for tok in tokens]


def _keys_from(lemma: str, low: str, proper: bool) -> tuple[str, ...]:
    lemma = lemma.lower()
    keys = (lemma,) if lemma == low else (lemma, low)
    if proper and len(low) > 4 and low.endswith("s") and not low.endswith("ss"):
        keys = (*keys, low[:-1])
    return keys


#: Fine-grained tags a term part may ask for instead of a coarse POS ("on strike/NN": the
#: idiom is singular, "comments on strikes" is no walk-out).
FINE_TAGS = frozenset({"NN", "NNS", "VB", "VBD", "VBG", "VBN", "VBP", "VBZ"})


def part_matches(tok: Token, part: TermPart) -> bool:
    word, pos = part
    if word not in token_keys(tok):
        return False
    if pos in FINE_TAGS:
        return tok.tag_ == pos
    return pos is None or tok.pos_ == pos or (pos == "NOUN" and tok.pos_ == "PROPN")


def parse_term(term: str) -> tuple[TermPart, ...]:
    parts: list[TermPart] = []
    for piece in term.lower().split():
        word, _, pos = piece.partition("/")
        parts.append((word, pos.upper() or None))
    return tuple(parts)


def build_index(entries: Iterable[tuple[str, P]]) -> TermIndex[P]:
    """Index (term, payload) pairs; a longer term is tried before a shorter one."""
    buckets: dict[str, list[tuple[tuple[TermPart, ...], str, P]]] = {}
    for term, payload in entries:
        parts = parse_term(term)
        if parts:
            buckets.setdefault(parts[0][0], []).append((parts, term, payload))
    return TermIndex(
        {k: tuple(sorted(v, key=lambda e: -len(e[0]))) for k, v in buckets.items()}
    )


@functools.cache
def load_toml(name: str) -> dict[str, Any]:
    """One data file of this package, parsed once per process."""
    try:
        raw = resources.files("eventwire.events").joinpath("data").joinpath(name).read_bytes()
    except FileNotFoundError as exc:
        raise ModelError(f"events lexicon {name!r} is missing from the package") from exc
    try:
        return tomllib.loads(raw.decode("utf-8"))
    except tomllib.TOMLDecodeError as exc:
        raise ModelError(f"events lexicon {name!r} is not valid TOML: {exc}") from exc


@functools.cache
def data_words(name: str, section: str, key: str) -> frozenset[str]:
    """A word list of a data file (`[section] key = [...]` in `data/NAME`), lower-cased."""
    try:
        return word_set(load_toml(name)[section][key])
    except KeyError as exc:
        raise ModelError(f"events lexicon {name!r} has no [{section}] {key}") from exc


def word_set(values: Iterable[str]) -> frozenset[str]:
    return frozenset(v.lower() for v in values)


@functools.cache
def single_word_targets(category: str) -> frozenset[str]:
    """The one-word terms of a target category of `data/targets.toml` ("military": "base",
    "outpost", "headquarters", ...)."""
    return frozenset(t for t in load_toml("targets.toml")["categories"][category] if " " not in t)
