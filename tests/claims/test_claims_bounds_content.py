"""Content and cue boundaries around the words between a cue and its content, on
hand-written sentences."""

from __future__ import annotations

from support import content, only


def test_a_circumstance_before_the_infinitive_is_not_the_addressee() -> None:
    text = "The panel decided during the session to reopen the inquiry."
    att = only(text)
    assert (att.source, att.cue) == ("The panel", "decided")
    assert content(text, att) == "to reopen the inquiry"


def test_the_one_appealed_to_opens_the_content() -> None:
    text = "The union called on the drivers to stay home on Monday."
    att = only(text)
    assert att.cue == "called on"
    assert content(text, att) == "the drivers to stay home on Monday"


def test_a_preposition_whose_object_went_before_joins_the_cue() -> None:
    text = ("She held up a memo from the council, which the union pointed to as proof "
            "of bad faith.")
    att = only(text)
    assert (att.source, att.cue) == ("the union", "pointed to")


def test_an_infinitive_cue_after_its_speaker_keeps_its_to() -> None:
    text = "The judge forced the clerk to admit that the files were lost."
    att = only(text)
    assert (att.source, att.cue) == ("the clerk", "to admit")
    assert content(text, att) == "that the files were lost"


def test_a_clause_the_parser_broke_in_two_is_one_content() -> None:
    text = ("The warden went on to explain how she believes cuts to staffing left the "
            "prison without guards.")
    att = only(text)
    assert att.cue == "went on to explain"
    assert content(text, att) == (
        "how she believes cuts to staffing left the prison without guards")


def test_an_adverb_of_an_adverb_before_a_light_verb_joins_the_cue() -> None:
    text = "Local leaders almost universally expressed anger over the verdict."
    att = only(text)
    assert (att.source, att.cue) == ("Local leaders", "almost universally expressed anger over")
    assert content(text, att) == "the verdict"
