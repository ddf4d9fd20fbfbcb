"""Interceptions, meetings that are no diplomacy, attacks answered with fire, and the limits of
the model's override, on hand-written reports through the real pipeline."""

from __future__ import annotations

import pytest

from eventwire.events.classify import NONE_LABEL, choose_code
from eventwire.events.detect import detect, sentences
from eventwire.nlp import get_nlp
from eventwire.pipeline import extract
from eventwire.records import EVENT_CODES, Event


def occurred(text: str) -> list[Event]:
    return [e for e in extract(text, published="2021-06-10").events if e.modality == "occurred"]


def sentence_codes(text: str) -> list[str]:
    doc = get_nlp()(text)
    return [t.code for s in sentences(doc) for t in detect(s)]


@pytest.mark.parametrize(
    "text",
    [
        "Air defences destroyed 12 of the missiles and 9 of the drones over the capital.",
        "The army said its units had neutralised 17 drones near the border overnight.",
        "Most of the rockets were downed by the air defence system before they reached Haifa.",
        "Soldiers shot down two UAVs over the base on Tuesday.",
    ],
)
def test_interception_is_disrupted_weapon(text: str) -> None:
    assert sentence_codes(text) == ["DISR_WEAP"]


def test_repelled_drone_attack_is_an_interception_of_it() -> None:
    codes = sentence_codes("Anti-aircraft units repelled a drone attack on the airfield.")
    assert "DISR_WEAP" in codes and "ARMED_CLASH" not in codes


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # the weapon is the subject or only a modifier of the object: no interception
        ("Two missiles destroyed a warehouse in the port.", "DISR_WEAP"),
        ("Troops repelled an attack by militants on the outpost.", "DISR_WEAP"),
        ("The air defence repelled a formation of enemy warplanes over the province.",
         "DISR_WEAP"),
    ],
)
def test_destruction_by_weapons_is_no_interception(text: str, code: str) -> None:
    codes = sentence_codes(text)
    assert codes and code not in codes


def test_interceptions_after_a_barrage_are_their_own_event() -> None:
    text = ("The city was hit by a barrage of 20 missiles on Monday, the governor said.\n"
            "Air defences destroyed 14 of the missiles, the air force said.")
    codes = [e.code for e in occurred(text)]
    assert "DISR_WEAP" in codes
    assert codes.count("DISR_WEAP") == 1


@pytest.mark.parametrize(
    "text",
    [
        "The regional labour minister promised to meet union leaders next week.",
        "The governor met leaders of the teachers' union in the capital on Monday.",
        "The mayor held talks with striking workers at the city hall.",
    ],
)
def test_meeting_with_civil_society_is_no_diplomacy(text: str) -> None:
    assert "DIPLO" not in [e.code for e in extract(text, published="2021-06-10").events]


def test_meeting_between_governments_stays_diplomacy() -> None:
    text = "The Turkish foreign minister met his Greek counterpart in Athens on Monday."
    assert [e.code for e in occurred(text)] == ["DIPLO"]


def test_promise_is_no_occurred_event() -> None:
    text = "The interior minister promised to visit the flooded district next month."
    assert occurred(text) == [] or all(e.code != "DIPLO" for e in occurred(text))


@pytest.mark.parametrize(
    "text",
    [
        "Unidentified attackers threw a grenade at a police post in Garissa on Monday. "
        "Police returned fire and the attackers fled.",
        "Gunmen lobbed a grenade at an army checkpoint near Kunduz. Soldiers fired back, "
        "killing one of the assailants.",
        "Militants hurled a grenade at a police camp in Srinagar, and the officers returned "
        "fire.",
    ],
)
def test_grenade_answered_with_fire_is_a_clash(text: str) -> None:
    codes = [e.code for e in occurred(text)]
    assert codes == ["ARMED_CLASH"]


def test_clash_from_return_fire_has_both_sides() -> None:
    text = ("Unidentified attackers threw a grenade at a police post in Garissa on Monday. "
            "Police returned fire and the attackers fled.")
    (event,) = occurred(text)
    assert event.actor2 is not None and event.actor2.name.startswith("Police Forces")
    assert any(e.text == "returned" for e in event.evidence if e.field == "code")


@pytest.mark.parametrize(
    "text",
    [
        "A man threw a grenade into a crowded bar in Mombasa, injuring five people. "
        "Police later arrested him.",
        "Militants threw a grenade at a police station in Mardan. Police did not return fire.",
    ],
)
def test_grenade_without_return_fire_stays_grenade(text: str) -> None:
    assert [e.code for e in occurred(text)][0] == "GRENADE"


def test_model_may_not_give_a_generic_attack_an_unrelated_code() -> None:
    probs = {c: 0.0 for c in EVENT_CODES} | {"NATURAL_DISASTER": 0.95, NONE_LABEL: 0.05}
    assert choose_code("ATTACK", "default", probs) == "ATTACK"
    probs = {c: 0.0 for c in EVENT_CODES} | {"PEACE_PROTEST": 0.9, "ARMED_CLASH": 0.08,
                                             NONE_LABEL: 0.02}
    assert choose_code("ATTACK", "default", probs) == "ATTACK"
    probs = {c: 0.0 for c in EVENT_CODES} | {"MOB_VIOL": 0.9, NONE_LABEL: 0.1}
    assert choose_code("ATTACK", "default", probs) == "MOB_VIOL"


def test_source_of_the_report_is_no_target() -> None:
    text = ("Armed men opened fire on a wedding party in Celaya on Sunday, killing four people, "
            "according to the state prosecutor's office.")
    (event,) = occurred(text)
    assert event.target is None or event.target.kind != "office"
    text = "Gunmen attacked a police station in Kano, the interior ministry said."
    (event,) = occurred(text)
    assert event.target is not None and event.target.kind == "police station"


def test_agent_of_a_passive_is_no_place() -> None:
    text = ("The air force said it shot down 9 of 11 drones launched by Russia over the Odesa "
            "region on Monday night.")
    events = occurred(text)
    assert events and events[0].code == "DISR_WEAP"
    assert all(p.text != "Russia" for e in events for p in e.places)


@pytest.mark.parametrize(
    "text",
    ["The governor held talks with striking doctors.",
     "Police dispersed striking miners outside the mine in Rustenburg."],
)
def test_striking_workers_are_no_strike_from_the_air(text: str) -> None:
    assert "AIR_STRIKE" not in sentence_codes(text)
