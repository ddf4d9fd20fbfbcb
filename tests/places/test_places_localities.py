"""Parts of towns, qualified villages, longer names and region spellings.

All sentences are written for these tests.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

import pytest

from eventwire.evaluate.common import fold_region
from eventwire.nlp import get_nlp
from eventwire.places import get_gazetteer
from eventwire.places.document import all_mentions
from eventwire.places.gazetteer import admin1_aliases, spelling_variants
from eventwire.places.mentions import Mention, token_texts
from eventwire.places.resolve import (
    Context,
    Resolved,
    _lone_stranger,
    resolve_mentions,
)
from eventwire.records import Place

PlacesOf = Callable[..., list[Place]]
Pick = Callable[[list[Place], str], Place]


@pytest.mark.parametrize(
    ("sentence", "village"),
    [
        ("Separatist units fired mortars at army positions near Hnutove, Donetsk.", "Hnutove"),
        ("Separatist units fired mortars at army positions near Pavlopil, Donetsk.", "Pavlopil"),
        ("On 3 June, in Novoluhanske, Donetsk, a drone dropped a grenade on a checkpoint.",
         "Novoluhanske"),
    ],
)
def test_a_village_the_index_has_inside_its_qualifier_is_a_place(
        places_of: PlacesOf, place_named: Pick, sentence: str, village: str) -> None:
    place = place_named(places_of(sentence), village)
    assert (place.country_code, place.admin1, place.feature) == ("UA", "Donetsk", "city")


@pytest.mark.parametrize(("text", "kept"), [
    ("Mortar fire was reported near Pavlopil, Donetsk.", True),
    ("Mortar fire was reported near Pavlopil.", False),
])
def test_the_qualifier_outweighs_the_models_reading_of_the_name(text: str, kept: bool) -> None:
    """The model may take a village for a nationality or a person ("near Pavlopil" as NORP);
    a name the index has inside the region named right after it is a place all the same."""
    doc = get_nlp()(text)
    gaz = get_gazetteer()
    mentions = [replace(m, label="NORP", exact_entity=False) if m.text == "Pavlopil" else m
                for m in all_mentions(doc, text, gaz, [], token_texts(doc, text))]
    found = [r.mention.text for r in resolve_mentions(gaz, doc, text, mentions, None, [])]
    assert ("Pavlopil" in found) is kept


@pytest.mark.parametrize(
    ("sentence", "town", "country"),
    [
        ("A grenade exploded in the Heliopolis district of Cairo.", "Cairo", "EG"),
        ("Gunmen shot a trader in the Hay al Amal district of Damascus.", "Damascus", "SY"),
    ],
)
def test_a_part_of_a_town_is_no_namesake_abroad(places_of: PlacesOf, sentence: str, town: str,
                                                country: str) -> None:
    places = places_of(sentence)
    assert [(p.text, p.country_code) for p in places] == [(town, country)]


def test_a_part_of_a_town_near_it_is_kept(places_of: PlacesOf, place_named: Pick) -> None:
    places = places_of("Rioters set fire to a bank in the Hamra neighbourhood of Beirut.")
    assert {p.country_code for p in places} <= {"LB"}
    assert place_named(places, "Beirut").country_code == "LB"


def test_a_name_continued_by_a_particle_is_not_its_first_word(places_of: PlacesOf) -> None:
    places = places_of("Police dispersed a rally in Hay al Salam, Baghdad.")
    assert [(p.text, p.country_code) for p in places] == [("Baghdad", "IQ")]


def test_a_month_of_the_islamic_calendar_is_no_place(places_of: PlacesOf) -> None:
    places = places_of("Traders in Jenin protested against the curfew during Ramadan.")
    assert [p.text for p in places] == ["Jenin"]


@pytest.mark.parametrize(
    ("country", "ours", "theirs"),
    [
        ("SY", "Dar'a", "Daraa"),  # apostrophe dropped
        ("IQ", "Al Anbar", "Anbar"),  # article left out
        ("SY", "Hama", "Hamah"),  # ta marbuta written -ah
        ("CM", "South-West", "Sud-Ouest"),  # the official French name
        ("CM", "Far North", "Extrême-Nord"),
        ("MX", "Mexico City", "Distrito Federal"),  # the name before 2016
    ],
)
def test_region_spellings_of_other_sources_compare_equal(country: str, ours: str,
                                                         theirs: str) -> None:
    assert fold_region(theirs) in {fold_region(n) for n in admin1_aliases(country, ours)}


def test_spelling_variants_do_not_merge_different_regions() -> None:
    assert fold_region("Homs") not in {fold_region(n) for n in admin1_aliases("SY", "Hama")}
    assert "raqqa" in spelling_variants(["Ar-Raqqah"])


def _resolved(key: str, country: str, start: int, label: str | None = None) -> Resolved:
    cand = next(c for c in get_gazetteer().lookup(key) if c.country_code == country)
    mention = Mention(start=start, end=start + len(key), text=key.title(), key=key,
                      token_start=start, token_end=start + 1, label=label, exact_entity=False,
                      cue_before=True, region_word=None, relation=None, quoted=False,
                      sentence_start=False)
    return Resolved(mention, cand)


def test_a_small_town_abroad_alone_among_places_of_one_country_is_a_stranger() -> None:
    ctx = Context(countries={}, regions={})
    stray = _resolved("norte", "CV", 0)
    home = [_resolved("iloilo city", "PH", 10), _resolved("bacolod", "PH", 30)]
    assert _lone_stranger(stray, [stray, *home], ctx) == "PH"
    assert _lone_stranger(stray, [stray, home[0]], ctx) is None  # one name is no company
    assert _lone_stranger(home[1], [stray, *home], ctx) is None


@pytest.mark.parametrize(("text", "kept"), [
    ("Rockets fell on farms near Springfield (Misrata) at dawn.", True),
    ("Rockets fell on farms near Misrata at dawn.", False),
])
def test_a_qualifier_is_a_place_whatever_the_model_read(text: str, kept: bool) -> None:
    """"X (Y)", "X in Y": Y read as a region is a place even when the model took it for a
    person and the tagger for a common word."""
    doc = get_nlp()(text)
    gaz = get_gazetteer()
    mentions = [replace(m, label="PERSON", exact_entity=True, proper=False)
                if m.text == "Misrata" else m
                for m in all_mentions(doc, text, gaz, [], token_texts(doc, text))]
    found = [r.mention.text for r in resolve_mentions(gaz, doc, text, mentions, None, [])]
    assert ("Misrata" in found) is kept


@pytest.mark.parametrize(
    ("sentence", "name", "country"),
    [
        ("Students marched through San Juan de los Morros on Tuesday.", "San Juan de los Morros",
         "VE"),
        ("Gangs set up roadblocks across Port-au-Prince overnight.", "Port-au-Prince", "HT"),
    ],
)
def test_names_joined_by_articles_and_particles_are_read_whole(
        places_of: PlacesOf, place_named: Pick, sentence: str, name: str, country: str) -> None:
    assert place_named(places_of(sentence), name).country_code == country


def test_a_region_named_exactly_is_not_a_town_known_by_that_name_too(
        places_of: PlacesOf, place_named: Pick) -> None:
    place = place_named(places_of("Floods displaced thousands of families across Bihar."),
                        "Bihar")
    assert (place.feature, place.country_code) == ("region", "IN")


def test_a_dotted_abbreviation_of_a_state_is_a_place(places_of: PlacesOf,
                                                     place_named: Pick) -> None:
    places = places_of("The plant moved from Spartanburg, S.C., to Washington, D.C., in May.")
    assert place_named(places, "S.C.").name == "South Carolina"
    assert place_named(places, "D.C.").feature == "region"


@pytest.mark.parametrize(("sentence", "town", "region"), [
    ("Teachers marched through Bamako to the ministry.", "Bamako", "Bamako"),
    ("Dockers struck in Port Said on Sunday.", "Port Said", "Port Said"),
])
def test_capital_districts_missing_from_the_derived_table_have_names(
        places_of: PlacesOf, place_named: Pick, sentence: str, town: str, region: str) -> None:
    assert place_named(places_of(sentence), town).admin1 == region
