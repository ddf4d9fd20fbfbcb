"""A document's places: mentions found, resolved together, facilities linked to their towns,
and each turned into a `Place` record with its span and precision.

`resolve.py` decides which gazetteer entry each mention names; this module runs the steps in
order for one Doc and builds the records.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from dataclasses import replace

from spacy.tokens import Doc

from ..nlp import doc_text as text_of
from ..records import Place
from .cues import cued_regions
from .demonyms import demonym_places
from .enclosing import bracketed_abbreviations
from .gazetteer import Candidate, Gazetteer
from .mentions import (
    ROAD,
    Facility,
    Known,
    Mention,
    TokenView,
    cued_mentions,
    find_facilities,
    find_mentions,
    lexicon,
    on_a_road,
    road_after,
    token_view,
)
from .names import name_key, skeleton_key
from .parts import compass_before
from .resolve import (
    ABBREVIATED_KEY,
    MIN_LOOSE_LENGTH,
    Resolved,
    candidates_for,
    loose_allowed,
    resolve_mentions,
)
from .territories import territories


def to_place(doc_text: str, m: Mention, c: Candidate, *, text_end: int | None = None,
             facility: bool = False, relation: str | None = None,
             part: str | None = None) -> Place:
    """The record of mention `m` read as `c`: a country has no point, a region is precision
    3, a town 1, or 2 when it is only near the event (a relation) or holds a facility. A
    country keeps the compass phrase that names a part of it (`part`: "southern") as its
    relation."""
    end = text_end if text_end is not None else m.end
    relation = relation or m.relation
    span = (m.start, end)
    text = doc_text[m.start:end]
    if c.feature == "country":
        return Place(text=text, span=span, name=c.name, geonameid=c.geonameid,
                     country_code=c.country_code, feature="country", relation=part or relation)
    if c.feature in {"region", "county"}:
        return Place(text=text, span=span, name=c.name, geonameid=None,
                     country_code=c.country_code or None, admin1=c.admin1, admin2=c.admin2,
                     lat=c.lat, lon=c.lon, geo_precision=3, feature="region", relation=relation)
    precision = 2 if (facility or relation) else 1
    return Place(text=text, span=span, name=c.name, geonameid=c.geonameid,
                 country_code=c.country_code, admin1=c.admin1, lat=c.lat, lon=c.lon,
                 geo_precision=precision, feature="facility" if facility else "city",
                 relation=relation)


def _region_span_end(doc: Doc, m: Mention) -> int:
    """End of "Saratov region" when the region word follows the name."""
    i = m.token_end
    while i < len(doc) and doc[i].text in "'‘’\"“”":
        i += 1
    if i < len(doc) and doc[i].lower_ == m.region_word:
        return doc[i].idx + len(doc[i].text)
    return m.end


def link_facility(doc: Doc, fac: Facility,
                  resolved: Sequence[Resolved]) -> tuple[Resolved, str | None] | None:
    """The place a facility is in or near: a place inside its name, else a place named after
    it in the same sentence ("the X mine, located near the city of Y")."""
    for r in resolved:
        if fac.name_start <= r.mention.start and r.mention.end <= fac.name_end \
                and r.candidate.feature == "city":
            return r, None
    sent_start, sent_end = doc[fac.sentence[0]].idx, doc[fac.sentence[1] - 1].idx
    after = [r for r in resolved if fac.end <= r.mention.start <= sent_end
             and r.candidate.feature == "city" and r.mention.start >= sent_start]
    if after:
        return after[0], after[0].mention.relation or "near"
    return None


def facility_places(doc: Doc, doc_text: str, facilities: Sequence[Facility],
                    resolved: Sequence[Resolved]) -> list[Place]:
    """A place for each named facility linked to a town; a facility named twice takes the
    town of its first linked mention."""
    by_name: dict[str, tuple[Resolved, str | None]] = {}
    for fac in facilities:
        link = link_facility(doc, fac, resolved)
        if link is not None:
            by_name.setdefault(name_key(fac.name), link)
    places: list[Place] = []
    for fac in facilities:
        link = by_name.get(name_key(fac.name))
        if link is None:
            continue
        r, relation = link
        m = replace(r.mention, start=fac.start, end=fac.end)
        places.append(to_place(doc_text, m, r.candidate, facility=True,
                               relation=relation if r.mention.start >= fac.end else None))
    return places


def knower(gaz: Gazetteer) -> Known:
    """`known(keys, loose)` for `find_mentions`: the keys that name a territory or an indexed
    place (`loose` false), or that are long enough and share the transliteration key of an
    indexed place (`loose` true)."""
    named = territories()

    def known(keys: list[str], loose: bool) -> Collection[str]:
        if not loose:
            return {k for k in keys if k in named} | gaz.named_keys(keys)
        skeletons = {k: skeleton_key(k) for k in keys if len(k) >= MIN_LOOSE_LENGTH}
        hits = gaz.skeleton_keys(s for s in skeletons.values() if s)
        return {k for k, s in skeletons.items() if s in hits}

    return known


def all_mentions(doc: Doc, doc_text: str, gaz: Gazetteer, facilities: Sequence[Facility],
                  texts: list[str], view: TokenView | None = None) -> list[Mention]:
    """Gazetteer matches (loose ones only where the text marks a place), plus GPE/LOC names
    and "the city of X" names the index misses (for fuzzy matching)."""

    def in_facility(m: Mention) -> bool:
        return any(f.name_start <= m.start and m.end <= f.name_end for f in facilities)

    view = token_view(doc, doc_text, texts) if view is None else view
    found = [replace(m, quoted=m.quoted or m.loose, institution=True) if in_facility(m) else m
             for m in find_mentions(doc, doc_text, knower(gaz), view=view)]
    found = [m for m in found if not m.loose or loose_allowed(m)]
    cued = [m for m in cued_mentions(doc, doc_text, view=view)
            if all(m.end <= t.start or m.start >= t.end for t in found)]
    return sorted(found + cued, key=lambda m: m.start)


def with_abbreviations(doc: Doc, doc_text: str, mentions: list[Mention]) -> list[Mention]:
    """`mentions` and the region abbreviations closing brackets after a name ("(Y district,
    J&K)"), which the gazetteer does not index."""
    found: list[Mention] = []
    for start, end, _, _ in bracketed_abbreviations(doc_text):
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None or any(m.start < end and start < m.end for m in mentions):
            continue
        text = doc_text[start:end]
        found.append(Mention(start=start, end=end, text=text, key=ABBREVIATED_KEY + text,
                             token_start=span.start, token_end=span.end, label="GPE",
                             exact_entity=True, cue_before=False, region_word=None,
                             relation=None, quoted=False, sentence_start=False))
    return sorted(mentions + found, key=lambda m: m.start) if found else mentions


#: A capitalised word or two closing brackets ("X (Centre)") or a comma link ("in X, Centre,").
_GENERIC_AREA = re.compile(r"(?:\(\s*|,\s+)([A-Z][a-z]+(?:[ -][A-Z][a-z]+)?)(?=\s*[),.;])")


def generic_areas(doc: Doc, doc_text: str, gaz: Gazetteer, mentions: list[Mention]
                  ) -> list[Mention]:
    """`mentions` and the common words that name a region ("Centre", "Central", "North")
    where they qualify the town named right before them: "in Hinche, Centre," or "Dowa
    (Central)". Such words are no place names elsewhere (`not_places`), so they are read as a
    region only when a namesake region encloses a reading of that town."""
    found: list[Mention] = []
    not_places = lexicon().not_places
    for match in _GENERIC_AREA.finditer(doc_text):
        start, end = match.span(1)
        key = name_key(match.group(1))
        before = [m for m in mentions if m.end <= match.start()]
        if key not in not_places or not before or doc_text[before[-1].end:start].strip(
                " ,(") or any(m.start < end and start < m.end for m in mentions):
            continue
        towns = {(c.country_code, c.admin1_code) for c in candidates_for(gaz, before[-1])
                 if c.feature == "city"}
        if not any(c.feature == "region" and (c.country_code, c.admin1_code) in towns
                   for c in gaz.lookup(key)):
            continue
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is not None:
            found.append(Mention(start=start, end=end, text=match.group(1), key=key,
                                 token_start=span.start, token_end=span.end, label="GPE",
                                 exact_entity=True, cue_before=False, region_word=None,
                                 relation=None, quoted=False, sentence_start=False))
    return sorted(mentions + found, key=lambda m: m.start) if found else mentions


#: "between" right before a name.
_BETWEEN = re.compile(r"\bbetween\s+$", re.IGNORECASE)


def carried_relations(doc_text: str, found: list[tuple[Mention, Candidate]]
                      ) -> list[tuple[Mention, Candidate]]:
    """The mentions with the relations that reach past one name to the next: "the road from
    X to Y" and "the highway between X and Y" put the event on the road at Y as at X, and
    "between X and Y" (towns or regions) puts it near both."""
    out = list(found)
    for i in range(len(out) - 1):
        (a, ca), (b, cb) = out[i], out[i + 1]
        gap = doc_text[a.end:b.start].strip().lower()
        if gap not in ("to", "and") or b.relation is not None:
            continue
        if on_a_road(a.relation):
            out[i + 1] = (replace(b, relation=a.relation), cb)
        elif gap == "and" and a.relation is None and "country" not in (ca.feature, cb.feature) \
                and _BETWEEN.search(doc_text, max(0, a.start - 12), a.start):
            out[i] = (replace(a, relation="between"), ca)
            out[i + 1] = (replace(b, relation="between"), cb)
    return out


def places_in(doc: Doc, gaz: Gazetteer, outlet: str | None = None) -> list[Place]:
    """Every place mention of the document, resolved, in text order."""
    from .mentions import demonym_countries

    doc_text = text_of(doc)
    view = token_view(doc, doc_text)
    texts = view.texts
    facilities = find_facilities(doc, doc_text, texts, view)
    mentions = generic_areas(doc, doc_text, gaz, with_abbreviations(
        doc, doc_text, all_mentions(doc, doc_text, gaz, facilities, texts, view)))
    resolved = resolve_mentions(gaz, doc, doc_text, mentions, outlet,
                                demonym_countries(doc, doc_text, texts, view.capitals),
                                cued_regions(texts, view.capitals), view)
    fac_places = facility_places(doc, doc_text, facilities, resolved)
    covered = [(p.span[0], p.span[1]) for p in fac_places if p.span is not None]
    places = list(fac_places)
    kept: list[tuple[Mention, Candidate]] = []
    for r in resolved:
        m = r.mention
        if any(s <= m.start and m.end <= e for s, e in covered):
            continue
        if r.candidate.feature == "city" and m.relation is None and road_after(doc_text, m.end):
            m = replace(m, relation=ROAD)  # "the X-Y highway": somewhere on the road from X
        kept.append((m, r.candidate))
    for m, c in carried_relations(doc_text, kept):
        end = _region_span_end(doc, m) if c.feature == "region" else m.end
        part = compass_before(view, m.token_start) if c.feature == "country" else None
        places.append(to_place(doc_text, m, c, text_end=end, part=part))
    places += demonym_places(doc, doc_text, texts, gaz, places, view.capitals)
    return sorted(places, key=lambda p: (p.span or (0, 0)))
