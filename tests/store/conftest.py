"""Ledger fixtures: a SQLite file in tmp_path, and a PostgreSQL ledger in its own schema.

PostgreSQL tests skip when the server is unreachable (see ledger_pg.py).
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from ledger_pg import drop_schema, require_pg

from eventwire.store import Ledger
from eventwire.store.sqlite import SqliteLedger


@pytest.fixture
def pg_schema() -> Iterator[tuple[str, str]]:
    """(conninfo, schema name) for a fresh schema, dropped afterwards."""
    url = require_pg()
    schema = f"ew_test_{uuid.uuid4().hex[:12]}"
    try:
        yield url, schema
    finally:
        drop_schema(url, schema)


@pytest.fixture
def sqlite_path(tmp_path: Path) -> Path:
    return tmp_path / "ledger.db"


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def ledger(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Ledger]:
    """The same tests against both backends."""
    if request.param == "sqlite":
        with SqliteLedger(tmp_path / "ledger.db") as opened:
            yield opened
        return
    from eventwire.store.postgres import PostgresLedger

    url = require_pg()
    schema = f"ew_test_{uuid.uuid4().hex[:12]}"
    try:
        with PostgresLedger(url, schema=schema) as opened_pg:
            yield opened_pg
    finally:
        drop_schema(url, schema)
