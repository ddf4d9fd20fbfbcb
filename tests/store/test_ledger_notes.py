"""Notes: the sentence of the article an event was read from."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from ledger_factory import make_pair, span_of

from eventwire.records import Evidence
from eventwire.store import open_ledger
from eventwire.store.notes import event_notes, sentence_around, sentence_ends

TEXT = (
    "Gen. Ivanov spoke at 2 p.m. in the U.S. embassy. Drones struck a depot near Engels on "
    "Jan. 8, officials said! \u201cIt burned all night.\u201d Another strike hit Saratov.\n\n"
    "Read more"
)


def test_sentence_ends_skip_abbreviations_and_initials() -> None:
    cut = [TEXT[:end].split()[-1] for end in sentence_ends(TEXT)]
    # The last two: the full stop, then the paragraph break after it.
    assert cut == ["embassy.", "said!", "night.\u201d", "Saratov.", "Saratov."]


def test_line_breaks_end_sentences_only_in_paragraph_per_line_text() -> None:
    sentence = "Drones struck a fuel depot near Engels overnight, the regional governor said " * 3
    paragraphs = f"Engels depot hit\n{sentence.strip()}.\n{sentence.strip()}!"
    assert sentence_around(paragraphs, span_of(paragraphs, "hit")) == "Engels depot hit"
    wrapped = "Drones struck a fuel depot near\nEngels overnight, the governor said.\nMore."
    assert sentence_around(wrapped, span_of(wrapped, "struck")) == (
        "Drones struck a fuel depot near Engels overnight, the governor said."
    )


def test_sentence_around_a_span() -> None:
    assert sentence_around(TEXT, span_of(TEXT, "struck")) == (
        "Drones struck a depot near Engels on Jan. 8, officials said!"
    )
    assert sentence_around(TEXT, span_of(TEXT, "Ivanov")).startswith("Gen. Ivanov spoke")
    both = sentence_around(TEXT, (TEXT.index("depot"), TEXT.index("burned") + 3))
    assert both.startswith("Drones struck") and both.endswith("all night.\u201d")
    assert sentence_around("no punctuation at all", (3, 14)) == "no punctuation at all"


def test_event_notes_prefer_sentence_then_trigger() -> None:
    article, record = make_pair(0, events=1)
    event = record.events[0]
    assert event_notes(event, article.text) == event.evidence[0].text  # sentence evidence
    trigger_only = dataclasses.replace(
        event, evidence=(Evidence("code", "killed", span_of(article.text, "killed")),)
    )
    assert event_notes(trigger_only, article.text) == (
        f"Two people were killed and {0} were injured."
    )
    bare = dataclasses.replace(event, evidence=(), claims=())
    assert event_notes(bare, article.text) is None
    assert event_notes(trigger_only, None) is None


def test_the_ledger_stores_the_trigger_sentence(tmp_path: Path) -> None:
    article, record = make_pair(2, events=1)
    event = dataclasses.replace(
        record.events[0],
        evidence=(Evidence("code", "denied", span_of(article.text, "denied")),),
    )
    with open_ledger(tmp_path / "ledger.db") as ledger:
        ledger.add(article, dataclasses.replace(record, events=(event,)))
        (stored,) = ledger.events()
    assert stored.notes == "Officials in Moscow denied that the depot was damaged in report 2."
