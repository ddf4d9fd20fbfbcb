"""PostgreSQL helpers for the ledger tests.

The server is the one at $EVENTWIRE_TEST_PG (default postgresql://127.0.0.1:5432/test, as the OS
user, then as `postgres`); tests that need it skip when it is unreachable.
"""

from __future__ import annotations

import functools
import os

import pytest

PG_URL = os.environ.get("EVENTWIRE_TEST_PG", "postgresql://127.0.0.1:5432/test")


@functools.cache
def pg_conninfo() -> str | None:
    """A conninfo that reaches the test server, or None."""
    try:
        import psycopg
    except ImportError:
        return None
    candidates = [PG_URL]
    if "@" not in PG_URL:
        candidates.append(PG_URL.replace("://", "://postgres@", 1))
    for url in candidates:
        try:
            with psycopg.connect(url, connect_timeout=3):
                return url
        except psycopg.Error:
            continue
    return None


def require_pg() -> str:
    url = pg_conninfo()
    if url is None:
        pytest.skip(f"PostgreSQL server unreachable at {PG_URL} (or psycopg missing)")
    return url


def drop_schema(url: str, schema: str) -> None:
    import psycopg

    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute(f"DROP SCHEMA IF EXISTS {schema} CASCADE")
