"""The claims stage works on the existing parse and costs a fraction of it."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from eventwire.claims import find_attributions
from eventwire.nlp import get_nlp


def _median_seconds(action: Callable[[], object], repeat: int = 3) -> float:
    runs = []
    for _ in range(repeat):
        started = time.perf_counter()
        action()
        runs.append(time.perf_counter() - started)
    return statistics.median(runs)


def test_attribution_is_cheap_next_to_the_parse(seeds_dir: Path) -> None:
    path = seeds_dir / "saratov-engels-strikes.txt"
    if not path.exists():
        pytest.skip(f"{path} is not available")
    text = path.read_text(encoding="utf-8") * 3
    nlp = get_nlp()
    doc = nlp(text)
    find_attributions(doc)  # lexicon loaded once, outside the timing
    parse = _median_seconds(lambda: nlp(text))
    claims = _median_seconds(lambda: find_attributions(doc))
    # the budget is 20% of pipeline time; the parse alone is a lower bound of that time
    assert claims < 0.2 * parse, (claims, parse)
