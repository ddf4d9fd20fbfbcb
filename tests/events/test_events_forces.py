"""Forces named by whom they belong to when that is no country (events/forces.py): a people's,
a place's or a group's forces are that party's, never the army of the country they fight in;
rebel words make an armed group; a capital stands for its state; international bodies'
forces are external. And the party that holds what was hit ("Azerbaijani positions",
"government positions") is that state's armed forces."""

from __future__ import annotations

import pytest
from test_events_document import events as all_events
from test_events_war_actors import actor1, main_event


def actor2(text: str) -> str | None:
    event = main_event(text)
    return event.actor2.name if event.actor2 is not None else None


@pytest.mark.parametrize(("text", "name"), [
    ("Tigrayan forces attacked federal army positions near Korem on Wednesday.",
     "Tigrayan Forces"),
    ("The military forces of Artsakh fired on Azerbaijani positions near Fuzuli overnight.",
     "Military Forces of Artsakh"),
    ("Puntland forces fought al Shabaab fighters in the hills outside Qardho on Monday.",
     "Military Forces of Puntland"),
    ("The LDR rebel forces fired mortars at government positions near Marinka on Sunday.",
     "LDR"),
    ("The Karenni Nationalities Defence Force attacked a junta outpost near Loikaw on Friday.",
     "Karenni Nationalities Defence Force"),
])
def test_a_force_named_by_a_party_of_no_country_is_that_party(text: str, name: str) -> None:
    assert actor1(text) == name


@pytest.mark.parametrize("text", [
    "Tigrayan forces attacked federal army positions near Korem on Wednesday.",
    "The LDR rebel forces fired mortars at government positions near Marinka on Sunday.",
    "The military forces of Artsakh fired on Azerbaijani positions near Fuzuli overnight.",
])
def test_such_a_force_is_no_state_s_army(text: str) -> None:
    event = main_event(text)
    assert event.actor1 is not None and event.actor1.kind == "rebel"
    assert not event.actor1.name.startswith(("Military Forces of Ethiopia",
                                             "Military Forces of Ukraine",
                                             "Military Forces of Azerbaijan"))


@pytest.mark.parametrize(("text", "name"), [
    ("Rebel forces shelled army positions near Bunia on Tuesday.",
     "Unidentified Armed Group (Democratic Republic of Congo)"),
    ("Pro-Russian separatist forces shelled Ukrainian positions near Marinka on Sunday.",
     "Unidentified Armed Group (Ukraine)"),
])
def test_rebel_forces_without_a_name_are_an_unnamed_armed_group(text: str, name: str) -> None:
    assert actor1(text) == name


@pytest.mark.parametrize(("text", "name"), [
    ("Moscow's forces shelled the outskirts of Kherson overnight.", "Military Forces of Russia"),
    ("Kiev's troops shelled the outskirts of Horlivka overnight.", "Military Forces of Ukraine"),
])
def test_a_capital_s_forces_are_its_state_s(text: str, name: str) -> None:
    assert actor1(text) == name


@pytest.mark.parametrize(("text", "name"), [
    ("African Union troops clashed with al Shabaab militants near Jowhar on Thursday.",
     "AU: African Union"),
    ("NATO forces clashed with rioters near Zvecan on Monday.",
     "NATO: North Atlantic Treaty Organization"),
])
def test_an_international_body_s_forces_are_external(text: str, name: str) -> None:
    event = main_event(text)
    assert event.actor1 is not None
    assert (event.actor1.name, event.actor1.kind) == (name, "external")


@pytest.mark.parametrize(("text", "name"), [
    ("US forces struck a weapons depot near Al Qaim on Monday.",
     "Military Forces of the United States"),
    ("The Israel Defense Forces struck targets in Khan Younis on Tuesday.",
     "Military Forces of Israel"),
    ("The Sudanese Armed Forces bombed positions of the paramilitary in Omdurman on Friday.",
     "Military Forces of Sudan"),
    ("Government forces clashed with rebels near Bunia on Tuesday.",
     "Military Forces of the Democratic Republic of Congo"),
])
def test_a_state_s_forces_stay_the_state_s(text: str, name: str) -> None:
    assert actor1(text) == name


def test_a_person_s_forces_are_not_named_after_the_person_as_a_group() -> None:
    event = main_event("Haftar's forces shelled the outskirts of Tripoli on Sunday.")
    assert event.actor1 is None or event.actor1.kind != "rebel"


@pytest.mark.parametrize(("text", "name"), [
    ("The military forces of Artsakh fired on Azerbaijani positions near Fuzuli overnight.",
     "Military Forces of Azerbaijan"),
    ("The LDR rebel forces fired mortars at government positions near Marinka on Sunday.",
     "Military Forces of Ukraine"),
])
def test_who_holds_the_positions_hit_is_the_party_hit(text: str, name: str) -> None:
    assert actor2(text) == name


@pytest.mark.parametrize("text", [
    "IS fighters fired mortars at an army checkpoint near Hit on Tuesday.",
    "IS militants ambushed a police patrol near Tuz Khurmatu on Monday.",
    "IS attacked an army checkpoint near Hit on Tuesday.",
])
def test_the_islamic_state_s_acronym_names_the_group(text: str) -> None:
    assert actor1(text) == "Islamic State"


@pytest.mark.parametrize("text", [
    "Pro-government forces shelled rebel positions near Bunia on Tuesday.",
    "Pro-Hadi forces clashed with Houthi fighters near Marib on Sunday.",
])
def test_forces_for_a_side_are_not_named_after_it_as_a_group(text: str) -> None:
    event = main_event(text)
    assert event.actor1 is not None and event.actor1.kind == "state"


@pytest.mark.parametrize(("text", "name"), [
    ("Malaysian police forces arrested 40 smugglers in Penang on Monday.",
     "Police Forces of Malaysia"),
    ("Croatian troops clashed with smugglers near Obrovac on Monday.",
     "Military Forces of Croatia"),
])
def test_a_demonym_the_lexicon_does_not_list_is_still_a_country_s(text: str, name: str) -> None:
    assert actor1(text) == name


def test_the_weapon_fired_is_no_party_hit() -> None:
    text = "Militants fired an RPG at an army checkpoint near Hit on Tuesday."
    assert actor2(text) != "RPG"


def test_who_brings_reinforcements_is_the_actor_of_the_move() -> None:
    text = "Turkish forces brought reinforcements to their outposts near Idlib on Friday."
    event = main_event(text)
    assert event.actor1 is not None and event.actor1.name == "Military Forces of Turkey"


def test_the_attacker_s_own_account_of_returning_fire_is_no_clash() -> None:
    text = ("The paramilitary group shelled a hospital in Kadugli on Monday, killing six "
            "patients, a doctors' union said. The group denied targeting the hospital, saying "
            "its fighters had only returned fire at army positions in the town.")
    events = [e for e in all_events(text) if e.code in ("ART_MISS_ATTACK", "ARMED_CLASH")]
    assert [e.code for e in events] == ["ART_MISS_ATTACK"]
    assert events[0].status == "contested"


def test_fire_returned_by_the_side_attacked_still_makes_a_clash() -> None:
    text = ("Gunmen attacked a police checkpoint near Kadugli on Monday. Police returned fire, "
            "killing two of the attackers.")
    assert main_event(text).code == "ARMED_CLASH"


@pytest.mark.parametrize("text", [
    "Western officials will meet mediators in Jeddah next week to discuss a truce.",
    "Foreign troops were deployed near Jeddah on Monday, officials said.",
])
def test_people_of_no_one_country_never_take_the_venue_s_state(text: str) -> None:
    for event in all_events(text):
        assert event.actor1 is None or "Saudi Arabia" not in event.actor1.name


def test_a_speaker_s_own_weapons_are_its_forces() -> None:
    text = ("Ukraine's military said on Wednesday its drones had struck an oil refinery in "
            "Ryazan overnight.")
    assert actor1(text) == "Military Forces of Ukraine"


def test_a_loss_the_other_side_did_not_confirm_is_hedged() -> None:
    text = ("Russian forces captured the village of Pishchane in the Kharkiv region, Russia's "
            "defence ministry said. Ukraine's General Staff did not confirm the loss.")
    event = next(e for e in all_events(text) if e.evidence[0].text == "captured")
    assert [c.stance for c in event.claims] == ["asserts", "hedges"]


def test_a_country_owning_the_base_hit_is_not_where_it_was_hit() -> None:
    event = main_event("Militias fired rockets at a US base in eastern Syria on Monday.")
    assert [p.country_code for p in event.places] == ["SY"]


def test_a_ministry_s_troops_are_the_state_s() -> None:
    event = main_event("Interior Ministry troops clashed with rioters in Tbilisi on Monday.")
    # a riot has the crowd first (ACLED's violent demonstrations), the force it met second
    assert event.actor2 is not None and event.actor2.kind == "state"
