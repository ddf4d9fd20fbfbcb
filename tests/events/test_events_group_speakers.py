"""What an armed group says of its own fighters: whose fighters they are, and when the
statement claims an attack and when it tells of someone else's."""

from __future__ import annotations

from eventwire.pipeline import extract
from eventwire.records import Event

PUBLISHED = "2026-03-12"


def events(text: str) -> list[Event]:
    return list(extract(text, published=PUBLISHED).events)


def test_a_group_that_repelled_an_attack_claims_none() -> None:
    found = events("The Rapid Support Forces said on Tuesday that its fighters had repelled "
                   "an assault by army-backed militias west of the city.")
    assert "ATTRIB" not in [e.code for e in found]
    clash = next(e for e in found if e.code == "ARMED_CLASH")
    # the fighters of the group that speaks are the group
    assert clash.actor1 is not None and clash.actor1.name == "Rapid Support Forces"


def test_a_group_that_says_it_attacked_still_claims_it() -> None:
    found = events("Al Shabaab said its fighters had stormed an army base near Baidoa.")
    assert "ATTRIB" in [e.code for e in found]
    assert all(e.actor1 is not None and e.actor1.name == "Al Shabaab" for e in found)


def test_a_states_forces_stay_its_military() -> None:
    found = events("Russia said its forces had repelled a Ukrainian attack near Kupiansk.")
    assert any(e.actor1 is not None and e.actor1.name == "Military Forces of Russia"
               for e in found)
