"""War wire reports, an eighth set: talks scheduled and what they are about, a war summed up
so far, an act done "without" fighting, and the parties of a main clause over those of a
relative clause on its victims."""

from __future__ import annotations

import pytest
from test_events_document import events, occurred


def test_talks_set_to_resume_are_planned_and_their_topics_are_no_events() -> None:
    text = ("Talks on a truce and the release of hostages are set to resume in Cairo next week, "
            "an official briefed on the negotiations said.")
    found = [(e.code, e.modality) for e in events(text)]
    assert found == [("DIPLO", "planned")]


def test_negotiators_meeting_to_discuss_a_truce_hold_talks() -> None:
    text = "Negotiators will meet in Cairo next week to discuss a truce and a prisoner swap."
    assert [(e.code, e.modality) for e in events(text)] == [("DIPLO", "planned")]


@pytest.mark.parametrize("text", [
    "Drone strikes have killed dozens of civilians in the region since the conflict began in "
    "2023, according to the U.N. human rights office.",
    "More than a million people have been displaced by the conflict since it began in 2017.",
    "Air strikes have killed more than 900 people in the province during the war, the "
    "health ministry said.",
])
def test_a_war_summed_up_so_far_is_no_event(text: str) -> None:
    assert occurred(text) == []


def test_a_toll_since_a_recent_day_is_an_event() -> None:
    text = "Russian strikes have killed three people in Kharkiv since Monday, the governor said."
    assert [e.code for e in occurred(text)] == ["AIR_STRIKE"]


def test_a_town_entered_without_fighting_tells_no_fight() -> None:
    text = ('"The soldiers left in the morning and the militia entered without much fighting," '
            "a resident said.")
    assert all(e.code not in ("MOB_VIOL", "ARMED_CLASH") for e in occurred(text))


def test_the_main_clause_names_the_parties_not_a_relative_clause_on_the_victims() -> None:
    text = ("Israeli troops killed two Palestinian gunmen who opened fire at soldiers near the "
            "city of Tubas in the occupied West Bank, the military said.")
    found = occurred(text)
    assert len(found) == 1
    assert found[0].actor1 is not None and found[0].actor1.name == "Military Forces of Israel"
    assert found[0].actor2 is not None
    assert found[0].actor2.name == "Unidentified Armed Group (Palestine)"


def test_a_claim_of_the_attack_names_the_attack_told_before_not_a_later_operation() -> None:
    text = ("Insurgents behead villagers in northern Mozambique\n\n"
            "MAPUTO, Nov 2 (Wire) - Islamist insurgents beheaded at least five people in an "
            "attack on a village in Cabo Delgado province on Wednesday, a local official said.\n\n"
            "Rwandan troops launched an operation to pursue the attackers, according to a "
            "military source.\n\n"
            "Islamic State claimed the attack on its Amaq news agency, saying its fighters had "
            "killed Christians.")
    found = occurred(text)
    attacks = [e for e in found if e.code == "ATTACK" and e.fatalities == 5]
    assert len(attacks) == 1 and attacks[0].actor1 is not None
    assert attacks[0].actor1.name == "Islamic State"
    assert all(e.actor1 is None or e.actor1.name != "Military Forces of Rwanda"
               or not e.claims or all(c.claimant != "Islamic State" for c in e.claims)
               for e in found)


def test_a_headline_the_parser_would_cut_is_one_sentence() -> None:
    text = ("Insurgents behead villagers in northern Mozambique\n\n"
            "MAPUTO, Nov 2 (Wire) - Islamist insurgents beheaded at least five people in a "
            "village in Cabo Delgado province on Wednesday, a local official said.")
    assert len([e for e in occurred(text) if e.code == "ATTACK"]) == 1


def test_what_a_sides_strikes_target_in_general_is_no_event() -> None:
    text = ("Drones struck a fuel depot in Bryansk overnight, the governor said. Ukraine says "
            "its strikes target military and energy infrastructure that supports the war.")
    assert [e.code for e in occurred(text)] == ["AIR_STRIKE"]


def test_a_man_who_opens_fire_is_an_unidentified_armed_group() -> None:
    found = occurred("A man opened fire at a shopping center in suburban Dayton on Saturday, "
                     "killing two people, police said.")
    assert found and found[0].actor1 is not None
    assert found[0].actor1.name == "Unidentified Armed Group (United States)"


def test_a_crowd_police_fired_at_is_the_demonstrations_first_party() -> None:
    text = ("Police fired tear gas and live rounds at protesters who stormed parliament in "
            "Kampala on Tuesday, killing at least five people.")
    found = [e for e in occurred(text) if e.code in ("VIOL_DEMONSTR", "PROTEST_WITH_INTER")]
    assert found and found[0].actor1 is not None and found[0].actor1.kind in (
        "rioters", "protesters")
    assert found[0].actor2 is not None and found[0].actor2.name == "Police Forces of Uganda"


def test_a_minister_of_no_named_country_speaks_for_the_reports() -> None:
    text = ("Seven soldiers were killed when their base in Arauca province was attacked with a "
            "truck bomb on Tuesday, the army said.\n\n"
            "Defense Minister Pedro Ramos blamed the National Liberation Army for the attack.")
    blame = next(e for e in occurred(text) if e.code == "ATTRIB")
    assert blame.actor1 is not None and blame.actor1.name == "Government of Colombia"


def test_tyres_burnt_after_a_marchs_purpose_were_burnt() -> None:
    text = ("Hundreds of residents marched through Jacmel on Saturday to demand security, "
            "burning tyres and blocking roads.")
    found = events(text)
    assert found and {e.modality for e in found} == {"occurred"}
    assert "VIOL_DEMONSTR" in {e.code for e in found}


def test_a_country_that_speaks_is_no_place_of_what_it_speaks_of() -> None:
    text = ("Drones struck a fuel depot in Bryansk overnight, the governor said. The Kremlin "
            "accused Kyiv of terrorist attacks on civilians, a charge Ukraine rejects.")
    assert all(p.country_code != "UA" for e in occurred(text) for p in e.places)


def test_a_partys_account_of_its_own_act_after_a_strike_tells_of_that_strike() -> None:
    text = ("An Israeli air strike on a school sheltering displaced families in Deir al-Balah "
            "killed at least 12 people on Saturday, health officials said. The Israeli military "
            "said it had targeted Hamas militants operating from a command centre inside the "
            "school.")
    found = occurred(text)
    assert [e.code for e in found] == ["AIR_STRIKE"]
    assert found[0].fatalities == 12


def test_air_defences_named_by_role_are_the_states_where_the_drones_fell() -> None:
    text = "\n\n".join([
        "Russian missiles hit Odesa port, Ukraine strikes refinery in Bryansk region",
        "A Russian guided bomb hit a residential building in the city of Zaporizhzhia, "
        "injuring 11 people, including three children, regional governor Ivan Fedorov said.",
        "In Russia, Ukrainian drones attacked an oil refinery in the Bryansk region, causing a "
        "fire, according to Ukrainian military sources. Bryansk governor Alexander Bogomaz wrote "
        "on Telegram that air defences had destroyed 23 drones over the region and that there "
        "were no casualties, but did not mention the refinery."])
    downed = [e for e in events(text, "2024-11-18") if e.code == "DISR_WEAP"]
    assert downed and all(e.actor1 is None or e.actor1.name == "Military Forces of Russia"
                          for e in downed)


def test_a_town_an_account_adds_inside_the_events_region_goes_first() -> None:
    text = ("An Israeli air strike on a school sheltering displaced families in the central "
            "Gaza Strip killed at least 22 people on Saturday, health officials said. The "
            "Israeli military said it had targeted militants operating from a command centre "
            "inside the school in Nuseirat.")
    found = occurred(text)
    assert [e.code for e in found] == ["AIR_STRIKE"]
    assert found[0].places[0].text == "Nuseirat"


def test_what_a_speaker_calls_the_event_is_no_event_of_its_own() -> None:
    text = ("Air defences destroyed 11 drones heading for the capital overnight, the mayor said "
            "on Telegram, in what he called one of the largest attempts to attack the city.")
    assert [e.code for e in occurred(text)] == ["DISR_WEAP"]


def test_what_a_speaker_calls_the_only_event_is_that_event() -> None:
    text = "Five people died in what police called a terrorist attack on a bus in Kano."
    assert occurred(text) != []


def test_forces_described_as_fighting_somewhere_fight_no_battle_here() -> None:
    text = ("A military intelligence source said the depot supplied fuel to Russian forces "
            "fighting in Ukraine.")
    assert [e for e in occurred(text) if e.code == "ARMED_CLASH"] == []
