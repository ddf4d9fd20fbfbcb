"""An outlet speaking of itself on invented war-report sentences: of its own people ("one of
its camera operators"), by its own name or in a statement of its own, it is the claimant and
relays nothing; passing on the news, it relays."""

from __future__ import annotations

import pytest

from support import only


@pytest.mark.parametrize(("text", "claimant"), [
    ("Al Arabiya Media Network said one of its camera operators was among the wounded.",
     "Al Arabiya Media Network"),
    ("Reuters said its photographer was injured in the strike.", "Reuters"),
    ("The BBC said in a statement that its crew was safe.", "BBC"),
    ("A Reuters driver was wounded in the blast, Reuters said.", "Reuters"),
])
def test_an_outlet_telling_of_itself_is_the_claimant_and_relays_nothing(
        text: str, claimant: str) -> None:
    att = only(text)
    assert (att.claimant, att.reported_by) == (claimant, None)


def test_an_outlet_passing_on_news_still_relays_it() -> None:
    att = only("TASS said Ukraine had lost its positions near the village.")
    assert att.reported_by == "TASS"
