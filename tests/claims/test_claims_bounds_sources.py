"""Source boundaries on hand-written sentences: who speaks when a recording shows them."""

from __future__ import annotations

from support import attributions, content, only


def test_the_one_a_recording_shows_speaks() -> None:
    text = "The new ad uses footage of the senator asking, \u201cWhy am I not ahead?\u201d"
    att = only(text)
    assert (att.source, att.cue) == ("the senator", "asking")
    assert content(text, att) == "\u201cWhy am I not ahead?\u201d"


def test_a_thing_used_for_a_purpose_still_does_not_speak() -> None:
    text = "The bishop used harsh words to condemn the raid on the shelter."
    att = only(text)
    assert att.source == "The bishop"


def test_the_one_blamed_for_saying_something_said_it() -> None:
    text = "The minister was criticised by the union for saying that the strike was illegal."
    said = next(a for a in attributions(text) if a.cue == "saying")
    assert said.source == "The minister"
    assert content(text, said) == "that the strike was illegal"


def test_a_name_found_before_its_cue_keeps_its_article() -> None:
    text = "The choice by the UN to not endorse the vote was a blunder."
    att = next(a for a in attributions(text) if "endorse" in a.cue)
    assert att.source == "the UN"


def test_a_bracketed_remark_after_the_name_is_not_the_source() -> None:
    text = ("The curfew is a grave mistake, said Mr. Okafor (a view shared by most residents "
            "we met).")
    att = next(a for a in attributions(text) if a.cue == "said")
    assert att.source == "Mr. Okafor"
    text = "The plan will fail, said Sen. Ann Reed (D-Ohio)."
    assert only(text).source == "Sen. Ann Reed (D-Ohio)"


def test_a_verb_hung_on_an_extraposed_it_goes_on_with_the_clause() -> None:
    text = ("It is truly remarkable that Reed wants scrutiny of the police, yet refuses "
            "to disclose his own expenses.")
    att = next(a for a in attributions(text) if a.cue == "refuses")
    assert att.source == "Reed"


def test_the_people_counted_before_a_closing_source_are_not_the_source() -> None:
    text = ("A drone hit a school in Kherson on Sunday, wounding at least 14 people including "
            "three teachers, regional governor Oleksandr Prokudin said.")
    att = next(a for a in attributions(text) if a.cue == "said")
    assert att.source == "regional governor Oleksandr Prokudin"


def test_a_name_and_its_apposition_stay_one_source() -> None:
    text = "Ann Reed, the mayor of Lviv, said the city was calm on Sunday."
    assert only(text).source == "Ann Reed, the mayor of Lviv"


def test_a_counted_group_opened_by_a_quantifier_is_not_the_source() -> None:
    text = ("A military air strike on a monastery in the central Sagaing region killed at "
            "least 18 people, most of them villagers sheltering from fighting, a local "
            "resistance group and residents said on Monday.")
    att = next(a for a in attributions(text) if a.cue == "said")
    assert att.source == "a local resistance group and residents"
