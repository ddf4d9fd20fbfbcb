"""Records and reckonings as sources, owners of statements named by a common noun, records
that agree, and caring about something: invented sentences, one shape each."""

from __future__ import annotations

from support import attributions, content, only_cue


def test_by_one_estimate_is_a_source() -> None:
    text = "By one estimate, more than 40,000 people have left the valley since March."
    att = only_cue(text, "By")
    assert att.source == "one estimate"
    assert content(text, att).startswith("more than 40,000 people")


def test_by_a_count_after_the_clause() -> None:
    text = "The toll has doubled since Friday, by the ministry's count."
    att = only_cue(text, "by")
    assert att.source == "the ministry's count"
    assert content(text, att).startswith("The toll has doubled")


def test_by_an_agent_is_no_reckoning() -> None:
    assert all(a.cue != "by" for a in attributions("The bridge was damaged by the flood."))


def test_standing_measured_in_polls() -> None:
    text = "The governor's narrow lead in two recent polls has unsettled her rivals."
    att = only_cue(text, "in")
    assert att.source == "two recent polls"
    assert content(text, att).startswith("The governor's narrow lead")


def test_statement_owned_by_a_common_noun_speaker() -> None:
    text = "Despite government warnings that the dam could fail, residents stayed in their homes."
    att = only_cue(text, "warnings")
    assert att.source == "government"
    assert content(text, att) == "that the dam could fail"


def test_records_agree_on_a_finding() -> None:
    text = "Two separate reports agree that the ministry overspent on fuel."
    att = only_cue(text, "agree")
    assert att.source == "Two separate reports"
    assert content(text, att) == "that the ministry overspent on fuel"


def test_caring_about_is_a_stance() -> None:
    text = "Most voters care about the price of bread."
    att = only_cue(text, "care about")
    assert att.source == "Most voters"
    assert content(text, att) == "the price of bread"
    assert attributions("Nurses cared for the wounded all night.") == []


def test_institutions_take_sides() -> None:
    text = "Most publications backed the mayor in the runoff."
    att = only_cue(text, "backed")
    assert att.source == "Most publications"
    assert content(text, att) == "the mayor"
    text = "Many universities opposed the new visa rules."
    att = only_cue(text, "opposed")
    assert att.source == "Many universities"
