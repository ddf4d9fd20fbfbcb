"""A country's capital is what its name means in the news: "Berlin" in a report about Russia
and Ukraine is Germany's capital, not a village of that name in the Urals that the report's
countries would otherwise favour, unless the text names the village's own region ("Berlin,
in the Chelyabinsk region"). Only a small namesake gives way (a twentieth of the capital's
population or less, matched by its own name or an alternate one: "Parizh" is "Paris" too):
"Tripoli" in a report about Lebanon stays Lebanon's city."""

from __future__ import annotations

import functools
from collections.abc import Collection, Sequence

from .gazetteer import MATCH_ALT, MATCH_NAME, Candidate, country_table
from .names import name_key

#: Matches of the name as written (its own or an alternate name), not a loose spelling.
EXACT = frozenset({MATCH_NAME, MATCH_ALT})
#: How many times the capital's population a namesake may have at most to give way.
NAMESAKE_SHARE = 0.05


@functools.cache
def capital_codes() -> dict[str, str]:
    """Name key of every country's capital → the country's ISO code (gazetteer package)."""
    return {name_key(str(c["capital"])): str(cc)
            for cc, c in country_table().items() if c.get("capital")}


@functools.cache
def capital_keys() -> frozenset[tuple[str, str]]:
    """(ISO code, name key) of every country's capital."""
    return frozenset((cc, key) for key, cc in capital_codes().items())


def is_capital(c: Candidate) -> bool:
    return c.feature == "city" and (c.country_code, name_key(c.name)) in capital_keys()


def capital_over_namesake(best: Candidate, candidates: Sequence[Candidate],
                          named_regions: Collection[tuple[str, str | None]]) -> Candidate:
    """The capital among the `candidates` instead of `best`, a small town of the same name
    whose region the text does not name; else `best`."""
    if best.feature != "city" or is_capital(best) \
            or (best.country_code, best.admin1_code) in named_regions:
        return best
    capitals = [c for c in candidates if is_capital(c) and c.match in EXACT
                and best.population <= NAMESAKE_SHARE * c.population]
    return max(capitals, key=lambda c: c.population) if capitals else best
