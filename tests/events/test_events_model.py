"""The trainer and the shipped classifier, and the consistency of the lexicon files."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from eventwire.errors import InputError
from eventwire.events import train
from eventwire.events.classify import (
    NONE_LABEL,
    choose_code,
    code_model,
    model_from_json,
    model_to_json,
    token_features,
)
from eventwire.events.lexicon import load_toml
from eventwire.records import EVENT_CODES

LINES = [
    {"text": "Protesters gathered outside parliament demanding higher wages.",
     "code": "PEACE_PROTEST", "modality": "occurred"},
    {"text": "Hundreds of workers protested in the capital against job cuts.",
     "code": "PEACE_PROTEST", "modality": "occurred"},
    {"text": "Artillery shelled the village overnight, damaging houses.",
     "code": "ART_MISS_ATTACK", "modality": "occurred"},
    {"text": "Forces fired mortars at positions near the town.",
     "code": "ART_MISS_ATTACK", "modality": "occurred"},
    {"text": "The ministry published its annual budget report.", "code": "NONE",
     "modality": "occurred"},
    {"text": "The council discussed a new road project.", "code": "NONE",
     "modality": "occurred"},
]


def _write(folder: Path, lines: list[dict[str, str]]) -> Path:
    folder.mkdir()
    (folder / "a.jsonl").write_text("\n".join(json.dumps(x) for x in lines) + "\n",
                                    encoding="utf-8")
    return folder


def test_train_writes_a_usable_deterministic_model(tmp_path: Path) -> None:
    data = _write(tmp_path / "data", LINES * 3)
    out1, out2 = tmp_path / "m1.json", tmp_path / "m2.json"
    assert train.main(["--data", str(data), "--out", str(out1), "--epochs", "40"]) == 0
    assert train.main(["--data", str(data), "--out", str(out2), "--epochs", "40"]) == 0
    assert out1.read_bytes() == out2.read_bytes()
    model = model_from_json(json.loads(out1.read_text(encoding="utf-8")))
    assert model.labels[-1] == NONE_LABEL and set(model.labels[:-1]) == set(EVENT_CODES)
    words = [("protester", "protester"), ("demand", "demand"), ("wage", "wage")]
    p = model.probabilities(token_features(words, model.dim))
    assert p.sum() == pytest.approx(1.0)
    assert model.labels[int(p.argmax())] == "PEACE_PROTEST"
    again = model_from_json(model_to_json(model, {}))
    assert np.allclose(again.probabilities(token_features(words, model.dim)), p)


def test_malformed_training_line_is_reported(tmp_path: Path) -> None:
    data = _write(tmp_path / "data", [{"text": "x", "code": "NOT_A_CODE"}])
    with pytest.raises(InputError, match="unknown code"):
        train.read_examples(data)
    assert train.main(["--data", str(data), "--out", str(tmp_path / "m.json")]) == 1


def test_shipped_model_loads_and_scores() -> None:
    model = code_model()
    if model is None:
        pytest.skip("no model shipped")
    assert 0.3 <= model.temperature <= 5.0
    words = [("shelled", "shell"), ("artillery", "artillery"), ("village", "village")]
    p = model.probabilities(token_features(words, model.dim))
    assert p.sum() == pytest.approx(1.0)


def test_model_overrides_only_an_untyped_generic_word() -> None:
    probs = {c: 0.0 for c in EVENT_CODES} | {"ARMED_CLASH": 0.95, NONE_LABEL: 0.05}
    assert choose_code("ATTACK", "default", probs) == "ARMED_CLASH"
    assert choose_code("ATTACK", "explicit", probs) == "ATTACK"
    assert choose_code("ATTACK", "default", None) == "ATTACK"


def test_lexicons_name_only_known_codes() -> None:
    triggers = load_toml("triggers.toml")
    known = set(EVENT_CODES)
    assert set(triggers["codes"]) <= known
    assert set(triggers["weapons"]) <= known
    assert set(triggers["generic"]["default"].values()) <= known
    for rule in triggers["absorb"]:
        assert set(rule["keep"]) | set(rule["drop"]) <= known
    for rule in triggers["upgrade"]:
        sources = [rule["from"]] if isinstance(rule["from"], str) else rule["from"]
        assert {*sources, rule["to"]} <= known
    assert set(load_toml("codes.toml")) == known
    categories = set(load_toml("targets.toml")["categories"])
    assert {"energy", "industrial", "military", "transport", "residential"} <= categories
