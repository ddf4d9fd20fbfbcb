"""Stances and event statuses in war reports, on invented sentences: how a source says what
it says (footage that only appears to show, officials who say they cannot confirm), and what
that does to the events and the claims of responsibility linked to them."""

from __future__ import annotations

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

