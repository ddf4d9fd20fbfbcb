"""Which strike an interception belongs to: the one told in its own sentence ("militants fired
two rockets, one of which was intercepted"), else the strike just before it."""

from __future__ import annotations

from test_events_document import events


def test_an_interception_belongs_to_the_strike_of_its_own_sentence() -> None:
    text = ("Air strikes killed nine people in Khan Younis on Sunday, medics said. The army "
            "said militants had fired three rockets toward Ashkelon, two of which were "
            "intercepted.")
    found = events(text, published="2025-11-23")
    strikes = [e for e in found if e.code == "AIR_STRIKE"]
    assert strikes and all(not e.quantities for e in strikes)
    rockets = next(e for e in found if e.code == "ART_MISS_ATTACK")
    assert any(r.relation == "interceptions" for r in rockets.related)


def test_an_interception_told_alone_belongs_to_the_strike_before() -> None:
    text = ("Russian drones struck a depot in Lviv overnight, the mayor said. Russia launched "
            "40 drones at Ukraine, 35 of which were shot down, the air force said.")
    strike = next(e for e in events(text, published="2025-11-23") if e.code == "AIR_STRIKE")
    assert any(q.kind == "drones_intercepted" and q.value == 35 for q in strike.quantities)
