"""Train the code classifier shipped as `events/data/event_model.json`.

    python -m eventwire.events.train [--data training/data] [--out PATH] [--epochs N]

Reads every `*.jsonl` under the data folder (lines {"text", "code", "modality"}; code is one of
the 30 codes or "NONE"), featurises each text with the project's spaCy model (words, lemmas,
lemma bigrams, hashed), fits a multinomial logistic regression with numpy (full-batch Adam, L2,
zero initialisation: the same data gives the same weights), fits a softmax temperature on a
held-out fifth (chosen by a hash of the text), then refits on everything and writes the model.
"""

from __future__ import annotations

import argparse
import json
import sys
import zlib
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import numpy.typing as npt

from ..errors import EventwireError, InputError
from ..records import EVENT_CODES
from .classify import (
    DEFAULT_DIM,
    MODEL_FILE,
    NONE_LABEL,
    CodeModel,
    FloatArray,
    model_to_json,
    softmax,
    token_features,
)

LABELS: tuple[str, ...] = (*EVENT_CODES, NONE_LABEL)
MODALITIES = frozenset({"occurred", "planned", "hypothetical"})
REPO_ROOT = Path(__file__).resolve().parents[3]
DEFAULT_DATA = REPO_ROOT / "training" / "data"
DEFAULT_OUT = Path(__file__).resolve().parent / "data" / MODEL_FILE
TEMPERATURES = tuple(round(0.5 + 0.1 * i, 2) for i in range(36))

IntArray = npt.NDArray[np.int64]


@dataclass(frozen=True)
class Example:
    text: str
    code: str
    modality: str


@dataclass(frozen=True)
class Matrix:
    """Sparse design matrix: sample i has features cols[offsets[i]:offsets[i+1]]."""

    cols: IntArray
    offsets: IntArray
    y: IntArray

    @property
    def n(self) -> int:
        return len(self.y)


def read_examples(folder: Path) -> list[Example]:
    """Every well-formed labelled line under `folder`; a malformed line is an InputError."""
    if not folder.is_dir():
        raise EventwireError(f"{folder}: no training data folder")
    out: list[Example] = []
    for path in sorted(folder.glob("*.jsonl")):
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if line.strip():
                out.append(_parse_line(line, f"{path.name}:{n}"))
    if not out:
        raise EventwireError(f"{folder}: no labelled lines in *.jsonl")
    return out


def _parse_line(line: str, origin: str) -> Example:
    try:
        raw = json.loads(line)
    except json.JSONDecodeError as exc:
        raise InputError(origin, f"not JSON ({exc.msg})") from exc
    if not isinstance(raw, dict) or not isinstance(raw.get("text"), str):
        raise InputError(origin, "expected an object with a 'text' string")
    code, modality = raw.get("code"), raw.get("modality", "occurred")
    if code not in LABELS:
        raise InputError(origin, f"unknown code {code!r}")
    if modality not in MODALITIES:
        raise InputError(origin, f"unknown modality {modality!r}")
    return Example(raw["text"], str(code), str(modality))


def featurise(examples: Sequence[Example], dim: int) -> list[list[int]]:
    """Hashed features of each text, with the lemmas of the project's spaCy model."""
    from ..nlp import get_nlp

    nlp = get_nlp()
    texts = (e.text for e in examples)
    out: list[list[int]] = []
    for doc in nlp.pipe(texts, batch_size=64, disable=["parser", "ner"]):
        words = [(t.lower_, t.lemma_.lower()) for t in doc if not (t.is_space or t.is_punct)]
        out.append(token_features(words, dim))
    return out


def build_matrix(
    feats: Sequence[list[int]], labels: Sequence[str], vocab: dict[int, int]
) -> Matrix:
    cols: list[int] = []
    offsets = [0]
    for row in feats:
        cols.extend(vocab[f] for f in row if f in vocab)
        offsets.append(len(cols))
    y = np.asarray([LABELS.index(lab) for lab in labels], dtype=np.int64)
    return Matrix(np.asarray(cols, dtype=np.int64), np.asarray(offsets, dtype=np.int64), y)


def logits(m: Matrix, w: FloatArray, b: FloatArray) -> FloatArray:
    out = np.zeros((m.n, w.shape[1])) + b
    lengths = np.diff(m.offsets)
    nonempty = lengths > 0
    if m.cols.size:
        sums = np.add.reduceat(w[m.cols], m.offsets[:-1][nonempty], axis=0)
        out[nonempty] += sums
    return out


def fit(
    m: Matrix, n_feats: int, epochs: int, l2: float = 1e-4, lr: float = 0.05
) -> tuple[FloatArray, FloatArray]:
    """Full-batch Adam on the mean cross-entropy plus L2 (deterministic)."""
    k = len(LABELS)
    w = np.zeros((n_feats, k))
    b = np.zeros(k)
    onehot = np.eye(k)[m.y]
    rows = np.repeat(np.arange(m.n), np.diff(m.offsets))
    state = [np.zeros_like(w), np.zeros_like(w), np.zeros_like(b), np.zeros_like(b)]
    for step in range(1, epochs + 1):
        g = (softmax(logits(m, w, b)) - onehot) / m.n
        gw = np.zeros_like(w)
        np.add.at(gw, m.cols, g[rows])
        gw += l2 * w
        gb = g.sum(axis=0)
        w = _adam(w, gw, state, 0, step, lr)
        b = _adam(b, gb, state, 2, step, lr)
    return w, b


def _adam(
    p: FloatArray, g: FloatArray, state: list[FloatArray], at: int, step: int, lr: float
) -> FloatArray:
    b1, b2, eps = 0.9, 0.999, 1e-8
    state[at] = b1 * state[at] + (1 - b1) * g
    state[at + 1] = b2 * state[at + 1] + (1 - b2) * g * g
    m_hat = state[at] / (1 - b1**step)
    v_hat = state[at + 1] / (1 - b2**step)
    out: FloatArray = p - lr * m_hat / (np.sqrt(v_hat) + eps)
    return out


def fit_temperature(z: FloatArray, y: IntArray) -> float:
    """The softmax temperature with the lowest held-out negative log-likelihood."""
    best_t, best_nll = 1.0, float("inf")
    for t in TEMPERATURES:
        p = softmax(z / t)
        nll = float(-np.log(p[np.arange(len(y)), y] + 1e-12).mean())
        if nll < best_nll:
            best_t, best_nll = t, nll
    return best_t


def is_held_out(text: str) -> bool:
    return zlib.crc32(text.encode("utf-8")) % 5 == 0


def train(
    examples: Sequence[Example], dim: int = DEFAULT_DIM, epochs: int = 150
) -> tuple[CodeModel, dict[str, object]]:
    feats = featurise(examples, dim)
    labels = [e.code for e in examples]
    held = [is_held_out(e.text) for e in examples]
    train_idx = [i for i, h in enumerate(held) if not h]
    dev_idx = [i for i, h in enumerate(held) if h]
    meta: dict[str, object] = {"examples": len(examples), "counts": dict(Counter(labels))}
    temperature = 1.0
    if dev_idx and train_idx:
        vocab = _vocab(feats[i] for i in train_idx)
        m_train = build_matrix([feats[i] for i in train_idx], [labels[i] for i in train_idx],
                               vocab)
        m_dev = build_matrix([feats[i] for i in dev_idx], [labels[i] for i in dev_idx], vocab)
        w, b = fit(m_train, len(vocab), epochs)
        z = logits(m_dev, w, b)
        temperature = fit_temperature(z, m_dev.y)
        p = softmax(z / temperature)
        meta["held_out"] = len(dev_idx)
        meta["held_out_accuracy"] = round(float((p.argmax(axis=1) == m_dev.y).mean()), 4)
        meta["held_out_ece"] = round(expected_calibration_error(p, m_dev.y), 4)
    vocab = _vocab(feats)
    m_all = build_matrix(feats, labels, vocab)
    w, b = fit(m_all, len(vocab), epochs)
    meta["temperature"] = temperature
    meta["epochs"] = epochs
    model = CodeModel(dim, LABELS, temperature, dict(vocab), w, b)
    return model, meta


def _vocab(rows: Iterable[list[int]]) -> dict[int, int]:
    """Hashed feature → row of the weight matrix, in order of first appearance."""
    seen: dict[int, int] = {}
    for row in rows:
        for f in row:
            if f not in seen:
                seen[f] = len(seen)
    return seen


def expected_calibration_error(p: FloatArray, y: IntArray, bins: int = 10) -> float:
    conf = p.max(axis=1)
    correct = p.argmax(axis=1) == y
    total = 0.0
    for lo in np.linspace(0, 1, bins, endpoint=False):
        mask = (conf > lo) & (conf <= lo + 1 / bins)
        if mask.any():
            total += abs(float(conf[mask].mean()) - float(correct[mask].mean())) * mask.mean()
    return float(total)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m eventwire.events.train",
                                     description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    parser.add_argument("--epochs", type=int, default=150)
    args = parser.parse_args(argv)
    try:
        examples = read_examples(args.data)
        model, meta = train(examples, epochs=args.epochs)
    except EventwireError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return exc.exit_code
    args.out.write_text(json.dumps(model_to_json(model, meta), sort_keys=True) + "\n",
                        encoding="utf-8")
    summary = {k: v for k, v in meta.items() if k != "counts"}
    print(json.dumps(summary, sort_keys=True))
    print(f"wrote {args.out} ({args.out.stat().st_size // 1024} KiB)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
