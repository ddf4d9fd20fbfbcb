"""Talks a journey is made for share its modality: "would travel to X for talks" is planned,
"travelled to X for talks" occurred; so do the meetings it is made "to" hold."""

from __future__ import annotations

import pytest
from test_events_document import events


@pytest.mark.parametrize(("text", "modality"), [
    ("The foreign minister said she would travel to Ankara next week for talks with her "
     "Turkish counterpart.", "planned"),
    ("The foreign minister will fly to Ankara on Friday for talks with her Turkish "
     "counterpart.", "planned"),
    ("The foreign minister travelled to Ankara on Monday for talks with her Turkish "
     "counterpart.", "occurred"),
    ("The defence minister will travel to Vienna next week to meet alliance officials, her "
     "office said.", "planned"),
    ("The defence minister travelled to Vienna on Monday to meet alliance officials, her "
     "office said.", "occurred"),
])
def test_talks_take_the_modality_of_the_journey(text: str, modality: str) -> None:
    talks = [e for e in events(text) if e.code == "DIPLO"]
    assert talks and {e.modality for e in talks} == {modality}
