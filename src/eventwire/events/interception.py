"""Interceptions: missiles and drones destroyed, downed or intercepted in flight are a
disrupted weapon use (DISR_WEAP), not an attack or a property destruction.

A trigger verb of interception ("destroyed", "shot down", "neutralised", "repelled") becomes
DISR_WEAP when its subject is an air defence ("Air defences destroyed 31 of the missiles") or
its object is a weapon in flight ("destroyed 29 drones", "repelled a drone attack"), read from
the dependency parse; the lexicons live in `data/interception.toml`.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from .lexicon import TermIndex, build_index, load_toml, word_set
from .rules import rules

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from .detect import Trigger

CODE = "DISR_WEAP"
OBJECT_DEPS = frozenset({"dobj", "obj", "nsubjpass"})


@dataclass(frozen=True)
class InterceptionRules:
    verbs: frozenset[str]
    particles: dict[str, frozenset[str]]
    defence: TermIndex[str]
    weapons: frozenset[str]
    attack_heads: frozenset[str]
    quantity_heads: frozenset[str]
    manned: frozenset[str]


@functools.cache
def interception_rules() -> InterceptionRules:
    data = load_toml("interception.toml")
    return InterceptionRules(
        verbs=word_set(data["verbs"]),
        particles={k: word_set(v) for k, v in data["particles"].items()},
        defence=build_index((t, t) for t in data["defence_subjects"]),
        weapons=word_set(data["weapons"]),
        attack_heads=word_set(data["attack_heads"]),
        quantity_heads=word_set(data["quantity_heads"]),
        manned=word_set(data["manned"]),
    )


def retype_interception(doc: Doc, trig: Trigger) -> Trigger:
    """The trigger as DISR_WEAP when it names an interception, else unchanged."""
    if trig.code == CODE or not is_interception(doc[trig.head]):
        return trig
    return replace(trig, code=CODE, prior=rules().confidence.get(CODE, trig.prior))


def is_interception(verb: Token) -> bool:
    """Is `verb` an interception verb whose subject is an air defence or whose object is a
    missile, drone or rocket?"""
    ir = interception_rules()
    lemma = verb.lemma_.lower()
    if verb.pos_ != "VERB" or lemma not in ir.verbs:
        return False
    needed = ir.particles.get(lemma)
    if needed and not any(c.dep_ == "prt" and c.lower_ in needed for c in verb.children):
        return False
    objects = _objects(verb)
    if any(_is_weapon(o, ir) for o in objects):
        return True
    if any(_is_manned(o, ir) for o in objects):
        return False  # "air defence repelled a formation of warplanes"
    return ir.defence.contains(_agents(verb))


def _agents(verb: Token) -> list[Token]:
    out: list[Token] = []
    for child in verb.children:
        if child.dep_ == "nsubj":
            out.extend(child.subtree)
        elif child.dep_ == "agent":
            out.extend(t for c in child.children if c.dep_ == "pobj" for t in c.subtree)
    return out


def _objects(verb: Token) -> list[Token]:
    """Heads of the verb's objects (or passive subject), conjuncts included."""
    out: list[Token] = []
    todo = [c for c in verb.children if c.dep_ in OBJECT_DEPS]
    while todo:
        tok = todo.pop()
        out.append(tok)
        todo.extend(c for c in tok.children if c.dep_ == "conj")
    return out


def _is_manned(tok: Token, ir: InterceptionRules) -> bool:
    """Does the object phrase name manned aircraft ("a formation of coalition aircraft")?"""
    return any(t.lemma_.lower() in ir.manned or t.lower_ in ir.manned for t in tok.subtree)


def _is_weapon(tok: Token, ir: InterceptionRules) -> bool:
    lemma = tok.lemma_.lower()
    if lemma in ir.weapons or tok.lower_ in ir.weapons:
        return True
    if lemma in ir.attack_heads:
        return any(c.dep_ in ("compound", "amod") and c.lemma_.lower() in ir.weapons
                   for c in tok.children)
    if tok.pos_ in ("NUM", "PRON") or lemma in ir.quantity_heads:
        # "31 of the missiles", "most of the drones"
        return any(_is_weapon(p, ir) for c in tok.children if c.dep_ == "prep"
                   and c.lower_ == "of" for p in c.children if p.dep_ == "pobj")
    return False
