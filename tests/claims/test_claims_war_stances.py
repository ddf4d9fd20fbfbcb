"""Stances and event statuses in war reports, on invented sentences: how a source says what
it says (footage that only appears to show, officials who say they cannot confirm), and what
that does to the events and the claims of responsibility linked to them."""

from __future__ import annotations

import pytest

from eventwire.claims import claims_for, find_attributions, status_for
from eventwire.nlp import get_nlp
from eventwire.pipeline import extract
from eventwire.records import Claim, Event, Stance
from support import by_cue, content


def test_footage_that_appears_to_show_hedges() -> None:
    text = "A video checked by AFP appeared to show the drone striking the tower."
    att = by_cue(text, "appeared to show", unique=True)
    assert content(text, att) == "the drone striking the tower"
    assert att.stance == "hedges"


def test_images_that_seem_to_confirm_hedge() -> None:
    text = "Satellite pictures seemed to confirm that the hangar roof had collapsed."
    att = by_cue(text, "seemed to confirm", unique=True)
    assert att.stance == "hedges"


def test_saying_one_could_not_confirm_the_strike_hedges() -> None:
    text = "Officials in the occupied port said they could not confirm the strike on the depot."
    att = by_cue(text, "said", unique=True)
    assert content(text, att) == "they could not confirm the strike on the depot"
    assert att.stance == "hedges"


def test_saying_one_was_unable_to_verify_the_toll_hedges() -> None:
    text = "A hospital director said he was unable to verify the number of dead."
    assert by_cue(text, "said", unique=True).stance == "hedges"


def test_saying_one_was_not_able_to_confirm_hedges() -> None:
    text = "A United Nations official said the agency was not able to confirm the death toll."
    assert by_cue(text, "said", unique=True).stance == "hedges"



# --- claims and denials of responsibility (ATTRIB events) ------------------------------------


def _events(text: str) -> list[Event]:
    return [e for e in extract(text, published="2025-03-02").events if e.modality == "occurred"]


def _links(found: list[Event]) -> set[tuple[str, str, str]]:
    codes = {e.event_id: e.code for e in found}
    return {(e.code, r.relation, codes.get(r.event_id, "?")) for e in found for r in e.related}


def test_denying_any_role_in_an_attack_is_a_denial_of_responsibility() -> None:
    text = ("A drone hit a fuel depot outside Basra on Monday.\n"
            "A powerful local militia denied any role in the attack.")
    found = _events(text)
    assert ("ATTRIB", "responsibility_for", "AIR_STRIKE") in _links(found)
    strike = next(e for e in found if e.code == "AIR_STRIKE")
    assert strike.status == "contested"


def test_accusing_a_party_of_an_attack_is_a_claim_of_responsibility() -> None:
    text = ("Gunmen killed 14 villagers in central Mali on Sunday.\n"
            "The army accused a jihadist group of carrying out the massacre.")
    assert ("ATTRIB", "responsibility_for", "ATTACK") in _links(_events(text))


def test_an_accusation_of_an_act_read_as_a_charge_is_about_the_attack_before() -> None:
    text = ("Artillery hit a clinic in Kherson on Friday, killing two nurses.\n"
            "Kyiv accused Russian troops of shelling the clinic.")
    assert ("ATTRIB", "responsibility_for", "ART_MISS_ATTACK") in _links(_events(text))



def test_a_group_saying_it_carried_out_the_ambush_claims_responsibility() -> None:
    text = ("Gunmen ambushed an army convoy near Mopti on Tuesday, killing nine soldiers.\n"
            "A jihadist group said it carried out the ambush.")
    assert ("ATTRIB", "responsibility_for", "ARMED_CLASH") in _links(_events(text))


def test_a_quoted_claim_in_the_first_person_claims_responsibility() -> None:
    text = ('Gunmen raided a police camp near Kidal on Monday, killing four officers.\n'
            '"We carried out the raid on the camp," the militia said in a statement.')
    assert ("ATTRIB", "responsibility_for", "ARMED_CLASH") in _links(_events(text))


def test_the_group_saying_it_carried_out_a_bombing_is_its_actor() -> None:
    text = ("A car bomb exploded outside a hotel in Mogadishu on Saturday, killing nine "
            "people.\nAl Shabaab said it had carried out the attack.")
    bomb = next(e for e in _events(text) if e.code == "REM_EXPLOS")
    assert bomb.actor1 is not None and bomb.actor1.name == "Al Shabaab"



def test_sources_saying_they_received_the_wounded_claim_no_attack() -> None:
    text = ("Dozens were killed in the village on Sunday.\n"
            "Two medical sources said they had received 30 wounded people.")
    assert all(e.code != "ATTRIB" for e in _events(text))



def test_neither_confirming_nor_denying_involvement_is_no_denial_of_responsibility() -> None:
    text = ("Drones struck an oil depot in Bryansk overnight.\n"
            "Ukraine's military neither confirmed nor denied involvement in the attack.")
    assert all(e.code != "ATTRIB" for e in _events(text))


def test_stopping_short_of_blaming_a_party_is_no_claim_of_responsibility() -> None:
    text = ("A drone hit a base in Jordan on Sunday.\n"
            "The Pentagon stopped short of blaming Tehran for the attack.")
    assert all(e.code != "ATTRIB" for e in _events(text))



def test_the_government_that_blames_a_group_for_the_attack_is_not_its_actor() -> None:
    text = ("A car bomb exploded outside a hotel in Mogadishu on Saturday, killing nine "
            "people.\nThe government blamed the Islamic State group for the attack.")
    bomb = next(e for e in _events(text) if e.code == "REM_EXPLOS")
    assert bomb.actor1 is None or "Government" not in bomb.actor1.name



def test_a_blame_and_a_denial_by_two_parties_are_two_statements() -> None:
    text = ("A drone hit a base hosting US troops in Iraq on Thursday.\n"
            "Washington blamed Iran-backed militias for the attack.\n"
            "Kataib Hezbollah denied any role in the strike.")
    claims = [e for e in _events(text) if e.code == "ATTRIB"]
    assert sorted(len(e.claims) for e in claims) == [1, 1]
    assert sorted(e.status for e in claims) == ["contested", "reported"]


# --- event status ------------------------------------------------------------------------------


def _claim(claimant: str, stance: Stance = "asserts") -> Claim:
    return Claim(claimant, None, None, None, stance, claimant, (0, len(claimant)))


def test_a_group_named_with_and_without_the_word_group_is_one_source() -> None:
    claims = [_claim("Islamic State"), _claim("the Islamic State group")]
    assert status_for(claims) == "reported"


def _claims_of_first_sentence(text: str) -> list[Claim]:
    atts = find_attributions(get_nlp()(text))
    return claims_for(atts, 0, text.index(".") + 1, text=text)


def test_a_denial_of_the_claim_named_by_its_side_answers_it() -> None:
    text = ("The coastal brigade said its drones hit a fuel barge near the harbour. "
            "The navy command dismissed the Ukrainian claim as propaganda.")
    claims = _claims_of_first_sentence(text)
    assert [c.stance for c in claims] == ["asserts", "denies"]
    assert status_for(claims) == "contested"


def test_a_rejection_of_another_side_s_figures_answers_them() -> None:
    text = ("Rebel commanders said 40 soldiers were killed in the assault on the garrison. "
            "The army rejected the rebels' figures.")
    assert [c.stance for c in _claims_of_first_sentence(text)] == ["asserts", "denies"]


def test_a_denial_about_a_strike_does_not_contest_the_truce_said_beside_it() -> None:
    text = ("A drone hit a base near Baghdad on Thursday.\n"
            "The militia denied any role in the strike and said it remained committed to a "
            "truce it declared in May.")
    truce = next(e for e in _events(text) if e.code == "AGREEMENT")
    assert [c.stance for c in truce.claims] == ["asserts"]
    assert truce.status == "reported"


def test_rejecting_an_accusation_does_not_contest_the_clash_said_beside_it() -> None:
    text = ("The army accused the paramilitary force of killing 40 villagers in Darfur on "
            "Sunday.\nThe paramilitary force rejected the accusation and said its fighters had "
            "clashed with army units near the village.")
    found = _events(text)
    clash = next(e for e in found if e.code == "ARMED_CLASH")
    assert clash.status == "reported"
    killing = next(e for e in found if e.code == "ATTACK")
    assert killing.status == "contested"


def test_a_group_claiming_the_attack_and_a_government_blaming_another_contest_it() -> None:
    text = ("A car bomb exploded outside a hotel in Mogadishu on Saturday, killing nine "
            "people.\nAl Shabaab said it had carried out the attack.\n"
            "The government blamed the Islamic State group for the attack.")
    bomb = next(e for e in _events(text) if e.code == "REM_EXPLOS")
    assert bomb.status == "contested"


@pytest.mark.parametrize(("text", "cue"), [
    ("A security source said the drones had hit an air base, but declined to give further "
     "details.", "declined"),
    ("The army refused to provide casualty figures for the battle.", "refused"),
])
def test_declining_to_give_what_one_would_say_hedges(text: str, cue: str) -> None:
    assert by_cue(text, cue, unique=True).stance == "hedges"
