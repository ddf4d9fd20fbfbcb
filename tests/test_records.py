"""Record round trips and content-derived ids."""

from __future__ import annotations

from dataclasses import replace

import pytest

from eventwire.errors import DateError
from eventwire.records import (
    Actor,
    Attribution,
    Claim,
    DocumentRecord,
    Event,
    Evidence,
    Place,
    Quantity,
    Related,
    parse_published,
    record_from_dict,
    stable_id,
)
from eventwire.schema import schema_errors


def sample_record() -> DocumentRecord:
    place = Place(
        "Kyiv", (10, 14), "Kyiv", 703448, "UA", "Kyiv City", None, 50.45, 30.52, 1, "city"
    )
    event = Event(
        event_id=stable_id("a", 0, "AIR_STRIKE"),
        code="AIR_STRIKE",
        event_type="Explosions/Remote violence",
        sub_event_type="Air/drone strike",
        confidence=0.8,
        modality="occurred",
        date="2025-01-14",
        date_precision="day",
        date_text="overnight",
        actor1=Actor("Military Forces of Russia", "Russian", "state", "RU"),
        actor2=None,
        target=None,
        places=(place,),
        fatalities=None,
        injuries=0,
        quantities=(Quantity("drones_launched", 80, None, None, "drone", "80 drones", (20, 29)),),
        claims=(Claim("Ukrainian officials", None, None, None, "asserts", "officials", (0, 9)),),
        status="reported",
        evidence=(Evidence("code", "launched", (30, 38)),),
        related=(Related("b", "earlier_attack"),),
    )
    return DocumentRecord("a", None, None, None, "2025-01-14", (event,), (place,), ())


def test_round_trip_through_json_form() -> None:
    record = sample_record()
    data = record.to_dict()
    assert "text" not in data  # plain-text inputs do not carry their text
    assert data["events"][0]["places"][0]["span"] == [10, 14]
    assert record_from_dict(data) == record


def test_ids_are_content_derived() -> None:
    assert stable_id("x", 1) == stable_id("x", 1) != stable_id("x", 2)


def test_parse_published() -> None:
    assert parse_published("2025-01-14T10:00:00+02:00") == "2025-01-14"
    assert parse_published(None) is None and parse_published("") is None
    with pytest.raises(DateError):
        parse_published("January 14")


def test_an_attribution_without_a_source_round_trips() -> None:
    unsourced = Attribution(None, None, "reportedly", (10, 20), (0, 40), "hedges")
    named = Attribution("The army", (0, 8), "said", (9, 13), (14, 30), "asserts", "The army")
    record = replace(sample_record(), attributions=(unsourced, named))
    data = record.to_dict()
    assert data["attributions"][0]["source"] is None
    assert data["attributions"][0]["source_span"] is None
    assert schema_errors(data) == []
    assert record_from_dict(data) == record
