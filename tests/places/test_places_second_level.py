"""Second-level units (provinces, districts) the town list lacks, from `data/admin2.tsv`.

All sentences are written for these tests.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from eventwire.places.derive import _Subdivision, _unit_names, _unit_region
from eventwire.records import Place

PlacesOf = Callable[..., list[Place]]
Pick = Callable[[list[Place], str], Place]


@pytest.mark.parametrize(
    ("sentence", "text", "country", "admin1"),
    [
        ("Soldiers traded fire with insurgents in Tapoa province on Tuesday.", "Tapoa", "BF",
         "Est"),
        ("Unknown men set fire to a clinic in Kalangala district overnight.", "Kalangala", "UG",
         "Central"),
        ("Traders said the road through Loroum province was closed again.", "Loroum", "BF",
         "Nord"),
    ],
)
def test_a_unit_named_with_its_unit_word_is_a_region_level_place(
    places_of: PlacesOf, place_named: Pick, sentence: str, text: str, country: str,
    admin1: str,
) -> None:
    place = place_named(places_of(sentence), text)
    assert (place.country_code, place.admin1, place.admin2, place.feature,
            place.geo_precision) == (country, admin1, text, "region", 3)
    assert place.lat is not None and place.lon is not None


def test_the_unit_word_prefers_the_unit_over_its_seat_town(
    places_of: PlacesOf, place_named: Pick
) -> None:
    """"Gulu district" is the district; a bare "in Gulu" is the town it is named after."""
    district = place_named(places_of("Police broke up a sit-in in Gulu district on Monday."),
                           "Gulu")
    assert (district.feature, district.admin2, district.geo_precision) == ("region", "Gulu", 3)
    town = place_named(places_of("Teachers marched in Gulu to demand back pay."), "Gulu")
    assert (town.feature, town.geo_precision, town.country_code) == ("city", 1, "UG")


def test_a_bare_unit_name_known_to_towns_only_as_an_old_name_is_the_unit(
    places_of: PlacesOf, place_named: Pick
) -> None:
    """"Sulu" is an alternate name of Jolo, the province's seat: the province is meant, and
    it stands at its seat."""
    place = place_named(places_of("Marines hunted the kidnappers across Sulu on Sunday."), "Sulu")
    assert (place.feature, place.admin2, place.country_code) == ("region", "Sulu", "PH")
    assert place.admin1 == "Autonomous Region in Muslim Mindanao"


def test_a_bare_unit_name_no_town_bears_is_the_unit(
    places_of: PlacesOf, place_named: Pick
) -> None:
    place = place_named(places_of("Gunmen stole cattle from herders in Yagha last week."),
                        "Yagha")
    assert (place.feature, place.admin1, place.admin2) == ("region", "Sahel", "Yagha")


def test_a_unit_in_brackets_encloses_an_unknown_village(
    places_of: PlacesOf, place_named: Pick
) -> None:
    """"V (X, Y)": the unit X and region Y stand for the village the index lacks."""
    places = places_of("Raiders looted the hamlet of Zindogou (Oudalan, Sahel) at dawn.")
    unit = place_named(places, "Oudalan")
    assert (unit.feature, unit.admin1, unit.admin2) == ("region", "Sahel", "Oudalan")
    assert "Zindogou" not in [p.text for p in places]


def test_a_unit_after_a_comma_encloses_the_name_before_it(
    places_of: PlacesOf, place_named: Pick
) -> None:
    """"V, X district": the unit says where V is."""
    places = places_of("A grenade went off in Kirombe, Kalangala district, on Friday.")
    unit = place_named(places, "Kalangala")
    assert (unit.admin1, unit.admin2) == ("Central", "Kalangala")
    assert all(p.country_code == "UG" for p in places)


def test_a_unit_name_used_as_a_person_name_is_no_place(places_of: PlacesOf) -> None:
    places = places_of("Angus said the committee would meet again in the spring.")
    assert [p.text for p in places if p.text == "Angus"] == []


def test_unit_names_drop_notes_inverted_words_and_mottos() -> None:
    sub = _Subdivision("XX-A", "Bristol, City of", ("Bristol",), (), None)
    assert _unit_names(sub) == ["Bristol"]
    sub = _Subdivision("XX-B", "Aousserd (EH)", (), (), None)
    assert _unit_names(sub) == ["Aousserd"]
    sub = _Subdivision("XX-C", "Lanao del Norte", ("The Land of Beauty and Bounty",), (), None)
    assert _unit_names(sub) == ["Lanao del Norte"]
    sub = _Subdivision("XX-D", "Chattogram", ("Chittagong",), (), None)
    assert _unit_names(sub) == ["Chattogram", "Chittagong"]


def test_a_unit_takes_the_region_its_towns_agree_on() -> None:
    towns = [(10.0, 10.0 + i * 0.05, "B") for i in range(4)] + [(10.2, 10.0, "A")]
    assert _unit_region((10.0, 10.0), "A", towns) == "B"  # four of five nearest towns
    mixed = towns[:3] + [(10.1, 10.0, "A"), (10.2, 10.0, "A")]
    assert _unit_region((10.0, 10.0), "A", mixed) == "A"
    assert _unit_region((40.0, 10.0), "A", mixed) is None  # far from every town of "A"


@pytest.mark.parametrize(
    "sentence",
    [
        "Gunmen shot a farmer in Barangay Tarong, Kabankalan, Negros Occidental, on Friday.",
        "A village chief was ambushed in Barangay Tapas, Kabankalan, Negros Occidental.",
    ],
)
def test_a_name_qualified_by_a_town_is_no_namesake_far_from_it(
    places_of: PlacesOf, sentence: str
) -> None:
    """The province confirms the town, and the town the barangay: a namesake of the
    barangay elsewhere in the region is not it (the index lacks the barangay)."""
    found = [p.text for p in places_of(sentence)]
    assert found == ["Kabankalan", "Negros Occidental"]


def test_a_former_province_is_still_a_unit(places_of: PlacesOf, place_named: Pick) -> None:
    """Maguindanao, split in 2022, is gone from the ISO list (`admin2_extra.toml`)."""
    place = place_named(places_of("Troops raided a camp in Maguindanao province at dawn."),
                        "Maguindanao")
    assert (place.feature, place.admin2, place.country_code) == ("region", "Maguindanao", "PH")
