"""Attribution extraction on hand-written sentences, one family of cues at a time."""

from __future__ import annotations

import pytest

from eventwire.records import Attribution
from support import attributions, content, only_cue


def check_spans(text: str, att: Attribution) -> None:
    assert text[att.source_span[0] : att.source_span[1]] == att.source
    assert att.cue_span is not None
    assert text[att.cue_span[0] : att.cue_span[1]] == att.cue


def test_said_that_clause() -> None:
    text = "The mayor of Kherson said that three shells hit the river port on Tuesday."
    att = only_cue(text, "said")
    check_spans(text, att)
    assert att.source == "The mayor of Kherson"
    assert content(text, att).startswith("that three shells hit the river port")
    assert att.stance == "asserts"


def test_inverted_said_after_clause() -> None:
    text = "Two bridges were damaged in the night, the regional police said."
    att = only_cue(text, "said")
    assert att.source == "the regional police"
    assert content(text, att) == "Two bridges were damaged in the night"


def test_said_as_adjective_is_not_a_cue() -> None:
    assert not [a for a in attributions("The said vehicle was found burned near the depot.")
                if a.cue == "said"]


def test_according_to() -> None:
    text = "Four warehouses burned overnight, according to the local fire service."
    att = only_cue(text, "according to")
    check_spans(text, att)
    assert att.source == "the local fire service"
    assert content(text, att) == "Four warehouses burned overnight"


def test_citing_makes_a_chain() -> None:
    text = ("The Interfax news agency reported, citing Oleg Marchenko, a spokesman for the "
            "southern command, that two patrol boats were sunk.")
    att = only_cue(text, "reported")
    assert att.claimant == "Oleg Marchenko"
    assert att.claimant_role == "spokesman for the southern command"
    assert att.reported_by is not None and "Interfax" in att.reported_by


def test_according_to_reports_citing() -> None:
    text = ("According to reports from Reuters, citing Maria Lenko, the deputy mayor, "
            "government troops shelled the market.")
    att = only_cue(text, "According to")
    assert att.source == "reports from Reuters"
    assert att.reported_by == "Reuters"
    assert att.claimant == "Maria Lenko"
    assert att.claimant_role == "deputy mayor"


def test_direct_quote_runs_across_sentences() -> None:
    text = ("“The convoy was hit twice. Nobody inside survived,” Colonel Ivan Petrenko told "
            "reporters.")
    att = only_cue(text, "told")
    assert content(text, att) == "“The convoy was hit twice. Nobody inside survived,”"
    assert att.claimant == "Ivan Petrenko"


def test_said_in_a_statement_gives_the_channel() -> None:
    text = "The defence ministry said in a statement that its units repelled four assaults."
    att = only_cue(text, "said")  # a written medium stays out of the cue, and names the channel
    assert att.channel == "statement"
    assert content(text, att).startswith("that its units repelled")


@pytest.mark.parametrize(
    ("text", "cue", "channel"),
    [
        ("Governor Anna Maris wrote on Telegram that the fire had been put out.",
         "wrote", "Telegram"),
        ("In a post on Telegram, Anna Maris said that the fire had been put out.", "said",
         "Telegram"),
        ("The strike hit a school, according to Anna Maris, who took to social media to "
         "share photos.", "according to", "social media"),
        ("The border guards posted a video on Telegram that showed the burning barge.",
         "posted", "Telegram"),
    ],
)
def test_social_media_channel(text: str, cue: str, channel: str) -> None:
    assert only_cue(text, cue).channel == channel


def test_a_platform_inside_what_is_said_is_no_channel() -> None:
    text = "The mayor said the clip on Telegram was staged."
    assert only_cue(text, "said").channel is None


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("The army denied that its drones had struck the hospital.", "denied"),
        ("Moscow rejected the accusation that it had shelled the plant.", "rejected"),
        ("The rebels dismissed reports of heavy losses.", "dismissed"),
        # calling the claim false is denying it
        ("The governor said reports of a blackout in the city were untrue.", "said"),
        ("The embassy branded the accusations a provocation.", "branded"),
        ("The navy did not comment on the fire but denied that the cruiser sank.", "denied"),
        ("Kyiv called the claims about the drone a fabrication.", "called"),
        ("The defence ministry refuted reports that the frigate had been sunk.", "refuted"),
    ],
)
def test_denials(text: str, cue: str) -> None:
    assert only_cue(text, cue).stance == "denies"


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("The spokesman said the reports of shelling were not false.", "said"),
        ("The ministry said the warning about a wrong turn saved the convoy.", "said"),
        ("The mayor said the report was ready and the bridge was fake news for bots.", "said"),
        # "stage" and "lie" as verbs call nothing false
        ("The mayor said the warnings came after rebels staged a raid on the dam.", "said"),
        ("The clerk said the reports had been left lying on a desk.", "said"),
    ],
)
def test_a_false_word_not_said_of_a_claim_denies_nothing(text: str, cue: str) -> None:
    assert only_cue(text, cue).stance == "asserts"


def test_claimed_asserts() -> None:
    text = "The rebels claimed that they had shot down a helicopter near the border."
    att = only_cue(text, "claimed")
    assert (att.source, att.stance) == ("The rebels", "asserts")
    assert content(text, att) == "that they had shot down a helicopter near the border"


def test_a_claim_that_x_denies() -> None:
    text = ("The separatists accused government troops of shelling the school, a claim that "
            "the government denies.")
    att = only_cue(text, "denies")
    assert att.source == "the government"
    assert att.stance == "denies"
    assert "shelling the school" in content(text, att)


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("The minister stopped short of claiming that the army had retaken the town.",
         "stopped short of claiming"),
        ("Officials could not confirm that the commander had been killed.", "could not confirm"),
        ("The spokesman said that the depot was reportedly hit by a missile.", "said"),
        ("Police said the shooter appeared to have acted alone.", "said"),
        ("The agency said that the number of victims was unclear.", "said"),
        ("A navy spokesman could neither confirm nor deny that the frigate was hit.", "deny"),
        ("The ministry refused to confirm or deny that the general was dead.", "deny"),
        ("Local media said the commander had allegedly ordered the shelling.", "said"),
        ("The governor said the unverified footage showed a drone over the refinery.", "said"),
    ],
)
def test_hedges(text: str, cue: str) -> None:
    assert only_cue(text, cue).stance == "hedges"


def test_pronoun_resolves_to_named_person() -> None:
    text = ("Regional Governor Pavel Kurnov visited the site on Monday. He said that five "
            "homes were destroyed.")
    att = only_cue(text, "said")
    assert att.source == "He"
    assert att.claimant == "Pavel Kurnov"
    assert att.claimant_role == "Regional Governor"


def test_title_resolves_to_named_person() -> None:
    text = ("Regional Governor Pavel Kurnov visited the site on Monday. Later the governor "
            "said that five homes were destroyed.")
    att = only_cue(text, "said")
    assert att.source == "the governor"
    assert att.claimant == "Pavel Kurnov"


def test_surname_resolves_to_full_name() -> None:
    text = ("Pavel Kurnov, the governor of the region, visited the site. Kurnov said that "
            "five homes were destroyed.")
    att = only_cue(text, "said")
    assert att.claimant == "Pavel Kurnov"
    assert att.claimant_role == "governor of the region"


def test_apposition_role() -> None:
    text = ("Olena Dmytrenko, the head of the regional military administration, said that "
            "power had been restored.")
    att = only_cue(text, "said")
    assert att.claimant == "Olena Dmytrenko"
    assert att.claimant_role == "head of the regional military administration"


def test_premodifier_role() -> None:
    text = "Deputy Defence Minister Karl Haber said that the shipment had arrived."
    att = only_cue(text, "said")
    assert att.claimant == "Karl Haber"
    assert att.claimant_role == "Deputy Defence Minister"


def test_nested_statement_is_cut_from_the_outer_content() -> None:
    text = ("The officer said that the bridge was destroyed, although he stopped short of "
            "claiming that the enemy had retreated.")
    outer = only_cue(text, "said")
    assert content(text, outer) == "that the bridge was destroyed"


def test_no_attribution_in_plain_narration() -> None:
    assert attributions("Artillery fire hit the outskirts of the town on Sunday.") == []


def test_parenthetical_cue_inside_the_content() -> None:
    text = "The dam, the regional governor said, was breached at dawn."
    att = only_cue(text, "said")
    assert att.source == "the regional governor"
    start, end = att.content_span
    assert start == 0 and text[start:end].rstrip(".").endswith("breached at dawn")


def test_speaker_colon_quote() -> None:
    text = "Marta Kovacs: “We will not leave the city.”"
    att = only_cue(text, ":")
    assert att.source == "Marta Kovacs"
    assert content(text, att) == "“We will not leave the city.”"


def test_called_x_y() -> None:
    text = "The foreign ministry called the raid a provocation."
    att = only_cue(text, "called")
    assert content(text, att) == "the raid a provocation"


def test_inanimate_subject_with_object_is_no_attribution() -> None:
    text = "The incident highlights the risk to the power grid."
    assert attributions(text) == []


def test_quote_inside_quote_is_not_a_second_claim() -> None:
    text = "“I think the bridge is gone,” the captain said."
    found = attributions(text)
    assert [a.cue for a in found] == ["said"]


def test_mislabelled_place_is_not_a_pronoun_antecedent() -> None:
    text = ("Defence Minister Ilse Brandt arrived on a visit to Kyiv. "
            "He said that more shells would be delivered.")
    att = only_cue(text, "said")
    assert att.claimant != "Kyiv"


@pytest.mark.parametrize(
    ("text", "cue", "source", "said"),
    [
        ("The blast hit what officials called a civilian shelter.", "called", "officials",
         "what officials called a civilian shelter"),
        ("The strike destroyed the plant, which Moscow described as a military target.",
         "described", "Moscow", "which Moscow described as a military target"),
    ],
)
def test_relative_characterisation(text: str, cue: str, source: str, said: str) -> None:
    att = only_cue(text, cue)
    assert att.source == source
    assert content(text, att) == said


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        ("Moscow's claim that drones hit the plant was rejected.", "Moscow"),
        ("The claim by Kyiv that troops shelled the school drew criticism.", "Kyiv"),
    ],
)
def test_statement_noun(text: str, claimant: str) -> None:
    att = only_cue(text, "claim")
    assert att.claimant == claimant
    assert content(text, att).startswith("that ")


def test_relative_pronoun_source_resolves_to_its_antecedent() -> None:
    text = ("The fire spread to a depot, according to Mayor Lina Orlova, who said that "
            "nobody was hurt.")
    att = only_cue(text, "said")
    assert att.source == "who"
    assert att.claimant == "Lina Orlova"


def test_speaking_for_fear_of_reprisals_is_no_statement_about_reprisals() -> None:
    text = ("A doctor at the hospital, who spoke on condition of anonymity for fear of "
            "reprisals, told reporters that 40 wounded had been brought in.")
    assert [a.cue for a in attributions(text)] == ["told"]
