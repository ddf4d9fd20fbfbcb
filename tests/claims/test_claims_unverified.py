"""The writer's note that a claim could not be checked hedges the statement it sums up."""

from __future__ import annotations

import pytest

from support import attributions, content


def _notes(text: str) -> list[tuple[str | None, str]]:
    return [(a.cue, content(text, a)) for a in attributions(text) if a.source is None]


@pytest.mark.parametrize(
    ("text", "cue", "summed"),
    [
        ("The navy said it sank two landing craft, a claim that could not be independently "
         "verified.", "could not be independently verified", "it sank two landing craft"),
        ("Rebels said 30 guards died in the raid, a toll that could not be confirmed.",
         "could not be confirmed", "30 guards died in the raid"),
        ("The brigade said it had retaken the ridge. The claim could not be verified.",
         "could not be verified", "The brigade said it had retaken the ridge."),
        ("The attack on the pumping station could not be independently corroborated.",
         "could not be independently corroborated",
         "The attack on the pumping station could not be independently corroborated."),
    ],
)
def test_a_note_that_a_claim_could_not_be_checked_hedges_it(text: str, cue: str,
                                                            summed: str) -> None:
    assert _notes(text) == [(cue, summed)]
    assert all(a.stance == "hedges" for a in attributions(text) if a.source is None)


@pytest.mark.parametrize(
    "text",
    [
        "The strike on the bridge was confirmed by the army.",  # a named checker
        "The rebels said the town had fallen, a claim that was later confirmed.",  # checked
        "Engineers could not verify the dam's strength before the flood.",  # a named subject
    ],
)
def test_no_note_of_an_unchecked_claim(text: str) -> None:
    assert _notes(text) == []


@pytest.mark.parametrize("tail", [
    "AFP was unable to confirm the figures.",
    "Wire could not independently verify his account.",
    "Wire could not independently verify either account.",
])
def test_an_outlet_that_could_not_check_an_account_hedges_the_event(tail: str) -> None:
    from eventwire import extract

    text = ("Militia fighters killed 14 villagers near Djugu on Monday, a local official "
            "said. " + tail)
    event = extract(text, published="2025-11-25").events[0]
    assert [c.stance for c in event.claims] == ["asserts", "hedges"]
    assert event.status == "reported"
