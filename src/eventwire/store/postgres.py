"""The PostgreSQL ledger: the same tables and queries as SQLite, tsvector full-text search.

Needs the optional `postgres` extra (psycopg 3), imported only when a PostgreSQL ledger is
opened. Migrations run under an advisory lock so that concurrent first starts are safe; each
article is one transaction, as with SQLite.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

from ..errors import LedgerError
from .base import (
    RECORD_MIGRATION,
    Row,
    SqlLedger,
    check_not_newer,
    load_migrations,
    now_utc,
    one_line,
)

if TYPE_CHECKING:
    import psycopg

BATCH = 500
#: Key of the advisory lock held while migrating (any constant shared by all processes).
MIGRATION_LOCK = 0x65766E74

ARTICLE_SEARCH = """
SELECT a.id, a.title, a.url, a.outlet, a.published,
       ts_headline('english', a.text, query,
                   'StartSel=[, StopSel=], MinWords=8, MaxWords=24, MaxFragments=1'),
       (SELECT count(*) FROM events e WHERE e.article_id = a.id)
FROM articles a, websearch_to_tsquery('english', ?) AS query
WHERE a.search @@ query
ORDER BY ts_rank(a.search, query) DESC, a.id
LIMIT ?
"""
SCHEMA_VERSION_TABLE = """
CREATE TABLE IF NOT EXISTS schema_version (
    version INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    applied_at TEXT NOT NULL
)
"""
_IDENTIFIER = re.compile(r"[a-z_][a-z0-9_]{0,62}")


def _psycopg() -> Any:
    try:
        import psycopg
    except ImportError as exc:
        raise LedgerError(
            "a PostgreSQL ledger needs psycopg: pip install 'eventwire[postgres]'"
        ) from exc
    return psycopg


class PostgresLedger(SqlLedger):
    """A ledger in a PostgreSQL database. `schema` (created if missing) keeps the ledger's
    tables apart from others in the same database; by default the server's search_path
    decides. `upgrade_to` stops migrations at a version (for tests)."""

    backend = "postgres"

    def __init__(
        self, conninfo: str, *, schema: str | None = None, upgrade_to: int | None = None
    ) -> None:
        self._pg = _psycopg()
        try:
            self._conn: psycopg.Connection[Any] = self._pg.connect(conninfo, autocommit=True)
        except self._pg.Error as exc:
            raise LedgerError(f"cannot connect to the PostgreSQL ledger: {one_line(exc)}") from exc
        try:
            if schema is not None:
                self._use_schema(schema)
            self._migrate(upgrade_to)
        except BaseException:
            self._conn.close()
            raise

    # -- hooks ----------------------------------------------------------------------------

    def _execute(self, sql: str, params: Sequence[Any] = ()) -> Any:
        try:
            return self._conn.execute(_pg_sql(sql), params or None)
        except self._pg.Error as exc:
            raise LedgerError(f"PostgreSQL ledger: {one_line(exc)}") from exc

    def _executemany(self, sql: str, rows: Sequence[Sequence[Any]]) -> None:
        try:
            with self._conn.cursor() as cursor:
                cursor.executemany(_pg_sql(sql), rows)
        except self._pg.Error as exc:
            raise LedgerError(f"PostgreSQL ledger: {one_line(exc)}") from exc

    @contextmanager
    def _transaction(self) -> Iterator[None]:
        try:
            with self._conn.transaction():
                yield
        except self._pg.Error as exc:
            raise LedgerError(f"PostgreSQL ledger: {one_line(exc)}") from exc

    def _stream(self, sql: str, params: Sequence[Any]) -> Iterator[Row]:
        # A WITH HOLD server-side cursor: rows come in batches and the connection stays free
        # for other queries while the caller iterates.
        cursor = self._conn.cursor(name=f"eventwire_{uuid.uuid4().hex}", withhold=True)
        cursor.itersize = BATCH
        try:
            cursor.execute(_pg_sql(sql), params or None)
            yield from cursor
        except self._pg.Error as exc:
            raise LedgerError(f"PostgreSQL ledger: {one_line(exc)}") from exc
        finally:
            cursor.close()

    def _event_text_match(self, q: str) -> tuple[str, list[Any]] | None:
        return "e.search @@ websearch_to_tsquery('english', ?)", [q]

    def _article_search(self, q: str, limit: int) -> list[Row]:
        return list(self._execute(ARTICLE_SEARCH, (q, limit)).fetchall())

    def close(self) -> None:
        self._conn.close()

    # -- setup ----------------------------------------------------------------------------

    def _use_schema(self, schema: str) -> None:
        if not _IDENTIFIER.fullmatch(schema):
            raise LedgerError(f"invalid PostgreSQL schema name {schema!r} (use [a-z0-9_])")
        with self._transaction():  # concurrent CREATE SCHEMA IF NOT EXISTS can collide
            self._execute("SELECT pg_advisory_xact_lock(?)", (MIGRATION_LOCK,))
            self._execute(f"CREATE SCHEMA IF NOT EXISTS {schema}")
        self._execute(f"SET search_path TO {schema}")

    def _migrate(self, upgrade_to: int | None) -> None:
        migrations = load_migrations(self.backend)
        exists = self._execute("SELECT to_regclass('schema_version') IS NOT NULL").fetchone()[0]
        if exists:
            current = self.schema_version()
            check_not_newer(current, migrations, "(PostgreSQL)")
            if current >= migrations[-1].version:
                return
        for migration in migrations:
            if upgrade_to is not None and migration.version > upgrade_to:
                break
            with self._transaction():
                self._execute("SELECT pg_advisory_xact_lock(?)", (MIGRATION_LOCK,))
                self._execute(SCHEMA_VERSION_TABLE)
                current = self.schema_version()
                check_not_newer(current, migrations, "(PostgreSQL)")
                if migration.version <= current:
                    continue
                self._execute(migration.sql)
                self._execute(RECORD_MIGRATION, (migration.version, migration.name, now_utc()))


def _pg_sql(sql: str) -> str:
    """The shared SQL (`?` placeholders, no literal `?` or `%`) in psycopg's style."""
    return sql.replace("?", "%s")
