"""Statements that are no claims on an event: a source that says no one made the statement
("No group claimed the attack"), and a statement inside another one's source ("two officials
briefed on the negotiations told Wire"), which is no event either."""

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
    assert all(not (e.code == "ATTRIB" and e.actor1 is None) for e in record.events)


def test_a_statement_inside_a_source_is_no_claim_and_no_event() -> None:
    text = ("Qatari mediators will host a new round of talks in Doha next week, two officials "
            "briefed on the negotiations told Wire.")
    record = extract(text, published="2025-11-18")
    assert [e.modality for e in record.events if e.code == "DIPLO"] == ["planned"]
    talks = next(e for e in record.events if e.code == "DIPLO")
    assert len(talks.claims) == 1
    assert talks.status == "reported"


def test_a_junta_speaks_as_a_body() -> None:
    text = "The junta denied targeting civilians and said it was fighting terrorists."
    record = extract(text, published="2025-11-18")
    assert {a.claimant for a in record.attributions} == {"junta"}


def test_a_name_before_a_settlement_noun_is_no_person_a_pronoun_points_to() -> None:
    text = ("Jets bombed the monastery in Lin Ta Lu village on Sunday, a spokesperson for the "
            "local defence force told Wire. Three children were among the dead, he said.")
    record = extract(text, published="2025-11-24")
    he = next(a for a in record.attributions if a.source == "he")
    assert he.claimant != "Lin Ta Lu"
