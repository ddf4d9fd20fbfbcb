"""War wire reports, a fifth set: people named by their nationality as those hit, where the
speakers sit is not where the event was, an event referred back to and a place of talks, and
the lead's statement after a dateline."""

from __future__ import annotations

import pytest
from test_events_document import occurred
from test_events_war_actors import main_event


@pytest.mark.parametrize(("text", "name"), [
    ("Israeli air strikes killed 12 Palestinians in Khan Younis overnight.",
     "Civilians (Palestine)"),
    ("Russian missiles killed nine Ukrainians in Dnipro on Tuesday.", "Civilians (Ukraine)"),
])
def test_people_named_by_their_nationality_are_its_civilians(text: str, name: str) -> None:
    event = main_event(text)
    assert event.actor2 is not None and event.actor2.name == name


def test_the_capital_officials_speak_from_is_not_where_the_event_was() -> None:
    text = ("Drones struck a fuel depot in Sevastopol overnight. The strikes were meant to "
            "weaken the fleet, officials in Kyiv said.")
    found = [e for e in occurred(text) if e.code == "AIR_STRIKE"]
    assert len(found) == 1
    assert all(p.text != "Kyiv" for p in found[0].places)


def test_an_event_referred_back_to_beside_talks_is_not_placed_at_the_talks() -> None:
    text = ("Israeli air strikes killed nine people in Rafah overnight, medics said.\n\n"
            "Hamas said the strikes were aimed at derailing talks in Doha. An Israeli official "
            "denied that Israel was targeting civilians.")
    strikes = [e for e in occurred(text) if e.code == "AIR_STRIKE"]
    assert strikes and all(p.text != "Doha" for e in strikes for p in e.places)


def test_the_lead_after_a_dateline_keeps_its_closing_source() -> None:
    text = ("Israeli strikes kill 9 in Rafah\n\n"
            "GAZA, Nov 20 (Wire) - Israeli air strikes killed at least nine Palestinians in "
            "Rafah overnight, the enclave's civil defence agency said on Thursday.")
    event = main_event(text)
    assert any(c.claimant and c.claimant.endswith("civil defence agency")
               for c in event.claims)
