"""First-level regions split from an older one: each code has a name of its own."""

from __future__ import annotations

from collections import defaultdict

import pytest

from eventwire.places import get_gazetteer
from eventwire.places.gazetteer import admin1_name, admin1_regions

# (country, display name) pairs that may stand for more than one code. Empty: every shared
# name found so far has been resolved in admin1_overrides.toml.
SHARED_NAMES: frozenset[tuple[str, str]] = frozenset()


def test_no_two_regions_of_a_country_share_a_display_name() -> None:
    codes: dict[tuple[str, str], list[str]] = defaultdict(list)
    for (cc, code), region in admin1_regions().items():
        codes[(cc, region.name)].append(code)
    shared = {key: sorted(found) for key, found in codes.items()
              if len(found) > 1 and key not in SHARED_NAMES}
    assert not shared


@pytest.mark.parametrize(
    ("cc", "code", "name"),
    [
        ("SL", "02", "Northern"),  # the parent keeps its name
        ("SL", "05", "North West"),
        ("CL", "17", "Los Rios"),
        ("CL", "18", "Nuble"),
        ("GH", "17", "Savannah"),
        ("IQ", "19", "Halabja"),
        ("ET", "SI", "Sidama"),
        ("ID", "PS", "South Papua"),
    ],
)
def test_split_regions_have_their_own_names(cc: str, code: str, name: str) -> None:
    assert admin1_name(cc, code) == name


@pytest.mark.parametrize(
    ("town", "cc", "region"),
    [
        ("port loko", "SL", "North West"),
        ("makeni", "SL", "Northern"),
        ("valdivia", "CL", "Los Rios"),
        ("techiman", "GH", "Bono East"),
        ("halabja", "IQ", "Halabja"),
        ("merauke", "ID", "South Papua"),
    ],
)
def test_towns_carry_the_region_they_are_in_today(town: str, cc: str, region: str) -> None:
    found = {c.admin1 for c in get_gazetteer().lookup(town) if c.country_code == cc}
    assert region in found


@pytest.mark.parametrize(
    ("town", "region"),
    [
        ("belgrade", "Belgrade"),  # the capital unit split from Central Serbia
        ("zemun", "Belgrade"),  # a town inside the capital unit
        ("nis", "Central Serbia"),  # far from the capital: its region keeps it
        ("pancevo", "Vojvodina"),  # near the capital, but in another region
    ],
)
def test_towns_of_a_capital_split_from_its_region(town: str, region: str) -> None:
    found = {c.admin1 for c in get_gazetteer().lookup(town)
             if c.country_code == "RS" and c.feature == "city"}
    assert found == {region}
