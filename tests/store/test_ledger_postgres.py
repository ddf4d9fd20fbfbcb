"""PostgreSQL specifics: URL dispatch, schemas, migrations under the advisory lock."""

from __future__ import annotations

import pytest
from ledger_factory import make_pair

from eventwire.errors import LedgerError
from eventwire.store import EventFilter, open_ledger
from eventwire.store.postgres import PostgresLedger

pytestmark = pytest.mark.postgres


def with_search_path(url: str, schema: str) -> str:
    joiner = "&" if "?" in url else "?"
    return f"{url}{joiner}options=-csearch_path%3D{schema}"


def test_open_ledger_picks_postgres_for_urls(pg_schema: tuple[str, str]) -> None:
    url, schema = pg_schema
    with PostgresLedger(url, schema=schema):
        pass  # creates the schema; the URL below only points at it
    with open_ledger(with_search_path(url, schema)) as ledger:
        assert isinstance(ledger, PostgresLedger)
        ledger.add(*make_pair(0))
    with PostgresLedger(url, schema=schema) as again:
        assert again.counts()["articles"] == 1
        assert again.schema_version() == 3


def test_upgrading_from_version_1_indexes_existing_rows(pg_schema: tuple[str, str]) -> None:
    url, schema = pg_schema
    with PostgresLedger(url, schema=schema, upgrade_to=1) as old:
        assert old.schema_version() == 1
        for n in range(3):
            old.add(*make_pair(n))
        with pytest.raises(LedgerError, match="search"):
            list(old.events(EventFilter(q="Engels")))
    with PostgresLedger(url, schema=schema) as ledger:
        assert ledger.schema_version() == 3
        assert len(list(ledger.events(EventFilter(q="Engels")))) == 2
        assert [h.title for h in ledger.search_articles("Engels")] == ["Strike report 1"]


def test_a_ledger_from_a_newer_version_is_refused(pg_schema: tuple[str, str]) -> None:
    url, schema = pg_schema
    with PostgresLedger(url, schema=schema) as ledger:
        ledger._execute("INSERT INTO schema_version VALUES (99, '0099_future.sql', 'later')")
    with pytest.raises(LedgerError, match="newer than this eventwire supports"):
        PostgresLedger(url, schema=schema)


def test_bad_schema_names_and_unreachable_servers_are_clear_errors() -> None:
    with pytest.raises(LedgerError, match="cannot connect") as info:
        PostgresLedger("postgresql://127.0.0.1:1/none?connect_timeout=2")
    assert "\n" not in str(info.value)
    from ledger_pg import require_pg

    with pytest.raises(LedgerError, match="invalid PostgreSQL schema"):
        PostgresLedger(require_pg(), schema="x; DROP TABLE articles")


def test_claims_keep_their_claimants_country_also_from_before_the_upgrade(
        pg_schema: tuple[str, str]) -> None:
    url, schema = pg_schema
    with PostgresLedger(url, schema=schema, upgrade_to=2) as old:
        old.add(*make_pair(0))
    with PostgresLedger(url, schema=schema) as ledger:
        ledger.add(*make_pair(1))
        rows = ledger._execute("SELECT claimant, claimant_country FROM claims").fetchall()
    assert len(rows) == 4 and {tuple(r) for r in rows} == {("the governor", "RU")}
