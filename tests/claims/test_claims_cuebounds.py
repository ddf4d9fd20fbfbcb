"""Where a verb's cue ends: the medium it names, and the preposition that opens its content."""

from __future__ import annotations

import pytest

from support import attributions, content


@pytest.mark.parametrize(
    ("text", "cue", "channel"),
    [
        ("The water board said in a statement that the reservoir was almost empty.",
         "said", "statement"),
        ("The water board said via email that the reservoir was almost empty.", "said", None),
        ("\u201cThe reservoir is almost empty,\u201d the engineer wrote on her blog.",
         "wrote", "blog"),
    ],
)
def test_a_written_or_posted_medium_stays_out_of_the_cue(
        text: str, cue: str, channel: str | None) -> None:
    [att] = attributions(text)
    assert (att.cue, att.channel) == (cue, channel)


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("The water board said in a phone interview that the reservoir was almost empty.",
         "said in a phone interview"),
        ("\u201cThe reservoir is almost empty,\u201d the engineer said at a news conference.",
         "said at a news conference"),
    ],
)
def test_a_spoken_occasion_joins_the_cue(text: str, cue: str) -> None:
    assert [a.cue for a in attributions(text)] == [cue]


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("The harbour master talked with the fishermen about raising the catch limits.",
         "talked"),
        ("The harbour master spoke to reporters about how the storm wrecked the pier.", "spoke"),
        ("The harbour master complained to the council about how slowly the pier was being "
         "rebuilt.", "complained"),
        # an adverb with its own modifier stays; the phrase after it stops the cue
        ("The harbour master speaks more often in public about how the storm wrecked the pier.",
         "speaks more often"),
        # a date between them does not
        ("The harbour master spoke out on Monday about how the storm wrecked the pier.",
         "spoke out on Monday about"),
    ],
)
def test_the_contents_preposition_joins_the_cue_across_a_date_only(text: str, cue: str) -> None:
    [att] = attributions(text)
    assert att.cue == cue
    assert not content(text, att).startswith("about")


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("\u201cThe bridge will hold,\u201d as the engineer recently put it.", "recently put it"),
        ("As the engineer once put it, the bridge will hold.", "once put it"),
    ],
)
def test_as_x_put_it_takes_the_adverbs_before_the_verb(text: str, cue: str) -> None:
    assert [a.cue for a in attributions(text)] == [cue]


def test_a_comma_set_participle_does_not_take_the_phase_verb_before_it() -> None:
    text = "The council tried to delay the vote, warning that the budget would collapse."
    [att] = attributions(text)
    assert (att.source, att.cue) == ("The council", "warning")
    assert content(text, att) == "that the budget would collapse"


def test_a_cue_inside_its_content_keeps_its_manner_adverb() -> None:
    text = "The plan, the engineer said sarcastically, was flawless."
    assert [a.cue for a in attributions(text)] == ["said sarcastically"]
