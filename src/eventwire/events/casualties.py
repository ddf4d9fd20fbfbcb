"""Casualty rules over the dependency parse: single victims named without a number, and kill or
injury words that do not count toward the event a sentence reports.

* A single victim counts one: "a man was beaten to death", "gunmen shot dead the driver",
  "killing him", "the death of a bystander", "resulting in his death", "a suspect was shot and
  died". The victim must sit in the patient slot of a lethal (or injuring) predicate; doers
  never count. Coordinated victims add up ("a woman and her son" = 2), unless the verb agrees
  with one person ("an official and activist was shot dead" = 1).
* Background: a killing told as the cause or antecedent of the event ("protested after police
  killed two", "over the death of a student", "the family of a man who died") is not a
  casualty of the event.
* Attempts ("tried to lynch", "threatened to kill") killed no one.
* Undecided outcomes ("killed, injured or captured", "killed or wounded") give no count.

Lexicons are in `data/casualties.toml`.
"""

from __future__ import annotations

import functools
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from .answered import answers_another_event
from .lexicon import load_toml, word_set

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

_PATIENT_OBJECTS = frozenset({"dobj", "obj"})
_COMPLEMENTS = frozenset({"acomp", "oprd", "xcomp", "ccomp", "advmod", "attr", "conj", "advcl"})


@dataclass(frozen=True)
class _Lexicon:
    kill_verbs: frozenset[str]
    die_verbs: frozenset[str]
    dead_words: frozenset[str]
    death_nouns: frozenset[str]
    fatal_adverbs: frozenset[str]
    injure_verbs: frozenset[str]
    pronouns: frozenset[str]
    owners: frozenset[str]
    not_one: frozenset[str]
    abstract_endings: tuple[str, ...]
    not_people: frozenset[str]
    collective: frozenset[str]
    partitive: frozenset[str]
    marks: frozenset[str]
    preps: frozenset[str]
    relative_preps: frozenset[str]
    memorial: frozenset[str]
    tributes: frozenset[str]
    reactions: frozenset[str]
    violent: frozenset[str]
    attempts: frozenset[str]
    outcomes: frozenset[str]


@functools.cache
def _lexicon() -> _Lexicon:
    data = load_toml("casualties.toml")
    victims, background = data["victims"], data["background"]

    return _Lexicon(
        kill_verbs=word_set(victims["kill_verbs"]),
        die_verbs=word_set(victims["die_verbs"]),
        dead_words=word_set(victims["dead_words"]),
        death_nouns=word_set(victims["death_nouns"]),
        fatal_adverbs=word_set(victims["fatal_adverbs"]),
        injure_verbs=word_set(victims["injure_verbs"]),
        pronouns=word_set(victims["pronouns"]),
        owners=word_set(victims["owners"]),
        not_one=word_set(victims["not_one"]),
        abstract_endings=tuple(str(w) for w in victims["abstract_endings"]),
        not_people=word_set(victims["not_people"]),
        collective=word_set(victims["collective"]),
        partitive=word_set(victims["partitive"]),
        marks=word_set(background["marks"]),
        preps=word_set(background["preps"]),
        relative_preps=word_set(background["relative_preps"]),
        memorial=word_set(background["memorial"]),
        tributes=word_set(background["tributes"]),
        reactions=word_set(background["reactions"]),
        violent=word_set(background["violent"]),
        attempts=word_set(data["attempts"]["verbs"]),
        outcomes=word_set(data["undecided"]["outcomes"]),
    )


@dataclass(frozen=True)
class Victim:
    """One person named as killed or injured: the victim token and the word that says so."""

    kind: str  # "fatalities" or "injuries"
    token: Token
    cue: Token


# ---------------------------------------------------------------------------------------------
# Lethal and injuring predicates


def _keys(tok: Token) -> set[str]:
    lemma = tok.lemma_.lower()
    keys = {lemma, tok.lower_}
    keys.update(f"{lemma} {c.lower_}" for c in tok.children if c.dep_ == "prt")
    return keys


def _negated(tok: Token) -> bool:
    return any(c.dep_ == "neg" for c in tok.children)


def _to_death(tok: Token, lex: _Lexicon) -> bool:
    """ "beaten to death", "stabbed to death", "sentenced ... and tortured to death"."""
    return any(
        c.dep_ == "prep" and c.lower_ == "to"
        and any(o.dep_ == "pobj" and o.lemma_.lower() == "death" for o in c.children)
        for c in tok.children
    )


def _fate_of(verb: Token, lex: _Lexicon, *, subject: bool) -> tuple[str, Token] | None:
    """What a predicate did to its patient: ("fatalities" | "injuries", cue) or None.
    `subject`: the patient is the verb's active subject (only dying verbs count it)."""
    if _negated(verb) or is_attempt(verb):
        return None
    keys = _keys(verb)
    if subject:
        if keys & lex.die_verbs:
            return "fatalities", verb
        return None
    lethal = _lethal(verb, lex)
    if lethal is not None:
        return "fatalities", lethal
    for child in verb.children:  # "was shot and killed", "was shot and died", "found killed"
        if child.dep_ in ("conj", "xcomp", "oprd") and child.pos_ in ("VERB", "ADJ"):
            if _negated(child) or is_attempt(child) or _own_subject(child):
                continue
            if _keys(child) & lex.die_verbs:
                return "fatalities", child
            lethal = _lethal(child, lex)
            if lethal is not None:
                return "fatalities", lethal
    if keys & lex.injure_verbs:
        return "injuries", verb
    for child in verb.children:  # "was shot and injured"
        if (child.dep_ in ("conj", "oprd", "xcomp") and _keys(child) & lex.injure_verbs
                and not _own_subject(child)):
            return "injuries", child
    return None


def _lethal(verb: Token, lex: _Lexicon) -> Token | None:
    """The word that makes a verb a killing: a killing verb, "to death", "shot dead",
    "fatally shot"."""
    if _keys(verb) & lex.kill_verbs or _to_death(verb, lex):
        return verb
    for child in verb.children:
        if child.dep_ in _COMPLEMENTS and child.lower_ in lex.dead_words:
            return child
        if child.dep_ == "advmod" and child.lower_ in lex.fatal_adverbs:
            return verb
    return None


def _own_subject(verb: Token) -> bool:
    """ "shot a soldier, and the soldier died", "attacked a post and killed two guards": a
    coordinated verb that tells of its own subject or object."""
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return True
    return verb.dep_ == "conj" and any(c.dep_ in _PATIENT_OBJECTS for c in verb.children)


def _fate(victim: Token, lex: _Lexicon) -> tuple[str, Token] | None:
    """The fate of a victim from its slot: patient of a verb, or "the death of" it."""
    slot = _climb_conj(victim)
    orphan = _orphan_passive(slot)
    if orphan is not None:
        return _fate_of(orphan, lex, subject=False)
    head = slot.head
    if slot.dep_ == "nsubjpass" or (slot.dep_ in _PATIENT_OBJECTS and head.pos_ == "VERB"):
        return _fate_of(head, lex, subject=False)
    if slot.dep_ in _PATIENT_OBJECTS and head.lower_ in lex.dead_words:
        return "fatalities", head  # "shot dead a civilian", parsed with "dead" as its head
    if slot.dep_ == "nsubj" and head.pos_ in ("VERB", "AUX"):
        if any(c.dep_ in _PATIENT_OBJECTS for c in head.children):
            return None  # the doer of a transitive act
        return _fate_of(head, lex, subject=True)
    if slot.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() in lex.death_nouns:
        return "fatalities", head.head  # "the death of a bystander", "the killing of a man"
    if slot.dep_ == "poss" and head.lemma_.lower() in lex.death_nouns:
        return "fatalities", head  # "resulting in his death"
    return None


def _orphan_passive(slot: Token) -> Token | None:
    """ "in Pila, Bahia, a trafficker was killed": a subject the parser hung on the place before
    it, right before the auxiliary of a passive verb that has no subject of its own."""
    doc = slot.doc
    if slot.dep_ != "appos" or slot.i + 1 >= len(doc):
        return None
    aux = doc[slot.i + 1]
    verb = aux.head
    if aux.dep_ != "auxpass" or any(
        c.dep_ == "nsubjpass" and c.pos_ != "PROPN" for c in verb.children
    ):
        return None  # (a place name the parser took for the subject does not count)
    return verb


def _climb_conj(tok: Token) -> Token:
    while tok.dep_ == "conj" and tok.head.pos_ in ("NOUN", "PROPN", "PRON", "ADJ"):
        tok = tok.head
    return tok


# ---------------------------------------------------------------------------------------------
# Single victims


def _one_person(tok: Token, lex: _Lexicon) -> bool:
    """A token that names one person: a singular noun with no number, a person's name, or
    he / him / she / her ("the other" in "one was hurt and the other died" too)."""
    if tok.dep_ in ("compound", "nummod") or (tok.dep_ == "appos" and _orphan_passive(tok) is None):
        return False
    if tok.pos_ == "PRON":  # "killing him"; "his" only as the owner of a death ("his death")
        return tok.lower_ in lex.pronouns or (tok.dep_ == "poss" and tok.lower_ in lex.owners)
    if tok.lower_ == "other" and any(c.lower_ == "the" for c in tok.children):
        return True
    if tok.pos_ == "PROPN":  # a name, or a title written capitalised ("a Sub-Inspector")
        titled = any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in tok.children)
        return tok.tag_ == "NNP" and (tok.ent_type_ == "PERSON" or titled)
    # "killed a civilian": a noun the tagger read as an adjective, with its article
    noun_like = tok.pos_ == "ADJ" and tok.dep_ in ("dobj", "nsubjpass") and any(
        c.dep_ == "det" and c.lower_ in ("a", "an") for c in tok.children
    )
    if not noun_like and (tok.pos_ != "NOUN" or tok.tag_ != "NN"):
        return False
    if tok.lemma_.lower() in lex.not_people:
        return False
    if tok.lower_.endswith(lex.abstract_endings):
        return False  # "the lockdown kills tourism"
    if tok.lower_ in lex.partitive or tok.lemma_.lower() in lex.collective:
        return False
    return not any(
        (c.dep_ == "det" and c.lower_ in lex.not_one) or (c.like_num and c.tag_ == "CD")
        for c in tok.children
    )


def _same_person(tok: Token) -> bool:
    """ "an official and activist was shot dead": a second noun of one person, told by a verb
    that agrees with one subject and without a determiner of its own."""
    if tok.dep_ != "conj" or any(c.dep_ in ("det", "poss") for c in tok.children):
        return False
    slot = _climb_conj(tok)
    verb = slot.head
    aux = [c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")]
    return slot.dep_ in ("nsubj", "nsubjpass") and any(a in ("was", "is", "has") for a in aux)


def is_collective(tok: Token) -> bool:
    """A noun of several people ("a family of three", "a group of")."""
    return tok.pos_ == "NOUN" and tok.lemma_.lower() in _lexicon().collective


def _subset(tok: Token) -> bool:
    """ "including a child", "among them a nurse": part of a count already given."""
    slot = _climb_conj(tok)
    return slot.dep_ == "pobj" and slot.head.lower_ in ("including", "among", "like")


def single_victims(sent: Span, taken: set[int]) -> list[Victim]:
    """Victims named one by one, without a number ("a farmer was shot dead", "killing him").
    Tokens in `taken` belong to figures already read and are skipped."""
    lex = _lexicon()
    out: list[Victim] = []
    for tok in sent:
        if tok.i in taken or not _one_person(tok, lex) or _subset(tok) or _same_person(tok):
            continue
        fate = _fate(tok, lex)
        if fate is None or background(fate[1]):
            continue
        kind, cue = fate
        out.append(Victim(kind, tok, cue))
    return out


# ---------------------------------------------------------------------------------------------
# Killings that are not the event's casualties


def _path(tok: Token) -> Iterator[Token]:
    """The token and its heads up to the root."""
    yield tok
    while tok.head.i != tok.i:
        tok = tok.head
        yield tok


def background(cue: Token) -> bool:
    """The killing or injury `cue` states is an earlier or other event the sentence refers to:
    the cause of a protest, an antecedent ("after police killed two"), a death mourned."""
    if answers_another_event(cue):
        return True  # "ambushed a convoy in revenge for the killing of their commander"
    lex = _lexicon()
    for tok in _path(cue):
        dep, head = tok.dep_, tok.head
        if dep == "advcl" and not _violent(head, lex) and any(
            c.dep_ == "mark" and c.lower_ in lex.marks for c in tok.children
        ):
            return True
        if dep == "pobj" and _antecedent_prep(head, lex):
            return True
        if dep in ("dobj", "obj", "xcomp") and head.lemma_.lower() in lex.memorial:
            return True
        if (dep == "relcl" or (dep == "acl" and tok.i != cue.i)) and _described_in_passing(
            tok, lex
        ):
            return True
    return False


def _violent(tok: Token, lex: _Lexicon) -> bool:
    """An act of armed violence: what follows "after" in its sentence is the same fight ("police
    clashed with militants after they attacked a post, killing 17")."""
    return bool(_keys(tok) & lex.violent)


def _antecedent_prep(prep: Token, lex: _Lexicon) -> bool:
    """ "over the death of", "in reaction to the killing of", "justice for the death of"; after
    or following an earlier event only when the sentence's act is not itself a fight."""
    governor = prep.head
    if prep.head.i == prep.i:
        return False
    word = governor.lemma_.lower()
    if word in lex.tributes or word in lex.reactions or word in lex.memorial:
        return True
    if prep.lower_ not in lex.preps:
        return False
    return prep.lower_ not in lex.marks or not _violent(governor, lex)


def _described_in_passing(clause: Token, lex: _Lexicon) -> bool:
    """ "the family of a man who died", "to honour a man who died", "the arrest of those
    involved in the killing": the person a relative clause describes is only mentioned, not
    a victim of the event."""
    if clause.dep_ == "relcl" and not any(
        c.lower_ in ("who", "whom", "whose", "that") for c in clause.subtree
        if c.dep_ in ("nsubj", "nsubjpass", "dobj", "poss")
    ):
        return False  # "the town in which two people died": the clause tells the event
    slot = _climb_conj(clause.head)
    if _violent(slot, lex):
        return False  # "following a clash resulting in 6 deaths": the clause tells the fight
    if slot.dep_ == "pobj":
        prep = slot.head
        return prep.lower_ in lex.relative_preps or prep.head.lemma_.lower() in lex.tributes
    return slot.dep_ in ("dobj", "obj") and slot.head.lemma_.lower() in lex.memorial


def is_attempt(cue: Token) -> bool:
    """ "tried to lynch a man", "threatened to kill", "an attempt to murder": no one died."""
    lex = _lexicon()
    return cue.dep_ in ("xcomp", "acl") and cue.head.lemma_.lower() in lex.attempts


def undecided(cue: Token) -> bool:
    """ "were killed, injured or captured", "killed or wounded": the words do not say who died.
    """
    lex = _lexicon()
    verbs = [cue, *cue.children, *(c for k in cue.children for c in k.children)]
    chained = [v for v in verbs if v.i == cue.i or (v.dep_ in ("conj", "advcl")
                                                    and v.pos_ == "VERB" and not _own_subject(v))]
    if not any(c.dep_ == "cc" and c.lower_ == "or" for v in chained for c in v.children):
        return False
    others = lex.outcomes | lex.kill_verbs | lex.die_verbs
    return any(_keys(v) & others for v in chained if v.i != cue.i)


__all__ = ["Victim", "background", "is_attempt", "is_collective", "single_victims", "undecided"]
