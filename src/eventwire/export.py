"""Exports of stored events: ACLED-style CSV, GeoJSON and JSON lines.

acled-csv
    ACLED's export columns, in ACLED's order, with ACLED's conventions, so that tools built for
    ACLED files read it unchanged:
    event_id_cnty (ISO3 + event id), event_date (YYYY-MM-DD), year, time_precision (1 day,
    2 week, 3 month or coarser), disorder_type, event_type, sub_event_type, actor1,
    assoc_actor_1, inter1, actor2, assoc_actor_2, inter2, interaction (numeric codes: 1 state
    forces ... 8 external/other, 0 no actor; interaction is the two codes, lower first, e.g.
    17), civilian_targeting ("Civilian targeting" or empty), iso (ISO 3166 numeric), region
    (ACLED region), country (English name), admin1, admin2, admin3, location, latitude,
    longitude (4 decimals), geo_precision (1 town, 2 near a town / part of a region, 3 region),
    source (outlet, then the agencies claims were relayed by), source_scale (empty: not known),
    notes (the evidence sentence), fatalities (0 when the report gives no figure, as ACLED
    does), tags (empty), timestamp (Unix time the article entered the ledger).
    Extra columns follow ACLED's, so that nothing is lost: fatalities_stated (true when the
    report gives a fatality figure: tells a stated 0 from an unknown), injuries, event_id,
    article_id, code, modality, status, confidence, claimant, claim_stance, reported_by
    (claims' fields, "; "-separated, one position per claim), outlet, published, url, evidence
    (the other evidence items as "field: text", "; "-separated).
    The five extension codes keep their own event types (Organised crime, Disasters,
    Diplomacy, Attribution) and disorder_type "Extension", so they are never passed off as
    one of ACLED's categories. Undated events have empty event_date, year and time_precision;
    events without a place have empty location fields.

geojson
    A FeatureCollection of Points (longitude, latitude) with the same fields as flat
    properties (typed: numbers, booleans, null). Events without coordinates are left out; the
    collection's `skipped_without_point` member counts them.

jsonl
    One JSON object per event: the event as in document records, plus `article` (id, title,
    url, outlet, published), `notes` and `ingested_at`.

table
    A plain-text table for terminals (date, code, place, country, fatalities, actor, notes).
"""

from __future__ import annotations

import csv
import datetime as dt
import functools
import json
import tomllib
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from importlib import resources
from typing import Any, TextIO

from .errors import ConfigError
from .records import Event, to_jsonable
from .store.base import StoredEvent
from .store.countries import country

ACLED_COLUMNS: tuple[str, ...] = (
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type",
    "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2",
    "interaction", "civilian_targeting", "iso", "region", "country", "admin1", "admin2",
    "admin3", "location", "latitude", "longitude", "geo_precision", "source", "source_scale",
    "notes", "fatalities", "tags", "timestamp",
)
EXTRA_COLUMNS: tuple[str, ...] = (
    "fatalities_stated", "injuries", "event_id", "article_id", "code", "modality", "status",
    "confidence", "claimant", "claim_stance", "reported_by", "outlet", "published", "url",
    "evidence",
)
CSV_COLUMNS = ACLED_COLUMNS + EXTRA_COLUMNS
TIME_PRECISION = {"day": 1, "week": 2, "month": 3, "year": 3}
UNKNOWN_ISO3 = "XXX"  # event_id_cnty prefix for an event with no known country
SEP = "; "


@dataclass(frozen=True)
class ExportSummary:
    """How many events an export wrote, and how many it had to leave out."""

    written: int
    skipped: int = 0


@dataclass(frozen=True)
class _AcledRules:
    disorder_type: dict[str, str]
    disorder_type_by_code: dict[str, str]
    inter: dict[str, int]
    civilian_targets: frozenset[str]
    civilian_actor_kinds: frozenset[str]


@functools.cache
def _rules() -> _AcledRules:
    raw = tomllib.loads(
        resources.files("eventwire.store").joinpath("data/acled.toml").read_text("utf-8")
    )
    civ = raw["civilian_targeting"]
    return _AcledRules(
        disorder_type=dict(raw["disorder_type"]),
        disorder_type_by_code=dict(raw["disorder_type_by_code"]),
        inter={k.casefold(): int(v) for k, v in raw["inter"].items()},
        civilian_targets=frozenset(c.casefold() for c in civ["target_categories"]),
        civilian_actor_kinds=frozenset(k.casefold() for k in civ["actor2_kinds"]),
    )


# --- one row ------------------------------------------------------------------------------


def inter_code(kind: str | None, present: bool) -> int:
    """ACLED's inter code for an actor of this kind (0 when there is no actor)."""
    if not present:
        return 0
    key = (kind or "other").casefold().replace(" ", "_").replace("-", "_")
    return _rules().inter.get(key, 8)


def interaction(inter1: int, inter2: int) -> int:
    """ACLED's interaction code: both inter codes, lower first; a lone actor gives N0."""
    if inter1 == 0 or inter2 == 0:
        return max(inter1, inter2) * 10
    low, high = sorted((inter1, inter2))
    return low * 10 + high


def disorder_type(event: Event) -> str:
    rules = _rules()
    by_code = rules.disorder_type_by_code.get(event.code)
    return by_code or rules.disorder_type.get(event.event_type, "")


def civilian_targeting(event: Event) -> bool:
    rules = _rules()
    target = event.target.category.casefold() if event.target else ""
    kind = (event.actor2.kind or "").casefold() if event.actor2 else ""
    return target in rules.civilian_targets or kind in rules.civilian_actor_kinds


def _timestamp(ingested_at: str) -> int | None:
    try:
        moment = dt.datetime.fromisoformat(ingested_at)
    except ValueError:
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)
    return int(moment.timestamp())


def _joined(values: Iterable[str | None]) -> str:
    return SEP.join(v or "" for v in values)


def _unique(values: Iterable[str | None]) -> list[str]:
    out: list[str] = []
    for value in values:
        if value and value not in out:
            out.append(value)
    return out


def _place_fields(event: Event) -> dict[str, Any]:
    place = event.places[0] if event.places else None
    info = country(place.country_code) if place else None
    lat, lon = (place.lat, place.lon) if place else (None, None)
    has_point = lat is not None and lon is not None
    return {
        "iso": info.isonumeric if info else None,
        "region": info.region if info else None,
        "country": info.name if info else None,
        "admin1": place.admin1 if place else None,
        "admin2": place.admin2 if place else None,
        "admin3": None,
        "location": (place.name or place.text) if place else None,
        "latitude": round(lat, 4) if has_point and lat is not None else None,
        "longitude": round(lon, 4) if has_point and lon is not None else None,
        "geo_precision": place.geo_precision if place else None,
        "_iso3": info.iso3 if info else UNKNOWN_ISO3,
    }


def _actor_fields(event: Event) -> dict[str, Any]:
    a1, a2 = event.actor1, event.actor2
    inter1 = inter_code(a1.kind if a1 else None, a1 is not None)
    inter2 = inter_code(a2.kind if a2 else None, a2 is not None)
    return {
        "actor1": a1.name if a1 else None,
        "assoc_actor_1": None,
        "inter1": inter1,
        "actor2": a2.name if a2 else None,
        "assoc_actor_2": None,
        "inter2": inter2,
        "interaction": interaction(inter1, inter2),
        "civilian_targeting": "Civilian targeting" if civilian_targeting(event) else None,
    }


def event_fields(stored: StoredEvent) -> dict[str, Any]:
    """One event as a flat, typed dict with every export column (None for empty)."""
    event = stored.event
    places = _place_fields(event)
    iso3 = places.pop("_iso3")
    claims = event.claims
    sentence_evidence = [e for e in event.evidence if e.text.strip() != (stored.notes or "")]
    fields: dict[str, Any] = {
        "event_id_cnty": f"{iso3}{event.event_id}",
        "event_date": event.date,
        "year": int(event.date[:4]) if event.date else None,
        "time_precision": TIME_PRECISION.get(event.date_precision or ""),
        "disorder_type": disorder_type(event),
        "event_type": event.event_type,
        "sub_event_type": event.sub_event_type,
        **_actor_fields(event),
        **places,
        "source": SEP.join(_unique([stored.outlet, *(c.reported_by for c in claims)])) or None,
        "source_scale": None,
        "notes": stored.notes,
        "fatalities": event.fatalities if event.fatalities is not None else 0,
        "tags": None,
        "timestamp": _timestamp(stored.ingested_at),
        "fatalities_stated": event.fatalities is not None,
        "injuries": event.injuries,
        "event_id": event.event_id,
        "article_id": stored.article_id,
        "code": event.code,
        "modality": event.modality,
        "status": event.status,
        "confidence": round(event.confidence, 3),
        "claimant": _joined(c.claimant for c in claims) if claims else None,
        "claim_stance": _joined(c.stance for c in claims) if claims else None,
        "reported_by": _joined(c.reported_by for c in claims) if claims else None,
        "outlet": stored.outlet,
        "published": stored.published,
        "url": stored.url,
        "evidence": SEP.join(f"{e.field}: {e.text}" for e in sentence_evidence) or None,
    }
    return {c: fields[c] for c in CSV_COLUMNS}


# --- writers ------------------------------------------------------------------------------


def _csv_value(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def write_acled_csv(events: Iterable[StoredEvent], out: TextIO) -> ExportSummary:
    """ACLED-style CSV: ACLED's columns in ACLED's order, then the provenance columns."""
    writer = csv.writer(out)
    writer.writerow(CSV_COLUMNS)
    written = 0
    for stored in events:
        fields = event_fields(stored)
        writer.writerow([_csv_value(fields[c]) for c in CSV_COLUMNS])
        written += 1
    return ExportSummary(written)


def write_geojson(events: Iterable[StoredEvent], out: TextIO) -> ExportSummary:
    """A GeoJSON FeatureCollection of Points; events without coordinates are counted out."""
    out.write('{"type": "FeatureCollection", "features": [')
    written = skipped = 0
    for stored in events:
        place = stored.event.places[0] if stored.event.places else None
        if place is None or place.lat is None or place.lon is None:
            skipped += 1
            continue
        feature = {
            "type": "Feature",
            "id": stored.event.event_id,
            "geometry": {"type": "Point", "coordinates": [place.lon, place.lat]},
            "properties": event_fields(stored),
        }
        out.write(("\n" if written == 0 else ",\n") + json.dumps(feature, ensure_ascii=False))
        written += 1
    out.write(f'\n], "skipped_without_point": {skipped}}}\n')
    return ExportSummary(written, skipped)


def write_jsonl(events: Iterable[StoredEvent], out: TextIO) -> ExportSummary:
    """One JSON object per line: the event, its article and its notes."""
    written = 0
    for stored in events:
        line = {
            **to_jsonable(stored.event),
            "article": {
                "id": stored.article_id, "title": stored.title, "url": stored.url,
                "outlet": stored.outlet, "published": stored.published,
            },
            "notes": stored.notes,
            "ingested_at": stored.ingested_at,
        }
        out.write(json.dumps(line, ensure_ascii=False) + "\n")
        written += 1
    return ExportSummary(written)


#: Columns of the terminal table: (header, width); the last one takes the rest of the line.
TABLE_COLUMNS = (("date", 10), ("code", 18), ("place", 18), ("cc", 2), ("dead", 4),
                 ("actor1", 22), ("notes", 60))


def _cell(value: object, width: int) -> str:
    text = " ".join(str(value if value is not None else "-").split())
    return text if len(text) <= width else text[: width - 1] + "~"


def write_table(events: Iterable[StoredEvent], out: TextIO) -> ExportSummary:
    """A plain-text table for terminals: one line per event, long cells cut with `~`."""
    out.write("  ".join(h.ljust(w) for h, w in TABLE_COLUMNS).rstrip() + "\n")
    written = 0
    for stored in events:
        event = stored.event
        place = event.places[0] if event.places else None
        values = (
            event.date, event.code, (place.name or place.text) if place else None,
            place.country_code if place else None, event.fatalities,
            event.actor1.name if event.actor1 else None, stored.notes,
        )
        cells = [_cell(v, w).ljust(w) for v, (_, w) in zip(values, TABLE_COLUMNS, strict=True)]
        out.write("  ".join(cells).rstrip() + "\n")
        written += 1
    return ExportSummary(written)


Writer = Callable[[Iterable[StoredEvent], TextIO], ExportSummary]
FORMATS: dict[str, Writer] = {
    "acled-csv": write_acled_csv,
    "geojson": write_geojson,
    "jsonl": write_jsonl,
    "table": write_table,
}


def write_export(fmt: str, events: Iterable[StoredEvent], out: TextIO) -> ExportSummary:
    """Write events in one of FORMATS (acled-csv, geojson, jsonl, table)."""
    writer = FORMATS.get(fmt)
    if writer is None:
        raise ConfigError(f"unknown export format {fmt!r} (choose from {', '.join(FORMATS)})")
    return writer(events, out)
