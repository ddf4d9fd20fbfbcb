"""Geoparsing scores on the LGL corpus (local news with GeoNames-coded toponyms).

Per gold toponym: is it found (a predicted place span overlaps it), and if found and the gold
has coordinates, is the prediction right: within 161 km (100 miles, the usual geoparsing
threshold), or, for predictions without a point, the same country (countries) or the same
first-level region name (regions). Also the exact GeoNames id share, and how many gold places
the gazetteer holds at all (an upper bound for exact-id matching).
"""

from __future__ import annotations

import time
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..errors import EvaluationError
from ..records import Place
from .common import fold_region, format_table, haversine_km

#: The usual geoparsing tolerance: 100 miles.
ACCURACY_KM = 161.0


@dataclass(frozen=True)
class GoldToponym:
    start: int
    end: int
    phrase: str
    geonameid: int | None
    name: str | None
    fcode: str | None
    lat: float | None
    lon: float | None
    admin1: str | None


@dataclass(frozen=True)
class LglArticle:
    docid: str
    text: str
    toponyms: tuple[GoldToponym, ...]
    domain: str | None = None


def _float(value: str | None) -> float | None:
    return None if value in (None, "") else float(str(value))


def _toponym(node: ET.Element) -> GoldToponym:
    gaz = node.find("gaztag")
    start, end = int(node.findtext("start", "0")), int(node.findtext("end", "0"))
    phrase = node.findtext("phrase", "")
    if gaz is None:
        return GoldToponym(start, end, phrase, None, None, None, None, None, None)
    gid = gaz.get("geonameid")
    return GoldToponym(
        start, end, phrase, int(gid) if gid else None, gaz.findtext("name"),
        gaz.findtext("fcode"), _float(gaz.findtext("lat")), _float(gaz.findtext("lon")),
        gaz.findtext("admin1"),
    )


def read_lgl(path: Path, limit: int | None = None) -> list[LglArticle]:
    """Parse lgl.xml into articles with gold toponyms."""
    try:
        root = ET.parse(path).getroot()
    except (OSError, ET.ParseError) as exc:
        raise EvaluationError(f"cannot read LGL gold {path}: {exc}") from exc
    articles: list[LglArticle] = []
    for node in root.iter("article"):
        if limit is not None and len(articles) >= limit:
            break
        toponyms = tuple(_toponym(t) for t in node.iter("toponym"))
        articles.append(LglArticle(node.get("docid", ""), node.findtext("text", ""), toponyms,
                                   node.findtext("domain")))
    if not articles:
        raise EvaluationError(f"no articles in {path}")
    return articles


def _overlaps(place: Place, gold: GoldToponym) -> bool:
    return place.span is not None and place.span[0] < gold.end and gold.start < place.span[1]


def _correct(place: Place, gold: GoldToponym) -> bool:
    if place.lat is not None and place.lon is not None and gold.lat is not None \
            and gold.lon is not None \
            and haversine_km(place.lat, place.lon, gold.lat, gold.lon) <= ACCURACY_KM:
        return True
    if place.feature in {"country", "demonym"}:  # a demonym mention names its country
        return place.geonameid is not None and place.geonameid == gold.geonameid
    if place.feature == "region" and gold.fcode == "ADM1" and place.admin2 is None:
        return fold_region(place.admin1) == fold_region(gold.name)
    if place.feature == "region" and gold.fcode == "ADM2" and place.admin2 is not None:
        return fold_region(place.admin2) == fold_region(gold.name) \
            and fold_region(place.admin1) == fold_region(gold.admin1)
    return False


@dataclass
class _Tally:
    gold: int = 0
    found: int = 0
    demonyms: int = 0  # gold toponyms that are demonyms ("Russian"), not places for eventwire
    demonyms_found: int = 0
    resolvable: int = 0
    correct: int = 0
    exact: int = 0
    predicted: int = 0
    predicted_matched: int = 0
    in_gazetteer: int = 0
    gold_with_id: int = 0


def _score_article(article: LglArticle, places: list[Place], tally: _Tally,
                   has_id: Any, demonyms: frozenset[str]) -> None:
    tally.predicted += len(places)
    tally.predicted_matched += sum(
        1 for p in places if any(_overlaps(p, g) for g in article.toponyms))
    for gold in article.toponyms:
        tally.gold += 1
        if gold.geonameid is not None:
            tally.gold_with_id += 1
            tally.in_gazetteer += int(has_id(gold.geonameid))
        hits = [p for p in places if _overlaps(p, gold)]
        demonym = gold.phrase.lower() in demonyms
        tally.demonyms += int(demonym)
        if not hits:
            continue
        tally.found += 1
        tally.demonyms_found += int(demonym)
        if gold.geonameid is None:
            continue
        tally.resolvable += 1
        tally.correct += int(any(_correct(p, gold) for p in hits))
        tally.exact += int(any(p.geonameid == gold.geonameid for p in hits))


def _share(part: int, whole: int) -> float | None:
    return part / whole if whole else None


def evaluate_lgl(path: Path, limit: int | None = None) -> dict[str, Any]:
    """Run the places stage over LGL articles and score it against the gold toponyms."""
    from ..nlp import parse_many
    from ..places import find_places, get_gazetteer
    from ..places.mentions import lexicon

    articles = read_lgl(path, limit)
    gaz = get_gazetteer()
    tally = _Tally()
    demonyms = frozenset(lexicon().demonyms)
    started = time.perf_counter()
    places_seconds = 0.0
    for doc, article in parse_many((a.text, a) for a in articles):
        t0 = time.perf_counter()
        places = find_places(doc, outlet=article.domain)
        places_seconds += time.perf_counter() - t0
        _score_article(article, places, tally, gaz.has_geonameid, demonyms)
    return {
        "articles": len(articles),
        "gold_toponyms": tally.gold,
        "predicted": tally.predicted,
        "recall": _share(tally.found, tally.gold),
        "recall_without_demonyms": _share(tally.found - tally.demonyms_found,
                                          tally.gold - tally.demonyms),
        "precision": _share(tally.predicted_matched, tally.predicted),
        "accuracy_161km": _share(tally.correct, tally.resolvable),
        "exact_geonameid": _share(tally.exact, tally.resolvable),
        "gazetteer_coverage": _share(tally.in_gazetteer, tally.gold_with_id),
        "resolved_gold": tally.resolvable,
        "seconds": time.perf_counter() - started,
        "places_seconds": places_seconds,
        "mentions_per_second": tally.predicted / places_seconds if places_seconds else None,
    }


def format_lgl(result: dict[str, Any]) -> str:
    """The LGL scores as a two-column table."""
    rows = [
        ("articles", result["articles"]),
        ("gold toponyms", result["gold_toponyms"]),
        ("predicted places", result["predicted"]),
        ("toponym recall (overlap)", result["recall"]),
        ("  recall, demonyms left out", result["recall_without_demonyms"]),
        ("toponym precision (overlap)", result["precision"]),
        (f"accuracy within {ACCURACY_KM:.0f} km", result["accuracy_161km"]),
        ("exact GeoNames id", result["exact_geonameid"]),
        ("gold places in gazetteer", result["gazetteer_coverage"]),
        ("places stage, mentions/s", result["mentions_per_second"]),
        ("total seconds", result["seconds"]),
    ]
    return format_table(("metric", "value"), rows)
