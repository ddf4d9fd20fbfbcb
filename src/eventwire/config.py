"""Settings, resolved in this order (later wins): defaults < config file < environment < flags.

Config file: `$EVENTWIRE_CONFIG`, else `~/.config/eventwire/config.toml` when it exists:

    db = "/data/conflict/ledger.db"          # or "postgresql://user@host/dbname"
    cache_dir = "/var/cache/eventwire"       # where the gazetteer index is built

Environment: `EVENTWIRE_DB`, `EVENTWIRE_CACHE`.
"""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass, replace
from pathlib import Path

from .errors import ConfigError

#: The ledger lives in the working directory unless told otherwise, like sqlite-utils' files:
#: analysts keep one ledger per project folder.
DEFAULT_DB = "eventwire.db"


@dataclass(frozen=True)
class Settings:
    db: str = DEFAULT_DB
    cache_dir: Path = Path.home() / ".cache" / "eventwire"


def config_path() -> Path:
    explicit = os.environ.get("EVENTWIRE_CONFIG")
    return Path(explicit) if explicit else Path.home() / ".config" / "eventwire" / "config.toml"


def load_settings(db: str | None = None) -> Settings:
    """The settings in force, with `db` (a --db flag) overriding everything."""
    settings = Settings()
    path = config_path()
    if path.is_file():
        try:
            data = tomllib.loads(path.read_text("utf-8"))
        except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
            raise ConfigError(f"{path}: not a valid TOML config file ({exc})") from exc
        if "db" in data:
            settings = replace(settings, db=str(data["db"]))
        if "cache_dir" in data:
            settings = replace(settings, cache_dir=Path(str(data["cache_dir"])).expanduser())
    if os.environ.get("EVENTWIRE_DB"):
        settings = replace(settings, db=os.environ["EVENTWIRE_DB"])
    if os.environ.get("EVENTWIRE_CACHE"):
        settings = replace(settings, cache_dir=Path(os.environ["EVENTWIRE_CACHE"]).expanduser())
    if db:
        settings = replace(settings, db=db)
    return settings
