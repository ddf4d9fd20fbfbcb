"""Events told apart in one sentence (two doers, two places), one event told in several words
(the doer named at one word, the party hit at another), and weapons that name who fired them
or how the strike came."""

from __future__ import annotations

import pytest
from test_events_document import occurred
from test_events_war_actors import actor1, main_event

# --- two events in one sentence --------------------------------------------------------------


def test_two_sides_striking_two_places_in_one_sentence_are_two_events() -> None:
    text = ("Russian drones struck Kharkiv overnight, while Ukrainian drones hit an oil depot "
            "in Belgorod.")
    found = occurred(text)
    assert len(found) == 2
    by_place = {e.places[0].text: e for e in found}
    assert by_place["Kharkiv"].actor1 is not None
    assert by_place["Kharkiv"].actor1.name == "Military Forces of Russia"
    assert by_place["Kharkiv"].target is None  # the depot is the other strike's
    assert by_place["Belgorod"].actor1 is not None
    assert by_place["Belgorod"].actor1.name == "Military Forces of Ukraine"
    assert by_place["Belgorod"].target is not None


def test_a_second_subject_the_parser_joined_to_a_place_acts_in_its_own_clause() -> None:
    text = "Insurgents raided an army post in Mopti and soldiers shelled a hamlet near Gao."
    found = occurred(text)
    shelling = [e for e in found if e.code == "ART_MISS_ATTACK"]
    assert len(found) == 2 and shelling
    assert shelling[0].actor1 is not None
    assert shelling[0].actor1.name == "Military Forces of Mali"
    assert [p.text for p in shelling[0].places] == ["Gao"]


def test_each_of_two_strikes_is_typed_by_its_own_weapon() -> None:
    text = ("Russian glide bombs hit Kherson on Monday, while Ukrainian drones struck a refinery "
            "in Saratov.")
    codes = {e.places[0].text: e.code for e in occurred(text) if e.places}
    assert codes == {"Kherson": "AIR_STRIKE", "Saratov": "AIR_STRIKE"}


@pytest.mark.parametrize("text", [
    "Gunmen stormed a village in Zamfara state and killed six farmers.",
    "Militants attacked a police post in Mopti and soldiers fought back.",
    "Rebels ambushed an army convoy near Goma, and they killed four soldiers.",
])
def test_one_event_told_with_two_verbs_stays_one(text: str) -> None:
    assert len(occurred(text)) == 1


# --- the doer and the party hit at the words folded into an event ----------------------------


def test_the_doer_named_at_another_word_of_the_event_is_kept() -> None:
    text = ("Yemen's Houthi rebels fired two missiles at a bulk carrier on Sunday, the navy "
            "said, adding that one missile struck the vessel.")
    assert actor1(text) == "Houthi Movement (Ansar Allah)"


def test_the_party_hit_named_at_the_outcome_word_is_kept() -> None:
    text = "Russian forces struck Sumy with missiles overnight, killing three people."
    event = main_event(text)
    assert event.actor2 is not None and event.actor2.name == "Civilians (Ukraine)"


def test_who_stopped_a_weapon_is_not_who_fired_it() -> None:
    text = "Fragments of a drone shot down by air defences injured a man in Kherson."
    assert actor1(text) != "Military Forces of Ukraine"


# --- weapons ---------------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "name"), [
    ("British warplanes carried out air strikes on Houthi positions near Saada.",
     "Military Forces of the United Kingdom"),
    ("Russian drones carried out strikes on Odesa overnight.", "Military Forces of Russia"),
    ("U.S. and British warplanes struck Houthi radar sites near Hodeidah.",
     "Military Forces of the United States"),
])
def test_the_nation_of_aircraft_carrying_out_strikes_is_the_doer(text: str, name: str) -> None:
    assert actor1(text) == name


def test_a_weapon_read_as_a_name_is_no_party() -> None:
    assert actor1("Warplanes struck Houthi positions near Saada.") != "Warplanes"


@pytest.mark.parametrize("text", [
    "Russian forces struck Kharkiv with guided aerial bombs, wounding nine people.",
    "Glide bombs hit an industrial plant in Zaporizhzhia on Monday.",
    "Government helicopters dropped barrel bombs on the town of Daraya.",
])
def test_bombs_only_aircraft_drop_are_air_strikes(text: str) -> None:
    assert main_event(text).code == "AIR_STRIKE"


def test_a_planted_bomb_is_still_a_remote_explosive() -> None:
    assert main_event("A bomb exploded in a market in Kano, killing four people.").code == \
        "REM_EXPLOS"


# --- unnamed rebels and gangs ----------------------------------------------------------------


@pytest.mark.parametrize(("text", "name"), [
    ("Rebels attacked an army post near Mopti on Sunday, killing three soldiers.",
     "Unidentified Armed Group (Mali)"),
    ("Separatists fired on a gendarmerie patrol in Bamenda, Cameroon, on Friday.",
     "Unidentified Armed Group (Cameroon)"),
    ("Gang members shot dead two police officers in Guanajuato on Monday.",
     "Unidentified Gang (Mexico)"),
    ("A gang attacked a bus in Port-au-Prince, killing three passengers.",
     "Unidentified Gang (Haiti)"),
])
def test_unnamed_rebels_and_gangs(text: str, name: str) -> None:
    assert actor1(text) == name


@pytest.mark.parametrize(("text", "code"), [
    ("Insurgents raided an army post near Menaka on Thursday.", "ARMED_CLASH"),
    ("Gunmen raided a village in Katsina state overnight.", "ATTACK"),
])
def test_a_raid_with_nothing_seized_is_an_attack(text: str, code: str) -> None:
    assert main_event(text).code == code


# --- raids, habits and the day a source spoke -----------------------------------------------


@pytest.mark.parametrize(("text", "code"), [
    ("Soldiers raided a displacement camp near Kidal on Sunday and detained nine men.",
     "ARREST"),
    ("Police raided and vandalised the offices of an opposition party in Kenema on Monday.",
     "PROPERTY_DISTRUCT"),
    ("Intelligence officers raided the market district of Douma on Friday. Fourteen young "
     "men were arrested.", "ARREST"),
])
def test_a_raid_told_with_what_it_was_made_for_is_that_event(text: str, code: str) -> None:
    assert [e.code for e in occurred(text)][:1] == [code]


def test_a_habit_told_in_the_present_is_no_event() -> None:
    text = ("Drones struck a school in Idlib on Monday, rescuers said.\n\n"
            "The government has long said its air force only targets militants.")
    assert [e.code for e in occurred(text)] == ["AIR_STRIKE"]


def test_the_day_a_source_spoke_gives_way_to_the_event_s_own_day() -> None:
    text = ("An army air strike on a village in Magway region killed 11 civilians, a local "
            "resistance group said on Tuesday.\n\n"
            "A jet dropped two bombs on the village school on Sunday afternoon, a member of the "
            "group told Wire.")
    found = occurred(text)
    assert len(found) == 1
    assert found[0].date == "2024-05-19"  # Sunday, not the Tuesday of the statement


def test_an_acronym_of_a_bomb_is_the_bomb_not_its_planter() -> None:
    text = ("Twin RCIED explosions targeted an army convoy near Afgooye on Tuesday. Al Shabaab "
            "fighters claimed the attack.")
    event = main_event(text)
    assert event.code == "REM_EXPLOS"
    assert event.actor1 is None or event.actor1.name == "Al Shabaab"
