"""Where an event happened: which of a sentence's places belong to which trigger, which name a
party rather than a location, and where to look when the event's own sentence names none.

Places come resolved from the places stage; this module only chooses among them.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Sequence
from typing import TYPE_CHECKING

from ..nlp import doc_text
from ..places import get_gazetteer
from ..places.capitals import capital_keys
from ..places.enclosing import qualifies_a_name
from ..places.gazetteer import Candidate, Gazetteer, admin1_regions
from ..places.mentions import lexicon as places_lexicon
from ..places.mentions import on_a_road
from ..places.names import name_key
from ..places.parts import compass_part, named_part
from ..records import DocumentContext, Place, Span
from .actorlexicon import actor_lexicon, country_of_text
from .answered import answers_another_event
from .lexicon import doc_ents, single_word_targets
from .patrons import backs_a_party

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token
    from spacy.tokens import Span as SpacySpan

    from .assemble import Draft, SentenceInfo
    from .trigger import Trigger


#: Place features from the most to the least specific.
FEATURE_RANK = {"facility": 0, "site": 0, "village": 1, "town": 1, "city": 1, "district": 2,
                "admin2": 2, "region": 3, "admin1": 3, "country": 4, "continent": 5}


def names_a_party(doc: Doc, place: Place) -> bool:
    """'Ukraine launched ...', "Ukraine's Center for ...": the place name stands for a party
    (a subject or a possessor), not for where something happened."""
    span = place_span(doc, place)
    if span is None or qualifier(doc, place):
        return False
    root = span.root
    if root.dep_ in ("nsubj", "nsubjpass") or (root.dep_ == "pobj" and root.head.dep_ == "agent"):
        return True  # "... launched by Russia"
    if any(m.start == span.start and m.end == span.end
           for m in actor_lexicon().groups.find(list(span))):
        return True  # "targeted Hamas militants": a group whose name a village also has
    if root.dep_ == "pobj" and root.head.lower_ == "to" and root.head.head.lower_ == "according":
        return True  # "according to Moscow, the strike destroyed ...": the capital speaks
    if _speakers_capital(place, root) or where_said(root):
        return True  # "officials in Kyiv said", "told reporters in Kinshasa": not the event
    if in_organisation(span) or _country_of_a_body(place, root) or backs_a_party(span[-1]):
        return True  # ("Iran-backed militias": the backer, not where they fought)
    if not placed_by_phrase(place) and origin_of_people(root):
        return True  # ("10 km from X", "the road from X": a place phrase, not an origin)
    if root.dep_ == "dobj" and root.head.lemma_.lower() in places_lexicon().accusing:
        return True  # "Moscow blamed Kyiv for the strike"
    return root.dep_ == "poss" and (root.head.ent_type_ in ("ORG", "PERSON")
                                    or root.head.lemma_.lower() in places_lexicon().owned_bodies)


def _speakers_capital(place: Place, root: Token) -> bool:
    """A country's capital that says where officials, diplomats or sources sit ("officials in
    Kyiv", "diplomats in Moscow")."""
    if root.dep_ != "pobj" or root.head.lower_ != "in" or place.name is None \
            or root.head.head.lower_ not in places_lexicon().seated_speakers:
        return False
    return (place.country_code or "", name_key(place.name)) in capital_keys()


def where_said(root: Token) -> bool:
    """"told reporters in Kinshasa", "said at a news conference in Kyiv", "speaking in Doha":
    the place of a statement, not of what it tells."""
    if root.dep_ != "pobj" or root.head.lower_ not in ("in", "at"):
        return False
    lex = places_lexicon()
    above = root.head.head
    if above.pos_ in ("NOUN", "PROPN") and above.lower_ in lex.audiences:
        above = above.head.head if above.dep_ == "pobj" else above.head
    return above.pos_ == "VERB" and above.lemma_.lower() in lex.speaking


def _country_of_a_body(place: Place, root: Token) -> bool:
    """A country's name that opens the name of one of its bodies ("the U.S. military", "the
    Norway Maritime Safety Authority", "the U.K. Defence Ministry"): it names who speaks or
    acts, and such bodies act and report far beyond their country."""
    if place.feature != "country":
        return False
    owned = places_lexicon().owned_bodies
    word = root
    for _ in range(6):
        if word.dep_ not in ("compound", "nmod", "amod") or word.head.i == word.i:
            return False
        word = word.head
        if word.lemma_.lower() in owned or (word.ent_type_ == "ORG"
                                            and word.text[:1].isupper()):
            return True
        if word.lemma_.lower() in single_word_targets("military"):
            return True  # "rockets hit a US base in Syria": whose base, not where
    return False


def answered_elsewhere(doc: Doc, place: Place) -> bool:
    """The place is named in the phrase of the event another one answers ("targeted a ship in
    retaliation for strikes on X"): it is that event's place."""
    span = place_span(doc, place)
    return span is not None and answers_another_event(span.root)


def qualifier(doc: Doc, place: Place) -> bool:
    """The place is said to enclose the name before it, in brackets or a comma chain: "in X
    village (Y, Z)", "residents (Y, Z) marched", "in X municipality, Z department, ..."."""
    return place.span is not None and qualifies_a_name(doc_text(doc), *place.span)


def says_where(doc: Doc, place: Place) -> bool:
    """The place says where something is: after a locative ("in X"), with a place phrase
    ("near X", "10 km from X", "on the road to X") or enclosing the name before it ("X (Y,
    Z)"). Inside the actors' phrase it says where they were, not who they
    are: "people in X (Y, Z) marched"."""
    span = place_span(doc, place)
    if span is None:
        return False
    return placed_by_phrase(place) or qualifier(doc, place) or _locative(span.root)


def placed_by_phrase(place: Place) -> bool:
    """A place phrase leads to the name ("near X", "12 km from X", "on the road to X"): it
    says where something is. (A compass word before a country names a part of it, which
    may still be where people came from: "refugees from southern Lebanon".)"""
    return place.relation is not None and compass_part(place.relation) is None


def origin_of_people(root: Token) -> bool:
    """"migrant workers from X", "protesters from X and Y gathered in Z": where people come
    from, attached to the people, is not where the event happened."""
    prep = root.head
    return root.dep_ == "pobj" and prep.lower_ == "from" and prep.head.pos_ in ("NOUN", "PROPN") \
        and prep.head.ent_type_ not in ("GPE", "LOC", "FAC")


def in_organisation(span: SpacySpan) -> bool:
    """The name is part of an organisation's ("the Luhansk People's Militia", "the Central
    Bank of Yemen"): it names who, not where."""
    if span[0].ent_type_ != "ORG":
        return False
    words = places_lexicon().party_words
    for start, end, label in doc_ents(span.doc):
        if label == "ORG" and start <= span.start and span.end <= end:
            return any(t.lower_ in words and t.text[:1].isupper()
                       for t in span.doc[start:end] if t.i < span.start or t.i >= span.end)
    return False


def owner(doc: Doc, place: Place, triggers: list[Trigger]) -> Trigger | None:
    """The trigger of the sentence a place belongs to: the nearest in the dependency tree."""
    span = None if len(triggers) == 1 else place_span(doc, place)
    if span is None:
        return triggers[0]
    return min(triggers, key=lambda t: (tree_distance(span.root, doc[t.head]), t.start))


def tree_distance(a: Token, b: Token) -> int:
    up_a = [a, *a.ancestors]
    up_b = [b, *b.ancestors]
    index_b = {t.i: n for n, t in enumerate(up_b)}
    for n, t in enumerate(up_a):
        if t.i in index_b:
            return n + index_b[t.i]
    return len(up_a) + len(up_b)


def inside(inner: Span | None, outer: Span) -> bool:
    return inner is not None and outer[0] <= inner[0] and inner[1] <= outer[1]


def places_in(places: tuple[Place, ...], start: int, end: int) -> list[Place]:
    found = [p for p in places if inside(p.span, (start, end))]
    return sorted(found, key=specificity)


def specificity(p: Place) -> tuple[int, int, int]:
    resolved = 0 if p.geonameid is not None or p.country_code is not None else 1
    rank = FEATURE_RANK.get((p.feature or "").lower(), 2)
    if p.feature is None and p.geo_precision is not None:
        rank = p.geo_precision
    if on_a_road(p.relation):
        rank = max(rank, 2)  # the end of a road the event was on: after the towns it was in
    return (resolved, rank, p.span[0] if p.span else 0)


def document_country(context: DocumentContext) -> str | None:
    """The country most of the report's places lie in (for actors named without one)."""
    counts: dict[str, int] = {}
    for p in context.places:
        if p.country_code:
            counts[p.country_code] = counts.get(p.country_code, 0) + 1
    return max(counts, key=lambda c: counts[c]) if counts else None


def country_of_places(places: list[Place]) -> str | None:
    for p in places:
        if p.country_code:
            return p.country_code
        found = country_of_text(p.text)
        if found:
            return found
    return None


def located_places(
    doc: Doc, context: DocumentContext, sents: list[SentenceInfo], name: str
) -> list[Place]:
    """Town-level places of sentences that mention the target by name ("X mine, located near
    the city of Y")."""
    low = name.lower()
    text = doc_text(doc)
    out: list[Place] = []
    for info in sents:
        if low in text[info.span.start_char : info.span.end_char].lower():
            here = places_in(context.places, info.span.start_char, info.span.end_char)
            out.extend(p for p in here if FEATURE_RANK.get((p.feature or "").lower(), 2) < 3
                       and low not in p.text.lower() and not names_a_party(doc, p))
    return sorted(out, key=specificity)[:1]


#: Codes of talks and deals: where they are held is no place of another kind of event.
TALKS = frozenset({"DIPLO", "AGREEMENT"})


def talks_apart(a: str, b: str) -> bool:
    """Is one of two codes a talk or a deal and the other not ("talks in Cairo" place no
    strike, and a strike's town places no talks)?"""
    return (a in TALKS) != (b in TALKS)


def preceding_places(
    doc: Doc, context: DocumentContext, sents: list[SentenceInfo], d: Draft,
    drafts: Sequence[Draft] = (),
) -> list[Place]:
    """The first place of the nearest sentence before the event's in its paragraph, less the
    places of talks or deals for another kind of event and the other way round ("talks in
    Cairo" place no strike told after them)."""
    others = {p.span for o in drafts if o is not d and talks_apart(o.code, d.code)
              for p in o.places}
    prev = [s for s in sents if s.paragraph == d.paragraph and s.index < d.sent_index]
    for info in reversed(prev):
        here = [p for p in places_in(context.places, info.span.start_char, info.span.end_char)
                if not names_a_party(doc, p) and p.span not in others]
        if here:
            return here[:1]
    return []


def following_places(
    doc: Doc, context: DocumentContext, sents: list[SentenceInfo], d: Draft, drafts: list[Draft]
) -> list[Place]:
    """"Arsonists set fire to a car. The incident occurred in X.": the first place of the
    sentences after the event's in its paragraph, up to one that reports an event of its
    own, where the place says where something is ("in X", "X, Y"): "Police said the men came
    from X" does not put the event in X."""
    busy = {o.sent_index for o in drafts if o is not d}
    for info in sents[d.sent_index + 1 :]:
        if info.paragraph != d.paragraph or info.index in busy:
            break
        here = [p for p in places_in(context.places, info.span.start_char, info.span.end_char)
                if not names_a_party(doc, p) and says_where(doc, p)]
        if here:
            return here[:1]
    return []


def own_sentence_places(
    doc: Doc, context: DocumentContext, sents: list[SentenceInfo], d: Draft
) -> list[Place]:
    """A place of the event's own sentence that was left to its actors ("dozens of people in
    X protested", "traders of a market in X staged a sit-in"): where they were is where it
    happened, and nearer than any place of an earlier sentence."""
    start, end = _sentence_with_brackets(doc, sents, d.sent_index)
    here = places_in(context.places, start, end)
    answering = answers_another_event(doc[d.trigger.head])
    spans = [(p, span) for p in here if (span := place_span(doc, p)) is not None
             and not names_a_party(doc, p) and (answering or not answered_elsewhere(doc, p))]
    return [p for p, _ in spans if says_where(doc, p)][:1] or [
        p for p, span in spans if _locative(span.root, ORIGINS)][:1] or [
        p for p, span in spans if _of_people(span.root)][:1]


def finer_places(
    doc: Doc, context: DocumentContext, sents: list[SentenceInfo], d: Draft
) -> list[Place]:
    """The event's places led by a town of its own sentence that lies inside the one region
    it was given: "citizens from X (Y) protested" names Y as the event's only place and X as
    where its actors come from, and X is the likelier spot inside Y. (A facility is left
    out: one named after the text's place is placed at a town only by guess.)"""
    if not d.places or any(not _is_region(p) for p in d.places):
        return d.places
    first = d.places[0]
    info = sents[d.sent_index]
    finer = [p for p in places_in(context.places, info.span.start_char, info.span.end_char)
             if not _is_region(p) and p.feature != "facility" and first.admin1 is not None
             and p.country_code == first.country_code and p.admin1 == first.admin1
             and (span := place_span(doc, p)) is not None
             and (_locative(span.root) or origin_of_people(span.root))]
    return finer[:1] + d.places


def _of_people(root: Token) -> bool:
    """"residents of X demonstrated", "traders of X staged a sit-in": the name qualifies the
    people who acted (a common noun), and where they live is where they acted when their
    sentence names no other place."""
    prep = root.head
    return root.dep_ == "pobj" and prep.lower_ == "of" and prep.head.pos_ == "NOUN" \
        and prep.head.dep_ in ("nsubj", "nsubjpass")


def _sentence_with_brackets(doc: Doc, sents: list[SentenceInfo], index: int) -> tuple[int, int]:
    """Character bounds of a sentence with the sentences after it that open with a bracket:
    "... in X [Y] (Z, W)." may be split before the brackets, which still qualify its names."""
    text = doc_text(doc)
    start, end = sents[index].span.start_char, sents[index].span.end_char
    for info in sents[index + 1 :]:
        if text[info.span.start_char : info.span.start_char + 1] not in ("(", "["):
            break
        end = info.span.end_char
    return start, end


#: Prepositions that put an actor somewhere.
LOCATIVES = frozenset({"in", "at", "near", "inside", "outside"})


#: "citizens from X protested": where the actors come from, when their sentence names no
#: place they act in.
ORIGINS = frozenset({"from"})


def _locative(root: Token, prepositions: frozenset[str] = LOCATIVES) -> bool:
    """The name is the object of one of `prepositions`, itself or through the noun, the place
    or the "of" phrase it qualifies ("in X", "in X city", "in Y (X, Z)", "in the village of X
    district")."""
    word = root
    for _ in range(6):
        if word.dep_ in ("compound", "nmod", "appos", "npadvmod") and word.head.i != word.i:
            word = word.head
        elif word.dep_ == "pobj" and word.head.lower_ == "of" and word.head.head.i != word.i:
            word = word.head.head
        else:
            break
    return word.dep_ == "pobj" and word.head.lower_ in prepositions


def organisation_places(
    doc: Doc, context: DocumentContext, sents: list[SentenceInfo], d: Draft
) -> list[Place]:
    """The last resort: a place named only inside an organisation's name in the event's own
    sentence ("the Kherson Regional Administration reported shelling"). Not a country: its
    bodies ("the Norway Maritime Safety Authority") report what happens far beyond it."""
    info = sents[d.sent_index]
    here = places_in(context.places, info.span.start_char, info.span.end_char)
    return [p for p in here if p.feature != "country" and (span := place_span(doc, p))
            is not None and in_organisation(span)][:1]


def place_span(doc: Doc, place: Place) -> SpacySpan | None:
    if place.span is None:
        return None
    return doc.char_span(place.span[0], place.span[1], alignment_mode="expand")


def coherent(places: list[Place], fallback: str | None = None) -> list[Place]:
    """The event's places with those that disagree with the rest put last: a town resolved to
    another country than the event's other places, or to another region than the region the
    sentence names beside it ("in X, Y province" with X resolved to a namesake elsewhere).
    Places split evenly between countries follow their region's, else `fallback` (the
    report's country)."""
    if len(places) < 2:
        return places
    majority = majority_country(places) or fallback
    regions = {p.admin1 for p in places if p.admin1 and _is_region(p)
               and (majority is None or p.country_code == majority)}
    towns = [p for p in places if not _is_region(p)]

    def odd(p: Place) -> bool:
        if majority and p.country_code and p.country_code != majority:
            return True
        return bool(regions) and not _is_region(p) and p.admin1 is not None \
            and p.admin1 not in regions and any(q.admin1 in regions for q in towns)

    good = [p for p in places if not odd(p)]
    if not good or len(good) == len(places):
        return places
    return good + [p for p in places if odd(p)]


def town_first(places: list[Place]) -> list[Place]:
    """A town inside the region or country an event's places open with goes first: "an air
    strike in the central Gaza Strip ... inside the school in Nuseirat" is at Nuseirat (the
    accounts folded into one event add their places after the first one's)."""
    if len(places) < 2 or places[0].geo_precision not in (3, None):
        return places
    first = places[0]
    town = next((p for p in places[1:] if p.geo_precision in (1, 2) and p.country_code
                 and p.country_code == first.country_code
                 and (first.admin1 is None or p.admin1 == first.admin1)), None)
    if town is None:
        return places
    return [town, *[p for p in places if p is not town]]


def majority_country(places: tuple[Place, ...] | list[Place]) -> str | None:
    """The country more of the places lie in than any other, else the one country their
    regions lie in."""
    countries = [p.country_code for p in places if p.country_code]
    ranked = sorted(set(countries), key=lambda c: -countries.count(c))
    if len(ranked) == 1 or (ranked and countries.count(ranked[0]) > countries.count(ranked[1])):
        return ranked[0]
    return _region_country(places)


def _region_country(places: tuple[Place, ...] | list[Place]) -> str | None:
    """The one country the event's regions (not countries: those are often parties or
    neighbours) lie in: a region's name is less often a namesake than a town's."""
    found = {p.country_code for p in places if p.country_code
             and FEATURE_RANK.get((p.feature or "").lower(), 2) == 3}
    return found.pop() if len(found) == 1 else None


def _is_region(p: Place) -> bool:
    return FEATURE_RANK.get((p.feature or "").lower(), 2) >= 3


def part_of_country(text: str, place: Place) -> Place:
    """A country named with a compass word ("southern Lebanon", "the north of Syria") is a
    region-level place of that country (precision 3), spanning the compass phrase too: the
    first-level region named for that part of it where the gazetteer has one ("South
    Lebanon"), else the region its own name also names ("northern Gaza": the Gaza Strip, a
    region of the Palestinian territories), else a part of the country with no point."""
    part = compass_part(place.relation) if place.feature == "country" else None
    if part is None or place.country_code is None or place.span is None:
        return place
    cc = place.country_code
    start = _phrase_start(text, place.span[0], place.relation or "")
    span = (start, place.span[1])
    gaz = get_gazetteer()
    area = named_part(gaz, cc, (place.name or "", place.text), part)
    relation = None if area is not None else place.relation
    area = area or _own_region(gaz, place)
    if area is None:
        return Place(text=text[span[0]:span[1]], span=span, name=place.name, country_code=cc,
                     geo_precision=3, feature="region", relation=place.relation)
    return Place(text=text[span[0]:span[1]], span=span, name=area.name, country_code=cc,
                 admin1=area.admin1, lat=area.lat, lon=area.lon, geo_precision=3,
                 feature="region", relation=relation)


def _phrase_start(text: str, start: int, phrase: str) -> int:
    """Where `phrase` (words and hyphens, as lower-cased) ends right before `start`."""
    words = [re.escape(w) for w in re.split(r"[\s\-–]+", phrase) if w]
    if not words:
        return start
    pattern = re.compile(r"[\s\-–]*".join(words) + r"\s*$", re.IGNORECASE)
    found = pattern.search(text, max(0, start - 40), start)
    return found.start() if found else start


def _own_region(gaz: Gazetteer, place: Place) -> Candidate | None:
    """The one region of the place's country that its text names when that text is not the
    country's own name ("Gaza" for the Palestinian territories is also the Gaza Strip)."""
    key = name_key(place.text)
    if not place.name or key == name_key(place.name):
        return None
    found = {(c.country_code, c.admin1_code) for c in gaz.lookup(key)
             if c.feature == "region" and c.country_code == place.country_code}
    if len(found) != 1:
        return None
    cc, code = found.pop()
    return gaz.region(cc, code)


def document_region(doc: Doc, context: DocumentContext) -> Place | None:
    """The region more of the report's places lie in than any other, as a region-level place
    (precision 3, at the region's seat, with no span: no word of the text names it). Places
    that name a party, or where people came from ("the men had travelled from X"), do not
    count: they say nothing of where things happened."""
    counts = Counter((p.country_code, p.admin1) for p in context.places
                     if p.country_code and p.admin1 and _where_something_is(doc, p))
    ranked = counts.most_common(2)
    if not ranked or (len(ranked) == 2 and ranked[0][1] == ranked[1][1]):
        return None
    cc, name = ranked[0][0]
    code = _region_codes().get((cc or "", name or ""))
    area = get_gazetteer().region(cc or "", code) if code else None
    if area is None:
        return None
    return Place(text=area.name, span=None, name=area.name, country_code=area.country_code,
                 admin1=area.admin1, lat=area.lat, lon=area.lon, geo_precision=3,
                 feature="region")


def region_named_by(places: Sequence[Place], region: Place | None, end: int,
                    told: Sequence[tuple[int, int]]) -> Place | None:
    """The report's region, if one of `places` in it is named before character `end` or
    outside the sentences `told` (those that tell events of their own): an event the lead
    tells with no place of its own is not put in a region the report turns to only for
    another incident ("In the southwestern province of Balochistan, gunmen shot ..."), but
    is in the one whose governor "called for calm"."""
    if region is None:
        return None
    return region if any(
        p.span is not None and (p.country_code, p.admin1) == (region.country_code, region.admin1)
        and (p.span[0] < end or not any(a <= p.span[0] < b for a, b in told))
        for p in places) else None


def with_document_region(places: list[Place], region: Place | None) -> list[Place]:
    """An event whose sentences name no place, or only its country, lies in the report's
    region: "Gunmen shot a trader" after a report that places everything in one region. The
    region is put first only where it is in the country the event names (if any)."""
    if region is None or any(p.admin1 for p in places):
        return places
    if places and region.country_code not in {p.country_code for p in places}:
        return places
    return [region, *places]


def _where_something_is(doc: Doc, place: Place) -> bool:
    span = place_span(doc, place)
    return span is None or not (names_a_party(doc, place) or (
        not placed_by_phrase(place) and _locative(span.root, ORIGINS)))


@functools.cache
def _region_codes() -> dict[tuple[str, str], str]:
    """(country, region display name) → GeoNames admin1 code."""
    return {(cc, r.name): code for (cc, code), r in admin1_regions().items()}
