"""Which time dates an event: a time of its own clause in its sentence, else the lead's
(the date the report is about), never a past event's or a compared one's; a planned event only
by a time of its own clause.

The day a source spoke is not the day of what it tells: in "an air strike killed 20
civilians, a resistance group said on Tuesday" Tuesday dates the saying. The event keeps it
when nothing better is known (`told_on` marks it), but another account of the same event that
gives its own day ("a jet dropped two bombs on the village on Monday morning") is no other
event, and its day wins."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from ..places.datelines import dateline_spans, in_dateline
from ..records import Attribution, TimeRef
from .bygone import compared_since
from .placing import inside
from .trigger import Trigger

if TYPE_CHECKING:
    from spacy.tokens import Doc
    from spacy.tokens import Span as SpacySpan

    from .assemble import SentenceInfo


def same_trigger(a: Trigger | None, b: Trigger) -> bool:
    return a is not None and (a.start, a.end) == (b.start, b.end)


def lead_date(times: tuple[TimeRef, ...], sents: list[SentenceInfo]) -> TimeRef | None:
    """A day-precision date in the first two sentences: the date the report is about."""
    if not sents:
        return None
    # "KYIV, Nov 21 (Wire) - ... early on Friday": the dateline dates the report, the lead's
    # own words the event; the dateline's date serves only when the lead gives none. A
    # dateline the parser made a sentence of its own does not count among the two.
    lines = dateline_spans(sents[0].span.doc.text)
    prose = [s for s in sents if not any(
        s.span.start_char >= a and s.span.end_char <= b + 1 for a, b in lines)] or sents
    end = prose[min(1, len(prose) - 1)].span.end_char
    early = [t for t in times
             if t.span is not None and t.span[1] <= end and t.precision == "day" and t.date]
    told = [t for t in early if not any(inside(t.span, line) for line in lines if t.span)]
    chosen = told or early
    return chosen[0] if chosen else None


def time_for(
    doc: Doc,
    times: tuple[TimeRef, ...],
    sent: SpacySpan,
    trig: Trigger,
    siblings: list[Trigger],
    lead: TimeRef | None,
    published: str | None,
) -> TimeRef | None:
    if trig.modality != "occurred":
        return _time_of_plan(doc, times, sent, trig, published)
    in_sentence = [
        t for t in times
        if t.date and inside(t.span, (sent.start_char, sent.end_char))
        and (published is None or t.date <= published) and not _in_comparison(doc, t)
        and not in_dateline(t.span, doc.text)  # the filing day: the lead's last resort
    ]
    where = doc[trig.head].idx
    # A past event ("an earlier raid on March 3") keeps the date nearest to it; the
    # sentence's current events leave it that date.
    past = [doc[s.head].idx for s in siblings
            if s.relation is not None and not same_trigger(s, trig)]
    others = past if trig.relation is None else []
    mine = [t for t in in_sentence if not _closer_to_other(t, where, others)
            and not _in_other_clause(doc, t, trig.head)]
    if mine:
        return min(mine, key=lambda t: abs(_mid(t) - where))
    if lead is not None and lead in in_sentence:
        return None  # the lead's time is another clause's of this very sentence
    if trig.relation is None and lead is not None and (published is None or
                                                       (lead.date or "") <= published):
        return lead
    return None


def _in_other_clause(doc: Doc, t: TimeRef, head: int) -> bool:
    """Is the time expression inside a clause that tells of something else, under the
    trigger: "targeted a position, in response to strikes that killed two people on
    Saturday" (the strikes' day, not the attack's)?"""
    span = doc.char_span(*t.span, alignment_mode="expand") if t.span else None
    if span is None or len(span) == 0:
        return False
    for tok in (span.root, *span.root.ancestors):
        if tok.i == head:
            return False
        if tok.dep_ in ("relcl", "acl") and tok.head.i != head and tok.tag_ != "VBG":
            return any(a.i == head for a in tok.ancestors)
    return False


def _time_of_plan(
    doc: Doc, times: tuple[TimeRef, ...], sent: SpacySpan, trig: Trigger, published: str | None,
) -> TimeRef | None:
    """The time of a planned or possible event: only an expression inside its own clause
    ("would resume on Sunday", "is due to meet next week"), never the day it was announced
    ("said on Thursday that ...") nor the report's lead. The dates stage resolves a weekday or
    a month backwards, which for an event still to come is wrong: the words are kept and the
    date is left out, unless it is the publication day itself ("later today")."""
    clause = doc[trig.head]
    while clause.pos_ not in ("VERB", "AUX") and clause.head.i != clause.i:
        clause = clause.head
    bounds = (clause.left_edge.idx, clause.right_edge.idx + len(clause.right_edge.text))
    own = [t for t in times if t.span and inside(t.span, (sent.start_char, sent.end_char))
           and inside(t.span, bounds)]
    if not own:
        return None
    where = doc[trig.head].idx
    nearest = min(own, key=lambda t: abs(_mid(t) - where))
    if nearest.date is not None and published is not None and nearest.date >= published:
        return nearest
    return replace(nearest, date=None, precision=None)


def _in_comparison(doc: Doc, t: TimeRef) -> bool:
    """'the deadliest since the siege of 2019': the date of the past event compared with."""
    span = doc.char_span(*t.span, alignment_mode="expand") if t.span else None
    return span is not None and len(span) > 0 and compared_since(span.root)


def _mid(t: TimeRef) -> int:
    return (t.span[0] + t.span[1]) // 2 if t.span else 0


def _closer_to_other(t: TimeRef, where: int, others: list[int]) -> bool:
    d = abs(_mid(t) - where)
    return any(abs(_mid(t) - o) < d for o in others)

def told_on(attributions: Sequence[Attribution], time: TimeRef | None, where: int) -> bool:
    """Is `time` the time of a statement whose content holds the event word at character
    `where`, said outside that content ("..., the group said on Tuesday")?"""
    if time is None or time.span is None:
        return False
    return any(inside((where, where + 1), a.content_span)
               and not inside(time.span, a.content_span)
               and a.cue_span is not None and _near(time.span, a.cue_span)
               for a in attributions)


def _near(time: tuple[int, int], cue: tuple[int, int]) -> bool:
    """Is the time right by the cue ("said on Tuesday", "on Tuesday said", "told Wire on
    Monday"): within a few words of it, on either side?"""
    gap = time[0] - cue[1] if time[0] >= cue[1] else cue[0] - time[1]
    return gap <= 30
