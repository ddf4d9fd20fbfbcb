"""The per-token look-up keys read from the Doc's arrays are those read from its tokens.

All sentences are written for these tests.
"""

from __future__ import annotations

from eventwire.events.arguments import _person_country
from eventwire.events.lexicon import doc_keys
from eventwire.nlp import get_nlp


def test_keys_from_the_arrays_match_the_tokens() -> None:
    doc = get_nlp()(
        "The Ukrainian Forces shelled Vodiane; residents were evacuating and RAISED banners."
    )
    for tok, keys in zip(doc, doc_keys(doc), strict=True):
        lemma, low = tok.lemma_.lower(), tok.lower_
        assert keys[0] == lemma and (low in keys)
        plural_name = (
            tok.pos_ == "PROPN" and len(low) > 4 and low.endswith("s") and not low.endswith("ss")
        )
        assert (low[:-1] in keys) == plural_name or low[:-1] in (lemma, low)


def test_a_persons_country_comes_from_another_mention_of_the_surname() -> None:
    doc = get_nlp()("Kenyan Interior Minister Jane Wanjiru visited Garissa. Wanjiru met elders.")
    words = [t for t in doc if t.text == "Wanjiru"][1:]
    assert _person_country(doc, words) == "KE"
