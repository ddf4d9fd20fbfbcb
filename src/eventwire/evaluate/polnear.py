"""Attribution scores on PolNeAR (brat standoff): precision, recall and F1 of the claims
stage's Source, Cue and Content spans, exact and overlap match.

The folder holds `text/NAME.txt` and `attributions/NAME_ANNOTATOR.ann`. An article annotated
by several annotators is scored against one of them (the first by file name). PolNeAR spans
can be discontinuous; a gold span is taken from its first to its last fragment.

Where an article has several annotators, the same figures are also measured between every
ordered pair of annotators and between the system and each annotator on those articles: human
agreement is the ceiling a scorer against one annotator can be read against.

Exact match compares spans with surrounding whitespace and punctuation stripped from both
ends (annotators differ on whether a closing quote or period belongs to the content); overlap
match asks for one shared character. Each gold span matches at most one predicted span.
"""

from __future__ import annotations

import time
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..errors import EvaluationError
from ..records import Attribution, Span

ROLES = ("Source", "Cue", "Content")
# Characters trimmed from both ends of gold and predicted spans before exact matching; the
# no-break space is there because gold cues end in one ("said\u00a0Friday" cut after "said").
_EDGE = " \u00a0\t\n\r.,;:!?\"'\u201c\u201d\u2018\u2019()[]\u2014\u2013-"


@dataclass(frozen=True)
class GoldArticle:
    name: str
    text: str
    spans: dict[str, tuple[Span, ...]]  # role -> spans
    others: tuple[dict[str, tuple[Span, ...]], ...] = ()  # the other annotators' spans


def _folder(path: Path) -> Path:
    for candidate in (path, path / "dev"):
        if (candidate / "text").is_dir() and (candidate / "attributions").is_dir():
            return candidate
    raise EvaluationError(f"{path}: no PolNeAR text/ and attributions/ folders")


def _parse_span(field: str) -> Span:
    """ "12 40" or "12 20;25 40" (fragments) → (first start, last end)."""
    pairs = [tuple(int(x) for x in part.split()) for part in field.split(";")]
    return (min(p[0] for p in pairs), max(p[1] for p in pairs))


def parse_ann(ann: str) -> dict[str, tuple[Span, ...]]:
    """Source / Cue / Content text-bound spans of one .ann file."""
    spans: dict[str, list[Span]] = {role: [] for role in ROLES}
    for line in ann.splitlines():
        parts = line.split("\t")
        if len(parts) < 2 or not parts[0].startswith("T"):
            continue
        role, _, where = parts[1].partition(" ")
        if role in spans:
            try:
                spans[role].append(_parse_span(where))
            except ValueError as exc:
                raise EvaluationError(f"malformed brat span {parts[1]!r}") from exc
    return {role: tuple(sorted(set(v))) for role, v in spans.items()}


def load_gold(path: Path, limit: int | None = None) -> list[GoldArticle]:
    folder = _folder(path)
    by_article: dict[str, list[Path]] = {}
    for ann in sorted((folder / "attributions").glob("*.ann")):
        by_article.setdefault(ann.stem.rsplit("_", 1)[0], []).append(ann)
    articles: list[GoldArticle] = []
    for name, anns in sorted(by_article.items()):
        text_path = folder / "text" / f"{name}.txt"
        if not text_path.is_file():
            continue
        text = text_path.read_text(encoding="utf-8")
        first, *rest = (parse_ann(ann.read_text(encoding="utf-8")) for ann in anns)
        articles.append(GoldArticle(name, text, first, tuple(rest)))
        if limit is not None and len(articles) >= limit:
            break
    if not articles:
        raise EvaluationError(f"{folder}: no annotated articles with text")
    return articles


def _strip(text: str, span: Span) -> Span:
    start, end = span
    while start < end and text[start] in _EDGE:
        start += 1
    while end > start and text[end - 1] in _EDGE:
        end -= 1
    return (start, end)


def _matches(a: Span, b: Span, exact: bool) -> bool:
    # an overlap needs one shared character, but a cue that is only a colon or a dash is
    # empty once stripped: two such spans at the same point overlap as they match exactly
    return a == b if exact else a == b or (a[0] < b[1] and b[0] < a[1])


def match_counts(
    text: str, gold: Sequence[Span], pred: Sequence[Span], exact: bool
) -> tuple[int, int, int]:
    """(matched, n_pred, n_gold), each gold span matched at most once."""
    gold_n = [_strip(text, g) for g in gold]
    pred_n = [_strip(text, p) for p in pred]
    used: set[int] = set()
    matched = 0
    for p in pred_n:
        for j, g in enumerate(gold_n):
            if j not in used and _matches(p, g, exact):
                used.add(j)
                matched += 1
                break
    return matched, len(pred_n), len(gold_n)


def _predicted(attributions: Sequence[Attribution]) -> dict[str, list[Span]]:
    return {
        "Source": sorted({a.source_span for a in attributions if a.source_span is not None}),
        "Cue": sorted({a.cue_span for a in attributions if a.cue_span is not None}),
        "Content": sorted({a.content_span for a in attributions}),
    }


Tally = dict[tuple[str, str], list[int]]


def _tally() -> Tally:
    return {(role, mode): [0, 0, 0] for role in ROLES for mode in ("exact", "overlap")}


def _add(tally: Tally, text: str, gold: dict[str, tuple[Span, ...]],
         predicted: Mapping[str, Sequence[Span]]) -> None:
    for role in ROLES:
        for mode in ("exact", "overlap"):
            counts = match_counts(text, gold[role], predicted[role], exact=mode == "exact")
            for k in range(3):
                tally[role, mode][k] += counts[k]


def _scores(tally: Tally) -> dict[str, Any]:
    return {role.lower(): {mode: _prf(*tally[role, mode]) for mode in ("exact", "overlap")}
            for role in ROLES}


def _agreement(shared: list[tuple[GoldArticle, dict[str, list[Span]]]]) -> dict[str, Any]:
    """Annotator against annotator (every ordered pair) and the system against each annotator,
    on the articles that several annotators marked."""
    humans, system = _tally(), _tally()
    annotators = 0
    for article, predicted in shared:
        everyone = (article.spans, *article.others)
        annotators = max(annotators, len(everyone))
        for i, gold in enumerate(everyone):
            _add(system, article.text, gold, predicted)
            for j, other in enumerate(everyone):
                if i != j:
                    _add(humans, article.text, gold, other)
    return {"articles": len(shared), "annotators": annotators,
            "humans": _scores(humans), "system": _scores(system)}


def _prf(matched: int, n_pred: int, n_gold: int) -> dict[str, float | int]:
    p = matched / n_pred if n_pred else 0.0
    r = matched / n_gold if n_gold else 0.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": p, "recall": r, "f1": f1, "matched": matched, "predicted": n_pred,
            "gold": n_gold}


def _docs(texts: list[str]) -> Iterator[Any]:
    from ..nlp import parse_many

    return (doc for doc, _ in parse_many(((text, None) for text in texts), batch_size=8))


def evaluate_polnear(path: Path, limit: int | None = None) -> dict[str, Any]:
    """Score `find_attributions` on a PolNeAR folder (the `dev` split, or a folder holding it)."""
    from ..claims import find_attributions

    articles = load_gold(Path(path), limit)
    totals = _tally()
    shared: list[tuple[GoldArticle, dict[str, list[Span]]]] = []
    started = time.perf_counter()
    claims_seconds = 0.0
    for article, doc in zip(articles, _docs([a.text for a in articles]), strict=True):
        t0 = time.perf_counter()
        predicted = _predicted(find_attributions(doc))
        claims_seconds += time.perf_counter() - t0
        _add(totals, article.text, article.spans, predicted)
        if article.others:
            shared.append((article, predicted))
    result: dict[str, Any] = {
        "articles": len(articles),
        "seconds": round(time.perf_counter() - started, 2),
        "claims_seconds": round(claims_seconds, 2),
    }
    result.update(_scores(totals))
    if shared:
        result["agreement"] = _agreement(shared)
    return result


def format_polnear(result: dict[str, Any]) -> str:
    """The scores as a table, one row per role and match mode."""
    from .common import format_table

    rows = []
    for role in ROLES:
        for mode in ("exact", "overlap"):
            s = result[role.lower()][mode]
            rows.append((role, mode, s["precision"], s["recall"], s["f1"], s["matched"],
                         s["predicted"], s["gold"]))
    table = format_table(("span", "match", "P", "R", "F1", "matched", "pred", "gold"), rows)
    text = (f"PolNeAR attribution: {result['articles']} articles, {result['seconds']} s "
            f"(claims stage {result['claims_seconds']} s)\n{table}")
    if "agreement" in result:
        text += "\n\n" + _format_agreement(result["agreement"])
    return text


def _format_agreement(agreement: dict[str, Any]) -> str:
    from .common import format_table

    rows = [(role, mode, agreement["humans"][role.lower()][mode]["f1"],
             agreement["system"][role.lower()][mode]["f1"])
            for role in ROLES for mode in ("exact", "overlap")]
    table = format_table(("span", "match", "F1 annotators", "F1 system"), rows)
    return (f"On the {agreement['articles']} articles with several annotators (up to "
            f"{agreement['annotators']}): each annotator scored against each other one, and the "
            f"system against each annotator\n{table}")
