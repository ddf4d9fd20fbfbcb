"""Shapes of attribution the parser gets partly wrong or that need a word list of their own:
a speaker the parse did not make the subject of the cue, a text that voices its own words."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from eventwire.claims import find_attributions
from eventwire.nlp import get_nlp
from support import attributions, by_cue, content

#: "“There is a rift between the ministry and our police,” Reed, a union official, said on
#: Radio City’s “Morning Call.”" as the parser sometimes reads it: the speaker hung on the
#: last noun of the quotation, the show's name taken for the subject of "said".
_MISPARSED = """\u201c ``/PUNCT/punct/19/0
There EX/PRON/expl/2/1
is VBZ/AUX/ccomp/19/1
a DT/DET/det/4/1
rift NN/NOUN/attr/2/1
between IN/ADP/prep/4/1
the DT/DET/det/7/1
ministry NN/NOUN/pobj/5/1
and CC/CCONJ/cc/7/1
our PRP$/PRON/poss/10/1
police NN/NOUN/conj/7/0
, ,/PUNCT/punct/10/0
\u201d ''/PUNCT/punct/19/1
Reed NNP/PROPN/appos/10/0
, ,/PUNCT/punct/13/1
a DT/DET/det/17/1
union NN/NOUN/compound/17/1
official NN/NOUN/appos/13/0
, ,/PUNCT/punct/19/1
said VBD/VERB/ROOT/19/1
on IN/ADP/prep/19/1
Radio NNP/PROPN/compound/22/1
City NNP/PROPN/poss/26/0
\u2019s POS/PART/case/22/1
\u201c ``/PUNCT/punct/19/0
Morning NNP/PROPN/compound/26/1
Call NNP/PROPN/nsubj/19/0
. ./PUNCT/punct/19/0
\u201d ''/PUNCT/punct/19/0"""


def _parsed(spec: str) -> Doc:
    """A Doc with the parse given line by line: "word TAG/POS/dep/head/space-after"."""
    words, spaces, tags, pos, deps, heads = [], [], [], [], [], []
    for line in spec.splitlines():
        word, rest = line.split(" ")
        tag, part, dep, head, space = rest.split("/")
        words.append(word)
        tags.append(tag)
        pos.append(part)
        deps.append(dep)
        heads.append(int(head))
        spaces.append(space == "1")
    lemmas = ["say" if w == "said" else w.lower() for w in words]
    return Doc(
        get_nlp().vocab,
        words=words,
        spaces=spaces,
        tags=tags,
        pos=pos,
        deps=deps,
        heads=heads,
        lemmas=lemmas,
    )


def test_quotation_stops_before_a_misparsed_speaker() -> None:
    doc = _parsed(_MISPARSED)
    found = find_attributions(doc)
    assert [(a.source, a.cue) for a in found] == [("Reed, a union official", "said")]
    start, end = found[0].content_span
    assert doc.text[start:end] == (
        "\u201cThere is a rift between the ministry and our police,\u201d"
    )


def test_a_text_reads_its_words() -> None:
    text = "\u201cOur wells are dry,\u201d the letter reads. The council met on Monday."
    found = [a for a in attributions(text) if a.cue == "reads"]
    assert [(a.source, content(text, a)) for a in found] == [
        ("the letter", "\u201cOur wells are dry,\u201d")
    ]


def test_a_reader_is_no_source() -> None:
    assert not [a for a in attributions("She read the letter twice before bed.") if a.cue == "read"]
    assert not [
        a
        for a in attributions("He read \u201cThe Old Man and the Sea\u201d twice.")
        if a.cue == "read"
    ]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            "Most unions support the mayor, while the farmers back her rival.",
            [("Most unions", "support", "the mayor"), ("the farmers", "back", "her rival")],
        ),
        ("Artillery supported the advance on the town.", []),
        ("The army backed the assault with tanks.", []),
    ],
)
def test_taking_a_side(text: str, found: list[tuple[str, str, str]]) -> None:
    assert [(a.source, a.cue, content(text, a)) for a in attributions(text)] == found


@pytest.mark.parametrize(
    ("text", "cue", "said"),
    [
        (
            "The governor fought off a fever during the campaign and called it a minor setback.",
            "called",
            "it a minor setback",
        ),
        (
            "The minister cited it as proof that the blockade had failed.",
            "cited",
            "it as proof that the blockade had failed",
        ),
    ],
)
def test_characterising_it(text: str, cue: str, said: str) -> None:
    assert [(a.cue, content(text, a)) for a in attributions(text)] == [(cue, said)]


def test_no_one_in_particular_wants() -> None:
    text = "The website is a good resource for anyone wanting to learn more about the levy."
    assert attributions(text) == []


def test_a_non_breaking_space_stays_inside_the_cue() -> None:
    text = "The envoy has\u00a0acknowledged the scale of the damage."
    assert [(a.source, a.cue) for a in attributions(text)] == [
        ("The envoy", "has\u00a0acknowledged")
    ]


def test_single_curly_quotation_in_a_headline() -> None:
    text = "Governor Speaks \u2018Frankly To The Farmers\u2019 After Flood\n\nThe council met."
    found = [a for a in attributions(text) if a.cue == "Speaks"]
    assert [(a.source, content(text, a)) for a in found] == [
        ("Governor", "\u2018Frankly To The Farmers\u2019")
    ]


def test_apostrophes_are_no_quotation() -> None:
    from eventwire.claims.spans import quote_regions

    text = "The mayor\u2019s aides\u2019 view is \u2018firm and final\u2019, and it\u2019s set."
    assert [text[a:b] for a, b in quote_regions(text)] == ["\u2018firm and final\u2019"]


def test_no_cue_reports_the_paragraph_before_it() -> None:
    text = 'Envoy Says Talks "Dead In The Water"\n\nThe envoy spoke on Monday.'
    assert [(a.source, a.cue, content(text, a)) for a in attributions(text)] == [
        ("Envoy", "Says", 'Talks "Dead In The Water"')  # as in sentence case
    ]


def test_a_name_in_single_marks_is_no_quotation() -> None:
    text = "The loss of the \u2018Zarya\u2019 depot adds to the strain on the front."
    assert [a for a in attributions(text) if "\u2018" in content(text, a)] == []


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            "The governor has portrayed himself as a friend of the farmers.",
            [("The governor", "has portrayed", "himself as a friend of the farmers")],
        ),
        ("Voters cast their ballots on Sunday.", []),
        ("The report depicted the scene at the border.", []),
        (
            "The mayor complimented the firefighters on their work.",
            [("The mayor", "complimented", "the firefighters on their work")],
        ),
    ],
)
def test_showing_as_and_praising(text: str, found: list[tuple[str, str, str]]) -> None:
    assert [(a.source, a.cue, content(text, a)) for a in attributions(text)] == found


@pytest.mark.parametrize(
    "text",
    [
        "The governor let them know that the road would stay shut.",
        "The leaflets help the militia keep its grip on the town.",
    ],
)
def test_a_cue_brought_about_is_no_statement(text: str) -> None:
    assert attributions(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "It is worth noting that the bridge was closed twice last year.",
        "It goes without saying that the bridge must reopen.",
    ],
)
def test_the_writers_aside_is_no_attribution(text: str) -> None:
    assert attributions(text) == []


def test_all_stays_with_those_it_counts() -> None:
    text = "All the engineers I asked said the bridge was safe."
    assert [(a.source, a.cue) for a in attributions(text)] == [
        ("All the engineers I asked", "said")
    ]


def test_the_one_asked_is_no_source() -> None:
    text = "Asked to describe the device, the chief said it was crude."
    found = [(a.source, a.cue, content(text, a)) for a in attributions(text)]
    assert found == [
        (None, "Asked", "to describe the device"),
        ("the chief", "said", "it was crude"),
    ]


def test_rated_and_compared_to() -> None:
    text = "The agency rated 30% of the claims as false, compared to 12% last year."
    assert [(a.source, a.cue, content(text, a)) for a in attributions(text)] == [
        ("The agency", "rated", "30% of the claims as false")
    ]


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        (
            "\u201cWe will rebuild,\u201d the mayor said in an interview with the local paper.",
            "said in an interview",
        ),
        (
            "\u201cWe will rebuild,\u201d the mayor said in a radio interview on Monday.",
            "said in a radio interview on Monday",
        ),
        (
            "\u201cWe will rebuild,\u201d the mayor wrote in an email to residents.",
            "wrote",
        ),
        (
            "\u201cWe will rebuild,\u201d the mayor said at a briefing for residents.",
            "said at a briefing",
        ),
    ],
)
def test_the_medium_without_its_addressee(text: str, cue: str) -> None:
    assert [a.cue for a in attributions(text)] == [cue]


def test_quoted_as_saying() -> None:
    text = "Colonel Anna Reed was quoted by TASS as saying that the bridge was hit."
    att = by_cue(text, "was quoted by TASS as saying", unique=True)
    assert (att.source, att.claimant, att.reported_by) == ("Colonel Anna Reed", "Anna Reed", "TASS")
    assert content(text, att) == "that the bridge was hit"
    text = "The minister was quoted as saying that the port would reopen."
    assert [(a.source, a.cue) for a in attributions(text)] == [
        ("The minister", "was quoted as saying")
    ]


@pytest.mark.parametrize(
    ("text", "relay"),
    [
        ("The port's director, quoted by Interfax, said two cranes were burnt out.", "Interfax"),
        ("The navy said in a statement carried by TASS that the frigate had returned.", "TASS"),
        ("The mayor, quoted by local media, said the tram depot was hit.", "local media"),
    ],
)
def test_a_participle_naming_who_relays(text: str, relay: str) -> None:
    assert [a.reported_by for a in attributions(text)] == [relay]


def test_a_participle_with_no_outlet_relays_nothing() -> None:
    text = "The general, carried by his aides to the car, said the town had fallen."
    assert [a.reported_by for a in attributions(text)] == [None]


def test_the_writers_summary_closes_no_content() -> None:
    text = (
        "The ministry said its troops had repelled the assault, "
        "a claim that could not be independently verified."
    )
    att = by_cue(text, "said", unique=True)
    assert content(text, att) == "its troops had repelled the assault"


def test_a_circumstance_after_the_speaker_is_no_part_of_the_source() -> None:
    text = "The mayor, in a post on Telegram, said two people were wounded."
    assert [(a.source, a.channel) for a in attributions(text)] == [("The mayor", "Telegram")]
    text = "Anna Reed, of the harbour authority, said the port was shut."
    assert [a.source for a in attributions(text)] == ["Anna Reed, of the harbour authority"]


def test_speaking_on_condition_of_anonymity_is_no_topic() -> None:
    text = "An official, who spoke on condition of anonymity, said the convoy was hit twice."
    assert [(a.cue, content(text, a)) for a in attributions(text)] == [
        ("said", "the convoy was hit twice")
    ]
