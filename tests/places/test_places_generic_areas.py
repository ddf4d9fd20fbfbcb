"""Qualifiers of a town read as its region: a compass or "centre" word naming a region of the
town's own country ("in Hinche, Centre,"), and the second name of "in X, Y, ..." when the
index lacks X."""

from __future__ import annotations

from collections.abc import Callable

from eventwire.records import Place

PlacesOf = Callable[..., list[Place]]


def test_a_centre_word_after_a_town_is_its_region(places_of: PlacesOf) -> None:
    places = places_of("On Monday, in Hinche, Centre, nurses stopped work over unpaid wages.")
    hinche = [p for p in places if p.text == "Hinche"]
    assert hinche and hinche[0].country_code == "HT"
    assert any(p.text == "Centre" and p.country_code == "HT" for p in places)


def test_a_bracketed_compass_word_is_the_towns_region(places_of: PlacesOf) -> None:
    places = places_of("Party members fought with rivals in Dowa (Central) on Friday.")
    assert any(p.text == "Dowa" and p.country_code == "MW" for p in places)


def test_a_compass_word_that_encloses_no_reading_of_the_town_is_no_place(
        places_of: PlacesOf) -> None:
    places = places_of("He moved to Boston, North, and then went back home.")
    assert not any(p.text == "North" for p in places)


def test_the_second_name_of_a_two_link_chain_is_read_as_a_region(places_of: PlacesOf) -> None:
    places = places_of("On Tuesday, in Pampachico, Junin, farmers blocked the highway.")
    junin = [p for p in places if p.text == "Junin"]
    assert junin and junin[0].country_code == "PE"
