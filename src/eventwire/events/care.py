"""Medical care of casualties, which is no attack.

"Its hospital in the city received 60 wounded patients, many with gunshot wounds", "the morgue
received the bodies of 14 people", "the wounded were rushed to a clinic": such words tell an
attack's toll as a place of care saw it. The wound and body words under them report no event
of their own (the attack that caused them, "killed in Israeli strikes", still does), and the
place of care is never what an attack hit. Lexicon: `data/care.toml`.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import TYPE_CHECKING

from .lexicon import load_toml, word_set

if TYPE_CHECKING:
    from spacy.tokens import Token

#: Prepositions that name where casualties are taken, kept or treated.
DESTINATION_PREPS = frozenset({"to", "at", "in", "into", "inside"})
#: Prepositions that tie a speaker to the place they speak for ("a doctor at the hospital").
WORKPLACE_PREPS = frozenset({"at", "in", "from", "of"})


@dataclass(frozen=True)
class CareLexicon:
    places: frozenset[str]
    generic_places: frozenset[str]
    medical: frozenset[str]
    carers: frozenset[str]
    staff: frozenset[str]
    receive: frozenset[str]
    move: frozenset[str]
    tend: frozenset[str]
    causes: frozenset[str]


@functools.cache
def care_lexicon() -> CareLexicon:
    data = load_toml("care.toml")
    return CareLexicon(**{key: word_set(data[key]) for key in (
        "places", "generic_places", "medical", "carers", "staff", "receive", "move", "tend",
        "causes")})


def cared_for(tok: Token) -> bool:
    """Is the event word `tok` a casualty that a place of care or a carer received, treated or
    was brought ("received 60 wounded, many with gunshot wounds", "the bodies of 14 people
    were taken to the morgue")? Not when it names its own doer ("people shot by police") or
    is the cause of the casualties ("killed in Israeli strikes")."""
    if any(c.dep_ in ("nsubj", "agent") and c.lower_ not in ("who", "that", "which")
           for c in tok.children):
        return False
    lex = care_lexicon()
    node = tok
    while node.head.i != node.i:
        if node.dep_ in ("prep", "agent") and node.lower_ in lex.causes:
            return False
        parent = node.head
        if node.dep_ not in ("nsubj", "csubj", "advcl", "ccomp") and _caring(parent, node):
            return True
        if node.dep_ in ("ccomp", "advcl", "parataxis"):
            return False  # a clause of its own
        node = parent
    return False


def _caring(verb: Token, patient: Token) -> bool:
    """Does `verb` tell of care given to what `patient` heads: a place of care or a carer
    receives or treats it, or it is moved to or kept at a place of care?"""
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    lex = care_lexicon()
    lemma = verb.lemma_.lower()
    if lemma in lex.receive and any(
            c.dep_ in ("nsubj", "nsubjpass") and c.i != patient.i and _carer_or_place(c)
            for c in verb.children):
        return True
    if lemma in lex.move and _care_destination(verb):
        return True
    return lemma in lex.tend and patient.dep_ == "nsubjpass"


def _care_destination(verb: Token) -> bool:
    """Does `verb` name a place of care as where it takes or keeps someone ("to hospital",
    "at a clinic"), or describe one ("the hospital where the victims were taken")?"""
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ in DESTINATION_PREPS and any(
                c.dep_ == "pobj" and is_care_place(c) for c in prep.children):
            return True
    return verb.dep_ == "relcl" and is_care_place(verb.head)


def _carer_or_place(tok: Token) -> bool:
    return is_care_place(tok) or _carer(tok)


def is_care_place(tok: Token) -> bool:
    """ "hospital", "the morgue", "a health centre", "the trauma unit"."""
    lex = care_lexicon()
    lemma = tok.lemma_.lower()
    if lemma in lex.places or tok.lower_ in lex.places:
        return True
    return lemma in lex.generic_places and _medical_words(tok)


def _medical_words(tok: Token) -> bool:
    lex = care_lexicon()
    return any(c.dep_ in ("compound", "amod", "nmod") and (
        c.lemma_.lower() in lex.medical or c.lemma_.lower() in lex.places)
        for c in tok.children)


def _carer(tok: Token) -> bool:
    """ "doctors", "medics", "hospital staff", "health workers"."""
    lex = care_lexicon()
    lemma = tok.lemma_.lower()
    return lemma in lex.carers or (lemma in lex.staff and _medical_words(tok))


def place_of_care(tok: Token) -> bool:
    """Is the place word `tok` named as where casualties were received, taken or treated, or
    as where a speaker works ("its hospital received", "rushed to the hospital", "a doctor at
    the hospital"), rather than as what was hit?"""
    if not is_care_place(tok):
        return False
    lex = care_lexicon()
    head = tok.head
    if tok.dep_ in ("nsubj", "nsubjpass") and head.lemma_.lower() in lex.receive:
        return True
    if tok.dep_ == "pobj" and head.lower_ in DESTINATION_PREPS \
            and head.head.lemma_.lower() in lex.move and head.head.pos_ in ("VERB", "AUX"):
        return True
    if any(c.dep_ == "relcl" and _care_destination(c) for c in tok.children):
        return True  # "the hospital where the wounded were taken"
    return _workplace(tok)


def _workplace(tok: Token) -> bool:
    """ "a doctor at the hospital", "the director of the clinic", "medics at a hospital"
    (also when the parser hung the preposition elsewhere: the word before it decides)."""
    if tok.dep_ != "pobj" or tok.head.lower_ not in WORKPLACE_PREPS:
        return False
    prep = tok.head
    lex = care_lexicon()
    speakers = [prep.head, prep.doc[prep.i - 1]] if prep.i > 0 else [prep.head]
    return any(s.lemma_.lower() in lex.carers or s.lemma_.lower() in lex.staff
               for s in speakers)
