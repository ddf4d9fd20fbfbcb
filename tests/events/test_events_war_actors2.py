"""Who did it in war reporting, continued: a group named with its patron ("the al Qaeda-linked
group X", "Iran-backed militias"), settlers, the militias of ethnic communities, debris of a
weapon brought down (no party, and one event with the strike), and actor names in ACLED's
spelling of countries."""

from __future__ import annotations

import pytest
from test_events_document import occurred
from test_events_war_actors import actor1, main_event

# --- patrons ---------------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "name"), [
    ("The al Qaeda-linked group JNIM ambushed a gendarmerie convoy near Dori on Friday, "
     "killing seven gendarmes.", "JNIM: Jama'a Nusrat al-Islam wal-Muslimin"),
    ("JNIM, an al Qaeda affiliate, attacked an army base near Boulsa on Sunday, killing 12 "
     "soldiers.", "JNIM: Jama'a Nusrat al-Islam wal-Muslimin"),
    ("An Islamic State offshoot, ISWAP, stormed a military base in Yobe state on Thursday, "
     "killing four soldiers.", "Islamic State (West Africa)"),
    ("The Islamic State-affiliated ADF killed 14 villagers in Ituri province on Monday.",
     "ADF: Allied Democratic Forces"),
    ("Hamas-allied Islamic Jihad fighters fired rockets at Sderot on Tuesday.",
     "Palestinian Islamic Jihad"),
])
def test_the_group_named_is_the_actor_not_its_patron(text: str, name: str) -> None:
    assert actor1(text) == name


def test_a_claim_by_a_group_named_with_its_patron_is_the_group_s() -> None:
    text = ("The al Qaeda-linked group JNIM claimed responsibility for an attack on a "
            "gendarmerie post near Dori on Friday.")
    found = occurred(text)
    assert {e.code for e in found} >= {"ATTRIB"}
    assert all(e.actor1 is not None and e.actor1.name.startswith("JNIM") for e in found)


@pytest.mark.parametrize(("text", "not_name"), [
    ("Army-aligned militias burned homes and killed 11 people in a village in West Darfur "
     "on Saturday.", "Military Forces of Sudan"),
    ("Army-aligned militias burned homes and killed 11 people in a village in West Darfur "
     "on Saturday.", "Army"),
    ("Government-backed militiamen killed 20 villagers in North Darfur on Wednesday.",
     "Military Forces of Sudan"),
    ("Russian-backed forces shelled the town of Kurakhove in the Donetsk region on Friday.",
     "Military Forces of Ukraine"),
])
def test_a_backer_is_never_the_actor(text: str, not_name: str) -> None:
    name = actor1(text)
    assert name is not None
    assert name != not_name


def test_a_militia_backed_by_a_state_is_an_armed_group_of_the_place() -> None:
    text = "Army-aligned militias burned homes and killed 11 people in West Darfur on Saturday."
    assert actor1(text) == "Unidentified Armed Group (Sudan)"


def test_a_backer_gives_no_country() -> None:
    text = "Iran-backed militiamen fired rockets at a convoy near Mosul, Iraq, on Tuesday."
    name = actor1(text)
    assert name is not None and "Iran" not in name


def test_a_state_s_own_forces_backed_by_another_stay_the_state_s() -> None:
    text = "Saudi-backed government forces clashed with Houthi fighters near Marib on Saturday."
    assert actor1(text) == "Military Forces of Yemen"


def test_a_network_with_no_other_name_is_the_actor() -> None:
    text = ("Islamic State-linked militants attacked a church in Cabo Delgado province on "
            "Sunday, killing five people.")
    assert actor1(text) == "Islamic State"


# --- settlers --------------------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "Israeli settlers torched cars and a barn in the village of Sinjil overnight, the "
    "Palestinian health ministry said.",
    "Jewish settlers threw stones at Palestinian homes near Nablus on Saturday, residents said.",
    "Armed settlers opened fire on farmers near Hebron on Sunday, wounding two men.",
])
def test_settlers_are_settlers_of_israel(text: str) -> None:
    event = main_event(text)
    assert event.actor1 is not None
    assert event.actor1.name == "Settlers (Israel)"
    assert event.actor1.country == "IL"


# --- community militias ----------------------------------------------------------------------


@pytest.mark.parametrize(("text", "name"), [
    ("Fulani militiamen raided a farming settlement in Plateau state, Nigeria, on "
     "Saturday, killing 12 people.", "Fulani Ethnic Militia (Nigeria)"),
    ("Tiv militias attacked three villages in Taraba state, Nigeria, killing nine residents.",
     "Tiv Ethnic Militia (Nigeria)"),
    ("Rizeigat and Misseriya communal militias clashed near Nyala in South Darfur on Sunday, "
     "leaving 20 dead.", "Rizeigat Ethnic Militia (Sudan)"),
    ("Murle raiders attacked a cattle camp in Jonglei state, South Sudan, killing three "
     "herders.", "Murle Ethnic Militia (South Sudan)"),
])
def test_armed_men_of_a_community_are_its_militia(text: str, name: str) -> None:
    assert actor1(text) == name


def test_people_of_a_community_hit_are_civilians() -> None:
    event = main_event("Gunmen killed two Fulani herders near Makurdi in Benue state, Nigeria, "
                       "on Monday.")
    assert event.actor1 is not None and "Fulani" not in event.actor1.name
    assert event.actor2 is not None and event.actor2.name == "Civilians (Nigeria)"


# --- debris ----------------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "code"), [
    ("Debris from a downed drone damaged a gas pipeline in the Kharkiv region, the regional "
     "governor said.", "AIR_STRIKE"),
    ("Falling wreckage of an intercepted missile set fire to a warehouse in Kyiv on Monday, "
     "the mayor said.", "ART_MISS_ATTACK"),
    ("Air defences intercepted the drone over Dnipro, but its debris hit a residential "
     "building, injuring a woman.", "AIR_STRIKE"),
    ("Debris from a drone shot down over the city fell on a kindergarten in Odesa, damaging "
     "its roof.", "AIR_STRIKE"),
])
def test_damage_by_debris_is_one_strike(text: str, code: str) -> None:
    found = occurred(text)
    assert [e.code for e in found] == [code]


def test_debris_is_no_party() -> None:
    text = ("Russia launched 48 drones at Ukraine overnight, the Ukrainian air force said.\n\n"
            "Debris from a downed drone damaged a power line in the Sumy region, the regional "
            "administration said.\n\n"
            "Fragments of a drone shot down by air defences injured two people in Kharkiv, the "
            "governor said.")
    for event in occurred(text):
        assert event.actor1 is None or event.actor1.name not in (
            "Debris", "Fragments", "Military Forces of Ukraine"), event


def test_debris_of_a_weapon_takes_the_weapon_s_nation() -> None:
    text = ("Debris from a Russian drone fell on a kindergarten in Odesa overnight, damaging its "
            "roof.")
    assert actor1(text) == "Military Forces of Russia"


def test_an_interception_without_debris_stays_a_disrupted_weapon_use() -> None:
    found = occurred("Air defences shot down 25 drones over the Odesa region overnight.")
    assert [e.code for e in found] == ["DISR_WEAP"]


# --- countries in actor names ----------------------------------------------------------------


@pytest.mark.parametrize(("text", "name"), [
    ("Thousands of students marched through Belgrade, Serbia, demanding new elections on Friday.",
     "Protesters (Serbia)"),
    ("Hundreds of farmers protested in Asuncion, Paraguay, against new land taxes on Monday.",
     "Protesters (Paraguay)"),
    ("Soldiers of the Philippine army clashed with NPA rebels in Samar province on Monday.",
     "Military Forces of the Philippines"),
    ("Congolese troops clashed with M23 rebels near Goma on Tuesday.",
     "Military Forces of the Democratic Republic of Congo"),
])
def test_actor_names_spell_countries_as_acled_does(text: str, name: str) -> None:
    assert actor1(text) == name


def test_the_crowd_of_a_violent_demonstration_is_rioters() -> None:
    event = main_event("Protesters burned tyres and threw stones at police in Novi Sad, Serbia, "
                       "on Saturday.")
    assert event.code == "VIOL_DEMONSTR"
    assert event.actor1 is not None and event.actor1.name == "Rioters (Serbia)"


def test_protesters_found_violent_later_are_rioters() -> None:
    text = ("Hundreds of protesters gathered in the centre of Tunis on Monday to denounce rising "
            "prices. They burned tyres and threw stones at the police.")
    event = main_event(text)
    assert event.code == "VIOL_DEMONSTR"
    assert event.actor1 is not None and event.actor1.name == "Rioters (Tunisia)"


# --- who used the weapon ---------------------------------------------------------------------


@pytest.mark.parametrize(("text", "name"), [
    ("A roadside bomb planted by the Taliban destroyed an army truck in Helmand province on "
     "Tuesday, killing four soldiers.", "Taliban"),
    ("Rockets fired by Hezbollah hit a kibbutz in northern Israel on Friday, wounding two "
     "people.", "Hezbollah"),
    ("Two soldiers were shot and killed on Wednesday by Taliban fighters in Herat province.",
     "Taliban"),
    ("On Saturday a businessman in Chimoio was abducted by armed people.",
     "Unidentified Armed Group (Mozambique)"),
])
def test_the_party_named_on_the_weapon_or_the_joined_verb_struck(text: str, name: str) -> None:
    assert actor1(text) == name
