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
        "The convoy was delayed by the blackout at the port.",  # no feeling
    ],
)
def test_no_stirred_feeling(text: str) -> None:
    assert attributions(text) == []


def test_a_record_inside_the_cause_stands_on_its_own() -> None:
    text = "The mayor's lead in a new survey has alarmed his rivals."
    assert sorted((a.cue, a.source) for a in attributions(text)) == [
        ("has alarmed", "his rivals"), ("in", "a new survey")]
