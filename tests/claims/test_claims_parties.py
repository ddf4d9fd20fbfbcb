"""One body under two names is one source for an event's status: a nationality adjective and
its country, a possessive, "X of COUNTRY" and "COUNTRY X", the names of a country's military,
and an acronym another claimant spells out. Different bodies of one country stay two."""

from __future__ import annotations

from eventwire.claims import status_for
from eventwire.claims.parties import party_key
from eventwire.records import Claim


def claim(claimant: str, reported_by: str | None = None) -> Claim:
    return Claim(claimant, None, None, reported_by, "asserts", claimant, (0, len(claimant)))


def test_a_military_named_by_adjective_and_by_country_is_one_source() -> None:
    assert status_for([claim("Israeli military"), claim("Israel Defense Forces")]) == "reported"
    assert status_for([claim("Ukraine's army"), claim("the Armed Forces of Ukraine")]) \
        == "reported"


def test_a_ministry_in_either_order_and_spelling_is_one_source() -> None:
    assert status_for([claim("Russia's defence ministry"),
                       claim("the Russian Defence Ministry")]) == "reported"
    assert party_key("the Russian Ministry of Defense") == party_key("Russia's defence ministry")


def test_an_acronym_spelled_out_by_another_claimant_is_that_body() -> None:
    claims = [claim("IDF"), claim("Israel Defense Forces"), claim("the Israeli military")]
    assert status_for(claims) == "reported"
    # with no one spelling it out, the acronym is left as it is
    assert party_key("IDF") != party_key("Israeli military")


def test_different_bodies_of_one_country_stay_independent() -> None:
    assert status_for([claim("Russia's defence ministry"),
                       claim("the Russian Foreign Ministry")]) == "corroborated"
    assert status_for([claim("the Ukrainian army"), claim("Ukraine's national police")]) \
        == "corroborated"
    assert status_for([claim("Israeli military"), claim("the Lebanese army")]) \
        == "corroborated"


def test_relays_named_two_ways_are_one_chain() -> None:
    first = claim("a local official", reported_by="the Ukrainian army")
    second = claim("a village head", reported_by="Armed Forces of Ukraine")
    assert status_for([first, second]) == "reported"


def test_a_group_named_with_its_members_or_its_country_is_one_source() -> None:
    assert status_for([claim("Yemen's Houthi rebels"), claim("the Houthis")]) == "reported"
    assert status_for([claim("Hamas militants"), claim("Hamas")]) == "reported"
    assert status_for([claim("the paramilitary Rapid Support Forces"), claim("the RSF")]) \
        == "reported"


def test_a_group_backed_by_a_country_is_not_that_country() -> None:
    assert party_key("Iran-backed militias") != party_key("Iran")
    assert status_for([claim("Iran-backed militias"), claim("Iran")]) == "corroborated"
    # members alone are no name: two sets of "rebels" in other words stay apart
    assert party_key("the rebels") != party_key("the militants")


def test_a_body_without_its_country_is_the_one_body_of_that_kind_named() -> None:
    assert status_for([claim("the Israeli military"), claim("the military")]) == "reported"
    # beside two countries' militaries, "the military" could be either: no merge
    claims = [claim("the Russian army"), claim("the Ukrainian army"), claim("the military")]
    assert status_for(claims) == "corroborated"


def test_short_country_forms_are_country_words() -> None:
    assert party_key("U.S. military") == party_key("the American military")
    assert party_key("UK officials") == party_key("British officials")
