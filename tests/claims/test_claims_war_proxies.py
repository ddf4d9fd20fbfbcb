"""Who speaks for a party on invented war-report sentences: an unnamed spokesman, official,
source or commander of a named body makes the body's claim (the body is the claimant, the
speaker's words its role); a body named by a definite description is its own claimant; a
person's office or spokesman speaks for that person."""

from __future__ import annotations

import pytest

from eventwire.claims import claims_for, find_attributions, status_for
from eventwire.nlp import get_nlp
from support import attributions, by_cue, only


@pytest.mark.parametrize(("text", "claimant", "role"), [
    ("The rebels overran two border posts at dawn, a spokesman for the Patriotic Liberation "
     "Front told reporters.", "Patriotic Liberation Front", "spokesman"),
    ("Troops shelled the market on Tuesday, a spokeswoman for the Delta Defence Council "
     "said.", "Delta Defence Council", "spokeswoman"),
    ("A drone hit a fuel depot near the station, an official at the regional administration "
     "said.", "regional administration", "official"),
    ("Two soldiers were killed at the checkpoint, a source in the defence ministry said.",
     "defence ministry", "source"),
    ("Insurgents stormed the base at dawn, a commander of the Northern Liberation Army said.",
     "Northern Liberation Army", "commander"),
    ("Officials at the interior ministry said the bridge had been mined.", "interior ministry",
     "officials"),
    ("A Kremlin spokesman said the talks had stalled.", "Kremlin", "spokesman"),
    ("A senior Hamas official said the truce talks would resume on Sunday.", "Hamas",
     "senior official"),
    ("An army spokesman said two soldiers were wounded in the ambush.", "army", "spokesman"),
])
def test_an_unnamed_speaker_for_a_named_body_makes_the_bodys_claim(
        text: str, claimant: str, role: str) -> None:
    att = only(text)
    assert (att.claimant, att.claimant_role) == (claimant, role)


def test_a_named_speaker_for_a_body_is_that_person() -> None:
    text = ("The convoy was ambushed on the coast road, a spokesman for the army, Colonel "
            "Idris Farah, said. Coastal Guard spokesman Omar Wali said three boats were sunk.")
    first, second = attributions(text)
    assert (first.claimant, first.claimant_role) == ("Idris Farah", "spokesman for the army")
    assert (second.claimant, second.claimant_role) == ("Omar Wali", "Coastal Guard spokesman")


def test_a_place_or_a_bystander_is_no_party_spoken_for() -> None:
    # no party: the vague source is its own claimant, as written (`claims/vague.py`)
    official = only("An official in Odesa said the port was closed.")
    assert (official.claimant, official.claimant_role) == ("An official in Odesa", "official")
    assert only("A resident of Kramatorsk said the blast shattered windows.").claimant is None


def test_the_army_spokesman_after_a_named_army_spokesman_is_that_person() -> None:
    text = ("Army spokesman Nabil Hamed said the town was retaken. The army spokesman said "
            "later that the road was open.")
    assert attributions(text)[-1].claimant == "Nabil Hamed"


def test_a_spokesman_for_a_body_is_no_second_source_for_it() -> None:
    text = ("The Coastal Guard said its boats sank a gunboat near the island. A spokesman for "
            "the Coastal Guard said the gunboat had opened fire first.")
    atts = find_attributions(get_nlp()(text))
    assert [a.claimant for a in atts] == ["Coastal Guard", "Coastal Guard"]
    claims = claims_for(atts, 0, len(text), text=text)
    assert status_for(claims) == "reported"


@pytest.mark.parametrize(("text", "claimant"), [
    ("The army said in a statement that it had repelled the assault.", "army"),
    ("The defence ministry said its air defences shot down 23 drones.", "defence ministry"),
    ("The military said two soldiers were killed at a checkpoint.", "military"),
    ("The interior ministry said police arrested five suspects after the bombing.",
     "interior ministry"),
    ("The regional administration said a missile hit a school.", "regional administration"),
])
def test_a_body_named_by_a_definite_description_is_its_own_claimant(
        text: str, claimant: str) -> None:
    att = only(text)
    assert (att.claimant, att.claimant_role) == (claimant, None)


def test_a_bare_military_takes_the_country_the_report_gave_it() -> None:
    text = ("The Sudanese army fought the Rapid Support Forces near the bridge on Tuesday. "
            "The military said in a statement that it had repelled the assault.")
    assert by_cue(text, "said", unique=True).claimant == "Sudanese army"


@pytest.mark.parametrize(("text", "claimant", "role"), [
    ("Moldovan President Maia Sandu will visit the border crossing on Friday, her office "
     "said.", "Maia Sandu", "office"),
    ("Governor Pavlo Kyrylenko said a drone hit a car in the town. His spokesman said two "
     "people were wounded.", "Pavlo Kyrylenko", "spokesman"),
    ("Prime Minister Denys Marchuk condemned the strike. His government said repairs would "
     "take weeks.", "Denys Marchuk", "government"),
    ("Andriy Moroz's office said the convoy had reached the city.", "Andriy Moroz", "office"),
])
def test_a_persons_office_or_spokesman_speaks_for_the_person(
        text: str, claimant: str, role: str) -> None:
    att = attributions(text)[-1]
    assert (att.claimant, att.claimant_role) == (claimant, role)


def test_his_office_stands_for_no_one_named_long_before() -> None:
    text = ("Governor Pavlo Kyrylenko visited the port. Cranes were damaged. Fires burned "
            "into the night. Workers cleared the debris. His office said the port would reopen.")
    assert attributions(text)[-1].claimant is None


def test_a_speaker_for_the_body_that_spoke_before_speaks_for_that_body() -> None:
    text = ("Three drones were downed over the coast, Moldova's air force said. A spokesman for "
            "the air force said the drones came from the east.")
    att = attributions(text)[-1]
    assert (att.claimant, att.claimant_role) == ("Moldova's air force", "spokesman")
