"""A cue closing its sentence after a comma, with its speaker right before it: "Israeli air
strikes killed 14 people overnight, the enclave's civil defence agency said on Thursday."

On a long sentence the parser may take the statement's subject ("strikes") for the cue's and
hang the speaker on a name inside the statement. A cue whose speaker is the run of
noun-phrase words between the last comma and the cue, with nothing after it but its own
adjuncts ("on Thursday", "in a statement"), closes the sentence: all before the comma is what
is said, and the run is who says it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .content import FINITE, fronted_adjunct
from .spans import trim

if TYPE_CHECKING:
    from spacy.tokens import Token

#: Parts of speech of the words of a speaker phrase ("local officials and residents", "the
#: enclave's civil defence agency").
SPEAKER_POS = frozenset({"ADJ", "NOUN", "PROPN", "CCONJ", "DET", "NUM"})
#: Dependents of the cue that may follow it in a closing cue.
CLOSING_ADJUNCTS = frozenset({"prep", "npadvmod", "advmod", "punct", "agent"})


def comma_run(tok: Token) -> tuple[int, int] | None:
    """The run of noun-phrase words from the last comma before `tok` to the word just before
    it, as (first, last) token indices, when that word is a noun and a comma opens the run."""
    doc = tok.doc
    last = tok.i - 1
    if last < 1 or doc[last].pos_ not in ("NOUN", "PROPN"):
        return None
    i = last
    while i > 0 and doc[i - 1].text != "," and (
            doc[i - 1].pos_ in SPEAKER_POS or doc[i - 1].tag_ == "POS"):
        i -= 1
    if i == last or i < 1 or doc[i - 1].text != ",":
        return None
    return (i, last)


def closing_content(tok: Token) -> tuple[int, int] | None:
    """What a closing cue says: its sentence up to the comma opening its speaker's run."""
    run = comma_run(tok)
    if run is None or any(c.i > tok.i and c.dep_ not in CLOSING_ADJUNCTS for c in tok.children):
        return None
    sent, doc = tok.sent, tok.doc
    comma = run[0] - 1
    if doc[run[0]].pos_ == "CCONJ":
        return None  # "..., but Mr. Obama learned": a clause of its own, no closing speaker
    if not any(_finite(t) for t in doc[sent.start:comma]):
        return None  # "Food and medicine, the agency said", "Speaking to students, X said"
    if fronted_adjunct(tok, sent.start, comma):
        return None  # "After the vote, the agency said": the cue's own adverbial
    return trim(doc, sent.start, comma - 1)


def _finite(tok: Token) -> bool:
    """A finite verb, or one the parser read as a participle though it takes an object
    ("air strikes killed 14 people" read as "strikes [that were] killed")."""
    return tok.tag_ in FINITE or (tok.tag_ == "VBN" and any(c.dep_ == "dobj" for c in tok.children))
