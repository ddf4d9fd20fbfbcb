"""Hand-written reports, one or two sentences each, through the real pipeline: each code family,
modality, actor normalisation, targets, several events in one sentence."""

from __future__ import annotations

import pytest

from eventwire.pipeline import extract
from eventwire.records import EVENT_CODES, Event


def events(text: str, published: str = "2020-05-10") -> list[Event]:
    return list(extract(text, published=published).events)


def occurred(text: str) -> list[Event]:
    return [e for e in events(text) if e.modality == "occurred"]


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("On 9 May 2020, about 2500 medical interns protested in Tel Aviv, demanding better "
         "working conditions.", "PEACE_PROTEST"),
        ("On 3 May 2020, police fired tear gas to disperse hundreds of protesters in Nairobi.",
         "PROTEST_WITH_INTER"),
        ("On 4 May 2020, rioters burned shops and pelted police with stones in Kano.",
         "VIOL_DEMONSTR"),
        ("On 2 May 2020, a mob lynched a suspected thief in a village near Lagos.", "MOB_VIOL"),
        ("On 1 May 2020, unknown gunmen shot dead a farmer near Kaya.", "ATTACK"),
        ("Russian forces shelled Kharkiv overnight, damaging a residential building.",
         "ART_MISS_ATTACK"),
        ("A roadside bomb exploded near a military convoy in Helmand on Tuesday.", "REM_EXPLOS"),
        ("Al Shabaab militants clashed with Somali soldiers near Kismayo.", "ARMED_CLASH"),
        ("Gunmen abducted 12 students from a school in Kaduna.", "ABDUCT_DISSAP"),
        ("Police arrested five activists in Minsk on Sunday.", "ARREST"),
        ("Air defences intercepted three missiles over Kyiv.", "DISR_WEAP"),
        ("The French foreign minister visited Ankara for talks with his Turkish counterpart.",
         "DIPLO"),
        ("A strong earthquake struck eastern Turkey on Friday.", "NATURAL_DISASTER"),
        ("An Israeli airstrike hit a house in Gaza City, killing four people.", "AIR_STRIKE"),
        ("A suicide bomber blew himself up at a checkpoint in Mogadishu.", "SUIC_BOMB"),
        ("Government forces recaptured the town of Palmyra from ISIS.", "GOV_REGAINS_TERIT"),
        ("Militants threw a grenade at a police station in Srinagar.", "GRENADE"),
        ("Soldiers raped two women in a village in South Kivu.", "SEX_VIOL"),
        ("Looters ransacked shops in Port-au-Prince.", "PROPERTY_DISTRUCT"),
        ("The two sides agreed to a ceasefire in Tripoli.", "AGREEMENT"),
        ("Hamas claimed responsibility for the rocket attack on Sderot.", "ATTRIB"),
        ("On 7 May 2020, the Ukrainian Forces fired 82mm mortars and small arms at the "
         "positions of the militia near Marinka.", "ARMED_CLASH"),
        ("On 7 May 2020, two groups of villagers clashed over a land dispute in Ballia.",
         "MOB_VIOL"),
    ],
)
def test_code_of_each_family(text: str, code: str) -> None:
    found = occurred(text)
    assert code in [e.code for e in found], [(e.code, e.modality) for e in found]
    for e in found:
        assert e.code in EVENT_CODES
        assert 0.0 < e.confidence < 1.0


@pytest.mark.parametrize(
    "text",
    [
        "Police arrested five activists in Minsk on Sunday.",
        "A strong earthquake struck eastern Turkey on Friday.",
    ],
)
def test_one_event_per_report(text: str) -> None:
    assert len(occurred(text)) == 1


def test_no_trigger_no_event() -> None:
    assert events("The mine produced 80,000 tons of coal per month in the Donetsk region.") == []
    assert events("The committee published its annual report on coal exports.") == []


@pytest.mark.parametrize(
    ("text", "modality"),
    [
        ("The army plans to launch an offensive on the town next week.", "planned"),
        ("Analysts warned that militants could attack the city.", "hypothetical"),
        ("The foreign minister is due to meet his Turkish counterpart in Ankara next week.",
         "planned"),
        ("Envoys from both sides are set to sign a ceasefire in Doha on Friday.", "planned"),
        ("The president is to visit troops on the front line later this month.", "planned"),
        ("Egypt and Qatar said talks on a new truce would resume in Cairo on Sunday.",
         "planned"),
        ("The army said it would attack the town if the rebels refused to leave.",
         "hypothetical"),
        ("Germany discussed the proposed delivery of howitzers and a planned airstrike "
         "campaign.", "planned"),
    ],
)
def test_modality_not_occurred(text: str, modality: str) -> None:
    found = events(text)
    assert found, text
    assert all(e.modality != "occurred" for e in found)
    assert modality in {e.modality for e in found}


def test_cause_and_idiom_are_no_schedule() -> None:
    # "due to" as a cause and "set fire to" as an act keep the event as reported
    for text in ("Five soldiers were killed due to shelling near the border on Monday.",
                 "Rebels set fire to a police station in the town on Monday."):
        found = events(text)
        assert found and all(e.modality == "occurred" for e in found), text


def test_negated_event_is_no_event() -> None:
    assert events("Troops did not shell the village.") == []
    assert not [e for e in events("Ukraine is not poised to initiate peace talks with Russia.")
                if e.code == "AGREEMENT"]


def test_multi_event_sentence() -> None:
    found = occurred(
        "The Russian military launched 80 drones at Ukraine overnight and 58 of them were shot "
        "down.")
    codes = [e.code for e in found]
    assert "AIR_STRIKE" in codes and "DISR_WEAP" in codes
    strike = next(e for e in found if e.code == "AIR_STRIKE")
    assert strike.actor1 is not None and strike.actor1.name == "Military Forces of Russia"
    assert strike.actor1.country == "RU" and strike.actor1.kind == "state"


def test_earlier_attack_is_its_own_linked_event() -> None:
    found = events(
        "On January 14, drones struck a fuel depot in Engels that had already been damaged in an "
        "earlier attack on January 8.", published="2025-01-14")
    dates = {e.date: e for e in found if e.code == "AIR_STRIKE"}
    assert set(dates) == {"2025-01-14", "2025-01-08"}
    current, past = dates["2025-01-14"], dates["2025-01-08"]
    assert any(r.event_id == current.event_id and r.relation == "earlier_attack"
               for r in past.related)
    assert current.target is not None and current.target.category == "energy"


def test_a_vessel_of_a_nation_that_blew_up_names_no_attacker() -> None:
    found = occurred("A Russian tanker exploded off the coast of Turkey on Monday.")
    assert found
    for event in found:
        assert event.actor1 is None or event.actor1.kind != "state"


def test_a_weapon_shot_down_names_no_attacker() -> None:
    found = occurred("A Russian drone that was downed over Sumy on Monday fell on a barn.")
    assert found
    for event in found:
        assert event.actor1 is None or event.actor1.country != "RU"


def test_redescription_merges() -> None:
    found = events(
        "Ukrainian forces damaged the facilities of the 'Zarya' mine.\n"
        "The destruction of the 'Zarya' mine hit the region's economy.")
    occurred_ = [e for e in found if e.modality == "occurred"]
    assert len(occurred_) == 1
    assert len([ev for ev in occurred_[0].evidence if ev.field == "code"]) == 2


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        ("Ukrainian armed formations shelled the village.", "Military Forces of Ukraine", "state"),
        ("The Russian military shelled the village.", "Military Forces of Russia", "state"),
        ("Boko Haram fighters attacked a military base in Borno.", "Boko Haram", "rebel"),
        ("Unknown gunmen shot dead a trader near Kaya.", "Unidentified Armed Group", "militia"),
        # the nationality of the weapon names who fired it
        ("A Russian glide bomb hit a school in Sumy on Friday.", "Military Forces of Russia",
         "state"),
        ("A bridge near Belgorod was damaged by Ukrainian drones.", "Military Forces of Ukraine",
         "state"),
    ],
)
def test_actor_normalisation(text: str, name: str, kind: str) -> None:
    found = occurred(text)
    actors = [e.actor1 for e in found if e.actor1 is not None]
    assert any(a.name.startswith(name) and a.kind == kind for a in actors), actors


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("Drones hit an oil refinery in Ryazan.", "energy"),
        ("Shelling damaged a residential building in Kharkiv.", "residential"),
        ("Missiles struck a railway bridge near Zaporizhzhia.", "transport"),
        ("An airstrike destroyed a hospital in Idlib.", "health"),
        ("Saboteurs damaged the facilities of the Pokrovsky mine.", "industrial"),
    ],
)
def test_target_category(text: str, category: str) -> None:
    found = occurred(text)
    cats = [e.target.category for e in found if e.target is not None]
    assert category in cats, [(e.code, e.target) for e in found]


def test_evidence_spans_point_into_text() -> None:
    text = "On 1 May 2020, unknown gunmen shot dead a farmer near Kaya, killing him."
    for e in events(text):
        for ev in e.evidence:
            assert text[ev.span[0] : ev.span[1]] == ev.text
        assert e.date == "2020-05-01" and e.date_text is not None


def test_a_plan_takes_no_date_from_its_announcement() -> None:
    # "said on Thursday" dates the announcement; "next week" is still to come and undated
    text = "Ukraine said on Thursday that the president is due to meet NATO ministers in " \
        "Brussels next week."
    plans = [e for e in extract(text, published="2026-11-21").events if e.modality == "planned"]
    assert plans and all(e.date is None for e in plans)
    assert any(e.date_text == "next week" for e in plans)
