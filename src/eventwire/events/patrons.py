"""Patrons named inside an actor's mention.

"The al Qaeda-linked group JNIM", "Iran-backed militias", "army-aligned militias", "JNIM, an
al Qaeda affiliate", "an Islamic State offshoot, ISWAP": the mention names its actor (JNIM,
militias) and, as a modifier, the party that backs it or the network it belongs to. That
patron gives the actor neither its name nor its country. A backer or an ally is another
party and never the actor; a network ("al Qaeda-linked militants") is the actor only when the
mention names no group of its own. Lexicon: `[patrons]` in `data/actors.toml`.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import TYPE_CHECKING

from .lexicon import load_toml, word_set

if TYPE_CHECKING:
    from spacy.tokens import Token


@dataclass(frozen=True)
class PatronWords:
    """The patron's words in a mention (doc indices) and whether it is a backer."""

    words: frozenset[int]
    backer: bool

    def without(self, tokens: list[Token]) -> list[Token]:
        """`tokens` less the patron's words."""
        return [t for t in tokens if t.i not in self.words]


@dataclass(frozen=True)
class _Lexicon:
    backers: frozenset[str]
    backer_nouns: frozenset[str]
    networks: frozenset[str]
    network_nouns: frozenset[str]
    generic_forces: frozenset[str]


@functools.cache
def _lexicon() -> _Lexicon:
    data = load_toml("actors.toml")["patrons"]
    return _Lexicon(*(word_set(data[k]) for k in (
        "backers", "backer_nouns", "networks", "network_nouns", "generic_forces")))


def generic_forces() -> frozenset[str]:
    """Force words that name no state by themselves ("forces", "troops")."""
    return _lexicon().generic_forces


def patron_words(words: list[Token]) -> PatronWords:
    """The patron named in the mention `words` ("X-backed", "X-linked", "an X affiliate")."""
    lex = _lexicon()
    found: set[int] = set()
    backer = False
    first = words[0].i if words else 0
    for w in words:
        low = w.lower_
        if low in lex.backers or low in lex.networks:
            span = _hyphened(w, first)
            if span:
                found.update(span)
                backer = backer or low in lex.backers
        elif w.lemma_.lower() in lex.backer_nouns | lex.network_nouns:
            span = _patron_noun(w, words)
            if span:
                found.update(span)
                backer = backer or w.lemma_.lower() in lex.backer_nouns
    return PatronWords(frozenset(found), backer)


def named_client(tok: Token) -> Token | None:
    """The group an affiliate noun is set beside ("an Islamic State offshoot, ISWAP, ...",
    "Iran's ally, the Houthis"): the name in apposition, which is the actor."""
    lex = _lexicon()
    if tok.lemma_.lower() not in lex.backer_nouns | lex.network_nouns:
        return None
    return next((c for c in tok.children if c.dep_ == "appos"
                 and c.pos_ in ("PROPN", "NOUN")), None)


def backs_a_party(tok: Token) -> bool:
    """Is `tok` the last word of a patron before its hyphened link ("Iran-backed militias",
    "al Qaeda-linked group"): a party named, not a place?"""
    doc = tok.doc
    lex = _lexicon()
    return tok.i + 2 < len(doc) and doc[tok.i + 1].text == "-" \
        and doc[tok.i + 2].lower_ in lex.backers | lex.networks


def _hyphened(link: Token, first: int) -> range | None:
    """ "al Qaeda-linked", "Iran-backed": the words before the hyphen, the hyphen and the
    link word."""
    doc = link.doc
    if link.i < 2 or doc[link.i - 1].text != "-" or first > link.i - 2:
        return None
    patron = doc[link.i - 2]
    return range(max(first, min(patron.left_edge.i, _name_start(patron))), link.i + 1)


def _name_start(tok: Token) -> int:
    """The first word of the name that ends at `tok` ("al Qaeda", "Islamic State"): the
    proper nouns and adjectives right before it."""
    i = tok.i
    while i > 0 and tok.doc[i - 1].pos_ in ("PROPN", "ADJ") and tok.doc[i - 1].text != "-":
        i -= 1
    return i


def _patron_noun(noun: Token, words: list[Token]) -> range | None:
    """ "an al Qaeda affiliate", "the Islamic State offshoot ISWAP": the noun and its words
    before it, when they name someone (a proper noun or a nation)."""
    start = max(noun.left_edge.i, words[0].i)
    before = noun.doc[start : noun.i]
    if not any(t.pos_ == "PROPN" or t.ent_type_ in ("NORP", "GPE", "ORG") for t in before):
        return None
    return range(start, noun.i + 1)


def sided_by(word: Token, stance: str) -> bool:
    """Is `word` the side a "pro -" or "anti -" before it names ("anti - Houthi", "pro -
    Hadi"), with `stance` the prefix?"""
    before = word.doc[max(word.i - 2, 0) : word.i]
    return len(before) == 2 and before[1].text == "-" and before[0].lower_ == stance
