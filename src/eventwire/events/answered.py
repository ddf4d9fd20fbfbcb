"""Events named only as what another one answers: "struck X in retaliation for strikes on Y"
names the strikes on Y, an earlier event of other doers at another place."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .lexicon import data_words

if TYPE_CHECKING:
    from spacy.tokens import Token


def answers_another_event(tok: Token) -> bool:
    """The word sits in a phrase naming the event another one answers: "in retaliation for
    strikes on X", "in response to the shelling of X", "to avenge the killing of X",
    "retaliating for raids on X". That event, and its places, are not the answer's."""
    nouns = data_words("triggers.toml", "answered", "nouns")
    verbs = data_words("triggers.toml", "answered", "verbs")
    for node in (tok, *tok.ancestors):
        if node.dep_ in ("pobj", "pcomp") and node.head.lower_ in ("for", "to"):
            prep = node.head
            # the noun governs the phrase, or stands just before it when the parser hung the
            # phrase on the verb ("ambushed a convoy in revenge | for the killing of ...")
            before = prep.doc[prep.i - 1] if prep.i > 0 else prep
            if any(w.pos_ == "NOUN" and w.lemma_.lower() in nouns for w in (prep.head, before)):
                return True
            governor = prep.head
            if node.head.lower_ == "for" and governor.lemma_.lower() in verbs:
                return True
        if node.dep_ in ("dobj", "obj") and node.head.lemma_.lower() in verbs:
            return True
    return False
