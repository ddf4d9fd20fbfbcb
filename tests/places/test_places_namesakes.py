"""A demonym before "the town of" gives the town's country, and a country's possessor after a
town is no qualifier of it."""

from __future__ import annotations

from collections.abc import Callable

from eventwire.records import Place

PlacesOf = Callable[..., list[Place]]


def test_a_countrys_possessor_after_a_town_is_no_qualifier(places_of: PlacesOf) -> None:
    places = places_of("Troops captured a village near the eastern Ukrainian town of Pokrovsk, "
                       "Russia's defence ministry said on Tuesday.")
    town = next(p for p in places if p.text == "Pokrovsk")
    assert town.country_code == "UA"


def test_a_qualifying_country_still_qualifies(places_of: PlacesOf) -> None:
    places = places_of("Drones hit a fuel depot in Engels, Russia on Tuesday.")
    town = next(p for p in places if p.text == "Engels")
    assert town.country_code == "RU"
