"""The SQLite ledger (the default): one file, WAL journal, one transaction per article.

WAL mode with `synchronous=NORMAL` keeps the file consistent when a process is killed at any
point: an article's transaction is either wholly in the ledger or not at all, so a re-run of the
same input adds exactly what is missing. Full-text search uses FTS5 (porter stemming).
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from ..errors import LedgerError
from .base import (
    RECORD_MIGRATION,
    Row,
    SqlLedger,
    check_not_newer,
    fts5_query,
    load_migrations,
    now_utc,
    one_line,
)

#: Seconds a writer waits for another process's transaction before giving up.
BUSY_TIMEOUT = 30.0
BATCH = 500

ARTICLE_SEARCH = """
SELECT a.id, a.title, a.url, a.outlet, a.published,
       snippet(articles_fts, 1, '[', ']', '...', 16),
       (SELECT count(*) FROM events e WHERE e.article_id = a.id)
FROM articles_fts JOIN articles a ON a.seq = articles_fts.rowid
WHERE articles_fts MATCH ?
ORDER BY bm25(articles_fts, 5.0, 1.0), a.id
LIMIT ?
"""
SCHEMA_VERSION_TABLE = """
CREATE TABLE IF NOT EXISTS schema_version (
    version INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    applied_at TEXT NOT NULL
)
"""


def split_statements(script: str) -> list[str]:
    """A SQL script as its statements (trigger bodies kept whole)."""
    statements: list[str] = []
    buffer = ""
    for line in script.splitlines(keepends=True):
        if not buffer and (not line.strip() or line.lstrip().startswith("--")):
            continue
        buffer += line
        if sqlite3.complete_statement(buffer):
            statements.append(buffer.strip())
            buffer = ""
    if buffer.strip():
        raise LedgerError(f"incomplete SQL statement in a migration: {buffer.strip()[:60]!r}")
    return statements


class SqliteLedger(SqlLedger):
    """A ledger in one SQLite file. `upgrade_to` stops migrations at a version (for tests)."""

    backend = "sqlite"

    def __init__(self, path: str | Path, *, upgrade_to: int | None = None) -> None:
        self.path = _checked_path(path)
        try:
            self._conn = sqlite3.connect(
                str(self.path), timeout=BUSY_TIMEOUT, isolation_level=None,
                check_same_thread=False,
            )
        except sqlite3.Error as exc:
            raise LedgerError(f"cannot open ledger {self.path}: {one_line(exc)}") from exc
        try:
            self._configure()
            self._migrate(upgrade_to)
        except BaseException:
            self._conn.close()
            raise

    # -- hooks ----------------------------------------------------------------------------

    def _execute(self, sql: str, params: Sequence[Any] = ()) -> Any:
        try:
            return self._conn.execute(sql, params)
        except sqlite3.Error as exc:
            raise LedgerError(f"ledger {self.path}: {one_line(exc)}") from exc

    def _executemany(self, sql: str, rows: Sequence[Sequence[Any]]) -> None:
        try:
            self._conn.executemany(sql, rows)
        except sqlite3.Error as exc:
            raise LedgerError(f"ledger {self.path}: {one_line(exc)}") from exc

    @contextmanager
    def _transaction(self) -> Iterator[None]:
        self._execute("BEGIN IMMEDIATE")
        try:
            yield
        except BaseException:
            if self._conn.in_transaction:
                self._conn.rollback()
            raise
        self._execute("COMMIT")

    def _stream(self, sql: str, params: Sequence[Any]) -> Iterator[Row]:
        cursor = self._execute(sql, params)
        try:
            while rows := cursor.fetchmany(BATCH):
                yield from rows
        finally:
            cursor.close()

    def _event_text_match(self, q: str) -> tuple[str, list[Any]] | None:
        query = fts5_query(q)
        if query is None:
            return None
        return "e.seq IN (SELECT rowid FROM events_fts WHERE events_fts MATCH ?)", [query]

    def _article_search(self, q: str, limit: int) -> list[Row]:
        query = fts5_query(q)
        if query is None:
            return []
        return list(self._execute(ARTICLE_SEARCH, (query, limit)).fetchall())

    def close(self) -> None:
        self._conn.close()

    # -- setup ----------------------------------------------------------------------------

    def _configure(self) -> None:
        try:
            mode = self._journal_mode_wal()
            self._conn.execute("PRAGMA synchronous = NORMAL")
            self._conn.execute("PRAGMA foreign_keys = ON")
        except sqlite3.DatabaseError as exc:
            raise LedgerError(f"cannot open ledger {self.path}: {one_line(exc)}") from exc
        if mode not in ("wal", "memory"):
            raise LedgerError(f"ledger {self.path}: cannot use WAL journal (got {mode!r})")

    def _journal_mode_wal(self) -> str:
        """Switch to WAL. Two processes opening a new ledger at once can get "database is
        locked" here without SQLite's busy handler ever waiting, so retry until BUSY_TIMEOUT."""
        deadline = time.monotonic() + BUSY_TIMEOUT
        while True:
            try:
                return str(self._conn.execute("PRAGMA journal_mode = WAL").fetchone()[0])
            except sqlite3.OperationalError as exc:
                if "locked" not in str(exc) or time.monotonic() > deadline:
                    raise
                time.sleep(0.05)

    def _migrate(self, upgrade_to: int | None) -> None:
        migrations = load_migrations(self.backend)
        self._execute(SCHEMA_VERSION_TABLE)
        current = self.schema_version()
        check_not_newer(current, migrations, str(self.path))
        for migration in migrations:
            if migration.version <= current:
                continue
            if upgrade_to is not None and migration.version > upgrade_to:
                break
            with self._transaction():
                # Another process may have migrated since the version was read.
                if self.schema_version() >= migration.version:
                    continue
                for statement in split_statements(migration.sql):
                    self._execute(statement)
                self._execute(RECORD_MIGRATION, (migration.version, migration.name, now_utc()))


def _checked_path(path: str | Path) -> Path:
    if str(path) == ":memory:":
        return Path(":memory:")
    target = Path(path).expanduser()
    if target.is_dir():
        raise LedgerError(f"ledger path {target} is a directory, not a database file")
    parent = target.absolute().parent
    if not parent.is_dir():
        raise LedgerError(f"ledger directory {parent} does not exist (create it first)")
    return target
