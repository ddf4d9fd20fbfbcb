"""The record contract: frozen dataclasses every stage reads and writes.

A document record is what `eventwire extract` prints, one JSON line per input document,
and what the ledger stores. `schema.json` beside this module is the same contract as a
JSON Schema; `tests/test_schema.py` checks that the two agree.

Spans are `(start, end)` character offsets, end exclusive, into the document text.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
from dataclasses import dataclass
from typing import Any, Literal

from .errors import DateError

Span = tuple[int, int]
Stance = Literal["asserts", "denies", "hedges"]
Modality = Literal["occurred", "planned", "hypothetical"]
Status = Literal["reported", "corroborated", "contested"]
DatePrecision = Literal["day", "week", "month", "year"]

#: The 30 event codes: ACLED's 25 sub-event types and five extensions. These spellings are
#: the contract; `events/data/codes.toml` maps each to its event type and sub-event type names.
EVENT_CODES: tuple[str, ...] = (
    "ABDUCT_DISSAP",
    "AGREEMENT",
    "AIR_STRIKE",
    "ARMED_CLASH",
    "ARREST",
    "ART_MISS_ATTACK",
    "ATTACK",
    "CHANGE_TO_GROUP_ACT",
    "CHEM_WEAP",
    "DISR_WEAP",
    "FORCE_AGAINST_PROTEST",
    "GOV_REGAINS_TERIT",
    "GRENADE",
    "HQ_ESTABLISHED",
    "MOB_VIOL",
    "NON_STATE_ACTOR_OVERTAKES_TER",
    "NON_VIOL_TERRIT_TRANSFER",
    "OTHER",
    "PEACE_PROTEST",
    "PROPERTY_DISTRUCT",
    "PROTEST_WITH_INTER",
    "REM_EXPLOS",
    "SEX_VIOL",
    "SUIC_BOMB",
    "VIOL_DEMONSTR",
    "ORG_CRIME",
    "NATURAL_DISASTER",
    "MAN_MADE_DISASTER",
    "DIPLO",
    "ATTRIB",
)


def overlaps(a: Span, b: Span) -> bool:
    """Do two character spans share a character?"""
    return a[0] < b[1] and b[0] < a[1]


def stable_id(*parts: object, length: int = 16) -> str:
    """A content-derived id: the same parts give the same id on every machine."""
    digest = hashlib.sha256("\x1f".join(str(p) for p in parts).encode("utf-8")).hexdigest()
    return digest[:length]


def content_hash(text: str) -> str:
    """The hash that identifies an article's content in the ledger."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def parse_published(value: str | None) -> str | None:
    """Validate a publication date given as YYYY-MM-DD (a datetime prefix is accepted)."""
    if value is None or value == "":
        return None
    try:
        return dt.date.fromisoformat(str(value).strip()[:10]).isoformat()
    except ValueError as exc:
        raise DateError(f"unparseable published date {value!r} (expected YYYY-MM-DD)") from exc


@dataclass(frozen=True)
class Article:
    """One input document after ingest: normalised text plus metadata."""

    id: str
    text: str
    title: str | None = None
    url: str | None = None
    outlet: str | None = None
    published: str | None = None  # YYYY-MM-DD
    #: True when `text` was extracted from another form (HTML); the record then carries it.
    text_is_derived: bool = False
    origin: str | None = None  # file path or "<stdin>:N", for messages

    @property
    def content_hash(self) -> str:
        return content_hash(self.text)


@dataclass(frozen=True)
class Place:
    text: str
    span: Span | None
    name: str | None = None
    geonameid: int | None = None
    country_code: str | None = None
    admin1: str | None = None
    admin2: str | None = None
    lat: float | None = None
    lon: float | None = None
    geo_precision: int | None = None  # 1 town, 2 near a town / part of a region, 3 region
    #: What kind of thing the mention names: "city", "region", "country", "facility", ...
    feature: str | None = None
    #: Relative phrase that qualifies the place ("near", "south of", "outskirts of").
    relation: str | None = None


@dataclass(frozen=True)
class TimeRef:
    """A date expression normalised against the publication date."""

    text: str
    span: Span | None
    date: str | None  # YYYY-MM-DD (first day of the period for coarser precisions)
    precision: DatePrecision | None


@dataclass(frozen=True)
class Attribution:
    """An attributed statement: who (source), how (cue), what (content), with what stance.

    The source is absent when the text names none: "the plant was reportedly shut", "the
    vote is expected to pass", "it was reported that ..." (the cue and content are there)."""

    source: str | None
    source_span: Span | None
    cue: str | None
    cue_span: Span | None
    content_span: Span
    stance: Stance
    #: The original claimant (named person or body) when `source` is a relay or a pronoun.
    claimant: str | None = None
    claimant_role: str | None = None
    channel: str | None = None  # Telegram, social media, a TV channel ...
    reported_by: str | None = None  # the outlet or agency that relays the claim
    #: ISO 3166 alpha-2 code of the country the source's own words give the claimant
    #: ("Ukrainian officials": UA)
    claimant_country: str | None = None


@dataclass(frozen=True)
class Actor:
    name: str
    text: str
    kind: str | None = None  # state, rebel, militia, protesters, civilians, ...
    country: str | None = None  # ISO 3166 alpha-2


@dataclass(frozen=True)
class Target:
    category: str
    kind: str | None
    name: str | None
    text: str


@dataclass(frozen=True)
class Quantity:
    kind: str
    value: float | None
    low: float | None
    high: float | None
    unit: str | None
    text: str
    span: Span


@dataclass(frozen=True)
class Claim:
    claimant: str | None
    claimant_role: str | None
    channel: str | None
    reported_by: str | None
    stance: Stance
    text: str
    span: Span
    claimant_country: str | None = None  # ISO 3166 alpha-2, as `Attribution` has it


@dataclass(frozen=True)
class Evidence:
    field: str
    text: str
    span: Span


@dataclass(frozen=True)
class Related:
    event_id: str
    relation: str


@dataclass(frozen=True)
class Event:
    event_id: str
    code: str
    event_type: str
    sub_event_type: str
    confidence: float
    modality: Modality
    date: str | None
    date_precision: DatePrecision | None
    date_text: str | None
    actor1: Actor | None
    actor2: Actor | None
    target: Target | None
    places: tuple[Place, ...]
    fatalities: int | None
    injuries: int | None
    quantities: tuple[Quantity, ...]
    claims: tuple[Claim, ...]
    status: Status
    evidence: tuple[Evidence, ...]
    related: tuple[Related, ...] = ()


@dataclass(frozen=True)
class DocumentRecord:
    id: str
    title: str | None
    url: str | None
    outlet: str | None
    published: str | None
    events: tuple[Event, ...]
    places: tuple[Place, ...]
    attributions: tuple[Attribution, ...]
    errors: tuple[str, ...] = ()
    #: Present only when the input was not plain text (the extracted text the spans point into).
    text: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return to_jsonable(self)  # type: ignore[no-any-return]


def to_jsonable(value: Any) -> Any:
    """Dataclasses to dicts, tuples to lists, recursively; drops a record's absent `text`."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        out = {f.name: to_jsonable(getattr(value, f.name)) for f in dataclasses.fields(value)}
        if isinstance(value, DocumentRecord) and value.text is None:
            out.pop("text")
        return out
    if isinstance(value, list | tuple):
        return [to_jsonable(v) for v in value]
    if isinstance(value, dict):
        return {k: to_jsonable(v) for k, v in value.items()}
    return value


def _span(raw: Any) -> Span | None:
    return None if raw is None else (int(raw[0]), int(raw[1]))


def place_from_dict(d: dict[str, Any]) -> Place:
    return Place(**{**d, "span": _span(d.get("span"))})


def event_from_dict(d: dict[str, Any]) -> Event:
    def actor(a: dict[str, Any] | None) -> Actor | None:
        return None if a is None else Actor(**a)

    return Event(
        **{
            **d,
            "actor1": actor(d.get("actor1")),
            "actor2": actor(d.get("actor2")),
            "target": None if d.get("target") is None else Target(**d["target"]),
            "places": tuple(place_from_dict(p) for p in d.get("places", [])),
            "quantities": tuple(
                Quantity(**{**q, "span": _span(q["span"])}) for q in d.get("quantities", [])
            ),
            "claims": tuple(Claim(**{**c, "span": _span(c["span"])}) for c in d.get("claims", [])),
            "evidence": tuple(
                Evidence(**{**e, "span": _span(e["span"])}) for e in d.get("evidence", [])
            ),
            "related": tuple(Related(**r) for r in d.get("related", [])),
        }
    )


def attribution_from_dict(d: dict[str, Any]) -> Attribution:
    return Attribution(
        **{
            **d,
            "source_span": _span(d.get("source_span")),
            "cue_span": _span(d.get("cue_span")),
            "content_span": _span(d["content_span"]),
        }
    )


def record_from_dict(d: dict[str, Any]) -> DocumentRecord:
    """Rebuild a typed record from its JSON form (ledger rows, JSONL files)."""
    return DocumentRecord(
        id=d["id"],
        title=d.get("title"),
        url=d.get("url"),
        outlet=d.get("outlet"),
        published=d.get("published"),
        events=tuple(event_from_dict(e) for e in d.get("events", [])),
        places=tuple(place_from_dict(p) for p in d.get("places", [])),
        attributions=tuple(attribution_from_dict(a) for a in d.get("attributions", [])),
        errors=tuple(d.get("errors", [])),
        text=d.get("text"),
    )


__all__ = [
    "EVENT_CODES",
    "Actor",
    "Article",
    "Attribution",
    "Claim",
    "DocumentContext",
    "DocumentRecord",
    "Event",
    "Evidence",
    "Place",
    "Quantity",
    "Related",
    "Span",
    "Target",
    "TimeRef",
    "content_hash",
    "parse_published",
    "record_from_dict",
    "stable_id",
    "to_jsonable",
]


@dataclass(frozen=True)
class DocumentContext:
    """What the stages before `events` found in one article; the events stage reads only this
    and the spaCy Doc."""

    article: Article
    places: tuple[Place, ...]
    times: tuple[TimeRef, ...]
    attributions: tuple[Attribution, ...]
