"""A source that says no one made the statement ("No group claimed the attack") is no claim
on the event: it neither supports nor corroborates it."""

from __future__ import annotations

from eventwire import extract


def test_no_one_claiming_an_attack_is_no_claim() -> None:
    text = ("Drones struck a fuel depot in Kosti on Sunday, local activists said. No group "
            "claimed the attack, but the army accused the paramilitary of using long-range "
            "drones.")
    record = extract(text, published="2025-11-18")
    claimants = [c.claimant for e in record.events for c in e.claims]
    assert claimants
    assert not any(c is not None and c.lower().startswith("no ") for c in claimants)
    assert all(e.status != "corroborated" for e in record.events)
