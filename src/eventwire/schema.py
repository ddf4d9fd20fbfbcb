"""Validate document records against `schema.json` and the span invariant."""

from __future__ import annotations

import functools
import json
from importlib import resources
from typing import Any


@functools.cache
def load_schema() -> dict[str, Any]:
    """The record contract as a JSON Schema (draft 2020-12)."""
    text = resources.files("eventwire").joinpath("schema.json").read_text("utf-8")
    schema: dict[str, Any] = json.loads(text)
    return schema


def schema_errors(record: dict[str, Any]) -> list[str]:
    """Schema violations of one record, as readable lines (empty when valid)."""
    import jsonschema

    validator = jsonschema.Draft202012Validator(load_schema())
    return [
        f"{'/'.join(str(p) for p in err.absolute_path) or '<record>'}: {err.message}"
        for err in sorted(validator.iter_errors(record), key=lambda e: list(e.absolute_path))
    ]


def span_errors(record: dict[str, Any], text: str) -> list[str]:
    """Spans whose text differs from the field's `text` (the span invariant)."""
    problems: list[str] = []

    def check(where: str, span: list[int] | None, expected: str | None) -> None:
        if span is None or expected is None:
            return
        start, end = span
        if not 0 <= start <= end <= len(text):
            problems.append(f"{where}: span {span} outside the text")
        elif text[start:end] != expected:
            problems.append(f"{where}: span {span} is {text[start:end]!r}, not {expected!r}")

    for i, place in enumerate(record.get("places", [])):
        check(f"places/{i}", place.get("span"), place.get("text"))
    for i, event in enumerate(record.get("events", [])):
        for j, place in enumerate(event.get("places", [])):
            check(f"events/{i}/places/{j}", place.get("span"), place.get("text"))
        for key in ("quantities", "claims", "evidence"):
            for j, item in enumerate(event.get(key, [])):
                check(f"events/{i}/{key}/{j}", item.get("span"), item.get("text"))
    for i, att in enumerate(record.get("attributions", [])):
        check(f"attributions/{i}/source", att.get("source_span"), att.get("source"))
        check(f"attributions/{i}/cue", att.get("cue_span"), att.get("cue"))
    return problems
