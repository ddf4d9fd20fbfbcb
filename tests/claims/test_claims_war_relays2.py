"""War-report claimants and relays on invented sentences: a name set beside a long title, a
proper name beside a common-noun description, a speaker relayed by a closing "according to",
an outlet speaking of its own checking, a title abbreviation before a name, a vow made in an
address, the reason an official gives for anonymity, and an outlet that cites its sources in a
relative clause."""

from __future__ import annotations

from support import attributions, by_cue, content, only


def test_a_name_beside_a_long_title_wins_over_an_earlier_holder_of_the_title() -> None:
    text = ("Kharkiv regional governor Oleh Sinyuk said two people were wounded. Fires burned "
            "into the night. The Moscow-installed governor of the occupied part of Kherson "
            "region, Pavel Ostapov, said drones had hit a bus.")
    att = attributions(text)[-1]
    assert (att.claimant, att.claimant_role) == (
        "Pavel Ostapov", "Moscow-installed governor of the occupied part of Kherson region")


def test_a_name_beside_a_title_with_a_place_in_it_is_the_claimant() -> None:
    text = ("Mayor Ivan Sadov said the water supply was cut. The chief of the military "
            "administration in the town of Balakliia, Anna Volos, said the shelling had "
            "stopped.")
    att = attributions(text)[-1]
    assert (att.claimant, att.claimant_role) == (
        "Anna Volos", "chief of the military administration in the town of Balakliia")


def test_a_proper_name_beside_a_description_is_the_claimant() -> None:
    text = ("A local relief group, the Nyala Emergency Committees, said that 14 people had "
            "been killed in the shelling of the market.")
    att = by_cue(text, "said", unique=True)
    assert (att.claimant, att.claimant_role, att.reported_by) == (
        "Nyala Emergency Committees", "local relief group", None)


def test_an_outlet_telling_of_its_own_checking_relays_nothing() -> None:
    text = ("Russian officials said the drones were launched from the coast. AFP could not "
            "independently verify the figures.")
    att = by_cue(text, "could not independently verify", unique=True)
    assert (att.claimant, att.reported_by) == ("AFP", None)


def test_an_outlet_closing_a_reported_clause_relays_the_speaker() -> None:
    text = ("Governor Andrei Volkov said debris from a downed drone had damaged two garages, "
            "according to the TASS news agency.")
    att = only(text)
    assert (att.cue, att.claimant, att.reported_by) == ("said", "Andrei Volkov", "TASS")
    assert content(text, att) == "debris from a downed drone had damaged two garages"


def test_a_statement_closing_a_reported_clause_is_the_channel() -> None:
    text = ("The U.S. military's Central Command said its forces had destroyed three drones "
            "over the Red Sea, according to a statement posted on X.")
    att = only(text)
    assert (att.cue, att.claimant, att.channel, att.reported_by) == (
        "said", "U.S. military's Central Command", "statement", None)
    assert content(text, att) == "its forces had destroyed three drones over the Red Sea"


def test_a_statement_on_a_website_closing_a_reported_clause_is_the_channel() -> None:
    text = ("Kyrgyzstan's border service said two guards were wounded in the clash, according "
            "to a statement on its website.")
    att = only(text)
    assert (att.claimant, att.channel) == ("Kyrgyzstan's border service", "statement")
    assert content(text, att) == "two guards were wounded in the clash"


def test_a_title_abbreviation_before_a_name_ends_no_sentence() -> None:
    text = ("Army spokesman Brig. Gen. Khalid Osman told AP that the troops had retaken the "
            "bridge.")
    att = only(text)
    assert (att.source, att.claimant, att.claimant_role, att.reported_by) == (
        "Army spokesman Brig. Gen. Khalid Osman", "Khalid Osman", "Army spokesman Brig. Gen.",
        "AP")


def test_a_vow_made_in_an_address_is_a_claim() -> None:
    text = 'Al-Mahdi vowed in a televised address to "drive the militia out of the capital".'
    att = only(text)
    assert (att.claimant, att.channel) == ("Al-Mahdi", "televised address")
    assert content(text, att) == 'to "drive the militia out of the capital"'


def test_why_a_speaker_is_unnamed_is_no_statement() -> None:
    text = ("A commander, speaking on condition of anonymity to discuss troop movements, said "
            "the bridge had fallen. A diplomat, who requested anonymity to discuss internal "
            "deliberations, said the envoy would resign.")
    assert [a.cue for a in attributions(text)] == ["said", "said"]


def test_an_outlet_citing_its_sources_in_a_relative_clause_relays_them() -> None:
    text = ("According to Suspilne, which cited sources in the brigade, the unit had pulled "
            "back from the village.")
    att = only(text)
    # sources in a body speak for it: the body is the claimant, the sources its role
    assert (att.source, att.claimant, att.claimant_role, att.reported_by) == (
        "Suspilne", "brigade", "sources", "Suspilne")
    assert content(text, att) == "the unit had pulled back from the village"


def test_a_bare_body_noun_stands_for_the_one_body_named_with_its_country() -> None:
    text = ("Mali's army said it had retaken the ferry crossing. Fighting went on in the north. "
            "Aid groups said food was scarce. The river rose. Markets closed early. The army "
            "said it had shot down a drone.")
    assert attributions(text)[-1].claimant == "Mali's army"


def test_a_bare_body_noun_stands_for_neither_when_two_bodies_of_its_kind_were_named() -> None:
    # neither army has spoken: "the army" could be either, so it stays as the text names it
    text = ("Mali's army retook the ferry crossing on Monday. Chad's army closed the border. "
            "The army said it had shot down a drone.")
    assert attributions(text)[-1].claimant == "army"


def test_a_bare_body_noun_after_its_kind_spoke_is_that_speaker() -> None:
    # the speaker of the statement before goes on speaking (claims/antecedents.py), over a
    # body of the same kind only mentioned since
    text = ("Mali's army said it had retaken the ferry crossing. Chad's army closed the border. "
            "The army said it had shot down a drone.")
    assert attributions(text)[-1].claimant == "Mali's army"


def test_a_named_group_closing_a_named_partys_statement_relays_it() -> None:
    text = ("The Katiba Macina group claimed the ambush on the convoy in an audio message, "
            "according to the Sahel Monitoring Centre, which tracks militant propaganda.")
    (att,) = attributions(text)
    assert (att.cue, att.reported_by) == ("claimed", "Sahel Monitoring Centre")


def test_a_spokesman_closing_a_leaders_words_relays_them() -> None:
    text = "Putin told the envoy that talks were possible, according to Dmitry Peskov."
    (att,) = attributions(text)
    assert (att.claimant, att.reported_by) == ("Putin", "Dmitry Peskov")


def test_a_group_name_tagged_as_a_pronoun_in_a_headline_is_the_claimant() -> None:
    text = "Houthis claim missile attack on tanker in Gulf of Aden"
    assert [a.claimant for a in attributions(text)] == ["Houthis"]
    # real pronouns and quantifiers stay unresolved without an antecedent
    assert [a.claimant for a in attributions("Some say the bridge fell.")] == [None]


def test_the_platform_x_closing_a_sentence_is_the_channel() -> None:
    text = "Hamas claimed responsibility for the rocket fire in a post on X. It gave no details."
    (att,) = [a for a in attributions(text) if a.cue == "claimed"]
    assert att.channel == "X"
