"""Exports: ACLED-style CSV, GeoJSON, JSON lines, from hand-built events and a real ledger."""

from __future__ import annotations

import csv
import io
import json
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from eventwire.errors import ConfigError
from eventwire.export import (
    ACLED_COLUMNS,
    CSV_COLUMNS,
    event_fields,
    interaction,
    write_acled_csv,
    write_export,
    write_geojson,
    write_jsonl,
    write_table,
)
from eventwire.records import (
    Actor,
    Article,
    Claim,
    DocumentRecord,
    Event,
    Evidence,
    Place,
    Target,
    event_from_dict,
    stable_id,
)
from eventwire.store import StoredEvent, open_ledger

TEXT = (
    "A drone strike hit an oil depot in Engels overnight, the governor said, citing TASS. "
    "Police dispersed protesters in Kharkiv on Friday."
)
ACLED_HEADER = (
    "event_id_cnty,event_date,year,time_precision,disorder_type,event_type,sub_event_type,"
    "actor1,assoc_actor_1,inter1,actor2,assoc_actor_2,inter2,interaction,civilian_targeting,"
    "iso,region,country,admin1,admin2,admin3,location,latitude,longitude,geo_precision,source,"
    "source_scale,notes,fatalities,tags,timestamp"
)


def span(part: str) -> tuple[int, int]:
    start = TEXT.index(part)
    return (start, start + len(part))


def sentence(n: int) -> str:
    return TEXT.split(". ")[n].rstrip(".") + "."


def strike() -> Event:
    place = Place(
        text="Engels",
        span=span("Engels"),
        name="Engels",
        geonameid=563464,
        country_code="RU",
        admin1="Saratov",
        lat=51.483889,
        lon=46.105278,
        geo_precision=1,
    )
    return Event(
        event_id=stable_id("event", TEXT, 0),
        code="AIR_STRIKE",
        event_type="Explosions/Remote violence",
        sub_event_type="Air/drone strike",
        confidence=0.8123,
        modality="occurred",
        date="2025-07-21",
        date_precision="day",
        date_text="overnight",
        actor1=Actor(name="Military Forces of Ukraine", text="drone", kind="state", country="UA"),
        actor2=None,
        target=Target(category="energy", kind="oil depot", name=None, text="an oil depot"),
        places=(place,),
        fatalities=None,
        injuries=None,
        quantities=(),
        claims=(
            Claim(
                claimant="the governor",
                claimant_role="governor",
                channel=None,
                reported_by="TASS",
                stance="asserts",
                text=sentence(0),
                span=span(sentence(0)),
            ),
        ),
        status="reported",
        evidence=(
            Evidence(field="sentence", text=sentence(0), span=span(sentence(0))),
            Evidence(field="trigger", text="drone strike", span=span("drone strike")),
        ),
    )


def protest(**changes: Any) -> Event:
    base = Event(
        event_id=stable_id("event", TEXT, 1),
        code="FORCE_AGAINST_PROTEST",
        event_type="Protests",
        sub_event_type="Excessive force against protesters",
        confidence=0.6,
        modality="occurred",
        date="2025-07-14",
        date_precision="week",
        date_text="on Friday",
        actor1=Actor(name="Police Forces of Ukraine", text="Police", kind="police", country="UA"),
        actor2=Actor(
            name="Protesters (Ukraine)", text="protesters", kind="protesters", country="UA"
        ),
        target=None,
        places=(
            Place(
                text="Kharkiv",
                span=span("Kharkiv"),
                name="Kharkiv",
                country_code="UA",
                admin1="Kharkiv",
                geo_precision=3,
            ),
        ),
        fatalities=0,
        injuries=3,
        quantities=(),
        claims=(),
        status="corroborated",
        evidence=(Evidence(field="sentence", text=sentence(1), span=span(sentence(1))),),
    )
    return base if not changes else Event(**{**base.__dict__, **changes})


def stored(event: Event) -> StoredEvent:
    return StoredEvent(
        event=event,
        article_id="a1",
        title="Overnight strikes",
        url="https://news.example/a1",
        outlet="Example News",
        published="2025-07-22",
        notes=event.evidence[0].text,
        ingested_at="2025-07-22T10:00:00+00:00",
    )


def csv_rows(events: list[StoredEvent]) -> tuple[str, list[dict[str, str]]]:
    out = io.StringIO()
    summary = write_acled_csv(events, out)
    assert summary.written == len(events)
    text = out.getvalue()
    return text, list(csv.DictReader(io.StringIO(text)))


def test_csv_header_is_acled_then_provenance() -> None:
    text, rows = csv_rows([stored(strike())])
    header = text.splitlines()[0]
    assert header.startswith(ACLED_HEADER + ",")
    assert ",".join(ACLED_COLUMNS) == ACLED_HEADER
    assert header.split(",")[len(ACLED_COLUMNS) :] == [
        "fatalities_stated",
        "injuries",
        "event_id",
        "article_id",
        "code",
        "modality",
        "status",
        "confidence",
        "claimant",
        "claim_stance",
        "reported_by",
        "outlet",
        "published",
        "url",
        "evidence",
    ]
    assert len(rows) == 1 and list(rows[0]) == list(CSV_COLUMNS)


def test_csv_follows_acled_conventions() -> None:
    _, rows = csv_rows([stored(strike()), stored(protest())])
    air, force = rows
    assert air["event_id_cnty"] == "RUS" + strike().event_id
    assert (air["event_date"], air["year"], air["time_precision"]) == ("2025-07-21", "2025", "1")
    assert air["disorder_type"] == "Political violence"
    assert (air["iso"], air["country"], air["region"]) == ("643", "Russia", "Europe")
    assert (air["latitude"], air["longitude"], air["geo_precision"]) == ("51.4839", "46.1053", "1")
    assert (air["inter1"], air["inter2"], air["interaction"]) == ("1", "0", "10")
    assert (air["fatalities"], air["fatalities_stated"]) == ("0", "false")  # unknown → 0
    assert air["source"] == "Example News; TASS"
    assert air["notes"] == sentence(0)
    assert air["evidence"] == "trigger: drone strike"
    assert (air["claimant"], air["claim_stance"], air["reported_by"]) == (
        "the governor",
        "asserts",
        "TASS",
    )
    assert air["confidence"] == "0.812"
    assert air["timestamp"] == "1753178400"
    assert force["time_precision"] == "2"
    assert force["disorder_type"] == "Political violence; Demonstrations"
    assert (force["inter1"], force["inter2"], force["interaction"]) == ("1", "6", "16")
    assert (force["fatalities"], force["fatalities_stated"]) == ("0", "true")  # stated 0
    assert (force["latitude"], force["longitude"], force["country"]) == ("", "", "Ukraine")
    assert force["claimant"] == "" and force["injuries"] == "3"


def test_extension_codes_keep_their_own_types() -> None:
    diplo = protest(code="DIPLO", event_type="Diplomacy", sub_event_type="Diplomatic event")
    fields = event_fields(stored(diplo))
    assert (fields["event_type"], fields["disorder_type"]) == ("Diplomacy", "Extension")


def test_civilian_targeting_and_missing_pieces() -> None:
    on_homes = protest(
        target=Target(category="residential", kind="apartment block", name=None, text="homes"),
        actor2=None,
        places=(),
        date=None,
        date_precision=None,
    )
    fields = event_fields(stored(on_homes))
    assert fields["civilian_targeting"] == "Civilian targeting"
    assert fields["event_id_cnty"].startswith("XXX")
    assert fields["event_date"] is None and fields["year"] is None
    assert fields["time_precision"] is None and fields["location"] is None
    assert event_fields(stored(strike()))["civilian_targeting"] is None
    assert interaction(7, 2) == 27 and interaction(0, 0) == 0


def test_geojson_has_points_and_counts_the_rest() -> None:
    out = io.StringIO()
    summary = write_geojson([stored(strike()), stored(protest())], out)
    assert (summary.written, summary.skipped) == (1, 1)
    collection = json.loads(out.getvalue())
    assert collection["type"] == "FeatureCollection"
    assert collection["skipped_without_point"] == 1
    (feature,) = collection["features"]
    assert feature["type"] == "Feature" and feature["id"] == strike().event_id
    assert feature["geometry"] == {"type": "Point", "coordinates": [46.105278, 51.483889]}
    props = feature["properties"]
    assert list(props) == list(CSV_COLUMNS)
    assert all(not isinstance(v, dict | list) for v in props.values())
    assert props["fatalities"] == 0 and props["fatalities_stated"] is False
    assert props["country"] == "Russia" and props["inter1"] == 1
    # the web export carries who claims the event and how, as the CSV does
    assert (props["claimant"], props["claim_stance"], props["reported_by"]) == (
        "the governor",
        "asserts",
        "TASS",
    )


def test_empty_geojson_is_valid() -> None:
    out = io.StringIO()
    assert write_geojson([], out).written == 0
    assert json.loads(out.getvalue()) == {
        "type": "FeatureCollection",
        "features": [],
        "skipped_without_point": 0,
    }


def test_jsonl_round_trips_events() -> None:
    out = io.StringIO()
    assert write_jsonl([stored(strike()), stored(protest())], out).written == 2
    lines = [json.loads(line) for line in out.getvalue().splitlines()]
    assert lines[0]["article"]["url"] == "https://news.example/a1"
    assert lines[1]["notes"] == sentence(1)
    event_keys = set(strike().__dict__)
    assert event_from_dict({k: v for k, v in lines[0].items() if k in event_keys}) == strike()


def test_unknown_format_is_a_config_error() -> None:
    with pytest.raises(ConfigError, match="unknown export format"):
        write_export("xlsx", [], io.StringIO())


def test_export_from_a_ledger(tmp_path: Path) -> None:
    article = Article(
        id="a1",
        text=TEXT,
        title="Overnight strikes",
        outlet="Example News",
        url="https://news.example/a1",
        published="2025-07-22",
    )
    record = DocumentRecord(
        id="a1",
        title=article.title,
        url=article.url,
        outlet=article.outlet,
        published=article.published,
        events=(strike(), protest()),
        places=(),
        attributions=(),
    )
    with open_ledger(tmp_path / "ledger.db") as ledger:
        ledger.add(article, record)
        out = io.StringIO()
        write_export("acled-csv", ledger.events(), out)
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert [r["event_date"] for r in rows] == ["2025-07-14", "2025-07-21"]
    assert rows[1]["notes"] == sentence(0) and rows[1]["outlet"] == "Example News"
    assert rows[1]["timestamp"].isdigit()


def test_table_has_one_line_per_event() -> None:
    out = io.StringIO()
    assert write_table([stored(protest(fatalities=None)), stored(strike())], out).written == 2
    header, first, second = out.getvalue().splitlines()
    assert header.split() == ["date", "code", "place", "cc", "dead", "actor1", "notes"]
    assert first.split()[:5] == ["2025-07-14", "FORCE_AGAINST_PRO~", "Kharkiv", "UA", "-"]
    assert second.startswith("2025-07-21  AIR_STRIKE") and "Engels" in second


def test_a_claim_without_a_claimant_keeps_its_position() -> None:
    hedge = Claim(claimant=None, claimant_role=None, channel=None, reported_by=None,
                  stance="hedges", text="reportedly", span=span("drone strike"))
    event = replace(strike(), claims=(*strike().claims, hedge))
    _, rows = csv_rows([stored(event)])
    assert (rows[0]["claimant"], rows[0]["claim_stance"], rows[0]["reported_by"]) == (
        "the governor; ", "asserts; hedges", "TASS; ")
