"""A vague source (a speaker the report does not name, who speaks for no named party) is its
own claimant as the text words it, with the speaker's words as its role, the country a
nationality word gives it, and the outlet it spoke to kept apart as the relay."""

from __future__ import annotations

import pytest

from eventwire import extract
from support import attributions


def _source(text: str) -> tuple[str | None, str | None, str | None, str | None]:
    [att] = [a for a in attributions(text) if a.source is not None]
    return att.claimant, att.claimant_role, att.claimant_country, att.reported_by


@pytest.mark.parametrize(("text", "expected"), [
    ("A missile hit a grain terminal near Izmail on Monday, a source close to the ministry "
     "said.", ("a source close to the ministry", "source", None, None)),
    ("A roadside bomb killed three soldiers near Beledweyne on Sunday, a security source told "
     "AFP.", ("a security source", "security source", None, "AFP")),
    ("Russian drones struck a substation in Sumy overnight, Ukrainian officials said.",
     ("Ukrainian officials", "officials", "UA", None)),
    ("Militias fired rockets at an air base in Erbil on Tuesday, Western officials said.",
     ("Western officials", "officials", None, None)),
    ("Warplanes struck a weapons convoy near the border crossing on Friday, two diplomats "
     "said.", ("two diplomats", "diplomats", None, None)),
    ("Militants attacked a checkpoint in Lakki Marwat on Saturday, killing four policemen, "
     "Pakistani security officials said.",
     ("Pakistani security officials", "security officials", "PK", None)),
    ("Troops killed five militants in a raid in Kunar on Sunday, according to a senior Afghan "
     "intelligence official.",
     ("a senior Afghan intelligence official", "senior intelligence official", "AF", None)),
    ("Three Western diplomats told Reuters that jets struck a depot near Hama on Friday.",
     ("Three Western diplomats", "diplomats", None, "Reuters")),
])
def test_a_vague_source_is_its_own_claimant(
        text: str, expected: tuple[str | None, str | None, str | None, str | None]) -> None:
    assert _source(text) == expected


def test_a_vague_source_gives_the_events_claim_its_country_and_relay() -> None:
    text = ("A drone strike hit a fuel depot in Kharkiv on Monday, Ukrainian military "
            "sources told Reuters.")
    claims = [c for e in extract(text, published="2025-11-25").events for c in e.claims]
    assert claims
    assert {(c.claimant_country, c.reported_by) for c in claims} == {("UA", "Reuters")}


@pytest.mark.parametrize(("text", "claimant"), [
    # a speaker for a named body is that body's (`proxies.py`), not a vague source
    ("A drone struck a depot in Bryansk on Tuesday, a source in the defence ministry said.",
     "defence ministry"),
    # a definite speaker is one told of before
    ("Rebels shelled Kadugli on Friday, officials said. The officials said the shells hit a "
     "market.", None),
])
def test_no_vague_source(text: str, claimant: str | None) -> None:
    found = [a.claimant for a in attributions(text) if a.source is not None]
    assert found[-1] == claimant
