"""The ingest stage: inputs (files, folders, JSONL, stdin) → normalised `Article`s."""

from __future__ import annotations

from .readers import MAX_INPUT_BYTES, iter_articles, normalise_text

__all__ = ["MAX_INPUT_BYTES", "iter_articles", "normalise_text"]
