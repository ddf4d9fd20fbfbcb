"""List entries matched on the lemma the lemmatizer gives a plural: "data" (lemma "datum") as
a record that shows, "remarks" (lemma "remark") as the medium of a statement, "words" (lemma
"word") as a spoken object."""

from __future__ import annotations

from support import attributions


def test_data_show_an_object() -> None:
    text = "The data show a sharp rise in grain prices."
    found = attributions(text)
    assert [(a.source, a.cue) for a in found] == [("The data", "show")]
    assert text[found[0].content_span[0] : found[0].content_span[1]] == \
        "a sharp rise in grain prices"


def test_remarks_as_medium_join_the_cue() -> None:
    found = attributions("The general said in his remarks on Monday that the bridge would reopen.")
    assert [(a.source, a.cue) for a in found] == [("The general", "said in his remarks on Monday")]


def test_words_are_a_spoken_object() -> None:
    found = attributions("The minister defended his words at the summit.")
    assert [(a.source, a.cue) for a in found] == [("The minister", "defended")]
