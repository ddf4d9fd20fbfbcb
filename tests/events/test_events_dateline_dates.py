"""The date a dateline gives is the report's; the lead's own words date the event."""

from __future__ import annotations

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
