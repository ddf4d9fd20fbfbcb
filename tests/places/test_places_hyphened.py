"""A name that runs on after "the town of" is one name: "the town of Pont-Sonde" is no "Pont",
"the municipality of Puerto Jordan" no Jordan; two names joined by a hyphen elsewhere ("the
Russia-Ukraine war") are both read."""

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


def test_a_country_inside_a_settlements_longer_name_is_no_place(places_of: PlacesOf) -> None:
    places = places_of("The blast damaged homes in the municipality of Puerto Jordan, local "
                       "officials said.")
    assert "Jordan" not in {p.text for p in places}
