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


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a total spread over events: the share to the nearest whole count, halves up
        ("Fighting raged for hours. 14 fatalities split up between 3 events.", 5),
        ("Fighting raged for hours. 11 fatalities split up between 3 events.", 4),
        ("Fighting raged for hours. 9 fatalities spread across 2 events.", 5),
        ("Shelling went on. 1 fatality split among 9 events.", 0),
        ("Shelling went on [1 fatality split among 9 events].", 0),
        # "in two days": one event a place and a day
        ("Unknown fatalities coded as 12 and spread across two locations in three days.", 2),
        # a share written out wins
        ("Unknown fatalities coded as 8 and split between the two events with 4 coded to each.",
         4),
        ("Unclear number of fatalities and injuries coded as 9, split between three villages.",
         3),
        ("Dozens of fatalities and injuries coded as 6.", 6),
        ("Total fatalities coded to 4.", 4),
        ("Both sides suffered losses. Information on fatalities ranges from 3 to 7.", 3),
        ("Unknown fatalities coded at 4, in addition to 3 known fatalities.", 7),
    ],
)
def test_coded_totals_and_shares(text: str, expected: int) -> None:
    tally = find_tally(text)
    assert tally is not None and tally.fatalities == expected


@pytest.mark.parametrize(
    ("text", "parts", "share"),
    [
        ("Fatalities split between 5 events.", 5, None),
        ("Fatalities are split across 3 events (2).", 3, 2),
        ("Total fatalities divided equally across four events.", 4, None),
        ("Fatalities coded across 2 events.", 2, None),
    ],
)
def test_split_notes_without_a_total(text: str, parts: int, share: int | None) -> None:
    tally = find_tally(text)
    assert tally is not None and (tally.parts, tally.share) == (parts, share)
    assert tally.fatalities == share


def test_a_split_note_shares_out_the_narrative_count() -> None:
    record = extract(
        "On 2 June 2021, herders and farmers clashed near Lafia (Nasarawa), and 9 people were "
        "killed. Fatalities split between 2 events.",
        published="2021-06-03",
    )
    main = max((e for e in record.events if e.modality == "occurred"), key=lambda e: e.confidence)
    assert main.fatalities == 5


def test_places_and_reports_are_not_tallies() -> None:
    assert find_tally("Fatalities were reported at 3 checkpoints along the road.") is None
