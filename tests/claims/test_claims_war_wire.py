"""Wire-style reports, on invented sentences: a dateline is no part of what is said, a body
named with words saying which one it is speaks for itself, a denial of "it" standing alone
is a denial that contests the event told before it, and sources whose casualty accounts
cannot both hold contest the event."""

from __future__ import annotations

import pytest

from eventwire.pipeline import extract
from eventwire.records import Event
from support import attributions, by_cue, content

_STRIKES = ("AIR_STRIKE", "ART_MISS_ATTACK", "ATTACK", "SHELLING")


def _events(text: str) -> list[Event]:
    return [e for e in extract(text, published="2025-03-06").events if e.modality == "occurred"]


def _event(text: str, codes: tuple[str, ...] = _STRIKES) -> Event:
    return next(e for e in _events(text) if e.code in codes)


# --- datelines -------------------------------------------------------------------------------


@pytest.mark.parametrize("dateline", [
    "ODESA, Mar 5 (Wire) - ",
    "ODESA, March 5 (NEWSWIRE) \u2014 ",
    "ODESA (Wire) - ",
    "ODESA, Ukraine, Mar. 5 (AP) -- ",
    "ODESA, Mar 5 (Wire) \u2015 ",
])
def test_a_wire_dateline_is_no_part_of_the_content(dateline: str) -> None:
    text = ("Drones strike port\n\n" + dateline + "Russian drones struck the grain terminal "
            "overnight, wounding two dock workers, the regional governor said on Thursday.")
    att = by_cue(text, "said", unique=True)
    assert content(text, att) == ("Russian drones struck the grain terminal overnight, "
                                  "wounding two dock workers")
    assert att.source == "the regional governor"


def test_a_dateline_the_parser_made_a_sentence_of_its_own_is_no_part_of_the_content() -> None:
    text = ("Missiles hit plant\n\nDNIPRO, Mar 5 (Wire) - Russian missiles struck an "
            "industrial plant in the city on Tuesday morning, killing three workers, the "
            "regional governor said on Telegram.")
    att = by_cue(text, "said", unique=True)
    assert content(text, att).startswith("Russian missiles struck")


def test_a_dateline_is_no_part_of_the_events_claim() -> None:
    text = ("Missiles hit plant\n\nDNIPRO, Mar 5 (Wire) - Russian missiles struck an "
            "industrial plant in the city on Tuesday morning, killing three workers, the "
            "regional governor said on Telegram.")
    claim = _event(text).claims[0]
    assert claim.text.startswith("Russian missiles struck")


def test_a_source_after_a_dateline_keeps_its_own_words() -> None:
    text = ("GAZA, Mar 5 (Wire) - Gaza's health ministry said on Wednesday that 31 people had "
            "been killed in the past day.")
    att = by_cue(text, "said", unique=True)
    assert att.source == "Gaza's health ministry"


def test_a_heading_in_capitals_before_a_dash_is_no_dateline() -> None:
    text = ("Profile\n\nEVEN HIS OWN PARTY THINKS THE PLAN IS DEAD \u2014 The speaker "
            "conceded as much in a letter to members.")
    att = by_cue(text, "conceded", unique=True)
    assert content(text, att).endswith("THINKS THE PLAN IS DEAD")


# --- bodies that speak for themselves --------------------------------------------------------


def test_a_body_placed_by_a_phrase_is_its_own_claimant() -> None:
    text = ("Russia's defence ministry said its forces struck an army depot near Izium. The "
            "health ministry in Kyiv put the toll at six dead.")
    att = by_cue(text, "put", unique=True)
    assert att.claimant == "health ministry in Kyiv"


def test_a_body_of_another_kind_is_not_the_one_that_spoke_before() -> None:
    text = ("Iraq's defence ministry said its jets bombed an Islamic State hideout near "
            "Kirkuk. The interior ministry in Baghdad said three policemen were wounded in a "
            "separate attack. The health ministry said two of them were in serious condition.")
    claimants = [a.claimant for a in attributions(text)]
    assert claimants == ["Iraq's defence ministry", "interior ministry in Baghdad",
                         "health ministry"]


def test_a_body_of_the_same_kind_is_the_one_that_spoke_before() -> None:
    text = ("A missile hit an apartment block in Sumy, the Sumy regional military "
            "administration said. The regional administration said two children were among "
            "the wounded.")
    att = by_cue(text, "said")
    later = [a for a in attributions(text) if a.source == "The regional administration"]
    assert att.claimant == "Sumy regional military administration"
    assert [a.claimant for a in later] == ["Sumy regional military administration"]


def test_the_same_ministry_is_the_one_that_spoke_before() -> None:
    text = ("Russia's defence ministry said its air defences downed 20 drones. The same "
            "ministry said debris fell on a farm.")
    later = [a for a in attributions(text) if a.source == "The same ministry"]
    assert [a.claimant for a in later] == ["Russia's defence ministry"]
