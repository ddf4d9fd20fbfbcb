"""Hand-built articles and records for the ledger tests (no NLP pipeline involved)."""

from __future__ import annotations

from eventwire.records import (
    Actor,
    Article,
    Claim,
    DocumentRecord,
    Event,
    Evidence,
    Place,
    Quantity,
    Related,
    Target,
    stable_id,
)

TOWNS = (
    # name, geonameid, country, admin1, lat, lon
    ("Kharkiv", 706483, "UA", "Kharkiv", 49.98081, 36.25272),
    ("Engels", 563464, "RU", "Saratov", 51.48389, 46.10528),
    ("Rodynske", 11886907, "UA", "Donetsk", 48.35, 37.2),
)
CODES = (
    ("AIR_STRIKE", "Explosions/Remote violence", "Air/drone strike"),
    ("ARMED_CLASH", "Battles", "Armed clash"),
    ("PEACE_PROTEST", "Protests", "Peaceful protest"),
)


def span_of(text: str, part: str) -> tuple[int, int]:
    start = text.index(part)
    return (start, start + len(part))


def article_text(n: int) -> str:
    town = TOWNS[n % len(TOWNS)][0]
    return (
        f"Report {n}. A drone strike hit an oil depot in {town} on Monday, the governor said. "
        f"Two people were killed and {n % 7} were injured. "
        f"Officials in Moscow denied that the depot was damaged in report {n}."
    )


def make_event(
    text: str,
    n: int,
    k: int,
    *,
    date: str | None = "2025-07-21",
    fatalities: int | None = 2,
    with_place: bool = True,
    related: tuple[Related, ...] = (),
) -> Event:
    name, gid, cc, admin1, lat, lon = TOWNS[n % len(TOWNS)]
    code, event_type, sub = CODES[(n + k) % len(CODES)]
    sentence = text.split(". ")[1] + "."
    place = Place(
        text=name, span=span_of(text, name), name=name, geonameid=gid, country_code=cc,
        admin1=admin1, lat=lat, lon=lon, geo_precision=1, feature="city",
    )
    return Event(
        event_id=stable_id("event", text, k),
        code=code,
        event_type=event_type,
        sub_event_type=sub,
        confidence=0.5 + k / 10,
        modality="occurred",
        date=date,
        date_precision="day" if date else None,
        date_text="on Monday" if date else None,
        actor1=Actor(name="Military Forces of Ukraine", text="drone", kind="state", country="UA"),
        actor2=None,
        target=Target(category="energy", kind="oil depot", name=None, text="an oil depot"),
        places=(place,) if with_place else (),
        fatalities=fatalities,
        injuries=n % 7,
        quantities=(
            Quantity(kind="killed", value=2.0, low=None, high=None, unit="people",
                     text="Two people", span=span_of(text, "Two people")),
        ),
        claims=(
            Claim(claimant="the governor", claimant_role="governor", channel=None,
                  reported_by="TASS", stance="asserts", text=sentence,
                  span=span_of(text, sentence), claimant_country="RU"),
        ),
        status="reported",
        evidence=(
            Evidence(field="sentence", text=sentence, span=span_of(text, sentence)),
            Evidence(field="trigger", text="drone strike", span=span_of(text, "drone strike")),
        ),
        related=related,
    )


def make_pair(n: int, events: int = 2, **kwargs: object) -> tuple[Article, DocumentRecord]:
    """Article n with `events` events; the same n always gives the same content and ids."""
    text = article_text(n)
    article = Article(
        id=stable_id("article", text), text=text, title=f"Strike report {n}",
        url=f"https://news.example/{n}", outlet="Example News", published="2025-07-22",
    )
    evs = tuple(make_event(text, n, k, **kwargs) for k in range(events))  # type: ignore[arg-type]
    record = DocumentRecord(
        id=article.id, title=article.title, url=article.url, outlet=article.outlet,
        published=article.published, events=evs, places=tuple(e.places[0] for e in evs
                                                              if e.places),
        attributions=(),
    )
    return article, record
