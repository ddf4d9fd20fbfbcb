"""Sources that disagree on who carried out an attack.

"Russia's defence ministry said Ukrainian forces had shelled the plant. Kyiv said Russian
troops were responsible for the shelling": both statements support that the plant was
shelled, and neither denies it, yet the event is contested: the two sides name different
perpetrators. For each claim bearing on a one-sided violent event, the perpetrator it names
is the first party that is the subject (or passive agent) of a clause in its content; two
claimants naming different parties make the event contested.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from ..claims import statement_span
from ..records import Attribution, Claim
from .arguments import firing_nation, normalise_actor
from .document import VIOLENT_CODES

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from .assemble import Draft

#: Events with two sides by nature: naming one side or the other is no disagreement.
TWO_SIDED = frozenset({"ARMED_CLASH", "MOB_VIOL", "VIOL_DEMONSTR"})
#: Kinds of actor that are the people hit or gathered, not who struck.
_NOT_PERPETRATORS = frozenset({"civilians", "protesters", "rioters"})


def mark_disputes(doc: Doc, attributions: Sequence[Attribution], drafts: list[Draft]) -> None:
    """Set `disputed` on each draft whose claims name different perpetrators."""
    by_span = {statement_span(a): a for a in attributions}
    for d in drafts:
        if d.merged or d.code not in VIOLENT_CODES or d.code in TWO_SIDED:
            continue
        named: dict[str, str] = {}  # perpetrator name -> claimant
        for claim in d.claims:
            att = by_span.get(claim.span)
            name = _perpetrator(doc, att, d.code) if att is not None else None
            if name is not None and _claimant(claim):
                named.setdefault(name, _claimant(claim))
        d.disputed = len(named) > 1 and len(set(named.values())) > 1


def _claimant(claim: Claim) -> str:
    return (claim.claimant or "").lower()


def _perpetrator(doc: Doc, att: Attribution, code: str) -> str | None:
    span = doc.char_span(*att.content_span, alignment_mode="expand")
    if span is None:
        return None
    for tok in span:
        if not _agent_position(tok):
            continue
        found = normalise_actor(doc, tok, code, None) or firing_nation(tok, code, None)
        if found is not None and found.actor.kind not in _NOT_PERPETRATORS:
            return found.actor.name
    return None


def _agent_position(tok: Token) -> bool:
    """The subject of an active clause, or the agent of a passive one ("shelled by X")."""
    if tok.dep_ == "nsubj":
        return True
    return tok.dep_ == "pobj" and tok.head.dep_ == "agent"
