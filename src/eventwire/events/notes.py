"""Conventions of analyst notes (the event summaries of conflict datasets such as ACLED's).

A crowd size tag ("[size=about 200]", "[size=no report]") is recorded only for demonstration
events: protests and riots. A note that carries one reports a crowd's action, so its main event
is a protest or a riot: a demonstration event the rules found is ranked first, else the violence
the rules typed as an attack, a clash or damage was done by the crowd (mob violence, or a
violent demonstration when the crowd pressed a demand). Lexicon: `[crowd_size]` in
`data/document.toml`.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from .crowds import upgraded_code
from .lexicon import load_toml

if TYPE_CHECKING:
    from .assemble import Draft, SentenceInfo

#: How far a promoted event ranks above the one it overtakes.
MARGIN = 0.01


@dataclass(frozen=True)
class CrowdSizeRules:
    tags: tuple[str, ...]
    single: frozenset[str]
    demonstration: frozenset[str]
    crowd_acts: frozenset[str]


@functools.cache
def crowd_size_rules() -> CrowdSizeRules:
    data = load_toml("document.toml")["crowd_size"]
    return CrowdSizeRules(
        tags=tuple(t.lower() for t in data["tags"]),
        single=frozenset(data["single"]),
        demonstration=frozenset(data["demonstration"]),
        crowd_acts=frozenset(data["crowd_acts"]),
    )


def has_crowd_size(text: str) -> bool:
    """Does the note carry a crowd size tag of more than one person?"""
    low = text.lower()
    cs = crowd_size_rules()
    for tag in cs.tags:
        at = low.find(tag)
        if at >= 0:
            end = low.find("]", at)
            value = low[at + len(tag) : end if end >= 0 else None].strip()
            return value not in cs.single  # "[size=1]": one attacker is no crowd
    return False


def crowd_main_event(text: str, sents: Sequence[SentenceInfo], drafts: list[Draft]) -> None:
    """In a note tagged with a crowd size, make a demonstration event the main one."""
    if not has_crowd_size(text):
        return
    cs = crowd_size_rules()
    live = [d for d in drafts if not d.merged and d.modality == "occurred"
            and d.trigger.relation is None]
    if not live:
        return
    top = max(live, key=lambda d: d.confidence)
    if top.code in cs.demonstration:
        return
    demos = [d for d in live if d.code in cs.demonstration]
    if demos:
        _rank_above(max(demos, key=lambda d: d.confidence), top)
    elif top.code in cs.crowd_acts:
        top.code = upgraded_code("MOB_VIOL", list(sents[top.sent_index].span))


def _rank_above(main: Draft, top: Draft) -> None:
    main.confidence = round(min(top.confidence + MARGIN, 0.99), 4)
    if top.confidence >= main.confidence:
        top.confidence = round(main.confidence - MARGIN, 4)
