"""A hospital receiving, admitting or treating casualties, a morgue receiving bodies and the
wounded taken to a clinic tell an attack's toll: no attack of their own, and no attack on the
hospital."""

from __future__ import annotations

import pytest
from test_events_document import occurred


@pytest.mark.parametrize("text", [
    "The charity said its hospital in the town received 45 wounded patients overnight, many "
    "with gunshot wounds.",
    "The main hospital in Rafah admitted 28 wounded people on Tuesday, medics said.",
    "The city morgue received 31 bodies on Wednesday, a medical source said.",
    "The wounded were taken to a hospital in Baidoa, police said.",
    "Doctors said at least 16 people with gunshot wounds had been brought to the clinic.",
    "The bodies of six men were taken to the morgue in the town on Monday.",
])
def test_care_of_casualties_is_no_event(text: str) -> None:
    assert occurred(text) == []


@pytest.mark.parametrize(("text", "code"), [
    ("The hospital in Deir al-Balah received the bodies of 19 people killed in Israeli "
     "strikes, health officials said.", "AIR_STRIKE"),
    ("A hospital in Zaporizhzhia was treating nine people wounded in the shelling, the "
     "governor said.", "ART_MISS_ATTACK"),
    ("Shelling killed four people in Omdurman, a doctor at the city's main hospital told "
     "reporters.", "ART_MISS_ATTACK"),
    ("Air strikes killed 12 people in Sanaa, according to medics at a hospital in the "
     "city.", "AIR_STRIKE"),
    ("Five people were killed in the shelling, and the wounded were rushed to a hospital in "
     "Kherson.", "ART_MISS_ATTACK"),
])
def test_the_attack_behind_the_toll_is_no_attack_on_the_hospital(text: str,
                                                                 code: str) -> None:
    found = occurred(text)
    assert [e.code for e in found] == [code]
    assert found[0].target is None or found[0].target.category != "health"


def test_a_hospital_hit_is_still_the_target() -> None:
    text = "A drone struck the hospital in El Fasher on Sunday, killing three patients."
    found = occurred(text)
    assert [e.code for e in found] == ["AIR_STRIKE"]
    assert found[0].target is not None and found[0].target.category == "health"


def test_people_shot_by_a_named_doer_are_an_event_wherever_they_were_treated() -> None:
    text = "The hospital admitted 30 people who had been shot by police during the night."
    found = occurred(text)
    assert [e.code for e in found] == ["ATTACK"]
    assert found[0].actor1 is not None and found[0].actor1.name.startswith("Police Forces")


def test_a_town_named_port_is_no_port_hit() -> None:
    text = "Hospitals in Port Sudan were overwhelmed with wounded fighters after the battle."
    for event in occurred(text):
        assert event.target is None or event.target.category != "transport"
