"""A cue in a gerund after a noun of a leading place ("were at the forefront of demanding")
is the subject's own act, and the verb that puts the subject there opens the cue; an attitude
after a contracted "be" with a curly apostrophe ("she’s so worried that") is a cue as with a
straight one."""

from __future__ import annotations

import pytest

from support import attributions


def _triples(text: str) -> list[tuple[str | None, str, str]]:
    return [(a.source, a.cue, text[a.content_span[0] : a.content_span[1]])
            for a in attributions(text)]


@pytest.mark.parametrize(
    ("text", "source", "cue", "content"),
    [
        ("Farm unions were at the forefront of demanding a new levy on imports.",
         "Farm unions", "were at the forefront of demanding", "a new levy on imports"),
        ("Local mayors have been in the vanguard in opposing the toll.",
         "Local mayors", "have been in the vanguard in opposing", "the toll"),
        ("Church groups took the lead in demanding an inquiry.",
         "Church groups", "took the lead in demanding", "an inquiry"),
    ],
)
def test_gerund_after_a_leading_place(text: str, source: str, cue: str, content: str) -> None:
    assert _triples(text) == [(source, cue, content)]


def test_gerund_after_another_place_has_no_speaker() -> None:
    assert _triples("Tenants were in the middle of opposing the eviction.") == []


@pytest.mark.parametrize(
    ("text", "source", "cue", "content"),
    [
        ("The mayor knows the budget well, and she’s so worried that the clinic will close.",
         "she", "’s so worried", "that the clinic will close"),
        ("They’re confident that the talks will resume.",
         "They", "’re confident", "that the talks will resume"),
        ("I’m glad that the road reopened.", "I", "’m glad", "that the road reopened"),
    ],
)
def test_attitude_after_curly_contraction(text: str, source: str, cue: str,
                                          content: str) -> None:
    assert _triples(text) == [(source, cue, content)]
