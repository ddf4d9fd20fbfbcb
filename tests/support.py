"""Paths and helpers the tests share (imported by name: `from support import ...`)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

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
