"""Who used a weapon, named on the weapon itself: "a bomb planted by the Taliban destroyed a
truck", "rockets fired by Hezbollah hit a kibbutz", "a Taliban-planted mine". The agent of a
participle on the weapon (or the name before a hyphened participle) is who struck.
Lexicon: `[weapons]` in `data/actors.toml` (`fired` and `placed`).
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

from .lexicon import load_toml, word_set

if TYPE_CHECKING:
    from spacy.tokens import Token


@functools.cache
def weapon_words() -> frozenset[str]:
    """Words of weapons fired, planted or thrown (`[weapons]` in actors.toml)."""
    data = load_toml("actors.toml")["weapons"]
    return word_set(data["fired"]) | word_set(data["placed"])


def weapon_user(weapon: Token) -> Token | None:
    """The head of the phrase naming who planted or fired `weapon`, if a participle on it
    names one ("planted by X", "fired by X", "X-planted")."""
    if weapon.lemma_.lower() not in weapon_words() and weapon.lower_ not in weapon_words():
        return None
    for child in weapon.children:
        if child.dep_ not in ("acl", "amod") or child.tag_ != "VBN":
            continue
        agent = next((g for a in child.children if a.dep_ == "agent"
                      for g in a.children if g.dep_ == "pobj"), None)
        if agent is not None:
            return agent  # "a bomb planted by the Taliban"
        doc = weapon.doc
        if child.i >= 2 and doc[child.i - 1].text == "-" and child.i - 2 >= weapon.left_edge.i:
            return doc[child.i - 2]  # "a Taliban-planted mine"
    return None
