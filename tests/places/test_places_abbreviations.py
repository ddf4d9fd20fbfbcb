"""A short alternate name (a state's abbreviation) opening a longer name the index lacks is no
place of its own; the abbreviation used as one still is. All sentences are written for these
tests."""

from __future__ import annotations

from eventwire import extract


def _names(text: str) -> list[str | None]:
    return [p.name for p in extract(text, published="2025-11-24").places]


def test_an_abbreviation_opening_a_longer_name_is_no_place() -> None:
    names = _names("Troops clashed with militants in the Cal Madow mountains near Bosaso.")
    assert "California" not in names
    assert "Bosaso" in names


def test_an_abbreviation_after_a_town_still_names_its_state() -> None:
    assert "California" in _names("A man was shot in Sacramento, Cal., on Monday.")
