"""Region cues: organisations and operations whose reports concern particular regions of a
country ("OSCE SMM" reports name villages of Donetsk and Luhansk oblasts). Like demonyms and
country cues they are evidence for resolving the other names of a text, never places."""

from __future__ import annotations

import functools
import tomllib
from collections.abc import Sequence
from importlib import resources

from .names import name_key

Area = tuple[str, str | None]


@functools.cache
def _region_cues() -> dict[str, tuple[Area, ...]]:
    raw = tomllib.loads(resources.files("eventwire.places").joinpath(
        "data/lexicon.toml").read_text("utf-8"))
    out: dict[str, tuple[Area, ...]] = {}
    for entry in raw.get("region_cue", []):
        areas = tuple((str(entry["country"]), str(code)) for code in entry["admin1"])
        for name in entry["names"]:
            out[name_key(name)] = areas
    return out


@functools.cache
def _first_words() -> frozenset[str]:
    """The first words of the cues, lower-cased as typed ("osce", "smm")."""
    return frozenset(name.split()[0].lower() for name in _region_cues())


def cued_regions(texts: Sequence[str], capitals: Sequence[int] | None = None
                 ) -> frozenset[Area]:
    """The regions the region cues among the token texts point at (`capitals`: the indices
    of the capitalised words, when known)."""
    cues = _region_cues()
    firsts = _first_words()
    found: set[Area] = set()
    for i in range(len(texts)) if capitals is None else capitals:
        word = texts[i]
        if not word[:1].isupper() or word.lower() not in firsts:
            continue
        for n in (1, 2, 3):
            found.update(cues.get(name_key(" ".join(texts[i:i + n])), ()))
    return frozenset(found)
