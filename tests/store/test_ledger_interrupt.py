"""A process killed with SIGKILL while adding articles leaves a consistent ledger, and running
the same input again completes it."""

from __future__ import annotations

import signal
import sqlite3
import subprocess
import sys
import uuid
from pathlib import Path

import pytest
from ledger_pg import drop_schema, require_pg

from eventwire.store import Ledger
from eventwire.store.postgres import PostgresLedger
from eventwire.store.sqlite import SqliteLedger

HERE = Path(__file__).resolve().parent
ARTICLES = 300
EVENTS_PER_ARTICLE = 12

# Adds articles 0..N-1, printing each article number once its transaction has committed.
WRITER = """
import sys
sys.path.insert(0, sys.argv[1])
from ledger_factory import make_pair
from eventwire.store.sqlite import SqliteLedger
from eventwire.store.postgres import PostgresLedger

backend, target, schema, count, per = sys.argv[2:7]
if backend == "sqlite":
    ledger = SqliteLedger(target)
else:
    ledger = PostgresLedger(target, schema=schema)
for n in range(int(count)):
    result = ledger.add(*make_pair(n, events=int(per)))
    print(n, int(result.added), flush=True)
ledger.close()
"""


def writer(backend: str, target: str, schema: str = "") -> list[str]:
    return [
        sys.executable, "-c", WRITER, str(HERE), backend, target, schema, str(ARTICLES),
        str(EVENTS_PER_ARTICLE),
    ]


def kill_after(command: list[str], committed: int) -> int:
    """Run the writer, SIGKILL it once `committed` articles are reported; lines seen."""
    proc = subprocess.Popen(command, stdout=subprocess.PIPE, text=True)
    assert proc.stdout is not None
    seen = 0
    for _line in proc.stdout:
        seen += 1
        if seen >= committed:
            proc.send_signal(signal.SIGKILL)
            break
    proc.wait(timeout=60)
    proc.stdout.close()
    assert proc.returncode == -signal.SIGKILL, "the writer finished before it could be killed"
    return seen


def assert_consistent(ledger: Ledger, at_least: int) -> int:
    counts = ledger.counts()
    articles = counts["articles"]
    assert articles >= at_least
    assert counts["events"] == articles * EVENTS_PER_ARTICLE
    assert counts["places"] == counts["quantities"] == counts["claims"] == counts["events"]
    assert counts["evidence"] == 2 * counts["events"]
    per_article: dict[str, int] = {}
    for stored in ledger.events():
        per_article[stored.article_id] = per_article.get(stored.article_id, 0) + 1
    assert len(per_article) == articles
    assert set(per_article.values()) == {EVENTS_PER_ARTICLE}
    return articles


def run_to_end(command: list[str]) -> list[tuple[int, int]]:
    done = subprocess.run(command, capture_output=True, text=True, timeout=300, check=True)
    return [(int(a), int(b)) for a, b in (line.split() for line in done.stdout.splitlines())]


def test_sqlite_survives_sigkill_and_rerun_completes(tmp_path: Path) -> None:
    path = tmp_path / "ledger.db"
    command = writer("sqlite", str(path))
    stored = 0
    for committed in (15, 60):  # two kills at different points of the run
        seen = kill_after(command, committed)
        conn = sqlite3.connect(path)
        try:
            assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        finally:
            conn.close()
        with SqliteLedger(path) as ledger:
            stored = assert_consistent(ledger, at_least=seen)
    results = run_to_end(command)
    assert len(results) == ARTICLES
    assert sum(added for _, added in results) == ARTICLES - stored
    with SqliteLedger(path) as ledger:
        assert assert_consistent(ledger, at_least=ARTICLES) == ARTICLES


def run_two_writers(command: list[str]) -> None:
    procs = [subprocess.Popen(command, stdout=subprocess.PIPE, text=True) for _ in range(2)]
    outputs = [proc.communicate(timeout=300)[0] for proc in procs]
    assert [proc.returncode for proc in procs] == [0, 0]
    added = [int(line.split()[1]) for out in outputs for line in out.splitlines()]
    assert len(added) == 2 * ARTICLES and sum(added) == ARTICLES


def test_two_writers_share_a_sqlite_ledger(tmp_path: Path) -> None:
    run_two_writers(writer("sqlite", str(tmp_path / "ledger.db")))
    with SqliteLedger(tmp_path / "ledger.db") as ledger:
        assert assert_consistent(ledger, at_least=ARTICLES) == ARTICLES


@pytest.mark.postgres
def test_two_writers_share_a_postgres_ledger() -> None:
    url = require_pg()
    schema = f"ew_test_{uuid.uuid4().hex[:12]}"
    try:
        run_two_writers(writer("postgres", url, schema))  # both create and migrate the schema
        with PostgresLedger(url, schema=schema) as ledger:
            assert assert_consistent(ledger, at_least=ARTICLES) == ARTICLES
    finally:
        drop_schema(url, schema)


@pytest.mark.postgres
def test_postgres_survives_sigkill_and_rerun_completes() -> None:
    url = require_pg()
    schema = f"ew_test_{uuid.uuid4().hex[:12]}"
    command = writer("postgres", url, schema)
    try:
        seen = kill_after(command, 20)
        with PostgresLedger(url, schema=schema) as ledger:
            stored = assert_consistent(ledger, at_least=seen)
        results = run_to_end(command)
        assert sum(added for _, added in results) == ARTICLES - stored
        with PostgresLedger(url, schema=schema) as ledger:
            assert assert_consistent(ledger, at_least=ARTICLES) == ARTICLES
    finally:
        drop_schema(url, schema)
