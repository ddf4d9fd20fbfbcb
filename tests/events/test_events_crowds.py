"""Riots against violence on civilians, battles and strategic destruction: who the doers are
(an unorganised crowd or an armed group) decides, on hand-written reports."""

from __future__ import annotations

import pytest

from eventwire.events.detect import detect, sentences
from eventwire.nlp import get_nlp


def sentence_codes(text: str) -> list[str]:
    doc = get_nlp()(text)
    return [t.code for s in sentences(doc) for t in detect(s)]


@pytest.mark.parametrize(
    "text",
    [
        "Fish sellers clashed with municipal police in Cusco when officers ordered them to "
        "leave the market.",
        "Dozens of bearded men clashed with city police in Bnei Brak after officers shut a "
        "synagogue.",
        "Several refugees clashed with border guards near the crossing on Friday.",
    ],
)
def test_unorganised_people_clashing_with_police_riot(text: str) -> None:
    assert sentence_codes(text) == ["MOB_VIOL"]


def test_police_beaten_by_a_few_people_is_a_riot() -> None:
    text = "A traffic constable was beaten up by four persons in Nagpur after he stopped them."
    assert sentence_codes(text) == ["MOB_VIOL"]


def test_police_beaten_by_gunmen_stays_a_battle() -> None:
    text = "A traffic constable was beaten up by four armed militants in Nagpur on Sunday."
    assert sentence_codes(text) == ["ARMED_CLASH"]


@pytest.mark.parametrize(
    "text",
    [
        "A grocery store was set alight by residents of the township who accused the owner "
        "of hoarding maize.",
        "Local villagers torched a lorry near Tezpur, suspecting its driver of smuggling cattle.",
    ],
)
def test_property_a_crowd_destroys_is_a_riot(text: str) -> None:
    assert "MOB_VIOL" in sentence_codes(text)
    assert "PROPERTY_DISTRUCT" not in sentence_codes(text)


def test_property_militants_destroy_stays_strategic() -> None:
    text = "Suspected militants burned down a telecommunication mast near Garissa overnight."
    assert sentence_codes(text) == ["PROPERTY_DISTRUCT"]


@pytest.mark.parametrize(
    "text",
    [
        "Ruling party members beat two opposition polling agents in Kasungu on Tuesday.",
        "Opposition activists assaulted a local councillor in Dhanbad over a land row.",
    ],
)
def test_party_supporters_beating_people_riot(text: str) -> None:
    assert sentence_codes(text) == ["MOB_VIOL"]


def test_tribesmen_clashing_fight_a_battle() -> None:
    text = "Rival tribesmen clashed near Ataq over a water well, leaving one dead."
    assert sentence_codes(text)[0] == "ARMED_CLASH"


def test_villagers_clashing_with_sticks_riot() -> None:
    text = "Villagers clashed with sticks near Ataq over a water well, leaving one dead."
    assert sentence_codes(text)[0] == "MOB_VIOL"


def test_settlers_uprooting_trees_stay_property_destruction() -> None:
    text = "Settlers uprooted 300 olive saplings on a farm near the village of Burin."
    assert sentence_codes(text) == ["PROPERTY_DISTRUCT"]


def test_a_theft_named_as_a_suspicion_is_no_event() -> None:
    text = "Two men suspected of robberies in the Kibera area were fatally assaulted by residents."
    assert sentence_codes(text) == ["MOB_VIOL"]
