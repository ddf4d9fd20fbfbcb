"""The claims stage works on the existing parse and costs a fraction of it."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

import pytest

from eventwire.claims import find_attributions
from eventwire.nlp import get_nlp


def _seconds(action: Callable[[], object]) -> float:
    started = time.perf_counter()
    action()
    return time.perf_counter() - started


def _best_seconds(first: Callable[[], object], second: Callable[[], object],
                  repeat: int = 5) -> tuple[float, float]:
    """Each action's fastest run, the two timed in turn so that a busy machine slows both."""
    runs = [(_seconds(first), _seconds(second)) for _ in range(repeat)]
    return min(r[0] for r in runs), min(r[1] for r in runs)


def test_attribution_is_cheap_next_to_the_parse(seeds_dir: Path) -> None:
    path = seeds_dir / "saratov-engels-strikes.txt"
    if not path.exists():
        pytest.skip(f"{path} is not available")
    text = path.read_text(encoding="utf-8") * 3
    nlp = get_nlp()
    doc = nlp(text)
    find_attributions(doc)  # lexicon loaded once, outside the timing
    parse, claims = _best_seconds(lambda: nlp(text), lambda: find_attributions(doc))
    # the budget is 20% of pipeline time; the parse alone is a lower bound of that time
    assert claims < 0.2 * parse, (claims, parse)
