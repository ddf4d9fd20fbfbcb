"""Diplomacy is between governments and international bodies (ACLED's DIPLO): a visit, a
meeting or talks of an official with a union, protesters, workers or a community is no
diplomatic event. The civil-society parties are read from the trigger's subject, object and
'with' phrase; the lexicon is `[diplomacy]` in `data/triggers.toml`.
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

from .lexicon import load_toml, word_set

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from .detect import Trigger

CODE = "DIPLO"
PARTY_DEPS = frozenset({"nsubj", "dobj", "obj", "nsubjpass", "attr"})
PARTY_PREPS = frozenset({"with", "between", "among", "by"})


@functools.cache
def civil_parties() -> frozenset[str]:
    """Lemmas of parties that are neither governments nor international bodies."""
    return word_set(load_toml("triggers.toml")["diplomacy"]["civil_parties"])


def drop_domestic_meetings(doc: Doc, found: list[Trigger]) -> list[Trigger]:
    """The triggers without DIPLO ones whose parties include a civil-society party."""
    return [t for t in found if t.code != CODE or not _meets_civilians(doc[t.head])]


def _meets_civilians(tok: Token) -> bool:
    civil = civil_parties()
    nodes = [tok, tok.head] if tok.pos_ == "NOUN" else [tok]
    for node in nodes:
        for child in node.children:
            if child.i == tok.i:
                continue
            if child.dep_ in PARTY_DEPS:
                words = list(child.subtree)
            elif child.dep_ in ("prep", "agent") and child.lower_ in PARTY_PREPS:
                words = [t for c in child.children if c.dep_ == "pobj" for t in c.subtree]
            else:
                continue
            if any(w.lemma_.lower() in civil or w.lower_ in civil for w in words):
                return True
    return False


#: Words of talks whose object or "on ..." phrase is what they are about.
TALKS = frozenset({"talk", "negotiation", "discussion", "negotiate", "discuss", "meeting",
                   "summit", "consultation"})
#: Prepositions of what talks are about ("talks on a ceasefire").
TOPIC_PREPS = frozenset({"on", "about", "over", "for", "toward", "towards"})


def topic_of_talks(tok: Token) -> bool:
    """ "talks on a ceasefire", "met to discuss a truce": the agreement talks are about is
    their topic, no agreement made (the talks are the event)."""
    node = tok
    while node.dep_ == "conj" and node.head.i != node.i:
        node = node.head  # "talks on a ceasefire and a prisoner swap"
    head = node.head
    if node.dep_ in ("dobj", "obj") and head.lemma_.lower() in TALKS:
        return True
    return node.dep_ == "pobj" and head.lower_ in TOPIC_PREPS \
        and head.head.lemma_.lower() in TALKS
