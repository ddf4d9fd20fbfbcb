"""The name of the crowd of a riot or a protest, set once the event's code is final.

A protest may be found violent after its actors were named ("Protesters gathered ... They
burned tyres and stoned the police"): ACLED names the crowd of a violent demonstration or of
mob violence "Rioters ({country})" and the crowd of a protest "Protesters ({country})", so the
crowd takes the name of the kind of event it made.
"""

from __future__ import annotations

from dataclasses import replace

from ..records import Actor, Event
from .actorlexicon import fill_template

#: Codes whose crowd is rioters, and those whose crowd is protesters.
RIOTS = frozenset({"VIOL_DEMONSTR", "MOB_VIOL"})
PROTESTS = frozenset({"PEACE_PROTEST", "PROTEST_WITH_INTER"})


def name_crowds(events: list[Event]) -> list[Event]:
    """Each event whose first actor is a crowd of the other kind, renamed."""
    return [_renamed(e) for e in events]


def _renamed(event: Event) -> Event:
    actor = event.actor1
    if actor is None:
        return event
    if event.code in RIOTS and actor.kind == "protesters":
        return replace(event, actor1=_crowd(actor, "Rioters ({country})", "rioters"))
    if event.code in PROTESTS and actor.kind == "rioters":
        return replace(event, actor1=_crowd(actor, "Protesters ({country})", "protesters"))
    return event


def _crowd(actor: Actor, template: str, kind: str) -> Actor:
    return replace(actor, name=fill_template(template, actor.country), kind=kind)
