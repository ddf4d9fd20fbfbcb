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


@functools.cache
def nation_acronyms() -> Mapping[str, str]:
    """Countries' acronyms matched as written ("US", "UK", "DRC") → ISO code: "us" is a
    pronoun, so they are no entries of `nation_codes`."""
    from .events.lexicon import load_toml

    data = load_toml("actors.toml")["nation_acronyms"]
    return MappingProxyType({str(k): str(v) for k, v in data.items()})


#: English endings that make a people's adjective of a country's name ("Malaysia" →
#: "Malaysian", "Vietnam" → "Vietnamese", "Egypt" → "Egyptian", "Pakistan" → "Pakistani",
#: "Belgium" → "Belgian"), tried on the name and on the name less its last one or two letters.
_ENDINGS = ("n", "an", "ian", "ese", "i", "ish")


@functools.cache
def derived_demonyms() -> Mapping[str, str]:
    """Lower-cased adjectives formed from one-word country names by the regular endings, for
    the many countries the lexicon lists no demonym of; the lexicon's own come first. Only
    forms of five letters or more (short ones are English words: "chin", "oman")."""
    codes = dict(nation_codes())
    for name, code in [*nation_codes().items(), *_gazetteer_countries().items()]:
        if " " in name or not name.isalpha():
            continue
        for stem in (name, name[:-1], name[:-2]):
            for ending in _ENDINGS:
                form = stem + ending
                if len(form) >= 5:
                    codes.setdefault(form, code)
    return MappingProxyType(codes)


def _gazetteer_countries() -> dict[str, str]:
    """Lower-cased country name → ISO code, from the gazetteer package's country table."""
    from .places.gazetteer import country_table

    return {str(c["name"]).lower(): str(cc) for cc, c in country_table().items()}
