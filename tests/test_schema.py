"""The JSON Schema and the dataclasses describe the same contract."""

from __future__ import annotations

import dataclasses
from typing import Any

from eventwire import records
from eventwire.records import EVENT_CODES
from eventwire.schema import load_schema, schema_errors, span_errors


def props(defn: dict[str, Any]) -> set[str]:
    return set(defn["properties"])


def fields(cls: type) -> set[str]:
    return {f.name for f in dataclasses.fields(cls)}


def test_schema_and_dataclasses_agree() -> None:
    schema = load_schema()
    defs = schema["$defs"]
    assert props(schema) == fields(records.DocumentRecord)
    assert props(defs["event"]) == fields(records.Event)
    assert props(defs["place"]) == fields(records.Place)
    assert props(defs["attribution"]) == fields(records.Attribution)
    event = defs["event"]["properties"]
    assert tuple(event["code"]["enum"]) == EVENT_CODES
    assert props(event["quantities"]["items"]) == fields(records.Quantity)
    assert props(event["claims"]["items"]) == fields(records.Claim)
    assert props(event["evidence"]["items"]) == fields(records.Evidence)


def minimal_record(**changes: Any) -> dict[str, Any]:
    base: dict[str, Any] = {
        "id": "a",
        "title": None,
        "url": None,
        "outlet": None,
        "published": None,
        "events": [],
        "places": [],
        "attributions": [],
        "errors": [],
    }
    return {**base, **changes}


def test_schema_rejects_what_the_contract_forbids() -> None:
    assert schema_errors(minimal_record()) == []
    assert schema_errors(minimal_record(published="14 Jan 2025"))
    assert schema_errors(minimal_record(unknown_field=1))
    bad_place = {
        "text": "Kyiv",
        "span": [0, 4],
        "name": "Kyiv",
        "geonameid": 703448,
        "country_code": "Ukraine",
        "admin1": None,
        "admin2": None,
        "lat": 50.4,
        "lon": 30.5,
        "geo_precision": 1,
    }
    assert any("country_code" in e for e in schema_errors(minimal_record(places=[bad_place])))


def test_span_errors_catch_misplaced_spans() -> None:
    place = {"text": "Kyiv", "span": [3, 7]}
    assert span_errors({"places": [place]}, "In Kyiv today") == []
    assert span_errors({"places": [{"text": "Kyiv", "span": [0, 4]}]}, "In Kyiv today")
