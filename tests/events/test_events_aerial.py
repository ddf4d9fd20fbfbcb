"""Munitions dropped from the air are air or drone strikes; a base captured is a place taken,
not people captured; a group that "claimed the attack" claims responsibility for it (not when
it claims what the attack was)."""

from __future__ import annotations

import pytest
from test_events_document import events


@pytest.mark.parametrize("text", [
    "The jet dropped two bombs on a school in Kanbalu township on Sunday.",
    "A drone dropped a grenade on a car near Nikopol on Tuesday, wounding two men.",
    "A helicopter released three bombs over the village of Tabarre on Monday.",
])
def test_a_munition_dropped_from_the_air_is_an_air_strike(text: str) -> None:
    codes = {e.code for e in events(text)}
    assert "AIR_STRIKE" in codes
    assert not codes & {"REM_EXPLOS", "GRENADE"}


def test_a_bomb_planted_stays_a_remote_explosive() -> None:
    assert {e.code for e in events("Militants planted a bomb near the market in Baidoa.")} == {
        "REM_EXPLOS"}


def test_capturing_a_base_takes_a_place() -> None:
    text = "Rebels captured an army battalion headquarters near Kyaukme on Monday."
    assert "NON_STATE_ACTOR_OVERTAKES_TER" in {e.code for e in events(text)}


def test_a_group_claiming_the_attack_claims_responsibility_for_it() -> None:
    text = ("Gunmen killed nine villagers near Menaka on Monday. The Islamic State claimed the "
            "attack in a statement on Telegram.")
    found = events(text)
    assert [e.code for e in found].count("ATTACK") == 1
    claim = next(e for e in found if e.code == "ATTRIB")
    assert any(r.relation == "responsibility_for" for r in claim.related)


def test_claiming_what_the_attack_was_is_no_claim_of_it() -> None:
    text = ("Drones struck a depot in Tver overnight. Moscow claimed the attack was staged "
            "by saboteurs.")
    found = events(text)
    assert "ATTRIB" not in {e.code for e in found}
    strike = next(e for e in found if e.code == "AIR_STRIKE")
    assert strike.actor1 is None or "Russia" not in strike.actor1.name
