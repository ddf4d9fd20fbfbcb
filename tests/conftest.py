"""Shared fixtures: paths to ../shared, the installed entry point, a CLI runner."""

from __future__ import annotations

import os
import subprocess
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


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    return require(SEEDS)


@pytest.fixture(scope="session")
def data_dir() -> Path:
    return require(DATA)


def eventwire_command() -> list[str]:
    script = Path(sys.executable).parent / "eventwire"
    return [str(script)] if script.exists() else [sys.executable, "-m", "eventwire"]


@pytest.fixture
def run_cli(tmp_path: Path):  # type: ignore[no-untyped-def]
    """Run the installed `eventwire` command; returns the CompletedProcess."""

    def run(*args: str, stdin: str | None = None, env: dict[str, str] | None = None,
            cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
        full_env = {**os.environ, "EVENTWIRE_CONFIG": str(tmp_path / "no-config.toml"), **(env or {})}
        full_env.pop("EVENTWIRE_DB", None) if env is None or "EVENTWIRE_DB" not in env else None
        return subprocess.run(
            [*eventwire_command(), *args], input=stdin, capture_output=True, text=True,
            env=full_env, cwd=cwd or tmp_path, timeout=600,
        )

    return run
