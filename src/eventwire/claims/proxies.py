"""Who speaks for a party without a name of their own: "a spokesman for the National Unity
Government", "an official at the defence ministry", "a source in the army", "a commander of
the brigade", "a Kremlin spokesman", "a senior Hamas official", "the ministry's spokesman",
"his office", "Zelenskiy's office".

The claim is the party's, whoever voiced it: the party is the claimant and the speaker's
words ("spokesman", "senior official", "office") are the claimant's role. This module finds
the party's phrase in a source; `chains.py` resolves it as it resolves any source (a name, a
pronoun standing for a person or body named before, "the ministry"). A speaker with a name
of their own ("a spokesman for the army, Colonel X", "Hamas spokesman X") is that person and
never reaches here."""

from __future__ import annotations

import functools
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from .lexicon import CueLexicon, read_data
from .names import ARTICLES
from .spans import noun_phrase

_ROLE_MODIFIERS = frozenset({"compound", "amod", "nmod"})
_OWNER_LABELS = frozenset({"ORG", "GPE", "NORP"})


@dataclass(frozen=True)
class Proxy:
    """A party named in a source as the one its speaker speaks for."""

    party: tuple[int, int]  # the party's phrase, an inclusive token range
    head: int  # the head of that phrase (a possessive pronoun for "his office")
    role: str  # the speaker's words, without the party and the article


@dataclass(frozen=True)
class _ProxyWords:
    speakers: frozenset[str]
    offices: frozenset[str]
    for_anyone: frozenset[str]
    for_bodies: frozenset[str]
    inside: frozenset[str]
    person_owners: frozenset[str]
    body_owners: frozenset[str]


@functools.cache
def _proxy_words() -> _ProxyWords:
    data = read_data("proxies.toml", "claims proxy lexicon")

    def words(key: str) -> frozenset[str]:
        return frozenset(str(w).lower() for w in data[key])

    return _ProxyWords(words("speakers"), words("offices"), words("for_anyone"),
                       words("for_bodies"), words("inside"), words("person_owners"),
                       words("body_owners"))


def person_owner(tok: Token) -> bool:
    """ "his", "her" as the owner standing for a person."""
    return tok.lower_ in _proxy_words().person_owners


def body_owner(tok: Token) -> bool:
    """ "its", "their" as the owner standing for a body or a group."""
    return tok.lower_ in _proxy_words().body_owners


def proxy_of(doc: Doc, span: tuple[int, int], tok: Token, lex: CueLexicon) -> Proxy | None:
    """The party the source `span` (head `tok`) speaks for, if its head is a word of one who
    speaks for another and the source names that other."""
    words = _proxy_words()
    lemma = tok.lemma_.lower()
    if tok.pos_ not in ("NOUN", "PROPN") or tok.ent_type_:
        return None
    if lemma in words.speakers or tok.lower_ in words.speakers:
        return _by_phrase(doc, span, tok, lex) or _by_owner(doc, span, tok, lex, person=False) \
            or _by_modifier(doc, span, tok, lex)
    if lemma in words.offices or tok.lower_ in words.offices:
        return _by_owner(doc, span, tok, lex, person=True)
    return None


def _role(doc: Doc, start: int, end: int, skip: range = range(0)) -> str:
    """The words from `start` to `end` less the article and the tokens in `skip`."""
    kept = [t for t in doc[start : end + 1] if t.i not in skip and t.lower_ not in ARTICLES
            and t.tag_ != "POS" and not t.is_punct]
    words = [t.text for t in kept]
    if kept and kept[0].is_sent_start and kept[0].pos_ != "PROPN":
        words[0] = words[0].lower()  # "Officials at the ministry said": "officials"
    return " ".join(words)


def _party_word(obj: Token, prep: str, lex: CueLexicon) -> bool:
    """Can the object of `prep` be the party a speaker speaks for: an organisation or a body
    ("the ministry"), and after "for" or "of" also a person, a group or a titled person?"""
    if obj.tag_ == "NNS":
        return False  # "officials from both parties", "a source in the ministries": not one
    if obj.lemma_.lower() in lex.body_heads:
        return True
    words = _proxy_words()
    if obj.ent_type_ == "ORG" and (prep not in words.inside or _with_article(obj)):
        return True  # "an official in Kyiv" is placed, "a source in the Kremlin" is inside
    if prep not in words.for_anyone:
        return False
    return obj.ent_type_ in ("PERSON", "NORP") or obj.lemma_.lower() in lex.titles \
        or obj.pos_ == "PROPN" and not obj.ent_type_


def _with_article(obj: Token) -> bool:
    return any(c.dep_ == "det" and c.lower_ == "the" for c in obj.children)


def _by_phrase(doc: Doc, span: tuple[int, int], tok: Token, lex: CueLexicon) -> Proxy | None:
    """ "a spokesman for the National Unity Government", "officials at the regional
    administration", "a commander of the brigade"."""
    words = _proxy_words()
    for prep in tok.children:
        if prep.dep_ != "prep" or prep.i != tok.i + 1 \
                or prep.lower_ not in words.for_anyone | words.for_bodies:
            continue
        obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if obj is None or not span[0] <= obj.i <= span[1] or not _party_word(obj, prep.lower_,
                                                                            lex):
            return None
        start, end = noun_phrase(obj, cut_relative=True)
        return Proxy((start, min(end, span[1])), obj.i, _role(doc, span[0], tok.i))
    return None


def _by_owner(doc: Doc, span: tuple[int, int], tok: Token, lex: CueLexicon, *,
              person: bool) -> Proxy | None:
    """ "his office", "Zelenskiy's office", "the ministry's spokesman", "its spokesman": the
    owner before the noun; with `person`, only a person ("his", a person's name, a title)."""
    owner = next((c for c in tok.children if c.dep_ == "poss" and c.i < tok.i
                  and c.i >= span[0]), None)
    if owner is None:
        return None
    if person and not (person_owner(owner) or owner.ent_type_ == "PERSON"
                       or owner.lemma_.lower() in lex.titles):
        return None
    if owner.pos_ == "PRON":
        if not (person_owner(owner) or body_owner(owner)):
            return None
        return Proxy((owner.i, owner.i), owner.i, _role(doc, owner.i + 1, tok.i))
    start = owner.left_edge.i
    end = owner.i
    return Proxy((start, end), owner.i, _role(doc, end + 1, tok.i))


def _by_modifier(doc: Doc, span: tuple[int, int], tok: Token, lex: CueLexicon) -> Proxy | None:
    """ "a Kremlin spokesman", "an army spokesman", "a defence ministry official", "a senior
    Hamas official", "the Israeli military spokesman": a body's name or noun right before the
    speaker's word, with the names of its country before it."""
    if tok.i - 1 < span[0]:
        return None
    last = doc[tok.i - 1]
    if last.head.i != tok.i or last.dep_ not in _ROLE_MODIFIERS:
        return None
    if not (last.ent_type_ == "ORG" or last.lemma_.lower() in lex.body_heads):
        return None
    start = last.left_edge.i
    while start - 1 >= span[0] and doc[start - 1].ent_type_ in _OWNER_LABELS \
            and start <= doc[start - 1].head.i <= tok.i:
        start -= 1  # "the Israeli military spokesman": the country with its body
    if doc[start].lower_ in ARTICLES:
        start += 1
    if start < span[0] or start > last.i:
        return None
    return Proxy((start, last.i), last.i, _role(doc, span[0], tok.i, range(start, last.i + 1)))
