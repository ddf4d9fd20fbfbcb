"""Subjects that speak for a body: a local government acting in the name of its place, and
the press under the lemma the lemmatizer gives "media". With such a subject a verb of
saying or of taking a stand takes its plain object as content."""

from __future__ import annotations

import pytest

from support import attributions


@pytest.mark.parametrize(
    ("text", "source", "cue", "content"),
    [
        ("The county rejected the proposal for a new landfill.",
         "The county", "rejected", "the proposal for a new landfill"),
        ("The province disputed the official casualty figures.",
         "The province", "disputed", "the official casualty figures"),
        ("The town welcomed the cease-fire.", "The town", "welcomed", "the cease-fire"),
    ],
)
def test_local_government_speaks(text: str, source: str, cue: str, content: str) -> None:
    found = attributions(text)
    assert [(a.source, a.cue, text[a.content_span[0] : a.content_span[1]]) for a in found] == [
        (source, cue, content)]


@pytest.mark.parametrize(
    ("text", "source", "cue"),
    [
        ("Local media reported the closure of the border crossing.", "Local media", "reported"),
        ("Pro-government media praised the new dam on the river.", "Pro-government media",
         "praised"),
    ],
)
def test_media_speak(text: str, source: str, cue: str) -> None:
    assert [(a.source, a.cue) for a in attributions(text)] == [(source, cue)]


def test_place_as_scene_reports_nothing() -> None:
    assert attributions("The city was shelled overnight and the town saw heavy fighting.") == []
