"""SQLite specifics: where the file goes, opening errors, migrations, query translation."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from ledger_factory import make_pair

from eventwire.errors import LedgerError
from eventwire.store import DEFAULT_PATH, EventFilter, default_target, open_ledger
from eventwire.store.base import fts5_query, load_migrations, parse_query
from eventwire.store.sqlite import SqliteLedger, split_statements


def test_open_ledger_picks_sqlite_for_paths(sqlite_path: Path) -> None:
    with open_ledger(sqlite_path) as ledger:
        assert isinstance(ledger, SqliteLedger)
        ledger.add(*make_pair(0))
    assert sqlite_path.is_file()
    conn = sqlite3.connect(sqlite_path)
    try:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        conn.close()
    with open_ledger(str(sqlite_path)) as again:
        assert again.counts()["articles"] == 1


def test_default_location(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("EVENTWIRE_DB", raising=False)
    assert default_target() == DEFAULT_PATH
    with open_ledger() as ledger:
        ledger.add(*make_pair(0))
    assert (tmp_path / DEFAULT_PATH).is_file()
    monkeypatch.setenv("EVENTWIRE_DB", str(tmp_path / "from-env.db"))
    with open_ledger(None) as ledger:
        assert ledger.counts()["articles"] == 0
    assert (tmp_path / "from-env.db").is_file()


def test_missing_directory_is_a_clear_error(tmp_path: Path) -> None:
    target = tmp_path / "no" / "such" / "dir" / "ledger.db"
    with pytest.raises(LedgerError, match="does not exist") as info:
        open_ledger(target)
    assert "\n" not in str(info.value)
    assert str(tmp_path / "no" / "such" / "dir") in str(info.value)
    assert not (tmp_path / "no").exists()


def test_a_directory_or_a_foreign_file_is_refused(tmp_path: Path) -> None:
    with pytest.raises(LedgerError, match="is a directory"):
        open_ledger(tmp_path)
    junk = tmp_path / "notes.db"
    junk.write_bytes(b"these are not the bytes of a database" * 100)
    with pytest.raises(LedgerError, match="cannot open ledger"):
        open_ledger(junk)


def test_migrations_are_numbered_and_recorded(sqlite_path: Path) -> None:
    versions = [m.version for m in load_migrations("sqlite")]
    assert versions == [m.version for m in load_migrations("postgres")] == [1, 2, 3]
    with open_ledger(sqlite_path):
        pass
    conn = sqlite3.connect(sqlite_path)
    try:
        rows = conn.execute("SELECT version, name FROM schema_version ORDER BY version").fetchall()
    finally:
        conn.close()
    assert rows == [(1, "0001_initial.sql"), (2, "0002_fulltext.sql"),
                    (3, "0003_claimant_country.sql")]


def test_upgrading_from_version_1_indexes_existing_rows(sqlite_path: Path) -> None:
    with SqliteLedger(sqlite_path, upgrade_to=1) as old:
        assert old.schema_version() == 1
        for n in range(3):
            old.add(*make_pair(n))
        with pytest.raises(LedgerError, match="no such table"):
            list(old.events(EventFilter(q="Engels")))
    with open_ledger(sqlite_path) as ledger:
        assert ledger.schema_version() == 3
        assert ledger.counts()["articles"] == 3
        assert len(list(ledger.events(EventFilter(q="Engels")))) == 2
        assert [h.title for h in ledger.search_articles("Engels")] == ["Strike report 1"]
        ledger.add(*make_pair(4))  # Engels again: the triggers index new rows
        assert len(list(ledger.events(EventFilter(q="Engels")))) == 4


def test_a_ledger_from_a_newer_version_is_refused(sqlite_path: Path) -> None:
    with open_ledger(sqlite_path):
        pass
    conn = sqlite3.connect(sqlite_path)
    with conn:
        conn.execute("INSERT INTO schema_version VALUES (99, '0099_future.sql', 'later')")
    conn.close()
    with pytest.raises(LedgerError, match="newer than this eventwire supports"):
        open_ledger(sqlite_path)


def test_split_statements_keeps_trigger_bodies() -> None:
    script = (
        "-- a comment\nCREATE TABLE t (a);\n\nCREATE TRIGGER x AFTER INSERT ON t BEGIN\n"
        "  INSERT INTO t VALUES (1);\n  INSERT INTO t VALUES (2);\nEND;\n"
    )
    statements = split_statements(script)
    assert len(statements) == 2
    assert statements[1].startswith("CREATE TRIGGER") and statements[1].endswith("END;")
    with pytest.raises(LedgerError, match="incomplete"):
        split_statements("CREATE TABLE t (a)")


def test_query_translation() -> None:
    assert fts5_query("drone strike") == '("drone" AND "strike")'
    assert fts5_query('"oil depot" OR refinery') == '("oil depot" OR "refinery")'
    assert fts5_query("depot -Engels") == '("depot") NOT "Engels"'
    assert fts5_query("Kharkiv's (attack)") == '("Kharkiv s" AND "attack")'
    assert fts5_query("-only -negative") is None
    assert fts5_query("OR") is None
    assert [t.text for t in parse_query('a "b c" OR -d')] == ["a", "b c", "OR", "d"]


def test_claims_keep_their_claimants_country_also_from_before_the_upgrade(
        sqlite_path: Path) -> None:
    with SqliteLedger(sqlite_path, upgrade_to=2) as old:
        old.add(*make_pair(0))
    with open_ledger(sqlite_path) as ledger:
        ledger.add(*make_pair(1))
    conn = sqlite3.connect(sqlite_path)
    try:
        rows = conn.execute("SELECT claimant, claimant_country FROM claims").fetchall()
    finally:
        conn.close()
    assert len(rows) == 4 and set(rows) == {("the governor", "RU")}
