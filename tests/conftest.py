"""Shared fixtures: paths to ../shared, a runner for the installed entry point."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest

from support import DATA, SEEDS, eventwire_command, require


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    return require(SEEDS)


@pytest.fixture(scope="session")
def data_dir() -> Path:
    return require(DATA)


@pytest.fixture
def run_cli(tmp_path: Path):  # type: ignore[no-untyped-def]
    """Run the installed `eventwire` command; returns the CompletedProcess."""

    def run(
        *args: str,
        stdin: str | None = None,
        env: dict[str, str] | None = None,
        cwd: Path | None = None,
    ) -> subprocess.CompletedProcess[str]:
        full_env = {
            **os.environ,
            "EVENTWIRE_CONFIG": str(tmp_path / "no-config.toml"),
            **(env or {}),
        }
        full_env.pop("EVENTWIRE_DB", None) if env is None or "EVENTWIRE_DB" not in env else None
        return subprocess.run(
            [*eventwire_command(), *args],
            input=stdin,
            capture_output=True,
            text=True,
            env=full_env,
            cwd=cwd or tmp_path,
            timeout=600,
        )

    return run
