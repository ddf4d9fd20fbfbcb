"""Typing rules: protesters' violence over deadly force, territory taken only by armed forces,
the subject of joined verbs, and verbs joined to a past one.

All sentences are written for these tests.
"""

from __future__ import annotations

import pytest

from eventwire import extract
from eventwire.records import Event


def events(text: str) -> list[Event]:
    return list(extract(text, published="2021-06-08").events)


def top_code(text: str) -> str:
    occurred = [e for e in events(text) if e.modality == "occurred"]
    return max(occurred, key=lambda e: e.confidence).code if occurred else "NONE"


def test_deadly_force_against_protesters_who_barricade_roads_is_a_violent_demonstration() -> None:
    text = (
        "On 4 June 2021, police fired live rounds as they dispersed hundreds of "
        "demonstrators who were barricading the main roads in Kindia, killing one protester."
    )
    assert top_code(text) == "VIOL_DEMONSTR"


def test_deadly_force_against_a_peaceful_protest_stays_excessive_force() -> None:
    text = (
        "On 4 June 2021, hundreds of teachers protested peacefully in Labe over unpaid "
        "salaries. Police opened fire with live ammunition and killed two protesters."
    )
    assert top_code(text) == "FORCE_AGAINST_PROTEST"


@pytest.mark.parametrize(
    "text",
    [
        "On 5 June 2021, inmates took control of the prison yard in Trujillo during a riot over "
        "food rations.",
        "On 5 June 2021, angry residents took over the town hall of Ayaviri to demand water.",
    ],
)
def test_people_who_are_no_armed_force_take_no_territory(text: str) -> None:
    codes = {e.code for e in events(text)}
    assert not codes & {"GOV_REGAINS_TERIT", "NON_STATE_ACTOR_OVERTAKES_TER"}


def test_soldiers_still_take_territory() -> None:
    text = (
        "On 5 June 2021, soldiers took control of the village of Tessit after fighting jihadists."
    )
    assert top_code(text) == "GOV_REGAINS_TERIT"


def test_the_first_verbs_subject_did_every_joined_act() -> None:
    text = (
        "On 6 June 2021, a group of residents caught a suspected thief, tied him to a pole "
        "and beat him in Huancayo."
    )
    assert top_code(text) == "MOB_VIOL"


def test_a_past_verb_joined_to_a_naming_verb_is_no_call_for_it() -> None:
    text = (
        "On 2 May 2021, two factions of the Raia militia, called Alpha and Bravo, clashed "
        "in Kalehe."
    )
    clashes = [e for e in events(text) if e.code == "ARMED_CLASH"]
    assert clashes and all(e.modality == "occurred" for e in clashes)


@pytest.mark.parametrize(
    "text",
    [
        "On 9 June 2021, Israeli Settlers beat and attacked a Palestinian farmer near Hebron.",
        "On 9 June 2021, Jewish Settlers beat a Palestinian shepherd near the village of Tuwani.",
    ],
)
def test_a_crowd_word_tagged_as_a_name_is_still_a_crowd(text: str) -> None:
    assert top_code(text) == "MOB_VIOL"


def test_the_agent_of_the_last_joined_passive_verb_did_them_all() -> None:
    text = (
        "On 10 June 2021, a suspected thief was caught, stripped, beaten up and filmed by "
        "residents in Arequipa."
    )
    assert top_code(text) == "MOB_VIOL"


@pytest.mark.parametrize(
    "text",
    [
        "On 11 June 2021, customs officers seized 40,000 litres of smuggled fuel at a depot in "
        "Zawiya.",
        "On 11 June 2021, soldiers seized food stocks hidden by the rebels near Kamango.",
    ],
)
def test_goods_seized_by_force_are_property_taken(text: str) -> None:
    assert top_code(text) == "PROPERTY_DISTRUCT"


def test_a_new_base_established_is_a_headquarters() -> None:
    text = "On 12 June 2021, Turkish troops established a new base near the village of Tal Tamr."
    assert top_code(text) == "HQ_ESTABLISHED"


def test_an_attack_followed_by_a_shoot_out_is_a_clash() -> None:
    text = (
        "On 13 June 2021, armed men shot at a pickup truck on the road to Iguala. A "
        "shoot-out broke out and the attackers fled."
    )
    assert [e.code for e in events(text)] == ["ARMED_CLASH"]


@pytest.mark.parametrize(
    "text",
    [
        "On 14 June 2021, a nurse was severely beaten by a man outside the clinic in Zomba.",
        "On 14 June 2021, a man threw stones at a health worker in Lilongwe.",
        "On 14 June 2021, supporters of the opposition were assaulted by unknown people in "
        "Mangochi.",
    ],
)
def test_one_person_or_unseen_doers_make_no_mob(text: str) -> None:
    assert top_code(text) == "ATTACK"


def test_a_crowd_beating_someone_is_still_a_mob() -> None:
    text = "On 14 June 2021, a crowd of villagers beat a suspected thief in Dedza."
    assert top_code(text) == "MOB_VIOL"


def test_damage_done_with_explosives_set_off_is_a_bombing() -> None:
    text = "On 15 June 2021, militants set off explosives and destroyed a bridge near Djibo."
    assert top_code(text) == "REM_EXPLOS"


def test_damage_with_explosives_only_found_stays_no_bombing() -> None:
    text = (
        "On 15 June 2021, soldiers found explosives hidden under a bridge near Djibo and "
        "destroyed them."
    )
    assert top_code(text) != "REM_EXPLOS"


def test_a_patrol_fired_on_that_fires_back_is_a_clash_not_a_patrol() -> None:
    text = (
        "On 16 June 2021, police officers were patrolling the San Miguelito neighbourhood "
        "when gang members approached and started shooting. The officers fired back."
    )
    assert [e.code for e in events(text) if e.modality == "occurred"] == ["ARMED_CLASH"]


@pytest.mark.parametrize(
    ("text", "code"),
    [
        (
            "On 17 June 2021, soldiers shot dead two suicide bombers at a checkpoint near Kirkuk "
            "before they could reach the base.",
            "ARMED_CLASH",
        ),
        (
            "On 17 June 2021, police arrested a suicide bomber near the central market of "
            "Maiduguri.",
            "ARREST",
        ),
        (
            "On 17 June 2021, a suicide bomber blew himself up at a checkpoint near Kirkuk, "
            "killing three soldiers.",
            "SUIC_BOMB",
        ),
    ],
)
def test_bombers_stopped_before_they_struck_are_no_suicide_bombing(text: str, code: str) -> None:
    assert top_code(text) == code


@pytest.mark.parametrize(
    ("text", "code"),
    [
        (
            "On 18 June 2021, about 30 people protested in Vitebsk, demanding the release of a "
            "journalist. The journalist was detained on Monday on charges of hooliganism.",
            "PEACE_PROTEST",
        ),
        (
            "On 18 June 2021, about 300 people marched in Pinsk against a new landfill. One person "
            "was arrested after the march.",
            "PEACE_PROTEST",
        ),
        (
            "On 18 June 2021, members of a union protested in Resistencia over unpaid wages. Some "
            "members were detained by the police.",
            "PROTEST_WITH_INTER",
        ),
    ],
)
def test_arrests_that_are_the_cause_or_come_after_the_protest_met_no_protest(
    text: str, code: str
) -> None:
    assert top_code(text) == code


@pytest.mark.parametrize(
    "text",
    [
        "On 19 June 2021, relatives of the victim appealed for the arrest of the killers in Mzuzu.",
        "On 19 June 2021, a court in Kano issued a warrant for the arrest of a local chief.",
    ],
)
def test_an_arrest_asked_for_is_no_arrest(text: str) -> None:
    assert all(e.modality != "occurred" for e in events(text) if e.code == "ARREST")


def test_fighters_blocking_a_road_stage_no_protest() -> None:
    text = (
        "On 20 June 2021, armed militants blocked the road between Gao and Ansongo to demand "
        "ransom from drivers."
    )
    assert "PEACE_PROTEST" not in {e.code for e in events(text)}
    text = "On 20 June 2021, residents blocked the road between Gao and Ansongo to demand water."
    assert top_code(text) == "PEACE_PROTEST"


def test_militias_marching_on_a_village_to_attack_it_is_no_demonstration() -> None:
    text = (
        "On 21 June 2021, communal militias from two villages marched to Gushiegu and "
        "attacked herders."
    )
    assert top_code(text) == "ATTACK"
