"""Who fought whom in war reporting: people of a force named with the body they belong to,
a state's forces named by its rulers or by its weapons, and the civilians an armed group
killed where they lived, prayed or sheltered."""

from __future__ import annotations

import pytest
from test_events_document import occurred

from eventwire.records import Event


def main_event(text: str) -> Event:
    found = occurred(text)
    assert found, text
    return max(found, key=lambda e: e.confidence)


def actor1(text: str) -> str | None:
    event = main_event(text)
    return event.actor1.name if event.actor1 is not None else None


@pytest.mark.parametrize(("text", "name"), [
    ("Fighters from the Rapid Support Forces overran a camp for displaced people near Nyala "
     "on Sunday, killing at least 20 people, a rights group said.", "Rapid Support Forces"),
    ("Militants from Boko Haram raided a village in Borno state on Tuesday, killing nine "
     "farmers.", "Boko Haram"),
    ("Gunmen belonging to Al Shabaab ambushed a police patrol near Baidoa, killing three "
     "officers.", "Al Shabaab"),
    ("Militants affiliated with the Islamic State attacked a village in Cabo Delgado on "
     "Friday, beheading four men.", "Islamic State"),
    ("Forces loyal to the Rapid Support Forces shelled the town of Babanusa on Monday.",
     "Rapid Support Forces"),
    ("Armed men from Boko Haram abducted 15 girls from a school in Yobe state.",
     "Boko Haram"),
    ("Troops from Chad clashed with jihadists near Diffa in Niger on Wednesday.",
     "Military Forces of Chad"),
    ("An anti-cult police squad shot dead a student in Enugu on Monday.",
     "Police Forces of Nigeria"),
])
def test_people_of_a_force_are_the_body_they_belong_to(text: str, name: str) -> None:
    assert actor1(text) == name


def test_a_country_names_no_armed_group_of_its_own_people() -> None:
    # foreign fighters from a country are no part of its army
    text = "Foreign fighters from Syria attacked a checkpoint in Libya on Saturday."
    assert actor1(text) != "Military Forces of Syria"


def test_allies_are_not_the_body_they_are_allied_with() -> None:
    text = "Fighters allied with the Houthis shelled a market in Taiz, killing six civilians."
    assert actor1(text) != "Houthi Movement (Ansar Allah)"


def test_a_body_named_after_a_conjunction_belongs_to_the_second_party() -> None:
    text = ("There was a clash between army forces and members of the Arakan Army in "
            "Rakhine state on Tuesday.")
    assert actor1(text) != "Arakan Army"


@pytest.mark.parametrize(("text", "name"), [
    ("In Myanmar, junta aircraft bombed a monastery in Magway region on Friday, killing "
     "seven villagers, a local official said.", "Military Forces of Myanmar"),
    ("Junta jets struck a village in Sagaing region on Tuesday, killing four people.",
     "Military Forces of Myanmar"),
    ("The regime's helicopters dropped barrel bombs on a town in Idlib province.",
     "Military Forces of Syria"),
    ("Government warplanes bombed a cattle market in Darfur on Sunday, killing 18 people.",
     "Military Forces of Sudan"),
    ("The Tatmadaw shelled a village in Sagaing region on Monday, killing two people.",
     "Military Forces of Myanmar"),
    ("IDF troops raided a house in Jenin on Thursday, killing a teenager.",
     "Military Forces of Israel"),
    ("FAMa soldiers killed 12 herders in a village on Sunday, residents said.",
     "Military Forces of Mali"),
])
def test_a_state_named_by_its_rulers_or_weapons_is_its_armed_forces(text: str,
                                                                     name: str) -> None:
    assert actor1(text) == name


def test_state_forces_take_the_country_the_report_names_when_no_place_gives_one() -> None:
    text = ("Fighting has spread across Myanmar since the coup.\n"
            "Junta jets bombed a village on Sunday, killing nine people, a resistance group "
            "said.")
    strikes = [e for e in occurred(text) if e.code == "AIR_STRIKE"]
    assert [e.actor1.name if e.actor1 else None for e in strikes] == [
        "Military Forces of Myanmar"]


def test_the_state_enemies_are_not_the_state() -> None:
    text = "Anti-junta forces attacked a police station in Sagaing region on Monday."
    assert actor1(text) != "Military Forces of Myanmar"


def test_a_militia_named_before_its_fighters_keeps_its_name() -> None:
    text = "Twirwaneho militiamen attacked a village in Djugu territory, killing five civilians."
    assert actor1(text) == "Twirwaneho"


def test_an_unnamed_militia_is_an_unidentified_armed_group() -> None:
    text = "Militiamen stormed a market in Djugu territory in Ituri, killing nine traders."
    assert actor1(text) == "Unidentified Armed Group (Democratic Republic of Congo)"


@pytest.mark.parametrize("text", [
    "Gunmen stormed a village in Zamfara state on Sunday, killing 20 residents.",
    "Gunmen opened fire on worshippers at a mosque in Katsina state, killing 11.",
    "Militants raided a camp for displaced people in Ituri province, killing 14.",
    "Al Shabaab fighters stormed the village of Qoryoley Dheere on Friday and killed six "
    "civilians.",
    "Armed men attacked the Kalma displacement camp on Friday, killing 12 people.",
])
def test_an_armed_group_killing_people_where_they_live_is_an_attack_on_civilians(
        text: str) -> None:
    event = main_event(text)
    assert event.code == "ATTACK"
    assert event.actor2 is not None and event.actor2.name.startswith("Civilians")


def test_a_camp_named_for_the_displaced_reports_no_displacement() -> None:
    text = "Armed men attacked the Kalma displacement camp on Friday, killing 12 people."
    assert [e.code for e in occurred(text)] == ["ATTACK"]
