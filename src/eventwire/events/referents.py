"""Armed groups referred back to: "Al Shabaab militants stormed a hotel ... The group claimed
responsibility", "the al Qaeda-linked group", "the militants withdrew": a definite noun phrase
with no name of its own is the group the report named last before it."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .lexicon import TermIndex, data_words
from .patrons import backs_a_party, patron_words

if TYPE_CHECKING:
    from spacy.tokens import Token

#: How many sentences back a definite noun phrase may refer.
SENTENCES_BACK = 3


def referred_group(tok: Token, groups: TermIndex[Any]) -> Any | None:
    """The `groups` entry of the group the definite noun phrase headed by `tok` refers back
    to, or None when it names a group itself, is not definite, or no group was named."""
    if tok.lemma_.lower() not in data_words("actors.toml", "referents", "heads") \
            or not any(c.dep_ == "det" and c.lower_ in ("the", "this") for c in tok.children):
        return None
    words = list(tok.doc[tok.left_edge.i : tok.i + 1])
    own = patron_words(words).without(words)  # "the al Qaeda-linked group": not al Qaeda
    if groups.find(own):
        return None  # "the Houthi movement": named here
    return _last_group_before(tok, groups)


def _last_group_before(tok: Token, groups: TermIndex[Any]) -> Any | None:
    sents = list(tok.doc.sents)
    here = next(i for i, s in enumerate(sents) if s.start <= tok.i < s.end)
    for sent in reversed(sents[max(0, here - SENTENCES_BACK) : here + 1]):
        words = [w for w in sent if w.i < tok.left_edge.i]
        named = [m for m in groups.find(words) if not backs_a_party(tok.doc[m.end - 1])]
        if named:
            return named[-1].payload
    return None
