"""Typing rules that read a later sentence (small arms at the shelled place, arson by armed men
who then hurt people, remnants of old wars) and the sentence rules added with them, on
hand-written reports through the real pipeline."""

from __future__ import annotations

import pytest

from eventwire.pipeline import extract
from eventwire.records import Event


def top(text: str) -> Event:
    events = [e for e in extract(text, published="2022-03-10").events if e.modality == "occurred"]
    assert events, text
    return max(events, key=lambda e: e.confidence)


def codes(text: str) -> set[str]:
    return {e.code for e in extract(text, published="2022-03-10").events
            if e.modality == "occurred"}


def test_shelling_with_small_arms_at_the_same_place_is_a_clash() -> None:
    text = ("On 9 March 2022, separatist forces fired 82mm mortars at army positions near "
            "Pisky. Monitors recorded 14 shots from small arms near Pisky.")
    assert top(text).code == "ARMED_CLASH"


def test_shelling_with_small_arms_elsewhere_stays_shelling() -> None:
    text = ("On 9 March 2022, separatist forces fired 82mm mortars at army positions near "
            "Pisky. Monitors recorded 14 shots from small arms near Avdiivka.")
    assert top(text).code == "ART_MISS_ATTACK"


def test_anti_aircraft_guns_fired_at_positions_are_shelling() -> None:
    text = "On 9 March 2022, army units fired anti-aircraft guns at rebel positions near Pisky."
    assert top(text).code == "ART_MISS_ATTACK"


def test_arson_by_armed_men_who_shoot_a_driver_is_an_attack() -> None:
    text = ("On 9 March 2022, four trucks of a timber firm were set on fire by a group of armed "
            "men near Temuco. The attackers held the drivers at gunpoint. One driver was "
            "wounded by a gunshot.")
    assert top(text).code == "ATTACK"


def test_arson_by_armed_men_with_nobody_hurt_is_property_destruction() -> None:
    text = ("On 9 March 2022, four trucks of a timber firm were set on fire by a group of armed "
            "men near Temuco. The attackers threatened the drivers. No people were reported "
            "injured.")
    assert top(text).code == "PROPERTY_DISTRUCT"


def test_landmine_from_an_old_war_is_a_remnant() -> None:
    text = ("On 9 March 2022, a farmer was injured by a landmine, laid during the civil war, "
            "near Battambang.")
    assert top(text).code == "OTHER"


def test_landmine_of_the_current_fighting_is_an_explosion() -> None:
    text = "On 9 March 2022, a farmer was injured by a landmine planted by rebels near Mopti."
    assert top(text).code == "REM_EXPLOS"


def test_soldiers_abducted_is_a_battle() -> None:
    text = "On 9 March 2022, gunmen abducted three soldiers at a checkpoint near Zamfara."
    assert top(text).code == "ARMED_CLASH"


def test_civilians_abducted_stay_abduction() -> None:
    text = "On 9 March 2022, gunmen abducted three traders at a market near Zamfara."
    assert top(text).code == "ABDUCT_DISSAP"


def test_suspect_of_kidnapping_beaten_by_locals_is_mob_violence() -> None:
    text = "On 9 March 2022, a man suspected of kidnapping a girl was beaten up by locals in Lima."
    assert top(text).code == "MOB_VIOL"


def test_burnt_body_is_an_attack() -> None:
    text = ("On 9 March 2022, a man was found dead on a road near Celaya. "
            "His body was burned.")
    assert "PROPERTY_DISTRUCT" not in codes(text)


def test_arson_at_a_chemical_plant_is_no_chemical_weapon() -> None:
    text = "On 9 March 2022, an anarchist cell carried out an arson attack on a chemical plant."
    assert "CHEM_WEAP" not in codes(text)


@pytest.mark.parametrize(
    "text",
    [
        "On 9 March 2022, fighting between the army and the rebels forced 300 villagers to "
        "flee their homes near Hpapun.",
        "On 9 March 2022, around 400 residents were displaced following a clash between the "
        "army and rebels near Bindoy.",
    ],
)
def test_displacement_caused_by_fighting_is_the_event(text: str) -> None:
    assert top(text).code == "OTHER"


def test_protest_attacked_by_others_is_no_violent_demonstration() -> None:
    text = ("On 9 March 2022, nurses gathered in front of the ministry to protest against "
            "unpaid wages. The protesters were attacked by supporters of the mayor.")
    assert top(text).code in ("PROTEST_WITH_INTER", "PEACE_PROTEST")


def test_villages_torched_by_rebels_are_no_demonstration() -> None:
    text = ("On 9 March 2022, several villages were torched during fighting involving rebels "
            "against government forces near Yei.")
    assert top(text).code != "VIOL_DEMONSTR"


def test_encounter_with_militants_is_a_clash() -> None:
    text = ("On 9 March 2022, security forces had an encounter with militants in Shopian "
            "district, in which two militants were killed.")
    assert top(text).code == "ARMED_CLASH"


def test_foreign_nationals_assaulting_police_are_a_mob() -> None:
    text = ("On 9 March 2022, around 50 foreign nationals assaulted border police personnel "
            "near the crossing.")
    assert top(text).code == "MOB_VIOL"


def test_warning_shots_into_the_air_hit_nobody() -> None:
    text = "On 9 March 2022, border guards fired 30 shots into the air on two occasions near Kipi."
    assert top(text).code == "OTHER"


def test_gunfire_at_a_house_is_no_property_destruction() -> None:
    text = "On 9 March 2022, four unidentified men opened fire outside the house of a councillor."
    assert "PROPERTY_DISTRUCT" not in codes(text)


def test_militants_burning_a_school_destroy_property() -> None:
    text = "On 9 March 2022, militants attacked and burned a school in Logobou."
    assert top(text).code == "PROPERTY_DISTRUCT"


def test_militants_burning_homes_in_a_village_attack_it() -> None:
    text = ("On 9 March 2022, suspected militiamen attacked the village of Bamba and burnt "
            "down several homes.")
    assert top(text).code in ("ATTACK", "ARMED_CLASH")


def test_group_of_people_that_attacked_police_is_a_mob() -> None:
    text = ("On 9 March 2022, a video showed a group of people that attacked two police "
            "officers with sticks and stones in Toluca.")
    assert top(text).code == "MOB_VIOL"


def test_party_members_beating_monitors_are_a_mob() -> None:
    text = "On 9 March 2022, opposition UDF party members beat two election monitors in Zomba."
    assert top(text).code == "MOB_VIOL"


def test_violent_demonstration_dispersed_with_tear_gas_is_violent() -> None:
    text = ("On 9 March 2022, police used tear gas to disperse violent demonstrations by "
            "inmates in Cotonou.")
    assert top(text).code == "VIOL_DEMONSTR"


def test_tank_destroyed_is_no_weapon_used() -> None:
    text = ("On 9 March 2022, militants attacked an army convoy, destroying a tank, in "
            "Baghlan province.")
    assert top(text).code == "ARMED_CLASH"


def test_grenade_carried_by_a_militant_shot_by_police_is_no_grenade_attack() -> None:
    text = ("On 9 March 2022, police shot and killed a militant who was armed with a hand "
            "grenade at a checkpoint in Mogadishu.")
    assert top(text).code != "GRENADE"


def test_anti_aircraft_fire_at_a_plane_is_shelling() -> None:
    text = "On 9 March 2022, a rebel antiaircraft unit targeted an army plane in Farah province."
    assert top(text).code == "ART_MISS_ATTACK"


def test_arrests_after_an_attack_on_police_are_its_sequel() -> None:
    text = ("On 9 March 2022, 12 people were arrested after they attacked police officers with "
            "sticks and stones in Cali.")
    assert top(text).code == "MOB_VIOL"


def test_one_man_with_a_knife_is_no_riot() -> None:
    text = "On 9 March 2022, a man attacked a police officer with a knife in Pune."
    assert top(text).code != "MOB_VIOL"


def test_deployment_amid_recent_fighting_is_the_event() -> None:
    text = ("On 9 March 2022, government forces deployed to the entrances of the town in the "
            "context of recent fighting between two militias.")
    assert top(text).code == "CHANGE_TO_GROUP_ACT"


def test_group_throwing_molotov_cocktails_at_cars_is_a_mob() -> None:
    text = ("On 9 March 2022, a group of people threw molotov cocktails at a parking lot, "
            "setting several cars on fire.")
    assert top(text).code == "MOB_VIOL"


@pytest.mark.parametrize(
    "text",
    [
        "On 9 March 2022, residents protested against a new highway in Batumi. The "
        "protesters claimed that their houses are damaged by the construction works.",
        "On 9 March 2022, police used force against residents protesting in Srinagar over "
        "water shortages. Several people were reported injured.",
    ],
)
def test_harm_suffered_or_claimed_makes_no_violent_demonstration(text: str) -> None:
    assert top(text).code != "VIOL_DEMONSTR"


def test_protesters_answering_with_rocks_riot() -> None:
    text = ("On 9 March 2022, students blocked the railway in Morelia. The police used tear "
            "gas to lift the blockade and the students responded with rocks and sticks.")
    assert top(text).code == "VIOL_DEMONSTR"


def test_bomb_found_and_defused_later_is_disrupted() -> None:
    text = ("On 9 March 2022, an IED was found on a roadside near Yala. The explosive was later "
            "safely defused by the bomb squad.")
    assert top(text).code == "DISR_WEAP"


def test_bomb_that_exploded_and_another_defused_stays_an_explosion() -> None:
    text = ("On 9 March 2022, an IED exploded near a school in Yala, wounding two soldiers. A "
            "second device was defused by the bomb squad.")
    assert top(text).code == "REM_EXPLOS"


def test_stoning_by_gang_members_is_an_attack() -> None:
    text = ("On 9 March 2022, a shopkeeper was stoned and stabbed to death in Puebla by "
            "members of a local gang.")
    assert top(text).code == "ATTACK"


def test_past_action_joined_to_an_arrest_is_no_plan() -> None:
    text = ("On 9 March 2022, police prevented and detained seven people who gathered in Ankara "
            "to mark Workers' Day despite the curfew.")
    assert any(e.code in ("ARREST", "PROTEST_WITH_INTER")
               for e in extract(text, published="2022-03-10").events
               if e.modality == "occurred")


def test_report_told_before_its_source_occurred() -> None:
    text = ("On 9 March 2022, nurses protested in Haifa against unpaid overtime, the union also "
            "called for a national strike.")
    assert any(e.code == "PEACE_PROTEST" and e.modality == "occurred"
               for e in extract(text, published="2022-03-10").events)


def test_who_the_protesters_may_be_leaves_the_protest_occurred() -> None:
    text = ("On 9 March 2022, about 40 students occupied a toll booth near Chilpancingo for an "
            "hour. The protesters could be members of a student movement.")
    assert any(e.code == "PEACE_PROTEST" and e.modality == "occurred"
               for e in extract(text, published="2022-03-10").events)


def test_people_named_by_nation_throwing_molotovs_are_a_mob() -> None:
    text = ("On 9 March 2022, Palestinians hurled molotov cocktails at a military jeep near "
            "Hebron.")
    assert top(text).code == "MOB_VIOL"


def test_workers_dispersed_by_police_met_an_intervention() -> None:
    text = ("On 9 March 2022, sanitation workers drove their trucks in a convoy through the "
            "city centre. The workers were stopped and dispersed by the police.")
    assert top(text).code == "PROTEST_WITH_INTER"
