"""Arabic and Persian place names: the article written or dropped ("Al Kut", "Kut city"), the
article or particle inside a longer name ("Ras Al Ain", "Wadi al-Rabi"), and the Persian
ezafe written apart ("Kut e Abdollah")."""

from __future__ import annotations

from collections.abc import Callable

from eventwire.places.gazetteer import ArticleRule, other_ending, without_article
from eventwire.records import Place

PlacesOf = Callable[..., list[Place]]

RULE = ArticleRule(frozenset({"IQ"}), frozenset({"al", "ash", "ar"}), 3, 5, 10000)


def test_the_article_is_dropped_from_an_indexed_name() -> None:
    assert without_article("Al Kut", RULE) == "Kut"
    assert without_article("Al-Kut", RULE) == "Kut"
    assert without_article("Ash Shatrah", RULE) == "Shatrah"


def test_a_name_without_an_article_or_too_short_stays_whole() -> None:
    assert without_article("Basra", RULE) is None
    assert without_article("Al Ba", RULE) is None  # too short to stand alone
    assert without_article("Alan Town", RULE) is None


def test_a_town_is_found_under_its_name_without_the_article(places_of: PlacesOf) -> None:
    places = places_of("Teachers gathered in Kut city, Wasit province, on Sunday.")
    kut = [p for p in places if p.text == "Kut"]
    assert kut and kut[0].country_code == "IQ"


def test_a_capitalised_article_joins_a_longer_name(places_of: PlacesOf) -> None:
    places = places_of("A patrol passed near Ras Al Ain town in Al-Hasakeh countryside.")
    assert not any(p.text == "Ras" for p in places)
    assert not any(p.country_code == "AE" for p in places)  # no "Al Ain" in the Emirates


def test_a_hyphened_particle_joins_a_longer_name(places_of: PlacesOf) -> None:
    places = places_of("Two armed groups exchanged fire in Wadi al-Hamra (Tripoli) overnight.")
    assert not any(p.text == "Wadi" and p.country_code != "LY" for p in places)


def test_the_persian_ezafe_written_apart_is_part_of_the_name(places_of: PlacesOf) -> None:
    places = places_of("Bakers in Kut e Abdollah protested against the price of flour.")
    assert any(p.country_code == "IR" and p.text == "Kut e Abdollah" for p in places)


def test_the_feminine_ending_is_indexed_both_ways() -> None:
    assert other_ending("Hodeida", RULE) == "Hodeidah"
    assert other_ending("Fallujah", RULE) == "Falluja"
    assert other_ending("Mosul", RULE) is None
    assert other_ending("Tira", RULE) is None  # too short to be told from other words


def test_a_port_city_spelled_with_its_final_h_is_the_city(places_of: PlacesOf) -> None:
    places = places_of("Warplanes struck radar sites around the port city of Hodeidah.")
    found = [p for p in places if p.text == "Hodeidah"]
    assert found and found[0].country_code == "YE" and found[0].feature == "city"


def test_the_arabic_diphthong_is_written_either_way(places_of: PlacesOf) -> None:
    places = places_of("An air strike hit a house in Deir al-Balah on Monday.")
    found = [p for p in places if p.text == "Deir al-Balah"]
    assert found and found[0].country_code == "PS"
