"""The scans that let the claim rules skip most tokens and characters find what they must."""

from __future__ import annotations

from eventwire.claims.spans import quote_regions, tokens_with
from eventwire.nlp import parse


def test_tokens_with_finds_forms_lemmas_and_marks() -> None:
    doc = parse("Officials SAID the claims were denied: “no strike” — citing radar data.")
    words = {doc[i].text for i in tokens_with(doc, ["said", "citing"], frozenset({"deny"}))}
    assert words == {"SAID", "denied", "citing"}
    marks = {doc[i].text for i in tokens_with(doc, [], frozenset(), [":", "—"])}
    assert marks == {":", "—"}


def test_quote_regions_of_every_mark_style() -> None:
    text = "A “curly” and \"straight\" and ``tex'' and «guillemet» and „low“ quote."
    quoted = [text[start:end] for start, end in quote_regions(text)]
    assert quoted == ["“curly”", '"straight"', "``tex''", "«guillemet»", "„low“"]


def test_a_quotation_never_runs_past_a_line_break() -> None:
    text = "He said “we will stay\nand fight” later."
    assert quote_regions(text) == []
