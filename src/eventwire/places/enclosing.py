"""Enclosing areas: "Gadabo (Anzourou, Tillaberi)", "in Barangay Dalig, Tanauan, Batangas".

Reports locate a small place by the district and region around it, in brackets or after commas
following its name. The index often lacks the village and the district, but has the town or
the region: the last name inside the brackets is then read as that region (or country), and a
name in a comma chain opened by a locative preposition as a place, whatever the model took the
word for, so that the report is placed at least in the right region.
"""

from __future__ import annotations

import functools
import re
import tomllib
from collections.abc import Iterator, Sequence
from importlib import resources

from .gazetteer import Candidate, Gazetteer, keyed_regions
from .geo import distance_km
from .mentions import ARTICLES, Mention, lexicon
from .units import unit_readings

#: Text right before the last name of a bracketed qualifier: "Name (" or "Name (District, ".
_BEFORE = re.compile(r"[\w'’.\]]\s*\(\s*(?:[^()\n]{1,60},\s*)?$")
#: Text right after it: the closing bracket.
_AFTER = re.compile(r"^\s*\)")
#: How far back and ahead the brackets are looked for.
_WINDOW = 80
#: A unit noun after a local name ("Puli Alam district, Logar").
_UNIT = (
    r"(?:district|sub-?district|village|town|city|area|county|municipality|subdivision"
    r"|township|commune|department|province|region|state|governorate|locality|tehsil"
    r"|upazila|ward|barangay)"
)
_NAME = r"[A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|de|del|la|al|el|do|da))*"
#: A comma chain of names opened by a locative preposition, ending right before the mention:
#: "in Barangay Dalig, ", "near Kolofata town, Mayo-Sava, ".
_CHAIN_BEFORE = re.compile(
    rf"\b(?:in|near|at|outside)\s+(?:the\s+)?(?:{_UNIT}\s+(?:of\s+)?)?{_NAME}"
    rf"(?:\s+{_UNIT})?,\s*(?:{_NAME}(?:\s+{_UNIT})?,\s*){{0,2}}$"
)
#: "Moore, 19,": a person's age, not a place's area.
_AGE = re.compile(r"^\s*,\s*\d")
#: What ends a chain link: a comma, the end of a clause or of the brackets, or a unit noun.
_CHAIN_AFTER = re.compile(rf"^(?:\s*[,.;:)]|\s*$|\s+{_UNIT}\b)")


def in_brackets_last(doc_text: str, m: Mention) -> bool:
    """The mention is the last name inside brackets that follow another name."""
    before = doc_text[max(0, m.start - _WINDOW) : m.start]
    return bool(_AFTER.match(doc_text[m.end : m.end + 4])) and bool(_BEFORE.search(before))


#: Text right before a name inside brackets after another name, and right after it: with a
#: comma on one side at least, for a lone name in brackets may be anything ("(Davis)").
_INSIDE_BEFORE = re.compile(r"[\w'’.\]]\s*\(\s*[^()\n]{1,60},\s*$")
_INSIDE_AFTER = re.compile(r"^\s*(?:,[^()\n]{1,60})?\)")
_LIST_AFTER = re.compile(r"^\s*,[^()\n]{1,60}\)")


def in_brackets(doc_text: str, m: Mention) -> bool:
    """The mention is one of the names inside brackets that follow another name: "Inawan
    (Tin-Akoff, Oudalan)" names the commune and the province around the village."""
    before = doc_text[max(0, m.start - _WINDOW) : m.start]
    after = doc_text[m.end : m.end + _WINDOW]
    if _INSIDE_BEFORE.search(before):
        return bool(_INSIDE_AFTER.match(after))
    return bool(_LIST_AFTER.match(after)) and bool(_BEFORE.search(before))


def in_comma_chain(doc_text: str, m: Mention) -> bool:
    """The mention follows another name and a comma in a chain opened by a locative
    preposition, and ends a link of it: "in Kapitan Pepe, Cabanatuan, Nueva Ecija"."""
    after = doc_text[m.end : m.end + 20]
    if not _CHAIN_AFTER.match(after) or _AGE.match(after):
        return False
    return bool(_CHAIN_BEFORE.search(doc_text[max(0, m.start - _WINDOW * 2) : m.start]))


def qualifies_a_name(doc_text: str, start: int, end: int) -> bool:
    """The text at [start, end) is a name inside brackets after another name ("residents
    (Ward, Town) marched") or a later link of a comma chain opened by a locative ("in X
    municipality, Y department, troops ..."): it says where that name is, whatever the parser
    made of it, and never names a party."""
    before = doc_text[max(0, start - _WINDOW) : start]
    after = doc_text[end : end + _WINDOW]
    if _INSIDE_BEFORE.search(before):
        if _INSIDE_AFTER.match(after):
            return True
    elif _BEFORE.search(before) and (_AFTER.match(after) or _LIST_AFTER.match(after)):
        return True
    link_end = after[:20]
    ends_link = bool(_UNIT_END.search(doc_text[start:end])) or (
        bool(_CHAIN_AFTER.match(link_end)) and not _AGE.match(link_end))
    return ends_link and bool(_CHAIN_BEFORE.search(doc_text[max(0, start - _WINDOW * 2) : start]))


#: A name that ends with its own unit noun closes its link of a chain whatever follows ("in X
#: city, Y province demanded ...").
_UNIT_END = re.compile(rf"\s{_UNIT}$", re.IGNORECASE)


def encloses(doc_text: str, m: Mention) -> bool:
    """The mention names an area around the name before it, not the next item of a list:
    a region word follows it ("Rio Verde, Lara state") or it closes brackets."""
    return m.region_word is not None or in_brackets_last(doc_text, m)


#: "in X, " or "in X district, " right before the mention: the one link of a chain before it.
_ONE_LINK_BEFORE = re.compile(
    rf"\b(?:in|near|at|outside)\s+(?:the\s+)?(?:{_UNIT}\s+(?:of\s+)?)?{_NAME}"
    rf"(?:\s+{_UNIT})?,\s*$")
#: What closes a two-link chain after its second name: a comma and a lower-case word (the
#: clause goes on: "in X, Y, residents marched"), or the end of the sentence.
_CHAIN_CLOSE = re.compile(r"^(?:\s*,\s+[a-z]|\s*[.;:]|\s*$)")


#: What follows the second name of a list of places: another one ("X, Y, and Z", "X, Y or Z").
_LIST_GOES_ON = re.compile(r"^(?:\s*,)?\s*(?:(?:and|or)\s+)?(?:the\s+)?[A-Z]")


def list_goes_on(doc_text: str, m: Mention) -> bool:
    """Another name follows the mention as the next item of a list ("Kyiv, Poltava, and
    Odesa"): "X, Y" then names two places, where "in X, Y, a man was shot" or "X, Y." has Y
    say where X is."""
    return bool(_LIST_GOES_ON.match(doc_text[m.end:m.end + 12]))


def closes_two_link_chain(doc_text: str, m: Mention) -> bool:
    """The mention is the second name of "in X, Y, ..." (or "in X, Y."): it says where X is,
    as a region or country does, not a second town of a list ("in X, Y and Z")."""
    return bool(_CHAIN_CLOSE.match(doc_text[m.end:m.end + 8])) and bool(
        _ONE_LINK_BEFORE.search(doc_text[max(0, m.start - _WINDOW):m.start]))


def enclosing_areas(
    doc_text: str, mentions: Sequence[Mention], cands: list[tuple[Candidate, ...]]
) -> set[int]:
    """Indices of mentions that close a bracketed qualifier, or a two-link comma chain opened
    by a locative ("in Hamlet, Province, ..."), and can be read as a region, a country or a
    second-level unit (`unit_readings`);
    their candidates are narrowed to those readings in place (the town named first may be
    one the index lacks: the second name is then no namesake town abroad)."""
    found: set[int] = set()
    for i, m in enumerate(mentions):
        areas = tuple(c for c in cands[i] if c.feature in {"region", "country"} and c.country_code)
        areas += unit_readings(m, cands[i])
        if areas and in_brackets_last(doc_text, m):
            cands[i] = areas
            found.add(i)
        elif areas and closes_two_link_chain(doc_text, m):
            seats = {(a.country_code, a.admin1_code) for a in areas if a.feature == "region"}
            cands[i] = areas + tuple(c for c in cands[i] if c.feature == "city" and (
                c.country_code, c.admin1_code) in seats)  # "in X, Mexico City": the city too
            found.add(i)
    return found


#: A name qualified by a town ("Barangay X, Town, Province") lies within this distance of it.
QUALIFYING_TOWN_KM = 50.0


def near_qualifying_town(cands: Sequence[Candidate], town: Sequence[Candidate]
                         ) -> list[Candidate]:
    """Those of the town readings of a name followed by a town in a comma chain ("in
    Barangay San Roque, Kabankalan, Negros Occidental") that lie near that town: a namesake
    elsewhere in the region is not the place meant. A qualifier that may be read as an area
    leaves the readings as they are."""
    points = [(c.lat, c.lon) for c in town if c.feature == "city"
              and c.lat is not None and c.lon is not None]
    if not points or any(c.feature != "city" for c in town):
        return list(cands)
    return [c for c in cands if c.feature != "city" or (
        c.lat is not None and c.lon is not None and any(
            distance_km(c.lat, c.lon, lat, lon) <= QUALIFYING_TOWN_KM for lat, lon in points))]


def _local_unit(m: Mention) -> bool:
    """A second-level unit word follows the name ("district", "county"), not "province"."""
    return m.region_word is not None and m.region_word not in lexicon().first_level_words


def district_name_parts(
    doc_text: str, mentions: Sequence[Mention], cands: list[tuple[Candidate, ...]]
) -> None:
    """ "in Shirin Tagab district", "Khas Urozgan district": words of a local unit's longer name
    the index lacks are no towns of their own. A name run into by a capitalised word before
    its unit word, and a name running on into such a name, lose their town readings (in
    place); a reading as a region or county stays."""
    for i, m in enumerate(mentions):
        nxt = mentions[i + 1] if i + 1 < len(mentions) else None
        words = doc_text[max(0, m.start - 8) : m.start].split()
        after_article = bool(words) and words[-1].lower() in ARTICLES  # "Ar Rutba district"
        part = m.runs_in and _local_unit(m) and not after_article
        if not part and m.runs_on and nxt is not None and nxt.runs_in and _local_unit(nxt):
            part = not doc_text[m.end : nxt.start].strip()
        if part:
            cands[i] = tuple(c for c in cands[i] if c.feature != "city")


@functools.cache
def _common_road() -> re.Pattern[str]:
    words = "|".join(sorted(lexicon().road_words, key=len, reverse=True))
    return re.compile(rf"(?:\s?[-–]\s?[A-Z][\w'’]*(?: [A-Z][\w'’]*)?)?\s(?:{words})\b")


def names_a_road(doc_text: str, m: Mention) -> bool:
    """The name is an end of a road named after it, with the road word in lower case: "the
    Kahnuj road", "the Rashayya-Masnaa road" (a town), unlike "Gladstone Road" (a street)."""
    return _common_road().match(doc_text, m.end) is not None


@functools.cache
def region_abbreviations() -> dict[str, tuple[str, str]]:
    """Bracketed abbreviations of regions (`data/region_abbreviations.toml`): text → (country,
    GeoNames admin1 code)."""
    raw = tomllib.loads(resources.files("eventwire.places").joinpath(
        "data/region_abbreviations.toml").read_text("utf-8"))
    out: dict[str, tuple[str, str]] = {}
    for text, area in raw["abbreviations"].items():
        cc, code = str(area).split(".", 1)
        out[str(text)] = (cc, code)
    return out


#: An abbreviation closing brackets: after a comma, or alone when of three characters or more
#: ("Y (AP)" is an agency's dateline, "Y (AJK)" a region).
_ABBREVIATION = re.compile(r",\s*([A-Z][A-Z&]{1,3})\s*\)|\(\s*([A-Z][A-Z&]{2,3})\s*\)")


def bracketed_abbreviations(doc_text: str) -> Iterator[tuple[int, int, str, str]]:
    """(start, end, country, admin1 code) of each region abbreviation that closes brackets
    after another name: "Zarwal town (Pulwama district, J&K)"."""
    table = region_abbreviations()
    for match in _ABBREVIATION.finditer(doc_text):
        group = 1 if match.group(1) else 2
        area = table.get(match.group(group))
        start = match.start(group)
        if area is not None and _BEFORE.search(doc_text[max(0, start - _WINDOW) : start]):
            yield start, match.end(group), area[0], area[1]


def seat_regions(gaz: Gazetteer, doc_text: str, mentions: Sequence[Mention],
                 cands: list[tuple[Candidate, ...]]) -> None:
    """"X (Kasserine)" where the index knows the region only as "Al Qasrayn": a name that
    closes brackets after another name and that the index has only as towns reads as the
    region of such a town whose name it is under another romanisation (`region_key`).
    Narrows `cands` in place."""
    for i, m in enumerate(mentions):
        if any(c.feature in {"region", "country"} for c in cands[i]) or not (
                in_brackets_last(doc_text, m)):
            continue
        found: list[Candidate] = []
        for c in cands[i]:
            if c.feature == "city" and c.admin1_code in keyed_regions(c.country_code, m.text):
                area = gaz.region(c.country_code, c.admin1_code)
                if area is not None and area not in found:
                    found.append(area)
        if found:
            cands[i] = tuple(found)
