"""A name that runs on through a hyphen is one name: "the town of Pont-Sonde" is no "Pont";
two names joined by a hyphen ("the Russia-Ukraine war") are both read."""

from __future__ import annotations

from collections.abc import Callable

from eventwire.records import Place

PlacesOf = Callable[..., list[Place]]


def test_the_first_part_of_a_hyphened_name_is_no_place(places_of: PlacesOf) -> None:
    places = places_of("Gang members attacked the town of Pont-Sonde on Thursday.")
    assert "Pont" not in {p.text for p in places}


def test_two_places_joined_by_a_hyphen_are_both_read(places_of: PlacesOf) -> None:
    places = places_of("Shelling on the Israel-Lebanon border went on through the night.")
    assert {"Israel", "Lebanon"} <= {p.text for p in places}
