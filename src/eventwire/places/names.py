"""Name normalisation shared by the gazetteer build and the lookup.

`name_key` is the exact lookup key (ASCII, lower case, no apostrophes or punctuation).
`skeleton_key` is a looser key that folds the usual transliteration differences between
Ukrainian, Russian and English spellings and strips the adjectival endings (-ske, -skoye, -sky,
-ka ...), so "Rodine" and "Rodynske" or "Pokrovsky" and "Pokrovsk" meet. The folding rules are
data (`data/translit.toml`).
"""

from __future__ import annotations

import functools
import re
import tomllib
from dataclasses import dataclass
from importlib import resources

from unidecode import unidecode

_APOSTROPHES = re.compile(r"['’‘`ʼʹ′\"]")
_NON_ALNUM = re.compile(r"[^a-z0-9]+")
_DOUBLED = re.compile(r"(.)\1+")


@dataclass(frozen=True)
class TranslitRules:
    """Ordered substring rewrites and the endings stripped for the skeleton key."""

    rewrites: tuple[tuple[str, str], ...]
    endings: tuple[str, ...]
    min_stem: int


@functools.cache
def translit_rules() -> TranslitRules:
    raw = tomllib.loads(
        resources.files("eventwire.places").joinpath("data/translit.toml").read_text("utf-8")
    )
    rewrites = tuple((str(a), str(b)) for a, b in raw["rewrites"]["pairs"])
    endings = tuple(sorted((str(e) for e in raw["endings"]["strip"]), key=len, reverse=True))
    return TranslitRules(rewrites, endings, int(raw["endings"]["min_stem"]))


@functools.lru_cache(maxsize=65536)
def name_key(name: str) -> str:
    """The exact lookup key of a name: ASCII, lower case, punctuation folded to single spaces."""
    ascii_name = unidecode(_APOSTROPHES.sub("", name)).lower()
    return _NON_ALNUM.sub(" ", ascii_name).strip()


@functools.lru_cache(maxsize=65536)
def skeleton_key(name: str) -> str:
    """A loose key folding transliteration variants and adjectival endings ("" if too short)."""
    key = name_key(name).replace(" ", "")
    rules = translit_rules()
    for old, new in rules.rewrites:
        key = key.replace(old, new)
    key = _DOUBLED.sub(r"\1", key)  # doubled letters: Odessa / Odesa
    if key.endswith(rules.endings):  # one test for all, then the longest that leaves a stem
        for ending in rules.endings:
            if key.endswith(ending) and len(key) - len(ending) >= rules.min_stem:
                key = key[: -len(ending)]
                break
    return key if len(key) >= rules.min_stem else ""
