"""Killings inside the criminal world: when the victim of a shooting or a stabbing is described
as a member of a drug-trafficking group or a gang (in the sentence of the attack, or in a later
sentence about "the victim"), the violence is between two organised armed groups, a battle in
ACLED's terms, not violence against a civilian. Lexicon: `[criminal_victim]` in
`data/document.toml`.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from .lexicon import TermIndex, build_index, load_toml, word_set
from .participants import victim_tokens

if TYPE_CHECKING:
    from spacy.tokens import Span

    from .assemble import Draft, SentenceInfo

#: How many sentences after the attack may describe its victim.
WINDOW = 2


@dataclass(frozen=True)
class CriminalVictimRules:
    cues: TermIndex[str]
    victim_words: frozenset[str]
    denials: frozenset[str]


@functools.cache
def criminal_victim_rules() -> CriminalVictimRules:
    data = load_toml("document.toml")["criminal_victim"]
    return CriminalVictimRules(
        cues=build_index((t, t) for t in data["cues"]),
        victim_words=word_set(data["victim_words"]),
        denials=word_set(data["denials"]),
    )


def gang_victims(sents: Sequence[SentenceInfo], drafts: list[Draft]) -> None:
    """Attacks whose victims the report ties to drug trafficking or a gang become clashes."""
    cv = criminal_victim_rules()
    for d in drafts:
        if d.merged or d.code != "ATTACK" or d.modality != "occurred" \
                or d.trigger.relation is not None:
            continue
        doc = sents[d.sent_index].span.doc
        own = victim_tokens(doc[d.trigger.head])
        later = sents[d.sent_index + 1 : d.sent_index + 1 + WINDOW]
        if (own and cv.cues.contains(own)) or any(_about_victim(s.span, cv) for s in later):
            d.code = "ARMED_CLASH"


def _about_victim(sent: Span, cv: CriminalVictimRules) -> bool:
    """'The victim had charges for drug trafficking', 'He was a known gang member' (not 'The
    victim was not a member of any gang')."""
    words = list(sent)
    if not cv.cues.contains(words) or any(t.lower_ in cv.denials for t in words):
        return False
    subjects = [t for t in words if t.dep_ in ("nsubj", "nsubjpass")
                and t.head.dep_ in ("ROOT", "ccomp")]  # "Police said he was ..."
    return any(w.lemma_.lower() in cv.victim_words or w.lower_ in cv.victim_words
               for s in subjects for w in s.subtree)
