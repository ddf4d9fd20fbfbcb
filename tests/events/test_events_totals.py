"""Casualties a later sentence adds to an event ("... were also killed") add up."""

from __future__ import annotations

import pytest

from eventwire import extract


def _main_fatalities(text: str) -> int | None:
    record = extract(text, published="2021-05-04")
    main = max((e for e in record.events if e.modality == "occurred"), key=lambda e: e.confidence)
    return main.fatalities


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("On 30 April 2021, 3 guards were killed and 7 were wounded in a rebel attack on a "
         "checkpoint near Kunduz. Local officials said that 4 rebels were also killed.", 7),
        ("On 2 May 2021, 2 policemen were killed in an ambush near Gao. 2 other policemen were "
         "killed when they arrived to help.", 4),
        # an update or a description of the same victims is no addition
        ("On 3 May 2021, a mob killed two traders in Uvira after a theft. One was burnt and the "
         "other was stoned to death.", 2),
    ],
)
def test_later_victims_add_to_the_event(text: str, expected: int) -> None:
    assert _main_fatalities(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("On 5 May 2021, soldiers clashed with bandits near Tsafe (Zamfara). Two bandits were "
         "killed in the clash.", 2),
        ("On 5 May 2021, an airstrike hit a rebel camp near Buaale. One fighter was killed in "
         "the airstrike.", 1),
    ],
)
def test_casualties_that_point_back_go_to_the_event(text: str, expected: int) -> None:
    record = extract(text, published="2021-05-06")
    occurred = [e for e in record.events if e.modality == "occurred"]
    main = max(occurred, key=lambda e: e.confidence)
    assert main.fatalities == expected
    # the figure is not counted twice in the ledger
    assert sum(e.fatalities or 0 for e in occurred) == expected
