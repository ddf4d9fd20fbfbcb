"""Derivation of `data/admin1_english.tsv` (English names of GeoNames first-level regions) and
of `data/admin2.tsv` (second-level units: provinces, districts).

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

Second-level units (Philippine and Burkinabè provinces, Ugandan and Malawian districts) are
the ISO subdivisions whose parent subdivision is matched to a GeoNames region (by the ISO
column of `admin1_english.tsv`, else by the same matching), and that are matched to none
themselves; GeoNames cities500 lacks most of them. Each is written with the GeoNames code of
its region (that of the towns around its point where they all but agree on another one: some
ISO parents predate a reorganisation), its names and its ISO point:

    python -m eventwire.places.derive admin2 PATH/TO/iso3166_2/iso3166-2.json

Output columns: country, GeoNames admin1 code of the region, ISO 3166-2 code, names (the ISO
name, then English spellings of it, "|"-separated), latitude, longitude, ISO type.
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
    parent: str = ""  # the ISO code of the subdivision it lies in, if any
    kind: str = ""  # its ISO type ("Province", "District")

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
                                (float(point[0]), float(point[1])) if point else None,
                                str(entry.get("parentCode") or ""), str(entry.get("type") or "")))
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
    from .gazetteer import country_table

    return {cc: str(c["name"]) for cc, c in country_table().items()}


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


@dataclass(frozen=True)
class _Match:
    """The ISO subdivisions of one country and the GeoNames region each matched: admin1
    code → subdivision code."""

    subs: tuple[_Subdivision, ...]
    matched: dict[str, str]


def _match_regions(iso: dict[str, Any]) -> dict[str, _Match]:
    """Each GeoNames region matched to the subdivision of its country whose names are
    closest to its own (see the module docstring), by country."""
    from rapidfuzz import fuzz

    from .gazetteer import local_admin1_regions

    points = _region_points()
    by_country: dict[str, list[Any]] = collections.defaultdict(list)
    for region in local_admin1_regions(english=False).values():
        by_country[region.cc].append(region)
    out: dict[str, _Match] = {}
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
        matched: dict[str, str] = {}
        for _, _, code, sub_code in sorted(pairs):
            if code not in matched and sub_code not in matched.values():
                matched[code] = sub_code
        out[cc] = _Match(tuple(subs), matched)
    return out


def derive_admin1_english(iso_json: Path, out: Path,
                          matches: dict[str, _Match] | None = None) -> int:
    """Write `admin1_english.tsv` from the iso3166-2 package's JSON; return the rows written."""
    from rapidfuzz import fuzz

    from .gazetteer import local_admin1_regions

    iso: dict[str, Any] = json.loads(iso_json.read_text("utf-8"))
    matches = matches if matches is not None else _match_regions(iso)
    countries = _country_names()
    by_country: dict[str, list[Any]] = collections.defaultdict(list)
    for region in local_admin1_regions(english=False).values():
        by_country[region.cc].append(region)
    rows: list[tuple[str, ...]] = []
    for cc, regions in sorted(by_country.items()):
        match = matches[cc]
        subs_by_code = {s.code: s for s in match.subs}
        known_names = {r.code: (r.name, *r.aliases) for r in regions}
        known = {code: {name_key(n) for n in names} for code, names in known_names.items()}
        for code, sub_code in match.matched.items():
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
    return _write_table(out, "country\tadmin1_code\tiso_code\tindexed names\tcomparison names"
                        "  (derived by derive_admin1_english, see places/derive.py)", rows)


#: An English name of a second-level unit is indexed only when it is this close to its ISO
#: name: a spelling ("Chittagong" for "Chattogram"), not a translation or a motto.
UNIT_NAME_RATIO = 60.0
#: Bracketed notes in ISO names ("Aousserd (EH)", "[Bro Morgannwg GB-BMG]") and the inverted
#: unit words of some ("Bristol, City of", "Durham, County", "Vale of Glamorgan, The").
_NOTE = re.compile(r"\s*[(\[][^)\]]*[)\]]")
_INVERTED = re.compile(r",\s*(?:city of|county|the)$", re.IGNORECASE)


def _unit_names(sub: _Subdivision) -> list[str]:
    """The names of a second-level unit worth looking up in texts: its ISO name (split where
    it gives two: "Bolama / Bijagós") and the English names close to it (not a motto like
    "Salad Bowl of the Philippines", nor a gloss)."""
    from rapidfuzz import fuzz

    base = _INVERTED.sub("", _NOTE.sub("", sub.name)).strip()
    names = [n.strip() for n in base.split(" / ") if n.strip()]
    own = {_bare(n) for n in names} - {""}
    names += [_INVERTED.sub("", _NOTE.sub("", n)).strip() for n in sub.english if max(
        (fuzz.ratio(_bare(n), k) for k in own), default=0.0) >= UNIT_NAME_RATIO]
    return [n for n in dict.fromkeys(names) if n and _latin(n)]


def _listed_matches() -> dict[str, dict[str, str]]:
    """The matches `admin1_english.tsv` lists (admin1 code → ISO code, by country): they
    hold over a fresh match, so the units follow the regions as the index knows them."""
    out: dict[str, dict[str, str]] = collections.defaultdict(dict)
    text = resources.files("eventwire.places").joinpath("data/admin1_english.tsv")
    for line in text.read_text("utf-8").splitlines():
        if line and not line.startswith("#"):
            cc, code, sub_code = line.split("\t")[:3]
            out[cc][code] = sub_code
    return out


#: A unit whose parent's region is contradicted by the towns around its point: at least
#: `UNIT_AGREE` of its `UNIT_TOWNS` nearest towns of `UNIT_TOWN_POPULATION` people, all
#: within `UNIT_TOWN_KM`, lie in one other region (the ISO list keeps some parents from
#: before a reorganisation). A point farther than `UNIT_FAR_KM` from every town of its
#: parent's region is no point of it.
UNIT_TOWN_POPULATION = 1000
UNIT_TOWNS = 5
UNIT_AGREE = 4
UNIT_TOWN_KM = 60.0
UNIT_FAR_KM = 300.0


def _towns_by_country() -> dict[str, list[tuple[float, float, str]]]:
    """(lat, lon, admin1 code as the index gives it) of the towns of each country."""
    from .gazetteer import _capital_codes, _load_cities

    cities = _load_cities()
    moved = _capital_codes(cities)
    out: dict[str, list[tuple[float, float, str]]] = collections.defaultdict(list)
    for city in cities.values():
        if int(city["population"] or 0) >= UNIT_TOWN_POPULATION:
            out[city["countrycode"]].append((float(city["latitude"]), float(city["longitude"]),
                                             moved.get(city["geonameid"], city["admin1code"])))
    return out


def _unit_region(point: tuple[float, float] | None, parent: str,
                 towns: list[tuple[float, float, str]]) -> str | None:
    """The region of a unit whose parent subdivision is the region `parent`: that one,
    unless the towns around the unit's point say otherwise (see `UNIT_AGREE`); None when
    the point lies far from every town of the parent's region."""
    if point is None:
        return parent
    own = min((_km(point, (lat, lon)) for lat, lon, code in towns if code == parent),
              default=math.inf)
    near = sorted((_km(point, (lat, lon)), code) for lat, lon, code in towns)[:UNIT_TOWNS]
    votes = collections.Counter(code for km, code in near if km <= UNIT_TOWN_KM)
    top = max(votes, key=lambda c: votes[c], default=parent)
    if top != parent and votes[top] >= UNIT_AGREE:
        return top
    return parent if own <= UNIT_FAR_KM else None


def derive_admin2(iso_json: Path, out: Path, matches: dict[str, _Match] | None = None) -> int:
    """Write `admin2.tsv`: every ISO subdivision whose parent subdivision is matched to a
    GeoNames first-level region (Philippine and Burkinabè provinces, Ugandan districts),
    with that region's GeoNames code. A subdivision matched to a GeoNames region itself is
    left out, and so are all those of a parent that some of its subdivisions are matched
    under (an island group above the provinces GeoNames lists). Returns the rows written."""
    iso: dict[str, Any] = json.loads(iso_json.read_text("utf-8"))
    matches = matches if matches is not None else _match_regions(iso)
    listed = _listed_matches()
    towns = _towns_by_country()
    rows: list[tuple[str, ...]] = []
    for cc, match in sorted(matches.items()):
        region_of = {sub_code: code for code, sub_code in match.matched.items()
                     if code not in listed.get(cc, {})}
        region_of = {s: c for s, c in region_of.items() if s not in listed.get(cc, {}).values()}
        region_of.update((s, c) for c, s in listed.get(cc, {}).items())
        above = {s.parent for s in match.subs if s.code in region_of}
        for sub in match.subs:
            names = _unit_names(sub)
            if sub.parent not in region_of or sub.code in region_of or sub.parent in above \
                    or not names:
                continue
            code = _unit_region(sub.point, region_of[sub.parent], towns.get(cc, []))
            if code is None:
                continue
            lat, lon = (f"{sub.point[0]:.4f}", f"{sub.point[1]:.4f}") if sub.point else ("", "")
            rows.append((cc, code, sub.code, "|".join(names), lat, lon, sub.kind))
    return _write_table(out, "country\tparent admin1_code\tiso_code\tnames\tlat\tlon\ttype"
                        "  (derived by derive_admin2, see places/derive.py)", rows)


def _write_table(out: Path, header: str, rows: list[tuple[str, ...]]) -> int:
    """Write a derived table: a "# " header line, then the rows sorted, tab-separated."""
    with out.open("w", encoding="utf-8", newline="") as handle:
        handle.write(f"# {header}\n")
        for row in sorted(rows):
            handle.write("\t".join(row) + "\n")
    return len(rows)


def main(argv: list[str]) -> int:
    data = resources.files("eventwire.places").joinpath("data")
    if len(argv) == 2 and argv[0] == "admin2":
        out = Path(str(data.joinpath("admin2.tsv")))
        print(derive_admin2(Path(argv[1]), out), "second-level units written to", out)
        return 0
    if len(argv) != 1:
        print(__doc__)
        return 2
    out = Path(str(data.joinpath("admin1_english.tsv")))
    print(derive_admin1_english(Path(argv[0]), out), "regions written to", out)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
