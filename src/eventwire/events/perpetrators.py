"""Sources that disagree on who carried out an attack.

"Russia's defence ministry said Ukrainian forces had shelled the plant. Kyiv said Russian
troops were responsible for the shelling": both statements support that the plant was
shelled, and neither denies it, yet the event is contested: the two sides name different
perpetrators. For each claim bearing on a one-sided violent event, the perpetrator it names
is the nearest subject (or passive agent) above a trigger word of the event in its content;
two claimants naming no party in common make the event contested.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from typing import TYPE_CHECKING

from ..claims import statement_span
from ..records import Attribution
from .accounts import conflicting_accounts
from .actorlexicon import ActorMention
from .arguments import VIOLENT_CODES, firing_nation, normalise_actor
from .lexicon import load_toml
from .owned import SELF

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from .assemble import Draft

#: Events with two sides by nature: naming one side or the other is no disagreement.
TWO_SIDED = frozenset({"ARMED_CLASH", "MOB_VIOL", "VIOL_DEMONSTR"})
#: Kinds of actor that are the people hit or gathered, not who struck.
_NOT_PERPETRATORS = frozenset({"civilians", "protesters", "rioters"})


def mark_disputes(doc: Doc, attributions: Sequence[Attribution], drafts: list[Draft]) -> None:
    """Set `disputed` on each draft whose claimants name different perpetrators or give
    casualty accounts that cannot both hold (`accounts.py`), and on the claims and
    accusations of responsibility (ATTRIB) linked to it."""
    by_span = {statement_span(a): a for a in attributions}
    for d in drafts:
        if d.merged or d.code not in VIOLENT_CODES or d.code in TWO_SIDED:
            continue
        triggers = [ev.span for ev in d.evidence if ev.field == "code"]
        named: dict[str, set[str]] = {}  # claimant -> the parties it names as perpetrator
        for claim in d.claims:
            att = by_span.get(claim.span)
            claimant = (claim.claimant or "").lower()
            party = _perpetrator(doc, att, triggers, d.code) if att is not None else None
            if party is not None and claimant:
                named.setdefault(claimant, set()).add(party)
        parties = list(named.values())
        d.disputed = any(not first & second for i, first in enumerate(parties)
                         for second in parties[i + 1 :]) \
            or conflicting_accounts(doc, d, by_span)
    disputed = {d.event_id for d in drafts if d.disputed}
    for d in drafts:  # a claim of who did a disputed attack is disputed with it
        if d.code == "ATTRIB" and not d.merged and any(
                r.relation == "responsibility_for" and r.event_id in disputed for r in d.related):
            d.disputed = True


def _perpetrator(doc: Doc, att: Attribution, triggers: list[tuple[int, int]],
                 code: str) -> str | None:
    """The party a statement names as doing the event: the nearest subject or agent above a
    trigger word of the event inside its content ("as Russian forces shelled the depot", "X
    were responsible for the shelling"), as a comparable key."""
    start, end = att.content_span
    for t_start, t_end in triggers:
        if not (start <= t_start and t_end <= end):
            continue
        trigger = doc.char_span(t_start, t_end, alignment_mode="expand")
        if trigger is None:
            continue
        for head in (trigger.root, *trigger.root.ancestors):
            if head.idx < start or head.idx >= end:
                accused = _accused(head, start, end) if head.lemma_.lower() in _accusers() \
                    else None  # "blamed Russian troops for the shelling"
                key = None if accused is None else _party_key(
                    normalise_actor(doc, accused, code, None))
                if key is not None:
                    return key
                break
            for cand in _agents(head):
                key = _party_key(normalise_actor(doc, cand, code, None)
                                 or firing_nation(cand, code, None))
                if key is None and _itself(cand):
                    key = _speaker_key(doc, att, code)
                if key is not None:
                    return key
    return None


@functools.cache
def _accusers() -> frozenset[str]:
    return frozenset(load_toml("triggers.toml")["codes"]["ATTRIB"]["accusers"])


def _accused(verb: Token, start: int, end: int) -> Token | None:
    """The object of an accusing verb, inside the statement's content."""
    return next((c for c in verb.children if c.dep_ == "dobj" and start <= c.idx < end), None)


def _itself(cand: Token) -> bool:
    """The speaker named in its own words: "(the group said) it carried out the attack", "its
    fighters", "we"."""
    return cand.lower_ in SELF or any(
        c.dep_ == "poss" and c.lower_ in SELF for c in cand.children)


def _speaker_key(doc: Doc, att: Attribution, code: str) -> str | None:
    """The party key of the statement's source ("Al Shabaab said it ...")."""
    if att.source_span is None:
        return None
    source = doc.char_span(*att.source_span, alignment_mode="expand")
    return None if source is None else _party_key(normalise_actor(doc, source.root, code, None))


def _agents(head: Token) -> list[Token]:
    """The subject of an active clause, or the agent of a passive one ("shelled by X")."""
    out = [c for c in head.children if c.dep_ == "nsubj"]
    for agent in (c for c in head.children if c.dep_ == "agent"):
        out.extend(g for g in agent.children if g.dep_ == "pobj")
    return out


def _party_key(found: ActorMention | None) -> str | None:
    """State forces compare by country (a bare "troops" has none and agrees with anyone);
    other parties by name, an unidentified group by nothing."""
    if found is None or found.actor.kind in _NOT_PERPETRATORS:
        return None
    actor = found.actor
    if actor.kind == "state":
        return f"state:{actor.country}" if actor.country else None
    return None if actor.name.startswith("Unidentified") else actor.name
