"""The writer's note that a claim could not be checked: "..., a figure that could not be
independently verified", "The claim could not be confirmed." Such a note names no source and
hedges the statement it sums up, which usually stands before it: in the clause the summing
noun is set off from by a comma, or in the sentence before one that opens with "the claim",
"these figures", or else in the note's own clause ("the strike could not be verified"). The
note's content is that statement, so it stays with the events it reports."""

from __future__ import annotations

from spacy.tokens import Token

from .lexicon import CueLexicon
from .spans import Found, Range, trim

KIND = "unsourced"
#: Verbs of checking whose negated agentless passive is the writer's note.
CHECKING = frozenset({"verify", "confirm", "corroborate", "substantiate", "authenticate"})
_RELATIVE = frozenset({"that", "which"})
_POINTING = frozenset({"the", "this", "these", "that", "those", "such"})


def _negated(tok: Token) -> bool:
    return any(c.dep_ == "neg" or c.lower_ in ("never", "cannot") for c in tok.children)


def unverified(tok: Token, lex: CueLexicon) -> Found | None:
    """The note whose participle is `tok` ("verified" in "could not be verified")."""
    children = list(tok.children)
    if tok.tag_ != "VBN" or tok.lemma_.lower() not in CHECKING or not _negated(tok) \
            or not any(c.dep_ == "auxpass" for c in children) \
            or any(c.dep_ == "agent" for c in children):
        return None
    subject = next((c for c in children if c.dep_ == "nsubjpass" and c.i < tok.i), None)
    if subject is None:
        return None
    if subject.lower_ in _RELATIVE and tok.dep_ == "relcl":
        content = _summed_in_clause(tok.head, lex)
    elif subject.lower_ in _RELATIVE:
        return None
    else:  # "the strike on the depot could not be verified": the clause itself
        content = _summed_before(subject, lex) \
            or trim(tok.doc, subject.left_edge.i, tok.right_edge.i)
    if content is None:
        return None
    cue_start = min([tok.i] + [c.i for c in children
                               if c.dep_ in ("aux", "auxpass", "neg", "advmod")
                               and subject.i < c.i < tok.i])
    return Found(KIND, (cue_start, tok.i), tok.i, (cue_start, tok.i), tok.i, content)


def _summed_in_clause(noun: Token, lex: CueLexicon) -> Range | None:
    """ "shot down 12 drones, a figure that ...": the largest phrase that ends at the comma
    before the summing noun (leaving the summing noun aside)."""
    doc = noun.doc
    first = noun.left_edge.i
    if noun.lemma_.lower() not in lex.summaries or first < 2 or doc[first - 1].text != ",":
        return None
    summing = {t.i for t in noun.subtree}
    phrase = doc[first - 2]
    for above in doc[first - 2].ancestors:
        if any(t.i >= first and t.i not in summing for t in above.subtree):
            break
        phrase = above
    return trim(doc, phrase.left_edge.i, first - 2)


def _summed_before(subject: Token, lex: CueLexicon) -> Range | None:
    """ "The claim could not be verified": the sentence before, which the claim sums up."""
    sent = subject.sent
    pointed = any(c.dep_ == "det" and c.lower_ in _POINTING for c in subject.children)
    if subject.lemma_.lower() not in lex.summaries or not pointed \
            or subject.left_edge.i != sent.start or sent.start == 0:
        return None
    before = subject.doc[sent.start - 1].sent
    return trim(subject.doc, before.start, before.end - 1)
