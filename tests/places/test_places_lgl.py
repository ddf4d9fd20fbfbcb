"""LGL geoparsing evaluation: a smoke run on the first articles (skipped without ../shared)."""

from __future__ import annotations

from pathlib import Path

import pytest

from eventwire.errors import EvaluationError
from eventwire.evaluate.lgl import evaluate_lgl, format_lgl, read_lgl
from support import DATA, require


def test_lgl_smoke() -> None:
    path = require(DATA / "lgl-dev" / "lgl.xml")
    result = evaluate_lgl(path, limit=40)
    assert result["articles"] == 40
    assert result["gold_toponyms"] > 100
    assert result["recall"] > 0.5 and result["precision"] > 0.6
    assert result["accuracy_161km"] > 0.6
    assert 0.0 < result["gazetteer_coverage"] <= 1.0
    table = format_lgl(result)
    assert "accuracy within 161 km" in table and "recall" in table


def test_lgl_reader_rejects_bad_files(tmp_path: Path) -> None:
    bad = tmp_path / "lgl.xml"
    bad.write_text("<articles><article>", encoding="utf-8")
    with pytest.raises(EvaluationError):
        read_lgl(bad)
    empty = tmp_path / "empty.xml"
    empty.write_text("<articles></articles>", encoding="utf-8")
    with pytest.raises(EvaluationError):
        read_lgl(empty)
