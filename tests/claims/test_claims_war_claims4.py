"""Statements in war reports, on invented sentences: a coordinated note that the speaker gave
no evidence ("said ..., but did not provide evidence"), a network that is a group and not an
outlet, and a speech as the channel of a vow."""

from __future__ import annotations

from eventwire.records import Attribution
from support import attributions, by_cue, content

# --- "said ... but gave no evidence" ------------------------------------------------------------


def test_a_coordinated_verb_of_giving_no_evidence_hedges_the_statement() -> None:
    text = "Hamas said the army had shelled the camp, but did not provide evidence."
    said = by_cue(text, "said", unique=True)
    assert content(text, said) == "the army had shelled the camp"
    notes = [a for a in attributions(text) if a.cue is not None and "evidence" in a.cue]
    assert len(notes) == 1
    assert (notes[0].source, notes[0].claimant, notes[0].stance) == (None, None, "hedges")
    assert content(text, notes[0]) == "the army had shelled the camp"
    # with a subject of its own the verb tells what another party did, no note on the claim
    other = "The ministry said the strike hit a depot, but the rebels did not provide evidence."
    assert not any(a.source is None and content(other, a) == "the strike hit a depot"
                   for a in attributions(other))


def test_offering_no_proof_hung_on_the_reported_clause_still_hedges_the_statement() -> None:
    text = "The army said the rebels had fired on the convoy but offered no proof."
    said = by_cue(text, "said", unique=True)
    assert content(text, said) == "the rebels had fired on the convoy"
    notes = [a for a in attributions(text) if a.cue is not None and "proof" in a.cue]
    assert len(notes) == 1
    assert (notes[0].source, notes[0].claimant, notes[0].stance) == (None, None, "hedges")
    assert content(text, notes[0]) == "the rebels had fired on the convoy"


def test_a_note_the_content_ran_on_over_is_cut_from_it_and_hedges_it() -> None:
    text = "Kyiv said Russian troops had executed the prisoners but did not present proof."
    said = by_cue(text, "said", unique=True)
    assert content(text, said) == "Russian troops had executed the prisoners"
    note = by_cue(text, "did not present proof", unique=True)
    assert (note.source, note.stance) == (None, "hedges")
    assert content(text, note) == "Russian troops had executed the prisoners"


# --- a network that is no outlet ------------------------------------------------------------------


def test_a_volunteer_medical_network_is_no_outlet() -> None:
    text = ("A volunteer medical network, the Darfur Relief Committees, said militia fighters "
            "had looted the clinic.")
    att = by_cue(text, "said", unique=True)
    assert att.reported_by is None
    assert att.claimant == "Darfur Relief Committees"
    news = "A Saudi-owned news network, Al Hadath, said militia fighters had looted the clinic."
    assert by_cue(news, "said", unique=True).reported_by == "Al Hadath"


# --- a speech as the channel -------------------------------------------------------------------


def test_a_vow_in_a_speech_has_the_speech_for_channel() -> None:
    text = "The commander vowed in a speech to retake the town."
    att = only_vow(text)
    assert content(text, att) == "to retake the town"
    assert att.channel == "speech"


def test_a_statement_at_a_rally_has_the_rally_for_channel() -> None:
    text = "The president told supporters at a rally that the war would end soon."
    att = by_cue(text, "told", unique=True)
    assert att.channel == "rally"


def only_vow(text: str) -> Attribution:
    """The one attribution of `text` whose cue opens with "vowed"."""
    found = [a for a in attributions(text) if a.cue is not None and a.cue.startswith("vowed")]
    assert len(found) == 1, [(a.source, a.cue) for a in attributions(text)]
    return found[0]
