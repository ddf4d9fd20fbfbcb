"""The statistical side of typing: a multinomial logistic regression over hashed word and lemma
uni- and bigrams of a sentence, trained by `python -m eventwire.events.train` on the project's
labelled sentences and shipped as `data/event_model.json`.

It never creates an event: the rules decide that a sentence describes one. The model scores the
codes of the sentence, and its calibrated probability for the code the rules chose enters the
event's confidence (so the report's main event ranks first).
"""

from __future__ import annotations

import base64
import functools
import json
import zlib
from dataclasses import dataclass
from importlib import resources
from typing import TYPE_CHECKING, Any

import numpy as np
import numpy.typing as npt

from ..errors import ModelError
from .lexicon import load_toml

if TYPE_CHECKING:
    from spacy.tokens import Span

MODEL_FILE = "event_model.json"
FORMAT_VERSION = 1
DEFAULT_DIM = 1 << 18
NONE_LABEL = "NONE"

FloatArray = npt.NDArray[np.float64]


@dataclass(frozen=True)
class CodeModel:
    """Weights of the code classifier (rows of the hashed feature space it has seen)."""

    dim: int
    labels: tuple[str, ...]
    temperature: float
    rows: dict[int, int]  # hashed feature → row of `weights`
    weights: FloatArray  # (n_rows, n_labels)
    bias: FloatArray  # (n_labels,)

    def probabilities(self, features: list[int]) -> FloatArray:
        logits = self.bias.copy()
        for f in features:
            row = self.rows.get(f)
            if row is not None:
                logits += self.weights[row]
        return softmax(logits / self.temperature)


def softmax(z: FloatArray) -> FloatArray:
    e = np.exp(z - z.max(axis=-1, keepdims=True))
    out: FloatArray = e / e.sum(axis=-1, keepdims=True)
    return out


def _hash(feature: str, dim: int) -> int:
    return zlib.crc32(feature.encode("utf-8")) % dim


def token_features(words: list[tuple[str, str]], dim: int = DEFAULT_DIM) -> list[int]:
    """Hashed features of (lower form, lemma) pairs: words, lemmas, lemma bigrams."""
    feats: list[str] = []
    lemmas: list[str] = []
    for low, lemma in words:
        if low.isdigit() or low.replace(",", "").replace(".", "").isdigit():
            low = lemma = "<num>"
        feats.append("w:" + low)
        if lemma != low:
            feats.append("l:" + lemma)
        lemmas.append(lemma)
    padded = ["<s>", *lemmas, "</s>"]
    feats.extend("b:" + a + "_" + b for a, b in zip(padded, padded[1:], strict=False))
    return [_hash(f, dim) for f in feats]


def sentence_words(sent: Span) -> list[tuple[str, str]]:
    return [(t.lower_, t.lemma_.lower()) for t in sent if not (t.is_space or t.is_punct)]


@functools.cache
def code_model() -> CodeModel | None:
    """The shipped model, loaded once; None when the package ships none (rules alone)."""
    path = resources.files("eventwire.events").joinpath("data").joinpath(MODEL_FILE)
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return None
    try:
        return model_from_json(json.loads(raw))
    except (ValueError, KeyError, TypeError) as exc:
        raise ModelError(f"events model {MODEL_FILE!r} is unusable: {exc}") from exc


def model_from_json(data: dict[str, Any]) -> CodeModel:
    if data.get("version") != FORMAT_VERSION:
        raise ValueError(f"format version {data.get('version')!r}, expected {FORMAT_VERSION}")
    labels = tuple(data["labels"])
    rows = np.frombuffer(base64.b64decode(data["rows"]), dtype="<i4")
    weights = np.frombuffer(base64.b64decode(data["weights"]), dtype="<f2").astype(np.float64)
    return CodeModel(
        dim=int(data["dim"]),
        labels=labels,
        temperature=float(data["temperature"]),
        rows={int(r): i for i, r in enumerate(rows)},
        weights=weights.reshape(len(rows), len(labels)),
        bias=np.asarray(data["bias"], dtype=np.float64),
    )


def model_to_json(model: CodeModel, meta: dict[str, Any]) -> dict[str, Any]:
    order = sorted(model.rows, key=lambda r: model.rows[r])
    return {
        "version": FORMAT_VERSION,
        "dim": model.dim,
        "labels": list(model.labels),
        "temperature": round(model.temperature, 4),
        "bias": [round(float(b), 5) for b in model.bias],
        "rows": base64.b64encode(np.asarray(order, dtype="<i4").tobytes()).decode("ascii"),
        "weights": base64.b64encode(model.weights.astype("<f2").tobytes()).decode("ascii"),
        "meta": meta,
    }


#: The model overrides a rule's code only for a generic attack word that nothing in the
#: sentence typed (source "default"), when it is this sure of another code and gives the rule's
#: code at most OVERRIDE_FLOOR. Measured on development report text, overriding typed triggers
#: (weapon, victim, explicit words) cost more than it gained, hence the values above 1.
OVERRIDE_MIN = {"explicit": 2.0, "weapon": 2.0, "anaphora": 2.0, "victim": 2.0, "doer": 2.0,
                "default": 0.7}
OVERRIDE_FLOOR = 0.1


@functools.cache
def override_codes() -> frozenset[str]:
    """The codes the model may give a generic attack word: the violent families of an attack."""
    return frozenset(load_toml("triggers.toml")["generic"]["override_codes"])


def choose_code(rule_code: str, source: str, probs: dict[str, float] | None) -> str:
    """The rule's code, unless the model is confident in another code of an attack's violent
    families (never a disaster, a protest or an arrest for a bare "attack")."""
    allowed = override_codes()
    candidates = [c for c in probs or () if c != NONE_LABEL and c in allowed]
    if probs is None or not candidates:
        return rule_code
    best = max(candidates, key=lambda c: probs[c])
    if best == rule_code or probs.get(rule_code, 0.0) > OVERRIDE_FLOOR:
        return rule_code
    return best if probs[best] >= OVERRIDE_MIN.get(source, 0.9) else rule_code


def score_codes(sent: Span) -> dict[str, float] | None:
    """Calibrated probability of each code (and "NONE") for the sentence; None without model."""
    model = code_model()
    if model is None:
        return None
    probs = model.probabilities(token_features(sentence_words(sent), model.dim))
    return {label: float(p) for label, p in zip(model.labels, probs, strict=True)}
