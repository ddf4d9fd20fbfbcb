"""Cue verbs the tagger reads as nouns (headlines, "X demands Y"), objects that carry a
quotation, rulings and questions "about", and a quotation broken by its cue after a noun of
stance, on hand-written sentences."""

from __future__ import annotations

import pytest

from eventwire.nlp import get_nlp
from support import attributions, by_cue, content


@pytest.mark.parametrize(
    ("text", "source", "cue", "said"),
    [
        ("City council votes to close the old ferry pier.", "City council", "votes",
         "to close the old ferry pier"),
        ("District court rules against the new river toll.", "District court", "rules against",
         "the new river toll"),
    ],
)
def test_headline_verb_read_as_noun(text: str, source: str, cue: str, said: str) -> None:
    att = by_cue(text, cue)
    assert (att.source, content(text, att)) == (source, said)


def test_speaker_verb_and_object_in_a_clause() -> None:
    text = "It is astounding that Warren demands accountability and transparency from the mayor."
    att = by_cue(text, "demands")
    assert att.source == "Warren"
    assert content(text, att).startswith("accountability and transparency")


def test_trailing_cue_read_as_noun() -> None:
    text = "The bridge will not reopen this winter, the county's chief engineer maintains."
    att = by_cue(text, "maintains")
    assert att.source == "the county's chief engineer"
    assert content(text, att) == "The bridge will not reopen this winter"


@pytest.mark.parametrize(
    ("text", "cue", "said"),
    [
        ("Governor calls bypass plan ‘a death trap’.", "calls", "bypass plan ‘a death trap’"),
        ("Envoy says ceasefire 'dead in the water' after shelling.", "says",
         "ceasefire 'dead in the water'"),
    ],
)
def test_object_that_holds_a_quotation(text: str, cue: str, said: str) -> None:
    att = by_cue(text, cue)
    assert content(text, att) == said


def test_question_about() -> None:
    text = "A reporter asked about the missing convoy."
    att = by_cue(text, "asked about")
    assert att.source == "A reporter"
    assert content(text, att) == "the missing convoy"


def test_quotation_broken_by_its_cue_after_a_noun() -> None:
    text = '"My worry," she said, "is that the levee will not hold another week."'
    att = by_cue(text, "said")
    assert att.source == "she"
    assert content(text, att) == text
    assert not any(a.cue.startswith("worry") for a in attributions(text))


def test_plain_noun_phrases_stay_unattributed() -> None:
    assert attributions("The union demands list was long.") == []
    assert attributions("Rescue teams searched the flooded district on Monday.") == []


def test_relative_that_speaks_for_its_antecedent() -> None:
    text = "The donors fund a committee that intends to challenge the mayor in court."
    att = by_cue(text, "intends")
    assert content(text, att) == "to challenge the mayor in court"


def test_pressing_someone_to_act() -> None:
    text = "The envoy pressed the minister to resign before the vote."
    att = by_cue(text, "pressed")
    assert att.source == "The envoy"
    assert content(text, att) == "the minister to resign before the vote"
    assert attributions("Troops pressed the advance toward the river.") == []


def test_subordinate_clause_is_no_phase_verb() -> None:
    text = "The mayor has been silent since the council decided against raising the levy."
    att = by_cue(text, "decided against")
    assert att.source == "the council"
    assert content(text, att) == "raising the levy"


def test_statement_noun_keeps_its_adjectives_and_opening_preposition() -> None:
    text = "The governor's repeated claims about the dam were never checked."
    att = by_cue(text, "repeated claims about")
    assert att.source == "The governor's"
    assert content(text, att) == "the dam"


def test_statement_noun_owned_through_from() -> None:
    text = "The mayor ignored a warning from the army that the bridge was unsafe."
    att = by_cue(text, "warning")
    assert att.source == "the army"
    assert content(text, att) == "that the bridge was unsafe"


@pytest.mark.parametrize(
    ("text", "cue", "said"),
    [
        ("The two ministers sparred over the budget for the new port.", "sparred over",
         "the budget"),
        ("Local farmers lobbied against the water levy.", "lobbied against", "the water levy"),
        ("The council chair summed up the talks in one word.", "summed up", "the talks"),
    ],
)
def test_verbs_of_dispute_and_summary(text: str, cue: str, said: str) -> None:
    att = by_cue(text, cue)
    assert content(text, att) == said


def test_weighing_a_quantity_is_no_statement() -> None:
    assert attributions("The senator weighs 80 kilograms.") == []


@pytest.mark.parametrize(
    ("text", "source", "cue"),
    [
        ("Others in the party have opposed the new levy.", "Others in the party",
         "have opposed"),
        ("The militia said it would withdraw from the village.", "The militia", "said"),
        ("The minister apologized for the delay in paying pensions.", "The minister",
         "apologized for"),
    ],
)
def test_more_speakers_and_apologies(text: str, source: str, cue: str) -> None:
    att = by_cue(text, cue)
    assert att.source == source


def test_signature_dash_glued_to_the_closing_mark() -> None:
    text = "“The river took everything we had.”― Olena Marchuk\n“We will rebuild.” ― Ann B. Reed."
    found = attributions(text)
    assert [a.source for a in found] == ["Olena Marchuk", "Ann B. Reed"]


def test_headline_noun_before_its_verb_is_no_cue() -> None:
    text = "Coastal Power Plant Rules Face Key Test In Court.\n\nThe rules were drafted in May."
    assert not any(a.cue == "Rules" for a in attributions(text))


def test_said_with_a_clause_read_as_its_object() -> None:
    text = ("The envoy said many of the villages that the army shelled last week had no "
            "soldiers in them.")
    att = by_cue(text, "said")
    assert att.source == "The envoy"
    assert content(text, att).startswith("many of the villages")


def test_verb_inside_a_quotation_stays_out_of_the_cue() -> None:
    text = '"We owe them the truth," the mayor said, "and to say that the mine will close."'
    att = by_cue(text, "said")
    assert att.source == "the mayor"


def test_trailing_cue_at_a_paragraph_end() -> None:
    text = "Power cuts to last all winter, engineers say.\n\nThe grid lost half its capacity."
    att = by_cue(text, "say")
    assert att.source == "engineers"
    assert content(text, att) == "Power cuts to last all winter"


def test_according_to_a_source_read_as_a_verb() -> None:
    text = "Food ran out on Friday, according to help groups."
    att = by_cue(text, "according to")
    assert att.source == "help groups"
    assert content(text, att) == "Food ran out on Friday"


def test_quotation_before_an_inverted_cue_not_the_next_sentence() -> None:
    text = ('"The port is finished," said Mayor Ann Reed of Varna.  Residents repeatedly '
            "noted that the port had closed twice before.")
    said = by_cue(text, "said")
    assert content(text, said) == '"The port is finished,"'
    noted = by_cue(text, "repeatedly noted")
    assert noted.source == "Residents"


def test_speaker_phrase_stops_at_the_cue() -> None:
    text = ("A union representing nurses endorsed the governor on Friday, another sign of "
            "labour backing her campaign.")
    att = by_cue(text, "endorsed")
    assert att.source == "A union representing nurses"


def test_aside_after_a_statement_is_a_statement_of_its_own() -> None:
    text = ('The mayor told the council that she backs the plan, saying that "the port '
            'cannot wait."')
    assert {a.cue for a in attributions(text)} >= {"told", "saying"}


def test_title_case_headline_after_a_plural_subject() -> None:
    text = "Harbour Workers Say Cranes Are Unsafe After Storm\n\nThe port reopened on Monday."
    att = by_cue(text, "Say")
    assert att.source == "Harbour Workers"


def test_quotation_closing_an_earlier_sentence_is_not_the_content() -> None:
    text = ("The film ends with the song “Homeward.”  However, it was in the last decade that "
            "the town has seen its fastest growth.")
    assert not any(a.cue.endswith("seen") for a in attributions(text))


def test_quotation_after_the_cue_and_its_object() -> None:
    text = "The mayor asked her, “Where will the families sleep tonight?”"
    att = by_cue(text, "asked")
    assert content(text, att) == "“Where will the families sleep tonight?”"


def test_cue_closing_its_line_with_a_colon() -> None:
    text = ("The governor added:\n\nThe levee will be rebuilt before the spring floods.\n\n"
            "Repairs start on Monday.")
    att = by_cue(text, "added")
    assert content(text, att) == "The levee will be rebuilt before the spring floods."


def test_infinitive_read_as_an_adverbial_clause() -> None:
    text = "The mayor tells residents at the shelter to “stay calm and wait for the buses.”"
    att = by_cue(text, "tells")
    assert content(text, att).startswith("residents at the shelter to")


def test_attitude_read_as_a_passive_participle() -> None:
    text = "Residents were incensed that the road stayed shut."
    att = by_cue(text, "were incensed")
    assert att.source == "Residents"
    assert content(text, att) == "that the road stayed shut"
    assert attributions("Officials were surprised by the attack.") == []


def test_headline_speaker_parsed_as_root_and_verb_as_its_object() -> None:
    from spacy.tokens import Doc

    from eventwire.claims.lexicon import get_lexicon
    from eventwire.claims.mistagged import mistagged_verb

    words = ["Bishop", "questions", "the", "fairness", "of", "the", "vote"]
    doc = Doc(get_nlp().vocab, words=words,
              pos=["NOUN", "NOUN", "DET", "NOUN", "ADP", "DET", "NOUN"],
              tags=["NN", "NNS", "DT", "NN", "IN", "DT", "NN"],
              deps=["ROOT", "dobj", "det", "dobj", "prep", "det", "pobj"],
              heads=[0, 0, 3, 0, 3, 6, 4],
              lemmas=["bishop", "question", "the", "fairness", "of", "the", "vote"],
              sent_starts=[True, False, False, False, False, False, False])
    found = mistagged_verb(doc[1], get_lexicon())
    assert found is not None
    assert (found.source, found.cue, found.content) == ((0, 0), (1, 1), (2, 6))


def test_as_clause_with_a_complement_of_its_own() -> None:
    text = "As the mayor talked about the levee, the governor praised the crews."
    att = by_cue(text, "talked about")
    assert att.source == "the mayor"
    assert content(text, att) == "the levee"
    noted = "As the governor noted, the bridge is closed."
    assert content(noted, by_cue(noted, "noted")) == "the bridge is closed"


def test_said_as_much() -> None:
    text = "The envoy said as much in an interview on Monday."
    att = by_cue(text, "said")
    assert content(text, att) == "as much"


def test_quoted_object_keeps_its_opening_mark() -> None:
    text = "The minister sees 'a grave danger' in the plan."
    att = by_cue(text, "sees")
    assert content(text, att).startswith("'a grave danger'")


def test_it_can_hold_an_intention_for_a_body() -> None:
    text = "The agency is short of money. It wants to sell its old headquarters."
    att = by_cue(text, "wants")
    assert att.source == "It"
    assert content(text, att) == "to sell its old headquarters"
    assert attributions("It rained all night over the valley.") == []


def test_trailing_cue_read_as_noun_before_a_paragraph_break() -> None:
    # the space after the full stop belongs to the sentence; the parser takes the owner of
    # the possessive for the subject of the mistagged verb
    text = ("Hunger is no stranger to the garrison, the Polish colonel’s former driver "
            "maintains.  The driver left in 2020.")
    att = by_cue(text, "maintains")
    assert att.source == "the Polish colonel’s former driver"
    assert content(text, att) == "Hunger is no stranger to the garrison"


@pytest.mark.parametrize(
    ("text", "source", "cue", "said"),
    [
        ("What the audit showed was that Trump cares more about drones than about tanks.",
         "Trump", "cares", "more about drones than about tanks"),
        ("It is the sort of courage that Admiral Petrov so admires.", "Admiral Petrov",
         "so admires", "the sort of courage"),
    ],
)
def test_clause_verb_read_as_noun_after_its_subject(
        text: str, source: str, cue: str, said: str) -> None:
    att = by_cue(text, cue)
    assert (att.source, content(text, att)) == (source, said)


def test_noun_read_as_noun_heading_a_relative_clause_subject() -> None:
    text = "The admiral that Ms. Novak so admires has sent two more frigates."
    assert [a.cue for a in attributions(text)] == []


def test_cue_verb_read_as_noun_before_an_indirect_question() -> None:
    text = "Lviv's “Winter Ledger” documents how the depot burned in the autumn of 2023."
    att = by_cue(text, "documents")
    assert att.source == "Lviv's “Winter Ledger”"
    assert content(text, att) == "how the depot burned in the autumn of 2023"


def test_cue_verb_read_as_apposition_after_a_relative_clause() -> None:
    text = ("The network, which includes the three biggest refugee charities and the Lviv Law "
            "Clinic, advocates for a public audit of the evacuations.")
    att = by_cue(text, "advocates for")
    assert att.source.startswith("The network, which includes")
    assert content(text, att) == "a public audit of the evacuations"
    noun = "The widows, who saw the minister on Tuesday, advocates for the captives wrote as well."
    assert [a.cue for a in attributions(noun)] == []
