"""Bombs dropped from the air: "the jet dropped two bombs on the monastery", "a drone dropped
a grenade on a car", "bombs dropped by helicopters" are air or drone strikes in ACLED's terms,
not bombs planted or thrown, whatever the bomb word alone would make them. Lexicon:
`[aerial]` in `data/triggers.toml` and the aircraft of `[weapons] AIR_STRIKE`."""

from __future__ import annotations

import functools
from dataclasses import replace
from typing import TYPE_CHECKING

from .lexicon import load_toml, word_set

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from .trigger import Trigger

AIR_STRIKE = "AIR_STRIKE"


@functools.cache
def _words() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """(codes of dropped munitions, verbs of dropping, aircraft words)."""
    data = load_toml("triggers.toml")
    aerial = data["aerial"]
    aircraft = word_set(w.split("/")[0] for w in data["weapons"][AIR_STRIKE] if " " not in w)
    return frozenset(aerial["codes"]), word_set(aerial["verbs"]), aircraft


def dropped_from_air(doc: Doc, found: list[Trigger]) -> list[Trigger]:
    """The triggers, a munition dropped (or dropped by an aircraft) made an air strike."""
    codes, verbs, aircraft = _words()
    return [replace(t, code=AIR_STRIKE) if t.code in codes and _dropped(doc[t.head], verbs,
                                                                        aircraft) else t
            for t in found]


def _dropped(bomb: Token, verbs: frozenset[str], aircraft: frozenset[str]) -> bool:
    """Is the munition the object of a verb of dropping, or its subject an aircraft ("the jet
    released two bombs", "bombs dropped by a helicopter")?"""
    verb = bomb.head
    if bomb.dep_ in ("dobj", "nsubjpass") and verb.lemma_.lower() in verbs:
        return True
    if bomb.dep_ == "dobj" and verb.pos_ == "VERB":
        return any(c.dep_ == "nsubj" and c.lemma_.lower() in aircraft for c in verb.children)
    return bomb.dep_ != "dobj" and any(
        c.dep_ == "acl" and c.lemma_.lower() in verbs for c in bomb.children)
