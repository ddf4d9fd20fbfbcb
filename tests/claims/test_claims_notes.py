"""Attributions in short incident notes and local news: an age set beside a name is no role
("NAME, 34, said"), a lead-in date or place does not belong to the speaker, and words that only
look like cues ("had two charges against her", "an argument over ...") make no statement."""

from __future__ import annotations

from support import attributions, by_cue


def test_an_age_beside_the_name_is_no_role() -> None:
    text = "Olena Marchuk, 34, told reporters that the shelter had no water."
    att = by_cue(text, "told", unique=True)
    assert (att.claimant, att.claimant_role) == ("Olena Marchuk", None)


def test_an_age_does_not_hide_the_title_before_the_name() -> None:
    text = "Deputy Mayor Pavel Rudko, 52, said the bridge would stay closed."
    att = by_cue(text, "said", unique=True)
    assert (att.claimant, att.claimant_role) == ("Pavel Rudko", "Deputy Mayor")


def test_a_lead_in_date_and_place_are_no_part_of_the_source() -> None:
    text = ("On 14 May 2021, in Lozova, Kharkiv, workers of the PIVDEN mill protested "
            "complaining about the size of their wages.")
    att = by_cue(text, "protested complaining about", unique=True)
    assert att.source == "workers of the PIVDEN mill"


def test_a_name_before_a_bare_plural_is_no_part_of_the_source() -> None:
    text = ("On 9 June 2021, in Tarbes, Occitanie, nurses at a rural clinic demonstrated to "
            "ask for more staff.")
    att = by_cue(text, "demonstrated to ask for", unique=True)
    assert att.source == "nurses at a rural clinic"


def test_the_place_of_a_protest_is_not_what_it_is_against() -> None:
    text = "About 40 miners held a protest in Kyiv against the closure of the pit."
    (att,) = attributions(text)
    assert text[att.content_span[0] : att.content_span[1]] == "the closure of the pit"


def test_an_argument_that_took_place_is_no_statement() -> None:
    text = "A councillor was stabbed after an argument over the tender for the school."
    assert attributions(text) == []


def test_an_argument_as_a_backdrop_is_an_unsourced_statement() -> None:
    text = "The talks stalled amid an argument over the border."
    assert [a.cue for a in attributions(text)] == ["an argument over"]


def test_charges_someone_has_against_her_are_none_she_makes() -> None:
    text = "The driver had two charges against her over smuggled fuel."
    assert attributions(text) == []


def test_charges_raised_against_someone_are_a_statement() -> None:
    text = "The prosecutor raised charges against the commander over the shelling."
    assert [a.source for a in attributions(text)] == ["The prosecutor"]
