"""The ledger interface and the SQL both backends share.

`Ledger` is what callers use. `SqlLedger` implements it once, over a DB-API connection: every
query is written once with `?` placeholders and each backend only supplies the few things that
differ (how to open a transaction, how to stream rows, how full-text search is spelled).
"""

from __future__ import annotations

import abc
import dataclasses
import datetime as dt
import json
import re
from collections.abc import Iterable, Iterator, Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass
from importlib import resources
from types import TracebackType
from typing import Any, Self

from ..errors import ConfigError, LedgerError
from ..records import Article, DocumentRecord, Event, event_from_dict, to_jsonable
from .countries import resolve_country
from .notes import event_notes

Row = Sequence[Any]


@dataclass(frozen=True)
class AddResult:
    """What `Ledger.add` did: `added` is False when the same content was already stored."""

    added: bool
    article_id: str
    events: int


@dataclass(frozen=True)
class EventFilter:
    """Which events `Ledger.events` yields. Every field narrows; None means any.

    Dates are YYYY-MM-DD and inclusive; an undated event never matches a date bound. `country`
    is an ISO2 or ISO3 code or an English name, `admin1` a first-level region name (any case);
    both match any of the event's places. `q` is a full-text query over the event's evidence
    sentence, actors, places and type: words (all must match, stemmed), "quoted phrases",
    `OR` between alternatives and `-word` to exclude.
    """

    date_from: str | None = None
    date_to: str | None = None
    code: str | None = None
    country: str | None = None
    admin1: str | None = None
    q: str | None = None
    article_id: str | None = None
    limit: int | None = None
    offset: int = 0


@dataclass(frozen=True)
class StoredEvent:
    """An event as the ledger holds it: the extracted event plus where it was reported."""

    event: Event
    article_id: str
    title: str | None
    url: str | None
    outlet: str | None
    published: str | None
    #: The evidence sentence (the event's notes in exports).
    notes: str | None
    ingested_at: str


@dataclass(frozen=True)
class ArticleHit:
    """One article found by `Ledger.search_articles`, best match first."""

    article_id: str
    title: str | None
    url: str | None
    outlet: str | None
    published: str | None
    snippet: str
    events: int


class Ledger(abc.ABC):
    """The event ledger: articles, the events extracted from them, and their claims."""

    backend: str = ""

    @abc.abstractmethod
    def add(self, article: Article, record: DocumentRecord) -> AddResult:
        """Store one article and its record in one transaction; a no-op for stored content."""

    @abc.abstractmethod
    def has_article(self, content_hash: str) -> bool:
        """True when an article with this content hash is stored."""

    @abc.abstractmethod
    def events(self, filter: EventFilter | None = None) -> Iterator[StoredEvent]:
        """Stored events, oldest first (undated last), narrowed by `filter`."""

    @abc.abstractmethod
    def search_articles(self, q: str, limit: int = 20) -> list[ArticleHit]:
        """Full-text search over article titles and texts, best match first."""

    @abc.abstractmethod
    def get_record(self, article_id: str) -> DocumentRecord | None:
        """The stored record of one article, as it was added (or last updated)."""

    @abc.abstractmethod
    def update_events(self, events: Iterable[Event]) -> int:
        """Replace stored events (same event_id) in one transaction, e.g. after merging
        reports changed their status or links. Returns how many were replaced; an unknown
        event_id raises LedgerError and changes nothing."""

    @abc.abstractmethod
    def counts(self) -> dict[str, int]:
        """Row counts: articles, events, places, quantities, claims, evidence, links."""

    @abc.abstractmethod
    def schema_version(self) -> int:
        """The schema version the ledger is at."""

    @abc.abstractmethod
    def close(self) -> None:
        """Release the connection. The ledger cannot be used afterwards."""

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()


# --- rows --------------------------------------------------------------------------------

ARTICLE_COLUMNS = (
    "id", "content_hash", "title", "url", "outlet", "published", "text", "ingested_at",
    "record_json",
)
EVENT_COLUMNS = (
    "event_id", "article_id", "code", "event_type", "sub_event_type", "modality", "date",
    "date_precision", "date_text", "status", "confidence", "actor1_name", "actor1_kind",
    "actor1_country", "actor2_name", "actor2_kind", "actor2_country", "target_category",
    "target_kind", "target_name", "fatalities", "injuries", "place_name", "place_geonameid",
    "country_code", "admin1", "admin2", "lat", "lon", "geo_precision", "notes", "search_text",
    "event_json",
)
PLACE_COLUMNS = (
    "event_id", "ord", "text", "span_start", "span_end", "name", "geonameid", "country_code",
    "admin1", "admin2", "lat", "lon", "geo_precision", "feature", "relation",
)
QUANTITY_COLUMNS = (
    "event_id", "ord", "kind", "value", "low", "high", "unit", "text", "span_start", "span_end",
)
CLAIM_COLUMNS = (
    "event_id", "ord", "claimant", "claimant_role", "channel", "reported_by", "stance", "text",
    "span_start", "span_end", "claimant_country",
)
#: The schema version that added `claimant_country` to `claims` (0003): a ledger kept at an
#: older version stores claims without it.
CLAIMANT_COUNTRY_VERSION = 3
EVIDENCE_COLUMNS = ("event_id", "ord", "field", "text", "span_start", "span_end")
LINK_COLUMNS = ("event_id", "related_event_id", "relation")
CHILD_TABLES = ("event_places", "quantities", "claims", "evidence", "links")
COUNTED_TABLES = {
    "articles": "articles", "events": "events", "places": "event_places",
    "quantities": "quantities", "claims": "claims", "evidence": "evidence", "links": "links",
}

def insert_sql(table: str, columns: Sequence[str], conflict: str = "") -> str:
    marks = ", ".join("?" for _ in columns)
    return f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({marks}){conflict}"


def _dumps(value: Any) -> str:
    return json.dumps(to_jsonable(value), ensure_ascii=False, separators=(",", ":"))


def search_text(event: Event, notes: str | None) -> str:
    """What full-text search over events sees: type, actors, target, places, claimants, notes."""
    parts: list[str | None] = [event.event_type, event.sub_event_type, event.code]
    for actor in (event.actor1, event.actor2):
        if actor is not None:
            parts += [actor.name, actor.text]
    if event.target is not None:
        parts += [event.target.category, event.target.name, event.target.text]
    for place in event.places:
        parts += [place.name, place.text, place.admin1, place.admin2]
    for claim in event.claims:
        parts += [claim.claimant, claim.reported_by]
    parts.append(notes)
    seen: list[str] = []
    for part in parts:
        if part and part not in seen:
            seen.append(part)
    return " | ".join(seen)


def article_row(article: Article, record: DocumentRecord, ingested_at: str) -> tuple[Any, ...]:
    return (
        article.id, article.content_hash, record.title if record.title else article.title,
        record.url or article.url, record.outlet or article.outlet,
        record.published or article.published, article.text, ingested_at, _dumps(record),
    )


def event_row(article_id: str, event: Event, text: str | None) -> tuple[Any, ...]:
    """The events row of one event of the article `article_id`, whose text is `text`."""
    first = event.places[0] if event.places else None
    a1, a2, target = event.actor1, event.actor2, event.target
    notes = event_notes(event, text)
    return (
        event.event_id, article_id, event.code, event.event_type, event.sub_event_type,
        event.modality, event.date, event.date_precision, event.date_text, event.status,
        float(event.confidence),
        a1.name if a1 else None, a1.kind if a1 else None, a1.country if a1 else None,
        a2.name if a2 else None, a2.kind if a2 else None, a2.country if a2 else None,
        target.category if target else None, target.kind if target else None,
        target.name if target else None, event.fatalities, event.injuries,
        (first.name or first.text) if first else None, first.geonameid if first else None,
        first.country_code if first else None, first.admin1 if first else None,
        first.admin2 if first else None, first.lat if first else None,
        first.lon if first else None, first.geo_precision if first else None,
        notes, search_text(event, notes), _dumps(event),
    )


def _span(span: tuple[int, int] | None) -> tuple[int | None, int | None]:
    return (None, None) if span is None else (span[0], span[1])


def child_rows(event: Event) -> dict[str, list[tuple[Any, ...]]]:
    """Rows of each child table for one event."""
    eid = event.event_id
    return {
        "event_places": [
            (eid, i, p.text, *_span(p.span), p.name, p.geonameid, p.country_code, p.admin1,
             p.admin2, p.lat, p.lon, p.geo_precision, p.feature, p.relation)
            for i, p in enumerate(event.places)
        ],
        "quantities": [
            (eid, i, q.kind, q.value, q.low, q.high, q.unit, q.text, *q.span)
            for i, q in enumerate(event.quantities)
        ],
        "claims": [
            (eid, i, c.claimant, c.claimant_role, c.channel, c.reported_by, c.stance, c.text,
             *c.span, c.claimant_country)
            for i, c in enumerate(event.claims)
        ],
        "evidence": [
            (eid, i, e.field, e.text, *e.span) for i, e in enumerate(event.evidence)
        ],
        "links": sorted({(eid, r.event_id, r.relation) for r in event.related}),
    }


CHILD_INSERTS = {
    "event_places": insert_sql("event_places", PLACE_COLUMNS),
    "quantities": insert_sql("quantities", QUANTITY_COLUMNS),
    "claims": insert_sql("claims", CLAIM_COLUMNS),
    "evidence": insert_sql("evidence", EVIDENCE_COLUMNS),
    "links": insert_sql("links", LINK_COLUMNS),
}
# No conflict target: a concurrent writer of the same article may collide on `id` first.
INSERT_ARTICLE = insert_sql("articles", ARTICLE_COLUMNS, " ON CONFLICT DO NOTHING")
INSERT_EVENT = insert_sql("events", EVENT_COLUMNS)
UPDATE_EVENT = (
    "UPDATE events SET "
    + ", ".join(f"{c} = ?" for c in EVENT_COLUMNS[2:])
    + " WHERE event_id = ?"
)
SELECT_EVENTS = (
    "SELECT e.event_json, e.article_id, a.title, a.url, a.outlet, a.published, e.notes,"
    " a.ingested_at FROM events e JOIN articles a ON a.id = e.article_id"
)
EVENT_ORDER = " ORDER BY CASE WHEN e.date IS NULL THEN 1 ELSE 0 END, e.date, e.event_id"
NO_LIMIT = 2**62  # LIMIT for an OFFSET without a limit: one literal both backends accept
PLACE_MATCH = "EXISTS (SELECT 1 FROM event_places p WHERE p.event_id = e.event_id AND {})"


def now_utc() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


def _check_date(value: str, name: str) -> str:
    try:
        return dt.date.fromisoformat(value).isoformat()
    except ValueError as exc:
        raise ConfigError(f"{name} must be a YYYY-MM-DD date, not {value!r}") from exc


# --- full-text queries -------------------------------------------------------------------

_QUERY_TOKEN = re.compile(r'(-?)"([^"]*)"?|(\S+)')


@dataclass(frozen=True)
class QueryTerm:
    text: str
    negated: bool = False
    is_or: bool = False


def parse_query(q: str) -> list[QueryTerm]:
    """Split a web-search style query into terms, phrases, OR and negations."""
    terms: list[QueryTerm] = []
    for match in _QUERY_TOKEN.finditer(q):
        neg, phrase, word = match.group(1), match.group(2), match.group(3)
        if word is not None:
            if word == "OR":
                terms.append(QueryTerm("OR", is_or=True))
                continue
            neg, word = ("-", word[1:]) if word.startswith("-") else ("", word)
            phrase = word
        text = " ".join(re.findall(r"\w+", phrase or ""))
        if text:
            terms.append(QueryTerm(text, negated=bool(neg)))
    return terms


def fts5_query(q: str) -> str | None:
    """The same query in SQLite FTS5 syntax (None when it has no positive term)."""
    positive: list[str] = []
    negative: list[str] = []
    for term in parse_query(q):
        if term.is_or:
            if positive and positive[-1] != "OR":
                positive.append("OR")
        elif term.negated:
            negative.append(f'"{term.text}"')
        else:
            if positive and positive[-1] != "OR":
                positive.append("AND")
            positive.append(f'"{term.text}"')
    while positive and positive[-1] == "OR":
        positive.pop()
    if not positive:
        return None
    query = "(" + " ".join(positive) + ")"
    return query + "".join(f" NOT {n}" for n in negative)


# --- the shared implementation -----------------------------------------------------------


@dataclass(frozen=True)
class Migration:
    version: int
    name: str
    sql: str


def load_migrations(backend: str) -> list[Migration]:
    """The numbered SQL files of one backend, in order."""
    folder = resources.files("eventwire.store").joinpath("migrations").joinpath(backend)
    found: list[Migration] = []
    for entry in folder.iterdir():
        match = re.fullmatch(r"(\d+)_(\w+)\.sql", entry.name)
        if match:
            found.append(Migration(int(match.group(1)), entry.name, entry.read_text("utf-8")))
    found.sort(key=lambda m: m.version)
    if [m.version for m in found] != list(range(1, len(found) + 1)):
        raise LedgerError(f"{backend} migrations are not numbered 1..N: {[m.name for m in found]}")
    return found


RECORD_MIGRATION = "INSERT INTO schema_version (version, name, applied_at) VALUES (?, ?, ?)"


def check_not_newer(current: int, migrations: Sequence[Migration], where: str) -> None:
    newest = migrations[-1].version
    if current > newest:
        raise LedgerError(
            f"ledger {where} has schema version {current}, newer than this eventwire supports "
            f"({newest}): upgrade eventwire"
        )


class SqlLedger(Ledger):
    """A ledger over a DB-API connection; subclasses supply the backend-specific hooks."""

    # -- hooks ----------------------------------------------------------------------------

    @abc.abstractmethod
    def _execute(self, sql: str, params: Sequence[Any] = ()) -> Any:
        """Run one statement written with `?` placeholders; return the cursor."""

    @abc.abstractmethod
    def _executemany(self, sql: str, rows: Sequence[Sequence[Any]]) -> None:
        """Run one statement for many parameter rows."""

    @abc.abstractmethod
    def _transaction(self) -> AbstractContextManager[None]:
        """A write transaction: committed on success, rolled back on error; database errors
        inside it come out as LedgerError."""

    @abc.abstractmethod
    def _stream(self, sql: str, params: Sequence[Any]) -> Iterator[Row]:
        """Rows of a query, fetched in batches."""

    @abc.abstractmethod
    def _event_text_match(self, q: str) -> tuple[str, list[Any]] | None:
        """A WHERE condition on `e` for a full-text query, or None when nothing can match."""

    @abc.abstractmethod
    def _article_search(self, q: str, limit: int) -> list[Row]:
        """(id, title, url, outlet, published, snippet, events) rows, best first."""

    # -- the interface --------------------------------------------------------------------

    def add(self, article: Article, record: DocumentRecord) -> AddResult:
        if record.id != article.id:
            raise LedgerError(f"record id {record.id!r} does not match article id {article.id!r}")
        try:
            with self._transaction():
                cursor = self._execute(INSERT_ARTICLE, article_row(article, record, now_utc()))
                if cursor.rowcount == 0:  # stored already (perhaps by a concurrent writer)
                    return AddResult(False, self._article_id_of(article), 0)
                self._insert_events(article.id, record.events, record.text or article.text)
        except LedgerError as exc:
            raise LedgerError(f"cannot store article {article.id!r}: {exc}") from exc
        return AddResult(True, article.id, len(record.events))

    def has_article(self, content_hash: str) -> bool:
        row = self._execute(
            "SELECT 1 FROM articles WHERE content_hash = ?", (content_hash,)
        ).fetchone()
        return row is not None

    def events(self, filter: EventFilter | None = None) -> Iterator[StoredEvent]:
        where, params = self._event_conditions(filter or EventFilter())
        if where is None:
            return iter(())
        sql = SELECT_EVENTS + (" WHERE " + " AND ".join(where) if where else "") + EVENT_ORDER
        f = filter or EventFilter()
        if f.limit is not None or f.offset:
            sql += " LIMIT ? OFFSET ?"
            params += [f.limit if f.limit is not None else NO_LIMIT, f.offset]
        return (self._stored_event(row) for row in self._stream(sql, params))

    def search_articles(self, q: str, limit: int = 20) -> list[ArticleHit]:
        if fts5_query(q) is None:
            return []
        return [
            ArticleHit(str(r[0]), r[1], r[2], r[3], r[4], str(r[5] or ""), int(r[6]))
            for r in self._article_search(q, limit)
        ]

    def get_record(self, article_id: str) -> DocumentRecord | None:
        from ..records import record_from_dict

        row = self._execute(
            "SELECT record_json FROM articles WHERE id = ?", (article_id,)
        ).fetchone()
        return None if row is None else record_from_dict(_loads(row[0]))

    def update_events(self, events: Iterable[Event]) -> int:
        batch = list(events)
        with self._transaction():
            owners: dict[str, tuple[str, str]] = {}
            for event in batch:
                row = self._execute(
                    "SELECT e.article_id, a.text FROM events e"
                    " JOIN articles a ON a.id = e.article_id WHERE e.event_id = ?",
                    (event.event_id,),
                ).fetchone()
                if row is None:
                    raise LedgerError(f"no stored event {event.event_id!r} to update")
                owners[event.event_id] = (str(row[0]), str(row[1]))
            for event in batch:
                article_id, text = owners[event.event_id]
                values = event_row(article_id, event, text)
                self._execute(UPDATE_EVENT, (*values[2:], event.event_id))
                for table in CHILD_TABLES:
                    self._execute(f"DELETE FROM {table} WHERE event_id = ?", (event.event_id,))
                self._insert_children([event])
            for article_id in sorted({owner for owner, _ in owners.values()}):
                self._refresh_record(article_id, {e.event_id: e for e in batch})
        return len(batch)

    def counts(self) -> dict[str, int]:
        return {
            name: int(self._execute(f"SELECT count(*) FROM {table}").fetchone()[0])
            for name, table in COUNTED_TABLES.items()
        }

    def schema_version(self) -> int:
        row = self._execute("SELECT max(version) FROM schema_version").fetchone()
        return int(row[0] or 0)

    # -- internals ------------------------------------------------------------------------

    def _article_id_of(self, article: Article) -> str:
        """The id under which this article's content is stored; an error when its id is taken
        by other content."""
        row = self._execute(
            "SELECT id FROM articles WHERE content_hash = ?", (article.content_hash,)
        ).fetchone()
        if row is None:
            raise LedgerError(f"article id {article.id!r} is already stored with other content")
        return str(row[0])

    def _insert_events(self, article_id: str, events: Sequence[Event], text: str) -> None:
        if events:
            self._executemany(INSERT_EVENT, [event_row(article_id, e, text) for e in events])
            self._insert_children(events)

    def _insert_children(self, events: Sequence[Event]) -> None:
        rows: dict[str, list[tuple[Any, ...]]] = {t: [] for t in CHILD_TABLES}
        for event in events:
            for table, table_rows in child_rows(event).items():
                rows[table].extend(table_rows)
        if self.schema_version() < CLAIMANT_COUNTRY_VERSION:  # a ledger kept at an old version
            rows["claims"] = [row[:-1] for row in rows["claims"]]
            inserts = {**CHILD_INSERTS, "claims": insert_sql("claims", CLAIM_COLUMNS[:-1])}
        else:
            inserts = CHILD_INSERTS
        for table in CHILD_TABLES:
            if rows[table]:
                self._executemany(inserts[table], rows[table])

    def _refresh_record(self, article_id: str, updated: dict[str, Event]) -> None:
        """Keep an article's record JSON in step with its updated events."""
        from ..records import record_from_dict

        row = self._execute(
            "SELECT record_json FROM articles WHERE id = ?", (article_id,)
        ).fetchone()
        record = record_from_dict(_loads(row[0]))
        events = tuple(updated.get(e.event_id, e) for e in record.events)
        fresh = dataclasses.replace(record, events=events)
        self._execute(
            "UPDATE articles SET record_json = ? WHERE id = ?", (_dumps(fresh), article_id)
        )

    def _event_conditions(self, f: EventFilter) -> tuple[list[str] | None, list[Any]]:
        where: list[str] = []
        params: list[Any] = []
        if f.date_from:
            where.append("e.date >= ?")
            params.append(_check_date(f.date_from, "date_from"))
        if f.date_to:
            where.append("e.date <= ?")
            params.append(_check_date(f.date_to, "date_to"))
        for column, value in (("e.code", f.code), ("e.article_id", f.article_id)):
            if value:
                where.append(f"{column} = ?")
                params.append(value)
        if f.country:
            iso2 = resolve_country(f.country)
            if iso2 is None:
                raise ConfigError(f"unknown country {f.country!r} (use an ISO code or a name)")
            where.append(PLACE_MATCH.format("p.country_code = ?"))
            params.append(iso2)
        if f.admin1:
            where.append(PLACE_MATCH.format("lower(p.admin1) = lower(?)"))
            params.append(f.admin1.strip())
        if f.q and parse_query(f.q):
            if fts5_query(f.q) is None:  # only exclusions: both backends match nothing
                return None, []
            match = self._event_text_match(f.q)
            if match is None:
                return None, []
            where.append(match[0])
            params.extend(match[1])
        return where, params

    def _stored_event(self, row: Row) -> StoredEvent:
        return StoredEvent(
            event=event_from_dict(_loads(row[0])),
            article_id=str(row[1]),
            title=row[2],
            url=row[3],
            outlet=row[4],
            published=row[5],
            notes=row[6],
            ingested_at=str(row[7]),
        )


def _loads(value: Any) -> dict[str, Any]:
    """JSON columns come back as text (SQLite) or already decoded (PostgreSQL JSONB)."""
    decoded = json.loads(value) if isinstance(value, str | bytes) else value
    if not isinstance(decoded, dict):
        raise LedgerError("a stored JSON column does not hold an object")
    return decoded


def one_line(exc: BaseException) -> str:
    return " ".join(str(exc).split())
