"""Where wire copy puts an event: not in a country named only in a speaker's or actor's name,
nor in a place of the event the strike answered, nor at the dateline.

All sentences are written for these tests.
"""

from __future__ import annotations

from eventwire import extract
from eventwire.records import Event


def _main(text: str) -> Event:
    record = extract(text, published="2025-01-14")
    return max((e for e in record.events if e.code != "ATTRIB"), key=lambda e: e.confidence)


def _names(event: Event) -> list[str]:
    return [p.text for p in event.places]


def test_a_country_opening_an_agencys_name_is_no_place_of_what_it_reports() -> None:
    event = _main("The Norway Maritime Safety Authority said a cargo vessel had reported a "
                  "drone explosion close to its bow.")
    assert "Norway" not in _names(event)


def test_a_country_naming_a_ministry_leaves_the_sea_as_the_place() -> None:
    event = _main("The U.K. Defence Ministry said a Royal Navy destroyer had shot down three "
                  "drones over the Gulf of Aden on Saturday.")
    assert event.code == "DISR_WEAP" and _names(event) == ["Gulf of Aden"]


def test_a_place_of_the_strikes_answered_belongs_to_those_strikes() -> None:
    record = extract("Houthi fighters said they had targeted a container ship in the Arabian "
                     "Sea overnight, in retaliation for American strikes on Hodeidah.",
                     published="2025-01-14")
    ship = next(e for e in record.events if "targeted" in [x.text for x in e.evidence])
    assert _names(ship) == ["Arabian Sea"]


def test_an_ambush_in_revenge_for_a_killing_elsewhere_is_not_placed_there() -> None:
    event = _main("Militants said they had ambushed an army convoy on Sunday in revenge for the "
                  "killing of their commander in Mosul.")
    assert "Mosul" not in _names(event)


def test_the_dateline_city_is_not_where_the_drones_struck() -> None:
    event = _main("ODESA, Aug 21 (Reuters) - Russian drones struck a grain terminal in the "
                  "Mykolaiv region overnight, the regional governor said.")
    assert _names(event) == ["Mykolaiv region"]


def test_the_dateline_city_gives_no_region_to_an_event_placed_in_a_country() -> None:
    event = _main("AMMAN, Nov 4 (Reuters) - An air strike on a house in southern Syria killed "
                  "four people, a war monitor said.")
    assert "Amman" not in {p.admin1 for p in event.places}
    assert [p.country_code for p in event.places] == ["SY"]


def test_a_capital_cited_as_the_source_is_not_where_the_strike_was() -> None:
    event = _main("According to Moscow, the overnight strike destroyed a fuel depot and two "
                  "armoured vehicles.")
    assert event.places == ()


def test_a_bombing_in_a_town_is_a_remote_explosive_and_blaming_a_group_for_it_is_a_claim() -> None:
    record = extract("A bombing outside a bus station in Maiduguri killed eight people on "
                     "Friday. Police blamed Boko Haram for the bombing.", published="2025-01-14")
    codes = sorted(e.code for e in record.events)
    assert codes == ["ATTRIB", "REM_EXPLOS"]
    blast = next(e for e in record.events if e.code == "REM_EXPLOS")
    assert blast.fatalities == 8 and _names(blast) == ["Maiduguri"]


def test_a_bombing_by_a_states_forces_is_an_air_strike() -> None:
    event = _main("The junta's bombing of a monastery in Sagaing killed 11 people on Tuesday.")
    assert event.code == "AIR_STRIKE"


def test_one_shelling_told_as_fighting_and_in_an_accusation_stays_one_event() -> None:
    record = extract(
        "Russian forces shelled the town of Vovchansk on Tuesday, killing 11 civilians, the "
        "regional governor said.\n\n"
        "Eleven people were killed when gunmen opened fire on a bus in Vovchansk on Tuesday, "
        "police said.\n\n"
        "Fighting in Vovchansk on Tuesday left 11 dead, the army said.\n\n"
        "Ukraine's foreign ministry accused Russia of shelling civilians in Vovchansk on "
        "Tuesday, killing 11 people.",
        published="2025-01-14")
    assert [e.code for e in record.events] == ["ART_MISS_ATTACK", "ATTACK", "ATTRIB"]
    shelling, _, accusation = record.events
    assert shelling.fatalities == 11 and accusation.fatalities is None


def test_an_attack_then_told_as_shelling_with_the_same_toll_is_one_shelling() -> None:
    record = extract(
        "An attack on Kostiantynivka on Sunday killed six people, the governor said.\n\n"
        "Russian troops shelled the market in Kostiantynivka on Sunday, killing six civilians, "
        "the army said.", published="2025-01-14")
    assert [(e.code, e.fatalities) for e in record.events] == [("ART_MISS_ATTACK", 6)]
