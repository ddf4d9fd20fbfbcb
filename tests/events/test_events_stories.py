"""Reports that tell several incidents in turn: a past incident named as background, a development
word naming what a strike hit, and a later incident in another story or paragraph, on
hand-written wire reports through the real pipeline. Every sentence is written for these tests.
"""

from __future__ import annotations

import pytest

from eventwire.events.bygone import _too_old
from eventwire.pipeline import extract
from eventwire.records import Event

PUBLISHED = "2026-11-19"


def events(text: str, published: str = PUBLISHED) -> list[Event]:
    return [e for e in extract(text, published=published).events if e.modality == "occurred"]


def told_in(found: list[Event], text: str, words: str) -> list[Event]:
    """The events whose evidence lies in the sentence of `text` that contains `words`."""
    start = text.index(words)
    end = text.find("\n", start)
    end = len(text) if end < 0 else end
    start = text.rfind("\n", 0, start) + 1
    return [e for e in found if any(start <= ev.span[0] < end for ev in e.evidence
                                    if ev.field == "code")]


# --- a past incident named as background -------------------------------------------------------


@pytest.mark.parametrize(
    "past",
    [
        "In 2022, a rocket strike on the same square killed 12 people.",
        "In 2025, an air strike on the same hospital killed 12 patients.",
        "In early 2024 a roadside bomb on this road killed 12 soldiers.",
        "On March 3, 2025, a missile strike on the same station killed 12 people.",
        "A car bomb in the same square killed 12 people in 2021.",
        "In 2019, gunmen stormed the same village and killed 12 people.",
    ],
)
def test_a_past_year_at_the_head_of_a_sentence_makes_history(past: str) -> None:
    text = ("Drones hit a market in the town of Nikopol on Wednesday, killing four people, "
            f"the governor said.\n\n{past}\n\nSeparately, shelling in Kherson wounded two people.")
    found = events(text)
    assert not told_in(found, text, past), [(e.code, e.date, e.fatalities) for e in found]
    lead = told_in(found, text, "Drones hit")
    assert [(e.date, e.fatalities) for e in lead] == [("2026-11-18", 4)]
    assert all(e.fatalities != 12 and (e.date or "2026") >= "2026" for e in found)


@pytest.mark.parametrize(
    ("text", "published", "date"),
    [
        # a date with a month a few days before a report of the new year is news
        ("On December 29, 2025, a drone hit a railway station in Sumy.", "2026-01-03",
         "2025-12-29"),
        ("On November 17, 2026, a drone hit a railway station in Sumy.", PUBLISHED,
         "2026-11-17"),
        # the lead tells the report's own event: a year back there is a slip of the year
        ("On 12 May 2025, in Valparaiso, fishermen protested against the government.",
         "2026-05-12", "2025-05-12"),
    ],
)
def test_a_recent_date_with_a_month_stays_news(text: str, published: str, date: str) -> None:
    assert [e.date for e in events(text, published)] == [date]


# --- a development word naming what a strike hit ---------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Russia's defence ministry said its forces had struck a temporary deployment point of "
        "Ukrainian troops near Kupiansk and killed about 30 soldiers.",
        "Russian forces struck a deployment point of Ukrainian troops near Kupiansk and killed "
        "about 30 soldiers, the defence ministry said.",
        "Ukrainian artillery hit a reinforcement convoy on the highway near Bakhmut.",
        "Shelling hit an evacuation point in Kherson, killing two volunteers.",
        "An air strike on a migrant detention centre near Tripoli killed 30 people.",
    ],
)
def test_a_development_word_in_what_was_hit_is_the_target(text: str) -> None:
    found = events(text)
    codes = [e.code for e in found]
    assert len(found) == 1 and codes[0] in ("AIR_STRIKE", "ART_MISS_ATTACK"), codes


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("The army deployed reinforcements to the town on Monday.", "CHANGE_TO_GROUP_ACT"),
        ("Shelling forced the evacuation of 300 people from the village.", "OTHER"),
    ],
)
def test_a_development_on_its_own_is_still_one(text: str, code: str) -> None:
    assert code in [e.code for e in events(text)]


# --- another story, another paragraph ---------------------------------------------------------


def test_a_separate_incident_keeps_its_own_perpetrator_and_toll() -> None:
    text = ("A missile hit a shopping centre in Odesa on Wednesday, killing five people, the "
            "regional governor said.\n\n"
            "Ukraine's air force said Russian bombers had launched the missile.\n\n"
            "Separately, strikes in the Bekaa valley killed three people, the Lebanese health "
            "ministry said.")
    found = events(text)
    assert len(found) == 2, [(e.code, e.fatalities, e.places) for e in found]
    later = told_in(found, text, "Separately")
    assert [e.fatalities for e in later] == [3], [(e.code, e.fatalities) for e in found]
    assert later[0].actor1 is None or later[0].actor1.country != "RU"
    assert all(p.country_code != "UA" for p in later[0].places), later[0].places
    lead = told_in(found, text, "A missile hit")
    assert [e.fatalities for e in lead] == [5]


@pytest.mark.parametrize(
    "later",
    [
        "Separately, strikes killed three people in Lebanon, the health ministry said.",
        "Elsewhere, shelling killed three civilians, officials said.",
        "In a separate incident, three people were killed and four wounded.",
        "In another attack, a drone hit a car in Lebanon, killing three people.",
    ],
)
def test_an_incident_opened_as_another_is_never_the_one_before(later: str) -> None:
    text = ("Russian drones struck an oil depot in the Bryansk region overnight, the governor "
            f"said.\n\n{later}")
    found = events(text)
    depot = told_in(found, text, "an oil depot")
    assert [e.fatalities for e in depot] == [None], [(e.code, e.fatalities) for e in found]
    other = told_in(found, text, later)
    assert [e.fatalities for e in other] == [3], [(e.code, e.fatalities) for e in found]
    assert other[0].actor1 is None or other[0].actor1.country != "RU"
    assert all(p.admin1 != depot[0].places[0].admin1 for p in other[0].places)


def test_a_perpetrator_is_not_carried_into_a_story_told_paragraphs_later() -> None:
    text = ("Israeli strikes near the border town of Khiam killed three people on Wednesday, the "
            "health ministry said.\n\n"
            "A television network said one of its camera operators was among the wounded.\n\n"
            "On the desert road to the east, a roadside bomb killed two soldiers, state media "
            "reported.")
    found = events(text)
    bomb = told_in(found, text, "roadside bomb")
    assert len(bomb) == 1, [(e.code, e.fatalities) for e in found]
    assert bomb[0].actor1 is None, bomb[0].actor1
    assert bomb[0].fatalities == 2
    strike = told_in(found, text, "Israeli strikes")
    assert [e.fatalities for e in strike] == [3]


@pytest.mark.parametrize(
    "between",
    [" ", "\n\n", "\n\nThe governor said rescue work was continuing.\n\n"],
)
def test_a_perpetrator_still_carries_to_the_next_attack_of_the_story(between: str) -> None:
    text = ("Russian forces shelled the town of Kupiansk on Tuesday, killing two people, the "
            f"governor said.{between}A drone strike also hit a school in the nearby village of "
            "Kivsharivka, injuring a teacher.")
    found = events(text)
    assert len(found) == 2, [(e.code, e.places) for e in found]
    assert found and all(e.actor1 is not None and e.actor1.country == "RU" for e in found), \
        [(e.code, e.actor1) for e in found]


@pytest.mark.parametrize(
    ("text", "published", "old"),
    [
        ("2022", "2026-11-19", True),
        ("early 2025", "2026-11-19", True),  # a year alone: any year before publication's
        ("2026", "2026-11-19", False),
        ("March 3, 2025", "2026-11-19", True),  # a month a year or more back
        ("December 29, 2025", "2026-01-03", False),
        ("December 2025", "2026-11-19", False),
        ("3/4/2024", "2026-11-19", True),  # a day with no month name: two calendar years
        ("3/4/2025", "2026-11-19", False),
        ("last year", "2026-11-19", False),  # no year named: dates.py dates it
    ],
)
def test_how_long_before_publication_makes_history(text: str, published: str,
                                                   old: bool) -> None:
    assert _too_old(text, published) is old


@pytest.mark.parametrize(("text", "old"), [("2025", False), ("May 12, 2025", False),
                                           ("2024", True), ("March 3, 2024", True)])
def test_in_the_lead_only_two_calendar_years_make_history(text: str, old: bool) -> None:
    assert _too_old(text, "2026-05-12", strict=True) is old


def test_a_bomb_planted_takes_no_perpetrator_from_an_air_strike() -> None:
    text = ("Israeli jets struck a house in Tyre on Tuesday, killing four people, the health "
            "ministry said. A roadside bomb later killed two soldiers near the town.")
    found = events(text)
    start = text.index("A roadside bomb")
    bomb = [e for e in found if e.evidence[0].span[0] >= start]
    assert [e.code for e in bomb] == ["REM_EXPLOS"], [(e.code, e.evidence[0]) for e in found]
    assert bomb[0].actor1 is None and bomb[0].fatalities == 2, bomb[0]
    strike = [e for e in found if e.evidence[0].span[0] < start]
    assert [(e.code, e.fatalities) for e in strike] == [("AIR_STRIKE", 4)]
