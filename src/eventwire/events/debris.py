"""Debris of a weapon brought down.

"Debris from a downed drone damaged a power substation", "Air defences intercepted the
missile, but its wreckage set fire to a warehouse": a weapon brought down whose falling parts
did damage is one event, the strike (ACLED codes the damage of an intercepted drone or missile
as the air or missile strike, with the interception noted), not a disrupted weapon use beside
a strike. The interception's words stay as evidence of the strike (`Trigger.also`). Debris,
wreckage and fragments never name a party: the strike's actor is who fired the weapon ("debris
from a Russian drone"). Lexicon: `debris` in `data/interception.toml`.
"""

from __future__ import annotations

import functools
from dataclasses import replace
from typing import TYPE_CHECKING

from .interception import CODE as INTERCEPTED
from .interception import interception_rules
from .lexicon import load_toml, word_set
from .rules import rules
from .trigger import REMOTE_CODES, Trigger

if TYPE_CHECKING:
    from spacy.tokens import Span, Token


@functools.cache
def _debris_words() -> tuple[frozenset[str], frozenset[str]]:
    data = load_toml("interception.toml")
    return word_set(data["debris"]), word_set(data["debris_pieces"])


def is_debris(tok: Token) -> bool:
    """Does `tok` name what fell from a weapon ("debris", "wreckage", "fragments of a
    missile", "parts of the drone")?"""
    debris, pieces = _debris_words()
    lemma = tok.lemma_.lower()
    if lemma in debris or tok.lower_ in debris:
        return True
    return (lemma in pieces or tok.lower_ in pieces) and debris_weapon(tok) is not None


def debris_weapon(tok: Token) -> Token | None:
    """The weapon the debris `tok` came from: "debris from/of a drone", "drone debris"."""
    weapons = interception_rules().weapons
    for child in tok.children:
        if child.dep_ == "prep" and child.lower_ in ("of", "from"):
            for obj in child.children:
                if obj.dep_ == "pobj" and _weapon(obj, weapons):
                    return obj
        elif child.dep_ in ("compound", "nmod") and _weapon(child, weapons):
            return child
    return None


def _weapon(tok: Token, weapons: frozenset[str]) -> bool:
    return tok.lemma_.lower() in weapons or tok.lower_ in weapons


def fold_debris(sent: Span, found: list[Trigger]) -> list[Trigger]:
    """In a sentence that tells of a weapon's debris doing damage, the strike is the event: a
    damage word becomes the strike of the weapon's kind, and the interceptions named fold
    into it."""
    downed = [t for t in found if t.code == INTERCEPTED and t.relation is None]
    debris = _falling_debris(sent, downed)
    if debris is None:
        return found
    host = next((t for t in found if t.code in REMOTE_CODES and t.relation is None), None)
    if host is None:
        code = _weapon_code(debris, downed)
        damage = next((t for t in found if t.code == "PROPERTY_DISTRUCT"
                       and t.relation is None), None)
        if code is None:
            return found
        if damage is not None:  # "debris from a drone fell on a school, damaging its roof"
            host = replace(damage, code=code, source="weapon",
                           prior=rules().confidence.get(code, damage.prior))
            found = [host if t is damage else t for t in found]
        else:
            host = _debris_strike(debris, code)
            if host is None:
                return found
            found = [host, *found]
    spans = host.also + tuple((t.start, t.end) for t in downed)
    return [replace(t, also=spans) if t is host else t for t in found if t not in downed]


def _falling_debris(sent: Span, downed: list[Trigger]) -> Token | None:
    """The debris word of a weapon: one naming the weapon ("debris from a drone", "the
    wreckage of the missile"), holding the interception ("debris from a downed drone"), or
    the subject of a clause beside an interception ("its debris hit a house")."""
    held = {t.head for t in downed}
    for tok in sent:
        if not is_debris(tok):
            continue
        if debris_weapon(tok) is not None or any(t.i in held for t in tok.subtree):
            return tok
        if downed and tok.dep_ in ("nsubj", "nsubjpass"):
            return tok
    return None


#: Prepositions by which falling debris lands on what it damaged ("fell on a house").
LANDING = frozenset({"on", "onto", "into", "upon"})


def _debris_strike(debris: Token, code: str) -> Trigger | None:
    """ "Debris from a downed drone fell on a kindergarten": the verb whose subject is the
    debris and which names what it hit, as a strike of the weapon's kind."""
    if debris.dep_ != "nsubj":
        return None
    verb = next((v for v in _verbs_of(debris.head) if _lands(v)), None)
    if verb is None:
        return None  # "debris fell in a field": nothing hit
    return Trigger(code=code, start=verb.i, end=verb.i + 1, head=verb.i,
                   term=verb.lemma_.lower(), source="weapon",
                   prior=rules().confidence.get(code, rules().generic_confidence))


def _verbs_of(verb: Token) -> list[Token]:
    """The verb and the verbs joined to it that have no subject of their own ("Debris from a
    drone shot down over the city fell on a school": the parser may join "fell" to "shot")."""
    return [verb, *(c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB"
                    and not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children))]


def _lands(verb: Token) -> bool:
    """Does the verb name what was hit: an object or a "on X" phrase?"""
    return any(c.dep_ == "dobj" or (c.dep_ == "prep" and c.lower_ in LANDING)
               for c in verb.children)


def _weapon_code(debris: Token, downed: list[Trigger]) -> str | None:
    """The strike code of the weapon the debris came from, or of the weapon brought down."""
    doc = debris.doc
    weapon = debris_weapon(debris)
    phrases = [list(weapon.subtree)] if weapon is not None else []
    phrases += [list(doc[t.head].subtree) for t in downed]
    for words in phrases:
        codes = [m.payload for m in rules().weapons.find(words) if m.payload in REMOTE_CODES]
        if codes:
            return codes[0]
    return None
