"""The wider cue families on hand-written sentences: thought and intention, attitude
adjectives, layout cues (colon, dash, title-case headline), "as X noted", records as sources,
passives with an agent, trailing "..., experts say", quotations continued after the cue, cue
adjuncts and governing verbs, and the words that stay events in conflict news."""

from __future__ import annotations

import pytest

from support import attributions, content, only


@pytest.mark.parametrize(
    ("text", "source", "cue", "said"),
    [
        ("The brigade commander believes that the line will hold.", "The brigade commander",
         "believes", "that the line will hold"),
        ("Kyiv wants to hold the talks in Geneva next month.", "Kyiv", "wants",
         "to hold the talks in Geneva next month"),
        ("The mayor fears the river will flood the lower town.", "The mayor", "fears",
         "the river will flood the lower town"),
    ],
)
def test_thought_and_intention(text: str, source: str, cue: str, said: str) -> None:
    att = only(text)
    assert (att.source, att.cue, content(text, att)) == (source, cue, said)
    assert att.stance == "asserts"


def test_intention_inside_a_statement_is_part_of_it() -> None:
    text = "The envoy said he plans to stay in the capital until the vote."
    att = only(text)
    assert att.cue == "said"
    assert content(text, att) == "he plans to stay in the capital until the vote"


@pytest.mark.parametrize(
    ("text", "cue", "said"),
    [
        ("Local officials are worried that the dam could fail.", "are worried",
         "that the dam could fail"),
        ("The engineers were not too concerned about the cracks.",
         "were not too concerned about", "the cracks"),
    ],
)
def test_attitude_adjectives(text: str, cue: str, said: str) -> None:
    att = only(text)
    assert (att.cue, content(text, att)) == (cue, said)


@pytest.mark.parametrize(
    "text",
    [
        "Artillery struck the depot, and the fighting continued for hours.",
        "Protesters clashed with police outside the parliament.",
        "The shelling went on through the night.",
        "Note: the figures were updated on Monday.",
    ],
)
def test_events_and_labels_are_no_attributions(text: str) -> None:
    assert attributions(text) == []


def test_transcript_speakers_with_colons() -> None:
    text = "SMITH: We will not retreat from the river.\nJONES: Then the town will fall."
    found = attributions(text)
    assert [(a.source, a.cue) for a in found] == [("SMITH", ":"), ("JONES", ":")]
    assert content(text, found[1]) == "Then the town will fall."


def test_quotation_signed_after_a_dash() -> None:
    text = "“We will rebuild the school.” \u2015 Olena Marchuk\n“We stay.” \u2015 Ivan Petrenko"
    found = attributions(text)
    assert [a.source for a in found] == ["Olena Marchuk", "Ivan Petrenko"]
    assert content(text, found[0]) == "“We will rebuild the school.”"


def test_title_case_headline_verb() -> None:
    text = "Zelensky Says Talks With Moscow Are Off\n\nThe talks had been due on Friday."
    att = only(text)
    assert (att.source, att.cue, content(text, att)) == (
        "Zelensky", "Says", "Talks With Moscow Are Off")


def test_as_the_speaker_noted() -> None:
    text = "As the governor noted, the bridge remains closed to traffic."
    att = only(text)
    assert (att.source, att.cue) == ("the governor", "noted")
    assert content(text, att) == "the bridge remains closed to traffic"


def test_records_as_sources() -> None:
    text = "Satellite footage shows dozens of burned vehicles near the airfield."
    att = only(text)
    assert (att.source, att.cue) == ("Satellite footage", "shows")
    assert content(text, att) == "dozens of burned vehicles near the airfield"


def test_passive_with_an_agent() -> None:
    text = "The strike on the depot was confirmed by the defence ministry."
    att = only(text)
    assert (att.source, att.cue) == ("the defence ministry", "was confirmed by")
    assert content(text, att) == "The strike on the depot"


@pytest.mark.parametrize(
    ("text", "source", "said"),
    [
        ("Single mothers may not be covered by the plan, experts say.", "experts",
         "Single mothers may not be covered by the plan"),
        ("The bridge was hit twice overnight, said the regional governor.",
         "the regional governor", "The bridge was hit twice overnight"),
        ("The drone struck a warehouse \u2014 Russian officials said no one was hurt.",
         "Russian officials", "no one was hurt"),
    ],
)
def test_inverted_and_dashed_reporting(text: str, source: str, said: str) -> None:
    att = only(text)
    assert (att.source, content(text, att)) == (source, said)


def test_quotation_continues_after_the_cue() -> None:
    text = "“We held the line,” the colonel said. “We will hold it again.”"
    att = only(text)
    assert content(text, att) == text


def test_next_quotation_with_its_own_speaker_is_not_continued() -> None:
    text = "“We held the line,” he said. “We will hold it again,” the colonel replied."
    found = attributions(text)
    assert [a.cue for a in found] == ["said", "replied"]
    assert content(text, found[0]) == "“We held the line,”"


def test_cue_takes_adjuncts_and_governing_verbs() -> None:
    text = "The governor said on Tuesday that the ferry was hit twice."
    att = only(text)
    assert att.cue == "said"  # a time adjunct is not part of the cue
    assert content(text, att) == "that the ferry was hit twice"
    text = "The governor said in a televised statement that the ferry was hit twice."
    att = only(text)
    assert att.cue == "said"  # nor is a written medium
    text = "The governor said in a televised interview that the ferry was hit twice."
    assert only(text).cue == "said in a televised interview"  # a spoken occasion is
    text = "“The ferry was hit twice,” the governor wrote in an email."
    att = only(text)
    assert att.cue == "wrote"
    text = "“The ferry was hit twice,” the governor said sarcastically."
    assert only(text).cue == "said sarcastically"
    text = "The ministry declined to confirm the losses."
    att = only(text)
    assert (att.cue, content(text, att)) == ("declined", "to confirm the losses")
    assert att.stance == "hedges"
    text = "The brigade seemed to suggest that the bridge was gone."
    att = only(text)
    assert (att.cue, content(text, att)) == ("seemed to suggest", "that the bridge was gone")


def test_speaker_before_a_misparsed_cue() -> None:
    text = "“We will find them,” Kherson police Chief Anna Reed said Monday."
    att = only(text)
    assert att.source == "Kherson police Chief Anna Reed"
    assert att.claimant == "Anna Reed"
    assert content(text, att) == "“We will find them,”"


def test_source_leaves_out_asides_and_keeps_possessive_marks() -> None:
    text = "The governor, speaking to reporters in Kherson, said the ferry was hit twice."
    assert only(text).source == "The governor"
    text = "Moscow's claims about the strike were dismissed as fiction."
    att = only(text)
    assert (att.source, att.claimant) == ("Moscow's", "Moscow")  # the span keeps the mark
    text = "Moscow's claims about the strike were rejected by Kyiv."
    att = only(text)  # the claim rejected is part of what Kyiv's rejection is about
    assert (att.source, att.stance) == ("Kyiv", "denies")
    assert content(text, att) == "Moscow's claims about the strike"


def test_reporting_inside_a_relative_clause() -> None:
    text = "The minister visited the troops, which he said served as a sign of support."
    att = only(text)
    assert (att.source, att.cue) == ("he", "said")
    # the relative pronoun stands for what is said: the content wraps the source and cue
    assert content(text, att) == "which he said served as a sign of support"


def test_a_document_is_no_speaker_of_an_object() -> None:
    text = "The governor's statement underscores the risk to the dam."
    assert [a.cue for a in attributions(text)] == []


def test_second_reporting_verb_keeps_the_first_speaker() -> None:
    from eventwire.claims import find_attributions
    from eventwire.nlp import get_nlp

    doc = get_nlp()(
        "A navy spokesman confirmed that a patrol boat had fired warning shots but denied that "
        "fishermen had been hurt, saying the crew followed its orders."
    )
    by_cue = {a.cue.split()[0]: a for a in find_attributions(doc) if a.cue}
    assert by_cue["denied"].source == "A navy spokesman" and by_cue["denied"].stance == "denies"
    assert by_cue["saying"].source == "A navy spokesman"
