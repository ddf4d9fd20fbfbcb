"""Numbers that count the doers of a killing are not casualties."""

from __future__ import annotations

import pytest

from eventwire.events.figures import find_figures
from eventwire.nlp import get_nlp


@pytest.mark.parametrize(
    ("text", "fatalities"),
    [
        ("A herder was hacked to death near Jos by 20 attackers.", 1),  # the victim, never the 20
        ("Three traders were shot dead by six gunmen on motorcycles.", 3),
        ("Militants assassinated a village chief in Tillaberi.", 1),
        ("Two gunmen shot dead a shopkeeper in Karachi.", 1),
    ],
)
def test_doers_are_not_counted(text: str, fatalities: int | None) -> None:
    assert find_figures(get_nlp()(text)[:]).fatalities == fatalities
