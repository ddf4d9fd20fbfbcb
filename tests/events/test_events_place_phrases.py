"""Where an event is when its sentence names a place only through a phrase: on a road to a
town, some distance from it, in a part of a country, in "the village of X".

All sentences are written for these tests.
"""

from __future__ import annotations

import pytest

from eventwire import extract
from eventwire.records import Event


def _main(text: str) -> Event:
    record = extract(text, published="2025-01-14")
    return max((e for e in record.events if e.code != "ATTRIB"), key=lambda e: e.confidence)


@pytest.mark.parametrize(("text", "name"), [
    ("On the road to Homs, a roadside bomb killed three soldiers, state media said.", "Homs"),
    ("An air strike 15 km from Idlib killed four people on Friday.", "Idlib"),
    ("A bomb hidden in a cart exploded on the outskirts of Mogadishu, killing two soldiers.",
     "Mogadishu"),
    ("Gunmen ambushed a convoy on the highway between Kabul and Jalalabad, killing four.",
     "Kabul"),
    ("Militants attacked an army post just outside of Kirkuk on Sunday.", "Kirkuk"),
])
def test_an_event_near_a_town_is_placed_there_at_the_near_precision(text: str,
                                                                     name: str) -> None:
    event = _main(text)
    assert event.places, "no place"
    assert (event.places[0].text, event.places[0].geo_precision) == (name, 2)


def test_a_town_the_event_was_in_comes_before_the_end_of_its_road() -> None:
    event = _main("A roadside bomb killed two policemen in Qusayr on the road to Homs.")
    assert [p.text for p in event.places][:2] == ["Qusayr", "Homs"]


@pytest.mark.parametrize(("text", "region"), [
    ("Israeli drone strikes in southern Lebanon killed two people on Monday.", "Liban-Sud"),
    ("Rockets fired from Gaza hit a house in southern Israel.", "Southern District"),
    ("An Israeli air strike in northern Gaza killed five people.", "Gaza Strip"),
])
def test_a_named_part_of_a_country_is_its_region(text: str, region: str) -> None:
    place = _main(text).places[0]
    assert (place.name, place.admin1, place.geo_precision, place.feature) == (
        region, region, 3, "region")
    assert place.lat is not None


@pytest.mark.parametrize(("text", "words", "cc"), [
    ("Russian shelling in eastern Ukraine killed four civilians on Tuesday.", "eastern Ukraine",
     "UA"),
    ("Jihadists killed seven villagers in central Mali on Sunday.", "central Mali", "ML"),
    ("A bomb exploded at a market in northwest Pakistan, killing three people.",
     "northwest Pakistan", "PK"),
    # a bare "Congo" is the DRC in wire copy, not a Brazilian village
    ("Militia fighters killed ten people in eastern Congo on Saturday.", "eastern Congo", "CD"),
])
def test_any_other_part_of_a_country_is_a_region_level_place_of_it(text: str, words: str,
                                                                    cc: str) -> None:
    place = _main(text).places[0]
    assert (place.text, place.country_code, place.geo_precision, place.feature) == (
        words, cc, 3, "region")
    assert place.lat is None  # no region is named for it: no point is made up


def test_a_country_named_alone_stays_the_country() -> None:
    place = _main("Israeli strikes in Lebanon killed three people on Monday.").places[0]
    assert place.feature == "country"


@pytest.mark.parametrize("text", [
    "Russian forces captured the village of Zorivka-Nova, the defence ministry said.",
    "Militants overran the village of Ngadda Bulama and killed 12 villagers.",
])
def test_the_village_taken_is_no_party_to_the_event(text: str) -> None:
    event = _main(text)
    assert event.actor2 is None or "Zorivka" not in event.actor2.name \
        and "Bulama" not in event.actor2.name


def test_a_known_village_taken_is_the_events_place() -> None:
    event = _main("Russian forces captured the village of Andriivka, the defence ministry said.")
    assert [p.text for p in event.places] == ["Andriivka"]
    assert event.actor2 is None
