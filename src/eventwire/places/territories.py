"""Territories read as regions of a country whatever the gazetteer says ("Crimea", "the
Donbas"): `data/territories.toml`."""

from __future__ import annotations

import functools
import tomllib
from dataclasses import dataclass
from importlib import resources

from .names import name_key


@dataclass(frozen=True)
class Territory:
    country_code: str
    admin1_code: str


@functools.cache
def territories() -> dict[str, Territory]:
    raw = tomllib.loads(
        resources.files("eventwire.places").joinpath("data/territories.toml").read_text("utf-8")
    )
    out: dict[str, Territory] = {}
    for entry in raw["territory"]:
        for name in entry["names"]:
            out[name_key(name)] = Territory(entry["country"], entry["admin1"])
    return out
