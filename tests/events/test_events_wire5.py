"""War wire reports, a fifth set: people named by their nationality as those hit, where the
speakers sit is not where the event was, an event referred back to and a place of talks, and
the lead's statement after a dateline."""

from __future__ import annotations

import pytest
from test_events_document import events, occurred
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


def test_what_was_done_without_is_no_event() -> None:
    text = ("Air defences shot down 25 drones over the Kursk region overnight, the defence "
            "ministry said on Friday, without reporting any damage.")
    assert "PROPERTY_DISTRUCT" not in {e.code for e in occurred(text)}


def test_a_place_held_or_occupied_is_taken_by_no_one_now() -> None:
    text = ("Ukraine's navy said on Telegram that its drones had struck two patrol boats at a "
            "port in Russian-occupied Crimea.")
    codes = {e.code for e in occurred(text)}
    assert "AIR_STRIKE" in codes
    assert not codes & {"NON_STATE_ACTOR_OVERTAKES_TER", "GOV_REGAINS_TERIT"}


def test_a_named_base_is_a_target_not_a_party() -> None:
    event = main_event("Ukraine's navy said on Telegram that its drones had struck two patrol "
                       "boats at the Saky air base in Crimea.")
    assert event.actor2 is None or event.actor2.name != "Saky"


def test_a_capital_acting_is_its_state() -> None:
    event = main_event("Kyiv launched 40 drones at the Bryansk region overnight, Moscow said.")
    assert event.actor1 is not None and event.actor1.name == "Military Forces of Ukraine"


def test_a_kind_of_event_spoken_of_is_no_event() -> None:
    text = ("Drones hit a depot in Tula overnight, the governor said.\n\n"
            "Ukrainian officials have long said that strikes on military plants are a fair "
            "answer to raids on their cities.")
    assert len([e for e in occurred(text) if e.code == "AIR_STRIKE"]) == 1


def test_who_installed_an_official_names_no_place() -> None:
    text = ("Drones hit a fuel depot near Feodosia overnight, the Moscow-installed head of "
            "Crimea said on Telegram.")
    assert all(p.text != "Moscow" for e in occurred(text) for p in e.places)


def test_the_capital_of_a_dateline_is_no_actor() -> None:
    text = ("RSF shells camp near El Fasher\n\n"
            "CAIRO, Nov 22 (Wire) - Sudan's paramilitary Rapid Support Forces shelled a camp "
            "for displaced people near El Fasher on Friday, killing at least 15 people, a local "
            "medical group said.")
    event = main_event(text)
    assert event.actor1 is not None and event.actor1.name == "Rapid Support Forces"


def test_gunmen_believed_to_be_militiamen_did_what_they_are_said_to_have_done() -> None:
    text = ("On Saturday, gunmen believed to be members of an allied militia attacked a market "
            "in the town of Tawila, looting shops and burning homes, residents said.")
    found = occurred(text)
    assert len(found) == 1
    assert found[0].actor1 is not None


@pytest.mark.parametrize(("text", "name"), [
    ("The army denied reports that it had shelled a market in Omdurman on Sunday.",
     "Military Forces of Sudan"),
    ("The Saudi-led coalition denied a Houthi claim that it had bombed a school in Saada "
     "province on Monday.", "Operation Restoring Hope"),
])
def test_it_in_an_account_a_party_denies_is_that_party(text: str, name: str) -> None:
    event = main_event(text)
    assert event.actor1 is not None and event.actor1.name == name


def test_a_group_named_before_an_event_noun_is_its_doer() -> None:
    text = "On 12 June 2020, 6 Saudi-led coalition air strikes hit Houthi positions in Sirwah."
    event = [e for e in events(text, published="2020-06-13") if e.code == "AIR_STRIKE"][0]
    assert event.actor1 is not None and event.actor1.name == "Operation Restoring Hope"
