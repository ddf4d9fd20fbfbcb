"""A place's name before a broadcaster's or a command's word names that body, not a place the
report is about; a site of the broadcaster is a place all the same."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from eventwire.records import Place

PlacesOf = Callable[..., list[Place]]


@pytest.mark.parametrize(("text", "named"), [
    ("The group claimed the bombing in a statement on its Andalus radio station.", "Andalus"),
    ("The air strike hit a camp near Jilib, U.S. Africa Command said on Thursday.", "Africa"),
    ("The rebels' Kordofan TV channel showed the fighters in the streets.", "Kordofan"),
])
def test_a_broadcaster_or_a_command_is_no_place(places_of: PlacesOf, text: str,
                                                named: str) -> None:
    assert named not in {p.text for p in places_of(text)}


def test_a_place_before_other_words_is_still_a_place(places_of: PlacesOf) -> None:
    places = places_of("Fighting spread from Omdurman to Bahri, the radio reported.")
    assert "Omdurman" in {p.text for p in places}
