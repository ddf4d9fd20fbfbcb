"""Statements that name no source: hedging adverbs and agentless passives of reporting verbs,
their content, and what they do (and do not do) to an event's claim status."""

from __future__ import annotations

import pytest

from eventwire.claims import claims_for, status_for
from eventwire.evaluate.polnear import _predicted
from eventwire.evaluate.seeds import _all_claims
from eventwire.records import Attribution, Claim, DocumentRecord
from support import attributions, content


def unsourced(text: str) -> list[Attribution]:
    return [a for a in attributions(text) if a.source is None]


@pytest.mark.parametrize(
    ("text", "cue", "said"),
    [
        ("The rebel commander reportedly fled across the border on Sunday.", "reportedly",
         "The rebel commander reportedly fled across the border on Sunday."),
        ("After the raid, two guards allegedly took bribes from the smugglers.", "allegedly",
         "two guards allegedly took bribes from the smugglers."),
        ("The governor is said to have ordered the evacuation.", "is said",
         "The governor is said to have ordered the evacuation"),
        ("The ferry service is expected to resume next week.", "is expected",
         "The ferry service is expected to resume next week"),
        ("It was reported that two bridges had collapsed.", "It was reported",
         "that two bridges had collapsed"),
        ("The militia has been accused of looting the villages, killing dozens.",
         "has been accused of", "The militia has been accused of looting the villages"),
        ("Conversely, the new cabinet is widely viewed as weak.", "is widely viewed",
         "the new cabinet is widely viewed as weak."),
        ("The footage appears to show a second launcher.", "appears",
         "The footage appears to show a second launcher"),
        ("The blast is estimated to have killed 12 soldiers.", "is estimated",
         "The blast is estimated to have killed 12 soldiers"),
        ("Two men were suspected of planting the device.", "were suspected of",
         "Two men were suspected of planting the device."),
        ("The army has faced criticism for the strike on the market.", "criticism for",
         "the strike on the market"),
        ("The garrison faced fierce criticism over the lost depot.", "fierce criticism over",
         "the lost depot"),
        ("The mayor drew ridicule after the speech.", "drew ridicule", "The mayor"),
        ("The new levy has been criticized as a tax on the poor.", "has been criticized as",
         "The new levy has been criticized as a tax on the poor."),
        ("The garrison was blamed for the fire at the depot.", "was blamed for",
         "The garrison was blamed for the fire at the depot."),
        ("The ferry operator took heat for the delays.", "took heat for", "the delays"),
        ("Often, it appeared that the garrison had run out of shells.", "appeared",
         "that the garrison had run out of shells"),
        ("The convoy turned back amid fears of an ambush near the river.", "fears of",
         "an ambush near the river"),
        ("Fuel prices climbed amid growing concerns that the pipeline had been hit.",
         "growing concerns", "that the pipeline had been hit"),
        ("Following early reports of a blast at the depot, the governor closed the road.",
         "early reports of", "a blast at the depot"),
        # a date after the noun is when; the clause after it is what was feared
        ("The ferry stayed in port amid fears on Friday that the channel had been mined.",
         "fears", "that the channel had been mined"),
    ],
)
def test_unsourced_cue_and_content(text: str, cue: str, said: str) -> None:
    found = unsourced(text)
    assert [(a.cue, content(text, a)) for a in found] == [(cue, said)]
    att = found[0]
    assert (att.source_span, att.claimant, att.reported_by) == (None, None, None)
    assert att.stance == "hedges"


@pytest.mark.parametrize(
    ("text", "cue", "said", "stance"),
    [
        ("It is clear that the talks have failed.", "It is clear",
         "that the talks have failed", "asserts"),
        ("It was not obvious that the bridge would hold.", "It was not obvious",
         "that the bridge would hold", "hedges"),
    ],
)
def test_evident_clauses(text: str, cue: str, said: str, stance: str) -> None:
    assert [(a.cue, content(text, a), a.stance) for a in unsourced(text)] == [
        (cue, said, stance)]


@pytest.mark.parametrize(
    "text",
    [
        "It is not clear whether the talks will resume.",
        "The strike was reported by the regional governor.",  # the agent is the source
        "“The convoy was reportedly stopped at the checkpoint,” the mayor said.",  # quoted
        "The changes the council is expected to approve would close two schools.",
        "Prices rose faster than expected in March.",
        "The mayor said the footage appears to show a second launcher.",  # the mayor's hedge
        "It seems to me that the talks have stalled.",  # the speaker's own view
        "The ferry sailed amid protests in the harbour.",  # a place, not what is protested
        "The talks resumed amid warnings from the army that the truce was fragile.",  # sourced
        "Fighting resumed following the statement of the defence ministry.",  # who said it
        "The shelling of the port stopped after a statement on Tuesday.",  # a date, not a topic
        "The column halted after reports on state radio.",  # the medium, not the topic
        "The talks stalled amid Western fears of a spring offensive.",  # whose fears is said
    ],
)
def test_no_unsourced_statement(text: str) -> None:
    assert unsourced(text) == []


def test_an_unsourced_hedge_is_no_party_to_the_status() -> None:
    named = Claim("Kyiv", None, None, None, "asserts", "Kyiv", (0, 4))
    hedge = Claim(None, None, None, None, "hedges", "reportedly", (10, 20))
    unsourced_denial = Claim(None, None, None, None, "denies", "was denied", (30, 40))
    unsourced_assert = Claim(None, None, None, None, "asserts", "it is said", (50, 60))
    assert status_for([named, hedge]) == "reported"
    assert status_for([named, unsourced_denial]) == "reported"
    assert status_for([named, unsourced_assert]) == "reported"


def test_claims_for_an_unsourced_statement() -> None:
    text = "The depot was reportedly hit twice overnight."
    atts = attributions(text)
    claims = claims_for(atts, 0, len(text), text=text)
    assert [(c.claimant, c.stance, c.text) for c in claims] == [
        (None, "hedges", "The depot was reportedly hit twice overnight.")]
    assert status_for(claims) == "reported"
    bare = claims_for(atts, 0, len(text))  # without the text: the cue stands for the claim
    assert [(c.text, c.span) for c in bare] == [("reportedly", (14, 24))]


def test_evaluations_read_statements_without_a_source() -> None:
    att = Attribution(None, None, "reportedly", (14, 24), (0, 44), "hedges")
    named = Attribution("The army", (0, 8), "said", (9, 13), (14, 30), "asserts")
    spans = _predicted([att, named])
    assert spans["Source"] == [(0, 8)]
    assert spans["Cue"] == [(9, 13), (14, 24)]
    record = DocumentRecord("a", None, None, None, None, (), (), (att, named))
    assert [(c.claimant, c.text) for c in _all_claims(record)] == [
        (None, "reportedly"), ("The army", "The army")]
