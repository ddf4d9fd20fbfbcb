"""The country of parties named by a role alone ("one person", "gunmen", "residents"): the
report gives them none, so they were named after the country in context when the event was
assembled, often the attacker's ("U.S. forces struck ... The strikes killed one person"). Once
the event's places are known, such a party belongs to the country where the event happened,
as ACLED names civilians and unidentified groups by the location's country."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from ..nations import nation_codes
from .actorlexicon import ActorMention, country_of_text, fill_template
from .placing import country_of_places

if TYPE_CHECKING:
    from ..records import Place

#: Kinds of parties named by a role and a country in brackets.
ROLE_KINDS = frozenset({"civilians", "militia"})
#: A state's government named by a role with no country given ("Defense Minister X blamed
#: ..."): the role's name alone, and the name it takes with the country. (A force of no
#: country is left alone: "the Azov brigade" struck a place abroad.)
STATE_ROLES = {"Government": "Government of {country}"}


def at_home(mention: ActorMention | None, places: list[Place]) -> ActorMention | None:
    """`mention` renamed after the country of `places`, when it is named by a role alone."""
    if mention is None:
        return None
    actor = mention.actor
    if actor.kind not in ROLE_KINDS or not actor.name.endswith(")") or " (" not in actor.name:
        return mention
    here = country_of_places(places)
    if here is None or here == actor.country or _names_a_nation(actor.text):
        return mention
    return _renamed(mention, actor.name.rsplit(" (", 1)[0] + " ({country})", here)


def _names_a_nation(text: str) -> bool:
    """Does the party's own text name its nation ("two Palestinians", "Malian gunmen")?"""
    words = text.lower().replace("'s", " ").split()
    return any(country_of_text(w) or country_of_text(w.removesuffix("s")) or w in nation_codes()
               for w in words) or text.lower() in nation_codes()


def state_at_home(mention: ActorMention | None, places: list[Place],
                  country: str | None = None) -> ActorMention | None:
    """A state's body named with no country ("Government": the minister's country is not in
    the report's words) is the state of the country where the event happened, or of the
    report's `country` when the event has no place."""
    if mention is None or mention.actor.country is not None \
            or mention.actor.name not in STATE_ROLES:
        return mention
    here = country_of_places(places) or country
    if here is None:
        return mention
    return _renamed(mention, STATE_ROLES[mention.actor.name], here)


#: Codes whose first party acts where the event is: who intercepts a drone is the state
#: whose air defences are there ("air defences destroyed 23 drones over the region").
DEFENDED_CODES = frozenset({"DISR_WEAP"})
#: The forces a state defends itself with, named by role ("air defences", "the military").
DEFENDING = ("Military Forces of ", "Police Forces of ")


def defender_at_home(mention: ActorMention | None, places: list[Place],
                     code: str) -> ActorMention | None:
    """The state force of a disrupted weapon use named by a role alone is the state where the
    weapon was brought down, not the country the report is mostly about."""
    if mention is None or code not in DEFENDED_CODES or mention.actor.kind != "state" \
            or not mention.actor.name.startswith(DEFENDING) or _names_a_nation(mention.actor.text):
        return mention
    here = country_of_places(places)
    if here is None or here == mention.actor.country:
        return mention
    role = next(r for r in DEFENDING if mention.actor.name.startswith(r))
    return _renamed(mention, role + "{country}", here)


def _renamed(mention: ActorMention, template: str, country: str) -> ActorMention:
    """`mention` as the party of `template` for `country`."""
    name = fill_template(template, country)
    return ActorMention(replace(mention.actor, name=name, country=country), mention.span)
