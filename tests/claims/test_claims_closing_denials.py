"""A party's denial closing the sentence after a statement noun ("..., a charge Ukraine
rejects", "..., a claim the rebels dispute"), also when the tagger reads the verb as a noun:
the party denies what the sentence reported, and the outer statement stops before it."""

from __future__ import annotations

import pytest

from support import attributions, by_cue, content


@pytest.mark.parametrize(("text", "cue", "denier", "denied"), [
    ('The Kremlin accused Kyiv of "terrorist attacks" on civilian areas, a charge Ukraine '
     'rejects.', "rejects", "Ukraine", 'Kyiv of "terrorist attacks" on civilian areas'),
    ("The army said its troops had retaken the bridge, a claim the rebels dispute.", "dispute",
     "the rebels", "its troops had retaken the bridge"),
    ("The ministry said its forces had shot down the jet, a claim that Ankara denies.",
     "denies", "Ankara", "its forces had shot down the jet"),
])
def test_a_closing_denial_denies_what_was_reported(text: str, cue: str, denier: str,
                                                  denied: str) -> None:
    att = by_cue(text, cue, unique=True)
    assert att.stance == "denies"
    assert att.source == denier
    assert content(text, att) == denied
    outer = [a for a in attributions(text) if a.cue != cue]
    assert outer and all(cue not in content(text, a) for a in outer)


def test_a_statement_noun_with_no_party_after_it_is_no_denial() -> None:
    text = "The army said its troops had retaken the bridge, a claim that could not be verified."
    assert all(a.stance != "denies" for a in attributions(text))
