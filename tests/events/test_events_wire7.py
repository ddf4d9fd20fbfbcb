"""War wire reports, a seventh set: a group's claim after a dateline, what a noun's clause
tells about it, a next sentence that tells more of the same strikes, and the country of the
people a foreign force's strike hit."""

from __future__ import annotations

from test_events_document import occurred


def test_a_groups_own_claim_after_a_dateline_names_it() -> None:
    text = ("Rebels claim strike on tanker\n\n"
            "SANAA, May 2 (Wire) - Yemen's Houthi movement said on Tuesday it had fired "
            "missiles at a tanker in the Gulf of Aden.")
    found = [e for e in occurred(text) if e.code != "ATTRIB"]
    assert found and all(e.actor1 is not None
                         and e.actor1.name == "Houthi Movement (Ansar Allah)" for e in found)


def test_what_a_clause_on_a_noun_tells_is_no_party_hit() -> None:
    text = ("Yemen's Houthi movement said on Tuesday it had fired missiles at a Liberian-flagged "
            "tanker in the Red Sea, the newest of many attacks on shipping that the group "
            "says are in solidarity with Palestinians in Gaza.")
    found = [e for e in occurred(text) if e.code == "ART_MISS_ATTACK"]
    assert found and all(e.actor2 is None for e in found)


def test_a_ships_port_side_is_no_port() -> None:
    text = ("A tanker reported an explosion in the water near its port side west of Mokha on "
            "Monday, a maritime security firm said.")
    assert all(e.target is None or e.target.kind != "port" for e in occurred(text))


def test_the_next_sentence_tells_more_of_the_same_strikes() -> None:
    text = ("Hours later, U.S. forces struck four radar sites in Houthi-held areas of Yemen, "
            "the military said. The Houthi-run news agency said the strikes hit a fuel port and "
            "killed one person.")
    strikes = [e for e in occurred(text) if e.code == "AIR_STRIKE"]
    assert len(strikes) == 1
    assert strikes[0].fatalities == 1
    assert strikes[0].actor2 is not None and strikes[0].actor2.name == "Civilians (Yemen)"
    assert all(p.country_code != "US" for p in strikes[0].places)


def test_a_kind_of_act_a_party_denies_is_no_event() -> None:
    text = ("Two fighter jets bombed a village in Myanmar's Sagaing region on Sunday, killing 15 "
            "people, residents said. The military has denied targeting civilians.")
    assert [e.code for e in occurred(text)] == ["AIR_STRIKE"]

