"""Demonyms as document places: a nationality or a people names its country, never an event's
place."""

from __future__ import annotations

from collections.abc import Callable

from eventwire.pipeline import extract
from eventwire.places.demonyms import DEMONYM, event_places
from eventwire.records import Place

PlacesOf = Callable[..., list[Place]]


def _demonyms(places: list[Place]) -> dict[str, str | None]:
    return {p.text: p.country_code for p in places if p.feature == DEMONYM}


def test_nationality_and_people_name_their_country(places_of: PlacesOf) -> None:
    places = places_of("Peruvian officials met Kenyans and a Sri Lankan envoy in the capital.")
    assert _demonyms(places) == {"Peruvian": "PE", "Kenyans": "KE", "Sri Lankan": "LK"}
    peru = next(p for p in places if p.text == "Peruvian")
    assert peru.name and peru.geonameid is not None and peru.lat is None


def test_pairs_of_nations_name_both(places_of: PlacesOf) -> None:
    found = _demonyms(places_of("Talks on Israeli-Egyptian trade resumed on Monday."))
    assert found == {"Israeli": "IL", "Egyptian": "EG"}


def test_languages_people_and_ethnic_groups_are_not_countries(places_of: PlacesOf) -> None:
    text = ("The school teaches classes in Spanish and French. Native Americans and "
            "African-Americans marched with Monica French on Tuesday.")
    assert _demonyms(places_of(text)) == {}


def test_events_are_never_placed_at_a_demonym() -> None:
    record = extract("Russian troops shelled the village on Monday, officials said.",
                     published="2024-03-04")
    assert any(p.feature == DEMONYM for p in record.places)
    for event in record.events:
        assert all(p.feature != DEMONYM for p in event.places)
    assert event_places(record.places) == tuple(
        p for p in record.places if p.feature != DEMONYM)
