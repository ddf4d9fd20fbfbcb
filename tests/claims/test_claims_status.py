"""claims_for and status_for on hand-built attributions and on parsed text."""

from __future__ import annotations

from eventwire.claims import claims_for, find_attributions, status_for
from eventwire.nlp import get_nlp
from eventwire.records import Attribution, Claim, Stance


def claim(claimant: str, stance: Stance = "asserts", reported_by: str | None = None) -> Claim:
    return Claim(claimant, None, None, reported_by, stance, claimant, (0, len(claimant)))


def test_status_reported_for_one_claimant() -> None:
    assert status_for([claim("Ivan Petrenko")]) == "reported"
    assert status_for([]) == "reported"


def test_status_contested_on_a_denial() -> None:
    assert status_for([claim("Kyiv"), claim("Moscow", "denies")]) == "contested"


def test_status_corroborated_needs_independent_chains() -> None:
    assert status_for([claim("Kyiv"), claim("The UN mission")]) == "corroborated"
    # two claimants relayed by the same agency are one chain
    same_relay = [claim("Olga Marek", reported_by="TASS"), claim("Ivan Lenko", reported_by="TASS")]
    assert status_for(same_relay) == "reported"
    # the agency itself and the person it quotes are one chain too
    relay_and_source = [claim("TASS", reported_by="TASS"), claim("Olga Marek", reported_by="TASS")]
    assert status_for(relay_and_source) == "reported"
    # the same claimant twice is not corroboration
    assert status_for([claim("Kyiv"), claim("kyiv")]) == "reported"


def test_one_body_with_and_without_its_article_is_one_source() -> None:
    assert status_for([claim("the army"), claim("army")]) == "reported"
    assert status_for([claim("The army"), claim("the navy")]) == "corroborated"


def test_a_statement_speaking_for_its_issuer_is_no_second_source() -> None:
    assert status_for([claim("the army"), claim("The statement")]) == "reported"
    assert status_for([claim("the army"), claim("the report")]) == "reported"
    # an unresolved pronoun stands for a speaker named before
    assert status_for([claim("A local official"), claim("he")]) == "reported"


def test_status_hedges_do_not_corroborate() -> None:
    assert status_for([claim("Kyiv"), claim("The UN mission", "hedges")]) == "reported"


def test_claims_for_selects_by_content_overlap() -> None:
    text = ("The navy said that a frigate was hit near the port. Separately, the army said "
            "that two tanks were captured.")
    atts = find_attributions(get_nlp()(text))
    first_end = text.index("Separately")
    claims = claims_for(atts, 0, first_end, text=text)
    assert len(claims) == 1
    assert claims[0].claimant is not None and "navy" in claims[0].claimant
    assert claims[0].text == text[claims[0].span[0] : claims[0].span[1]]
    assert claims[0].text.startswith("The navy said")


def test_claims_for_without_text_points_at_the_source() -> None:
    att = Attribution("the mayor", (0, 9), "said", (10, 14), (15, 40), "asserts",
                      claimant="Ana Ruiz", reported_by="Reuters")
    (only,) = claims_for([att], 15, 40)
    assert only.claimant == "Ana Ruiz"
    assert only.reported_by == "Reuters"
    assert (only.text, only.span) == ("the mayor", (0, 9))
    assert claims_for([att], 50, 80) == []


def test_unnamed_outlets_are_not_independent_of_a_named_outlet() -> None:
    # "state media" may be the very agency named in the next paragraph
    assert status_for([claim("Russian state media"), claim("RIA Novosti")]) == "reported"
    relayed = [claim("local media"), claim("the fire service", reported_by="Interfax")]
    assert status_for(relayed) == "reported"
    assert status_for([claim("regional newspapers"), claim("the state news agency")]) == "reported"
    # an official is no outlet: the two still corroborate
    assert status_for([claim("Russian state media"), claim("the regional governor")]) \
        == "corroborated"


def test_a_denial_answers_only_the_nearest_statement_before_it() -> None:
    text = ("The coastal brigade said its drones hit a fuel barge near the harbour. "
            "Officials in the port town said a market was shelled. "
            "The navy command rejected the claim.")
    atts = find_attributions(get_nlp()(text))
    second = text.index("Officials")
    barge = claims_for(atts, 0, second, text=text)
    assert [c.stance for c in barge] == ["asserts"]
    market = claims_for(atts, second, text.index("The navy"), text=text)
    assert [c.stance for c in market] == ["asserts", "denies"]


def test_the_nearest_statement_of_another_claimant_is_the_one_answered() -> None:
    text = ("The coastal brigade said its drones hit a fuel barge near the harbour. "
            "The navy command rejected the claim.")
    atts = find_attributions(get_nlp()(text))
    claims = claims_for(atts, 0, text.index(".") + 1, text=text)
    assert [c.stance for c in claims] == ["asserts", "denies"]
    assert status_for(claims) == "contested"
    # a body does not answer its own statement; an unrelated statement is not answered
    text = ("The navy command said a drone fell near the harbour. "
            "The navy command repeated the claim.")
    atts = find_attributions(get_nlp()(text))
    claims = claims_for(atts, 0, text.index(".") + 1, text=text)
    assert [c.stance for c in claims] == ["asserts"]


def test_a_spokesman_speaks_for_the_body_and_is_no_second_source() -> None:
    def role(claimant: str, role: str) -> Claim:
        return Claim(claimant, role, None, None, "asserts", claimant, (0, len(claimant)))

    navy = claim("the Ukrainian navy")
    assert status_for([navy, role("Oleh Vatra", "spokesman for the navy")]) == "reported"
    assert status_for([claim("Kremlin"), role("Ivan Dolin", "Kremlin spokesman")]) == "reported"
    # another ministry's spokesman, or a spokesman of someone else, is a second source
    defence = claim("Russia's Defence Ministry")
    assert status_for([defence, role("Anna Mirova", "Foreign Ministry spokeswoman")]) \
        == "corroborated"
    assert status_for([navy, role("Ivan Dolin", "Kremlin spokesman")]) == "corroborated"
