"""The seed articles' place expectations (shared/seeds, read-only; skipped when absent)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from eventwire.records import Place
from support import SEEDS, require

PlacesOf = Callable[..., list[Place]]


def _text(name: str) -> str:
    return (require(SEEDS) / name).read_text(encoding="utf-8")


def _resolved(places_of: PlacesOf, name: str) -> dict[str, tuple[object, ...]]:
    return {p.text: (p.name, p.country_code, p.admin1, p.geo_precision, p.feature)
            for p in places_of(_text(name))}


def test_mine_article(places_of: PlacesOf) -> None:
    got = _resolved(places_of, "krasnolimanska-mine.txt")
    assert got["Rodine"] == ("Rodynske", "UA", "Donetsk", 2, "city")
    assert got["Konstantinovka"][:3] == ("Kostyantynivka", "UA", "Donetsk")
    pokrovsky = [v for k, v in got.items() if "Pokrovsky" in k]
    assert pokrovsky and pokrovsky[0][:3] == ("Pokrovsk", "UA", "Donetsk")
    mine = [v for k, v in got.items() if "Krasnoliomannaya" in k]
    assert mine and mine[0] == ("Rodynske", "UA", "Donetsk", 2, "facility")
    assert got["Donetsk region"] == ("Donetsk", "UA", "Donetsk", 3, "region")


def test_saratov_article(places_of: PlacesOf) -> None:
    got = _resolved(places_of, "saratov-engels-strikes.txt")
    for town, cc, admin1 in [("Engels", "RU", "Saratov"), ("Kazan", "RU", "Tatarstan"),
                             ("Penza", "RU", "Penza"), ("Kaluga", "RU", "Kaluga"),
                             ("Saratov", "RU", "Saratov"), ("Kyiv", "UA", "Kyiv City"),
                             ("Poltava", "UA", "Poltava"), ("Odesa", "UA", "Odesa")]:
        assert got[town][:3] == (town, cc, admin1)
    assert got["Saratov region"][3:] == (3, "region")
    for person in ("Pistorius", "Boris Pistorius", "Kovalenko", "Mark Rutte", "Rutte"):
        assert person not in got


def test_seed_paths_are_shared_not_copied() -> None:
    assert not list(Path(__file__).resolve().parents[2].rglob("krasnolimanska-mine.txt"))
