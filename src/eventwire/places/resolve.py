"""Resolution: pick the gazetteer entry each mention names, from the whole document's context.

Each candidate is scored by its size (log population), how the name matched (own name,
alternate name, loose transliteration key, fuzzy), whether a region word follows the mention,
the countries and regions the text names (explicitly, through demonyms, or through places that
are not ambiguous), and its distance to the other places of the text (places reported together
are usually near each other). Two passes: the first picks without the proximity evidence, the
second rescores with it.
"""

from __future__ import annotations

import dataclasses
import functools
import math
import re
import tomllib
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from importlib import resources

from spacy.tokens import Doc

from .abbreviations import misread_abbreviation
from .capitals import capital_over_namesake
from .enclosing import (
    district_name_parts,
    encloses,
    enclosing_areas,
    in_brackets,
    in_comma_chain,
    list_goes_on,
    names_a_road,
    near_qualifying_town,
    region_abbreviations,
    seat_regions,
)
from .evidence import Totals
from .gazetteer import MATCH_ALT, MATCH_FUZZY, MATCH_NAME, MATCH_SKELETON, Candidate, Gazetteer
from .geo import nearest_km
from .mentions import (
    Mention,
    TokenView,
    article_led,
    lexicon,
    view_article_led,
)
from .names import name_key, skeleton_key
from .outlets import outlet_places
from .sentences import sentence_readings
from .territories import territories
from .units import is_unit, unit_accepted, unit_prior, unit_readings

#: Loose (skeleton or fuzzy) matches are tried only for names at least this long.
MIN_LOOSE_LENGTH = 6
FUZZY_CUTOFF = 88.0
#: Towns at least this large are accepted without any place cue around the name.
PROMINENT_POPULATION = 20_000
_STRONG_LABELS = {"GPE", "LOC", "FAC"}
#: Score taken from a candidate in a country the text never names when it names some.
STRANGER_PENALTY = 3.0
#: Towns abroad at least this large may still be meant in a text about another country.
STRANGER_POPULATION = 100_000
#: A town abroad named by one of its alternate names (a former or foreign name) is meant in a
#: text whose other places lie elsewhere only when it is at least this large.
STRANGER_ALT_POPULATION = 2_000_000
#: Score for a world area (a sea, a part of the world) over towns and regions named after it.
WORLD_AREA_BONUS = 6.0
#: Score for a candidate in the region that holds namesakes of most of the text's other names.
COMMON_REGION_BONUS = 2.5
_MATCH_PENALTY = {MATCH_ALT: 0.5, MATCH_SKELETON: 2.5, MATCH_FUZZY: 3.5}


#: Key under which `Context.countries` keeps the countries named through demonyms.
_DEMONYMS = "\x01demonyms"


@dataclass(frozen=True)
class Context:
    """What the document says about where it is, per mention key, so that a name never
    counts as evidence for itself: countries and regions named explicitly (or through
    demonyms and the outlet, under the key ""), and the first-pass pick of every name."""

    countries: dict[str, Counter[str]]
    regions: dict[str, frozenset[tuple[str, str | None]]]
    picks: dict[str, Candidate] = dataclasses.field(default_factory=dict)
    outlet_points: tuple[tuple[float, float], ...] = ()
    #: For each region, the names of the text with a town or county of that name in it.
    shared: dict[tuple[str, str | None], frozenset[str]] = dataclasses.field(
        default_factory=dict)
    #: The candidates kept for scoring and their priors, by (id of the candidates, key,
    #: region word), shared by the two passes over one text (priors ignore the context).
    priors: dict[tuple[int, str, str | None], tuple[Sequence[Candidate], list[tuple[
        float, Candidate]]]] = dataclasses.field(default_factory=dict)
    #: The country a demonym gives a name anywhere in the text ("the Ukrainian town of X").
    cues: dict[str, str] = dataclasses.field(default_factory=dict)

    @functools.cached_property
    def _cache(self) -> dict[str, _Evidence]:
        return {}

    @functools.cached_property
    def totals(self) -> Totals:
        """The countries, regions and picks of every name together (computed once)."""
        return Totals.of(self.countries, self.regions, self.picks, _DEMONYMS)

    @functools.cached_property
    def shared_keys(self) -> frozenset[str]:
        return frozenset().union(*self.shared.values())

    @functools.cached_property
    def common_region(self) -> tuple[str, str | None] | None:
        """That of every name not in `shared_keys` (mention keys are never empty)."""
        return _common_region(self.shared, "")

    @functools.cached_property
    def picked(self) -> dict[tuple[int, str, str | None], tuple[Sequence[Candidate],
                                                               Candidate | None]]:
        """`best_candidate` results by (id of the candidates, key, region word); the
        candidates are kept with each result, so no id is reused while it is stored."""
        return {}

    def evidence(self, key: str) -> _Evidence:
        """The evidence from every other name than `key` (computed once per key)."""
        if key not in self._cache:
            self._cache[key] = _Evidence.collect(self, key)
        return self._cache[key]


@dataclass(frozen=True)
class _Evidence:
    countries: Counter[str]
    total: int
    regions: frozenset[tuple[str, str | None]]
    town_regions: frozenset[tuple[str, str | None]]
    points: tuple[tuple[float, float], ...]
    #: Countries the text names itself (countries, regions, demonyms, forces, the outlet),
    #: as opposed to those of the first-pass picks of ambiguous town names.
    strong: frozenset[str] = frozenset()
    #: Of those, the ones named as places (countries, regions, the outlet's), not through the
    #: nationality of actors: "Russian forces shelled Kherson" names no country but Ukraine.
    explicit: frozenset[str] = frozenset()
    #: The one region holding towns or counties of more of the other names than any other
    #: region does (at least two): "Alexandria", "Brandon" and "Douglas County" together
    #: point at the one state that has all three.
    common_region: tuple[str, str | None] | None = None

    @staticmethod
    def collect(ctx: Context, key: str) -> _Evidence:
        others = ctx.totals.less(key, ctx.countries.get(key), ctx.regions.get(key),
                                 ctx.picks.get(key), key == _DEMONYMS)
        common = _common_region(ctx.shared, key) if key in ctx.shared_keys \
            else ctx.common_region
        return _Evidence(others.countries, sum(others.countries.values()), others.regions,
                         others.town_regions, ctx.outlet_points + others.points, others.strong,
                         others.explicit, common)


def _common_region(shared: dict[tuple[str, str | None], frozenset[str]], key: str
                   ) -> tuple[str, str | None] | None:
    best, top, tie = None, -1, False
    for area, keys in shared.items():
        count = len(keys) - (key in keys)
        if count > top:
            best, top, tie = area, count, False
        elif count == top:
            tie = True
    return None if top < 2 or tie else best


# --------------------------------------------------------------------------- candidates


def loose_allowed(mention: Mention) -> bool:
    """Loose matching only where the text clearly speaks of a place."""
    strong = mention.label in _STRONG_LABELS or mention.cue_before or mention.quoted
    return strong or mention.region_word is not None or mention.relation is not None


#: Key prefix of the mentions of bracketed region abbreviations ("J&K"), so that they never
#: meet a gazetteer key.
ABBREVIATED_KEY = "\x02"


def candidates_for(gaz: Gazetteer, mention: Mention) -> tuple[Candidate, ...]:
    if mention.key.startswith(ABBREVIATED_KEY):
        cc, code = region_abbreviations()[mention.text]
        area = gaz.region(cc, code)
        return () if area is None else (area,)
    territory = territories().get(mention.key)
    if territory is not None:
        region = gaz.region(territory.country_code, territory.admin1_code)
        return () if region is None else (region,)
    if mention.loose:
        return gaz.lookup_skeleton(skeleton_key(mention.text))
    return gaz.lookup(mention.key)


def fuzzy_candidates(gaz: Gazetteer, text: str, countries: Iterable[str]) -> tuple[Candidate, ...]:
    """Garbled names: the closest indexed name in the countries the text is about."""
    from rapidfuzz import fuzz, process

    key = name_key(text)
    if len(key) < MIN_LOOSE_LENGTH:
        return ()
    best: tuple[float, str] | None = None
    length = len(key)
    for cc in countries:
        # garbled names keep their start and length: only such names are compared
        keys = [k for k in gaz.keys_starting(cc, key[:2]) if abs(len(k) - length) <= 2]
        hit = process.extractOne(key, keys, scorer=fuzz.ratio, score_cutoff=FUZZY_CUTOFF)
        if hit is not None and (best is None or hit[1] > best[0]):
            best = (float(hit[1]), str(hit[0]))
    if best is None:
        return ()
    allowed = set(countries)
    return tuple(replace(c, match=MATCH_FUZZY) for c in gaz.lookup(best[1])
                 if c.country_code in allowed)


# --------------------------------------------------------------------------- scoring


def _prior(c: Candidate, m: Mention, seats: frozenset[tuple[str, str | None]],
           cands: Sequence[Candidate] = ()) -> float:
    """Score before context. `seats` are (country, admin1) of same-named towns among the
    candidates: a bare "Saratov" is the town, not the region it is the seat of."""
    score = math.log10(c.population + 10)
    first_level = m.region_word in lexicon().first_level_words
    if c.feature == "country":
        score += 2.0
    elif c.feature == "region" and not c.country_code and not m.region_word:
        score += WORLD_AREA_BONUS  # "the Middle East", "the Red Sea": the area, not a namesake
    elif c.feature == "region":
        if first_level or m.key in territories():
            score += 1.0
        else:
            score -= 4.0 if (c.country_code, c.admin1_code) in seats else 1.0
    elif c.feature == "county":
        score = unit_prior(c, m, cands) if is_unit(c) else score + 4.0
    elif first_level:
        score -= 5.0
    return score - _MATCH_PENALTY.get(c.match, 0.0)


def _seats(cands: Sequence[Candidate]) -> frozenset[tuple[str, str | None]]:
    """A town matched only through an alternate name is no seat of a region the name names
    exactly: "Bihar" is the state, not Bihar Sharif."""
    named = {(c.country_code, c.admin1_code) for c in cands
             if c.feature == "region" and c.match == MATCH_NAME}
    return frozenset((c.country_code, c.admin1_code) for c in cands
                     if c.feature == "city" and (c.match == MATCH_NAME or (
                         c.population >= 10_000 and (c.country_code, c.admin1_code) not in named)))


#: Score for a candidate in the country a demonym gives the place ("the Ukrainian town of
#: X"), taken from those elsewhere.
DEMONYM_CUE_BONUS = 4.0


def _context_bonus(c: Candidate, ev: _Evidence) -> float:
    bonus = 0.0
    named = ev.countries.get(c.country_code, 0)
    if ev.total and named:
        bonus += 1.5 + 2.0 * named / ev.total
    if ev.strong and c.country_code and not named:
        bonus -= STRANGER_PENALTY
    area = (c.country_code, c.admin1_code)
    if c.admin1_code and area in ev.regions:
        bonus += 3.0
    elif c.admin1_code and area in ev.town_regions:
        bonus += 1.5
    elif c.admin1_code and area == ev.common_region:
        bonus += COMMON_REGION_BONUS
    if c.lat is None or c.lon is None or c.feature == "country":
        return bonus
    nearest = nearest_km(c.lat, c.lon, ev.points, enough=99.0)
    if nearest is not None:
        bonus += 2.0 if nearest < 100 else 1.0 if nearest < 300 else 0.0
    return bonus


def best_candidate(cands: Sequence[Candidate], m: Mention, ctx: Context) -> Candidate | None:
    """The best-scoring candidate (the score depends on the mention's key and region word
    only, so a repeated name is scored once per context)."""
    if not cands:
        return None
    memo = (id(cands), m.key, m.region_word)
    stored = ctx.picked.get(memo)
    if stored is not None and stored[0] is cands:
        return stored[1]
    best = _best_candidate(cands, m, ctx)
    ctx.picked[memo] = (cands, best)
    return best


def _best_candidate(cands: Sequence[Candidate], m: Mention, ctx: Context) -> Candidate | None:
    if len(cands) == 1:
        return cands[0]  # nothing to weigh: no need for the evidence of the other names
    memo = (id(cands), m.key, m.region_word)
    stored = ctx.priors.get(memo)
    if stored is not None and stored[0] is cands:
        scored = stored[1]
    else:
        seats = _seats(cands)
        scored = [(_prior(c, m, seats, cands), c) for c in cands]
        if len(scored) > 25:  # context only reorders the plausible ones
            scored = sorted(scored, key=lambda pair: -pair[0])[:25]
        ctx.priors[memo] = (cands, scored)
    ev = ctx.evidence(m.key)
    cue = ctx.cues.get(m.key)
    best = max(scored, key=lambda pair: (
        pair[0] + _context_bonus(pair[1], ev)
        + (DEMONYM_CUE_BONUS if cue is not None and pair[1].country_code == cue else 0.0),
        -pair[1].pid))[1]
    if _supported(best, ev):
        return best  # a namesake among the text's other places ("Rome" in a Georgia report)
    return capital_over_namesake(best, [c for _, c in scored], ev.regions)


# --------------------------------------------------------------------------- guards


def _person_parts(doc: Doc, view: TokenView | None = None) -> frozenset[str]:
    """Words of multi-word person names: "Kovalenko" alone later is the same person."""
    if view is not None:
        return frozenset(
            name_key(word) for start, end, label in view.ents
            if label == "PERSON" and end - start > 1 and not view_article_led(view, start, end)
            for word in view.texts[start:end] if word[:1].isupper())
    parts: set[str] = set()
    for ent in doc.ents:
        if ent.label_ == "PERSON" and len(ent) > 1 and not article_led(ent):
            parts.update(name_key(t.text) for t in ent if t.text[:1].isupper())
    return frozenset(parts)


def _supported(c: Candidate, ev: _Evidence) -> bool:
    """The other places of the text are in the same region or nearby."""
    if (c.country_code, c.admin1_code) in ev.regions | ev.town_regions:
        return True
    if c.lat is None or c.lon is None:
        return False
    nearest = nearest_km(c.lat, c.lon, ev.points, enough=149.0)
    return nearest is not None and nearest < 150


def _stranger(c: Candidate, ev: _Evidence) -> bool:
    """A small town in a country neither the text nor its other places name, when the text
    names another country as a place: a namesake of a place the index does not have. The
    nationality of actors alone ("Russian forces") does not make a town a stranger."""
    if c.feature != "city" or ev.countries[c.country_code]:
        return False
    if c.match != MATCH_NAME and ev.explicit and c.population < STRANGER_ALT_POPULATION:
        return True  # an old or foreign name of a town abroad, or a loose spelling of one
        # ("Masisi" read as Maxixe in a report about North Kivu), in a text about elsewhere
    return bool(ev.explicit) and c.population < STRANGER_POPULATION


def _unsupported_loose(c: Candidate, ev: _Evidence) -> bool:
    """A name matched only loosely (a close spelling, or an alternate name) to a small town
    in a country nothing else in the text points at, while it names a country or region
    elsewhere: "Qarbash" read as a Chinese town in a report about Idlib province. A loose
    match needs the text's support; without it the name is a place the index lacks, and a
    place around it (or none) stands for it. The nationality of actors is no place
    ("Turkish forces shelled ..." says nothing of where)."""
    if c.feature != "city" or ev.countries[c.country_code] or c.match == MATCH_NAME:
        return False
    elsewhere = ev.explicit | {cc for cc, _ in ev.regions if cc}
    return bool(elsewhere) and c.population < STRANGER_POPULATION


@functools.cache
def _feature_nouns() -> frozenset[str]:
    raw = tomllib.loads(resources.files("eventwire.places").joinpath(
        "data/feature_nouns.toml").read_text("utf-8"))
    return frozenset(str(n) for n in raw["nouns"])


def _next_word(doc_text: str, end: int) -> str:
    words = doc_text[end:end + 40].split(None, 1)
    return words[0].strip(".,;:()").lower() if words else ""


def _whole_names(doc_text: str, found: list[Resolved], ctx: Context) -> list[Resolved]:
    """`found` without first words of longer unknown names (`_cut_short`); a word before a
    street, river or building noun is left alone ("Main Street")."""
    nouns = _feature_nouns()
    return [r for r in found if _next_word(doc_text, r.mention.end) in nouns
            or not _cut_short(r.mention, r.candidate, ctx.evidence(r.mention.key))]


def _cut_short(m: Mention, c: Candidate, ev: _Evidence) -> bool:
    """The first word of a longer name the index lacks, matched alone: "Abu" of "Abu Zeid
    area" in a report about Syria (the model's entity goes on past it). A small town of that
    word in a country nothing else in the text points at is no reading. (Inside the text's
    country such words are left to the other rules: readings of them there are as often
    right as wrong.)"""
    return (m.runs_on and m.token_end - m.token_start == 1 and not m.exact_entity
            and c.feature == "city" and c.population < STRANGER_POPULATION
            and not ev.countries[c.country_code] and not _supported(c, ev))


def accept(m: Mention, best: Candidate, person_parts: frozenset[str], ev: _Evidence) -> bool:
    """Whether a mention is a place reading rather than a person, people, or common word."""
    if m.key in territories() and m.text.isupper() and not (
            ev.countries["UA"] or ev.countries["RU"]):
        return False  # "DNR", "DPR" elsewhere are other bodies' abbreviations
    if m.region_word in lexicon().first_level_words and best.feature == "city" and (
            best.match in {MATCH_SKELETON, MATCH_FUZZY}):
        return False  # "Ninewa province" is no town spelt a little like it
    if m.key in territories() or m.region_word is not None:
        return True
    if m.key in lexicon().demonyms:
        return False
    if m.label == "NORP" and not ((m.cue_before or m.relation is not None)
                                  and best.match == MATCH_NAME and (
            best.population >= PROMINENT_POPULATION
            or (best.country_code, best.admin1_code) in ev.regions)):
        return False  # the model's nationality reading, unless "in X" names a known town
        # (or one in a region the text names)
    if len(m.key.replace(" ", "")) <= 2 and not (m.exact_entity and m.label in _STRONG_LABELS) \
            and not (best.feature in {"country", "region"} and "." in m.text):
        return False  # "Al", "Us": too short to be a place without the model's word for it
        # (a dotted abbreviation of a country or state, "U.K.", "S.C.", is one all the same)
    if _stranger(best, ev) or _unsupported_loose(best, ev):
        return False
    if is_unit(best):
        return unit_accepted(m, m.key in person_parts, _supported(best, ev))
    if m.particle_run and best.feature == "city" and not _supported(best, ev):
        return False
    cued = m.cue_before or m.relation is not None or m.quoted
    big = best.feature in {"country", "region", "county"} or best.population >= 100_000
    prominent = big or best.population >= PROMINENT_POPULATION
    loose = best.match in {MATCH_SKELETON, MATCH_FUZZY}
    if m.person_title and best.feature == "city":
        return False  # "coach Ripley"
    in_name = best.feature == "city" or (
        best.feature == "region" and best.country_code and best.match == MATCH_NAME)
    if m.runs_in and in_name and m.token_end - m.token_start == 1 and not (
            m.label in _STRONG_LABELS and m.exact_entity) and not _supported(best, ev):
        return False  # "City Hall", "Bantam Superior Court"
    if m.runs_on and not m.exact_entity and best.match == MATCH_ALT and len(m.key) <= 4 \
            and "." not in m.text:  # ("Ga. Gov. X": a dotted abbreviation names the state)
        return False  # "Cal" of "the Cal Miskaad mountains": a short alternate name (here an
        # abbreviation of California) opening a longer name the index lacks ("U.S. Supreme
        # Court" is dotted: the country's abbreviation as such)
    if m.label in _STRONG_LABELS:
        return prominent or not loose or cued
    if m.institution and best.match == MATCH_NAME and best.population >= 1000:
        return True
    if m.runs_on and best.feature == "city" and m.token_end - m.token_start == 1 and not (
            m.label in _STRONG_LABELS and m.exact_entity) and not _supported(best, ev):
        return False
    if m.settlement and best.feature == "city" and not loose and m.exact_entity:
        return True  # "the village of X": the text says it is a place, whatever the model
    if m.key in person_parts or (m.label == "PERSON" and not m.exact_entity):
        return False
    if loose:
        return cued and best.population >= 1000
    if not m.proper and not (m.relation is not None and m.exact_entity
                             and m.label != "PERSON" and not m.sentence_start):
        return False  # a common word, unless a place phrase leads to a name the model saw
        # as something other than a person ("on the road to X" with X tagged a noun)
    supported = _supported(best, ev)
    if m.label in {"PERSON", "ORG"}:
        # "near X" is strong evidence of a place even when the model says person/organisation
        # a country's short names ("U.S.", "Britain") are alternate names, and as sure
        return (cued and (prominent or supported)) or (big and (
            best.match != MATCH_ALT or best.feature == "country")) or (
            m.relation is not None and m.exact_entity and len(m.key) >= 4) or (
            supported and m.exact_entity and best.match == MATCH_NAME
            and best.population >= PROMINENT_POPULATION // 4)
    return big or (cued and (prominent or supported or not m.sentence_start)) or (
        supported and best.match == MATCH_NAME and best.population >= 1000)


# --------------------------------------------------------------------------- places


def _initial_context(gaz: Gazetteer, mentions: Sequence[Mention],
                     cands: Sequence[tuple[Candidate, ...]], outlet: str | None,
                     demonyms: Iterable[str],
                     cued: frozenset[tuple[str, str | None]] = frozenset()) -> Context:
    countries: dict[str, Counter[str]] = {"": Counter(), _DEMONYMS: Counter(demonyms)}
    regions: dict[str, set[tuple[str, str | None]]] = {_DEMONYMS: set(cued)} if cued else {}
    for m, cs in zip(mentions, cands, strict=True):
        named = [c.country_code for c in cs if c.feature == "country"]
        regional = [c for c in cs if c.feature == "region" and c.country_code]
        if len(regional) == 1 and (m.region_word or m.key in territories() or len(cs) == 1):
            named.append(regional[0].country_code)
            regions.setdefault(m.key, set()).add(
                (regional[0].country_code, regional[0].admin1_code))
        if named:
            countries.setdefault(m.key, Counter()).update(set(named))
    points: list[tuple[float, float]] = []
    for c in outlet_places(gaz, outlet) if outlet else ():
        countries[""][c.country_code] += 2
        if c.feature != "country":
            regions.setdefault("", set()).add((c.country_code, c.admin1_code))
        if c.feature == "city" and c.lat is not None and c.lon is not None:
            points.append((c.lat, c.lon))
    return Context(countries, {k: frozenset(v) for k, v in regions.items()},
                   outlet_points=tuple(points), shared=_shared_regions(mentions, cands),
                   cues={m.key: m.country_cue for m in mentions if m.country_cue})


def _shared_regions(mentions: Sequence[Mention], cands: Sequence[tuple[Candidate, ...]]
                    ) -> dict[tuple[str, str | None], frozenset[str]]:
    found: dict[tuple[str, str | None], set[str]] = {}
    seen: set[tuple[str, int]] = set()
    for m, cs in zip(mentions, cands, strict=True):
        if (m.key, id(cs)) in seen:
            continue  # a name repeated with the same candidates adds nothing
        seen.add((m.key, id(cs)))
        for c in cs:
            if c.feature in ("city", "county") and c.admin1_code and c.match == MATCH_NAME:
                found.setdefault((c.country_code, c.admin1_code), set()).add(m.key)
    return {area: frozenset(keys) for area, keys in found.items() if len(keys) >= 2}


def _with_picks(ctx: Context, picks: dict[str, Candidate]) -> Context:
    return Context(ctx.countries, ctx.regions, picks, ctx.outlet_points, ctx.shared,
                   ctx.priors, ctx.cues)


@dataclass(frozen=True)
class Resolved:
    mention: Mention
    candidate: Candidate


#: What may stand between a place and the region or country that qualifies it: "X, Y",
#: "X (Y)", "X district, Y", "X town (Z, Y)", "X in Y", "X in rural Y", "X in the countryside
#: of Y". The unit nouns are those reports put after a local name.
_QUALIFIER_GAP = re.compile(
    r"^(?:(?:district|sub-?district|town|village|city|area|areas|county|locality|municipality"
    r"|subdivision|township|neighbou?rhood|front|frontline|countryside|camp|lga|payam"
    r"|governorate|province|region|state|commune|department|woreda|parish|community"
    r"|tehsil|upazila|ward|hamlet|settlement)\s*)?"
    r"(?:,|\(|in|in rural|in the countryside of|in the outskirts of)$")


#: "X neighbourhood of Y", "X district in Y city", "X suburb, Y": a part of a town, named
#: before the town it is part of.
_LOCALITY_GAP = re.compile(
    r"^(?:(?:al|el|ad|as|an|ar|ash|at|az|de|del|da|do|dos)\s+\S+\s+)?(?:neighbou?rhoods?|district|sub-?district|quarter|suburb|area|sector|street|road"
    r"|junction|roundabout|square|market|camp|zone|ward|block|colony)\s+(?:of|in)$")
#: A locality named as part of a town lies within this distance of it.
LOCALITY_KM = 30.0


def _apply_localities(doc_text: str, mentions: Sequence[Mention],
                      cands: list[tuple[Candidate, ...]]) -> set[int]:
    """"Hodan district of Mogadishu", "Baglar neighbourhood of Bagcilar": the part keeps only
    candidates in or near the town or region it is said to be part of; a part with none there
    is a namesake elsewhere (the locality is not in the index, and the town stands for it).
    Narrows `cands` in place and returns the indices of such parts."""
    away: set[int] = set()
    for i in range(len(mentions) - 1):
        gap = " ".join(doc_text[mentions[i].end:mentions[i + 1].start].split()).lower()
        if not _LOCALITY_GAP.match(gap):
            continue
        towns = [(c.lat, c.lon) for c in cands[i + 1] if c.feature == "city"
                 and c.lat is not None and c.lon is not None]
        areas = [c for c in cands[i + 1] if c.feature in {"region", "country"}]
        near = tuple(c for c in cands[i] if c.feature == "city" and (_inside(c, areas) or (
            c.lat is not None and c.lon is not None
            and (nearest_km(c.lat, c.lon, towns, enough=LOCALITY_KM) or math.inf) < LOCALITY_KM)))
        if not near and (towns or areas):
            away.add(i)
        if towns or areas:
            cands[i] = near
    return away


def _qualifies(doc_text: str, here: Mention, nxt: Mention) -> bool:
    gap = " ".join(doc_text[here.end:nxt.start].split()).lower()
    # "... the town of Pokrovsk, Russia's defence ministry said": a possessor, no qualifier
    return bool(_QUALIFIER_GAP.match(gap)) and doc_text[nxt.end:nxt.end + 2] not in ("'s", "’s")


def _inside(c: Candidate, areas: Sequence[Candidate]) -> bool:
    return any(a.country_code == c.country_code and (a.feature == "country" or (
        a.admin1_code is not None and a.admin1_code == c.admin1_code)) for a in areas)


def _loose_inside(gaz: Gazetteer, m: Mention, areas: Sequence[Candidate]) -> list[Candidate]:
    """A name its qualifier places in a region where the index has it only under another
    spelling ("Sosnovskoye, Donetsk" for Ukrainian "Sosnivske"): the transliteration key,
    then a close spelling, searched inside that region or country only."""
    if len(m.key.replace(" ", "")) < MIN_LOOSE_LENGTH:
        return []
    loose = [replace(c, match=MATCH_SKELETON) for c in gaz.lookup_skeleton(skeleton_key(m.text))
             if c.feature == "city" and _inside(c, areas)]
    if loose:
        return loose
    countries = sorted({a.country_code for a in areas})
    return [c for c in fuzzy_candidates(gaz, m.text, countries) if c.feature == "city"
            and _inside(c, areas)]


def _big_town_over_qualifier(cands: Sequence[Candidate], areas: Sequence[Candidate]) -> bool:
    """A country or world area ("Kuwait, Egypt ..." lists two), or a large region or town
    (matched by its own or alternate name) in the country of the region said to hold it
    ("Mariupol, Zaporizhia"): the town is meant and the region is a slip. A town matched only
    by a loose spelling, or in another country, is a namesake of a place the index lacks
    ("Valencia, Sangre Grande")."""
    countries = {a.country_code for a in areas}
    return any(c.population >= STRANGER_POPULATION and (
        c.feature == "country" or not c.country_code or (c.country_code in countries and (
            c.feature != "city" or c.match in {MATCH_NAME, MATCH_ALT}))) for c in cands)


def _apply_qualifiers(gaz: Gazetteer, doc_text: str, mentions: Sequence[Mention],
                      cands: list[tuple[Candidate, ...]]
                      ) -> tuple[list[tuple[Candidate, ...]], set[int], set[int]]:
    """"Paris, Texas", "Kazan, Tatarstan", "Sirwah (Marib)", "X (Z, Y)", "X in Y": a town
    followed by a region or country keeps only the candidates inside it. The qualifiers chain
    from right to left, so in "X (Z, Y)" the region Y first narrows Z, then both narrow X. A
    name with no candidate inside is a namesake elsewhere: the town meant is not in the index,
    and the qualifier stands for it. Returns the candidates, the indices of such names, and
    those of names the index has inside their qualifier and of the qualifiers themselves (a
    place reading, whatever the model took the name for: "near Yasenove, Luhansk")."""
    out = list(cands)
    away = _apply_localities(doc_text, mentions, out)
    confirmed: set[int] = set()
    narrowed: set[int] = set()
    qualifiers: set[int] = set()
    chain: list[Candidate] = []
    for i in range(len(mentions) - 1, -1, -1):
        if i + 1 >= len(mentions) or not _qualifies(doc_text, mentions[i], mentions[i + 1]):
            chain = _area_readings(mentions[i], out[i])
            continue
        areas = chain
        abroad = not {c.country_code for c in out[i]} & {a.country_code for a in areas}
        listed = " ".join(doc_text[mentions[i].end:mentions[i + 1].start].split()) == "," and not (
            abroad and encloses(doc_text, mentions[i + 1])) and not (
            any(_inside(c, areas) for c in out[i])) and any(
            c.population >= STRANGER_POPULATION for c in out[i]) and (list_goes_on(
            doc_text, mentions[i + 1]) or _big_town_over_qualifier(out[i], areas))
        if listed:  # "Kyiv, Poltava, and Odesa": a list of places, not a qualifier
            chain = [c for c in out[i] if c.feature in {"region", "country"}]
            continue
        qualifiers.add(i + 1)
        own_next = tuple(_area_readings(mentions[i + 1], out[i + 1]))
        if own_next:  # the qualifier is read as the region or country, not a town named so
            out[i + 1] = own_next
            if not (mentions[i + 1].runs_on or mentions[i + 1].particle_run):
                confirmed.add(i + 1)  # unless it is the first word of a longer name
        own_areas = [c for c in out[i] if c.feature in {"region", "country"}]
        if areas:
            inside = near_qualifying_town([c for c in out[i] if c.feature in {
                "city", "county", "region"} and _inside(c, areas)], out[i + 1])
            if inside:
                confirmed.add(i)
            elif not own_areas:
                inside = _loose_inside(gaz, mentions[i], areas)
            if inside:
                out[i] = tuple(inside)
            else:
                out[i] = ()
                away.add(i)
            narrowed.add(i)
        chain = _area_readings(mentions[i], out[i]) + areas
    _one_reading(mentions, out, narrowed, away, qualifiers)
    return out, away, confirmed


def _area_readings(m: Mention, cands: Sequence[Candidate]) -> list[Candidate]:
    """The readings of a name as an area that may hold the name before it: a region, a
    country, or a second-level unit (`unit_readings`)."""
    return [c for c in cands if c.feature in {"region", "country"}] + list(
        unit_readings(m, cands))


def _one_reading(mentions: Sequence[Mention], out: list[tuple[Candidate, ...]],
                 narrowed: set[int], away: set[int], qualifiers: set[int]) -> None:
    """A name a qualifier places once ("in Pendik, Istanbul") means the same place where the
    text repeats it bare ("a depot in Pendik industrial zone"): the bare mentions take the
    qualified one's candidates, and are a namesake elsewhere with it. Names qualified in two
    ways, and names that qualify another, are left alone."""
    readings: dict[str, set[tuple[Candidate, ...]]] = {}
    for i in narrowed:
        readings.setdefault(mentions[i].key, set()).add(out[i])
    for j, m in enumerate(mentions):
        found = readings.get(m.key)
        if j in narrowed or j in qualifiers or found is None or len(found) != 1:
            continue
        out[j] = next(iter(found))
        if not out[j]:
            away.add(j)


def resolve_mentions(gaz: Gazetteer, doc: Doc, doc_text: str, mentions: Sequence[Mention],
                     outlet: str | None, demonyms: Iterable[str],
                     cued: frozenset[tuple[str, str | None]] = frozenset(),
                     view: TokenView | None = None) -> list[Resolved]:
    looked_up = [candidates_for(gaz, m) for m in mentions]
    district_name_parts(doc_text, mentions, looked_up)
    seat_regions(gaz, doc_text, mentions, looked_up)
    cands, away, confirmed = _apply_qualifiers(gaz, doc_text, mentions, looked_up)
    confirmed |= enclosing_areas(doc_text, mentions, cands)
    chained = {i for i, m in enumerate(mentions) if cands[i] and (
        in_comma_chain(doc_text, m) or in_brackets(doc_text, m) or names_a_road(doc_text, m))}
    ctx = _initial_context(gaz, mentions, cands, outlet, demonyms, cued)
    named = ctx.evidence("\x00").countries
    cands = [cs or (fuzzy_candidates(gaz, m.text, [cc for cc, _ in named.most_common(3)])
                    if loose_allowed(m) and i not in away else ())
             for i, (m, cs) in enumerate(zip(mentions, cands, strict=True))]
    first: dict[str, Candidate] = {}
    for m, cs in zip(mentions, cands, strict=True):
        if m.key not in first and (b := best_candidate(cs, m, ctx)) is not None:
            first[m.key] = b
    ctx = _with_picks(ctx, first)
    person_parts = _person_parts(doc, view)
    groups = _compound_groups(doc_text, mentions)
    out: list[Resolved] = []
    for group in groups:
        found: list[Resolved] = []
        for i in group:
            m = mentions[i]
            best = best_candidate(cands[i], m, ctx)
            if best is None:
                continue
            ev = ctx.evidence(m.key)
            ok = _compound_part_ok(best, ev) if len(group) > 1 else (
                i in confirmed) or accept(m, best, person_parts, ev) or (
                i in chained and best.match in {MATCH_NAME, MATCH_ALT})
            if ok and not misread_abbreviation(doc_text, m, best, bool(
                    ev.countries[best.country_code]) or _supported(best, ev)):
                found.append(Resolved(m, best))
        if len(group) > 1 and found:
            found = _compound_parts(found, ctx)
        out.extend(found)
    sure = {mentions[i].start for i in confirmed}
    out = [r for r in out if r.mention.start in sure] + _whole_names(
        doc_text, [r for r in out if r.mention.start not in sure], ctx)
    out.sort(key=lambda r: r.mention.start)
    index = {m.start: i for i, m in enumerate(mentions)}
    anchors = frozenset(m.key for m, cs in zip(mentions, cands, strict=True)
                        if len({c.country_code for c in cs}) == 1
                        and all(c.feature != "country" for c in cs))
    kept: list[Resolved] = []
    for r in out:
        home = None if r.mention.start in sure else _lone_stranger(r, out, ctx, anchors)
        if home is None:
            kept.append(r)
            continue
        there = [c for c in cands[index[r.mention.start]] if c.country_code == home]
        if there:  # the namesake in the country of the text's other places
            kept.append(Resolved(r.mention, max(there, key=lambda c: (c.population, -c.pid))))
    moved = sentence_readings(doc, [(r.mention.start, r.candidate) for r in kept],
                              {m.start: cs for m, cs in zip(mentions, cands, strict=True)}, sure)
    kept = [Resolved(r.mention, moved.get(r.mention.start, r.candidate)) for r in kept]
    if cued:
        kept = _within_cues(gaz, kept, cued, sure)
    return kept


def _within_cues(gaz: Gazetteer, kept: list[Resolved], cued: frozenset[tuple[str, str | None]],
                 sure: set[int]) -> list[Resolved]:
    """A text whose region cues point at some regions of a country ("the SMM observed fire
    near X": Donetsk and Luhansk oblasts) does not place a small town of that country outside
    them: the town meant is searched inside them under a looser spelling, else it is a
    village the index lacks, and its namesake elsewhere is dropped. A town its own qualifier
    places ("X, Kharkiv region") stays."""
    countries = {cc for cc, _ in cued}
    areas = [a for cc, code in sorted(cued, key=str) if code is not None
             and (a := gaz.region(cc, code)) is not None]
    out: list[Resolved] = []
    for r in kept:
        c = r.candidate
        if c.feature != "city" or c.country_code not in countries or r.mention.start in sure \
                or (c.country_code, c.admin1_code) in cued or c.population >= STRANGER_POPULATION:
            out.append(r)
            continue
        inside = _loose_inside(gaz, r.mention, areas)
        if inside:
            out.append(Resolved(r.mention, max(inside, key=lambda c: (c.population, -c.pid))))
    return out


#: A small town is dropped as a lone namesake abroad when at least this many other names of
#: the text lie together in another country.
STRANGER_COMPANY = 2


def _lone_stranger(r: Resolved, kept: Sequence[Resolved], ctx: Context,
                  anchors: frozenset[str] = frozenset()) -> str | None:
    """A small town in a country that nothing else in the text names, while other names of
    the text lie together in one other country: "Barangay Santo Nino Norte, Iloilo City,
    Iloilo" does not leave the Philippines for a "Norte" in Cape Verde. One other name is
    company enough when it is an anchor (a name whose every namesake lies in that one
    country): "Bara town in Idleb countryside" stays in Syria. Returns that other country, or
    None when the town is no such stranger."""
    c = r.candidate
    if c.feature != "city" or c.population >= STRANGER_POPULATION or r.mention.institution:
        return None
    if ctx.evidence(r.mention.key).strong & {c.country_code}:
        return None
    others: dict[str, set[str]] = {}
    for k in kept:
        if k.mention.key != r.mention.key and k.candidate.country_code:
            others.setdefault(k.candidate.country_code, set()).add(k.mention.key)
    if c.country_code in others:
        return None
    company = max(others.items(), key=lambda kv: (len(kv[1]), kv[0]), default=None)
    if company is None:
        return None
    if c.match == MATCH_NAME and r.mention.label in _STRONG_LABELS:
        return None  # the model's place reading of the town's own name
    return company[0] if len(company[1]) >= STRANGER_COMPANY or company[1] & anchors else None


def _compound_groups(doc_text: str, mentions: Sequence[Mention]) -> list[list[int]]:
    """Indices of mentions, grouped where names are joined by a hyphen ("X-Y")."""
    groups: list[list[int]] = []
    for i, m in enumerate(mentions):
        if groups and doc_text[mentions[i - 1].end:m.start] == "-":
            groups[-1].append(i)
        else:
            groups.append([i])
    return groups


#: Parts of a hyphenated name closer than this are one place: a district and its city.
COMPOUND_SAME_PLACE_KM = 30.0


def _compound_parts(found: list[Resolved], ctx: Context) -> list[Resolved]:
    """Which known parts of a hyphenated name to keep. "Donetsk-Kirovskyi", "Mogadishu-Wadajir"
    name one place, a district of the city the other part names: the longest part is the most
    specific. "Canada-U.S.", "Lebanon-Syria", "Nebraska-Lincoln", "Washington-Moscow" pair two
    places: a country or region part is kept, and so is a town far from the other parts when
    it is large or lies where the text is."""
    main = max(found, key=lambda r: (len(r.mention.key), -r.mention.start))
    kept = [main]
    for r in found:
        c = r.candidate
        if r is main:
            continue
        if c.feature in {"country", "region", "county"}:
            kept.append(r)
            continue
        if c.lat is None or c.lon is None:
            continue
        towns = [(k.candidate.lat, k.candidate.lon) for k in kept if k.candidate.feature == "city"
                 and k.candidate.lat is not None and k.candidate.lon is not None]
        near = nearest_km(c.lat, c.lon, towns, enough=COMPOUND_SAME_PLACE_KM)
        if near is not None and near < COMPOUND_SAME_PLACE_KM:
            continue
        if c.population >= PROMINENT_POPULATION or _supported(c, ctx.evidence(r.mention.key)):
            kept.append(r)
    return sorted(kept, key=lambda r: r.mention.start)


def _compound_part_ok(c: Candidate, ev: _Evidence) -> bool:
    """A part of a hyphenated name ("Ash-Shajara" → "Ash") is read as a place only when it
    lies where the text is: a country it names, or, without any, a large place."""
    if c.match in {MATCH_SKELETON, MATCH_FUZZY}:
        return False
    if c.feature == "country":  # "Canada-U.S. alliance", "Lebanon-Syria treaty"
        return True
    if ev.strong:
        return c.country_code in ev.strong and not (
            c.feature == "city" and c.population < 1000 and not _supported(c, ev))
    return c.population >= PROMINENT_POPULATION


