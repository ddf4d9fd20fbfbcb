"""Words inside a named group's name, comparisons with past events and death tolls of old wars,
on hand-written wire reports through the real pipeline."""

from __future__ import annotations

import pytest

from eventwire.pipeline import extract
from eventwire.records import Event

PUBLISHED = "2025-01-14"


def events(text: str) -> list[Event]:
    return list(extract(text, published=PUBLISHED).events)


def codes(text: str) -> list[str]:
    return [e.code for e in events(text)]


@pytest.mark.parametrize(
    "text",
    [
        "The Houthi movement said they had targeted a tanker in the Red Sea on Tuesday.",
        "A spokesman for the Houthi movement told Al Masirah television that its drones had "
        "hit a cargo ship off Hodeidah.",
    ],
)
def test_word_of_a_group_name_is_no_troop_movement(text: str) -> None:
    assert "CHANGE_TO_GROUP_ACT" not in codes(text)
    # a movement of troops still is one
    assert "CHANGE_TO_GROUP_ACT" in codes(
        "Ukrainian officials reported heavy Russian troop movement near Vovchansk on Sunday.")


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen killed four villagers in Maiduguri on Monday. The attack was the deadliest in "
        "the region since the siege of 2019.",
        "A drone struck a market in Sumy on Saturday. It was the first attack on the town "
        "since the siege of 2022.",
        "Rebels shelled a camp near Goma on Sunday, killing six people. It was the worst "
        "violence around the city since the offensive of 2012.",
    ],
)
def test_a_comparison_with_the_past_dates_no_event(text: str) -> None:
    found = events(text)
    assert len(found) == 1, [(e.code, e.date) for e in found]
    assert found[0].date is not None and found[0].date >= "2025-01-01"
    # a period the toll runs over still dates its start
    since = events("Clashes between herders and farmers in Plateau state have killed 20 "
                   "people since Sunday, police said.")
    assert [e.date for e in since] == ["2025-01-12"]


@pytest.mark.parametrize(
    "text",
    [
        "Israeli jets struck Beirut on Monday. The 2006 war between Israel and Hezbollah "
        "killed more than 1,000 people in Lebanon.",
        "Russian drones hit an apartment block in Odesa overnight. The 2014 fighting in the "
        "Donbas killed about 300 civilians, according to the United Nations.",
    ],
)
def test_toll_of_an_old_war_is_not_todays(text: str) -> None:
    found = events(text)
    assert len(found) == 1, [(e.code, e.date) for e in found]
    assert found[0].fatalities is None
    # the toll of the next sentence about today's strike still is its own
    today = events("Israeli jets struck Beirut on Monday. The strikes killed at least 12 "
                   "people, the Lebanese health ministry said.")
    assert [e.fatalities for e in today] == [12]
