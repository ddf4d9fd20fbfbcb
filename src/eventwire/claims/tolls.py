"""A toll set at a figure: "A local aid group put the death toll at 23", "Medics put the number
of dead at 40", "The governor raised the toll to 31". Whoever sets the toll states it: the verb
is the cue, the toll with its figure the content."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ..records import Span
from .lexicon import CueLexicon, get_lexicon
from .spans import Found, noun_phrase, overlaps
from .speakers import can_speak, cue_left_edge, subject_of

#: Prepositions that give the figure a toll is set at ("at 23", "to 31").
_FIGURE_PREPS = frozenset({"at", "to"})


def toll_cue(verb: Token, lex: CueLexicon) -> Found | None:
    """The statement whose verb of reckoning is `verb` (`[verbs] reckoning`), when its object
    is a toll and a phrase after it gives the figure."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in lex.reckoning_verbs:
        return None
    toll = next((c for c in verb.children if c.dep_ == "dobj" and is_toll(c, lex)), None)
    subject = subject_of(verb)
    if toll is None or subject is None or not can_speak(subject, lex):
        return None
    figure = _figure(verb, toll)
    if figure is None:
        return None
    content = (toll.left_edge.i, figure.right_edge.i)
    source = noun_phrase(subject, avoid=verb.i, speaker=True)
    if overlaps(source, content):
        return None
    return Found("verb", (cue_left_edge(verb), verb.i), verb.i, source, subject.i, content)


def is_toll(noun: Token, lex: CueLexicon) -> bool:
    """ "the death toll", "casualties", or a count of loss ("the number of dead")."""
    lemma = noun.lemma_.lower()
    if lemma in lex.tolls or noun.lower_ in lex.tolls:
        return True
    return lemma in lex.counts and any(
        c.dep_ == "prep" and c.lower_ == "of" and any(
            g.lemma_.lower() in lex.tolls or g.lower_ in lex.tolls for g in c.children)
        for c in noun.children)


def _figure(verb: Token, toll: Token) -> Token | None:
    """The "at" or "to" phrase after the toll, on the verb or the toll, holding a number."""
    for prep in (*verb.children, *toll.children):
        if prep.dep_ == "prep" and prep.lower_ in _FIGURE_PREPS and prep.i > toll.i \
                and any(t.like_num for t in prep.subtree):
            return prep
    return None


def definite_toll(doc: Doc, content: Span) -> bool:
    """Is a statement's content (characters `content`) a toll pointing back at deaths told
    before: "the toll" with no other words than its kind ("death", "casualty") and its
    figure, as the content itself ("put the toll at nine dead") or as the subject of its
    clause ("said the death toll had risen to 12", "the number of dead reached 15")? A toll
    of something wider ("the overall toll", "the toll since the war began") points at no
    one event."""
    span = doc.char_span(content[0], content[1], alignment_mode="expand")
    if span is None or not len(span):
        return False
    lex = get_lexicon()
    root = span.root
    nouns = [root] if root.pos_ in ("NOUN", "PROPN") else [
        c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")]
    return any(is_toll(n, lex) and _only_the_toll(n, lex) for n in nouns)


def _only_the_toll(noun: Token, lex: CueLexicon) -> bool:
    """ "the toll", "the death toll", "the number of dead" (with its figure "at nine")."""
    words = [c for c in noun.children if c.i < noun.i]
    after = [c for c in noun.children if c.i > noun.i]
    return any(c.dep_ == "det" and c.lower_ == "the" for c in words) and all(
        c.dep_ == "det" or c.dep_ == "compound" and c.lemma_.lower() in lex.tolls
        for c in words) and all(
        c.dep_ == "prep" and (c.lower_ in _FIGURE_PREPS or c.lower_ == "of" and all(
            g.lemma_.lower() in lex.tolls or g.lower_ in lex.tolls for g in c.children))
        for c in after)
