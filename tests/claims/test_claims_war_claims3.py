"""Statements in war reports, on invented sentences: a toll someone puts at a figure, a denial
in the next sentence of the act just told, a party saying a threatened strike will not come,
the medium a claim of responsibility was made in, and the writer's note that a party gave no
evidence."""

from __future__ import annotations

from eventwire.pipeline import extract
from eventwire.records import Event
from support import attributions, by_cue, content

_STRIKES = ("AIR_STRIKE", "ART_MISS_ATTACK", "ATTACK")


def _strike(text: str) -> Event:
    return next(e for e in extract(text, published="2025-03-02").events if e.code in _STRIKES)


# --- a toll put at a figure --------------------------------------------------------------------


def test_putting_the_death_toll_at_a_figure_states_it() -> None:
    text = "A local aid group put the death toll at 23 and said dozens more were wounded."
    att = by_cue(text, "put", unique=True)
    assert att.source == "A local aid group"
    assert content(text, att) == "the death toll at 23"
    assert att.stance == "asserts"


def test_putting_the_number_of_dead_at_a_figure_states_it() -> None:
    text = "Medics at the field hospital in Rafah put the number of dead at 40."
    att = by_cue(text, "put", unique=True)
    assert att.source == "Medics at the field hospital in Rafah"
    assert content(text, att) == "the number of dead at 40"


def test_raising_the_toll_to_a_figure_states_it() -> None:
    text = "The regional governor raised the toll from the missile strike to 31 on Tuesday."
    att = by_cue(text, "raised", unique=True)
    assert content(text, att) == "the toll from the missile strike to 31"
    # a toll put nowhere near a figure is no statement
    text = "Rescuers put the bodies in a lorry bound for the morgue."
    assert not [a for a in attributions(text) if a.cue == "put"]


# --- a denial in the next sentence ---------------------------------------------------------------


def test_denying_the_act_by_a_pronoun_in_the_next_sentence_contests_it() -> None:
    text = ("Israeli jets bombed a school in Gaza City, the civil defence agency said. The "
            "military denied bombing it.")
    assert _strike(text).status == "contested"


def test_denying_another_act_in_the_next_sentence_does_not_contest() -> None:
    text = ("Israeli jets bombed a school in Gaza City, the civil defence agency said. The "
            "military denied using banned munitions.")
    assert _strike(text).status != "contested"


# --- a strike that will not come -----------------------------------------------------------------


def test_saying_a_threatened_strike_will_not_come_hedges_it() -> None:
    text = ("Israel said its jets would strike the port, but Cairo said there would be no "
            "attack on the city.")
    strike = next(e for e in extract(text, published="2025-03-02").events
                  if e.code in _STRIKES)
    assert [(c.claimant, c.stance) for c in strike.claims] == [
        ("Israel", "asserts"), ("Cairo", "hedges")]
    assert strike.status == "reported"


# --- the medium of a claim -----------------------------------------------------------------------


def test_a_statement_on_media_channels_is_the_channel_not_the_content() -> None:
    text = "JNIM claimed responsibility for the attack in a statement on its media channels."
    att = by_cue(text, "claimed", unique=True)
    assert content(text, att) == "responsibility for the attack"
    assert att.channel == "statement"


def test_a_post_on_telegram_is_the_channel_not_the_content() -> None:
    text = "Hamas claimed responsibility for the rocket fire on Sderot in a post on Telegram."
    att = by_cue(text, "claimed", unique=True)
    assert content(text, att) == "responsibility for the rocket fire on Sderot"
    assert att.channel == "Telegram"


# --- no evidence given ---------------------------------------------------------------------------


def test_no_evidence_given_is_the_writers_hedge_not_the_partys() -> None:
    text = ("The Israeli military said it had struck militants hiding in a school in Gaza City. "
            "It did not provide evidence for the claim.")
    att = next(a for a in attributions(text) if "evidence" in a.cue)
    assert (att.source, att.claimant, att.stance) == (None, None, "hedges")
    assert content(text, att).startswith("The Israeli military said it had struck")
    strike = _strike(text)
    assert [c.claimant for c in strike.claims if c.stance == "asserts"] == ["Israeli military"]


def test_offering_no_proof_that_hedges_without_a_claimant() -> None:
    text = "The ministry offered no proof that the clinic had been used by fighters."
    att = next(a for a in attributions(text) if "proof" in a.cue)
    assert (att.source, att.claimant, att.stance) == (None, None, "hedges")
    assert content(text, att) == "that the clinic had been used by fighters"


def test_denying_in_a_clause_that_the_act_was_done_in_the_next_sentence_contests_it() -> None:
    text = ("Russian artillery shelled a hospital in Kherson, regional officials said. Moscow "
            "denied that its forces had shelled it.")
    assert _strike(text).status == "contested"


def test_denying_it_in_a_sentence_of_its_own_denies_what_was_said_before() -> None:
    text = ("Russian forces shelled a hospital in Kherson, officials said. Moscow denied it.")
    att = by_cue(text, "denied", unique=True)
    assert content(text, att) == "Russian forces shelled a hospital in Kherson"
    assert _strike(text).status == "contested"
    # a denial that says more than "it" is no bare pointer to the sentence before
    text = ("Russian forces shelled a hospital in Kherson, officials said. Moscow denied it "
            "had used cluster munitions.")
    att = by_cue(text, "denied", unique=True)
    assert "hospital" not in content(text, att)


def test_a_closing_without_giving_evidence_is_the_writers_hedge() -> None:
    text = ("Russia's defence ministry said its air defences had downed 40 drones over the "
            "Kursk region, without giving evidence.")
    said = by_cue(text, "said", unique=True)
    assert content(text, said) == "its air defences had downed 40 drones over the Kursk region"
    note = by_cue(text, "without giving evidence", unique=True)
    assert (note.source, note.claimant, note.stance) == (None, None, "hedges")
    assert content(text, note) == content(text, said)
