"""ACLED's families told apart by who fights whom and how: strikes named by their weapon,
crowd control of strikers, interceptions, shelling answered with fire, on hand-written
reports through the real pipeline."""

from __future__ import annotations

import pytest

from eventwire.events.detect import detect, sentences
from eventwire.nlp import get_nlp
from eventwire.pipeline import extract
from eventwire.records import Event


def occurred(text: str) -> list[Event]:
    return [e for e in extract(text, published="2022-03-14").events if e.modality == "occurred"]


def sentence_codes(text: str) -> list[str]:
    doc = get_nlp()(text)
    return [t.code for s in sentences(doc) for t in detect(s)]


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Russian missiles destroyed a power plant outside Kharkiv on Monday.",
         "ART_MISS_ATTACK"),
        ("A grain terminal in the port was damaged by rockets fired from across the river.",
         "ART_MISS_ATTACK"),
        ("Two drones destroyed a fuel depot near the airbase overnight.", "AIR_STRIKE"),
    ],
)
def test_destruction_by_a_weapon_is_its_strike(text: str, code: str) -> None:
    assert sentence_codes(text) == [code]


def test_looters_destroying_shops_stay_property_destruction() -> None:
    assert sentence_codes("Looters destroyed three shops in the market on Sunday.") == [
        "PROPERTY_DISTRUCT"]


@pytest.mark.parametrize(
    "text",
    [
        "Police dispersed striking miners outside the company offices in Rustenburg.",
        "Riot police used tear gas to break up a crowd of striking teachers in Harare.",
        "Officers fired water cannon at demonstrators gathered outside parliament.",
    ],
)
def test_crowd_control_of_strikers_is_an_intervention(text: str) -> None:
    assert [e.code for e in occurred(text)] == ["PROTEST_WITH_INTER"]


def test_riot_police_alone_make_no_riot() -> None:
    codes = sentence_codes("Riot police dispersed a sit-in of nurses in front of the ministry.")
    assert codes == ["PROTEST_WITH_INTER"]


def test_dispersal_with_killings_is_excessive_force() -> None:
    text = "Soldiers dispersed the protesters in Mandalay, killing two of them with live rounds."
    assert [e.code for e in occurred(text)] == ["FORCE_AGAINST_PROTEST"]


def test_police_breaking_up_a_fight_between_neighbours_is_no_protest() -> None:
    codes = sentence_codes("Police broke up a fight between two neighbours over a fence.")
    assert "PROTEST_WITH_INTER" not in codes


@pytest.mark.parametrize(
    "text",
    [
        "The garrison repelled a drone attack on the airfield overnight.",
        "Air defence units repelled a missile attack on the port of Odesa.",
    ],
)
def test_repelled_remote_attack_is_one_disrupted_weapon(text: str) -> None:
    assert sentence_codes(text) == ["DISR_WEAP"]


@pytest.mark.parametrize(
    "text",
    [
        "Government troops responded to rebel shelling near the dam, killing four fighters.",
        "Artillery units of the two armies exchanged shelling across the border on Friday.",
        "Militants shelled an army post near Dera. Soldiers responded to the fire and killed "
        "three of the attackers.",
        "Separatist forces fired 122mm artillery at army positions near the bridge. Monitors "
        "counted 40 explosions in both directions along the contact line.",
    ],
)
def test_shelling_answered_is_a_battle(text: str) -> None:
    assert occurred(text)[0].code == "ARMED_CLASH"


def test_answering_an_attack_with_shelling_stays_shelling() -> None:
    codes = sentence_codes("The army responded to the ambush by shelling rebel villages.")
    assert "ART_MISS_ATTACK" in codes


def test_one_sided_shelling_stays_shelling() -> None:
    text = "Militants shelled an army post near Dera on Tuesday, wounding two soldiers."
    assert [e.code for e in occurred(text)] == ["ART_MISS_ATTACK"]


@pytest.mark.parametrize(
    "text",
    [
        "Government forces said they had thwarted an attack of rebel fighters near Marib.",
        "Gunmen attacked the police post in Dori, killed one trader and wounded four gendarmes.",
        "Troops raided a camp near Ansongo and killed an unknown number of presumed jihadist "
        "militants, burned their vehicles and seized rifles and phones.",
    ],
)
def test_fighting_armed_men_is_a_battle(text: str) -> None:
    assert occurred(text)[0].code == "ARMED_CLASH"


def test_fire_at_people_of_a_nation_is_an_attack_on_civilians() -> None:
    codes = sentence_codes("Border guards fired live bullets at three Kurds near the fence.")
    assert codes == ["ATTACK"]


@pytest.mark.parametrize(
    "second",
    [
        "The victim had been charged with drug trafficking in 2018.",
        "Police said he was a known gang member.",
    ],
)
def test_killing_of_a_gang_member_is_a_battle(second: str) -> None:
    text = ("On 3 June 2021, a man was shot dead by two gunmen on a motorcycle in Salvador. "
            + second)
    assert occurred(text)[0].code == "ARMED_CLASH"


@pytest.mark.parametrize(
    "second",
    [
        "The victim had a criminal record for theft.",
        "Police said the victim was not a member of any gang.",
        "Drug traffickers are active in the neighbourhood, residents said.",
    ],
)
def test_killing_of_a_man_not_tied_to_a_gang_stays_an_attack(second: str) -> None:
    text = ("On 3 June 2021, a man was shot dead by two gunmen on a motorcycle in Salvador. "
            + second)
    assert occurred(text)[0].code == "ATTACK"


def test_gang_member_named_as_the_victim_is_a_battle() -> None:
    text = "Gunmen shot and killed a suspected drug dealer outside a bar in Culiacan."
    assert occurred(text)[0].code == "ARMED_CLASH"


def test_killing_of_an_officer_with_civilians_abducted_is_a_battle() -> None:
    text = "Gunmen killed a police officer and abducted two farmers near Beni on Sunday."
    assert occurred(text)[0].code == "ARMED_CLASH"


@pytest.mark.parametrize(
    "text",
    [
        "About 300 Syrian refugees returned from Lebanon through the Masnaa crossing on Tuesday.",
        "More than 1,200 displaced families fled their villages to Kalemie after the fighting.",
        "Forty detainees were released from a rebel prison in Idlib on Friday.",
    ],
)
def test_displacement_and_releases_are_other_developments(text: str) -> None:
    assert "OTHER" in [e.code for e in occurred(text)]


@pytest.mark.parametrize(
    "text",
    [
        "Members of a local gang handed out food parcels to families in Tijuana during the "
        "lockdown.",
        "Rebel fighters set up checkpoints on the road to Goma to inspect travellers' papers.",
        "The provincial governor announced the mandatory use of face masks in all markets.",
    ],
)
def test_security_measures_and_group_activity(text: str) -> None:
    assert [e.code for e in occurred(text)] == ["CHANGE_TO_GROUP_ACT"]


@pytest.mark.parametrize(
    "text",
    [
        "A charity distributed food parcels to 500 families in Herat on Monday.",
        "The delegation returned to Nairobi after two days of talks.",
    ],
)
def test_aid_and_travel_of_others_is_no_development(text: str) -> None:
    codes = [e.code for e in occurred(text)]
    assert "CHANGE_TO_GROUP_ACT" not in codes and "OTHER" not in codes


@pytest.mark.parametrize(
    "text",
    [
        "On 2 June 2021, soldiers clashed with members of the National Liberation Army near "
        "Tame.",
        "On 2 June 2021, in San Pedro Sula, MS-13 members clashed with police agents.",
    ],
)
def test_members_of_a_named_armed_group_are_no_crowd(text: str) -> None:
    assert occurred(text)[0].code == "ARMED_CLASH"


def test_clash_followed_by_shooting_was_armed() -> None:
    text = ("Youths from two neighbouring villages clashed near the market in Kotido. "
            "Two men were wounded in the shooting.")
    assert occurred(text)[0].code == "ARMED_CLASH"


def test_clash_of_villagers_without_firearms_is_mob_violence() -> None:
    text = ("Youths from two neighbouring villages clashed near the market in Kotido. "
            "Two men were taken to hospital with head wounds.")
    assert occurred(text)[0].code == "MOB_VIOL"


def test_police_clashing_with_demonstrators_makes_a_riot() -> None:
    text = ("Teachers held a demonstration in Mombasa against the closure of schools. "
            "Police clashed with the demonstrators.")
    assert occurred(text)[0].code == "VIOL_DEMONSTR"


@pytest.mark.parametrize(
    "text",
    [
        "Party members protested in Jammu and burnt an effigy of the chief minister.",
        "School nurses went on strike and barricaded themselves into the ministry offices to "
        "protest unpaid wages.",
        "Farmers protested in Multan for compensation after a rust attack destroyed their "
        "wheat.",
    ],
)
def test_symbolic_acts_keep_a_protest_peaceful(text: str) -> None:
    assert occurred(text)[0].code == "PEACE_PROTEST"


def test_grenade_answered_with_gunfire_is_a_battle() -> None:
    text = ("Militants threw a hand grenade at an army checkpoint in Baidoa on Monday. "
            "Soldiers reacted with gunfire towards the attackers.")
    assert occurred(text)[0].code == "ARMED_CLASH"


def test_abduction_describing_the_people_rescued_is_background() -> None:
    text = ("Armed men clashed with police officers during an operation to rescue two "
            "engineers who were kidnapped near Tampico.")
    assert occurred(text)[0].code == "ARMED_CLASH"


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Three Katyusha rockets fell near the airport on Tuesday, causing no damage.",
         "ART_MISS_ATTACK"),
        ("Prisoners rioted at the central prison in Kassala, demanding their release.",
         "VIOL_DEMONSTR"),
        ("Inter-clan violence erupted in the Gedo region, leaving five people dead.",
         "ARMED_CLASH"),
        ("Separatists blew up a railway track near Sibi on Sunday.", "PROPERTY_DISTRUCT"),
        ("The remains of two men were found wrapped in a blanket on the road to Celaya.",
         "ATTACK"),
        ("A woman was stabbed by a teenager in Holon, next to the central bus station.",
         "ATTACK"),
    ],
)
def test_event_words_of_wire_reports(text: str, code: str) -> None:
    assert occurred(text)[0].code == code


def test_violence_only_feared_keeps_a_protest_peaceful() -> None:
    text = ("Students protested in Dhaka against the fee increase. The police warned that the "
            "rally could turn violent.")
    assert occurred(text)[0].code == "PEACE_PROTEST"


@pytest.mark.parametrize(
    "text",
    [
        "Military police carried out an operation against drug trafficking in the favela of "
        "Mare. A shoot-out broke out and two suspects were killed.",
        "Three men charged with smuggling were shot dead by gunmen outside the court in Ciudad "
        "Obregon.",
    ],
)
def test_crime_named_as_a_charge_or_target_is_no_crime_event(text: str) -> None:
    assert "ORG_CRIME" not in [e.code for e in occurred(text)]


def test_explosives_that_went_off_while_planted_are_disrupted() -> None:
    text = ("Two militants were killed when the landmines they were planting exploded "
            "prematurely near Ghazni.")
    assert occurred(text)[0].code == "DISR_WEAP"


def test_officer_marked_off_duty_in_brackets_is_a_civilian_victim() -> None:
    text = "Militants shot and killed a police officer (assumed off-duty) near his home in Afgooye."
    assert occurred(text)[0].code == "ATTACK"
    on_duty = text.replace("(assumed off-duty)", "(on patrol)")
    assert occurred(on_duty)[0].code == "ARMED_CLASH"


def test_vigilante_style_killing_by_gunmen_is_an_attack() -> None:
    text = ("A drug suspect was shot dead in a vigilante-style attack by unidentified gunmen "
            "in Tacloban.")
    assert occurred(text)[0].code == "ATTACK"


def test_militiamen_clashing_with_farmers_is_a_battle() -> None:
    text = "Militiamen from Tonj clashed with farmers near the river on Tuesday."
    assert occurred(text)[0].code == "ARMED_CLASH"
    crowd = "Police clashed with farmers near the river on Tuesday."
    assert occurred(crowd)[0].code != "ARMED_CLASH"


def test_attackers_routed_by_hunters_fought_a_battle() -> None:
    text = ("Suspected militiamen attacked the village of Dioura and seized livestock. "
            "Local hunters routed the assailants.")
    assert occurred(text)[0].code == "ARMED_CLASH"


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Gunmen shot and killed two members of the state security service in Qamishli.",
         "ARMED_CLASH"),
        ("Gunmen shot and killed a member of a state security agency (assumed off-duty "
         "soldier) near the market in Jowhar.", "ATTACK"),
    ],
)
def test_members_of_security_services(text: str, code: str) -> None:
    assert occurred(text)[0].code == code


def test_armed_youth_clashing_with_residents_fought_a_battle() -> None:
    text = "Armed youth from Tonj clashed with residents of Kuajiena on Friday."
    assert occurred(text)[0].code == "ARMED_CLASH"


def test_warning_shots_at_nobody_are_no_battle() -> None:
    text = "Border guards fired warning shots in the air near the village of Apkan on Friday."
    assert [e.code for e in occurred(text)] == ["OTHER"]


def test_shots_in_the_air_at_a_protest_are_an_intervention() -> None:
    text = "Police fired shots in the air to disperse protesters in Lagos on Monday."
    assert occurred(text)[0].code == "PROTEST_WITH_INTER"


def test_displacement_caused_by_fighting_is_the_event() -> None:
    text = ("Heavy fighting between the army and the rebels forced about 500 villagers to flee "
            "to Kyauktaw town.")
    assert [e.code for e in occurred(text)] == ["OTHER"]


def test_villagers_fleeing_an_attack_leave_the_attack_the_main_event() -> None:
    text = "Gunmen attacked Allawa and abducted four farmers. Residents were forced to flee."
    assert occurred(text)[0].code == "ABDUCT_DISSAP"


def test_longest_phrase_wins_across_a_words_forms() -> None:
    text = "A shelling exchange between the two armies was reported near Bab al-Hawa on Monday."
    assert occurred(text)[0].code == "ARMED_CLASH"


@pytest.mark.parametrize(
    "text",
    [
        "Youths protested in Kibera over the killing of a neighbour. The protesters took one "
        "of the suspects to the scene and killed him.",
        "Worshippers demonstrated outside the council offices and tried to force their way "
        "into the building.",
    ],
)
def test_protesters_own_violence_makes_a_riot(text: str) -> None:
    assert occurred(text)[0].code == "VIOL_DEMONSTR"


def test_protesters_beaten_by_police_met_an_intervention() -> None:
    text = ("Protesting residents were beaten up and dragged into police cars by dozens of "
            "police on the main square of Durres.")
    assert occurred(text)[0].code in ("PROTEST_WITH_INTER", "FORCE_AGAINST_PROTEST")


def test_gunfire_at_a_shop_is_an_attack_not_damage() -> None:
    text = ("Four unidentified men opened fire on a shop owned by a councillor in Toba Tek Singh. "
            "No injuries were reported.")
    assert occurred(text)[0].code == "ATTACK"
