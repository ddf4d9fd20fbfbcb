"""The command line through its installed entry point, on real files and a real SQLite ledger."""

from __future__ import annotations

import csv
import io
import json
import os
import signal
import sqlite3
import subprocess
import time
from pathlib import Path

import pytest

from eventwire.schema import schema_errors, span_errors
from support import REPO, eventwire_command

SAMPLES = REPO / "samples" / "articles.jsonl"


def records_of(stdout: str) -> list[dict]:  # type: ignore[type-arg]
    return [json.loads(line) for line in stdout.splitlines() if line.strip()]


def test_extract_seed_article_validates(run_cli, seeds_dir: Path) -> None:  # type: ignore[no-untyped-def]
    path = seeds_dir / "krasnolimanska-mine.txt"
    done = run_cli("extract", str(path), "--published", "2025-07-22")
    assert done.returncode == 0, done.stderr
    [record] = records_of(done.stdout)
    assert schema_errors(record) == []
    text = path.read_text("utf-8")
    assert span_errors(record, record.get("text", text)) == []
    assert record["published"] == "2025-07-22"
    assert record["events"], "no event extracted"
    spans = [ev for e in record["events"] for ev in e["evidence"]]
    assert spans and all(text[s["span"][0] : s["span"][1]] == s["text"] != "" for s in spans)


def test_extract_samples_from_stdin_validate(run_cli) -> None:  # type: ignore[no-untyped-def]
    done = run_cli("extract", "-", stdin=SAMPLES.read_text("utf-8"))
    assert done.returncode == 0, done.stderr
    records = records_of(done.stdout)
    lines = [json.loads(x) for x in SAMPLES.read_text("utf-8").splitlines()]
    assert [r["id"] for r in records] == [x["id"] for x in lines]
    for record, line in zip(records, lines, strict=True):
        assert schema_errors(record) == []
        assert span_errors(record, record.get("text", line["text"])) == []


def test_bad_inputs_are_reported_and_the_rest_goes_on(run_cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.txt").write_text(
        "Gunmen killed two farmers near Jos on Sunday.", encoding="utf-8"
    )
    (folder / "empty.txt").write_text("", encoding="utf-8")
    (folder / "blob.txt").write_bytes(b"\x00\x01\x02binary")
    (folder / "lines.jsonl").write_text(
        '{"id": "ok", "text": "Troops clashed with rebels."}\n{oops\n', encoding="utf-8"
    )
    done = run_cli("extract", str(folder), "--published", "2024-04-02")
    assert done.returncode == 1
    assert [r["id"] for r in records_of(done.stdout)][-1] == "ok"
    assert len(records_of(done.stdout)) == 2
    err = done.stderr
    assert "empty.txt: empty file" in err and "blob.txt: binary" in err
    assert "lines.jsonl:2: malformed JSON" in err and "Traceback" not in err


def test_bad_published_flag_is_a_usage_error(run_cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    f = tmp_path / "a.txt"
    f.write_text("Clashes in Goma.", encoding="utf-8")
    done = run_cli("extract", str(f), "--published", "yesterday")
    assert done.returncode == 2 and "published" in done.stderr and "Traceback" not in done.stderr


def test_missing_db_folder_is_one_clear_line(run_cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    done = run_cli("ingest", str(SAMPLES), "--db", str(tmp_path / "no" / "such" / "x.db"))
    assert done.returncode == 1
    assert done.stderr.count("\n") == 1 and "Traceback" not in done.stderr
    assert "no" in done.stderr and not (tmp_path / "no").exists()


def test_ingest_is_idempotent_and_queryable(run_cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    db = str(tmp_path / "ledger.db")
    first = run_cli("ingest", str(SAMPLES), "--db", db)
    assert first.returncode == 0, first.stderr
    second = run_cli("ingest", str(SAMPLES), "--db", db)
    assert second.returncode == 0 and "0 added" in second.stdout + second.stderr
    listed = run_cli("events", "--db", db, "--format", "jsonl")
    events = records_of(listed.stdout)
    assert events, listed.stderr
    exported = run_cli("export", "--db", db, "--format", "acled-csv")
    rows = list(csv.DictReader(io.StringIO(exported.stdout)))
    assert len(rows) == len(events)
    assert {"event_id_cnty", "event_date", "sub_event_type", "latitude", "notes"} <= set(rows[0])
    geo = json.loads(run_cli("export", "--db", db, "--format", "geojson").stdout)
    assert geo["type"] == "FeatureCollection"
    assert all(f["geometry"]["type"] == "Point" for f in geo["features"])


def many_articles(n: int) -> str:
    base = [json.loads(x) for x in SAMPLES.read_text("utf-8").splitlines()]
    lines = []
    for i in range(n):
        item = dict(base[i % len(base)])
        item["id"] = f"{item['id']}-{i}"
        item["text"] = f"{item['text']}\nUpdate {i}: officials gave no further details."
        lines.append(json.dumps(item))
    return "\n".join(lines) + "\n"


def test_killed_ingest_leaves_a_consistent_ledger(tmp_path: Path) -> None:
    source = tmp_path / "many.jsonl"
    source.write_text(many_articles(40), encoding="utf-8")
    db = tmp_path / "ledger.db"
    env = {**os.environ, "EVENTWIRE_CONFIG": str(tmp_path / "none.toml")}
    proc = subprocess.Popen(
        [*eventwire_command(), "ingest", str(source), "--db", str(db)],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 300
    while time.monotonic() < deadline and proc.poll() is None:
        if db.exists() and _article_count(db) >= 3:
            break
        time.sleep(0.05)
    if proc.poll() is not None:
        pytest.fail("ingest finished before it could be interrupted")
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    stored = _article_count(db)
    assert 0 < stored < 40
    _assert_consistent(db)
    rerun = subprocess.run(
        [*eventwire_command(), "ingest", str(source), "--db", str(db)],
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert rerun.returncode == 0, rerun.stderr
    assert _article_count(db) == 40
    _assert_consistent(db)


def _article_count(db: Path) -> int:
    try:
        with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5) as con:
            return int(con.execute("SELECT count(*) FROM articles").fetchone()[0])
    except sqlite3.OperationalError:
        return 0


def _assert_consistent(db: Path) -> None:
    """Every stored article has exactly the events its stored record lists."""
    with sqlite3.connect(db) as con:
        for article_id, record_json in con.execute("SELECT id, record_json FROM articles"):
            expected = {e["event_id"] for e in json.loads(record_json)["events"]}
            stored = {
                r[0]
                for r in con.execute(
                    "SELECT event_id FROM events WHERE article_id = ?", (article_id,)
                )
            }
            assert stored == expected


def test_bad_inputs_never_cost_what_the_ledger_holds(run_cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    db = str(tmp_path / "ledger.db")
    assert run_cli("ingest", str(SAMPLES), "--db", db).returncode == 0
    before = records_of(run_cli("events", "--db", db, "--format", "jsonl").stdout)
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": "x", "text": ""}\nnot json\n{"id": "y", "text": "Riots in Dhaka.", '
                   '"published": "someday"}\n', encoding="utf-8")
    done = run_cli("ingest", str(bad), "--db", db)
    assert done.returncode == 1 and done.stderr.count("bad.jsonl:") == 3
    after = records_of(run_cli("events", "--db", db, "--format", "jsonl").stdout)
    assert [e["event_id"] for e in after] == [e["event_id"] for e in before]


def test_events_filters(run_cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    db = str(tmp_path / "ledger.db")
    assert run_cli("ingest", str(SAMPLES), "--db", db).returncode == 0
    every = records_of(run_cli("events", "--db", db, "--format", "jsonl").stdout)
    codes = {e["code"] for e in every}
    code = sorted(codes)[0]
    only = records_of(run_cli("events", "--db", db, "--code", code, "--format", "jsonl").stdout)
    assert only and {e["code"] for e in only} == {code}
    dated = [e["date"] for e in every if e["date"]]
    start = sorted(dated)[len(dated) // 2]
    later = records_of(run_cli("events", "--db", db, "--from", start, "--format", "jsonl").stdout)
    assert later and all(e["date"] >= start for e in later) and len(later) < len(every)
    found = records_of(run_cli("events", "--db", db, "--q", "nurses", "--format", "jsonl").stdout)
    assert found and all(e["article"]["id"] == "sample-lagos-protest" for e in found)
    bad = run_cli("events", "--db", db, "--from", "tomorrow")
    assert bad.returncode == 1 and "Traceback" not in bad.stderr
