"""Agreements and meetings: both parties named, a ceasefire in force is no new agreement, a
figure of destruction destroys nothing, and what an event was aimed at does not make it a
plan."""

from __future__ import annotations

import pytest
from test_events_document import events, occurred
from test_events_war_actors import main_event


@pytest.mark.parametrize(("text", "first", "second"), [
    ("Armenia and Azerbaijan agreed a ceasefire in Moscow on Friday.",
     "Government of Armenia", "Government of Azerbaijan"),
    ("Ethiopia signed a peace deal with the Tigrayan leadership in Pretoria on Wednesday.",
     "Government of Ethiopia", None),
    ("Sudan's army and the RSF agreed a truce in Jeddah on Saturday.",
     "Military Forces of Sudan", "Rapid Support Forces"),
    ("The foreign ministers of Egypt and Saudi Arabia met in Riyadh on Monday.",
     "Government of Egypt", "Government of Saudi Arabia"),
    ("Kenyan President William Ruto met Somali President Hassan Sheikh Mohamud in Nairobi "
     "on Tuesday.", "Government of Kenya", "Government of Somalia"),
])
def test_both_parties_of_an_agreement_or_a_meeting(text: str, first: str,
                                                    second: str | None) -> None:
    event = main_event(text)
    assert event.actor1 is not None and event.actor1.name == first
    if second is not None:
        assert event.actor2 is not None and event.actor2.name == second


@pytest.mark.parametrize("text", [
    "The army accused the rebels of breaching the truce near Kidal on Sunday.",
    "Monitors recorded 35 ceasefire violations in the Donetsk region on Sunday.",
    "The truce was extended by two weeks, mediators in Doha said on Monday.",
])
def test_an_agreement_in_force_is_no_new_agreement(text: str) -> None:
    assert "AGREEMENT" not in {e.code for e in events(text)}


def test_a_figure_of_destruction_destroys_no_property() -> None:
    text = "The rebels said the shelling was meant to sabotage talks in Addis Ababa on Monday."
    assert "PROPERTY_DISTRUCT" not in {e.code for e in events(text)}


def test_what_strikes_were_aimed_at_does_not_make_them_a_plan() -> None:
    text = ("Drones struck a fuel depot in Sevastopol overnight. The strikes were aimed at "
            "weakening the fleet, officials in Kyiv said.")
    assert {e.modality for e in events(text) if e.code == "AIR_STRIKE"} == {"occurred"}
    assert len([e for e in occurred(text) if e.code == "AIR_STRIKE"]) == 1
