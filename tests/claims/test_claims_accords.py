"""Cues that are nouns or adjectives without a verb of saying, on hand-written sentences: an
agreement and its terms ("signed an accord to pool their crews"), an attitude in an absolute
"with" phrase ("with farmers angry about the cuts") and a feeling owned by a speaker ("her
distrust of the banks")."""

from __future__ import annotations

import pytest

from support import attributions, content, only


@pytest.mark.parametrize(
    ("text", "source", "cue", "terms"),
    [
        ("After long talks, the unions extracted an agreement to raise night pay.",
         "the unions", "extracted an agreement", "to raise night pay"),
        ("The two provinces signed an accord on Monday to pool their fire crews.",
         "The two provinces", "signed an accord", "to pool their fire crews"),
        ("Her main achievement may be a pact that the two rivals struck in Oslo last spring "
         "to share the river.", "the two rivals", "a pact", "to share the river"),
    ],
)
def test_an_agreement_names_its_parties(text: str, source: str, cue: str, terms: str) -> None:
    found = attributions(text)
    assert [(a.source, a.cue, content(text, a)) for a in found] == [(source, cue, terms)]


@pytest.mark.parametrize(
    ("text", "cue", "terms"),
    [
        ("But the summit did yield one result: an agreement to study ways to cut plastic "
         "waste.", "an agreement", "to study ways to cut plastic waste"),
        ("But there was broad agreement that the levy should be scrapped.",
         "there was broad agreement", "that the levy should be scrapped"),
    ],
)
def test_an_agreement_with_no_parties_named_is_unsourced(text: str, cue: str,
                                                         terms: str) -> None:
    found = attributions(text)
    assert [(a.source, a.cue, content(text, a)) for a in found] == [(None, cue, terms)]


@pytest.mark.parametrize(
    "text",
    [
        "Under the agreement, the port will reopen.",  # no terms
        "The agreement to be signed on Friday covers fishing rights.",  # describes a document
        "The storm's arrival ended any hope of a deal.",  # a deal is no agreement noun
    ],
)
def test_an_agreement_without_terms_is_no_attribution(text: str) -> None:
    assert attributions(text) == []


def test_an_agreement_spoken_of_is_the_speakers_content() -> None:
    text = "The council welcomed the agreement to reopen the bridge."
    found = attributions(text)
    assert [(a.source, a.cue, content(text, a)) for a in found] == [
        ("The council", "welcomed", "the agreement to reopen the bridge")]


@pytest.mark.parametrize(
    ("text", "source", "cue", "held"),
    [
        ("With farmers increasingly angry about the water cuts, the governor called a "
         "meeting.", "farmers", "increasingly angry about", "the water cuts"),
        ("With voters deeply skeptical of the plan, the council put off the vote.", "voters",
         "deeply skeptical of", "the plan"),
    ],
)
def test_an_attitude_in_an_absolute_phrase(text: str, source: str, cue: str,
                                           held: str) -> None:
    found = attributions(text)
    assert (source, cue, held) in [(a.source, a.cue, content(text, a)) for a in found]


@pytest.mark.parametrize(
    "text",
    [
        "With prices high and stocks low, the market slowed.",
        "With the dam safe for now, residents returned to the valley.",
    ],
)
def test_an_absolute_phrase_without_an_attitude_holds_none(text: str) -> None:
    assert attributions(text) == []


@pytest.mark.parametrize(
    ("text", "source", "cue", "held"),
    [
        ("The mayor never hid her distrust of the banks.", "her", "distrust of",
         "the banks"),
        ("The senator's adulation of the old general puzzled his aides.", "The senator's",
         "adulation of", "the old general"),
    ],
)
def test_a_feeling_owned_by_a_speaker(text: str, source: str, cue: str, held: str) -> None:
    found = attributions(text)
    assert (source, cue, held) in [(a.source, a.cue, content(text, a)) for a in found]


def test_the_sides_to_a_war_are_its_parties() -> None:
    text = "The two sides signed an agreement to exchange prisoners."
    att = only(text)
    assert (att.source, att.cue, content(text, att)) == (
        "The two sides", "signed an agreement", "to exchange prisoners")
    assert att.stance == "asserts"


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        ("The talks produced an agreement to swap prisoners.", "asserts"),
        ("The talks did not produce an agreement to swap prisoners.", "hedges"),
    ],
)
def test_an_agreement_with_no_parties_named_states_its_terms(text: str, stance: str) -> None:
    att = only(text)
    assert (att.source, att.cue, att.stance) == (None, "an agreement", stance)


@pytest.mark.parametrize(
    ("text", "source", "cue", "terms"),
    [
        ("The two armies agreed to a truce along the whole front.", "The two armies", "agreed to",
         "a truce along the whole front"),
        ("The governor reminded residents to stay in shelters.", "The governor", "reminded",
         "residents to stay in shelters"),
    ],
)
def test_agreeing_to_terms_and_reminding_to_act(text: str, source: str, cue: str,
                                                 terms: str) -> None:
    att = only(text)
    assert (att.source, att.cue, content(text, att)) == (source, cue, terms)


def test_an_evident_finding_inside_a_speakers_words_is_theirs() -> None:
    text = "It is clear that the drone was aimed at the depot, the analyst wrote."
    att = only(text)
    assert (att.source, att.cue) == ("the analyst", "wrote")
    assert content(text, att).startswith("It is clear")
