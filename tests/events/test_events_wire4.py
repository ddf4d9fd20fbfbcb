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


def test_troop_movement_is_still_one() -> None:
    assert "CHANGE_TO_GROUP_ACT" in codes(
        "Ukrainian officials reported heavy Russian troop movement near Vovchansk on Sunday.")
