"""War-report relays and claimants on invented sentences: a body named by its country or
nationality ("The Israeli military said"), a relay that cites its source after the cue ("WAFA
said, citing medical sources"), an outlet named after what it is ("state broadcaster RTB"), an
interview given to "state media", a title word glued to an untagged name, a dateline before
the source, and a relay with a relative clause."""

from __future__ import annotations

from support import attributions, by_cue, content


def test_a_body_named_by_its_nationality_is_the_claimant() -> None:
    text = "The Israeli military said in a statement that it had struck a command post."
    att = by_cue(text, "said", unique=True)
    assert (att.claimant, att.channel) == ("Israeli military", "statement")


def test_a_body_owned_by_a_country_is_the_claimant_a_bare_one_is_its_own() -> None:
    # "the army" is no air force: the body its words name, not the one that spoke before
    text = ("Moldova's air force said it had tracked two drones over the border overnight. "
            "The army said it had repelled two assaults near the river crossing.")
    first, second = attributions(text)
    assert (first.claimant, second.claimant) == ("Moldova's air force", "army")


def test_citing_between_the_cue_and_the_clause_names_the_claimant() -> None:
    text = ("The state news agency SANA said, citing hospital sources, that four people were "
            "killed in the strike on the bakery.")
    att = by_cue(text, "said", unique=True)
    assert (att.claimant, att.reported_by) == ("hospital sources", "SANA")
    assert content(text, att) == "that four people were killed in the strike on the bakery"


def test_a_title_glued_to_an_untagged_name_is_its_role() -> None:
    text = "Kharkiv Mayor Ihor Terekhov said that a fire broke out in several apartments."
    att = by_cue(text, "said", unique=True)
    assert (att.claimant, att.claimant_role) == ("Ihor Terekhov", "Kharkiv Mayor")


def test_an_outlet_named_after_what_it_is_speaks_by_its_name() -> None:
    text = ("The army did not comment, but state broadcaster RTB said that the convoy had been "
            "ambushed near the border.")
    att = by_cue(text, "said", unique=True)
    assert (att.claimant, att.claimant_role, att.reported_by) == (
        "RTB", "state broadcaster", "RTB")


def test_an_interview_given_to_state_media_names_the_relay() -> None:
    text = ("Junta spokesman Major General Aung Kyaw told state media that the army had "
            "cleared the village.")
    att = by_cue(text, "told", unique=True)
    assert (att.claimant, att.reported_by) == ("Aung Kyaw", "state media")


def test_a_relative_clause_on_the_quoting_outlet_names_no_relay() -> None:
    text = ("Saba news agency, which is controlled by the Houthis, quoted a health official as "
            "saying that nine people had been wounded.")
    att = by_cue(text, "saying", unique=True)
    assert att.reported_by == "Saba"


def test_a_relative_clause_on_the_outlet_that_speaks_names_no_relay() -> None:
    text = ("Saba news agency, which is controlled by the Houthis, reported that a port crane "
            "was destroyed.")
    att = by_cue(text, "reported", unique=True)
    assert att.reported_by == "Saba"


def test_a_dateline_before_an_organisation_is_no_part_of_the_source() -> None:
    text = ("EL FASHER, Sudan (AFP) - Sudan's paramilitary Rapid Support Forces said on Monday "
            "they had shot down an army drone.")
    att = by_cue(text, "said", unique=True)
    assert att.source == "Sudan's paramilitary Rapid Support Forces"
    assert att.claimant == "Sudan's paramilitary Rapid Support Forces"


def test_a_comma_set_clause_on_a_noun_in_the_role_is_no_part_of_it() -> None:
    text = ("Dr. Samir Haddad, a spokesman for the Al-Awda Hospital, where the wounded were "
            "taken, said six of them were children.")
    att = by_cue(text, "said", unique=True)
    assert (att.claimant, att.claimant_role) == ("Samir Haddad",
                                                  "spokesman for the Al-Awda Hospital")


def test_a_televised_address_and_a_morning_update_are_channels() -> None:
    text = ("Army chief Hamid Osman said in a televised address that the siege would be "
            "broken. The General Staff said in its morning update that 90 assaults were "
            "repelled.")
    first, second = attributions(text)
    assert (first.channel, second.channel) == ("televised address", "update")


def test_a_broadcaster_named_by_its_medium_is_a_relay() -> None:
    text = ("The rebel-run Al Noor TV said the strikes hit a fuel depot. A commander told "
            "state television that the depot was empty.")
    first, second = attributions(text)
    assert (first.reported_by, second.reported_by) == ("Al Noor TV", "state television")


def test_a_cited_source_with_no_name_loses_its_article() -> None:
    text = ("Interfax, citing the regional emergency service, reported that a fire at a fuel "
            "depot had been put out.")
    att = by_cue(text, "reported", unique=True)
    assert (att.claimant, att.reported_by) == ("regional emergency service", "Interfax")


def test_an_untagged_name_with_an_owner_before_it_is_a_body() -> None:
    text = ("Fighters said on Sunday that they had taken a base.\n"
            "The Kawlin People's Defence Force said on its Facebook page that it had seized "
            "the base.")
    att = attributions(text)[-1]
    assert (att.claimant, att.channel) == ("Kawlin People's Defence Force", "Facebook")


def test_fighters_named_by_their_group_speak_as_the_group() -> None:
    text = ("Hamas militants said they had fired rockets at Ashkelon. Syrian rebels said they "
            "had seized the airbase.")
    first, second = attributions(text)
    assert (first.claimant, second.claimant) == ("Hamas militants", None)


def test_the_body_a_statement_is_from_is_the_claimant() -> None:
    text = ("Two dock workers were killed, according to a statement from the regional military "
            "administration. The port was hit twice, according to a report from the Kherson "
            "regional administration.")
    first, second = attributions(text)
    assert (first.claimant, first.channel) == ("regional military administration", "statement")
    assert (second.claimant, second.reported_by) == ("Kherson regional administration", None)


def test_the_body_a_statement_was_released_by_is_the_claimant() -> None:
    text = "The port was hit, according to a statement released by the Israeli military."
    att = by_cue(text, "according to", unique=True)
    assert att.claimant == "Israeli military"


def test_asking_not_to_be_named_is_no_statement() -> None:
    text = ("A commander of the brigade, who asked not to be identified, told Reuters the "
            "bridge was lost. A spokesman for the ministry, who declined to be named, said the "
            "talks had stalled.")
    assert [(a.cue, a.reported_by) for a in attributions(text)] == [("told", "Reuters"),
                                                                    ("said", None)]


def test_a_closing_report_joined_to_the_clause_before_it_relays_the_cited_source() -> None:
    text = ("Two drones were downed over Belgorod, the Interfax news agency reported, citing "
            "emergency services.")
    att = by_cue(text, "reported", unique=True)
    assert (att.claimant, att.reported_by) == ("emergency services", "Interfax")
    assert content(text, att) == "Two drones were downed over Belgorod"


def test_a_backer_before_a_name_is_its_role_not_the_relay() -> None:
    text = ("Iran-backed Hezbollah said it had fired rockets at a base. Kremlin-controlled "
            "Channel One said the drones were shot down.")
    first, second = attributions(text)
    assert (first.claimant, first.claimant_role) == ("Hezbollah", "Iran-backed")
    assert (second.claimant, second.reported_by) == ("Channel One", "Channel One")


def test_a_body_citing_reports_speaks_for_itself() -> None:
    text = ("Ukraine's Defence Ministry said on Monday, citing intelligence reports, that the "
            "bombers had been moved east.")
    att = by_cue(text, "said", unique=True)
    assert (att.claimant, att.reported_by) == ("Ukraine's Defence Ministry", None)


def test_comments_carried_by_state_media_name_the_relay() -> None:
    text = ("Army spokesman Nabil Hamed said in comments carried by state media that the city "
            "had been retaken.")
    att = by_cue(text, "said", unique=True)
    assert (att.claimant, att.reported_by) == ("Nabil Hamed", "state media")
