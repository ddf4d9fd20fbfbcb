"""Claims and denials of responsibility (ATTRIB events) linked to the event they are about.

"The brigade claimed responsibility for the drone strike on the depot", "Hamas claimed the
attack. ...", "the group denied any involvement": the ATTRIB event is a statement about
another event, its perpetrator. It is linked to that event both ways (`responsibility_for`
on the claim, `responsibility_claim` on the event):

- the violent event reported in the claim's own sentence (a back-reference there has mostly
  been folded into the event it names already, whose evidence then lies in the sentence;
  one that was kept apart by the claim's own date, "claimed the attack in a statement on
  Tuesday", is folded into the event before it now);
- else the latest violent event before it, no more than `WINDOW` sentences back: a claim
  follows the report of what it claims.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from typing import TYPE_CHECKING

from ..claims import unmade
from ..records import Related
from .document import VIOLENT_CODES, Fold, is_back_reference
from .lexicon import load_toml
from .owned import TERM as OWNED
from .owned import speaker
from .rules import rules

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from .assemble import Draft
    from .document import Sentence
    from .trigger import Trigger

#: How many sentences back a claim of responsibility may refer.
WINDOW = 3
#: Trigger terms that are a claim of responsibility only with a violent event in their own
#: sentence to be about (a back-reference there counts: it was folded into its event).
NEEDS_EVENT = frozenset({"blame/VERB", "accuse/VERB"})
FOR = "responsibility_for"
CLAIMED = "responsibility_claim"


def link_responsibility(doc: Doc, sents: Sequence[Sentence], drafts: list[Draft],
                        fold: Fold) -> None:
    for claim in drafts:
        if claim.code != "ATTRIB" or claim.merged:
            continue
        live = [d for d in drafts if not d.merged]
        host = _in_sentence(sents, live, claim)
        earlier = _before(live, claim)
        if host is not None and earlier is not None and host.sent_index == claim.sent_index \
                and is_back_reference(doc, host):
            fold(earlier, host)  # "took responsibility for that raid": the one before
            host = earlier
        if claim.trigger.term in NEEDS_EVENT and (
                _describes_a_suspect(doc, claim) or host is None and not (
                    earlier is not None and _accused_of_violence(doc, claim))):
            claim.merged = True  # "blamed the weather for the delays": no event blamed
            continue
        host = host or earlier
        if host is not None and not any(r.event_id == host.event_id for r in claim.related):
            claim.related.append(Related(host.event_id, FOR))
            host.related.append(Related(claim.event_id, CLAIMED))
            _lend_actor(doc, claim, host)


def made_claims(doc: Doc, triggers: list[Trigger]) -> list[Trigger]:
    """The triggers without the claims and denials of responsibility not made ("neither
    confirmed nor denied involvement", "stopped short of blaming Tehran"): no one named a
    perpetrator or denied being one."""
    return [t for t in triggers if t.code != "ATTRIB" or not unmade(doc[t.head])]


def _describes_a_suspect(doc: Doc, claim: Draft) -> bool:
    """ "police arrested a man accused of planting the bomb": a participle that tells who
    someone is, with no one making the accusation, is no claim of responsibility."""
    head = doc[claim.trigger.head]
    return head.dep_ in ("acl", "amod") and not any(c.dep_ == "agent" for c in head.children)


def _accused_of_violence(doc: Doc, claim: Draft) -> bool:
    """ "Kyiv accused Russian forces of shelling the hospital": the act an accusation names
    after "of" is a violent one (a word of a violent code), though the events stage reads it
    as the charge, not as an event of its own: the accusation is about the attack reported
    before it."""
    r = rules()
    for prep in doc[claim.trigger.head].children:
        if prep.dep_ != "prep" or prep.lower_ != "of":
            continue
        act = list(doc[prep.i + 1 : prep.right_edge.i + 1])
        if any(code in VIOLENT_CODES for m in r.explicit.find(act)
               for code, _ in r.alternatives[m.term]) or r.generic.find(act):
            return True
    return False


def _lend_actor(doc: Doc, claim: Draft, host: Draft) -> None:
    """The group that claims an attack as its own ("claimed responsibility for", "said it
    carried out") is its actor where the report names none, or only an unidentified group,
    as ACLED codes claimed attacks (the terms: `own_claims` under ATTRIB in triggers.toml,
    and `owned.py`). A claim in reported speech lends only the speaker ("the group said it
    had targeted government officials" lends no government)."""
    if claim.trigger.term == OWNED:
        claim.actor1 = speaker(doc, doc[claim.trigger.head])
    elif claim.trigger.term not in _own_claims():
        return
    if claim.actor1 is None or claim.modality != "occurred":
        return
    if any(c.stance != "asserts" for c in claim.claims):
        return
    if host.actor1 is None or host.actor1.actor.name.startswith("Unidentified"):
        host.actor1 = claim.actor1


@functools.cache
def _own_claims() -> frozenset[str]:
    return frozenset(load_toml("triggers.toml")["codes"]["ATTRIB"]["own_claims"])


def _violent(d: Draft) -> bool:
    return d.code in VIOLENT_CODES and d.trigger.relation is None


def _in_sentence(sents: Sequence[Sentence], live: list[Draft], claim: Draft) -> Draft | None:
    span = sents[claim.sent_index].span
    start, end = span.start_char, span.end_char
    for d in live:
        if d is not claim and _violent(d) and any(
                ev.field == "code" and start <= ev.span[0] < end for ev in d.evidence):
            return d
    return None


def _before(live: list[Draft], claim: Draft) -> Draft | None:
    """The attack told before the claim it is about: the last one, but one whose perpetrator
    the report does not know before one by a state's forces ("Rwandan troops launched an
    operation ... IS claimed the attack" is about the insurgents' attack)."""
    earlier = [d for d in live if _violent(d) and d.modality == "occurred"
               and 0 < claim.sent_index - d.sent_index <= WINDOW]
    unknown = [d for d in earlier if d.actor1 is None or d.actor1.actor.kind != "state"]
    return (unknown or earlier)[-1] if earlier else None
