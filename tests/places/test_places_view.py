"""The array-read token view and the batched gazetteer tests agree with spaCy's own Token and
Span attributes and with one lookup per key."""

from __future__ import annotations

import pytest

from eventwire.nlp import doc_text, get_nlp
from eventwire.places import get_gazetteer
from eventwire.places.mentions import _name_like, token_view
from eventwire.places.names import name_key, skeleton_key

TEXTS = [
    "",
    "Kyiv",
    "Police in the town of Rodinske said \"Al-Bab\" and al Tabqa were shelled.\n\n"
    "BREVILLE, Norland -- The mayor, Anna Kovalenko, met U.S. envoys near Lake Ossory.",
    "  Two   spaces, a tab\tand 'quoted' Words: Springfield's council, the New York Times.",
]


@pytest.mark.parametrize("text", TEXTS)
def test_token_view_reads_what_the_tokens_say(text: str) -> None:
    doc = get_nlp()(text)
    view = token_view(doc, doc_text(doc))
    assert view.size == len(doc)
    assert view.ents == [(e.start, e.end, e.label_) for e in doc.ents]
    for token in doc:
        i = token.i
        assert view.texts[i] == token.text
        assert view.lowers[i] == token.lower_
        assert view.starts[i] == token.idx
        assert view.sent_starts[i] == bool(token.is_sent_start)
        assert view.spaced[i] == bool(token.whitespace_)
        assert view.pos[i] == token.pos
        assert view.named[i] == _name_like(token)
    assert view.name_starts == [t.i for t in doc if _name_like(t)]
    assert view.capitals == [t.i for t in doc if t.text[:1].isupper()]


def test_batched_key_tests_agree_with_single_lookups() -> None:
    gaz = get_gazetteer()
    keys = [name_key(n) for n in ("Kharkiv", "Springfield", "Wednesday", "Mrs", "New York",
                                  "Nowhereville Upon Sea", "Kostiantynivka")]
    assert gaz.named_keys(keys) == {k for k in keys if gaz.lookup(k)}
    skeletons = [skeleton_key(k) for k in keys + ["konstantinovka", "rodinskoye"]]
    assert gaz.skeleton_keys(skeletons) == {s for s in skeletons if gaz.lookup_skeleton(s)}
