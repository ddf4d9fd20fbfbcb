"""Paths and helpers the tests share (imported by name: `from support import ...`)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from eventwire.claims import find_attributions
from eventwire.nlp import get_nlp
from eventwire.records import Attribution

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"
SEEDS = SHARED / "seeds"
DATA = SHARED / "data"


def require(path: Path) -> Path:
    """Skip the test when a piece of ../shared is absent (e.g. a clone on its own)."""
    if not path.exists():
        pytest.skip(f"{path} is not available")
    return path


def eventwire_command() -> list[str]:
    script = Path(sys.executable).parent / "eventwire"
    return [str(script)] if script.exists() else [sys.executable, "-m", "eventwire"]


def attributions(text: str) -> list[Attribution]:
    """Attributions of `text`, each checked to quote its source and cue spans exactly."""
    found = find_attributions(get_nlp()(text))
    for att in found:
        assert_spans_quote(text, att)
    return found


def assert_spans_quote(text: str, att: Attribution) -> None:
    """`att`'s source and cue spans read exactly its source and cue in `text`."""
    if att.source_span is None:  # a statement with no source ("reportedly")
        assert att.source is None
    else:
        assert text[att.source_span[0] : att.source_span[1]] == att.source
    assert att.cue_span is not None
    assert text[att.cue_span[0] : att.cue_span[1]] == att.cue
    assert att.content_span[0] < att.content_span[1]


def content(text: str, att: Attribution) -> str:
    """The content span of `att` as text."""
    return text[att.content_span[0] : att.content_span[1]]


def only_cue(text: str, cue: str) -> Attribution:
    """The one attribution of `text` whose cue reads `cue`."""
    found = [a for a in attributions(text) if a.cue == cue]
    assert len(found) == 1, [(a.cue, a.source) for a in attributions(text)]
    return found[0]


def only(text: str) -> Attribution:
    """The one attribution of `text`."""
    found = attributions(text)
    assert len(found) == 1, [(a.source, a.cue, content(text, a)) for a in found]
    return found[0]


def by_cue(text: str, cue: str, unique: bool = False) -> Attribution:
    """The (first, or with `unique` the only) attribution of `text` whose cue reads `cue`."""
    found = [a for a in attributions(text) if a.cue == cue]
    listing = [(a.source, a.cue) for a in attributions(text)]
    assert (len(found) == 1) if unique else found, listing
    return found[0]
