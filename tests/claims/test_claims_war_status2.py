"""How statements bear on an event's status, on invented sentences: a party saying the act did
not happen contests it, one saying it did no harm neither backs nor contests it, a statement
about a step taken after the event is about that step, a denial of "it" denies the clause
before it, and "it" or "the ministry" stands for the body that spoke just before."""

from __future__ import annotations

from eventwire.pipeline import extract
from eventwire.records import Event
from support import attributions, by_cue, content


def _events(text: str) -> list[Event]:
    return [e for e in extract(text, published="2025-03-02").events if e.modality == "occurred"]


def _event(text: str, codes: tuple[str, ...]) -> Event:
    return next(e for e in _events(text) if e.code in codes)


_STRIKES = ("AIR_STRIKE", "ART_MISS_ATTACK", "ATTACK")


# --- counter-statements ----------------------------------------------------------------------


def test_an_owner_reporting_no_damage_does_not_back_the_attack() -> None:
    text = "Rebels claim drone strike on tanker; shipping firm reports no damage"
    strike = _event(text, _STRIKES)
    assert strike.status == "reported"
    assert [c.stance for c in strike.claims] == ["asserts", "hedges"]
    # a strike told as done, with only its toll denied, is still backed
    text = ("The strike caused no casualties, the mayor said, while the army said its jets "
            "hit the depot.")
    assert _event(text, _STRIKES).status == "corroborated"


def test_no_casualties_and_an_unharmed_ship_neither_back_nor_contest_the_attack() -> None:
    text = ("The Houthis said they had fired two missiles at the bulk carrier, while its "
            "manager said there were no casualties and the ship was unharmed.")
    strike = _event(text, _STRIKES)
    assert strike.status == "reported"


def test_saying_the_vessel_was_not_hit_contests_the_attack() -> None:
    text = ("The rebels said they attacked a container ship with drones off Mokha, but its "
            "Danish owner said the vessel was not hit.")
    strike = _event(text, _STRIKES)
    assert strike.status == "contested"
    # one act told as done beside another denied is no denial, nor is a side's own word
    text = "The army said its jets hit the depot but did not strike the hospital nearby."
    assert [c.stance for c in _event(text, _STRIKES).claims] == ["asserts"]
    text = ("The rebels said they attacked a container ship with drones off Mokha, and the "
            "rebels later said the vessel was not hit.")
    assert _event(text, _STRIKES).status == "reported"


def test_saying_there_was_no_hit_contests_the_attack() -> None:
    text = ('The militia said its rockets struck the frigate on Friday, but "there was no hit '
            'on the ship," a navy officer said.')
    assert _event(text, _STRIKES).status == "contested"


def test_saying_no_such_strike_took_place_contests_it() -> None:
    text = ("Moscow said its missiles struck an airfield near Myrhorod, but Ukraine's air "
            "force said no such strike took place.")
    assert _event(text, _STRIKES).status == "contested"
    # a strike that "will not" come says nothing of what happened
    text = ("Israel said its jets would strike the port, but Cairo said there would be no "
            "attack on the city.")
    events = extract(text, published="2025-03-02").events
    statuses = [e.status for e in events if e.code in _STRIKES]
    assert statuses and "contested" not in statuses


def test_a_denial_of_the_act_in_the_next_sentence_contests_it() -> None:
    text = ("Russian artillery shelled a maternity ward in Kherson, regional officials said. "
            "Moscow said no such attack had taken place.")
    assert _event(text, _STRIKES).status == "contested"
    text = ("The rebels said they struck the tanker Sea Lark with a missile on Tuesday.\n"
            '"There was no hit," an official at the shipping firm said.')
    assert _event(text, _STRIKES).status == "contested"


def test_a_ship_said_not_struck_in_the_next_sentence_contests_the_strike() -> None:
    text = ("The rebels said they struck the tanker Sea Lark with a missile on Tuesday.\n"
            "Its Greek manager said the tanker had not been struck and its crew were safe.")
    assert _event(text, _STRIKES).status == "contested"
    # a denial of another target than the one told is a detail of where, not of the strike
    text = ("Russian drones hit Kyiv overnight, officials said. The air force said the drones "
            "did not hit the power plant.")
    assert _event(text, _STRIKES).status != "contested"


# --- statements about a later step -----------------------------------------------------------


def test_an_arrest_in_connection_with_an_attack_does_not_back_it() -> None:
    text = ("Gunmen stormed a bus station in Garissa on Sunday, killing seven people, a county "
            "official said.\nPolice said they had detained four suspects in connection with "
            "the attack.")
    attack = _event(text, ("ATTACK",))
    assert attack.status == "reported"
    assert [c.claimant for c in attack.claims] == ["a county official"]


def test_an_arrest_told_beside_an_attack_does_not_back_it() -> None:
    text = ("Gunmen killed five people at a market in Maiduguri on Sunday, a local official "
            "said, and police said they had arrested two suspects.")
    attack = _event(text, ("ATTACK",))
    assert [c.claimant for c in attack.claims] == ["a local official"]


def test_opening_an_investigation_into_a_blast_does_not_back_it() -> None:
    text = ("A roadside bomb wounded nine soldiers near Quetta on Monday, police said.\n"
            "Prosecutors said they had launched an investigation into the blast.")
    blast = _event(text, ("REM_EXPLOS",))
    assert blast.status == "reported"


# --- a denial of "it" --------------------------------------------------------------------------


def test_denying_it_after_a_clause_denies_that_clause() -> None:
    text = "A drone struck an oil terminal near Novorossiysk, but Ukraine denied it."
    att = by_cue(text, "denied", unique=True)
    assert content(text, att) == "A drone struck an oil terminal near Novorossiysk"
    assert att.stance == "denies"
    assert _event(text, _STRIKES).status == "contested"


def test_denying_it_after_a_semicolon_denies_the_clause_before() -> None:
    text = "Blasts shook an ammunition depot in Crimea; Kyiv denied it."
    att = by_cue(text, "denied", unique=True)
    assert content(text, att) == "Blasts shook an ammunition depot in Crimea"


def test_denying_it_after_a_statement_denies_what_was_said() -> None:
    text = ("Local officials said a missile hit a power plant in Sumy, but the Russian "
            "military denied it.")
    att = by_cue(text, "denied", unique=True)
    assert content(text, att) == "a missile hit a power plant in Sumy"


# --- "it", "they" and "the ministry" -----------------------------------------------------------


def test_the_ministry_is_the_one_that_spoke_not_one_mentioned_since() -> None:
    text = ("Russia's Defence Ministry said a Ukrainian missile hit a hospital in Donetsk, a "
            "day after Ukraine's Foreign Ministry summoned a Russian envoy. The ministry "
            "blamed Ukrainian air defences for the fire.")
    assert by_cue(text, "blamed", unique=True).claimant == "Russia's Defence Ministry"


def test_it_is_the_military_that_spoke_not_the_group_named_after_it() -> None:
    text = ("The Israeli military said its jets struck a Hamas command post in Gaza City "
            "overnight, after Hamas fighters fired rockets at Ashkelon. It said it had taken "
            "steps to reduce harm to civilians. It added that two soldiers were wounded.")
    atts = [a for a in attributions(text) if a.source == "It"]
    assert [a.claimant for a in atts] == ["Israeli military", "Israeli military"]


def test_it_that_denies_an_accusation_is_the_one_accused() -> None:
    text = ("Ukrainian officials accuse Moscow of shelling the campus of Kharkiv National "
            "University, which it denies.")
    assert by_cue(text, "denies", unique=True).claimant == "Moscow"


def test_it_after_a_person_spoke_is_the_body_that_spoke_before() -> None:
    text = ("Sudan's army said it had retaken a bridge in Omdurman from the Rapid Support "
            "Forces. A spokesman, Nabil Abdallah, said fighting went on north of the city. "
            "It said dozens of RSF fighters were killed.")
    att = next(a for a in attributions(text) if a.source == "It")
    assert att.claimant == "Sudan's army"


def test_the_group_is_the_armed_group_that_spoke_not_the_army_since() -> None:
    text = ("Hezbollah said it fired rockets at an Israeli base near Safed. The Israeli army "
            "said its air defences intercepted most of them. The group said it had targeted "
            "an artillery position.")
    att = next(a for a in attributions(text) if a.source == "The group")
    assert att.claimant == "Hezbollah"


def test_rejecting_a_charge_made_beside_a_strike_does_not_contest_the_strike() -> None:
    text = ("An airstrike on a school in Khan Younis killed nine people, the Health Ministry "
            "said. The military said it had struck militants hiding in the school and accused "
            "the group of using civilians as shields. The group rejected the accusation.")
    strike = _event(text, ("AIR_STRIKE",))
    assert strike.status == "corroborated"
    assert "denies" not in [c.stance for c in strike.claims]


def test_a_headline_restating_the_lead_is_no_second_source() -> None:
    text = ("Gunmen kill 12 villagers in Zamfara raid, residents say\n\n"
            "Gunmen killed 12 villagers in a raid on Kadisau in Zamfara state on Sunday, two "
            "residents told reporters.")
    raid = _event(text, ("ATTACK",))
    assert raid.status == "reported"
    assert len(raid.claims) == 1 and raid.claims[0].span[0] > text.index("\n")
