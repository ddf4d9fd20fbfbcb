"""Return fire: a one-sided attack (a grenade thrown at a police post, gunmen attacking a
checkpoint) that the other side answers with fire in the same or the next sentence ("Police
returned fire") is an armed clash in ACLED's terms, since both sides are armed and fight. The
answering fire is part of that clash, not an event of its own. Lexicon: `[return_fire]` in
`data/document.toml`.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..records import Evidence
from .actorlexicon import ActorMention
from .arguments import OWN_PRONOUNS, find_actors, normalise_actor
from .lexicon import TermIndex, build_index, load_toml
from .modality import modality_of
from .rules import rules

if TYPE_CHECKING:
    from spacy.tokens import Span as SpacySpan
    from spacy.tokens import Token

    from .assemble import Draft
    from .document import Sentence

CLASH = "ARMED_CLASH"
#: Codes of the answering fire's own drafts, folded into the clash.
ANSWER_CODES = frozenset({"ARMED_CLASH", "ATTACK"})


@dataclass(frozen=True)
class ReturnFireRules:
    hosts: frozenset[str]
    terms: TermIndex[str]


@functools.cache
def return_fire_rules() -> ReturnFireRules:
    data = load_toml("document.toml")["return_fire"]
    return ReturnFireRules(frozenset(data["hosts"]), build_index((t, t) for t in data["terms"]))


def fold_return_fire(
    sents: Sequence[Sentence], drafts: list[Draft], fold: Callable[[Draft, Draft], None]
) -> None:
    """Make attacks answered with fire armed clashes and fold the answer's drafts into them."""
    rf = return_fire_rules()
    for d in drafts:
        if d.merged or d.code not in rf.hosts or d.modality != "occurred" \
                or d.trigger.relation is not None:
            continue
        for info in sents[d.sent_index : d.sent_index + 2]:
            answer = _answer(info.span, d, rf)
            if answer is None:
                continue
            country = d.actor1.actor.country if d.actor1 else None
            answerer = find_actors(info.span.doc, answer.i, CLASH, country)[0]
            # "The RSF denied ..., saying its fighters only returned fire": the attacker's own
            # account of the same event, which no one answered: folded in, the type kept
            own_account = _own_account(info.span, answer, d, answerer, country)
            if not own_account:
                d.code = CLASH
            if d.actor2 is None and not own_account:
                d.actor2 = answerer  # the side that answered is the clash's second party
            clause = {t.i for t in answer.subtree}
            for other in drafts:
                if other is not d and not other.merged and other.sent_index == info.index \
                        and other.code in ANSWER_CODES and other.trigger.head in clause:
                    fold(d, other)
                elif other is not d and not other.merged and other.sent_index == d.sent_index \
                        and other.code == "CHANGE_TO_GROUP_ACT":
                    fold(d, other)  # "police were patrolling when gunmen opened fire"
            span = (answer.idx, answer.idx + len(answer.text))
            if not own_account and not any(e.span == span for e in d.evidence):
                d.evidence.append(Evidence("code", answer.text, span))
            break


def _name(found: ActorMention | None) -> str | None:
    return None if found is None else found.actor.name


def _own_account(sent: SpacySpan, answer: Token, host: Draft,
                 answerer: ActorMention | None, country: str | None) -> bool:
    """Is the return of fire told by the attacker itself or of its own men ("The RSF denied
    ..., saying its fighters had returned fire"): the attacker's party answers, or the
    subject of the sentence is the attacker (the same party, or the same head word: "the
    paramilitary group shelled ... The group denied ...")?"""
    if host.actor1 is not None and _name(answerer) == host.actor1.actor.name:
        return True
    if not _own_men(answer):
        return False  # "..., and the officers returned fire": others answered
    subject = next((c for c in sent.root.children if c.dep_ == "nsubj"), None)
    speaker = None if subject is None else normalise_actor(sent.doc, subject, CLASH, country)
    if host.actor1 is not None and _name(speaker) == host.actor1.actor.name:
        return True
    attacker = next((c for c in sent.doc[host.trigger.head].children if c.dep_ == "nsubj"),
                    None)
    return subject is not None and attacker is not None and subject.pos_ == "NOUN" \
        and subject.lemma_.lower() == attacker.lemma_.lower()


def _own_men(answer: Token) -> bool:
    """Is the answer's subject a speaker's own ("its fighters", "their men", "we")?"""
    subject = next((c for c in answer.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return False
    return subject.lower_ in OWN_PRONOUNS or any(
        c.dep_ == "poss" and c.lower_ in OWN_PRONOUNS for c in subject.children)


def _answer(sent: SpacySpan, host: Draft, rf: ReturnFireRules) -> Token | None:
    """The verb of an occurred return of fire in `sent` after the host's trigger, if any."""
    for m in rf.terms.find(list(sent)):
        if m.start <= host.trigger.start:
            continue  # the answer comes after the attack
        verb = sent.doc[m.start]
        if modality_of(verb) == "occurred":
            return verb
    return None


def armed_brawls(sents: Sequence[Sentence], drafts: list[Draft]) -> None:
    """A clash typed as a brawl of unarmed people (no weapon in its sentence) whose next
    sentence speaks of shots ("One member was injured during the shooting") was fought with
    firearms: an armed clash."""
    r = rules()
    for d in drafts:
        if d.merged or d.code != "MOB_VIOL" or d.trigger.term not in r.unarmed_terms:
            continue
        for info in sents[d.sent_index + 1 : d.sent_index + 2]:
            tokens = list(info.span)
            taken: set[int] = set()
            r.not_weapons.find(tokens, taken)  # rubber bullets, shots in the air
            if r.firearm.find(tokens, taken) or rf_terms(tokens, taken):
                d.code = CLASH


def rf_terms(tokens: list[Token], taken: set[int]) -> bool:
    """Return or exchange of fire among `tokens` (outside the phrases in `taken`)."""
    return bool(return_fire_rules().terms.find(tokens, set(taken)))
