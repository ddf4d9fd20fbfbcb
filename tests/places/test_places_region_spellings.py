"""Regions named under a usual variant of their romanised name are found in texts.

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
        ("Tribal fighters clashed near Wadi Harib (Shabwa) on Friday.", "YE", "Shabwah"),
        ("Unknown gunmen shot a farmer in a hamlet of Thi Qar province.", "IQ", "Dhi Qar"),
    ],
)
def test_a_region_spelt_with_a_usual_variant_is_found(
    places_of: PlacesOf, sentence: str, country: str, region: str
) -> None:
    assert (country, region, 3) in {(p.country_code, p.admin1, p.geo_precision)
                                    for p in places_of(sentence)}


def test_short_variants_are_not_indexed() -> None:
    from eventwire.places.gazetteer import _region_variants, admin1_regions

    variants = set().union(*(_region_variants(r) for r in admin1_regions().values()))
    assert all(len(v.replace(" ", "")) >= 5 for v in variants)
