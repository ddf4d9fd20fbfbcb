"""Places an outlet's name or web address names, as context for the places of its reports."""

from __future__ import annotations

from .gazetteer import Candidate, Gazetteer
from .names import name_key

#: Country-code top-level domains that differ from the ISO code.
_TLD_COUNTRY = {"uk": "GB"}
#: Generic parts of outlet names and hosts, never read as places.
_OUTLET_WORDS = frozenset({"www", "news", "the", "daily", "times", "post", "herald", "online",
                           "local", "today", "tribune", "gazette", "journal", "press", "com",
                           "net", "org", "info"})


def outlet_places(gaz: Gazetteer, outlet: str) -> list[Candidate]:
    """Places an outlet's name or web address names: local outlets are named after their town
    ("The Columbus Dispatch", "Saratov 24", "kentucky.com"), and a country-code domain names a
    country. Run-together host names are not split: guessing the town there misleads."""
    text = outlet.strip().lower()
    text = text.split("://", 1)[-1].split("/", 1)[0] if "." in text and " " not in text else text
    found: list[Candidate] = []
    labels = text.split(".") if " " not in text else []
    if len(labels) >= 2 and len(labels[-1]) == 2:
        country = gaz.countries().get(_TLD_COUNTRY.get(labels[-1], labels[-1].upper()))
        if country is not None:
            found.append(country)
    words = [w for w in name_key(labels[-2] if len(labels) >= 2 else text).split()
             if w not in _OUTLET_WORDS]
    for word in words:
        big = [c for c in gaz.lookup(word) if c.feature in {"region", "country"}
               or c.population >= 100_000]
        if big:
            found.append(max(big, key=lambda c: c.population))
    return found
