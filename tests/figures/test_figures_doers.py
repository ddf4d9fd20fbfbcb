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


def _abducted(text: str) -> list[float | None]:
    figures = find_figures(get_nlp()(text)[:])
    return [q.value for q in figures.quantities if q.kind == "people_abducted"]


def test_the_source_of_a_report_is_no_victim() -> None:
    # "a local official said": a person named as the teller of the abduction, never its victim
    told = ("Gunmen on motorbikes kidnapped a village chief and his two sons near the town late "
            "on Wednesday, a local official said.")
    assert _abducted(told) == [3.0]
    # a single victim in the subject of a passive abduction still counts
    assert _abducted("A village chief was kidnapped near the border on Monday.") == [1.0]
