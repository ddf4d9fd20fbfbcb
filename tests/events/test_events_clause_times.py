"""A time told inside a clause about something else is not the event's ("targeted a position
in response to strikes that killed two people on Saturday"), and a name given to an event
("in what it called a response to strikes") makes nothing planned. "The fighting" named again
is the fighting told before."""

from __future__ import annotations

from test_events_document import events

TEXT = ("The militia said its fighters had targeted an army post near Kadugli with mortars, "
        "in what it called a response to air strikes on its bases that killed two people on "
        "Saturday.")


def test_a_time_in_a_relative_clause_of_another_event_is_not_the_main_event_s() -> None:
    found = events(TEXT, published="2025-11-23")
    targeted = next(e for e in found if e.evidence and e.evidence[0].text == "targeted")
    assert targeted.date != "2025-11-22"


def test_an_event_named_by_the_speaker_is_not_planned() -> None:
    assert all(e.modality != "planned" for e in events(TEXT, published="2025-11-23"))


def test_the_event_s_own_time_stays() -> None:
    text = "A drone struck a school on Saturday, killing two teachers who were working there."
    strike = next(e for e in events(text, published="2025-11-23") if e.code == "AIR_STRIKE")
    assert strike.date == "2025-11-22"


def test_the_fighting_named_again_is_the_fighting_told_before() -> None:
    text = ("Rebels took control of the town of Masisi on Tuesday after two days of fighting "
            "with the army, residents said. At least 15 civilians were killed in the fighting "
            "and thousands fled towards Sake.")
    found = events(text, published="2025-11-25")
    assert not {e.code for e in found} & {"MOB_VIOL", "ARMED_CLASH"} or len(found) == 1
    taken = next(e for e in found if e.code == "NON_STATE_ACTOR_OVERTAKES_TER")
    assert taken.fatalities == 15
    assert all(p.name != "Sake" for p in taken.places)
