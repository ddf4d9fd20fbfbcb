"""The claims the seed articles must yield, read from ../shared/seeds at test time."""

from __future__ import annotations

from pathlib import Path

import pytest

from eventwire.claims import claims_for, find_attributions, status_for
from eventwire.nlp import get_nlp
from eventwire.records import Attribution
from support import assert_spans_quote


def _read(seeds_dir: Path, name: str) -> tuple[str, list[Attribution]]:
    path = seeds_dir / name
    if not path.exists():
        pytest.skip(f"{path} is not available")
    text = path.read_text(encoding="utf-8")
    return text, find_attributions(get_nlp()(text))


def _sentence_with(text: str, needle: str) -> tuple[int, int]:
    at = text.index(needle)
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    return start, len(text) if end < 0 else end


def test_spans_point_at_their_text(seeds_dir: Path) -> None:
    for name in ("krasnolimanska-mine.txt", "saratov-engels-strikes.txt"):
        text, atts = _read(seeds_dir, name)
        assert atts
        for att in atts:
            assert_spans_quote(text, att)
            assert att.content_span[0] < att.content_span[1]


def test_kimakovski_via_tass(seeds_dir: Path) -> None:
    text, atts = _read(seeds_dir, "krasnolimanska-mine.txt")
    start, end = _sentence_with(text, "partially damaged")
    claims = claims_for(atts, start, end, text=text)
    chained = [c for c in claims if c.claimant and "Kimakovski" in c.claimant]
    assert chained, claims
    assert chained[0].reported_by == "TASS"
    assert chained[0].claimant_role is not None and "adviser" in chained[0].claimant_role
    assert status_for(claims) in ("reported", "contested")


def test_ukraine_denies(seeds_dir: Path) -> None:
    text, atts = _read(seeds_dir, "krasnolimanska-mine.txt")
    denials = [a for a in atts if a.stance == "denies"]
    assert any(a.source == "Ukraine" for a in denials), denials
    start, end = _sentence_with(text, "a claim that Ukraine denies")
    assert status_for(claims_for(atts, start, end)) == "contested"


def test_kovalenko_hedges(seeds_dir: Path) -> None:
    text, atts = _read(seeds_dir, "saratov-engels-strikes.txt")
    hedges = [a for a in atts if a.stance == "hedges" and a.claimant == "Andriy Kovalenko"]
    assert hedges, atts
    assert "responsible" in text[hedges[0].content_span[0] : hedges[0].content_span[1]]


def test_busargin_on_social_media(seeds_dir: Path) -> None:
    text, atts = _read(seeds_dir, "saratov-engels-strikes.txt")
    start, end = _sentence_with(text, "two industrial facilities")
    claims = claims_for(atts, start, end, text=text)
    busargin = [c for c in claims if c.claimant == "Roman Busargin"]
    assert busargin, claims
    assert busargin[0].channel == "social media"
    assert busargin[0].claimant_role == "regional Governor"
    assert text[busargin[0].span[0] : busargin[0].span[1]] == busargin[0].text
