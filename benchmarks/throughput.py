"""Throughput of the full pipeline against bare spaCy on the same real articles, in one run.

    python benchmarks/throughput.py [TEXT_DIR] [--repeat N]

TEXT_DIR defaults to ../shared/data/polnear-dev/dev/text (real news articles); any folder of
.txt files works. Prints articles/s for bare `nlp.pipe` of the stock model, for eventwire's nlp
stage alone (the same model with line breaks as sentence ends and its two rule components run
by table-driven stand-ins, see eventwire/nlp.py and annotators.py), for the full pipeline, the
full/bare ratio, the
share of time each stage after spaCy takes, and the peak RSS of the process. The two are timed
in turn `--rounds` times (default 2) and each keeps its best round, as timeit does: the
slower rounds measure what else the machine was doing.
"""

from __future__ import annotations

import argparse
import resource
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
DEFAULT_TEXTS = REPO.parent / "shared" / "data" / "polnear-dev" / "dev" / "text"


def load_texts(folder: Path) -> list[str]:
    texts = [p.read_text("utf-8") for p in sorted(folder.glob("*.txt"))]
    if not texts:
        sys.exit(f"no .txt files in {folder}")
    return texts


def timed(func: Callable[[], Any]) -> float:
    start = time.perf_counter()
    func()
    return time.perf_counter() - start


def stage_times(docs: list[Any]) -> dict[str, float]:
    """Seconds spent in each stage after spaCy, over already-parsed docs."""
    from eventwire.claims import find_attributions
    from eventwire.dates import find_times
    from eventwire.events import find_events
    from eventwire.places import find_places
    from eventwire.records import Article, DocumentContext

    totals = {"places": 0.0, "dates": 0.0, "claims": 0.0, "events": 0.0}
    for doc in docs:
        t0 = time.perf_counter()
        places = tuple(find_places(doc))
        t1 = time.perf_counter()
        times = tuple(find_times(doc, "2016-10-01"))
        t2 = time.perf_counter()
        attributions = tuple(find_attributions(doc))
        t3 = time.perf_counter()
        context = DocumentContext(
            Article("b", doc.text, published="2016-10-01"), places, times, attributions
        )
        find_events(doc, context)
        t4 = time.perf_counter()
        for key, seconds in zip(totals, (t1 - t0, t2 - t1, t3 - t2, t4 - t3), strict=True):
            totals[key] += seconds
    return totals


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", nargs="?", type=Path, default=DEFAULT_TEXTS)
    parser.add_argument("--repeat", type=int, default=1)
    parser.add_argument("--rounds", type=int, default=2)
    args = parser.parse_args()

    import spacy

    from eventwire.nlp import MODEL_NAME, get_nlp, parse_many
    from eventwire.pipeline import extract_many
    from eventwire.places import get_gazetteer
    from eventwire.records import Article

    texts = load_texts(args.folder) * args.repeat
    get_nlp()
    nlp = spacy.load(MODEL_NAME)  # the stock model, as shipped: the baseline
    get_gazetteer()
    list(extract_many([Article("warm", texts[0], published="2016-10-01")]))  # load lexicons
    articles = [Article(f"a{i}", t, published="2016-10-01") for i, t in enumerate(texts)]

    bare, stage, full = float("inf"), float("inf"), float("inf")
    pairs = [(text, None) for text in texts]
    for _ in range(max(args.rounds, 1)):
        bare = min(bare, timed(lambda: list(nlp.pipe(texts, batch_size=16))))
        stage = min(stage, timed(lambda: list(parse_many(pairs, batch_size=16))))
        full = min(full, timed(lambda: list(extract_many(articles))))
    docs = list(nlp.pipe(texts, batch_size=16))
    stages = stage_times(docs)
    n = len(texts)
    words = sum(len(t.split()) for t in texts)
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"articles: {n} ({words / n:.0f} words on average) from {args.folder}")
    print(f"bare spaCy nlp.pipe : {n / bare:7.2f} articles/s")
    print(f"eventwire nlp stage : {n / stage:7.2f} articles/s (the model, line breaks, stand-ins)")
    print(f"full pipeline       : {n / full:7.2f} articles/s (one process, one core)")
    print(f"ratio full / bare   : {bare / full:7.3f}")
    for stage, seconds in stages.items():
        print(f"  {stage:<8} {seconds / full * 100:5.1f}% of pipeline time")
    print(f"claims cost          : {stages['claims'] / full * 100:5.1f}% of pipeline time")
    print(f"peak RSS            : {peak_mb:7.0f} MB")


if __name__ == "__main__":
    main()
