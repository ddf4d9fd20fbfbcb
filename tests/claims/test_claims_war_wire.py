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
    "Mar 5 (Wire) - ",
    "5 March (NEWSWIRE) -- ",
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


# --- a denial of "it" standing alone ---------------------------------------------------------


@pytest.mark.parametrize(("denial", "pointer"), [
    ("Moscow denied it.", "it"),
    ("The Kremlin denies this.", "this"),
    ("Moscow has flatly denied it.", "it"),
])
def test_a_denial_of_it_as_its_own_paragraph_is_a_denial(denial: str, pointer: str) -> None:
    text = ("Russian forces shelled a hospital in Kherson, the regional governor said.\n\n"
            + denial)
    att = next(a for a in attributions(text) if a.stance == "denies")
    assert content(text, att) == pointer
    assert _event(text).status == "contested"


def test_a_denial_of_it_contests_the_event_told_without_a_source() -> None:
    text = ("Russian forces shelled a hospital in Kherson on Tuesday, killing four "
            "patients.\n\nMoscow denied it.")
    strike = _event(text)
    assert strike.status == "contested"
    assert [c.stance for c in strike.claims] == ["denies"]


def test_a_denial_of_a_toll_told_after_the_event_contests_it() -> None:
    text = ("Shelling kills civilians in border town\n\n"
            "KHERSON, Mar 5 (Wire) - Artillery fire hit a bus stop in Kherson on Wednesday, "
            "killing at least four civilians, the regional governor said.\n\n"
            "The health ministry in Kyiv put the toll at five dead.\n\n"
            "Moscow denied it.")
    strike = _event(text)
    assert strike.status == "contested"
    assert ("health ministry in Kyiv", "asserts") in [(c.claimant, c.stance)
                                                      for c in strike.claims]
    assert ("Moscow", "denies") in [(c.claimant, c.stance) for c in strike.claims]


def test_a_denial_of_it_after_a_statement_about_something_else_denies_that() -> None:
    text = ("A drone hit a fuel depot in Bryansk overnight, starting a large fire, the "
            "regional governor said.\n\nSeparately, the governor said schools would reopen on "
            "Monday.\n\nKyiv denied it.")
    assert _event(text).status == "reported"


def test_rejecting_the_reports_in_a_paragraph_of_its_own_contests_the_event() -> None:
    text = ("A drone hit a fuel depot in Bryansk overnight, starting a large fire, the "
            "regional governor said.\n\nThe Ukrainian military dismissed the reports as "
            "fabrication.")
    assert _event(text).status == "contested"


# --- casualty accounts that cannot both hold -------------------------------------------------


def test_civilians_killed_against_soldiers_killed_contests_the_event() -> None:
    text = ("KHERSON, Mar 5 (Wire) - Artillery fire hit a market in the town of Beryslav on "
            "Wednesday, killing at least six civilians, the regional governor said.\n\n"
            "Russia's defence ministry said its forces had struck a deployment point of "
            "Ukrainian troops near the town and killed about 30 soldiers.")
    strike = _event(text)
    assert len(strike.claims) == 2
    assert strike.status == "contested"


def test_tolls_that_cannot_both_hold_contest_the_event() -> None:
    text = ("A missile strike on a hospital in Kharkiv killed 12 people, the regional "
            "governor said on Wednesday.\n\nRussia's defence ministry said the strike had "
            "killed three people.")
    assert _event(text).status == "contested"


def test_a_floor_and_a_higher_toll_corroborate_the_event() -> None:
    text = ("A missile strike on a hospital in Kharkiv killed at least seven people, the "
            "regional governor said on Wednesday.\n\nThe health ministry in Kyiv put the "
            "toll at nine dead.")
    strike = _event(text)
    assert len(strike.claims) == 2
    assert strike.status == "corroborated"


def test_a_toll_that_rose_does_not_contest_the_event() -> None:
    text = ("A missile strike on a hospital in Kharkiv killed three people, the regional "
            "governor said on Wednesday.\n\nThe health ministry in Kyiv said the death toll "
            "had risen to 12.")
    strike = _event(text)
    assert len(strike.claims) == 2
    assert strike.status == "corroborated"


def test_two_sources_of_the_side_hit_naming_different_victims_agree() -> None:
    text = ("A missile strike on the port of Odesa killed four civilians, the regional "
            "governor said on Wednesday. The army said two soldiers on guard duty were killed "
            "in the strike.")
    assert _event(text).status != "contested"
