"""Quotations in single marks, straight ('...') or curly (\u2018...\u2019), read as double-quoted
ones are: before and after the cue, split by it, continued in the next sentence or over
paragraphs. Apostrophes written with the same characters open and close nothing."""

from __future__ import annotations

import pytest

from eventwire.claims.spans import quote_regions
from support import attributions, content, only_cue

#: The two ways of writing single marks: "<" stands for the opening mark, ">" for the closing.
_STYLES = [("'", "'"), ("\u2018", "\u2019")]


def _marked(text: str, style: tuple[str, str]) -> str:
    return text.replace("<", style[0]).replace(">", style[1])


def _quoted(text: str) -> list[str]:
    return [text[start:end] for start, end in quote_regions(text)]


@pytest.mark.parametrize("style", _STYLES)
def test_a_single_quoted_quotation_before_the_cue(style: tuple[str, str]) -> None:
    text = _marked("<We will keep the ferry running all winter,> the harbour master said.", style)
    att = only_cue(text, "said")
    assert (att.source, content(text, att)) == (
        "the harbour master", _marked("<We will keep the ferry running all winter,>", style))


@pytest.mark.parametrize("style", _STYLES)
def test_a_single_quoted_quotation_after_the_cue(style: tuple[str, str]) -> None:
    text = _marked("The harbour master told reporters, <We will keep the ferry running.>", style)
    att = only_cue(text, "told")
    assert content(text, att) == _marked("<We will keep the ferry running.>", style)


@pytest.mark.parametrize("style", _STYLES)
def test_a_single_quoted_quotation_split_by_its_cue(style: tuple[str, str]) -> None:
    text = _marked("<By closing the bridge,> the engineer said, <we saved the valley.>", style)
    att = only_cue(text, "said")
    assert content(text, att) == text


@pytest.mark.parametrize("style", _STYLES)
def test_a_single_quoted_quotation_continued_in_the_next_sentence(
        style: tuple[str, str]) -> None:
    text = _marked("<We hold the pass,> the captain said. <Supplies come up on Friday.>\n\n"
                   "The valley was quiet.", style)
    att = only_cue(text, "said")
    assert content(text, att) == _marked(
        "<We hold the pass,> the captain said. <Supplies come up on Friday.>", style)


@pytest.mark.parametrize("style", _STYLES)
def test_a_single_quoted_quotation_over_paragraphs_after_a_colon(style: tuple[str, str]) -> None:
    text = _marked("The captain said: <We hold the pass and will not give it up.\n\n"
                   "<Supplies come up on Friday, and the road is clear.>\n\n"
                   "The valley was quiet.", style)
    said = content(text, only_cue(text, "said"))
    assert said.startswith("We hold the pass")
    assert said.endswith(_marked("the road is clear.>", style))


@pytest.mark.parametrize("style", _STYLES)
def test_a_single_quoted_quotation_over_paragraphs_after_the_cue_sentence(
        style: tuple[str, str]) -> None:
    text = _marked("<We hold the pass,> the captain said. <The snow is late this year.\n\n"
                   "<Supplies come up on Friday.>\n\nThe valley was quiet.", style)
    assert content(text, only_cue(text, "said")) == _marked(
        "<We hold the pass,> the captain said. <The snow is late this year.\n\n"
        "<Supplies come up on Friday.>", style)


def test_single_marks_inside_a_double_quoted_quotation_stay_inside_it() -> None:
    text = "\"He told me 'we are finished here,' and walked out,\" the clerk said."
    assert _quoted(text) == ["\"He told me 'we are finished here,' and walked out,\""]
    att = only_cue(text, "said")
    assert content(text, att) == text[: text.index(" the clerk")]


def test_a_double_quoted_phrase_inside_a_single_quoted_quotation_stays_inside_it() -> None:
    text = "'They called the offer \"a farce\" and walked out,' the clerk said."
    assert _quoted(text) == ["'They called the offer \"a farce\" and walked out,'"]
    assert content(text, only_cue(text, "said")) == _quoted(text)[0]


@pytest.mark.parametrize(
    "text",
    [
        "The growers' union said it won't back O'Malley's plan for the '90s mills.",
        "The growers\u2019 union said it won\u2019t back O\u2019Malley\u2019s plan for the "
        "\u201990s mills.",
        "The band played rock 'n' roll until dawn, the landlord said.",
        "Wait 'til the buses come, and tell 'em to hurry.",
        "The class of '05 met again; the orchard's owner hosted.",
    ],
)
def test_apostrophes_are_no_single_quotation(text: str) -> None:
    assert _quoted(text) == []


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        ("'The growers' union will not sign,' its chair said.",
         "'The growers' union will not sign,'"),
        ("\u2018The growers\u2019 union will not sign,\u2019 its chair said.",
         "\u2018The growers\u2019 union will not sign,\u2019"),
        ("'Hit 'em where it hurts,' the coach told the team.", "'Hit 'em where it hurts,'"),
        ("'We grew up on rock 'n' roll,' the singer said.", "'We grew up on rock 'n' roll,'"),
        ("'Since the '90s the mill has lost money,' the owner said.",
         "'Since the '90s the mill has lost money,'"),
    ],
)
def test_an_apostrophe_inside_a_single_quoted_quotation_does_not_close_it(
        text: str, quoted: str) -> None:
    assert _quoted(text) == [quoted]


def test_a_phrase_in_single_marks_closes_before_a_word() -> None:
    text = ("The mayor called the plan 'a bridge too far' before the vote, and the "
            "council's reply was 'we shall see.'")
    assert _quoted(text) == ["'a bridge too far'", "'we shall see.'"]


def test_one_word_in_single_marks_is_a_name_unless_it_ends_an_utterance() -> None:
    assert _quoted("The 'Kestrel' depot was hit twice.") == []
    assert _quoted("'Never,' she said.") == ["'Never,'"]


def test_a_stray_opening_mark_does_not_close_on_a_possessive_sentences_later() -> None:
    text = ("She bought the \u2018Blue Ridge farm last year. It sits beside the "
            "Carvers\u2019 old barn.")
    assert _quoted(text) == []


def test_a_single_quoted_quotation_after_a_speaker_and_colon() -> None:
    text = ("A warning from Tomas Brandt: 'Nobody is safe on these roads'\n\n"
            "The survey was published on Monday.")
    assert [(a.source, a.cue, content(text, a)) for a in attributions(text)] == [
        ("Tomas Brandt", ":", "'Nobody is safe on these roads'")]
