"""Currency names are not place mentions; region cues steer namesakes to their region."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from eventwire.places.cues import cued_regions
from eventwire.records import Place

PlacesOf = Callable[..., list[Place]]


def test_a_currency_named_after_a_country_is_no_place(places_of: PlacesOf) -> None:
    places = places_of("Traders in Zagreb complained about the US dollar and the Hong Kong "
                       "dollar on Friday.")
    assert "US" not in {p.text for p in places}
    assert all(p.country_code != "US" for p in places)


def test_monitoring_mission_points_at_the_contact_line_regions() -> None:
    assert cued_regions(["The", "OSCE", "SMM", "recorded", "explosions"]) == {
        ("UA", "05"), ("UA", "14")}
    assert cued_regions(["Police", "in", "Lviv"]) == frozenset()


def test_monitoring_report_village_resolves_to_the_donbas_namesake(
        places_of: PlacesOf) -> None:
    places = places_of("The OSCE SMM recorded 14 explosions near Vesele.")
    vesele = next(p for p in places if p.text == "Vesele")
    assert vesele.admin1 in {"Donetsk", "Luhansk"}


def test_event_placed_at_a_town_named_before_its_unit_noun() -> None:
    from eventwire.pipeline import extract

    record = extract("On 3 March 2021, dozens of teachers in Kassala city gathered outside the "
                     "education office, demanding unpaid salaries.", published="2021-03-03")
    top = max(record.events, key=lambda e: e.confidence)
    assert top.places and top.places[0].text == "Kassala"


def test_town_at_the_end_of_a_named_road_is_a_road_place(places_of: PlacesOf) -> None:
    places = places_of("Drivers blocked the Kabul-Jalalabad highway near Surobi on Sunday.")
    kabul = next(p for p in places if p.text == "Kabul")
    assert kabul.relation == "road from" and kabul.geo_precision == 2


def test_unit_noun_before_the_qualifier(places_of: PlacesOf) -> None:
    places = places_of("Residents of Santa Rosa parish, Libertador, Merida state, protested.")
    assert all(p.country_code == "VE" for p in places if p.feature != "demonym")


@pytest.mark.parametrize(("sentence", "town", "country"), [
    ("Russian drones hit Kherson on Monday.", "Kherson", "UA"),
    ("Government forces shelled Kherson overnight.", "Kherson", "UA"),
])
def test_a_town_struck_is_a_place_though_read_as_a_person(
    places_of: PlacesOf, sentence: str, town: str, country: str
) -> None:
    assert [p.country_code for p in places_of(sentence) if p.text == town] == [country]
