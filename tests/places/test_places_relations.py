"""Place phrases that put an event near a town rather than in it (precision 2), and compass
words that name a part of a country.

All sentences are written for these tests.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from eventwire.places import get_gazetteer
from eventwire.places.parts import compass_part, named_part
from eventwire.records import Place

PlacesOf = Callable[..., list[Place]]
PlaceNamed = Callable[[list[Place], str], Place]


@pytest.mark.parametrize(("text", "name", "relation"), [
    ("On the road to Homs, a roadside bomb killed three soldiers.", "Homs", "road to"),
    ("A mine exploded under a truck on the road from Kandahar on Friday.", "Kandahar",
     "road from"),
    ("Gunmen stopped a bus on a road leading to Baidoa.", "Baidoa", "road leading to"),
    ("Militants ambushed a convoy on its way to Kunduz.", "Kunduz", "on its way to"),
    ("A car bomb went off just outside of Kirkuk on Sunday.", "Kirkuk", "outside of"),
    ("Troops clashed with insurgents a few kilometres from Mosul.", "Mosul",
     "a few kilometres from"),
    ("Shells landed several miles north of Kherson overnight.", "Kherson",
     "several miles north of"),
])
def test_a_place_phrase_puts_the_event_near_the_town(
        places_of: PlacesOf, place_named: PlaceNamed, text: str, name: str,
        relation: str) -> None:
    place = place_named(places_of(text), name)
    assert (place.relation, place.geo_precision) == (relation, 2)


def test_the_road_from_one_town_to_another_reaches_both(places_of: PlacesOf,
                                                        place_named: PlaceNamed) -> None:
    places = places_of("A roadside bomb hit a minibus on the road from Aleppo to Idlib.")
    assert [(p.relation, p.geo_precision) for p in (place_named(places, "Aleppo"),
                                                    place_named(places, "Idlib"))] == [
        ("road from", 2), ("road from", 2)]


def test_between_two_towns_is_near_both(places_of: PlacesOf, place_named: PlaceNamed) -> None:
    places = places_of("Heavy fighting between Mosul and Erbil left nine fighters dead.")
    assert [place_named(places, n).geo_precision for n in ("Mosul", "Erbil")] == [2, 2]


def test_between_two_countries_keeps_the_countries(places_of: PlacesOf,
                                                   place_named: PlaceNamed) -> None:
    places = places_of("Clashes erupted on the border between Armenia and Azerbaijan.")
    assert place_named(places, "Azerbaijan").feature == "country"
    assert place_named(places, "Azerbaijan").relation is None


def test_a_town_named_as_a_village_is_a_place_whatever_the_model_read(
        places_of: PlacesOf) -> None:
    places = places_of("Russian troops entered the village of Andriivka on Monday.")
    assert [p.country_code for p in places if p.text == "Andriivka"] == ["UA"]


@pytest.mark.parametrize(("text", "relation"), [
    ("Israeli jets struck targets in southern Lebanon.", "southern"),
    ("Drones hit south Lebanon overnight.", "south"),
    ("Shelling hit the south of Lebanon.", "the south of"),
    ("Insurgents raided a village in north-eastern Nigeria.", "north-eastern"),
])
def test_a_compass_word_before_a_country_is_kept_as_its_relation(
        places_of: PlacesOf, text: str, relation: str) -> None:
    country = next(p for p in places_of(text) if p.feature == "country")
    assert country.relation == relation
    assert country.geonameid is not None  # the mention still names the country


def test_a_compass_phrase_names_one_or_two_parts() -> None:
    assert compass_part("South") == frozenset({"south"})
    assert compass_part("north-eastern") == frozenset({"north", "east"})
    assert compass_part("Centre-Nord") == frozenset({"central", "north"})
    assert compass_part("the south of") == frozenset({"south"})
    assert compass_part("far north") is None
    assert compass_part("north-south") is None


@pytest.mark.parametrize(("cc", "country", "phrase", "region"), [
    ("LB", "Lebanon", "southern", "Liban-Sud"),
    ("LB", "Lebanon", "north", "Liban-Nord"),
    ("IL", "Israel", "northern", "Northern District"),
    ("CM", "Cameroon", "northwestern", "North-West"),
    ("BF", "Burkina Faso", "north-central", "Centre-Nord"),
])
def test_a_part_of_a_country_is_the_region_named_for_it(cc: str, country: str, phrase: str,
                                                        region: str) -> None:
    part = compass_part(phrase)
    assert part is not None
    area = named_part(get_gazetteer(), cc, (country,), part)
    assert area is not None and area.name == region


@pytest.mark.parametrize(("cc", "country", "phrase"), [
    ("GH", "Ghana", "central"),  # Ghana's Central Region lies on the coast, not in the middle
    ("UA", "Ukraine", "eastern"),  # no region is named for it
    ("SY", "Syria", "northern"),
])
def test_no_region_is_named_for_a_part_that_lies_elsewhere_or_has_none(
        cc: str, country: str, phrase: str) -> None:
    part = compass_part(phrase)
    assert part is not None
    assert named_part(get_gazetteer(), cc, (country,), part) is None
