"""Speech within speech and the writer's asides on hand-written text: a cue inside a
transcript turn or a signed quotation belongs to that turn, a turn runs on over the
paragraphs a transcript opens with a quotation mark, "sure of himself" has no content and
"as you can see" addresses the reader."""

from __future__ import annotations

import pytest

from support import attributions, content, only

_TRANSCRIPT = (
    '"HARLOW: Let me turn to the ferry. The port authority announced that the service '
    'would stop in May. Will it?\n\n'
    '"OKAFOR: No. I think the ferry will keep running all summer.\n\n'
    '"And I believe the harbour board will pay for the repairs.\n\n'
    '"HARLOW: Thank you, minister.'
)


def test_cues_inside_a_transcript_turn_belong_to_the_turn() -> None:
    found = attributions(_TRANSCRIPT)
    assert [(a.source, a.cue) for a in found] == [("HARLOW", ":"), ("OKAFOR", ":"),
                                                  ("HARLOW", ":")]


def test_a_turn_runs_on_over_paragraphs_opened_with_a_mark() -> None:
    turn = attributions(_TRANSCRIPT)[1]
    assert content(_TRANSCRIPT, turn).endswith("harbour board will pay for the repairs.")


def test_a_paragraph_that_opens_no_quotation_ends_the_turn() -> None:
    text = ('"OKAFOR: The ferry will keep running all summer.\n\n'
            "The minister later said the repairs would cost more than planned.")
    found = attributions(text)
    assert [(a.source, a.cue) for a in found] == [("OKAFOR", ":"),
                                                  ("The minister", "later said")]
    assert content(text, found[0]) == "The ferry will keep running all summer."


def test_cues_inside_a_quotation_signed_after_a_dash_belong_to_it() -> None:
    text = ("\u201dHonestly. The new mayor told us again and again that the levy is fair. We "
            "know better.\u201d \u2015 Tomas Ruiz")
    att = only(text)
    assert (att.source, att.cue) == ("Tomas Ruiz", "\u2015")


@pytest.mark.parametrize(
    "text",
    [
        "The minister was quite sure of herself during the long debate.",
        "The young goalkeeper is very proud of himself.",
    ],
)
def test_regard_for_oneself_has_no_content(text: str) -> None:
    assert attributions(text) == []


def test_an_attitude_with_a_topic_stays() -> None:
    att = only("The minister was quite sure of the numbers.")
    assert (att.cue, att.source) == ("was quite sure of", "The minister")


@pytest.mark.parametrize(
    "text",
    [
        "As you can see, our new bridge is much wider than the old one.",
        "You could imagine how angry the farmers were about the levy.",
    ],
)
def test_the_reader_addressed_is_no_source(text: str) -> None:
    assert attributions(text) == []


def test_a_speaker_who_can_see_stays() -> None:
    att = only("I can see that the council wants a new bridge.")
    assert (att.source, att.cue) == ("I", "can see")


def test_a_statement_inside_an_unsourced_one_is_part_of_it() -> None:
    text = "It is clear that the farmers want to see the water bills."
    assert [a.cue for a in attributions(text)] == ["It is clear"]
