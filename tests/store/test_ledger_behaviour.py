"""Ledger behaviour, run against both backends (SQLite file, PostgreSQL schema)."""

from __future__ import annotations

import dataclasses

import pytest
from ledger_factory import make_pair

from eventwire.errors import ConfigError, LedgerError
from eventwire.records import Attribution, Claim, Related
from eventwire.store import EventFilter, Ledger


def ids(ledger: Ledger, **kwargs: object) -> list[str]:
    return [s.event.event_id for s in ledger.events(EventFilter(**kwargs))]  # type: ignore[arg-type]


def test_round_trip_keeps_events_and_record(ledger: Ledger) -> None:
    article, record = make_pair(0, events=3)
    result = ledger.add(article, record)
    assert result.added and result.article_id == article.id and result.events == 3
    stored = list(ledger.events())
    assert [s.event for s in stored] == sorted(record.events, key=lambda e: e.event_id)
    first = stored[0]
    assert (first.article_id, first.title, first.url, first.outlet, first.published) == (
        article.id, article.title, article.url, article.outlet, article.published,
    )
    assert first.notes == record.events[0].evidence[0].text
    assert first.ingested_at.startswith("20")
    assert ledger.get_record(article.id) == record
    assert ledger.get_record("no-such-article") is None
    assert ledger.counts() == {
        "articles": 1, "events": 3, "places": 3, "quantities": 3, "claims": 3, "evidence": 6,
        "links": 0,
    }
    assert ledger.schema_version() == 3


def test_re_adding_the_same_content_adds_nothing(ledger: Ledger) -> None:
    article, record = make_pair(1)
    assert not ledger.has_article(article.content_hash)
    assert ledger.add(article, record).added
    before = ledger.counts()
    again = ledger.add(article, record)
    assert (again.added, again.article_id, again.events) == (False, article.id, 0)
    # The same text under another id is still the same content.
    renamed = dataclasses.replace(article, id="other-id")
    assert ledger.add(renamed, dataclasses.replace(record, id="other-id")).article_id == article.id
    assert ledger.counts() == before
    assert ledger.has_article(article.content_hash)


def test_an_id_clash_with_other_content_fails_whole(ledger: Ledger) -> None:
    article, record = make_pair(2)
    ledger.add(article, record)
    other, other_record = make_pair(3)
    clash = dataclasses.replace(other, id=article.id)
    with pytest.raises(LedgerError, match="already stored with other content"):
        ledger.add(clash, dataclasses.replace(other_record, id=article.id))
    assert ledger.counts()["articles"] == 1
    assert not ledger.has_article(clash.content_hash)
    with pytest.raises(LedgerError, match="does not match"):
        ledger.add(other, record)


def test_filters(ledger: Ledger) -> None:
    # Article n is in TOWNS[n % 3]: 0 and 3 Kharkiv (UA), 1 and 4 Engels (RU), 2 Rodynske
    # (UA, Donetsk region).
    for n in range(4):
        ledger.add(*make_pair(n, events=2))
    ledger.add(*make_pair(4, events=1, date="2025-06-30"))
    assert len(ids(ledger)) == 9
    assert len(ids(ledger, country="UA")) == 6
    assert ids(ledger, country="UA") == ids(ledger, country="ukraine") == ids(ledger, country="UKR")
    assert len(ids(ledger, country="Russia")) == 3
    assert len(ids(ledger, admin1="donetsk")) == 2
    assert len(ids(ledger, date_to="2025-07-01")) == 1
    assert len(ids(ledger, date_from="2025-07-21", date_to="2025-07-21")) == 8
    codes = {s.event.code for s in ledger.events(EventFilter(code="AIR_STRIKE"))}
    assert codes == {"AIR_STRIKE"}
    first_article = make_pair(0)[0].id
    assert {s.article_id for s in ledger.events(EventFilter(article_id=first_article))} == {
        first_article
    }
    everything = ids(ledger)
    assert ids(ledger, limit=3) == everything[:3]
    assert ids(ledger, limit=3, offset=3) == everything[3:6]
    assert ids(ledger, offset=7) == everything[7:]
    with pytest.raises(ConfigError, match="unknown country"):
        list(ledger.events(EventFilter(country="Atlantis")))
    with pytest.raises(ConfigError, match="YYYY-MM-DD"):
        list(ledger.events(EventFilter(date_from="21/07/2025")))


def test_undated_events_come_last_and_never_match_dates(ledger: Ledger) -> None:
    ledger.add(*make_pair(0, events=1, date=None))
    ledger.add(*make_pair(1, events=1, date="2025-07-01"))
    ledger.add(*make_pair(2, events=1, date="2025-05-01"))
    dates = [s.event.date for s in ledger.events()]
    assert dates == ["2025-05-01", "2025-07-01", None]
    assert len(ids(ledger, date_from="2000-01-01")) == 2


def test_full_text_search_over_events(ledger: Ledger) -> None:
    for n in range(3):
        ledger.add(*make_pair(n, events=1))
    assert len(ids(ledger, q="Engels")) == 1
    assert len(ids(ledger, q="strikes depots")) == 3  # stemmed: strike, depot
    assert len(ids(ledger, q='"oil depot" governor')) == 3
    assert len(ids(ledger, q="Engels OR Rodynske")) == 2
    assert len(ids(ledger, q="depot -Engels")) == 2
    assert ids(ledger, q="submarine") == []
    assert len(ids(ledger, q="TASS", country="RU")) == 1
    assert len(ids(ledger, q="   ")) == 3  # an empty query does not narrow
    assert ids(ledger, q="-Engels") == []  # nothing to look for
    assert ledger.search_articles("-Engels") == []


def test_search_articles(ledger: Ledger) -> None:
    for n in range(3):
        ledger.add(*make_pair(n))
    hits = ledger.search_articles("denied damaged")
    assert len(hits) == 3
    assert all("[" in h.snippet and h.events == 2 for h in hits)
    report_one = ledger.search_articles('"report 1"')
    assert [h.title for h in report_one][:1] == ["Strike report 1"]
    assert ledger.search_articles("Engels")[0].url == "https://news.example/1"
    assert ledger.search_articles("nothing-like-this") == []
    assert ledger.search_articles("") == []


def test_update_events_replaces_rows_and_record(ledger: Ledger) -> None:
    article, record = make_pair(0, events=2)
    ledger.add(article, record)
    first, second = record.events
    renamed = dataclasses.replace(first.places[0], name="Novotown")
    changed = dataclasses.replace(
        first, status="corroborated", related=(Related(second.event_id, "same_target"),),
        places=(renamed,),
    )
    assert ids(ledger, q="Novotown") == []
    assert ledger.update_events([changed]) == 1
    assert ids(ledger, q="Novotown") == [first.event_id]
    stored = {s.event.event_id: s.event for s in ledger.events()}
    assert stored[first.event_id] == changed
    assert stored[second.event_id] == second
    assert ledger.counts()["links"] == 1
    fresh = ledger.get_record(article.id)
    assert fresh is not None and fresh.events[0] == changed
    ghost = dataclasses.replace(second, event_id="missing", status="contested")
    before = ledger.counts()
    with pytest.raises(LedgerError, match="no stored event"):
        ledger.update_events([dataclasses.replace(second, status="contested"), ghost])
    assert ledger.counts() == before
    assert {s.event.event_id: s.event for s in ledger.events()}[second.event_id] == second


def test_iterating_does_not_block_other_queries(ledger: Ledger) -> None:
    for n in range(3):
        ledger.add(*make_pair(n))
    seen = 0
    for _ in ledger.events():
        seen += 1
        assert ledger.counts()["events"] == 6
    assert seen == 6


def test_statements_without_a_source_round_trip(ledger: Ledger) -> None:
    article, record = make_pair(5, events=1)
    event = record.events[0]
    hedge = Claim(None, None, None, None, "hedges", "reportedly", (0, 10))
    event = dataclasses.replace(event, claims=(*event.claims, hedge))
    unsourced = Attribution(None, None, "reportedly", (0, 10), (0, 20), "hedges")
    record = dataclasses.replace(record, events=(event,), attributions=(unsourced,))
    ledger.add(article, record)
    assert ledger.get_record(article.id) == record
    assert [s.event for s in ledger.events()] == [event]
