"""Parts of a country named by the compass: "southern Lebanon", "the north of Syria",
"north-eastern Nigeria".

The places stage keeps such a qualifier as the `relation` of the country it qualifies (the
mention still names the country, as geoparsing corpora count it). `named_part` finds the
first-level region the gazetteer names for that part of the country ("South Lebanon", "Northern
District", "Centre-Nord"), when exactly one does and its seat lies in that part of the
country: Ghana's "Central" region lies on its coast, not in the middle of it.
"""

from __future__ import annotations

import functools
import re
import tomllib
from importlib import resources
from typing import Any

from .gazetteer import Candidate, Gazetteer, admin1_regions
from .mentions import TokenView, lexicon
from .names import name_key

#: The parts a compass phrase may name; a phrase names a set of them ("north-eastern": north
#: and east).
NORTH, SOUTH, EAST, WEST, CENTRAL = "north", "south", "east", "west", "central"
_PARTS = (NORTH, SOUTH, EAST, WEST, CENTRAL)

#: "northeastern", "southwest": two parts written as one word.
_JOINED = re.compile(r"^(north|south)(east|west)(?:ern)?$")
_WORD_SPLIT = re.compile(r"[\s\-–]+")


@functools.cache
def _compass() -> tuple[dict[str, str], frozenset[str]]:
    """Each compass word → the part it names; and the words read before a name in English."""
    raw: dict[str, Any] = tomllib.loads(
        resources.files("eventwire.places").joinpath("data/lexicon.toml").read_text("utf-8")
    )["compass"]
    words = {w: part for part in _PARTS for w in raw[part]}
    return words, frozenset(raw["english"])


def compass_part(phrase: str | None) -> frozenset[str] | None:
    """The parts a compass phrase names ("southern" → {south}, "the north-east of" → {north,
    east}, "Centre-Nord" → {central, north}), or None when some word of it is no compass
    word or it names opposite parts."""
    if not phrase:
        return None
    words, _ = _compass()
    found: set[str] = set()
    for word in _WORD_SPLIT.split(phrase.lower()):
        if word in ("", "the", "of"):
            continue
        joined = _JOINED.match(word)
        if joined:
            found.update(joined.groups())
        elif word in words:
            found.add(words[word])
        else:
            return None
    if not found or {NORTH, SOUTH} <= found or {EAST, WEST} <= found:
        return None
    return frozenset(found)


def compass_before(w: TokenView, index: int) -> str | None:
    """The English compass phrase right before token `index` that names a part of the place
    there ("southern X", "south X", "north-eastern X", "north east X", "the north of X"),
    lower-cased."""
    _, english = _compass()
    for size in (3, 2, 1):
        start = index - size
        if start < 0 or any(w.sent_starts[i] for i in range(start + 1, index + 1)):
            continue
        words = w.lowers[start:index]
        if all(x in english or (0 < n < size - 1 and x in ("-", "–"))
               for n, x in enumerate(words)):
            phrase = w.text[w.starts[start]:w.starts[index]].strip().lower()
            if compass_part(phrase) is not None:
                return phrase
    return _part_of_phrase(w, index)


def _part_of_phrase(w: TokenView, index: int) -> str | None:
    """"the south of X", "the northeast of X": the part in one word between "the" and "of"."""
    if index < 3 or w.lowers[index - 1] != "of":
        return None
    part = w.lowers[index - 2]
    if w.lowers[index - 3] != "the" or part.endswith("ern") or compass_part(part) is None \
            or part not in _compass()[1]:
        return None
    return f"the {part} of"


@functools.cache
def _region_parts(cc: str, country_words: frozenset[str]) -> tuple[tuple[str, frozenset[str]],
                                                                    ...]:
    """The regions of country `cc` whose name or another of their names is a compass phrase,
    once the country's name and the generic words for a region are set aside ("South
    Lebanon", "North-West Province", "Southern District"): (admin1 code, parts)."""
    generic = lexicon().region_words | {"governorate", "governorates", "regional"}
    out: list[tuple[str, frozenset[str]]] = []
    for (rcc, code), region in admin1_regions().items():
        if rcc != cc:
            continue
        for name in (region.name, *region.aliases, *region.labels):
            words = [x for x in name_key(name).split() if x not in generic
                     and x not in country_words]
            part = compass_part(" ".join(words)) if words else None
            if part is not None:
                out.append((code, part))
                break
    return tuple(out)


def named_part(gaz: Gazetteer, cc: str, country_names: tuple[str, ...],
               part: frozenset[str]) -> Candidate | None:
    """The one first-level region of country `cc` named for `part` of it and lying there."""
    words = frozenset(w for n in country_names for w in name_key(n).split())
    codes = {code for code, named in _region_parts(cc, words) if named == part}
    found = [area for code in sorted(codes) if (area := gaz.region(cc, code)) is not None
             and lies_in(gaz, area, part)]
    return found[0] if len(found) == 1 else None


@functools.cache
def _codes(cc: str) -> tuple[str, ...]:
    """The admin1 codes of the regions of country `cc`."""
    return tuple(code for rcc, code in admin1_regions() if rcc == cc)


def lies_in(gaz: Gazetteer, area: Candidate, part: frozenset[str]) -> bool:
    """The region's seat lies in that part of its country, as the seats of the country's
    regions are ranked each way: past the median seat on that side ("central": between the
    quartiles each way no other part of the phrase names). A country's regions crowd where
    its people live, so their seats measure its parts better than its outline does."""
    points = [(r.lat, r.lon) for code in _codes(area.country_code)
              if (r := gaz.region(area.country_code, code)) is not None
              and r.lat is not None and r.lon is not None]
    if area.lat is None or area.lon is None or len(points) < 2:
        return False
    lat, lon = area.lat, area.lon
    lats = sorted(p[0] for p in points)
    lons = sorted(p[1] for p in points)
    middle_lat = _quantile(lats, 0.25) <= lat <= _quantile(lats, 0.75)
    middle_lon = _quantile(lons, 0.25) <= lon <= _quantile(lons, 0.75)
    tests = {
        NORTH: lat > _quantile(lats, 0.5), SOUTH: lat < _quantile(lats, 0.5),
        EAST: lon > _quantile(lons, 0.5), WEST: lon < _quantile(lons, 0.5),
        # "north-central": in the north, and in the middle from east to west
        CENTRAL: (middle_lat or bool(part & {NORTH, SOUTH}))
        and (middle_lon or bool(part & {EAST, WEST})),
    }
    return all(tests[p] for p in part)


def _quantile(ordered: list[float], q: float) -> float:
    """The `q` quantile of the ascending `ordered`, interpolated between neighbours."""
    at = q * (len(ordered) - 1)
    low = int(at)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (at - low)
