"""The shipped event model is exactly what the documented training command makes."""

from __future__ import annotations

from pathlib import Path

import pytest

from eventwire.events.train import main as train_main
from support import REPO

SHIPPED = REPO / "src" / "eventwire" / "events" / "data" / "event_model.json"


@pytest.mark.slow
def test_training_reproduces_the_shipped_model(tmp_path: Path) -> None:
    out = tmp_path / "model.json"
    assert train_main(["--data", str(REPO / "training" / "data"), "--out", str(out)]) == 0
    assert out.read_bytes() == SHIPPED.read_bytes(), (
        "event_model.json is stale: run `eventwire train` and commit the result with the data"
    )
