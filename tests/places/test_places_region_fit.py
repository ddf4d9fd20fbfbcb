"""Region names under other romanisations, regions renamed by reforms, and town readings the
rest of the text does not support.

All sentences are written for these tests.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from eventwire.places.gazetteer import (
    MATCH_FUZZY,
    MATCH_NAME,
    Candidate,
    admin1_name,
    region_key,
    same_admin1,
)
from eventwire.places.resolve import _Evidence, _unsupported_loose
from eventwire.records import Place

PlacesOf = Callable[..., list[Place]]


@pytest.mark.parametrize(
    ("a", "b"),
    [("Al Qasrayn", "Kasserine"), ("Salah ad Din", "Salah al-Din"), ("Hadramawt", "Hadramaut"),
     ("Nairobi Area", "Nairobi"), ("Al Qadisiyah", "Qadisiyya"), ("Al Jazirah", "El Gezira")],
)
def test_romanisations_of_a_region_share_a_key(a: str, b: str) -> None:
    assert region_key(a) == region_key(b) != ""


def test_compass_words_keep_their_vowels() -> None:
    assert region_key("Eastern") != region_key("Western")


def test_a_key_shared_by_two_regions_of_a_country_decides_nothing() -> None:
    assert same_admin1("TN", "Al Qasrayn", "Kasserine")
    assert not same_admin1("GH", "Eastern", "Western")
    assert not same_admin1("TN", "Al Qasrayn", "Kairouan")


@pytest.mark.parametrize(
    ("cc", "code", "name"),
    [("CD", "17", "Ituri"), ("CD", "30", "Tshopo"), ("MA", "06", "Casablanca-Settat"),
     ("KZ", "10", "Turkistan"), ("CI", "93", "Abidjan"), ("MR", "13", "Nouakchott-Ouest")],
)
def test_reformed_regions_carry_their_current_names(cc: str, code: str, name: str) -> None:
    assert admin1_name(cc, code) == name


def _town(match: str, population: int = 5000) -> Candidate:
    return Candidate(pid=1, geonameid=1, name="Xandor", feature="city", country_code="CN",
                     admin1_code="01", admin1="Somewhere", lat=40.0, lon=120.0,
                     population=population, match=match)


def _evidence(explicit: frozenset[str], regions: frozenset[tuple[str, str | None]]) -> _Evidence:
    from collections import Counter

    counts = Counter({cc: 1 for cc in explicit | {cc for cc, _ in regions}})
    return _Evidence(counts, sum(counts.values()), regions, frozenset(), (), explicit, explicit)


def test_a_loose_reading_abroad_needs_the_texts_support() -> None:
    elsewhere = _evidence(frozenset(), frozenset({("SY", "07")}))
    assert _unsupported_loose(_town(MATCH_FUZZY), elsewhere)
    assert not _unsupported_loose(_town(MATCH_NAME), elsewhere)
    assert not _unsupported_loose(_town(MATCH_FUZZY, 2_000_000), elsewhere)
    assert not _unsupported_loose(_town(MATCH_FUZZY), _evidence(frozenset(), frozenset()))


def test_the_first_word_of_an_unknown_longer_name_is_no_town(places_of: PlacesOf) -> None:
    found = places_of("On Monday gunmen killed a farmer in Abu Qurnain area, north of Deir "
                      "ez-Zor.")
    assert [p.country_code for p in found] == ["SY"]


def test_a_monitoring_report_keeps_villages_inside_its_cued_regions(places_of: PlacesOf
                                                                    ) -> None:
    for name in ("Berezivka", "Novoselivka"):
        found = places_of(f"On Monday the SMM recorded 14 explosions near {name}.")
        assert all(p.admin1 in {"Donetsk", "Luhansk"} for p in found)


def test_a_bracketed_region_abbreviation_encloses_the_place(places_of: PlacesOf) -> None:
    found = places_of("On Monday militants attacked a post in Zarwal town (Tarkot district, "
                      "J&K).")
    assert [(p.text, p.country_code, p.feature) for p in found] == [("J&K", "IN", "region")]
    assert places_of("The AP reported that the MP spoke to UP officials.") == []
    assert all(p.country_code != "IN" for p in places_of("BOSTON (AP) -- A fire broke out."))


def test_a_bracketed_town_name_spelt_like_its_region_reads_as_the_region(
        places_of: PlacesOf) -> None:
    found = places_of("On Monday traders blocked the road in Zarbouta (Kasserine) over taxes.")
    assert [(p.country_code, p.feature, p.admin1) for p in found] == [
        ("TN", "region", "Al Qasrayn")]
