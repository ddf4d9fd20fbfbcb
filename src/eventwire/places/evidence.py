"""Document totals behind the per-name evidence of `resolve`.

A name never counts as evidence for itself, so each name sees the countries, regions, picks
and points of all the other names: the document totals less the name's own share. Every
count is positive, so subtracting a share loses nothing, and a name with no share of its own
sees the totals as they are (a copy, not a pass over every other name).
"""

from __future__ import annotations

import functools
from collections import Counter
from dataclasses import dataclass

from .gazetteer import Candidate

Area = tuple[str, str | None]


@dataclass(frozen=True)
class Others:
    """What the names other than one say (see `Totals.less`)."""

    countries: Counter[str]  # named countries, then the countries of the picks
    strong: frozenset[str]  # the countries they name themselves
    explicit: frozenset[str]  # the countries named as places, not through demonyms
    regions: frozenset[Area]
    town_regions: frozenset[Area]  # the regions of picked towns
    points: tuple[tuple[float, float], ...]  # the points of picked towns


@dataclass(frozen=True)
class Totals:
    """Sums over every name of a text (see the module docstring)."""

    countries: Counter[str]
    explicit: Counter[str]  # those not named through demonyms
    regions: Counter[Area]  # how many names name each region
    #: The same of the picks (those with a country): their countries, their regions (of
    #: picked regions and counties) and the regions and points of picked towns.
    pick_countries: Counter[str]
    pick_regions: Counter[Area]
    town_regions: Counter[Area]
    town_points: tuple[tuple[str, tuple[float, float]], ...]

    @staticmethod
    def of(countries: dict[str, Counter[str]], regions: dict[str, frozenset[Area]],
           picks: dict[str, Candidate], implicit: str) -> Totals:
        """The totals of a text's names (`implicit`: the key of the countries that are not
        named as places, but through demonyms)."""
        all_countries: Counter[str] = Counter()
        explicit: Counter[str] = Counter()
        for k, counter in countries.items():
            all_countries.update(counter)
            if k != implicit:
                explicit.update(counter)
        all_regions: Counter[Area] = Counter()
        for found in regions.values():
            all_regions.update(found)
        picked = {k: p for k, p in picks.items() if p.country_code}
        towns = {k: p for k, p in picked.items() if p.feature == "city"}
        return Totals(
            all_countries, explicit, all_regions,
            Counter(p.country_code for p in picked.values()),
            Counter((p.country_code, p.admin1_code) for p in picked.values()
                    if p.feature in {"region", "county"}),
            Counter((p.country_code, p.admin1_code) for p in towns.values()),
            tuple((k, (p.lat, p.lon)) for k, p in towns.items()
                  if p.lat is not None and p.lon is not None))

    @functools.cached_property
    def points(self) -> tuple[tuple[float, float], ...]:
        return tuple(point for _, point in self.town_points)

    @functools.cached_property
    def point_keys(self) -> frozenset[str]:
        return frozenset(k for k, _ in self.town_points)

    def less(self, key: str, own: Counter[str] | None, own_regions: frozenset[Area] | None,
             pick: Candidate | None, implicit: bool) -> Others:
        """What the names other than `key` say. `own`, `own_regions` and `pick` are the share
        of `key`; `implicit` tells that share is not named as places."""
        countries = Counter(self.countries)
        for cc, n in own.items() if own else ():
            if countries[cc] > n:
                countries[cc] -= n
            else:
                del countries[cc]
        strong = frozenset(countries)
        explicit = frozenset(cc for cc, n in self.explicit.items() if n > own.get(cc, 0)) \
            if own and not implicit else frozenset(self.explicit)
        regions = {area for area, n in self.regions.items() if n > (area in own_regions)} \
            if own_regions else set(self.regions)
        mine = (pick.country_code, pick.admin1_code) if pick and pick.country_code else None
        if self.pick_countries:
            countries.update(self.pick_countries)
            if pick is not None and mine is not None:
                countries[pick.country_code] -= 1
                if not countries[pick.country_code]:
                    del countries[pick.country_code]
        if pick is not None and mine is not None and pick.feature in {"region", "county"}:
            regions.update(area for area, n in self.pick_regions.items() if n > (area == mine))
        else:
            regions.update(self.pick_regions)
        if pick is not None and mine is not None and pick.feature == "city":
            town_regions = frozenset(area for area, n in self.town_regions.items()
                                     if n > (area == mine))
        else:
            town_regions = frozenset(self.town_regions)
        points = tuple(point for k, point in self.town_points if k != key) \
            if key in self.point_keys else self.points
        return Others(countries, strong, explicit, frozenset(regions), town_regions, points)
