"""Statements told after an event that point back at it.

Wire reports give each statement a paragraph of its own, so the event a statement is about is
often told a paragraph or more before it, and the statement's words do not overlap the
event's sentence:

- a toll set or updated by another source ("The health ministry put the toll at nine dead",
  "Hospital officials said the death toll had risen to 12"): a toll with "the" points back
  at the deaths of the violent event told last, and is a claim of that event;
- a note that an outlet or body could not check an account ("AFP was unable to confirm the
  toll", "Wire could not independently verify either account", "The claims could not be
  verified"): it hedges the events of the accounts it points back at (each of them for
  "either", "both", "neither" or a plural), else the violent event told last; a hedge
  neither backs nor contests an event, so it leaves its status as it was;
- a denial whose whole content is "it" or "this" ("Moscow denied it.", "Kyiv denies this"):
  it denies what was told just before it. When a statement of another party was told after
  the last violent event, that statement is what is denied, and the denial is a claim of
  the event that statement bears on (of none, when it bears on none: "it" is then something
  else the statement said); else it denies the violent event told last.

Only statements that bear on no event yet (but a note on several accounts), and only events
no more than `WINDOW` sentences before them, are linked. A denial among an event's claims
makes it contested.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from typing import TYPE_CHECKING

from ..claims import (
    accounts_unchecked,
    claim_of,
    definite_toll,
    points_back_alone,
    statement_span,
)
from ..claims.lexicon import get_lexicon
from ..claims.parties import same_party
from ..nlp import doc_text
from ..records import Attribution, Span
from .document import VIOLENT_CODES

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from .assemble import Draft
    from .document import Sentence

#: How many sentences back the event a later statement points at may lie.
WINDOW = 4


def attach_followups(doc: Doc, attributions: Sequence[Attribution],
                     sents: Sequence[Sentence], drafts: list[Draft]) -> None:
    """Add to each event the later statements that point back at it (a toll, a denial of
    "it"), in text order, so a denial of a toll statement linked here follows it."""
    text = doc_text(doc)
    starts = [s.span.start_char for s in sents]
    held: dict[Span, list[Draft]] = {}
    for d in drafts:
        if not d.merged:
            for made in d.claims:
                held.setdefault(made.span, []).append(d)
    answered = get_lexicon().answered
    for k, att in enumerate(attributions):
        stmt = statement_span(att)
        checked = 0 if att.stance != "hedges" or att.cue_span is None \
            else accounts_unchecked(doc, att.cue_span, answered)
        if checked < 2 and (stmt in held or att.source_span is None and not checked):
            continue  # a note on several accounts goes to each one's event
        at = bisect.bisect_right(starts, stmt[0]) - 1
        hosts = _checked_hosts(attributions, k, at, starts, drafts, held, checked) if checked \
            else _hosts(doc, text, attributions, k, at, starts, drafts, held)
        claim = claim_of(att, text)
        if claim is None:
            continue
        for host in hosts:
            if host not in held.get(stmt, []):
                host.claims.append(claim)
                held.setdefault(stmt, []).append(host)


def _checked_hosts(attributions: Sequence[Attribution], k: int, at: int, starts: list[int],
                   drafts: list[Draft], held: dict[Span, list[Draft]],
                   accounts: int) -> list[Draft]:
    """The events of the accounts the `k`th statement, in sentence `at`, says could not be
    checked ("Wire could not verify either account", "AFP was unable to confirm the toll"):
    those of the statements of other parties told up to `WINDOW` sentences before it (the
    nearest one only for `accounts` 1), else the violent event told last."""
    att = attributions[k]
    last = _last_violent(drafts, at)
    since = at - WINDOW
    mine = att.claimant or att.source
    priors = [p for p in attributions[:k] if p.source_span is not None
              and p.stance != "hedges" and not same_party(p.claimant or p.source, mine)
              and since <= bisect.bisect_right(starts, statement_span(p)[0]) - 1 <= at]
    hosts: list[Draft] = []
    for prior in priors[-1:] if accounts == 1 else priors:
        hosts += [d for d in held.get(statement_span(prior), []) if _violent(d)
                  and d not in hosts]
    return hosts or ([] if last is None else [last])


def _hosts(doc: Doc, text: str, attributions: Sequence[Attribution], k: int, at: int,
           starts: list[int], drafts: list[Draft], held: dict[Span, list[Draft]]) -> list[Draft]:
    """The events the `k`th statement, in sentence `at`, points back at (none when it does
    not point back)."""
    att = attributions[k]
    content = text[att.content_span[0] : att.content_span[1]]
    last = _last_violent(drafts, at)
    if att.stance == "denies" and points_back_alone(content):
        prior = _prior(attributions, k)
        if prior is not None:
            prior_at = bisect.bisect_right(starts, statement_span(prior)[0]) - 1
            if 0 <= at - prior_at <= WINDOW and (last is None or prior_at >= last.sent_index):
                return [d for d in held.get(statement_span(prior), []) if _violent(d)]
        return [] if last is None else [last]
    if att.stance == "asserts" and last is not None and definite_toll(doc, att.content_span):
        return [last]
    return []


def _prior(attributions: Sequence[Attribution], k: int) -> Attribution | None:
    """The statement nearest before the `k`th of another party (a side does not deny its own
    words)."""
    att = attributions[k]
    mine = att.claimant or att.source
    for prior in reversed(attributions[:k]):
        if prior.source_span is not None and not same_party(prior.claimant or prior.source,
                                                            mine):
            return prior
    return None


def _violent(d: Draft) -> bool:
    return not d.merged and d.code in VIOLENT_CODES and d.trigger.relation is None \
        and d.modality == "occurred"


def _last_violent(drafts: list[Draft], at: int) -> Draft | None:
    """The violent event told last before sentence `at`, within `WINDOW` sentences."""
    earlier = [d for d in drafts if _violent(d) and 0 < at - d.sent_index <= WINDOW]
    return earlier[-1] if earlier else None
