"""Where a verb's cue ends: the medium it names, and the preposition that opens its content."""

from __future__ import annotations

import pytest

from support import attributions, by_cue, content, only, only_cue


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
        # with the date right after it, as with a dated phrase after the occasion
        ("\u201cThe pier will reopen,\u201d the harbour master said at a press conference Sunday.",
         "said at a press conference Sunday"),
        ("\u201cThe pier will reopen,\u201d the harbour master said sarcastically Monday.",
         "said sarcastically"),
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


def test_citing_keeps_its_object_out_of_the_cue() -> None:
    # citing is no light verb: what is cited is the content, even a noun of stance
    text = "The minister cited concerns about the cost of the new bridge."
    att = only_cue(text, "cited")
    assert content(text, att) == "concerns about the cost of the new bridge"


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("The union wrote a memo to its members warning that a strike was likely.",
         "wrote a memo to its members warning"),
        ("The union posted a string of messages overnight claiming that the vote was rigged.",
         "posted a string of messages overnight claiming"),
        # set off by a comma, the participle is a statement of its own
        ("The union wrote a memo to its members, warning that a strike was likely.",
         "warning"),
    ],
)
def test_a_participle_hung_on_the_issuing_verb_joins_its_cue(text: str, cue: str) -> None:
    att = by_cue(text, cue)
    assert (att.source, content(text, att)) == ("The union", text[text.index("that"):-1])


def test_a_verb_of_saying_does_not_relay_the_occasion_it_names() -> None:
    text = ("The governor said at a briefing announcing the new budget that taxes would "
            "not rise.")
    assert "said at a briefing announcing" not in [a.cue for a in attributions(text)]
    assert by_cue(text, "announcing").source == "The governor"


def test_a_comparison_keeps_the_verb_before_it_out_of_the_cue() -> None:
    text = "Reed was quicker than the other candidates at denying that the budget was in deficit."
    att = only_cue(text, "denying")
    assert content(text, att) == "that the budget was in deficit"


def test_a_phase_verb_opens_the_cue_of_a_light_verb() -> None:
    text = "The senator tried on Monday to raise doubts about the new levy."
    att = only(text)
    assert (att.source, att.cue) == ("The senator", "tried on Monday to raise doubts about")
    assert content(text, att) == "the new levy"


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("The senator's remarks Monday on the levy drew a sharp rebuke.", "remarks Monday on"),
        ("After the senator's comments Tuesday about the new levy, farmers protested.",
         "comments Tuesday about"),
    ],
)
def test_a_statement_nouns_preposition_joins_its_cue_across_a_date(text: str, cue: str) -> None:
    att = only(text)
    assert att.cue == cue
    assert content(text, att).startswith("the")


def test_a_statement_noun_owned_after_it_keeps_its_adjective() -> None:
    text = "The mayor brushed aside repeated warnings from her engineers that the dam would fail."
    att = only_cue(text, "repeated warnings")
    assert (att.source, content(text, att)) == ("her engineers", "that the dam would fail")


def test_an_adverb_after_a_joining_word_belongs_to_the_verb_after_it() -> None:
    # the parser hangs "also" on "but"
    text = "The treasurer agreed, but also warned that the budget was tight."
    att = only(text)
    assert (att.source, att.cue) == ("The treasurer", "also warned")


@pytest.mark.parametrize(
    ("text", "cue", "what"),
    [
        ("The ministry unveiled plans this week to reopen the crossing.",
         "unveiled plans this week", "to reopen the crossing"),
        ("The army announced plans yesterday to withdraw from the valley.",
         "announced plans yesterday", "to withdraw from the valley"),
        ("The council voiced concern on Friday about the shelling near the dam.",
         "voiced concern on Friday about", "the shelling near the dam"),
        ("The governor raised doubts on Monday over the casualty figures.",
         "raised doubts on Monday over", "the casualty figures"),
    ],
)
def test_a_stance_nouns_complement_hung_on_the_verb_after_a_date(
        text: str, cue: str, what: str) -> None:
    att = only_cue(text, cue)
    assert content(text, att) == what


@pytest.mark.parametrize(
    "text",
    [
        "The governor raised doubts on Monday for the first time about the casualty figures.",
        "The envoy voiced hope on Sunday for a moment during the talks.",
    ],
)
def test_a_time_after_the_date_is_no_complement(text: str) -> None:
    assert all("time" not in content(text, a) and "moment" not in content(text, a)
               for a in attributions(text))


def test_support_for_after_a_date_stays() -> None:
    text = "The mayor voiced support on Friday for the ceasefire in the east."
    att = only_cue(text, "voiced support on Friday for")
    assert content(text, att) == "the ceasefire in the east"
