"""Subjects that speak for a body: a local government acting in the name of its place, the
press under the lemma the lemmatizer gives "media", people named by what they buy, use or
make, and "no one". With such a subject a verb of saying or of taking a stand takes its plain
object as content."""

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


@pytest.mark.parametrize(
    ("text", "source", "cue", "content"),
    [
        ("Shoppers rejected the new charge on plastic bags.",
         "Shoppers", "rejected", "the new charge on plastic bags"),
        ("Commuters welcomed the extra trains.", "Commuters", "welcomed", "the extra trains"),
        ("Exporters oppose the new tariff on steel.",
         "Exporters", "oppose", "the new tariff on steel"),
        ("The biggest emitters vowed to halve their output by 2040.",
         "The biggest emitters", "vowed", "to halve their output by 2040"),
        ("Retirees are eager to keep the pension rules.",
         "Retirees", "are eager", "to keep the pension rules"),
    ],
)
def test_people_by_role_speak(text: str, source: str, cue: str, content: str) -> None:
    found = attributions(text)
    assert [(a.source, a.cue, text[a.content_span[0] : a.content_span[1]]) for a in found] == [
        (source, cue, content)]


@pytest.mark.parametrize(
    "text",
    ["The exporters shipped grain to the port.", "Passengers boarded the ferry at dawn."],
)
def test_people_by_role_doing_things_say_nothing(text: str) -> None:
    assert attributions(text) == []


def test_no_one_speaks_as_nobody() -> None:
    text = "No one predicted such a large turnout."
    found = attributions(text)
    assert [(a.source, a.cue, text[a.content_span[0] : a.content_span[1]]) for a in found] == [
        ("No one", "predicted", "such a large turnout")]
    assert attributions("No one was hurt in the blast.") == []
