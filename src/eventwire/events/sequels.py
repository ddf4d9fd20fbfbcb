"""Details told in the sentences after an event that change what kind of event it was.

An event's code is decided on the sentence that reports it; a later sentence re-types it only
when it tells more of the same event:

- shelling at a place followed by small-arms fire observed at the same place (monitoring
  reports: "fired mortars at positions near X. The mission recorded shots from small arms near
  X.") is an exchange of fire between the two sides, an armed clash, as within one sentence
  (see `[weapon_rules]` in `data/triggers.toml`);
- property set on fire by armed men who, in the next sentences, shoot at or hurt the people
  there ("armed men set three trucks on fire. A driver was injured by a gunshot.") is an
  attack on those people, not a destruction of property alone.

- a mine or a shell dated, in its sentence or the next, from a war that is over ("a landmine
  laid during the Iran-Iraq war") is an explosive remnant of war: ACLED's "other" development.

- a bomb only named (found, planted, placed: no explosion word, nobody hurt) and defused or
  destroyed by bomb disposal in the next sentences is that disrupted weapon use ("An IED was
  found on the roadside. It was later defused by the bomb squad.").

- a raid followed by arrests nobody else made is those arrests.

Lexicon: `[sequels]` in `data/document.toml`.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from .lexicon import TermIndex, build_index, load_toml
from .modality import modality_of
from .participants import agent_words, trigger_heads
from .rules import rules

if TYPE_CHECKING:
    from spacy.tokens import Span as SpacySpan
    from spacy.tokens import Token

    from .assemble import Draft
    from .document import Sentence

CLASH = "ARMED_CLASH"
SHELLING = "ART_MISS_ATTACK"
ARSON = "PROPERTY_DISTRUCT"
#: How many sentences after the burning may tell of the people hurt.
HARM_WINDOW = 3
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC", ""})
NOBODY = frozenset({"nobody", "none", "noone"})
#: A decade long past ("fighting took place in the 1980s").
PAST_DECADE = re.compile(r"\b(?:in|during) the (?:19)?[0-9]0s\b", re.IGNORECASE)
#: How many sentences after an explosion may date the mine or shell.
REMNANT_WINDOW = 2
#: Explosions that a mine or a shell left by an old war may cause.
REMNANT_CODES = frozenset({"REM_EXPLOS", "ART_MISS_ATTACK", "ATTACK"})
SMALL_ARMS = re.compile(r"\bsmall[ -]arms?\b", re.IGNORECASE)


@dataclass(frozen=True)
class SequelRules:
    #: Words of burning: property destruction that armed men can turn on people.
    arson: frozenset[str]
    #: Words of shooting at or hurting people in the next sentences.
    harm: TermIndex[str]
    #: Words that date a mine or a shell from a war that is over.
    remnants: TermIndex[str]


@functools.cache
def sequel_rules() -> SequelRules:
    data = load_toml("document.toml")["sequels"]
    return SequelRules(
        frozenset(data["arson"]),
        build_index((t, t) for t in data["harm"]),
        build_index((t, t) for t in data["remnants"]),
    )


def small_arms_at_same_place(
    sents: Sequence[Sentence], drafts: list[Draft], fold: Callable[[Draft, Draft], None]
) -> None:
    """Shelling whose next sentence reports small-arms fire at the same place is an armed
    clash; the fire's own event is part of it."""
    for d in drafts:
        if d.merged or d.code != SHELLING or not _current(d):
            continue
        for later in drafts:
            gap = later.sent_index - d.sent_index
            if later.merged or later.code != CLASH or not _current(later) or not 0 < gap <= 1:
                continue
            span = sents[later.sent_index].span
            if _small_arms(span) and _names_place(span, sents[d.sent_index].span, d):
                d.code = CLASH
                fold(d, later)


def armed_arson_with_threats(sents: Sequence[Sentence], drafts: list[Draft]) -> None:
    """Property burnt by armed men who shoot at or hurt people in the next sentences: an
    attack."""
    sr = sequel_rules()
    r = rules()
    for d in drafts:
        if d.merged or d.code != ARSON or not _current(d) or d.trigger.term not in sr.arson:
            continue
        doc = sents[d.sent_index].span.doc
        agents = [t for h in trigger_heads(doc, d.trigger) for t in agent_words(doc[h])]
        if not r.armed.contains(agents):
            continue
        following = sents[d.sent_index + 1 : d.sent_index + 1 + HARM_WINDOW]
        if any(_harm(info.span, sr) for info in following):
            d.code = "ATTACK"


def war_remnants(sents: Sequence[Sentence], drafts: list[Draft]) -> None:
    """Explosions of mines or shells left by a war that is over: no attack, a development."""
    sr = sequel_rules()
    r = rules()
    for d in drafts:
        if d.merged or d.code not in REMNANT_CODES or not _current(d):
            continue
        span = sents[d.sent_index].span
        if d.code == "ATTACK" and not r.weapons.contains(list(span)):
            continue  # a killing, not an explosion
        near = sents[d.sent_index : d.sent_index + 1 + REMNANT_WINDOW]
        if any(sr.remnants.contains(list(info.span)) or (
                d.code == "REM_EXPLOS" and PAST_DECADE.search(info.span.text))
               for info in near):
            d.code = "OTHER"


def defused_later(
    sents: Sequence[Sentence], drafts: list[Draft], fold: Callable[[Draft, Draft], None]
) -> None:
    """A bomb found (no explosion, nobody hurt) and defused in the next sentences: the
    disrupted weapon use is the event."""
    r = rules()
    for d in drafts:
        if d.merged or d.code not in ("REM_EXPLOS", "GRENADE") or not _current(d) \
                or d.trigger.also or d.fatalities or d.injuries:
            continue
        doc = sents[d.sent_index].span.doc
        if not r.weapons.contains(list(doc[d.trigger.start : d.trigger.end])):
            continue  # an explosion word, not the bomb's name
        for later in drafts:
            gap = later.sent_index - d.sent_index
            if not later.merged and later.code == "DISR_WEAP" and _current(later) \
                    and 0 < gap <= 2:
                d.code = "DISR_WEAP"
                fold(d, later)
                break


#: What a raid is made for (as `combine.RAID_ENDS` within a sentence).
RAID_ENDS = frozenset({"ARREST", "ABDUCT_DISSAP"})


def raid_then_arrests(
    sents: Sequence[Sentence], drafts: list[Draft], fold: Callable[[Draft, Draft], None]
) -> None:
    """A raid (the generic word, nobody killed or hurt) and, in the next sentence, people
    arrested or taken with no one else named as taking them: the arrests are what the raid
    was for ("Military Intelligence raided the neighbourhood. 20 young people were
    arrested.")."""
    for d in drafts:
        if d.merged or d.trigger.term != "raid" or d.trigger.source == "explicit" \
                or not _current(d) or d.fatalities or d.injuries:
            continue
        later = next((x for x in drafts if not x.merged and x.code in RAID_ENDS and _current(x)
                      and x.sent_index == d.sent_index + 1 and x.actor1 is None), None)
        if later is not None and sents[later.sent_index].paragraph == sents[
                d.sent_index].paragraph:
            d.code = later.code
            fold(d, later)


def _harm(sent: SpacySpan, sr: SequelRules) -> bool:
    tokens = list(sent)
    taken: set[int] = set()
    rules().not_weapons.find(tokens, taken)  # shots in the air, rubber bullets
    found = sr.harm.find(tokens, taken)
    return any(modality_of(sent.doc[m.start]) == "occurred" and not _nobody(sent.doc[m.start])
               for m in found)


def _nobody(tok: Token) -> bool:
    """'no people were injured', 'nobody was hurt': the harm word is denied."""
    for node in (tok, *list(tok.ancestors)[:2]):
        subjects = [c for c in node.children if c.dep_ in ("nsubj", "nsubjpass")]
        if any(s.lower_ in NOBODY or any(c.lower_ == "no" for c in s.children)
               for s in subjects):
            return True
    return False


def _small_arms(sent: SpacySpan) -> bool:
    """Small arms among the sentence's weapons; lists written with slashes ("small
    arms/heavy machineguns") stay one token for the tokenizer, hence the text check."""
    if any(m.payload == CLASH for m in rules().weapons.find(list(sent))):
        return True
    return SMALL_ARMS.search(sent.text) is not None


def _current(d: Draft) -> bool:
    return d.modality == "occurred" and d.trigger.relation is None


def _names_place(sent: SpacySpan, host: SpacySpan, d: Draft) -> bool:
    """Does the later sentence name the event's place itself: its most precise place, or a
    place name of the event's sentence that is no party's name ("near Krymske")?"""
    low = sent.text.lower()
    if d.places and d.places[0].text.lower() in low:
        return True
    parties = [m.span for m in (d.actor1, d.actor2) if m is not None]
    names = {t.text for t in host if t.pos_ == "PROPN" and t.ent_type_ in PLACE_LABELS
             and not any(a <= t.idx < b for a, b in parties)}
    return any(t.text in names for t in sent if t.pos_ == "PROPN")
