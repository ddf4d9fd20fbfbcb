"""A place named inside an armed group's or organisation's name is not where the event was.

All sentences are written for these tests.
"""

from __future__ import annotations

import pytest

from eventwire import extract


@pytest.mark.parametrize(
    ("text", "first"),
    [
        ("On 3 June 2021, the Ukrainian army fired mortars at the positions of the Luhansk "
         "People's Militia near Zolote, Luhansk.", "Zolote"),
        ("On 3 June 2021, the Ukrainian army fired mortars at the positions of the Donetsk "
         "People's Militia in the area of Novhorodske, Donetsk.", "Novhorodske"),
    ],
)
def test_the_place_in_a_militias_name_is_not_the_event_place(text: str, first: str) -> None:
    events = extract(text, published="2021-06-03").events
    assert events and events[0].places and events[0].places[0].text == first


def test_a_place_named_only_in_an_organisation_is_the_last_resort() -> None:
    record = extract("On 3 June 2021, the Kherson Regional Council reported that shelling "
                     "damaged a school.", published="2021-06-03")
    assert record.events and [p.name for p in record.events[0].places] == ["Kherson"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("On 2 June 2021, hundreds of nurses in Kumasi protested over unpaid allowances.",
         "Kumasi"),
        ("On 2 June 2021, vendors of the central market in Mombasa staged a sit-in against "
         "new levies.", "Mombasa"),
    ],
)
def test_where_the_actors_were_is_where_it_happened(text: str, name: str) -> None:
    events = extract(text, published="2021-06-02").events
    assert events and events[0].places and events[0].places[0].name == name


def test_where_people_come_from_is_not_where_they_clashed() -> None:
    record = extract("On 2 June 2021, stranded labourers from Bhubaneswar clashed with police "
                     "at the bus stand in Nagpur.", published="2021-06-02")
    assert record.events and record.events[0].places[0].name == "Nagpur"
