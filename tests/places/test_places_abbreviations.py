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


def test_an_abbreviation_hyphened_to_a_longer_name_is_no_place() -> None:
    names = _names("Troops fought the militants in the Cal-Dhuub mountains of Somalia.")
    assert "California" not in names
    assert "Somalia" in names


def test_an_undotted_abbreviation_far_from_its_country_is_no_place() -> None:
    # "Ind" (Indiana's abbreviation) and "Cal" as names in texts about other countries
    assert "Indiana" not in _names("Gunmen killed five farmers in Ind, a village of Punjab in "
                                   "Pakistan, on Sunday.")
    names = _names("The militants fell back to Cal after a battle with troops near Bosaso.")
    assert "California" not in names
    assert "Bosaso" in names


def test_a_sentence_final_abbreviation_far_from_its_country_is_no_place() -> None:
    assert "California" not in _names(
        "Somali troops pushed the militants out of Bosaso. The fighters withdrew to Cal.")


def test_abbreviations_written_as_such_still_name_their_states() -> None:
    assert "California" in _names("A man was shot in Sacramento, Calif. He died later.")
    assert "Georgia" in _names("Police shot a man in Atlanta, Ga., on Monday.")
    assert "Washington State" in _names("Police in Seattle, Wash., arrested two men.")
    assert "California" in _names("A gunman was arrested in Smallton, Calif.")
    assert "California" in _names("A shooting in Cal. state left two dead.")
