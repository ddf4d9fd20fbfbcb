"""English region names (derived from ISO 3166-2 data), named areas that are no first-level
region, hyphenated pairs of places, dotted country abbreviations, and actors' nationality."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from eventwire.places import admin1_aliases, admin1_name, get_gazetteer
from eventwire.places.derive import _short
from eventwire.records import Place

PlacesOf = Callable[..., list[Place]]


@pytest.mark.parametrize(
    ("cc", "code", "english"),
    [
        ("LB", "06", "South Lebanon"),  # GeoNames "Liban-Sud"
        ("TN", "32", "Sfax"),  # "Safaqis"
        ("HR", "04", "Istria"),  # "Istarska"
        ("AF", "17", "Logar"),  # "Lowgar"
        ("LB", "05", "Mount Lebanon"),  # "Mont-Liban"
    ],
)
def test_english_region_names_are_aliases(cc: str, code: str, english: str) -> None:
    names = {n.lower().replace("ō", "o") for n in admin1_aliases(cc, admin1_name(cc, code))}
    assert english.lower() in names


def test_comparison_only_names_are_not_looked_up() -> None:
    assert "South" in admin1_aliases("LB", admin1_name("LB", "06"))
    assert not any(c.country_code == "LB" for c in get_gazetteer().lookup("south"))


def test_short_forms_drop_unit_words_and_the_country() -> None:
    assert _short("Zagreb City", "Croatia") == "Zagreb"
    assert _short("South Lebanon", "Lebanon") == "South"
    assert _short("Istria", "Croatia") == ""


def test_english_region_name_in_text_resolves_to_the_region(places_of: PlacesOf) -> None:
    places = places_of("The Lebanese army deployed in Mount Lebanon, Tripoli and Beirut today.")
    region = [p for p in places if p.text == "Mount Lebanon"]
    assert region and region[0].country_code == "LB" and region[0].feature == "region"


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("Fighting resumed in South Ossetia on Friday, officials said.", "South Ossetia", "GE"),
        ("Aid agencies in Darfur warned of a famine.", "Darfur", "SD"),
        ("Migrants crossed the Mediterranean from Africa to Europe.", "Europe", None),
    ],
)
def test_named_areas(places_of: PlacesOf, place_named: Callable[[list[Place], str], Place],
                     text: str, name: str, country: str | None) -> None:
    place = place_named(places_of(text), name)
    assert place.feature == "region" and place.geo_precision == 3
    assert place.country_code == country and place.lat is not None


def test_hyphenated_countries_are_both_places(places_of: PlacesOf) -> None:
    names = {p.name for p in places_of("The Lebanon-Syria treaty was signed in Beirut.")}
    assert {"Lebanon", "Syria"} <= names


def test_hyphenated_district_keeps_the_specific_part(places_of: PlacesOf) -> None:
    places = places_of("Shelling hit Donetsk-Kirovskyi district in the Donetsk region.")
    parts = [p for p in places if p.span and p.text in {"Donetsk", "Kirovskyi"}]
    assert len(parts) <= 1


def test_dotted_country_abbreviation_inside_an_organisation(places_of: PlacesOf) -> None:
    places = places_of("The ruling stems from a 2007 U.S. Supreme Court decision.")
    assert any(p.text == "U.S." and p.country_code == "US" for p in places)


def test_actor_nationality_does_not_make_a_town_a_stranger(places_of: PlacesOf) -> None:
    places = places_of("Russian troops shelled the outskirts of Hola Prystan overnight.")
    assert any(p.country_code == "UA" for p in places), places
