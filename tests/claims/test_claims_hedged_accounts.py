"""A note that an outlet or a body could not check an account hedges the event the account
tells: a claim with stance "hedges" by the one that could not check it (none for an agentless
note), on the event(s) of the account(s) it points back at, never an event of its own, and
never a change of the event's status."""

from __future__ import annotations

import pytest

from eventwire import extract
from eventwire.records import Event


def _events(text: str) -> list[Event]:
    return [e for e in extract(text, published="2025-11-25").events if e.code != "ATTRIB"]


def _hedges(event: Event) -> list[str | None]:
    return [c.claimant for c in event.claims if c.stance == "hedges"]


@pytest.mark.parametrize(("tail", "checker"), [
    ("Wire was not able to independently confirm the account.", "Wire"),
    ("The UN mission said it was unable to verify the report.", "UN mission"),
    ("The monitoring group said it could not independently confirm the figures.",
     "monitoring group"),
    ("Neither claim could be verified independently.", None),
])
def test_a_check_not_made_hedges_the_event_before(tail: str, checker: str | None) -> None:
    text = ("Gunmen on motorbikes killed 14 herders near Maru in Zamfara state on Monday, a "
            "local official said. " + tail)
    [event] = _events(text)
    assert [c.stance for c in event.claims] == ["asserts", "hedges"]
    assert [(h or "").removeprefix("The ").removeprefix("the ") or None
            for h in _hedges(event)] == [checker]
    assert event.status == "reported"


def test_a_check_not_made_with_no_account_before_hedges_the_last_event() -> None:
    text = ("Gunmen killed 12 villagers in an attack on a village in Zamfara state on "
            "Sunday. Wire could not independently verify the report.")
    [event] = _events(text)
    assert _hedges(event) == ["Wire"]
    assert event.status == "reported"


def test_a_check_of_either_account_hedges_each_accounts_event() -> None:
    text = ("Militants attacked a police station in Bannu on Monday, the army said. "
            "Separately, rebels said they ambushed a convoy near Tank, killing six soldiers. "
            "Reuters could not independently verify either account.")
    events = _events(text)
    assert len(events) == 2
    assert all(_hedges(e) == ["Reuters"] for e in events)
    assert all(e.status == "reported" for e in events)


@pytest.mark.parametrize("tail", [
    "which the UN said it could not verify.",
    "which could not be independently verified.",
])
def test_a_comma_set_which_note_hedges_the_statement_it_closes(tail: str) -> None:
    text = ("Government troops shelled a market in Tawila on Friday, killing nine people, "
            "activists said, " + tail)
    [event] = _events(text)
    asserted = [c for c in event.claims if c.stance == "asserts"]
    assert [c.claimant for c in asserted] == ["activists"]
    assert "which" not in asserted[0].text
    assert len(_hedges(event)) == 1
    assert event.status == "reported"


def test_a_note_after_an_according_to_source_is_no_part_of_it() -> None:
    text = ("Militants stormed a base in Kidal on Monday, killing four soldiers, according to "
            "a local official, which could not be verified.")
    [event] = _events(text)
    assert [(c.claimant, c.stance) for c in event.claims] == [
        ("a local official", "asserts"), (None, "hedges")]


def test_a_note_that_could_not_check_makes_no_event() -> None:
    text = ("A drone strike hit a wedding party in Sarmin on Saturday, killing 23 people, the "
            "civil defence said. AFP was unable to confirm the toll. Neither account could be "
            "verified.")
    events = _events(text)
    assert len(events) == 1
    assert events[0].status == "reported"


def test_a_hedge_does_not_contest_a_corroborated_event() -> None:
    text = ("Russian drones struck a fuel depot in Poltava overnight, the regional governor "
            "said. The Ukrainian air force said the depot was hit by two drones. Wire could "
            "not independently verify the accounts.")
    [event] = _events(text)
    assert "Wire" in _hedges(event)
    assert event.status == "corroborated"
