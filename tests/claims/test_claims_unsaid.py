"""Verbs of saying that report nothing said: what someone is asked, allowed or required to
say, or a second verb inside what one declined or was urged to do."""

from __future__ import annotations

import pytest

from support import attributions


def _cues(text: str) -> list[str]:
    return [a.cue or "" for a in attributions(text)]


@pytest.mark.parametrize(
    ("text", "unsaid"),
    [
        ("The border service passed a rule urging guards to report abuses by smugglers.",
         "report"),
        ("Wartime regulations permit battalion officers to inform journalists which roads are "
         "open.", "inform"),
        ("No rule obliges or requires governors to disclose how the aid was spent.", "disclose"),
        ("The governor challenged the general to say that the bridge had not been mined.",
         "say"),
        ("A new law allows journalists to film the trials and describe what they see.",
         "describe"),
        ('The mayor called on the army to "stop the raids now" and explain the arrests.',
         "explain"),
    ],
)
def test_what_one_is_asked_or_allowed_to_say_is_no_statement(text: str, unsaid: str) -> None:
    assert not any(unsaid in cue for cue in _cues(text)), _cues(text)


def test_a_statement_one_was_forced_to_make_stays() -> None:
    text = "The inquiry forced the colonel to admit that the convoy had been hit twice."
    assert any("admit" in cue for cue in _cues(text)), _cues(text)


@pytest.mark.parametrize(
    "text",
    [
        "It is impossible to price the truce without knowing which villages the militia would "
        "hand back.",
        "Let's start by explaining why the ferry timetable changed after the strike.",
    ],
)
def test_a_gerund_with_an_empty_subject_is_no_ones_statement(text: str) -> None:
    assert attributions(text) == [], [(a.source, a.cue) for a in attributions(text)]


@pytest.mark.parametrize(
    "text",
    [
        "A notebook that the monitor and her interpreter fill in as they speak with villagers "
        "records each shell crater.",
        "A leaflet that the volunteers hand out as they talk to residents lists the nearest "
        "shelters.",
    ],
)
def test_an_as_clause_run_into_the_sentence_tells_when(text: str) -> None:
    assert attributions(text) == [], [(a.source, a.cue) for a in attributions(text)]


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("As the governor noted, the bridge remains closed.", "noted"),
        ("The bridge, as the army put it, is beyond repair.", "put it"),
        ("As a military blogger pointed out on his channel, artillery fire tripled in April.",
         "pointed out"),
    ],
)
def test_an_as_clause_set_off_by_a_mark_is_a_statement(text: str, cue: str) -> None:
    assert [a.cue for a in attributions(text)] == [cue]
