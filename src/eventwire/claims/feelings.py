"""Feelings a cause stirs in someone: "the new levy angered the farmers", "that worries the
garrison", "traders were unsettled by the blackout". The one who feels is the source (the
object of the active verb, the subject of the passive), the verb the cue, and what stirs the
feeling (the subject of the active verb, or the "by" phrase or the "that" clause of the
passive) the content: an attitude reported of the one who feels it, as with "the farmers are
angry about the levy"."""

from __future__ import annotations

from spacy.tokens import Token

from .lexicon import CueLexicon
from .spans import Found, Range, noun_phrase, overlaps, range_of
from .speakers import RELATIVE, can_speak, cue_left_edge


def stirred_feeling(verb: Token, lex: CueLexicon) -> Found | None:
    """A verb of feeling ([verbs] feelings) with one who can feel it."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in lex.feelings:
        return None
    if any(c.dep_ == "auxpass" for c in verb.children):
        return _felt(verb, lex)
    feeler = next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i), None)
    cause = next((c for c in verb.children if c.dep_ in ("nsubj", "csubj") and c.i < verb.i),
                 None)
    if feeler is None or cause is None or not can_speak(feeler, lex):
        return None
    content = range_of(cause.subtree) if cause.dep_ == "csubj" else noun_phrase(cause)
    return _found(verb, feeler, (cue_left_edge(verb), verb.i), content)


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
            if cause is not None:
                return _found(verb, feeler, (cue_left_edge(verb), child.i),
                              range_of(cause.subtree))
        if child.dep_ == "ccomp" and any(g.dep_ == "mark" and g.lower_ == "that"
                                         for g in child.children):
            return _found(verb, feeler, (cue_left_edge(verb), verb.i), range_of(child.subtree))
    return None


def _found(verb: Token, feeler: Token, cue: Range, content: Range | None) -> Found | None:
    source = noun_phrase(feeler, avoid=verb.i, speaker=True)
    if content is None or overlaps(source, content) or overlaps(cue, source) \
            or overlaps(cue, content):
        return None
    return Found("verb", cue, verb.i, source, feeler.i, content)
