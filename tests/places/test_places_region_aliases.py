"""Regions under the spellings English reports use, and regions GeoNames towns carry codes
for that the derived table lacked.

All sentences are written for these tests.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from eventwire.records import Place

PlacesOf = Callable[..., list[Place]]


@pytest.mark.parametrize(
    ("sentence", "country", "region"),
    [
        ("A drone struck a fuel depot outside Bir Qasim (Almargeb) overnight.", "LY",
         "Al Marqab"),
        ("Rockets fell on farms near Khallet Nasr (Aljfara) on Tuesday.", "LY",
         "Sha`biyat al Jafarah"),
        ("Miners staged a sit-in at a gold field in Yakutia on Monday.", "RU", "Sakha"),
        ("Fishermen blocked the harbour road in Suqutra on Friday.", "YE", "Soqatra"),
    ],
)
def test_a_region_under_a_common_english_spelling(
    places_of: PlacesOf, sentence: str, country: str, region: str
) -> None:
    assert (country, region) in {(p.country_code, p.admin1) for p in places_of(sentence)}


@pytest.mark.parametrize(
    ("sentence", "town", "region"),
    [
        ("Traders shut the main market in Wau after a robbery.", "Wau",
         "Western Bahr el Ghazal"),
        ("Cattle raiders struck a camp near Aweil at dawn.", "Aweil", "Northern Bahr el Ghazal"),
    ],
)
def test_towns_of_regions_the_table_lacked_have_a_region(
    places_of: PlacesOf, sentence: str, town: str, region: str
) -> None:
    found = [p for p in places_of(sentence) if p.text == town]
    assert found and found[0].admin1 == region
