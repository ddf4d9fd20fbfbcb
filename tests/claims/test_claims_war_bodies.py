"""War-report bodies on invented sentences: a body's name is no person's surname ("Defence
Ministry" is not the "Interior Ministry" named before), the object of "according to" names a
speaker, not a place, and a "Q&A:" headline names no speaker."""

from __future__ import annotations

from support import attributions, by_cue


def test_two_ministries_are_not_one_person() -> None:
    text = ("The Moldovan Interior Ministry said four people were hurt in Balti. "
            "Russia's Defence Ministry said it had hit a depot in the city.")
    first, second = attributions(text)
    assert first.claimant == "Moldovan Interior Ministry"
    assert second.claimant == "Russia's Defence Ministry"


def test_the_ministry_after_according_to_the_named_ministry() -> None:
    text = ("According to the Chadian Ministry of Defence, soldiers repelled a raid on Abeche. "
            "The ministry said ten gunmen were killed.")
    att = by_cue(text, "said", unique=True)
    assert att.claimant == "Chadian Ministry of Defence"


def test_a_q_and_a_headline_names_no_speaker() -> None:
    text = ("Q&A: Odesa's mayor on a week of drone raids\n"
            "The mayor spoke to a local radio station on Friday.")
    assert all(att.source != "Q&A" for att in attributions(text))


def test_it_stands_for_the_government_of_a_country() -> None:
    text = ("The government of Chad blamed Boko Haram for the raid, in which it said nine "
            "soldiers were killed.")
    att = by_cue(text, "said", unique=True)
    assert att.claimant == "government of Chad"
