"""The date a dateline gives is the report's; the lead's own words date the event."""

from __future__ import annotations

import pytest

from eventwire.pipeline import extract

TEXT = (
    "Air strike on shelter kills 14, rescuers say\n\n"
    "ADEN/SANAA, Nov 14 (Wire) - An air strike on a school used as a shelter in the town of "
    "Zinjibar killed at least 14 people early on Thursday, rescuers said.\n\n"
    "The coalition said it had carried out a strike on a weapons store inside the compound.\n"
)


def test_a_restatement_without_date_takes_the_leads_date_not_the_datelines() -> None:
    events = [e for e in extract(TEXT, published="2026-11-14").events
              if e.modality == "occurred"]
    assert events
    # Thursday before Saturday 14 November 2026; the dateline gives the filing day
    assert all(e.date == "2026-11-12" for e in events), [(e.code, e.date) for e in events]


def test_a_dateline_of_two_filing_places() -> None:
    from eventwire.places.datelines import dateline_spans

    text = "Headline here\n\nCAIRO/GAZA, Nov 3 (Wire) - Talks resumed."
    start = text.index("CAIRO")
    assert dateline_spans(text) == [(start, text.index("Talks"))]


def test_a_dateline_with_no_filing_place() -> None:
    from eventwire.places.datelines import dateline_spans

    for line in ("Nov 18 (Wire) - ", "18 November (Wire) -- ", "Nov. 18, 2025 (AP) \u2014 ",
                 "November 18 (NEWSWIRE) - "):
        text = "Drones hit power plant\n\n" + line + "Russian drones struck a power plant."
        start = text.index(line.strip()[:3])
        assert dateline_spans(text) == [(start, text.index("Russian"))], line


def test_a_date_opening_a_chronology_entry_or_a_sentence_is_no_dateline() -> None:
    from eventwire.places.datelines import dateline_spans

    assert dateline_spans("Timeline\n\nNov 18 - Russian drones struck a power plant.") == []
    assert dateline_spans("On Nov 18 (a Tuesday) - rare as it is - drones struck.") == []


@pytest.mark.parametrize("dateline", ["Nov 18 (Wire) - ", "ODESA, Nov 18 (Wire) - "])
def test_the_datelines_date_never_outweighs_the_leads_own_day(dateline: str) -> None:
    text = ("Drones hit power plant\n\n" + dateline + "Russian drones struck a power plant "
            "in the port city of Odesa on Sunday night, killing two workers, the regional "
            "governor said.\n")
    events = [e for e in extract(text, published="2025-11-19").events
              if e.modality == "occurred"]
    assert events
    # Sunday before Wednesday 19 November 2025; the dateline gives the filing day
    assert all(e.date == "2025-11-16" for e in events), [(e.code, e.date) for e in events]


def test_a_date_only_dateline_dates_a_lead_that_gives_no_day() -> None:
    text = ("Drones hit power plant\n\nNov 18 (Wire) - Russian drones struck a power plant "
            "in the port city of Odesa, killing two workers, the regional governor said.\n")
    events = [e for e in extract(text, published="2025-11-19").events
              if e.modality == "occurred"]
    assert events
    assert all(e.date == "2025-11-18" for e in events), [(e.code, e.date) for e in events]
