"""Demonyms as place mentions: "Iraqi police", "Russian troops", "Palestinians" name a country.

Geoparsing conventions (LGL, GeoNames-coded news corpora) count a nationality adjective or the
name of a country's people as a mention of that country, and so does the document's list of
places here: such a mention is reported as a country-level place with the feature "demonym".
It says what a text is about, never where something happened: the events stage leaves these
places out (`event_places`), so no event is ever placed at a demonym.

The rule: a demonym in the lexicon is a mention of its country when it is used of the nation or
its people. It is not one when it
- is part of a longer name the model reads as an organisation, a facility, a person, a work or
  a law ("the American Red Cross", "Egyptian Premier League", "Monica French");
- names a language ("spoke only French", "in English and Spanish"): the model's LANGUAGE
  reading, or a language word used as a noun rather than as an adjective;
- names an ethnic group rather than a nation ("Native Americans", "African-Americans",
  "Anglo-Americans", "American Indians");
- overlaps a place the text already names (the longer name wins).
"""

from __future__ import annotations

import functools
import tomllib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from importlib import resources

from spacy.tokens import Doc

from ..records import Place
from .gazetteer import Gazetteer
from .mentions import lexicon

#: What the place of a demonym mention is called in `Place.feature`.
DEMONYM = "demonym"
#: Entity labels of names a demonym may be part of without naming a nation: a person's name
#: ("Monica French"), a building or business ("Spanish Oaks Apartments"), a language.
_NOT_NATIONAL_LABELS = frozenset({"PERSON", "FAC", "LANGUAGE"})
#: Dependencies of an adjectival use ("French law", "Russian and Ukrainian troops").
_MODIFIER_DEPS = frozenset({"amod", "compound", "nmod"})
#: Parts of speech of a word a demonym may modify ("French law", "the Georgian dead").
_MODIFIED = frozenset({"NOUN", "PROPN", "ADJ", "NUM"})


@dataclass(frozen=True)
class _Uses:
    languages: frozenset[str]
    ethnic_before: frozenset[str]
    ethnic_after: frozenset[str]


@functools.cache
def _uses() -> _Uses:
    raw = tomllib.loads(resources.files("eventwire.places").joinpath(
        "data/lexicon.toml").read_text("utf-8"))["demonym_uses"]
    return _Uses(frozenset(raw["languages"]), frozenset(raw["ethnic_before"]),
                 frozenset(raw["ethnic_after"]))


def event_places(places: Iterable[Place]) -> tuple[Place, ...]:
    """The places an event may be placed at: every place but demonym mentions."""
    return tuple(p for p in places if p.feature != DEMONYM)


def demonym_places(doc: Doc, doc_text: str, texts: Sequence[str], gaz: Gazetteer,
                   named: Sequence[Place], capitals: Sequence[int] | None = None) -> list[Place]:
    """Country-level places for the demonyms of the text (`texts`: the token texts), outside
    the places in `named` (`capitals`: the indices of the capitalised words, when known)."""
    demonyms = lexicon().demonyms
    firsts = _first_words()
    countries = gaz.countries()
    taken = [p.span for p in named if p.span is not None]
    found: list[Place] = []
    after = 0  # the first token after the demonym found last
    for i in range(len(texts)) if capitals is None else capitals:
        if i < after or not texts[i][:1].isupper() or texts[i].lower() not in firsts:
            continue
        word = texts[i].lower()
        two = f"{word} {texts[i + 1].lower()}" if i + 1 < len(texts) else ""
        end = i + 2 if two in demonyms else i + 1
        cc = demonyms.get(two if end == i + 2 else word)
        country = countries.get(cc) if cc else None
        span = (doc[i].idx, doc[end - 1].idx + len(texts[end - 1]))
        if country is not None and _national(doc, i, end) and not any(
                s < span[1] and span[0] < e for s, e in taken):
            found.append(Place(text=doc_text[span[0]:span[1]], span=span, name=country.name,
                               geonameid=country.geonameid, country_code=cc, feature=DEMONYM))
        after = end
    return found


@functools.cache
def _first_words() -> frozenset[str]:
    return frozenset(d.split()[0] for d in lexicon().demonyms)


def _national(doc: Doc, start: int, end: int) -> bool:
    """Whether the demonym at tokens [start, end) is used of a nation or its people."""
    uses = _uses()
    first, last = doc[start], doc[end - 1]
    if first.ent_type_ in _NOT_NATIONAL_LABELS:
        return False
    after = doc[end] if end < len(doc) else None
    if last.lower_ in uses.languages and last.dep_ not in _MODIFIER_DEPS and (
            after is None or after.pos_ not in _MODIFIED):
        return False  # "spoke only French", "in English and Spanish"
    if after is not None and after.lower_ in uses.ethnic_after:
        return False
    before = doc[start - 1] if start > 0 else None
    if before is not None and before.text == "-" and not before.whitespace_ and start > 1:
        before = doc[start - 2]  # "African-American"
    return before is None or before.lower_ not in uses.ethnic_before
