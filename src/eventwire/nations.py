"""Country names and nationality adjectives, read from the actor lexicon of the events stage
(`events/data/actors.toml`), for any stage that needs to tell "Israeli" and "Israel" are one."""

from __future__ import annotations

import functools
from collections.abc import Mapping
from types import MappingProxyType


@functools.cache
def nation_codes() -> Mapping[str, str]:
    """Lower-cased demonyms and country names ("israeli", "israel", "saudi arabia") → ISO
    code."""
    from .events.lexicon import load_toml

    data = load_toml("actors.toml")
    codes = {str(k).lower(): str(v) for k, v in data["demonyms"].items()}
    for code, name in data["countries"].items():
        codes.setdefault(str(name).lower(), str(code))
    return MappingProxyType(codes)
