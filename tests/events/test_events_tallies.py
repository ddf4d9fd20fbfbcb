"""Coded fatality tallies at the end of analyst notes win over narrative figures."""

from __future__ import annotations

import pytest

from eventwire import extract
from eventwire.events.tallies import find_tally


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Gunmen shot a trader in Kano. 1 fatality.", 1),
        ("Clashes left many dead. 12 fatalities split up between 4 events.", 3),
        ("Unclear fatalities coded as 10 and spread between two locations.", 5),
        ("A soldier died. Fatalities coded as 0 (local media reported 1).", 0),
        ("At least 2 fatalities.", 2),
        ("No fatalities were reported.", 0),
    ],
)
def test_tally_forms(text: str, expected: int) -> None:
    tally = find_tally(text)
    assert tally is not None and tally.fatalities == expected
    assert text[tally.span[0]:tally.span[1]] == tally.text


def test_narrative_numbers_are_not_tallies() -> None:
    assert find_tally("The 4 fatalities occurred during the night, police said.") is None
    assert find_tally("Police reported that militants killed 6 villagers in Gao.") is None


def test_tally_overrides_a_narrative_count_on_the_main_event() -> None:
    record = extract(
        "On 3 June 2021, gunmen shot dead a shopkeeper in Maiduguri (Borno) during a week in which "
        "9 people died in the area. 1 fatality.",
        published="2021-06-04",
    )
    main = max((e for e in record.events if e.modality == "occurred"), key=lambda e: e.confidence)
    assert main.fatalities == 1
    assert any(ev.field == "fatalities" and ev.text == "1 fatality" for ev in main.evidence)
