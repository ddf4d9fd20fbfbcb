"""Score the extractor on ACLED-coded notes: each note's top event against the coded columns.

The extractor reads the `notes` column with `published` = the coded `event_date`. The top event
is the occurred event with the highest confidence (a note with none counts as a miss on every
figure). ACLED's `fatalities` 0 also means "unknown", so a null prediction matches a coded 0.
"""

from __future__ import annotations

import csv
import datetime as dt
import functools
import re
import statistics
import tomllib
from collections import Counter
from collections.abc import Callable, Iterator
from importlib import resources
from pathlib import Path
from typing import Any

from ..errors import EvaluationError
from ..records import Article, DocumentRecord, Event, stable_id
from .common import fold, fold_region, format_table, haversine_km

REQUIRED_COLUMNS = {"notes", "event_date", "sub_event_type", "event_type", "latitude", "longitude"}


@functools.cache
def sub_event_codes() -> dict[str, str]:
    """ACLED sub_event_type name → eventwire code."""
    raw = resources.files("eventwire.events").joinpath("data/codes.toml").read_text("utf-8")
    return {v["sub_event_type"].lower(): code for code, v in tomllib.loads(raw).items()}


def parse_acled_date(value: str) -> str:
    for fmt in ("%d-%b-%y", "%d %B %Y", "%Y-%m-%d", "%d-%B-%Y", "%d/%m/%Y"):
        try:
            return dt.datetime.strptime(value.strip(), fmt).date().isoformat()
        except ValueError:
            continue
    raise EvaluationError(f"unparseable ACLED event_date {value!r}")


def read_rows(path: Path, limit: int | None = None) -> list[dict[str, str]]:
    if not path.is_file():
        raise EvaluationError(f"{path}: no such file")
    with path.open(newline="", encoding="utf-8") as fh:
        reader = csv.DictReader(fh)
        missing = REQUIRED_COLUMNS - set(reader.fieldnames or [])
        if missing:
            raise EvaluationError(
                f"{path}: not an ACLED file (missing {', '.join(sorted(missing))})"
            )
        rows = [r for r in reader if r["notes"].strip()]
    return rows[:limit] if limit else rows


def top_event(record: DocumentRecord) -> Event | None:
    occurred = [e for e in record.events if e.modality == "occurred"]
    return max(occurred, key=lambda e: e.confidence) if occurred else None


def evaluate_acled(
    path: Path, limit: int | None = None, progress: Callable[[int], None] | None = None
) -> dict[str, Any]:
    """Run the extractor over the notes and score each note's top event."""
    from ..pipeline import extract_many

    rows = read_rows(path, limit)
    articles = (
        Article(
            id=stable_id("acled", r.get("event_id_cnty", i)),
            text=r["notes"],
            published=parse_acled_date(r["event_date"]),
        )
        for i, r in enumerate(rows)
    )
    pairs: list[tuple[dict[str, str], Event | None]] = []
    for row, record in zip(rows, extract_many(articles), strict=True):
        pairs.append((row, top_event(record)))
        if progress:
            progress(1)
    return score_pairs(pairs)


def score_pairs(pairs: list[tuple[dict[str, str], Event | None]]) -> dict[str, Any]:
    codes = sub_event_codes()
    gold_codes = [codes.get(r["sub_event_type"].lower(), "OTHER") for r, _ in pairs]
    pred_codes = [e.code if e else "NONE" for _, e in pairs]
    n = len(pairs)
    distances = [_distance(r, e) for r, e in pairs]
    known = [d for d in distances if d is not None]
    result: dict[str, Any] = {
        "notes": n,
        "code_accuracy": _share(g == p for g, p in zip(gold_codes, pred_codes, strict=True)),
        "event_type_accuracy": _share(
            e is not None and e.event_type.lower() == r["event_type"].lower() for r, e in pairs
        ),
        "no_event": _share(e is None for _, e in pairs),
        "within_10km": _share(d is not None and d <= 10 for d in distances),
        "within_25km": _share(d is not None and d <= 25 for d in distances),
        "median_km": statistics.median(known) if known else None,
        "admin1_agreement": _share(_admin1_agrees(r, e) for r, e in pairs),
        "date_exact": _share(
            e is not None and e.date == parse_acled_date(r["event_date"]) for r, e in pairs
        ),
        "fatalities_exact": _share(_fatalities_agree(r, e) for r, e in pairs),
        "actor1_agreement": _share(_actor_agrees(r, e) for r, e in pairs),
    }
    result.update(per_code_scores(gold_codes, pred_codes))
    result["confusions"] = Counter(
        f"{g}->{p}" for g, p in zip(gold_codes, pred_codes, strict=True) if g != p
    ).most_common(15)
    return result


def per_code_scores(gold: list[str], pred: list[str]) -> dict[str, Any]:
    labels = sorted(set(gold))
    per_code: dict[str, dict[str, float]] = {}
    weighted = 0.0
    for label in labels:
        tp = sum(g == p == label for g, p in zip(gold, pred, strict=True))
        n_pred, n_gold = pred.count(label), gold.count(label)
        precision = tp / n_pred if n_pred else 0.0
        recall = tp / n_gold if n_gold else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        per_code[label] = {"precision": precision, "recall": recall, "f1": f1, "support": n_gold}
        weighted += f1 * n_gold
    return {"weighted_f1": weighted / len(gold) if gold else 0.0, "per_code": per_code}


def _share(flags: Iterator[bool] | Any) -> float:
    values = list(flags)
    return sum(values) / len(values) if values else 0.0


def _distance(row: dict[str, str], e: Event | None) -> float | None:
    if e is None or not e.places or e.places[0].lat is None or e.places[0].lon is None:
        return None
    try:
        lat, lon = float(row["latitude"]), float(row["longitude"])
    except ValueError:
        return None
    return haversine_km(lat, lon, e.places[0].lat, e.places[0].lon)


def _admin1_agrees(row: dict[str, str], e: Event | None) -> bool:
    """The first place's region, under any spelling the gazetteer knows for it ("Kyiv" and
    ACLED 2020's "Kiev") or under a looser romanisation (`same_admin1`), against the coded
    admin1."""
    from ..places import admin1_aliases
    from ..places.gazetteer import same_admin1

    if e is None or not e.places or not (ours := e.places[0].admin1):
        return False
    cc = e.places[0].country_code or ""
    names = admin1_aliases(cc, ours)
    return fold_region(row.get("admin1")) in {fold_region(n) for n in names} - {""} or (
        same_admin1(cc, ours, row.get("admin1")))


def _fatalities_agree(row: dict[str, str], e: Event | None) -> bool:
    gold = int(row.get("fatalities") or 0)
    predicted = (e.fatalities if e is not None else None) or 0
    return gold == predicted


_ACTOR_NOISE = re.compile(r"\([^)]*\d{4}[^)]*\)|\s+-\s+.*$|:.*$")


def normalise_actor(name: str | None) -> str:
    """ACLED actor names without dates and sub-unit tails: 'Military Forces of Russia (2000-)'
    → 'military forces of russia'."""
    return fold(_ACTOR_NOISE.sub("", name or ""))


def _actor_agrees(row: dict[str, str], e: Event | None) -> bool:
    gold = normalise_actor(row.get("actor1"))
    return (
        e is not None
        and e.actor1 is not None
        and gold != ""
        and (normalise_actor(e.actor1.name) == gold)
    )


def format_acled(result: dict[str, Any]) -> str:
    keys = (
        "notes",
        "code_accuracy",
        "event_type_accuracy",
        "weighted_f1",
        "no_event",
        "within_10km",
        "within_25km",
        "median_km",
        "admin1_agreement",
        "date_exact",
        "fatalities_exact",
        "actor1_agreement",
    )
    head = format_table(("figure", "value"), [(k, result[k]) for k in keys])
    per = result["per_code"]
    codes = sorted(per, key=lambda c: -per[c]["support"])
    table = format_table(
        ("code", "support", "precision", "recall", "f1"),
        [
            (c, int(per[c]["support"]), per[c]["precision"], per[c]["recall"], per[c]["f1"])
            for c in codes
        ],
    )
    conf = "\n".join(f"  {k}: {v}" for k, v in result["confusions"])
    return f"{head}\n\n{table}\n\nmost frequent confusions:\n{conf}"
