"""A country's capital is what its name means in the news, whatever countries the report is
about, unless the text names the region of a small namesake. All sentences are written for
these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from eventwire.records import Place

PlacesOf = Callable[..., list[Place]]


def _country_of(places: list[Place], name: str) -> str | None:
    return next(p.country_code for p in places if p.name == name)


@pytest.mark.parametrize(("sentence", "name", "country"), [
    ("A drone attack killed a man in Russia's Kursk region. Separately, the Ukrainian leader "
     "said he would travel to Berlin next week for talks on air defence.", "Berlin", "DE"),
    ("Russian officials in the Belgorod region said the envoy had flown to Paris for talks.",
     "Paris", "FR"),
])
def test_a_capital_beats_a_small_namesake_in_the_report_s_countries(
        places_of: PlacesOf, sentence: str, name: str, country: str) -> None:
    assert _country_of(places_of(sentence), name) == country


def test_a_namesake_whose_region_the_text_names_stays() -> None:
    from eventwire import extract

    record = extract("A drone hit a house in Berlin, a village in the Chelyabinsk region, "
                     "on Monday.", published="2025-11-21")
    assert _country_of(list(record.places), "Berlin") == "RU"
