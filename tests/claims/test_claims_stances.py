"""Stances held rather than spoken, and statements voiced indirectly, on hand-written
sentences: a refusal or view owned by someone who can speak ("the senator's determination
to finish"), what a body votes to do, works that voice their makers ("the leaflet mentions
a meeting") and a passive participle with an agent ("the plan, endorsed by the council")."""

from __future__ import annotations

import pytest

from support import attributions, content


@pytest.mark.parametrize(
    ("text", "source", "cue", "held"),
    [
        ("Nobody doubted the senator's determination to finish the race.", "the senator's",
         "determination", "to finish the race"),
        ("The bank's estimate of regional growth was cut to 2 percent.", "The bank's",
         "estimate of", "regional growth"),
        ("His theory of the blackout was never tested.", "His", "theory of", "the blackout"),
        ("Nobody in the port shared the union's insistence that the depot stay open.",
         "the union's", "insistence", "that the depot stay open"),
    ],
)
def test_owned_stance_noun(text: str, source: str, cue: str, held: str) -> None:
    found = attributions(text)
    assert [(a.source, a.cue, content(text, a)) for a in found] == [(source, cue, held)]


@pytest.mark.parametrize(
    "text",
    [
        "The reluctance to close the road angered drivers.",  # no owner
        "The mayor's decision to close the road was reversed.",  # a decision is a deed
        "The army's decision in May drew little notice.",  # a date is no content
        "The storm's refusal to weaken kept the ferries in port.",  # a storm holds no view
    ],
)
def test_stance_noun_without_a_speaking_owner_is_no_attribution(text: str) -> None:
    assert attributions(text) == []


def test_what_a_body_votes_to_do() -> None:
    text = "The city council voted 7-2 to suspend the parking fees."
    found = attributions(text)
    assert [(a.source, a.cue, content(text, a)) for a in found] == [
        ("The city council", "voted", "to suspend the parking fees")]


def test_voting_for_a_candidate_is_no_attribution() -> None:
    assert attributions("Three farmers in the valley voted for the incumbent.") == []


def test_a_noun_rooted_sentence_gives_no_runaway_content() -> None:
    """The parser sometimes roots a full sentence at its subject noun, hanging the main verb
    inside the noun's clause; the owned-stance reading would swallow the rest of the
    sentence, so such a parse yields nothing."""
    text = "Her reluctance to debate the challenger worried party elders."
    assert all("worried" not in content(text, a) for a in attributions(text))


@pytest.mark.parametrize(
    ("text", "source", "cue", "said"),
    [
        ("The leaflet also mentions a second meeting in the port.", "The leaflet",
         "also mentions", "a second meeting in the port"),
        ("The documentary chronicles the siege of the old quarter.", "The documentary",
         "chronicles", "the siege of the old quarter"),
    ],
)
def test_a_work_voices_its_makers(text: str, source: str, cue: str, said: str) -> None:
    found = attributions(text)
    assert [(a.source, a.cue, content(text, a)) for a in found] == [(source, cue, said)]


def test_a_thing_that_is_no_work_voices_nothing() -> None:
    assert attributions("The flood chronicles nothing and mentions no one.") == []


def test_passive_participle_with_an_agent() -> None:
    text = "The plan, endorsed by the regional council, would rebuild the bridge."
    found = attributions(text)
    assert [(a.source, a.cue, content(text, a)) for a in found] == [
        ("the regional council", "endorsed by", "The plan")]


@pytest.mark.parametrize(
    "text",
    [
        "The militias backed by Tehran seized the road.",  # a force verb stays an event
        "The ruling, published by the court clerk, ran to forty pages.",  # publishing is no claim
    ],
)
def test_participles_that_are_no_statement(text: str) -> None:
    assert attributions(text) == []


@pytest.mark.parametrize(
    ("text", "source", "reason"),
    [
        ("The port authority said the harbour would stay shut, citing the collapse of the sea "
         "wall.", "The port authority", "the collapse of the sea wall"),
        ("Citing a rumour about the ballot, the mayor accused the council of fraud.",
         "the mayor", "a rumour about the ballot"),
    ],
)
def test_citing_a_reason_is_a_statement_of_the_speaker(text: str, source: str,
                                                       reason: str) -> None:
    by_cue = {a.cue.lower(): a for a in attributions(text) if a.cue}
    assert by_cue["citing"].source == source
    assert content(text, by_cue["citing"]) == reason


@pytest.mark.parametrize(
    ("text", "source", "cue", "held"),
    [
        ("The farmers are against the new levy.", "The farmers", "are against", "the new levy"),
        ("Most residents are firmly against a second runway.", "Most residents",
         "are firmly against", "a second runway"),
        ("The finance minister is bearish on the future of the currency.",
         "The finance minister", "is bearish on", "the future of the currency"),
        ("The governor has been vague about the cost of the new bridge.", "The governor",
         "has been vague about", "the cost of the new bridge"),
    ],
)
def test_stance_held_with_a_copula(text: str, source: str, cue: str, held: str) -> None:
    found = attributions(text)
    assert [(a.source, a.cue, content(text, a)) for a in found] == [(source, cue, held)]


@pytest.mark.parametrize(
    "text", ["The odds were against the rebels.", "The river was calm at dawn."])
def test_copula_without_a_speaker_holds_no_stance(text: str) -> None:
    assert attributions(text) == []


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("The coach praised the young keeper after the final.", "The coach"),
        ("Sixty percent said the curfew should end.", "Sixty percent"),
        ("The hostage told his captors that his family could not pay.", "The hostage"),
    ],
)
def test_people_by_role_and_shares_of_a_poll_speak(text: str, source: str) -> None:
    assert [a.source for a in attributions(text)] == [source]


def test_a_letter_sent_to_someone_speaks_for_its_sender() -> None:
    """The parser hangs "opposing" on the addressee; the letter's sender is the source."""
    text = "The mayors sent a letter on Monday to the governor opposing the toll."
    found = attributions(text)
    assert [(a.source, content(text, a)) for a in found] == [("The mayors", "the toll")]
    assert found[0].cue is not None and found[0].cue.startswith("sent a letter")


def test_a_proposal_put_forward_is_a_stance() -> None:
    text = "The party unveiled a proposal for cheaper rail fares."
    found = attributions(text)
    assert [(a.source, a.cue, content(text, a)) for a in found] == [
        ("The party", "unveiled a proposal for", "cheaper rail fares")]


def test_walking_to_a_place_hoping_is_no_letter() -> None:
    text = "The refugees walked to the border crossing hoping for shelter."
    assert all(a.source != "the border crossing" for a in attributions(text))


@pytest.mark.parametrize(
    ("text", "source", "cue", "known"),
    [
        ("The old fisherman knows all about the storms of this coast.", "The old fisherman",
         "knows all about", "the storms of this coast"),
        ("Most villagers have heard that the dam may be drained.", "Most villagers",
         "have heard", "that the dam may be drained"),
    ],
)
def test_what_a_source_knows_or_has_heard(text: str, source: str, cue: str,
                                          known: str) -> None:
    found = attributions(text)
    assert [(a.source, a.cue, content(text, a)) for a in found] == [(source, cue, known)]


def test_hearing_a_sound_is_no_attribution() -> None:
    assert attributions("Villagers heard explosions near the dam.") == []


@pytest.mark.parametrize(
    ("text", "source", "cue", "held"),
    [
        ("The envoy regards the truce as a ruse.", "The envoy", "regards",
         "the truce as a ruse"),
        ("Many farmers view the new levy as theft.", "Many farmers", "view",
         "the new levy as theft"),
        ("The council decided against the new levy.", "The council", "decided against",
         "the new levy"),
    ],
)
def test_seeing_as_and_deciding_against(text: str, source: str, cue: str, held: str) -> None:
    found = attributions(text)
    assert [(a.source, a.cue, content(text, a)) for a in found] == [(source, cue, held)]


def test_viewing_a_sight_is_no_attribution() -> None:
    assert attributions("Officials viewed the damage from a helicopter.") == []


@pytest.mark.parametrize(
    ("text", "source", "cue", "said"),
    [
        ("The harbour chief made it clear that the port would stay shut.", "The harbour chief",
         "made it clear", "that the port would stay shut"),
        ("The envoy made clear he would not return.", "The envoy", "made clear",
         "he would not return"),
        ("The minister made a brief comment about the strike.", "The minister",
         "made a brief comment about", "the strike"),
    ],
)
def test_making_it_clear_and_making_a_comment(text: str, source: str, cue: str,
                                              said: str) -> None:
    found = attributions(text)
    assert [(a.source, a.cue, content(text, a)) for a in found] == [(source, cue, said)]


@pytest.mark.parametrize(
    "text",
    [
        "The rains made it clear that the dam was weak.",  # rain makes nothing clear in words
        "The ministry issued a statement on Monday.",  # a date is no content
    ],
)
def test_no_statement_without_a_speaker_or_a_content(text: str) -> None:
    assert attributions(text) == []
