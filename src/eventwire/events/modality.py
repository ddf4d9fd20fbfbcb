"""Modality of a trigger from the dependency parse: occurred, planned, hypothetical, or not an
event at all (negated). The cues are data (`data/modality.toml`)."""

from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..records import Modality
from .lexicon import load_toml, word_set

if TYPE_CHECKING:
    from spacy.tokens import Token

#: Dependency relations of a clause or phrase attached to a verb as a circumstance, not as an
#: argument: the words above it do not govern the event ("After the attack, officials warned").
ADVERBIAL_DEPS = frozenset({"advcl", "npadvmod", "parataxis"})
MAX_DEPTH = 8


@dataclass(frozen=True)
class ModalityCues:
    hypothetical_aux: frozenset[str]
    planned_aux: frozenset[str]
    planned_governors: frozenset[str]
    hypothetical_governors: frozenset[str]
    planned_modifiers: frozenset[str]
    scheduling_heads: frozenset[str]
    backshift_reporters: frozenset[str]
    conditional_marks: frozenset[str]
    hypothetical_modifiers: frozenset[str]
    habitual_adverbs: frozenset[str]
    habitual_governors: frozenset[str]
    negators: frozenset[str]
    participant_nouns: frozenset[str]
    sought_nouns: frozenset[str]
    purpose_verbs: frozenset[str]
    purpose_passives: frozenset[str]
    ending_governors: frozenset[str]


@functools.cache
def cues() -> ModalityCues:
    data = load_toml("modality.toml")
    names = ModalityCues.__dataclass_fields__
    return ModalityCues(**{name: word_set(data[name]) for name in names})


def modality_of(tok: Token) -> Modality | None:
    """The modality of the event whose trigger head is `tok`; None when it is negated."""
    c = cues()
    mod = _own_modifiers(tok, c)
    if mod == "negated":
        return None
    if mod is not None:
        return mod  # type: ignore[return-value]
    if tok.pos_ == "NOUN" and tok.dep_ == "pobj" and tok.head.lower_ == "for" \
            and tok.lemma_.lower() in c.sought_nouns:
        return "planned"  # "pressed for the arrest of", "a warrant for the arrest of"
    participant = tok.lemma_.lower() in c.participant_nouns
    if participant and _identity(tok):
        return "occurred"  # "the protesters could be members of ...": who they are, not if
    chain = _governing_chain(tok)
    if _misplaced_participle(tok):  # its clause is the sentence's main one
        chain = [tok, *_governing_chain(tok.sent.root)]
    for depth, node in enumerate(chain):
        # "prevented and detained five people": a past verb joined to the trigger is a second
        # action, not a plan or a fear that governs it; so is any verb a past one is joined to
        # ("two factions, called X and Y, clashed")
        joined = depth > 0 and chain[depth - 1].dep_ == "conj" and "VBD" in (
            node.tag_, chain[depth - 1].tag_)
        if depth > 0 and node.lemma_.lower() in c.scheduling_heads and (
                chain[depth - 1].dep_ == "xcomp" or _subject_scheduled(chain[depth - 1], node)):
            return "planned"  # "is due to meet", "is set to visit", "talks are set to resume"
        if depth > 0 and chain[depth - 1].dep_ == "oprd":
            continue  # "in what it called a response to the strikes": a name, not a plan
        if depth > 0 and chain[depth - 1].dep_ == "nsubjpass" \
                and node.lemma_.lower() in c.purpose_passives:
            continue  # "the strikes were aimed at weakening the group": what they were for
        if depth > 0 and describes_the_subject(node, chain[depth - 1]):
            continue  # "gunmen believed to be militiamen attacked a market": who they were
        if depth == 1 and _campaign_ended(tok, node, c):
            return None  # "to stop its attacks": attacks referred to, no new event
        found = _node_cue(node, c, is_trigger=depth == 0 or participant or joined)
        if found == "negated":
            return None
        if found is not None:
            return found  # type: ignore[return-value]
    return "occurred"


def _misplaced_participle(tok: Token) -> bool:
    """ "marched through the town to demand security, burning tyres and blocking roads": a
    participle after a comma, or joined to it, that the parser hung on a noun (as a modifier
    or a conjunct) is an adjunct of the sentence's main clause, not part of the noun phrase
    of a clause of purpose."""
    if tok.tag_ != "VBG" or tok.dep_ not in ("amod", "conj") or tok.i == 0:
        return False
    first = tok
    while first.dep_ == "conj" and first.head.tag_ == "VBG":
        first = first.head
    noun = first.head  # "burning" modifies "tyres"; "blocking" is joined to "tyres"
    start = first.i if first.dep_ == "amod" else noun.left_edge.i
    return start > 0 and tok.doc[start - 1].text == "," and noun.pos_ == "NOUN"


def describes_the_subject(verb: Token, clause: Token) -> bool:
    """A verb of belief the parser made the root of "gunmen [who were] believed to be members
    of a militia attacked a market": its "to be" complement comes before the clause it seems
    to govern, and that clause has no subject of its own."""
    return clause.dep_ == "ccomp" and verb.tag_ in ("VBN", "VBD") and any(
        c.dep_ == "xcomp" and c.i < clause.i and any(g.lower_ == "to" for g in c.children)
        for c in verb.children) and not any(
        c.dep_ in ("nsubj", "nsubjpass") for c in clause.children)


def _subject_scheduled(subject: Token, verb: Token) -> bool:
    """"Talks on a ceasefire are set to resume": an event noun as the subject of a scheduling
    word that takes a to-infinitive."""
    return subject.dep_ in ("nsubj", "nsubjpass") and any(
        c.dep_ == "xcomp" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
        for c in verb.children)


def _campaign_ended(event: Token, verb: Token, c: ModalityCues) -> bool:
    """"called on Israel to stop its attacks", "to halt the shelling": the object of a verb
    of ending, named as known (a possessor, "the"), is a campaign referred to."""
    return event.dep_ == "dobj" and verb.lemma_.lower() in c.ending_governors and any(
        d.dep_ == "poss" or (d.dep_ == "det" and d.lower_ in ("the", "their", "its", "these"))
        for d in event.children)


def _identity(tok: Token) -> bool:
    """Is the participant noun the subject of a statement of who they are ('the protesters
    may be members of the movement')?"""
    verb = tok.head
    return tok.dep_ == "nsubj" and verb.lemma_.lower() == "be" and any(
        c.dep_ == "attr" for c in verb.children)


def _own_modifiers(tok: Token, c: ModalityCues) -> str | None:
    for child in tok.children:
        low = child.lower_
        if child.dep_ == "det" and low == "no":
            return "negated"
        if child.dep_ in ("amod", "compound", "advmod", "nmod") and not any(
            g.dep_ == "prep" for g in child.children
        ):  # "next to the mall" is a place, not a time
            if low in c.planned_modifiers:
                return "planned"
            if low in c.hypothetical_modifiers:
                return "hypothetical"
    return None


def _governing_chain(tok: Token) -> list[Token]:
    """The trigger and the words governing it, up to the root or an adverbial boundary."""
    chain = [tok]
    node = tok
    while node.head.i != node.i and len(chain) < MAX_DEPTH:
        if node.dep_ in ADVERBIAL_DEPS and not _purpose_of_journey(node):
            break
        if node.dep_ == "prep" and node.head.pos_ in ("VERB", "AUX") and not (
                node.lower_ == "for" and node.head.lemma_.lower() in cues().purpose_verbs):
            break  # (but "would travel to Berlin for talks": the talks go with the journey)
        if node.dep_ == "ccomp" and node.tag_ == "VBD" and node.i < node.head.i:
            break  # "Rebels attacked the town, officials warned": a report told before its source
        node = node.head
        chain.append(node)
    return chain


def _purpose_of_journey(clause: Token) -> bool:
    """"will travel to Vienna to meet officials": a meeting a journey is made for shares its
    modality, as "for talks" does."""
    return clause.dep_ == "advcl" and clause.tag_ == "VB" \
        and clause.head.lemma_.lower() in cues().purpose_verbs \
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children)


def _node_cue(node: Token, c: ModalityCues, *, is_trigger: bool) -> str | None:
    lemma = node.lemma_.lower()
    if any(ch.dep_ == "neg" for ch in node.children):
        return "negated"
    if node.dep_ in ("pcomp", "pobj") and node.head.lower_ == "without":
        return "negated"  # "without reporting any damage", "entered without much fighting"
    if not is_trigger:
        if lemma in c.planned_governors:
            return "planned"
        if lemma in c.hypothetical_governors:
            return "hypothetical"
        if lemma in c.habitual_governors and any(
            ch.lower_ in c.habitual_adverbs for ch in node.children if ch.dep_ == "advmod"
        ):
            return "hypothetical"
    if node.pos_ not in ("VERB", "AUX") and not is_trigger:
        return None
    for child in node.children:
        low = child.lower_
        if child.dep_ == "neg" or (child.dep_ == "advmod" and low == "never"):
            return "negated"
        if child.dep_ == "aux":
            if low == "would" and _backshifted(node, c):
                return "planned"  # "officials said the minister would visit Kyiv on Friday"
            if low in c.hypothetical_aux:
                return "hypothetical"
            if low in c.planned_aux:
                return "planned"
    return None


def _backshifted(verb: Token, c: ModalityCues) -> bool:
    """Is `verb` ("would resume") reported speech of a past announcement, with no condition?"""
    reporter = verb.head
    if verb.dep_ != "ccomp" or reporter.tag_ != "VBD" \
            or reporter.lemma_.lower() not in c.backshift_reporters:
        return False
    return not any(
        mark.dep_ == "mark" and mark.lower_ in c.conditional_marks
        for clause in verb.children if clause.dep_ == "advcl" for mark in clause.children)
