"""Feelings a cause stirs in someone: "the new levy angered the farmers", "that worries the
garrison", "traders were unsettled by the blackout". The one who feels is the source (the
object of the active verb, the subject of the passive), the verb the cue, and what stirs the
feeling (the subject of the active verb, or the "by" phrase or the "that" clause of the
passive) the content: an attitude reported of the one who feels it, as with "the farmers are
angry about the levy".

A cause that is a person or an armed group ("the minister angered farmers by ...", "gunmen
drove the villagers out") is one who acts, not what is felt, and a clause on the verb or its
object ("reassured residents that the dam was safe") makes the verb one of speech: neither is
read as a feeling. A finding whose cause is a noun phrase has kind `FEELING`: a statement
inside that cause stands on its own (`cleanup.drop_embedded`)."""

from __future__ import annotations

from spacy.tokens import Token

from .lexicon import CueLexicon
from .spans import Found, Range, noun_phrase, overlaps, range_of
from .speakers import RELATIVE, can_speak, cue_left_edge

#: The kind of a finding whose content is a noun phrase that stirred the feeling.
FEELING = "feeling"
#: Pronouns that stand for people: a cause that is one acts rather than is felt.
_PERSONS = frozenset({"i", "we", "you", "he", "she"})


def stirred_feeling(verb: Token, lex: CueLexicon) -> Found | None:
    """A verb of feeling ([verbs] feelings) with one who can feel it."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in lex.feelings:
        return None
    if any(c.dep_ == "auxpass" for c in verb.children):
        return _felt(verb, lex)
    feeler = next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i), None)
    cause = next((c for c in verb.children if c.dep_ in ("nsubj", "csubj") and c.i < verb.i),
                 None)
    if feeler is None or cause is None or not can_speak(feeler, lex) \
            or _with_clause(verb) or _with_clause(feeler):
        return None
    cue = (cue_left_edge(verb), verb.i)
    if cause.dep_ == "csubj":
        return _found(verb, feeler, cue, range_of(cause.subtree))
    if cause.tag_ == "WDT" or cause.lower_ in RELATIVE and verb.dep_ == "relcl":
        if verb.dep_ != "relcl" or verb.head.i > cause.i:
            return None  # a relative pronoun with no antecedent the parse shows
        cause = verb.head  # "the levy, which angered farmers": the levy did
    if _acts(cause, lex):
        return None
    return _found(verb, feeler, cue, noun_phrase(cause, avoid=verb.i), FEELING)


def _with_clause(tok: Token) -> bool:
    """ "reassured residents that the dam was safe" (the clause may hang on the object): the
    verb tells someone something, it stirs no feeling."""
    return any(c.dep_ == "ccomp" or c.dep_ == "acl" and any(
        g.dep_ == "mark" and g.lower_ == "that" for g in c.children) for c in tok.children)


def _acts(cause: Token, lex: CueLexicon) -> bool:
    """A person or an armed group ("the minister", "gunmen", "she"): one who acts on the
    others, whose feeling is then no attitude toward a thing ([nouns] actors)."""
    lemma = cause.lemma_.lower()
    return cause.ent_type_ in ("PERSON", "NORP") or cause.lower_ in _PERSONS \
        or lemma in lex.titles or lemma in lex.actors


def _felt(verb: Token, lex: CueLexicon) -> Found | None:
    """ "Traders were unsettled by the blackout", "the crews were angered that the road
    stayed shut": the subject feels what the "by" phrase or the clause says."""
    feeler = next((c for c in verb.children if c.dep_ == "nsubjpass" and c.i < verb.i), None)
    if feeler is None or feeler.lower_ in RELATIVE or not can_speak(feeler, lex):
        return None
    for child in verb.children:
        if child.i < verb.i:
            continue
        if child.dep_ == "agent" and child.i == verb.i + 1:
            cause = next((g for g in child.children if g.dep_ == "pobj"), None)
            if cause is not None and not _acts(cause, lex):
                kind = FEELING if cause.pos_ in ("NOUN", "PROPN") else "verb"
                return _found(verb, feeler, (cue_left_edge(verb), child.i),
                              range_of(cause.subtree), kind)
        if child.dep_ == "ccomp" and any(g.dep_ == "mark" and g.lower_ == "that"
                                         for g in child.children):
            return _found(verb, feeler, (cue_left_edge(verb), verb.i), range_of(child.subtree))
    return None


def _found(verb: Token, feeler: Token, cue: Range, content: Range | None, kind: str = "verb"
           ) -> Found | None:
    source = noun_phrase(feeler, avoid=verb.i, speaker=True)
    if content is None or overlaps(source, content) or overlaps(cue, source) \
            or overlaps(cue, content):
        return None
    return Found(kind, cue, verb.i, source, feeler.i, content)
