"""War-report chains on invented sentences: a title with an "of" place before the named
official ("The governor of X, NAME, said", "Governor of X region NAME wrote"), a relay named
after "was quoted as saying", and a group that names itself ("calling itself ...")."""

from __future__ import annotations

from support import attributions, by_cue, content


def test_title_of_a_place_then_the_name_in_apposition() -> None:
    text = ("The governor of Belgorod, Vyacheslav Gladkov, said a drone hit a car. "
            "The governor said the driver was hurt.")
    first, second = attributions(text)
    assert (first.claimant, first.claimant_role) == ("Vyacheslav Gladkov", "governor of Belgorod")
    assert (second.source, second.claimant) == ("The governor", "Vyacheslav Gladkov")


def test_capitalised_title_of_a_region_before_the_name() -> None:
    text = ("Governor of Tula region Pavel Ostrov wrote on Telegram that debris fell on a "
            "warehouse. The governor said nobody was hurt.")
    first, second = attributions(text)
    assert (first.claimant, first.claimant_role) == ("Pavel Ostrov", "Governor of Tula region")
    assert (second.source, second.claimant) == ("The governor", "Pavel Ostrov")


def test_relay_named_after_quoted_as_saying() -> None:
    text = ("The army spokesman, Colonel Ivan Marsh, was quoted as saying by Interfax that "
            "the bridge had been hit twice.")
    att = by_cue(text, "was quoted as saying", unique=True)
    assert (att.claimant, att.reported_by) == ("Ivan Marsh", "Interfax")
    assert content(text, att) == "that the bridge had been hit twice"


def test_a_group_calling_itself_a_name_makes_no_statement() -> None:
    text = ("An armed group calling itself the Black Oak Brigade said it had blown up a rail "
            "line.")
    att = by_cue(text, "said", unique=True)
    assert att.claimant == "Black Oak Brigade"


def test_a_group_that_names_itself_is_claimant_by_that_name() -> None:
    text = "A cell that calls itself Free Coast said the fire at the depot was its work."
    att = by_cue(text, "said", unique=True)
    assert att.source == "A cell that calls itself Free Coast"
    assert att.claimant == "Free Coast"


def test_calling_oneself_something_that_is_no_name_stays_a_cue() -> None:
    text = "The commander called himself a victim of the purge."
    assert [a.cue for a in attributions(text)] == ["called"]


def test_a_capitalised_title_in_a_headline_is_the_official_named_below() -> None:
    text = ("Governor Says Debris Set Depot Ablaze\n"
            "Falling debris set a fuel depot ablaze, regional governor Pavel Ostrov said.")
    att = by_cue(text, "Says", unique=True)
    assert (att.source, att.claimant) == ("Governor", "Pavel Ostrov")


def test_a_bare_title_names_the_fuller_description_before_it() -> None:
    text = ("Interfax, citing the governor of the Tula region, said a drone hit a substation. "
            "Power was cut to 3,000 homes, the governor said.")
    att = by_cue(text, "said", unique=False)
    later = [a for a in attributions(text) if a.source == "the governor"]
    assert att.claimant == "governor of the Tula region"
    assert [a.claimant for a in later] == ["governor of the Tula region"]


def test_the_group_is_the_group_that_named_itself() -> None:
    text = ("A partisan group calling itself Free Coast claimed the blast at the depot. "
            "The group said it had cut a supply line.")
    later = [a for a in attributions(text) if a.source == "The group"]
    assert [a.claimant for a in later] == ["Free Coast"]


def test_an_agency_quoting_someone_as_saying_relays_their_words() -> None:
    text = "Interfax quoted Governor Pavel Ostrov as saying that debris had fallen on a school."
    (att,) = attributions(text)
    assert (att.source, att.claimant, att.reported_by) == (
        "Governor Pavel Ostrov", "Pavel Ostrov", "Interfax")
    assert content(text, att) == "that debris had fallen on a school"


def test_outlets_named_by_what_they_are_relay_the_claim() -> None:
    text = "Local media reported that a drone hit the refinery overnight."
    assert by_cue(text, "reported", unique=True).reported_by == "Local media"
    text = "Russian news agencies, citing the port authority, said two cranes were destroyed."
    att = by_cue(text, "said", unique=True)
    assert (att.claimant, att.reported_by) == ("port authority", "Russian news agencies")


def test_an_agency_that_is_no_news_agency_relays_nothing() -> None:
    text = "Moldova's military intelligence agency said it had struck a radar post."
    assert by_cue(text, "said", unique=True).reported_by is None


def test_an_outlet_in_the_content_is_no_relay() -> None:
    text = "The general criticized the local media for showing the ruined bridge."
    assert by_cue(text, "criticized", unique=True).reported_by is None


def test_a_speaker_relayed_by_according_to_an_outlet() -> None:
    text = ('"Two barns burned down," Mayor Ivan Petrov said, according to a translation '
            "by Interfax.")
    att = by_cue(text, "according to", unique=True)
    assert (att.claimant, att.reported_by) == ("Ivan Petrov", "Interfax")


def test_both_statements_of_said_according_to_an_outlet_share_the_relay() -> None:
    text = "Artillery hit a school in the town, Mayor Ivan Petrov said, according to TASS."
    said = by_cue(text, "said", unique=True)
    relay = by_cue(text, "according to", unique=True)
    assert (said.claimant, said.reported_by) == ("Ivan Petrov", "TASS")
    assert (relay.claimant, relay.reported_by) == ("Ivan Petrov", "TASS")


def test_a_speaker_relayed_by_according_to_a_statement() -> None:
    text = ("The militia said it had ambushed a patrol near Gao, according to a statement "
            "posted by its media wing.")
    assert [a.cue for a in attributions(text)] == ["said"]
    att = by_cue(text, "said", unique=True)
    assert (content(text, att), att.channel) == ("it had ambushed a patrol near Gao",
                                                 "statement")


def test_according_to_a_speaker_keeps_the_speaker() -> None:
    text = "Drones hit a depot near Kursk overnight, according to the regional governor."
    att = by_cue(text, "according to", unique=True)
    assert att.reported_by is None


def test_that_clause_after_an_aside_on_the_platform() -> None:
    text = ("The brigade said on X, formerly Twitter, that its drones had destroyed "
            "two tanks near Pokrovsk.")
    att = by_cue(text, "said", unique=True)
    assert content(text, att) == "that its drones had destroyed two tanks near Pokrovsk"
    assert att.channel == "X"


def test_the_outlet_holding_the_interview_relays_it() -> None:
    text = ("The river crossing was shelled twice, a brigade commander, Ivan Petrov, said in "
            "a telephone interview with Reuters.")
    att = by_cue(text, "said in a telephone interview", unique=True)
    assert att.reported_by == "Reuters"


def test_an_interview_with_a_person_names_no_relay() -> None:
    text = "The crossing was shelled twice, the mayor said in an interview with Ivan Petrov."
    att = by_cue(text, "said in an interview", unique=True)
    assert att.reported_by is None
