"""Reactions and stands without a clause: feeling toward something ("bristled at the
question"), answering with something ("responded with a rebuke"), pressing someone on a
matter, protesting, extolling, exhorting and singling out, and the look-alikes that say
nothing."""

from __future__ import annotations

import pytest

from support import attributions, content, only


@pytest.mark.parametrize(
    ("text", "source", "cue", "said"),
    [
        ("The harbour official bristled at the question about the dredging contract.",
         "The harbour official", "bristled at", "the question about the dredging contract"),
        ("Ferry owners fumed over the new mooring fees.", "Ferry owners", "fumed over",
         "the new mooring fees"),
        ("The union leader scoffed at the offer from the shipyard.", "The union leader",
         "scoffed at", "the offer from the shipyard"),
        ("Ms. Varga was openly rejoicing in the verdict.", "Ms. Varga",
         "was openly rejoicing in", "the verdict"),
        ("Dock workers protested the closure of the eastern pier.", "Dock workers",
         "protested", "the closure of the eastern pier"),
        ("The councillor extolled the new tram line.", "The councillor", "extolled",
         "the new tram line"),
        ("The inspector did not single out the ferry company.", "The inspector",
         "did not single out", "the ferry company"),
    ],
)
def test_reactions(text: str, source: str, cue: str, said: str) -> None:
    att = only(text)
    assert (att.source, att.cue, content(text, att)) == (source, cue, said)


def test_reaction_in_an_as_clause_reports_its_own_object() -> None:
    text = "The pilots walked out on Friday, as they bristled at long delays over pay."
    found = [a for a in attributions(text) if a.cue == "bristled at"]
    assert [content(text, a) for a in found] == ["long delays over pay"]


@pytest.mark.parametrize(
    ("text", "cue", "said"),
    [
        ("The mayor responded with a sharp rebuke of the port authority.", "responded",
         "a sharp rebuke of the port authority"),
        ("Ms. Hale replied by calling the audit a stunt.", "replied",
         "calling the audit a stunt"),
    ],
)
def test_answered_with(text: str, cue: str, said: str) -> None:
    found = [a for a in attributions(text) if a.cue == cue]
    assert [content(text, a) for a in found] == [said]


@pytest.mark.parametrize(
    ("text", "cue", "said"),
    [
        ("The anchor, who kept pressing the envoy on the missing funds, ended the show.",
         "kept pressing the envoy on", "the missing funds"),
        ("When pressed about the delays, the director blamed the weather.",
         "pressed about", "the delays"),
        ("The lawmakers exhorted the voters to turn out early.", "exhorted",
         "the voters to turn out early"),
    ],
)
def test_pressing_and_exhorting(text: str, cue: str, said: str) -> None:
    found = [a for a in attributions(text) if a.cue == cue]
    assert [content(text, a) for a in found] == [said]


@pytest.mark.parametrize(
    "text",
    [
        "The storm fumed for hours in the hills.",  # a phrase that is no object of feeling
        "The column pressed on toward the river.",  # a particle: troops moving ahead
        "The ferry crew responded to the blaze with its hoses.",  # a reply in deeds
        "The guards replied by firing into the air.",  # a reply in arms
        "The crew responded with pumps and sandbags.",  # no words to answer with
        "Crowds rejoiced in the streets of the old town.",  # a place, not what is welcomed
    ],
)
def test_no_reaction(text: str) -> None:
    assert attributions(text) == []


def test_wh_word_stays_out_of_the_cue() -> None:
    text = ("The pilots said the airline erred, and when pressed on the cost, the pilots "
            "cited fuel.")
    assert "pressed on" in [a.cue for a in attributions(text)]


@pytest.mark.parametrize(
    ("text", "source", "cue", "said"),
    [
        ("The envoy isn't saying much about the talks.", "The envoy",
         "isn't saying much about", "the talks"),
        ("Inspectors discovered that the seals had been broken.", "Inspectors",
         "discovered", "that the seals had been broken"),
        ("I cannot fathom how the ferry sank so fast.", "I", "cannot fathom",
         "how the ferry sank so fast"),
        ("The mayor reminded residents that the bridge was closed.", "The mayor", "reminded",
         "that the bridge was closed"),
        ("The fire chief instructed the crews to check every cellar.", "The fire chief",
         "instructed", "the crews to check every cellar"),
    ],
)
def test_knowing_and_telling(text: str, source: str, cue: str, said: str) -> None:
    att = only(text)
    assert (att.source, att.cue, content(text, att)) == (source, cue, said)


@pytest.mark.parametrize(
    "text",
    [
        "Hikers discovered the wreck of a small plane.",  # a thing found, not a fact
        "The mayor reminded the council.",  # an addressee and nothing said
    ],
)
def test_no_knowing(text: str) -> None:
    assert attributions(text) == []


def test_statement_noun_with_a_passive_agent_goes_on_as_a_verb() -> None:
    text = "The levy is a bad idea, a view echoed by nearly every farmer I met."
    found = [a for a in attributions(text) if a.cue == "echoed by"]
    assert [(a.source, content(text, a)) for a in found] == [
        ("nearly every farmer I met", "a view")]


@pytest.mark.parametrize(
    "text",
    [
        "Before the vote on the dam, villagers protested.",
        "In the border town, the shopkeepers protested.",
    ],
)
def test_a_fronted_adverbial_is_no_content(text: str) -> None:
    assert attributions(text) == []
