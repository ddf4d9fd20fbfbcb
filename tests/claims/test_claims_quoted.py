"""Direct quotations read from their punctuation and layout: a quotation closed by a comma
runs into the name and title that precede its cue, however the parser hung them, and a
quotation left open at a paragraph's end goes on in the next one opened with a mark."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from eventwire.claims import find_attributions
from eventwire.nlp import get_nlp
from support import attributions, by_cue, content

#: "“I give my word to everyone: we will finish the bridge by spring,” county transport
#: director Anna Kowal said Monday." as the parser may read it: the colon inside the
#: quotation makes "finish" the root, the title and name hang on it, "said" is its conjunct.
_COLON_INSIDE = [
    ("\u201c", "``", "PUNCT", "punct", 10, False),
    ("I", "PRP", "PRON", "nsubj", 2, True),
    ("give", "VBP", "VERB", "ccomp", 10, True),
    ("my", "PRP$", "PRON", "poss", 4, True),
    ("word", "NN", "NOUN", "dobj", 2, True),
    ("to", "IN", "ADP", "prep", 2, True),
    ("everyone", "NN", "PRON", "pobj", 5, False),
    (":", ":", "PUNCT", "punct", 10, True),
    ("we", "PRP", "PRON", "nsubj", 10, True),
    ("will", "MD", "AUX", "aux", 10, True),
    ("finish", "VB", "VERB", "ROOT", 10, True),
    ("the", "DT", "DET", "det", 12, True),
    ("bridge", "NN", "NOUN", "dobj", 10, True),
    ("by", "IN", "ADP", "prep", 10, True),
    ("spring", "NN", "NOUN", "pobj", 13, False),
    (",", ",", "PUNCT", "punct", 10, False),
    ("\u201d", "''", "PUNCT", "punct", 10, True),
    ("county", "NN", "NOUN", "compound", 19, True),
    ("transport", "NN", "NOUN", "compound", 19, True),
    ("director", "NN", "NOUN", "npadvmod", 10, True),
    ("Anna", "NNP", "PROPN", "compound", 21, True),
    ("Kowal", "NNP", "PROPN", "appos", 19, True),
    ("said", "VBD", "VERB", "conj", 10, True),
    ("Monday", "NNP", "PROPN", "npadvmod", 22, False),
    (".", ".", "PUNCT", "punct", 10, False),
]


def _parsed(rows: list[tuple[str, str, str, str, int, bool]]) -> Doc:
    words, tags, pos, deps, heads, spaces = (list(col) for col in zip(*rows, strict=True))
    lemmas = ["say" if w == "said" else w.lower() for w in words]
    return Doc(get_nlp().vocab, words=words, spaces=spaces, tags=tags, pos=pos, deps=deps,
               heads=heads, lemmas=lemmas)


def test_a_title_and_name_after_a_comma_closed_quotation_lead_to_the_cue() -> None:
    doc = _parsed(_COLON_INSIDE)
    found = find_attributions(doc)
    assert [(a.source, a.cue) for a in found] == [
        ("county transport director Anna Kowal", "said")]
    start, end = found[0].content_span
    assert doc.text[start:end] == (
        "\u201cI give my word to everyone: we will finish the bridge by spring,\u201d")


@pytest.mark.parametrize(
    ("index", "row"),
    [
        (15, (".", ".", "PUNCT", "punct", 10, False)),  # a full stop closes the quoted sentence
        (18, ("hauled", "VBD", "VERB", "compound", 19, True)),  # a verb: no name and title
    ],
)
def test_a_quotation_that_closes_its_sentence_or_a_clause_between_is_not_led(
        index: int, row: tuple[str, str, str, str, int, bool]) -> None:
    rows = list(_COLON_INSIDE)
    rows[index] = row
    assert [a.cue for a in find_attributions(_parsed(rows)) if a.cue == "said"] == []


def test_a_quotation_after_the_cue_runs_over_paragraphs_opened_with_a_mark() -> None:
    text = ("\u201cWe have waited long enough for this road,\u201d she said. \u201cThe money is "
            "there.\n\n\u201cNow the work must begin. The crews are ready.\n\n\u201cNobody "
            "should wait another winter.\u201d\n\nThe crowd cheered.")
    att = by_cue(text, "said", unique=True)
    assert content(text, att) == text[: text.index("\n\nThe crowd")]


def test_a_straight_quoted_paragraph_run_ends_at_its_closing_mark() -> None:
    text = ('"We have waited long enough for this road," she said. "The money is there.\n\n'
            '"Now the work must begin." Then the crowd went home.')
    att = by_cue(text, "said", unique=True)
    assert content(text, att) == text[: text.index(" Then")]


def test_a_continued_paragraph_with_its_own_cue_stays_its_own() -> None:
    text = ("\u201cWe have waited long enough for this road,\u201d she said. \u201cThe money is "
            "there.\n\n\u201cNow the work must begin,\u201d she added.")
    said = by_cue(text, "said", unique=True)
    assert content(text, said).endswith("The money is there.")
    added = by_cue(text, "added", unique=True)
    assert content(text, added) == "\u201cNow the work must begin,\u201d"


def test_a_paragraph_that_opens_no_mark_ends_the_run() -> None:
    text = ("\u201cWe have waited long enough for this road,\u201d she said. \u201cThe money is "
            "there.\n\nThe crowd cheered and the band played on.")
    said = by_cue(text, "said", unique=True)
    assert content(text, said).endswith("The money is there.")


def test_a_quotation_after_a_colon_runs_over_paragraphs() -> None:
    text = ("The transport board wrote in its report: \u201cFares rose again this year.\n\n"
            "\u201cFew riders noticed, and fewer complained.\u201d\n\nThe board meets in May.")
    found = [a for a in attributions(text) if a.cue == "wrote"]
    assert len(found) == 1
    assert content(text, found[0]).endswith("fewer complained.\u201d")
