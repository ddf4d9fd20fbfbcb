"""A name followed by a comma and a region: the region that holds it, or the next item of a
list of places; and a name the text places once keeps that reading where it is repeated.

All sentences are written for these tests.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from eventwire.records import Place

PlacesOf = Callable[..., list[Place]]


@pytest.mark.parametrize(
    "sentence",
    [
        "Protesters gathered in Springfield, Kerala, demanding clean water.",
        "A fire gutted the Springfield market on Sunday. Officials said the market lies in "
        "Springfield, Kerala.",
        "Farmers rallied outside the Cambridge depot. The depot stands in Cambridge, Punjab, "
        "near the canal.",
    ],
)
def test_a_big_namesake_abroad_does_not_make_a_list_of_a_qualified_name(
    places_of: PlacesOf, sentence: str
) -> None:
    places = places_of(sentence)
    countries = {p.country_code for p in places}
    assert len(countries) == 1 and "US" not in countries


def test_a_repeated_name_keeps_the_reading_its_qualifier_gives(places_of: PlacesOf) -> None:
    places = places_of("Gunmen fired at the Kazan bus depot at night. Police said the depot "
                       "lies in Kazan, Adana.")
    assert {(p.country_code, p.admin1) for p in places} == {("TR", "Adana")}


@pytest.mark.parametrize(
    ("sentence", "names"),
    [
        ("Delegates flew in from Kuwait, Egypt and Jordan for the talks.",
         {"Kuwait", "Egypt", "Jordan"}),
        ("Units served in Kenya, Somalia, and Sudan before the war ended.",
         {"Kenya", "Somalia", "Sudan"}),
    ],
)
def test_a_list_of_countries_stays_a_list(places_of: PlacesOf, sentence: str,
                                          names: set[str]) -> None:
    assert names <= {p.text for p in places_of(sentence)}


def test_a_list_of_names_shares_its_closing_plural_region_word(places_of: PlacesOf) -> None:
    # each of the three is a region, as "regions" says of the last; towns of the same names
    # would be the wrong reading
    places = places_of("Air defences destroyed 31 drones over the Bryansk, Kursk and Belgorod "
                       "regions overnight.")
    assert [p.name for p in places] == ["Bryansk", "Kursk", "Belgorod"]
    assert all(p.geo_precision == 3 for p in places), [(p.name, p.geo_precision) for p in places]
    # a list with no region word keeps its towns
    towns = places_of("Explosions were heard in Kharkiv, Izium and Kupiansk overnight.")
    assert all(p.geo_precision == 1 for p in towns)
