"""A nationality adjective names who acted, not where: it must not push the places of the
text out of their own country."""

from __future__ import annotations

import pytest

from eventwire.evaluate.common import fold
from eventwire.nlp import get_nlp
from eventwire.places import find_places


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("Russian forces shelled residential areas of Kherson on Wednesday.", "Kherson", "UA"),
        ("Israeli aircraft struck a house in Khan Younis overnight.", "Khan", "PS"),
        ("Turkish drones hit a checkpoint near Qamishli, local media said.", "Qami", "SY"),
        ("Ethiopian troops clashed with militants near Baidoa.", "Baidoa", "SO"),
    ],
)
def test_attacker_nationality_does_not_displace_the_place(text: str, name: str,
                                                           country: str) -> None:
    places = find_places(get_nlp()(text))
    assert any(p.country_code == country and fold(name)[:4] in fold(p.name) for p in places), places
