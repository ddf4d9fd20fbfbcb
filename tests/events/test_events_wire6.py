"""War wire reports, a sixth set: people captured or seized are captives (abducted, or arrested
by a state's forces), ground seized is territory taken, and those who take hostages are an
armed group."""

from __future__ import annotations

import pytest
from test_events_document import occurred


@pytest.mark.parametrize(("text", "code", "victims"), [
    ("Armed men seized two aid workers near Kidal on Tuesday.", "ABDUCT_DISSAP",
     "Civilians (Mali)"),
    ("Gunmen seized a priest and his driver near Kidal on Tuesday.", "ABDUCT_DISSAP",
     "Civilians (Mali)"),
    ("Gunmen abducted two Chinese engineers near Kidal on Tuesday.", "ABDUCT_DISSAP",
     "Civilians (China)"),
])
def test_people_seized_are_abducted(text: str, code: str, victims: str) -> None:
    found = occurred(text)
    assert [e.code for e in found] == [code]
    assert found[0].actor1 is not None and found[0].actor1.name == "Unidentified Armed Group (Mali)"
    assert found[0].actor2 is not None and found[0].actor2.name == victims


def test_people_a_state_captures_are_arrested() -> None:
    found = occurred("Police seized three suspected militants in Kidal on Tuesday.")
    assert [e.code for e in found] == ["ARREST"]


def test_those_who_take_hostages_are_an_armed_group() -> None:
    found = occurred("Kidnappers seized a Canadian missionary in Jacmel on Wednesday.")
    assert [e.code for e in found] == ["ABDUCT_DISSAP"]
    assert found[0].actor1 is not None
    assert found[0].actor1.name == "Unidentified Armed Group (Haiti)"


@pytest.mark.parametrize("text", [
    "Rebels seized the town of Kidal on Tuesday after the army withdrew.",
    "Jihadists seized the village of Anefis near Kidal on Tuesday.",
])
def test_ground_seized_is_territory_taken(text: str) -> None:
    assert "NON_STATE_ACTOR_OVERTAKES_TER" in {e.code for e in occurred(text)}


@pytest.mark.parametrize("text", [
    "The opposition seized the initiative in parliament on Tuesday.",
    "Police seized documents and phones at the party office on Tuesday.",
])
def test_what_else_is_seized_is_no_territory(text: str) -> None:
    assert "NON_STATE_ACTOR_OVERTAKES_TER" not in {e.code for e in occurred(text)}


@pytest.mark.parametrize("city", ["Kismayo", "Garowe"])
def test_the_dateline_place_is_no_subject_of_the_lead(city: str) -> None:
    text = (f"Al Shabaab gunmen storm {city} hotel, at least nine dead\n\n"
            f"{city.upper()}, June 10 (Wire) - Al Shabaab militants attacked a hotel near the "
            f"governor's office in {city} on Friday night, killing at least nine people in a "
            "siege that lasted several hours, police said on Saturday.")
    attacks = [e for e in occurred(text) if e.code == "ATTACK"]
    assert attacks and all(e.actor1 is not None and e.actor1.name == "Al Shabaab"
                           for e in attacks)


@pytest.mark.parametrize("second", [
    "The group claimed responsibility for the bombing in a statement.",
    "The al Qaeda-linked group claimed responsibility for the bombing in a statement.",
])
def test_the_group_referred_back_to_is_the_one_named_before(second: str) -> None:
    text = f"Al Shabaab fighters bombed a police station in Baidoa on Friday. {second}"
    claims = [e for e in occurred(text) if e.code == "ATTRIB"]
    assert claims and all(e.actor1 is not None and e.actor1.name == "Al Shabaab"
                          for e in claims)


def test_a_group_that_names_itself_is_not_referred_back() -> None:
    text = ("Al Shabaab fighters bombed a police station in Baidoa on Friday. The Islamic State "
            "group claimed responsibility for a car bombing in Bosaso.")
    claims = [e for e in occurred(text) if e.code == "ATTRIB"]
    assert claims and all(e.actor1 is not None and e.actor1.name != "Al Shabaab"
                          for e in claims)


def test_a_toll_told_in_another_doers_clause_is_not_the_others() -> None:
    text = ("Israeli air strikes hit several villages in south Lebanon on Monday, killing four "
            "people, the health ministry said, after Hezbollah fired a barrage of rockets at "
            "northern Israel.")
    found = {e.code: e for e in occurred(text)}
    assert found["AIR_STRIKE"].fatalities == 4
    assert found["ART_MISS_ATTACK"].fatalities is None


@pytest.mark.parametrize("text", [
    "The prime minister called on the world to pressure Israel to stop its attacks.",
    "The envoy urged both sides to halt the shelling of residential areas.",
])
def test_a_campaign_someone_wants_ended_is_no_planned_event(text: str) -> None:
    from test_events_document import events

    assert [e for e in events(text) if e.modality == "planned"] == []


def test_an_attack_stopped_is_still_told() -> None:
    found = occurred("Soldiers stopped an attack on the base near Kidal on Tuesday.")
    assert found


@pytest.mark.parametrize("text", [
    "Rebels shelled residential areas of Goma, the army spokesman said at a news conference "
    "in Kinshasa.",
    "Rebels shelled residential areas near Goma, the spokesman told reporters in Kinshasa.",
])
def test_where_a_statement_was_made_is_not_the_events_place(text: str) -> None:
    shelling = [e for e in occurred(text) if e.code == "ART_MISS_ATTACK"]
    assert shelling and {p.text for e in shelling for p in e.places} == {"Goma"}


@pytest.mark.parametrize(("text", "name"), [
    ("Suspected Islamic State West Africa Province (ISWAP) fighters killed nine herders near "
     "Monguno on Sunday.", "Islamic State (West Africa)"),
    ("Fighters of the Kurdish-led Syrian Democratic Forces attacked a government checkpoint "
     "near Hasakah on Tuesday.", "SDF: Syrian Democratic Forces"),
])
def test_groups_under_their_full_names(text: str, name: str) -> None:
    found = occurred(text)
    assert found and found[0].actor1 is not None and found[0].actor1.name == name


def test_a_closing_source_read_as_an_apposition_is_no_victim() -> None:
    text = ("Jihadists killed 12 farmers working in their fields near Monguno on Sunday, a "
            "militia leader and a resident said.")
    found = occurred(text)
    assert [e.code for e in found] == ["ATTACK"]
    assert found[0].actor2 is not None and found[0].actor2.name.startswith("Civilians")


def test_a_closing_source_read_as_a_side_of_the_fight_is_no_crowd() -> None:
    text = ("Rebels captured the town of Minova on Sunday after two days of heavy fighting with "
            "the army, residents and a local official said.")
    assert "MOB_VIOL" not in {e.code for e in occurred(text)}


def test_a_word_of_the_dateline_or_of_a_hyphened_name_is_no_target() -> None:
    text = ("PORT-AU-PRINCE, Oct 4 (Wire) - Gang members attacked the town of Pont-Sonde on "
            "Thursday, killing at least 20 people.")
    found = [e for e in occurred(text) if e.code == "ATTACK"]
    assert found and all(e.target is None or e.target.kind != "port" for e in found)


@pytest.mark.parametrize(("text", "name"), [
    ("The Gran Grif gang, led by its chief, claimed the massacre in a video on Friday.",
     "Gran Grif"),
    ("Members of the Viv Ansanm gang coalition attacked a police station in Delmas on Friday.",
     "Viv Ansanm"),
])
def test_a_gang_named_by_the_report_keeps_its_name(text: str, name: str) -> None:
    found = occurred(text)
    assert found and found[0].actor1 is not None and found[0].actor1.name == name


def test_a_gang_named_by_its_country_is_unidentified() -> None:
    found = occurred("Haitian gang members attacked a police station in Delmas on Friday.")
    assert found and found[0].actor1 is not None
    assert found[0].actor1.name == "Unidentified Gang (Haiti)"


def test_a_group_named_in_full_stays_itself_when_a_state_speaks_of_it_later() -> None:
    text = ("Militants attacked a security checkpoint near Miranshah overnight, killing seven "
            "soldiers, the military said.\n\n"
            "The Pakistani Taliban, or Tehrik-e-Taliban Pakistan (TTP), claimed responsibility "
            "for the attack.\n\n"
            "Pakistan has accused its neighbour of sheltering TTP fighters.")
    found = [e for e in occurred(text) if e.code in ("ARMED_CLASH", "ATTRIB")]
    assert found and {e.actor1.name for e in found if e.actor1} == {
        "TTP: Tehreek-i-Taliban Pakistan"}


def test_a_region_the_report_turns_to_for_another_incident_places_no_earlier_event() -> None:
    text = ("Militants attacked a security checkpoint in the Waziristan hills overnight, killing "
            "seven soldiers, the military said.\n\n"
            "In the province of Balochistan, gunmen shot dead six labourers near Turbat on "
            "Tuesday, police said.")
    lead = next(e for e in occurred(text) if e.code == "ARMED_CLASH")
    assert all(p.admin1 != "Balochistan" for p in lead.places)
    shooting = next(e for e in occurred(text) if e.code == "ATTACK")
    assert shooting.actor2 is not None and shooting.actor2.name == "Civilians (Pakistan)"
