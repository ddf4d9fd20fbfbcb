"""Agreements as statements: "the two provinces signed an accord to pool their fire crews",
"a pact that the rivals struck in Oslo to share the river". What parties agree to do is
their joint stated will, as with the verb ("the provinces agreed to pool their crews"): the
parties are the source, the agreement (with the verb that concludes it) the cue, and the
infinitive or "that" clause saying what was agreed the content. An agreement whose parties
the sentence does not name ("the summit yielded an agreement to study the waste") is an
unsourced statement (`unsourced.py`)."""

from __future__ import annotations

from spacy.tokens import Token

from .lexicon import CueLexicon
from .spans import Found, Range, noun_phrase, overlaps, range_of
from .speakers import can_speak, cue_left_edge, subject_of


def _infinitive(clause: Token) -> bool:
    """An active infinitive with no subject of its own ("to pool their crews"); "the accord
    to be signed on Friday" describes the document, not what it binds anyone to."""
    children = list(clause.children)
    return any(c.dep_ == "aux" and c.lower_ == "to" and c.i < clause.i for c in children) \
        and not any(c.dep_ in ("auxpass", "nsubj", "nsubjpass") for c in children)


def _that_clause(clause: Token) -> bool:
    return any(c.dep_ == "mark" and c.lower_ == "that" and c.i < clause.i
               for c in clause.children)


def agreement_terms(noun: Token) -> Range | None:
    """What an agreement binds its parties to: an infinitive or a "that" clause on the noun."""
    for child in noun.children:
        if child.i > noun.i and child.dep_ in ("acl", "relcl", "ccomp") and (
                _infinitive(child) or _that_clause(child)):
            return range_of(child.subtree)
    return None


def _terms_on(head: Token, after: int) -> Range | None:
    """An infinitive the parser hung on `head` after token `after` ("signed an accord on
    Monday to pool ...", "a pact that the rivals struck in Oslo to share ...")."""
    for child in head.children:
        if child.i > after and child.dep_ in ("advcl", "xcomp") and _infinitive(child):
            return range_of(child.subtree)
    return None


def agreement_cue(noun: Token, lex: CueLexicon) -> Found | None:
    """An agreement whose parties the sentence names: the subject of the verb that concludes
    it ("signed an agreement to"), or of the clause that says who reached it ("an agreement
    that the nations reached to ...")."""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in lex.agreements \
            or any(c.dep_ == "poss" for c in noun.children):
        return None
    if noun.dep_ == "dobj" and noun.head.pos_ == "VERB":
        return _concluded(noun, noun.head, lex)
    return _reached(noun, lex)


def _concluded(noun: Token, verb: Token, lex: CueLexicon) -> Found | None:
    if verb.lemma_.lower() in lex.cue_verbs:
        return None  # "the council welcomed the agreement to ...": the verb is the cue
    subject = subject_of(verb)
    if subject is None or not can_speak(subject, lex):
        return None
    content = agreement_terms(noun) or _terms_on(verb, noun.i)
    source = noun_phrase(subject, avoid=verb.i, speaker=True)
    cue = (cue_left_edge(verb), noun.i)
    if content is None or overlaps(source, content) or overlaps(cue, source):
        return None
    return Found("verb", cue, noun.i, source, subject.i, content)


def _reached(noun: Token, lex: CueLexicon) -> Found | None:
    clause = next((c for c in noun.children if c.dep_ in ("relcl", "acl") and c.i > noun.i
                   and not _infinitive(c)), None)
    subject = None if clause is None else next(
        (c for c in clause.children if c.dep_ == "nsubj" and c.i < clause.i), None)
    if clause is None or subject is None or not can_speak(subject, lex):
        return None
    content = _terms_on(clause, subject.i)
    if content is None:
        return None
    source = noun_phrase(subject, avoid=clause.i, speaker=True)
    cue = (described_start(noun), noun.i)
    if overlaps(source, content) or overlaps(cue, source):
        return None
    return Found("noun", cue, noun.i, source, subject.i, content)


def described_start(noun: Token) -> int:
    """The first token of the noun with its article and the words that describe it ("an
    agreement", "a binding accord"), or of "there was" before it ("there was broad agreement
    that ...")."""
    head = noun.head
    if noun.dep_ == "attr" and head.lemma_ == "be":
        there = next((c for c in head.children if c.dep_ == "expl" and c.i < head.i), None)
        if there is not None:
            return there.i
    before = [c.left_edge.i for c in noun.children if c.i < noun.i
              and c.dep_ in ("det", "amod", "nummod", "compound")]
    return min([noun.i, *before])
