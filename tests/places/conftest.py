"""Fixtures for the places stage: the real spaCy model and the real gazetteer."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from eventwire.nlp import get_nlp
from eventwire.places import find_places
from eventwire.records import Place

PlacesOf = Callable[..., list[Place]]


@pytest.fixture(scope="session")
def places_of() -> PlacesOf:
    nlp = get_nlp()

    def run(text: str, outlet: str | None = None) -> list[Place]:
        return find_places(nlp(text), outlet=outlet)

    return run


@pytest.fixture(scope="session")
def place_named() -> Callable[[list[Place], str], Place]:
    def pick(places: list[Place], text: str) -> Place:
        found = [p for p in places if p.text == text]
        assert found, f"no place {text!r} in {[p.text for p in places]}"
        return found[0]

    return pick
