"""Span conventions and cue families of attribution annotation, on hand-written sentences:
one attribution per token (embedded statements belong to the outer content), cue spans,
source spans and content boundaries."""

from __future__ import annotations

from support import attributions, content, only


def test_what_they_called_stays_in_the_outer_content() -> None:
    text = "The mayor condemned what she called a reckless provocation by the militia."
    att = only(text)
    assert (att.source, att.cue) == ("The mayor", "condemned")
    assert content(text, att) == "what she called a reckless provocation by the militia"


def test_a_statement_inside_a_complement_is_part_of_it() -> None:
    text = "The colonel said he would return the trucks he says the smugglers abandoned."
    att = only(text)
    assert att.cue == "said"
    assert content(text, att) == "he would return the trucks he says the smugglers abandoned"


def test_a_statement_after_a_comma_stands_on_its_own() -> None:
    text = ("The envoy said that the convoy had left, although she declined to say "
            "when it would arrive.")
    cues = {a.cue for a in attributions(text)}
    assert "said" in cues and len(cues) == 2, cues


def test_a_governing_cue_verb_takes_the_infinitive_as_content() -> None:
    text = "The tribunal decided on Friday not to summon the witnesses."
    att = only(text)
    assert (att.source, att.cue) == ("The tribunal", "decided")
    assert content(text, att) == "not to summon the witnesses"
    text = "The union plans to call on its members to stay home."
    att = only(text)
    assert (att.cue, content(text, att)) == ("plans", "to call on its members to stay home")


def test_a_relative_clause_with_its_own_statement_is_cut_from_the_source() -> None:
    text = ("Dr. Ines Vale, who argued last year that the clinic was unsafe, said the new "
            "ward would open in May.")
    said = next(a for a in attributions(text) if a.cue == "said")
    assert said.source == "Dr. Ines Vale"
    text = "Dr. Ines Vale, who runs the clinic in Tarnow, said the new ward would open in May."
    assert only(text).source == "Dr. Ines Vale, who runs the clinic in Tarnow"


def test_a_date_after_the_speaker_is_not_part_of_the_source() -> None:
    text = "A review panel in 2019 found that the barracks were unsafe."
    assert only(text).source == "A review panel"


def test_light_verb_and_a_noun_of_stance() -> None:
    text = "Aid groups have raised concerns about the new checkpoint rules."
    att = only(text)
    assert (att.source, att.cue) == ("Aid groups", "have raised concerns about")
    assert content(text, att) == "the new checkpoint rules"
    text = "The mayor voiced strong support for the river barrier."
    att = only(text)
    assert (att.cue, content(text, att)) == ("voiced strong support for", "the river barrier")
    text = "The dockworkers' union announced plans to strike next week."
    att = only(text)
    assert att.cue == "announced plans"
    assert content(text, att) == "to strike next week"


def test_a_noun_of_stance_needs_a_speaker() -> None:
    assert attributions("The storm raised fears about the harbour wall.") == []


def test_a_position_held() -> None:
    text = "Senator Ruth Okafor has been a vocal critic of the pipeline deal."
    att = only(text)
    assert (att.source, att.cue) == ("Senator Ruth Okafor", "has been a vocal critic of")
    assert content(text, att) == "the pipeline deal"


def test_attitudes_of_readiness_and_reticence() -> None:
    text = "Local leaders were reluctant to say whether the market would reopen."
    att = only(text)
    assert (att.cue, content(text, att)) == ("were reluctant",
                                             "to say whether the market would reopen")
    text = "The rebels were willing to hand over the airport."
    assert content(text, only(text)) == "to hand over the airport"
    assert attributions("The ferry was ready to sail at noon.") == []


def test_the_preposition_opening_the_content_joins_the_cue() -> None:
    text = "The chief medic spoke out on Monday about the shortage of insulin."
    att = only(text)
    assert (att.cue, content(text, att)) == ("spoke out on Monday about",
                                             "the shortage of insulin")
    text = "The bishop called on the militias to lay down their arms."
    att = only(text)
    assert att.cue == "called on"
    assert content(text, att) == "the militias to lay down their arms"


def test_headline_speaker_and_colon() -> None:
    text = "Okonkwo: Port Strike Will End Before the Harvest\n\nThe minister spoke on Friday."
    att = attributions(text)[0]
    assert (att.source, att.cue) == ("Okonkwo", ":")
    assert content(text, att) == "Port Strike Will End Before the Harvest"
    text = "Survey: Most Families Plan to Return Home\n\nThe survey was published on Friday."
    att = attributions(text)[0]
    assert (att.source, content(text, att)) == ("Survey", "Most Families Plan to Return Home")


def test_labels_and_titles_before_a_colon_are_no_speakers() -> None:
    for text in ("Update: The Bridge Reopened on Sunday\n\nTraffic is moving again.",
                 "Stealth Over Water: The Night the Ferry Vanished\n\nIt left at dusk."):
        assert all(a.cue != ":" for a in attributions(text)), text


def test_a_quotation_broken_by_its_speaker_is_one_content() -> None:
    text = "“By closing the port,” the harbour master said, “we lost the whole harvest.”"
    att = only(text)
    assert content(text, att) == text


def test_quotations_of_different_sentences_are_not_joined_by_a_comma_rule() -> None:
    text = ("“The port is closed.” The harbour master left. Later she wrote, “We lost the "
            "whole harvest.”")
    att = only(text)
    assert content(text, att) == "“We lost the whole harvest.”"


def test_a_quotation_in_typewriter_marks_continues_after_the_cue() -> None:
    text = "The mayor spoke at noon. ''We held the bridge,'' he said. ''We will hold it again.''"
    att = only(text)
    assert content(text, att) == ("''We held the bridge,'' he said. "
                                  "''We will hold it again.''")


def test_verbs_of_force_are_events_unless_marked_as_speech() -> None:
    for text in ("Government forces attacked the village at dawn.",
                 "The militia defended the airport for three days.",
                 "Drones hit the fuel depot near the border.",
                 "The navy supported the landing with gunfire."):
        assert attributions(text) == [], text
    text = "The opposition leader attacked the budget as a gift to the banks."
    att = only(text)
    assert (att.source, att.cue) == ("The opposition leader", "attacked")
    assert content(text, att) == "the budget as a gift to the banks"
    text = "The minister defended her remarks about the refugees."
    assert only(text).cue == "defended"
    text = "The senator attacked the governor in a televised interview."
    assert only(text).source == "The senator"


def test_stand_taking_verbs_need_a_speaker() -> None:
    text = "The farmers' union promoted the new irrigation scheme."
    att = only(text)
    assert (att.cue, content(text, att)) == ("promoted", "the new irrigation scheme")
    assert attributions("The rains promoted the growth of the weeds.") == []


def test_offered_no_evidence() -> None:
    text = "The commander offered no evidence that the bridge had been mined."
    att = only(text)
    assert att.cue == "offered no evidence"
    assert content(text, att) == "that the bridge had been mined"


def test_verbs_of_phase_and_ability_join_the_cue() -> None:
    text = "The envoy went on to describe the talks as a breakthrough."
    assert only(text).cue == "went on to describe"
    text = "The mayor stopped short of blaming the militia for the fire."
    assert only(text).cue == "stopped short of blaming"
    text = "The prosecutor was able to show that the ledger had been forged."
    assert only(text).cue == "was able to show"


def test_a_document_issued_by_the_source() -> None:
    text = "The council issued a statement calling for an end to the curfew."
    att = only(text)
    assert (att.source, att.cue) == ("The council", "issued a statement calling for")
    assert content(text, att) == "an end to the curfew"
    text = "The general released a note from his doctor that says he is fit to serve."
    att = only(text)
    assert att.source == "The general"
    assert content(text, att) == "he is fit to serve"


def test_a_relative_pronoun_stays_the_source() -> None:
    text = "It was the colonel who said that the road was open."
    att = only(text)
    assert (att.source, att.claimant) == ("who", "colonel")


def test_a_reporters_aside_closing_the_content_is_cut() -> None:
    text = ("The governor said the ferry would resume on Monday, which would end a "
            "three-week closure.")
    att = only(text)
    assert content(text, att) == "the ferry would resume on Monday"
    text = "The governor said “the ferry, which we rebuilt, will resume on Monday.”"
    assert content(text, only(text)) == "“the ferry, which we rebuilt, will resume on Monday.”"


def test_a_second_reporting_verb_after_and_shares_the_speaker() -> None:
    text = "The harbour master said the pier was closed and warned that the crane could fall."
    found = attributions(text)
    assert [(a.source, a.cue) for a in found] == [("The harbour master", "said"),
                                                  ("The harbour master", "warned")]
    assert content(text, found[1]) == "that the crane could fall"


def test_according_to_in_the_middle_takes_both_sides() -> None:
    text = ("Grain exports rose 12 percent, according to the port authority, and fuel imports "
            "fell by half.")
    att = only(text)
    assert att.source == "the port authority"
    assert content(text, att) == text[:-1]
    text = "And the road was cut twice, according to local officials."
    assert content(text, only(text)) == "the road was cut twice"


def test_a_wh_clause_of_a_verb_of_saying() -> None:
    text = "The ministry has not said when the border crossing will reopen."
    att = only(text)
    assert (att.cue, content(text, att)) == ("has not said",
                                             "when the border crossing will reopen")
    assert attributions("The ministry left when the border crossing closed.") == []


def test_the_speaker_of_a_participle_after_a_preposition() -> None:
    text = "After saying the shelter was full, the warden was taken to a hospital."
    att = only(text)
    assert (att.source, att.cue) == ("the warden", "saying")
    assert content(text, att) == "the shelter was full"


def test_a_view_owned_by_a_speaker() -> None:
    text = "The ministry's view is that the ceasefire has already collapsed."
    att = only(text)
    assert (att.source, att.cue) == ("The ministry", "'s view is")
    assert content(text, att) == "that the ceasefire has already collapsed"
    assert attributions("The bridge's weakness is that the pillars are old.") == []


def test_later_conjuncts_of_the_complement_stay_in_the_content() -> None:
    text = "The mayor wants to reopen the market, repair the pier and hire more nurses."
    att = only(text)
    assert content(text, att) == "to reopen the market, repair the pier and hire more nurses"
    text = "The mayor wants to reopen the market and said the work would start soon."
    assert [a.cue for a in attributions(text)] == ["wants", "said"]


def test_a_second_reporting_verb_inside_the_content_is_cut_out() -> None:
    text = "The governor says she will appeal the ruling and said the court was misled."
    found = attributions(text)
    assert [a.cue for a in found] == ["says", "said"]
    assert content(text, found[0]) == "she will appeal the ruling"


def test_more_verbs_of_judging() -> None:
    text = "The bishop decried the blockade of the northern villages."
    att = only(text)
    assert (att.source, att.cue, content(text, att)) == (
        "The bishop", "decried", "the blockade of the northern villages")
    text = "The envoy referred to the talks in Oslo."
    assert content(text, only(text)) == "the talks in Oslo"
    assert attributions("The patrol lay on the ground for an hour.") == []


def test_a_record_speaks_through_in() -> None:
    text = "In the latest survey, most residents backed the new curfew."
    att = only(text)
    assert (att.source, att.cue) == ("the latest survey", "In")
    assert content(text, att) == "most residents backed the new curfew"
    text = "The ministry said in a report that the road was closed."
    assert [a.cue for a in attributions(text)] == ["said"]  # a written medium stays out
    assert attributions("In the morning, the convoy left the camp.") == []


def test_a_heading_joined_to_the_first_sentence_is_not_the_source() -> None:
    text = ("Live updates from the border (all times local):\n\n9 a.m.\n\n"
            "Governor Ana Ruiz is once again questioning whether the bridge can hold.")
    att = only(text)
    assert (att.source, att.cue) == ("Governor Ana Ruiz", "is once again questioning")
    assert att.claimant_role != "Live updates from the border (all times local)"
