"""Cue verbs whose content the parser hides: an aside taken for the root of its sentence, a
trailing cue with two subjects, the object of a participle of urging, an infinitive of will
hung as an adverbial clause, a predicate fronted before the object it describes."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from eventwire.claims import find_attributions
from eventwire.nlp import get_nlp
from support import attributions, content


@pytest.mark.parametrize(
    ("text", "source", "cue", "said"),
    [
        # the aside's verb as the root, the statement's subject and predicate hung on it
        ("These ferries, Varga explained later at the inquiry, were badly overloaded, "
         "carrying twice their rated number.", "Varga", "explained later",
         "These ferries, Varga explained later at the inquiry, were badly overloaded, "
         "carrying twice their rated number"),
        # a participle of urging with a thing as its object
        ("The harbour board cut the fees, encouraging more traffic.", "The harbour board",
         "encouraging", "more traffic"),
        # the infinitive of "decline" taken for an adverbial clause
        ("If Reed wins, the board could reverse the cuts or decline to defend them in court.",
         "the board", "decline", "to defend them in court"),
    ],
)
def test_hidden_content(text: str, source: str, cue: str, said: str) -> None:
    found = [a for a in attributions(text) if a.cue == cue]
    assert [(a.source, content(text, a)) for a in found] == [(source, said)]


@pytest.mark.parametrize(
    "text",
    [
        "Sales of ferry tickets declined to a record low in March.",
        "In the morning, the captain left, taking the logbook.",
        "The pilots, the engineers and the deckhands returned, carrying supplies.",
    ],
)
def test_no_statement(text: str) -> None:
    assert attributions(text) == []


def test_trailing_cue_with_its_statement_as_a_second_subject() -> None:
    """ "Crews like ours, he said." as the parser sometimes reads it: "Crews" and "he" both
    subjects of "said"; the subject nearest the cue is the speaker."""
    words = ["Crews", "like", "ours", ",", "he", "said", "."]
    doc = Doc(
        get_nlp().vocab, words=words, spaces=[True, True, False, True, True, False, False],
        tags=["NNS", "IN", "PRP", ",", "PRP", "VBD", "."],
        pos=["NOUN", "ADP", "PRON", "PUNCT", "PRON", "VERB", "PUNCT"],
        deps=["nsubj", "prep", "pobj", "punct", "nsubj", "ROOT", "punct"],
        heads=[5, 0, 1, 5, 5, 5, 5],
        lemmas=["crew", "like", "ours", ",", "he", "say", "."],
    )
    found = find_attributions(doc)
    assert [(a.source, a.cue) for a in found] == [("he", "said")]
    start, end = found[0].content_span
    assert doc.text[start:end] == "Crews like ours"


def test_fronted_adjective_predicate_takes_the_object_hung_on_it() -> None:
    """ "Reed is describing as reckless a memo from the board" as the parser sometimes reads
    it: the adjective a complement of "as", the memo its object."""
    words = ["Reed", "is", "describing", "as", "reckless", "a", "memo", "from", "the", "board",
             "."]
    doc = Doc(
        get_nlp().vocab, words=words, spaces=[True] * 9 + [False, False],
        tags=["NNP", "VBZ", "VBG", "IN", "JJ", "DT", "NN", "IN", "DT", "NN", "."],
        pos=["PROPN", "AUX", "VERB", "ADP", "ADJ", "DET", "NOUN", "ADP", "DET", "NOUN",
             "PUNCT"],
        deps=["nsubj", "aux", "ROOT", "prep", "pcomp", "det", "dobj", "prep", "det", "pobj",
              "punct"],
        heads=[2, 2, 2, 2, 3, 6, 4, 6, 9, 7, 2],
        lemmas=["reed", "be", "describe", "as", "reckless", "a", "memo", "from", "the", "board",
                "."],
    )
    found = find_attributions(doc)
    assert [(a.source, a.cue) for a in found] == [("Reed", "is describing")]
    start, end = found[0].content_span
    assert doc.text[start:end] == "as reckless a memo from the board"
