"""The event ledger: articles, their events, places, figures and claims, in a database.

    >>> from eventwire.store import open_ledger, EventFilter
    >>> with open_ledger("events.db") as ledger:
    ...     ledger.add(article, record)
    ...     for stored in ledger.events(EventFilter(country="UA", date_from="2025-07-01")):
    ...         print(stored.event.code, stored.notes)

Where the ledger lives: `open_ledger(target)` takes a file path (SQLite, the default backend) or
a `postgresql://` URL (PostgreSQL, needs the `postgres` extra). Without a target it uses the
`EVENTWIRE_DB` environment variable, else `./eventwire.db`. A SQLite path whose directory does
not exist is an error (LedgerError): the ledger never creates directories.

A PostgreSQL ledger lives in the schema the connection's search_path names first (`public` by
default); to keep it elsewhere, create the schema and add `?options=-csearch_path%3Dname` to the
URL, or use `postgres.PostgresLedger(url, schema="name")`, which creates it.

Each article is added in one transaction, and content already stored (same content hash) is
skipped, so an interrupted run can simply be run again.
"""

from __future__ import annotations

import os
from pathlib import Path

from .base import AddResult, ArticleHit, EventFilter, Ledger, StoredEvent

#: The environment variable naming the default ledger (a path or a postgresql:// URL).
ENV_VAR = "EVENTWIRE_DB"
DEFAULT_PATH = "eventwire.db"
POSTGRES_SCHEMES = ("postgresql://", "postgres://")


def default_target() -> str:
    """The ledger used when none is given: $EVENTWIRE_DB, else ./eventwire.db."""
    return os.environ.get(ENV_VAR) or DEFAULT_PATH


def is_postgres(target: str | Path) -> bool:
    return isinstance(target, str) and target.startswith(POSTGRES_SCHEMES)


def open_ledger(target: str | Path | None = None) -> Ledger:
    """Open (creating and migrating as needed) the ledger at a path or PostgreSQL URL."""
    chosen = default_target() if target is None or target == "" else target
    if is_postgres(chosen):
        from .postgres import PostgresLedger

        return PostgresLedger(str(chosen))
    from .sqlite import SqliteLedger

    return SqliteLedger(chosen)


__all__ = [
    "DEFAULT_PATH", "ENV_VAR", "AddResult", "ArticleHit", "EventFilter", "Ledger", "StoredEvent",
    "default_target", "is_postgres", "open_ledger",
]
