"""Later rule families on hand-written sentences: quotation styles (two apostrophes,
guillemets), pronoun and title sources resolved to a named claimant, speakers and cues the
tagger got wrong, "which" speaking for a body, "told X that", "citing" a reason, "as X put
it", "Said X:", sentence-final cues after a multi-sentence quotation, and dateline dashes."""

from __future__ import annotations

import pytest

from eventwire.claims.spans import quote_regions
from eventwire.records import Attribution
from support import attributions, content


def by_cue(text: str, cue: str) -> Attribution:
    found = [a for a in attributions(text) if a.cue == cue]
    assert len(found) == 1, [(a.source, a.cue) for a in attributions(text)]
    return found[0]


# --- quotation styles ----------------------------------------------------------------------


def test_quote_regions_read_two_apostrophes_and_guillemets() -> None:
    text = "He said ''we held,'' then ``we left.'' Mayor \u00abnever\u00bb. It's Kim's ''"
    found = [text[a:b] for a, b in quote_regions(text)]
    assert found == ["''we held,''", "``we left.''", "\u00abnever\u00bb"]


def test_two_apostrophe_quote_before_its_cue() -> None:
    text = ("''The bridge will not hold for long. We need engineers,'' the mayor said on "
            "Tuesday.")
    att = by_cue(text, "said")
    assert att.source == "the mayor"
    assert content(text, att).startswith("''The bridge will not hold")
    assert content(text, att).endswith("engineers,''")


def test_cue_after_a_long_quote_and_a_titled_name() -> None:
    text = ('"The dam is gone. Nothing is left of the turbines," Rep. Anna K. Reed (D-Ohio) '
            "said in a phone interview.")
    att = by_cue(text, "said in a phone interview")
    assert att.source == "Rep. Anna K. Reed (D-Ohio)"
    assert content(text, att).startswith('"The dam is gone.')


# --- claimant resolution -------------------------------------------------------------------


def test_it_resolves_to_the_body_named_before() -> None:
    text = ("Russia's Defence Ministry said on Monday that 30 drones were shot down. It added "
            "that debris fell on a village.")
    att = by_cue(text, "added")
    assert att.source == "It"
    assert att.claimant == "Russia's Defence Ministry"


def test_they_prefers_a_plural_group_of_speakers() -> None:
    text = ("Local officials in Kherson reported heavy shelling overnight. They said three "
            "people were wounded.")
    att = by_cue(text, "said")
    assert (att.source, att.claimant) == ("They", "Local officials in Kherson")


def test_they_without_an_antecedent_stays_unresolved() -> None:
    text = "They said three people were wounded in the shelling."
    assert by_cue(text, "said").claimant is None


def test_they_is_not_a_country() -> None:
    text = "Fighting continued across Ukraine. They said three people were wounded."
    assert by_cue(text, "said").claimant is None


def test_it_skips_places_after_a_preposition() -> None:
    text = ("Hamas said the talks had stalled in Cairo. It said the terms were "
            "unacceptable.")
    att = [a for a in attributions(text) if a.source == "It"]
    assert [a.claimant for a in att] == ["Hamas"]


def test_the_ministry_resolves_to_the_named_ministry() -> None:
    text = ("The Defence Ministry of Russia denied the claim. The ministry said nothing was "
            "hit.")
    att = by_cue(text, "said")
    assert (att.source, att.claimant) == ("The ministry", "Defence Ministry of Russia")


def test_a_title_with_no_named_bearer_stays_unresolved() -> None:
    text = "The spokesman said nothing was hit in the raid."
    assert by_cue(text, "said").claimant is None


def test_a_body_named_nowhere_else_is_the_body_its_description_names() -> None:
    text = "The ministry said nothing was hit in the raid."
    assert by_cue(text, "said").claimant == "ministry"


def test_a_title_in_the_headline_resolves_to_the_bearer_named_below() -> None:
    text = ("Grain silo burns after shelling, mayor says\n\n"
            "Shelling set a grain silo on fire, the town's mayor Olena Marchuk said on Sunday. "
            "Nobody was hurt, the mayor said.")
    first = by_cue(text, "says")
    assert (first.source, first.claimant) == ("mayor", "Olena Marchuk")


def test_a_title_in_the_body_is_not_resolved_to_a_later_bearer() -> None:
    text = ("Shelling hit the port.\n\nThe mayor said the silo burned. Later, the town's mayor "
            "Olena Marchuk visited the docks.")
    assert by_cue(text, "said").claimant is None


# --- parse errors --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "source", "cue", "said"),
    [
        ("Yet Trump claims that he would end the war in a day.", "Trump", "claims",
         "that he would end the war in a day"),
        ("Kyiv warns that the offensive has begun.", "Kyiv", "warns",
         "that the offensive has begun"),
    ],
)
def test_cue_verb_tagged_as_a_noun(text: str, source: str, cue: str, said: str) -> None:
    att = by_cue(text, cue)
    assert att.source == source
    assert content(text, att) == said


def test_statement_noun_is_not_taken_for_a_verb() -> None:
    text = "The claims that troops shelled the school were rejected."
    assert all(a.cue != "claims" or a.source != "The" for a in attributions(text))


def test_speaker_named_before_a_comma_set_description() -> None:
    text = ("\u201cWe have no more shells,\u201d Petrenko, a battalion commander, said on "
            "Thursday.")
    att = by_cue(text, "said")
    assert att.source == "Petrenko, a battalion commander"
    assert att.claimant == "Petrenko"


# --- shapes --------------------------------------------------------------------------------


def test_which_speaks_for_the_body_it_follows() -> None:
    text = ("Reporters turned to the regional police department, which reported 21 "
            "shooting incidents in the city.")
    att = by_cue(text, "reported")
    assert att.source == "which"
    assert att.claimant is not None and "police department" in att.claimant
    assert content(text, att) == "21 shooting incidents in the city"


def test_which_for_a_thing_is_no_source() -> None:
    text = "The shelter, which lies near the border, shows damage from the strikes."
    assert attributions(text) == []


def test_told_an_audience_that() -> None:
    text = ("In Kyiv last week, he told a meeting of European leaders that few people "
            "understood the stakes.")
    att = by_cue(text, "told")
    assert content(text, att) == "that few people understood the stakes"


def test_a_generic_source_keeps_its_nested_statement() -> None:
    text = "The report found that the agency could not verify the figures."
    att = by_cue(text, "found")
    assert att.source == "The report"
    assert content(text, att).startswith("that the agency")


def test_citing_a_reason() -> None:
    text = "The ministry closed the border crossing on Monday, citing security threats."
    att = by_cue(text, "citing")
    assert (att.source, content(text, att)) == ("The ministry", "security threats")


def test_citing_needs_a_speaker() -> None:
    text = "The road closed on Monday, citing security threats."
    assert [a for a in attributions(text) if a.cue == "citing"] == []


@pytest.mark.parametrize(
    ("text", "source", "said"),
    [
        ("As the governor put it, the city is under siege.", "the governor",
         "the city is under siege"),
        ('As one official put it in a briefing, "We are running out of shells."',
         "one official", '"We are running out of shells."'),
    ],
)
def test_as_x_put_it(text: str, source: str, said: str) -> None:
    att = by_cue(text, "put it")
    assert (att.source, content(text, att)) == (source, said)


def test_put_it_elsewhere_is_no_cue() -> None:
    assert attributions("The flood put it under water for a week.") == []


def test_inverted_said_before_a_colon() -> None:
    text = 'Said Ellis: "We will not leave the village."'
    att = by_cue(text, "Said")
    assert att.source == "Ellis"
    assert content(text, att) == '"We will not leave the village."'


def test_urged_with_an_object_and_an_infinitive() -> None:
    text = "Aid advocates have urged the government to open the crossing."
    att = by_cue(text, "have urged")
    assert content(text, att) == "the government to open the crossing"


def test_dateline_dash_is_not_part_of_the_source() -> None:
    text = "BRUSSELS - European leaders said on Friday that the talks would resume."
    assert by_cue(text, "said").source == "European leaders"


# --- speakers of a group, participles, characterisations -----------------------------------


def test_a_group_of_speakers_can_speak() -> None:
    text = "A group of residents criticized the evacuation plan."
    att = by_cue(text, "criticized")
    assert (att.source, content(text, att)) == ("A group of residents", "the evacuation plan")


def test_a_group_of_things_cannot() -> None:
    assert attributions("A group of trees blocked the evacuation route.") == []


def test_statement_saying_speaks_for_its_maker() -> None:
    text = "The army posted a statement saying that the town had been retaken."
    att = by_cue(text, "posted a statement saying")
    assert att.source == "The army"
    assert content(text, att) == "that the town had been retaken"


def test_participle_on_a_speaker_noun() -> None:
    text = "Residents saying the town was shelled fled to the river."
    att = by_cue(text, "saying")
    assert (att.source, content(text, att)) == ("Residents", "the town was shelled")


def test_see_x_as_y() -> None:
    text = "Residents see the strikes on the grid as retaliation for the raid."
    att = by_cue(text, "see")
    assert content(text, att) == "the strikes on the grid as retaliation for the raid"


@pytest.mark.parametrize(
    ("text", "cue", "said", "stance"),
    [
        ("The spokesman denied targeting civilians.", "denied", "targeting civilians",
         "denies"),
        ("He proposed dropping the tax on fuel.", "proposed", "dropping the tax on fuel",
         "asserts"),
    ],
)
def test_gerund_complement(text: str, cue: str, said: str, stance: str) -> None:
    att = by_cue(text, cue)
    assert (content(text, att), att.stance) == (said, stance)


def test_gerund_of_an_ordinary_verb_is_no_claim() -> None:
    assert attributions("The troops kept firing all night.") == []


def test_quote_after_the_cue_and_its_adjuncts() -> None:
    text = 'The commander recalled on Tuesday, "We had no shells left."'
    att = by_cue(text, "recalled")
    assert content(text, att) == '"We had no shells left."'


def test_quote_after_another_clause_is_not_the_cue_s() -> None:
    text = 'The commander recalled the siege, and the crowd shouted, "We had no shells."'
    assert all(a.cue != "recalled" or not content(text, a).startswith('"')
               for a in attributions(text))


def test_a_form_of_address_is_no_role() -> None:
    text = "Mr. Halvorsen said the convoy had crossed the river."
    att = by_cue(text, "said")
    assert (att.claimant, att.claimant_role) == ("Halvorsen", None)
