"""Feelings a cause stirs in someone ("the new levy angered the farmers", "traders were
unsettled by the blackout"): the one who feels is the source, the cause the content; and the
look-alikes that report no one's feeling."""

from __future__ import annotations

import pytest

from support import attributions, content, only


@pytest.mark.parametrize(
    ("text", "source", "cue", "said"),
    [
        ("The new fuel levy has angered the fishermen of the northern ports.",
         "the fishermen of the northern ports", "has angered", "The new fuel levy"),
        ("The closure of the ferry line worries the island's mayor.", "the island's mayor",
         "worries", "The closure of the ferry line"),
        ("Grain traders were unsettled by the blackout at the port.", "Grain traders",
         "were unsettled by", "the blackout at the port"),
        ("The dock workers were angered that the road stayed closed.", "The dock workers",
         "were angered", "that the road stayed closed"),
    ],
)
def test_stirred_feelings(text: str, source: str, cue: str, said: str) -> None:
    att = only(text)
    assert (att.source, att.cue, content(text, att)) == (source, cue, said)


@pytest.mark.parametrize(
    "text",
    [
        "The storm troubled the harbour for two days.",  # a harbour feels nothing
        "The long shelling of the depot frightened no windows.",
        # a verb of feeling in the passive whose subject feels nothing
        "The ceasefire was disturbed by shelling near the port.",
        # a deed done to people, not a feeling about a thing
        "Gunmen frightened the villagers into leaving the valley.",
        "The militia unsettled the villagers by burning their grain store.",
        # a verb of speech with its clause: who was told is no source
        "The governor reassured residents that the dam was safe.",
        "The district office alarmed residents that the levee might fail.",
    ],
)
def test_no_stirred_feeling(text: str) -> None:
    assert attributions(text) == []


def test_a_person_as_cause_is_no_content() -> None:
    text = "The minister angered farmers by saying the fuel levy would stay."
    assert [(a.source, a.cue, content(text, a)) for a in attributions(text)] == [
        ("The minister", "saying", "the fuel levy would stay")]


def test_a_relative_pronoun_cause_is_its_antecedent() -> None:
    text = "The new bridge toll, which angered lorry drivers, was scrapped in May."
    att = only(text)
    assert (att.source, att.cue, content(text, att)) == (
        "lorry drivers", "angered", "The new bridge toll")


def test_a_statement_inside_a_worry_clause_is_part_of_it() -> None:
    text = "The mayor worried that the army would say the levee had failed."
    att = only(text)
    assert (att.source, att.cue, content(text, att)) == (
        "The mayor", "worried", "that the army would say the levee had failed")


def test_a_record_inside_the_cause_stands_on_its_own() -> None:
    text = "The mayor's lead in a new survey has alarmed his rivals."
    assert sorted((a.cue, a.source) for a in attributions(text)) == [
        ("has alarmed", "his rivals"), ("in", "a new survey")]
