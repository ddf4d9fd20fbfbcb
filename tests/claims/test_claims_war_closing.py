"""A statement closing its sentence ("..., the mayor said on Telegram") on invented war-report
sentences: found with a medium, a time, an audience or a participle after its cue, also when
the parser read the clause before the comma as adverbial (a sentence opening with
"Shelling"), but not when that clause tells a circumstance."""

from __future__ import annotations

import pytest

from support import attributions, by_cue, content


@pytest.mark.parametrize(("text", "cue", "said"), [
    ("Shelling wounded four people in the city centre, the mayor said on Telegram.", "said",
     "Shelling wounded four people in the city centre"),
    ("Shelling killed two people in the town, the governor said in a statement.", "said",
     "Shelling killed two people in the town"),
    ("Shelling damaged a school in the district, the regional governor wrote on Telegram on "
     "Sunday.", "wrote", "Shelling damaged a school in the district"),
    ("Shelling wounded four people, the mayor told reporters.", "told",
     "Shelling wounded four people"),
    ("Shelling hit the market, the mayor said on Telegram, adding that two were children.",
     "said", "Shelling hit the market"),
])
def test_a_closing_cue_with_a_medium_after_it_reports_the_misread_clause_before(
        text: str, cue: str, said: str) -> None:
    att = by_cue(text, cue, unique=True)
    assert content(text, att) == said


@pytest.mark.parametrize("text", [
    "When the shelling stopped, the mayor wrote on Telegram.",
    "Having lost the vote, the mayor wrote on Facebook on Monday.",
    "But when the funds ran out, the mayor wrote on Telegram.",
])
def test_a_clause_of_circumstance_before_a_closing_cue_is_not_what_is_said(text: str) -> None:
    assert [a.cue for a in attributions(text) if a.cue == "wrote"] == []


def test_a_closing_cue_the_parser_cut_off_as_a_sentence_reports_the_one_before() -> None:
    text = ("Israeli strikes kill 14 in Gaza as ceasefire talks stall\n\nIsraeli air strikes "
            "killed at least 14 Palestinians across the Gaza Strip on Sunday, including six "
            "members of one family whose house in the Nuseirat camp was hit before dawn, health "
            "officials said.")
    said = by_cue(text, "said")
    assert content(text, said).startswith("Israeli air strikes killed")
    assert content(text, said).endswith("hit before dawn")


def test_a_closing_cue_takes_no_sentence_from_another_paragraph() -> None:
    text = "Markets reopened in the city on Monday.\n\n, officials said."
    assert not [a for a in attributions(text) if a.cue == "said"
                and "Markets" in content(text, a)]


def test_a_closing_speaker_the_parser_joined_to_the_clause_before_still_speaks() -> None:
    text = ("M23 rebels took control of the town of Walikale in North Kivu province on Tuesday "
            "after two days of fighting with the Congolese army and allied Wazalendo militias, "
            "local officials and residents said.")
    said = by_cue(text, "said")
    assert said.source == "local officials and residents"
    assert content(text, said).endswith("allied Wazalendo militias")


@pytest.mark.parametrize("text", [
    "Israeli air strikes killed at least 11 Palestinians across the territory overnight, "
    "including four members of one family in Rafah, the enclave's civil defence agency said "
    "on Thursday.",
    "Russian missiles killed at least nine people across the region overnight, the region's "
    "emergency service said on Friday.",
])
def test_a_closing_speaker_the_parser_hung_inside_the_statement_is_the_source(
        text: str) -> None:
    att = by_cue(text, "said", unique=True)
    assert att.source is not None and att.source.endswith(("agency", "service"))
    assert content(text, att).startswith(("Israeli air strikes killed", "Russian missiles"))
    assert att.claimant is not None and att.claimant.endswith(("agency", "service"))


@pytest.mark.parametrize("text", [
    "Speaking to students in Lviv this week, the defence minister responded.",
    "The envoys derided the offer as hollow, but the minister learned of it later.",
])
def test_no_closing_speaker_after_an_adverbial_or_a_joined_clause(text: str) -> None:
    opened = [text[a.content_span[0]:] for a in attributions(text)
              if a.cue in ("responded", "learned")]
    assert not any(c.startswith(("Speaking", "The envoys")) for c in opened)


def test_a_participle_after_a_closing_cue_is_its_speaker_s_and_without_hedges() -> None:
    text = ("Air defences shot down 25 drones over three regions overnight, the defence "
            "ministry said on Friday, without reporting any damage.")
    att = by_cue(text, "reporting", unique=True)
    assert att.source == "the defence ministry"
    assert att.stance == "hedges"
