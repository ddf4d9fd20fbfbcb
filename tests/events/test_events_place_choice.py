"""Which of its sentence's places an event gets, and which comes first.

All sentences and places are written for these tests.
"""

from __future__ import annotations

from eventwire import extract
from eventwire.events.placing import coherent, majority_country
from eventwire.records import Place


def place(name: str, country: str, admin1: str, feature: str = "city") -> Place:
    return Place(
        text=name, span=None, name=name, country_code=country, admin1=admin1, feature=feature
    )


def test_a_town_resolved_to_another_country_goes_after_the_others() -> None:
    namesake = place("Bonda", "GA", "Ogooue-Lolo")
    town, region = (
        place("Rutshuru", "CD", "Nord Kivu"),
        place("Nord Kivu", "CD", "Nord Kivu", "region"),
    )
    assert coherent([namesake, town, region]) == [town, region, namesake]


def test_a_town_outside_the_region_named_beside_it_goes_after_one_inside() -> None:
    elsewhere = place("Santa Ana", "MX", "Sonora")
    inside = place("Tepic", "MX", "Nayarit")
    region = place("Nayarit", "MX", "Nayarit", "region")
    assert coherent([elsewhere, inside, region]) == [inside, region, elsewhere]


def test_places_that_agree_keep_their_order() -> None:
    places = [place("Gulu", "UG", "Northern"), place("Northern", "UG", "Northern", "region")]
    assert coherent(places) == places


def test_an_even_split_is_decided_by_the_region_else_by_the_reports_country() -> None:
    town, region = place("Masaka", "UG", "Central"), place("Kivu", "CD", "Kivu", "region")
    assert coherent([town, region], fallback="UG") == [region, town]
    other = place("Goma", "CD", "Nord Kivu")
    assert coherent([town, other], fallback="CD") == [other, town]
    assert coherent([town, other]) == [town, other]
    assert majority_country([town, region]) == "CD"
    assert majority_country([town, place("Mbarara", "UG", "Western"), region]) == "UG"


def test_an_event_keeps_its_sentences_place_when_another_trigger_is_nearer_to_it() -> None:
    record = extract(
        "On 3 June 2021, government troops used artillery to bombard areas held "
        "by rebels, west of Kidal.",
        published="2021-06-03",
    )
    main = max(record.events, key=lambda e: e.confidence)
    assert main.code == "ART_MISS_ATTACK" and [p.text for p in main.places] == ["Kidal"]


def test_the_main_event_of_a_sentence_shares_the_place_a_secondary_one_took() -> None:
    record = extract(
        "On 3 June 2021, families of men who were kidnapped by bandits staged a "
        "sit-in protest at the council office in Gusau.",
        published="2021-06-03",
    )
    protest = next(e for e in record.events if e.code == "PEACE_PROTEST")
    assert [p.text for p in protest.places][:1] == ["Gusau"]
