"""Question-and-answer transcripts: "A: Artillery hit the market at dawn." is the turn of the
one the text introduces as interviewed ("Reporter Anna Kis spoke with Colonel Petro Hrytsenko"),
who is its claimant.

A "Q:" turn is no attribution: a question puts forward no claim of fact, so counting the
interviewer as a source of what it asks about would be wrong; a statement reported inside a
question ("Q: The ministry says the bridge fell. Is that so?") keeps its own source."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from .layout import line_end, line_start
from .lexicon import CueLexicon
from .spans import Found, trim


def answer_turn(tok: Token, lex: CueLexicon) -> Found | None:
    """ "A: Russian artillery hit the market at dawn.": a capitalised answer label opening a
    line, then a colon (`tok`); the rest of the line is the interviewee's turn, the label its
    source."""
    doc = tok.doc
    if tok.i == 0:
        return None
    label = doc[tok.i - 1]
    if label.lower_ not in lex.answer_labels or not label.text[:1].isupper() \
            or not line_start(doc, label.i):
        return None
    content = trim(doc, tok.i + 1, line_end(doc, tok.i))
    if content is None or content[1] - content[0] < 2:
        return None
    return Found("colon", (tok.i, tok.i), tok.i, (label.i, label.i), label.i, content)


def is_answer(doc: Doc, item: Found, lex: CueLexicon) -> bool:
    """Is the finding an answer turn of a transcript (source the label "A")?"""
    return item.kind == "colon" and item.source[0] == item.source[1] \
        and doc[item.source_head].lower_ in lex.answer_labels


def interviewee(doc: Doc, before: int, lex: CueLexicon) -> Token | None:
    """The person the text last introduces as interviewed before token `before`: the named
    object of "spoke with", "talked to", "interviewed", "asked", "an interview with"."""
    for tok in reversed(doc[:before]):
        if tok.lemma_.lower() in lex.interview_words:
            person = _interviewed(tok)
            if person is not None:
                return person
    return None


def _interviewed(tok: Token) -> Token | None:
    """The named person `tok` (a verb or the noun "interview") takes as the one interviewed."""
    preps: frozenset[str]
    if tok.pos_ == "VERB":
        objects = [c for c in tok.children if c.dep_ == "dobj"]
        preps = frozenset({"with", "to"})
    elif tok.pos_ == "NOUN":
        objects, preps = [], frozenset({"with"})
    else:
        return None
    objects += [g for c in tok.children if c.dep_ == "prep" and c.lower_ in preps
                for g in c.children if g.dep_ == "pobj"]
    return next((o for o in objects if o.ent_type_ == "PERSON"
                 or o.pos_ == "PROPN" and o.ent_type_ == ""), None)
