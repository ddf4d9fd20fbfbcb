"""The nlp stage: one model per process, and a line break always ends a sentence."""

from __future__ import annotations

from eventwire.nlp import get_nlp, parse


def test_the_model_is_loaded_once() -> None:
    assert get_nlp() is get_nlp()


def test_a_headline_is_a_sentence_of_its_own() -> None:
    doc = parse("Envoy says talks are dead\nKYIV - The envoy said on Monday the talks failed.")
    first = next(iter(doc.sents))
    assert first.text.strip() == "Envoy says talks are dead"


def test_a_paragraph_break_ends_a_sentence_even_without_a_full_stop() -> None:
    doc = parse("Shelling resumed near the plant\n\nresidents were told to stay indoors.")
    starts = [sent[0].text for sent in doc.sents if not sent[0].is_space]
    assert starts == ["Shelling", "residents"]


def test_text_without_line_breaks_is_split_by_the_parser_alone() -> None:
    text = "Troops withdrew. The mayor said the town was quiet."
    ours = [sent.text for sent in parse(text).sents]
    assert ours == ["Troops withdrew.", "The mayor said the town was quiet."]
