"""Vague sources: a speaker the report does not name and who speaks for no named party ("a
source close to the ministry said", "a security source told AFP", "Ukrainian officials
said", "Western officials said", "two diplomats said").

Such a source is its own claimant, as the text words it ("a source close to the ministry"),
with the speaker's words as its role ("source", "security officials") and the country a
nationality word gives it ("Ukrainian officials": UA). The outlet it spoke to stays apart
("told AFP": `reported_by` AFP, `relays.py`). A speaker for a named party ("a source in the
defence ministry", "a military source") is that party's (`proxies.py`) and never reaches
here."""

from __future__ import annotations

import functools
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from ..nations import nation_acronyms, nation_codes
from .lexicon import read_data

#: Determiners that make a speaker definite: one named or told of before, not a vague one.
_DEFINITE = frozenset({"the", "this", "that", "these", "those"})
#: Modifiers of a speaker noun that belong to the role ("senior", "security").
_ROLE_DEPS = frozenset({"amod", "compound", "nmod"})


@dataclass(frozen=True)
class _VagueWords:
    nouns: frozenset[str]
    indefinite: frozenset[str]
    sides: frozenset[str]


@functools.cache
def _words() -> _VagueWords:
    data = read_data("proxies.toml", "claims proxy lexicon")
    return _VagueWords(frozenset(str(w).lower() for w in data["vague"]),
                       frozenset(str(w).lower() for w in data["indefinite"]),
                       frozenset(str(w).lower() for w in data["sides"]))


def vague_source(doc: Doc, span: tuple[int, int], tok: Token) -> tuple[str, str] | None:
    """(claimant, role) for an indefinite speaker whose head `tok` is a vague noun: the
    source as written, and its head with the modifiers before it that are no nationality
    ("a senior Afghan security official": role "senior security official")."""
    words = _words()
    if tok.pos_ != "NOUN" or tok.lemma_.lower() not in words.nouns or tok.ent_type_:
        return None
    marks = [c for c in tok.children if c.dep_ in ("det", "nummod", "poss", "predet")
             and c.i < tok.i]
    if any(c.dep_ == "poss" or c.lower_ in _DEFINITE for c in marks):
        return None
    if tok.tag_ != "NNS" and not any(c.lower_ in words.indefinite for c in marks):
        return None  # "official says" in a headline is a title, not a vague source
    if any(m.lower_ not in words.indefinite and not m.like_num for m in marks):
        return None
    role = [t.text for t in doc[span[0] : tok.i] if _modifies(t, tok)
            and not _national(t) and t.lower_ not in words.sides] + [tok.text]
    return doc[span[0] : span[1] + 1].text, " ".join(role)


def _modifies(tok: Token, head: Token) -> bool:
    """Is `tok` a modifier of `head`, directly or of another of its modifiers ("Pakistani"
    in "Pakistani security officials")?"""
    while tok.dep_ in _ROLE_DEPS | {"poss"} and tok.head.i != tok.i:
        tok = tok.head
        if tok.i == head.i:
            return True
    return False


def _national(tok: Token) -> bool:
    """A nationality, a country or a bloc word ("Ukrainian", "US", "Western")."""
    return tok.ent_type_ in ("NORP", "GPE") or tok.lower_ in nation_codes() \
        or tok.text in nation_acronyms()


def country_of(doc: Doc, span: tuple[int, int], head: int) -> str | None:
    """The country a source's own words give it: the one country a nationality or country
    word right on its head names ("Ukrainian officials", "a senior Afghan security
    official", "Russia's defence ministry"), else none ("Western officials")."""
    codes = nation_codes()
    found: set[str] = set()
    for tok in doc[span[0] : head]:
        if not _modifies(tok, doc[head]):
            continue
        name = doc[tok.left_edge.i : tok.i + 1].text.lower()
        code = codes.get(name) or codes.get(tok.lower_) or nation_acronyms().get(tok.text)
        if code is not None:
            found.add(code)
    return found.pop() if len(found) == 1 else None
