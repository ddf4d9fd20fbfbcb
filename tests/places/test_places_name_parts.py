"""Town names inside other names: after a person's title, or as the last word of a longer
name, a small town's name is not the town."""

from __future__ import annotations

from collections.abc import Callable

from eventwire.records import Place

PlacesOf = Callable[..., list[Place]]


def test_a_title_makes_a_town_name_a_person(places_of: PlacesOf) -> None:
    places = places_of("The Bulldogs won 3-1 in Tulsa. \"We kept pushing,\" said coach Dundee.")
    assert "Dundee" not in {p.text for p in places}
    assert "Tulsa" in {p.text for p in places}


def test_last_word_of_a_longer_name_is_not_a_far_town(places_of: PlacesOf) -> None:
    places = places_of("The case was heard in Fulton County Superior Court in Atlanta.")
    assert "Superior" not in {p.text for p in places}


def test_prefixes_keep_the_place(places_of: PlacesOf) -> None:
    places = places_of("Officials in Metro Vancouver approved the plan on Monday.")
    assert any(p.text.endswith("Vancouver") and p.country_code == "CA" for p in places)
