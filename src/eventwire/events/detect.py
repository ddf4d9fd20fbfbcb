"""Trigger detection: which events a sentence describes, each typed by the rule lexicons.

A sentence yields 0..n triggers. Explicit triggers name their code ("shelling", "kidnapped");
generic attack words ("attack", "strike", "fired") take the code of a weapon in the sentence,
else of the attack the text referred to just before ("the attack"), else of who or what was hit
(`resolve`). Sentence-level rules then upgrade protests with intervention or violence cues
(`crowds`) and absorb outcome words (a killing, damage) into the attack that caused them
(`combine`).
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING, cast

from ..nlp import line_break_tokens
from .aerial import dropped_from_air
from .care import cared_for
from .classify import choose_code
from .clauses import clause_groups
from .combine import (
    absorb_into_hosts,
    answered_attack,
    armed_on_property,
    attack_on_property,
    clash_on_civilians,
    dedupe,
    destroyed_by_weapon,
    developments_hit,
    displaced_by,
    fold_intercepted,
    killing_over_abduction,
    mark_background,
    merge_generic,
    raid_for_its_end,
    with_modality,
    with_relation,
)
from .crowds import (
    by_mob,
    is_mob,
    riot_on_people,
    upgrade_protests,
    upgraded_code,
    violence_over_intervention,
)
from .debris import fold_debris
from .diplomacy import drop_domestic_meetings, topic_of_talks
from .interception import retype_interception
from .lexicon import TermMatch
from .participants import agent_words, head_of, victim_tokens
from .resolve import (
    WARNING_FIRE,
    agreement_in_force,
    bomber_acted_on,
    captive_code,
    captures_people,
    carried_weapon,
    claims_a_clause,
    describes_person,
    explicit_trigger,
    generic_trigger,
    harms_no_property,
    in_name,
    names_a_charge,
    names_a_group,
    needs_met,
    seizes_ground,
    subject_is_event,
    told_with_a_charge,
    unarmed_clash,
    weapon_hit,
)
from .rules import Rules, rules
from .trigger import (
    PROTEST_CODES,
    REMOTE_CODES,
    TERRITORY_CODES,
    SentenceTriggers,
    Trigger,
    trigger_confidence,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

#: Names other stages import from here.
__all__ = [
    "PROTEST_CODES",
    "REMOTE_CODES",
    "SentenceTriggers",
    "Trigger",
    "agent_words",
    "detect",
    "has_trigger_word",
    "is_mob",
    "sentences",
    "trigger_confidence",
    "upgraded_code",
    "victim_tokens",
]


def sentences(doc: Doc) -> list[Span]:
    """The doc's sentences, also split at line breaks (titles, one-line paragraphs)."""
    breaks = line_break_tokens(doc)
    out: list[Span] = []
    for sent in doc.sents:
        start = sent.start
        lo = bisect.bisect_left(breaks, start)
        hi = bisect.bisect_left(breaks, sent.end)
        for i in breaks[lo:hi]:
            # a token's trailing whitespace is one space at most: only a token holds a break
            if i > start:
                out.append(doc[start:i])
                start = i + 1
        if start < sent.end:
            out.append(doc[start : sent.end])
    content = _content_before(doc)
    return [s for s in out if content[s.end] > content[s.start]]


def _content_before(doc: Doc) -> list[int]:
    """For each index i, how many of the tokens before it are neither space nor punctuation."""
    import numpy as np
    from spacy.attrs import IS_PUNCT, IS_SPACE

    flags = doc.to_array([IS_SPACE, IS_PUNCT])
    content = (flags[:, 0] == 0) & (flags[:, 1] == 0)
    return [0, *np.cumsum(content).tolist()]


def detect(
    sent: Span, recent_remote: str | None = None, probs: dict[str, float] | None = None
) -> list[Trigger]:
    """Every event trigger of one sentence, typed, upgraded, absorbed and de-duplicated.

    `recent_remote` is the code of the last attack from a distance the document reported before
    this sentence: "the attack" with no weapon of its own takes it. `probs` are the statistical
    model's code probabilities for the sentence (see classify.choose_code).
    """
    r = rules()
    tokens = list(sent)
    # the lexicons read the Span itself: no Token is built for the words no term starts with
    words = cast("Sequence[Token]", sent)
    taken: set[int] = set()
    r.not_weapons.find(words, taken)
    excluded = set(taken)  # "tear gas shells" are no weapon
    r.exclude.find(words, taken)
    found: list[Trigger] = []
    for m in r.explicit.find(words, taken):
        payload = next((p for p in r.alternatives[m.term] if needs_met(sent, tokens, p, r)),
                       None)
        if payload is None:  # "raided a village" with no drugs seized: a raid all the same
            taken.difference_update(range(m.start, m.end))
            continue
        head = sent.doc[head_of(sent.doc, m.start, m.end)]
        if in_name(sent.doc, m) or names_a_group(sent.doc, m, r) \
                or describes_person(head, r) \
                or bomber_acted_on(head, payload[0]) \
                or names_a_charge(head, payload[0]) or told_with_a_charge(head) \
                or agreement_in_force(head, payload[0]) or harms_no_property(head, payload[0]) \
                or claims_a_clause(sent.doc, m) \
                or carried_weapon(head):
            continue
        if payload[0] in TERRITORY_CODES and captures_people(head, r):
            # "rebels captured three soldiers": captives, not territory
            captive = captive_code(head)
            if captive is not None:
                found.append(explicit_trigger(
                    sent, TermMatch(m.start, m.end, (captive, None), m.term), r))
            continue
        if m.term == "seize/VERB" and payload[0] in TERRITORY_CODES and not seizes_ground(head):
            continue  # "seized the initiative", "seized documents"
        if payload[0] == "AGREEMENT" and topic_of_talks(head):
            continue  # "talks on a ceasefire": what the talks are about
        if payload[0] in TERRITORY_CODES and head.dep_ == "amod" and head.tag_ == "VBN":
            continue  # "in Russian-occupied Crimea", "the rebel-held town": who holds it now
        if payload[0] == "PEACE_PROTEST" and _by_fighters(head, r):
            continue  # "gunmen blocked the road": an armed group's act, no protest
        found.append(explicit_trigger(sent, TermMatch(m.start, m.end, payload, m.term), r))
    weapons = [w for w in r.weapons.find(words, excluded)
               if not weapon_hit(sent.doc[head_of(sent.doc, w.start, w.end)])]
    found = [unarmed_clash(t, tokens, weapons, r) for t in found]
    named = {i for t in found for i in range(t.start, t.end)}
    for gm in r.generic.find(words, taken):
        if subject_is_event(sent.doc[head_of(sent.doc, gm.start, gm.end)], named):
            continue  # "the destruction hit the economy": not a second attack
        trig = generic_trigger(sent, gm, weapons, recent_remote, r)
        if trig is not None:
            code = choose_code(trig.code, trig.source, probs)
            if code == "PROPERTY_DISTRUCT" and trig.term in WARNING_FIRE:
                code = trig.code  # gunfire is violence against people, whatever it hit
            found.append(replace(trig, code=code))
    # wounds and bodies a hospital or a morgue received are the toll of some attack, no event
    found = [t for t in found if not cared_for(sent.doc[t.head])]
    found = _without_names_for_others(sent.doc, found)
    found = drop_domestic_meetings(sent.doc, [retype_interception(sent.doc, t) for t in found])
    found = with_modality(sent.doc, [with_relation(sent.doc, t) for t in found])
    combined = [t for group in clause_groups(found, sent.doc)
                for t in _combine(sent, tokens, weapons, group, r)]
    return sorted(combined, key=lambda t: t.start)


def _combine(sent: Span, tokens: list[Token], weapons: list[TermMatch[str]], found: list[Trigger],
             r: Rules) -> list[Trigger]:
    """The triggers of one clause group folded, absorbed and de-duplicated."""
    found = fold_intercepted(sent.doc, found)
    found = fold_debris(sent, dropped_from_air(sent.doc, found))
    found = answered_attack(sent.doc, found)
    found = upgrade_protests(tokens, found, r)
    found = attack_on_property(found)
    found = destroyed_by_weapon(sent.doc, found, weapons)
    found = armed_on_property(sent, found, r)
    found = raid_for_its_end(merge_generic(sent.doc, found))
    found = killing_over_abduction(found)
    found = mark_background(sent.doc, found)
    found = displaced_by(sent.doc, found)
    found = developments_hit(sent.doc, found, r)
    found = absorb_into_hosts(found, r)
    found = clash_on_civilians(sent.doc, found, r)
    found = [riot_on_people(sent, t, r) for t in found]
    found = [by_mob(sent, t, r) for t in found]
    return dedupe(violence_over_intervention(found))


def _by_fighters(head: Token, r: Rules) -> bool:
    """Is the doer of a protest word a non-state armed group ('militias marched to the
    village', 'gunmen blocked the road to demand ransom')?"""
    agents = agent_words(head)
    if not agents and head.dep_ in ("advcl", "xcomp"):
        agents = agent_words(head.head)  # "blocked the road to demand ..."
    return any(t.lemma_.lower() in r.non_state or t.lower_ in r.non_state for t in agents)


def has_trigger_word(sent: Span) -> bool:
    """Cheap pre-check: does the sentence contain any trigger word at all?"""
    r = rules()
    # the Span itself: no Token is built for the words no term starts with
    tokens = cast("Sequence[Token]", sent)
    return bool(r.explicit.find(tokens) or r.generic.find(tokens))


def _without_names_for_others(doc: Doc, found: list[Trigger]) -> list[Trigger]:
    """ "..., in what he called one of the largest attempts to attack the capital": what a
    speaker calls the event the sentence tells is no event of its own."""
    named = [t for t in found if _in_what_is_called(doc[t.head])]
    if not named or len(named) == len(found):
        return found
    return [t for t in found if t not in named]


def _in_what_is_called(tok: Token) -> bool:
    """Is `tok` inside the name a verb of naming gives ("what he called X", "described as X")?"""
    for node in (tok, *tok.ancestors):
        if node.dep_ == "oprd" and node.head.lemma_.lower() in ("call", "describe", "term", "dub"):
            return True
    return False
