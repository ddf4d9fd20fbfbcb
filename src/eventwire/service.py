"""Library functions behind the ledger commands: ingest articles, query and write events.

`ingest()` = extract + store: each article is extracted and stored in one transaction; an
article whose content is already in the ledger is skipped before any NLP work.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, TextIO

from .config import load_settings
from .records import Article

if TYPE_CHECKING:
    from .export import ExportSummary
    from .store.base import EventFilter, Ledger, StoredEvent


@dataclass(frozen=True)
class IngestSummary:
    read: int
    added: int
    unchanged: int
    events: int
    ledger: str

    def describe(self, failed: int = 0) -> str:
        return (
            f"{self.read} article(s) read: {self.added} added, {self.unchanged} already in the "
            f"ledger, {failed} unreadable; {self.events} event(s) stored in {self.ledger}"
        )


def ingest_articles(
    articles: Iterable[Article],
    db: str | None = None,
    on_article: Callable[[], object] | None = None,
) -> IngestSummary:
    """Extract and store every article not yet in the ledger."""
    from .store import open_ledger

    target = load_settings(db).db
    counts = {"read": 0, "added": 0, "unchanged": 0, "events": 0}
    with open_ledger(target) as ledger:

        def fresh() -> Iterator[Article]:
            for article in articles:
                counts["read"] += 1
                if ledger.has_article(article.content_hash):
                    counts["unchanged"] += 1
                    if on_article:
                        on_article()
                    continue
                yield article

        batch: list[Article] = []
        for article in fresh():
            batch.append(article)
            if len(batch) >= 16:
                _store_batch(ledger, batch, counts, on_article)
                batch = []
        _store_batch(ledger, batch, counts, on_article)
    return IngestSummary(ledger=target, **counts)


def _store_batch(
    ledger: Ledger,
    batch: list[Article],
    counts: dict[str, int],
    on_article: Callable[[], object] | None,
) -> None:
    from .pipeline import extract_many

    for article, record in zip(batch, extract_many(batch), strict=True):
        result = ledger.add(article, record)
        if result.added:
            counts["added"] += 1
            counts["events"] += result.events
        else:
            counts["unchanged"] += 1
        if on_article:
            on_article()


def ingest(
    text: str, published: str | None = None, db: str | None = None, **meta: str | None
) -> IngestSummary:
    """Extract one article and store it: the library form of `eventwire ingest`."""
    from .records import parse_published, stable_id

    article = Article(
        id=meta.get("id") or stable_id("article", text),
        text=text,
        title=meta.get("title"),
        url=meta.get("url"),
        outlet=meta.get("outlet"),
        published=parse_published(published),
    )
    return ingest_articles([article], db)


def event_filter(
    *,
    date_from: str | None = None,
    date_to: str | None = None,
    code: str | None = None,
    country: str | None = None,
    admin1: str | None = None,
    query: str | None = None,
    limit: int | None = None,
) -> EventFilter:
    """A ledger filter from user-typed values (dates checked as YYYY-MM-DD)."""
    from .records import parse_published
    from .store.base import EventFilter

    return EventFilter(
        date_from=parse_published(date_from),
        date_to=parse_published(date_to),
        code=code,
        country=country,
        admin1=admin1,
        q=query,
        limit=limit,
    )


def query_events(db: str | None = None, **filters: Any) -> list[StoredEvent]:
    """Events from the ledger matching every filter given (see `event_filter`)."""
    from .store import open_ledger

    with open_ledger(load_settings(db).db) as ledger:
        return list(ledger.events(event_filter(**filters)))


def export_events(db: str | None, fmt: str, out: TextIO, **filters: Any) -> ExportSummary:
    """Stream matching events from the ledger to `out` in a format of `export.FORMATS`
    (table, jsonl, csv = acled-csv, geojson)."""
    from .export import write_export
    from .store import open_ledger

    with open_ledger(load_settings(db).db) as ledger:
        events = ledger.events(event_filter(**filters))
        return write_export("acled-csv" if fmt == "csv" else fmt, events, out)
