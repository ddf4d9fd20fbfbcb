"""Cues of putting out a work, of taking up a topic and of giving credence: invented
sentences, one shape each."""

from __future__ import annotations

from support import attributions, content, only_cue


def test_released_video_with_what_it_shows() -> None:
    text = "The rebel command released a video on Sunday showing its fighters near the airport."
    att = only_cue(text, "released")
    assert att.source == "The rebel command"
    assert content(text, att).startswith("a video")
    assert content(text, att).endswith("near the airport")


def test_laid_out_plan_takes_the_particle() -> None:
    text = "The governor laid out her plan for the flooded districts."
    att = only_cue(text, "laid out")
    assert att.source == "The governor"
    assert content(text, att).startswith("her plan")


def test_issuing_verb_without_a_work_is_no_statement() -> None:
    assert attributions("The militia released two hostages on Friday.") == []
    assert attributions("The workers laid a letter on the table.") == []


def test_letter_urging_gives_way_to_what_it_urges() -> None:
    text = "The union sent a letter to the mayor urging him to reopen the bridge."
    found = attributions(text)
    assert found and all(a.source == "The union" for a in found)
    assert not any(content(text, a).startswith("a letter") for a in found)


def test_topic_taken_up_is_the_content() -> None:
    text = "The minister did not address the fuel shortages in her speech."
    att = only_cue(text, "did not address")
    assert att.source == "The minister"
    assert content(text, att).startswith("the fuel shortages")
    text = "Monitors documented dozens of strikes on the power grid."
    att = only_cue(text, "documented")
    assert content(text, att).startswith("dozens of strikes")


def test_addressing_an_audience_is_no_statement() -> None:
    assert attributions("The minister addressed the assembly on Monday.") == []


def test_believing_a_person_reports_no_claim() -> None:
    assert attributions("The judge believed the witness.") == []
    text = "Many voters believed the rumors about the bridge."
    att = only_cue(text, "believed")
    assert content(text, att) == "the rumors about the bridge"


def test_feared_plain_object_is_an_attitude() -> None:
    # PolNeAR marks feared or wanted things as attributed: "residents fear reprisals"
    text = "The villagers fear a new offensive."
    att = only_cue(text, "fear")
    assert att.source == "The villagers"
    assert content(text, att) == "a new offensive"


def test_gone_after_as_is_a_verbal_attack() -> None:
    text = "The senator has gone after the governor as a reckless spender."
    att = only_cue(text, "has gone after")
    assert att.source == "The senator"
    assert content(text, att) == "the governor as a reckless spender"
    assert attributions("The troops went after the militants in the hills.") == []


def test_topic_as_a_question_clause() -> None:
    text = "The monitors documented how the militia shelled the town."
    att = only_cue(text, "documented")
    assert att.source == "The monitors"
    assert content(text, att) == "how the militia shelled the town"
