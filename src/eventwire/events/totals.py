"""Casualty totals across the sentences of one event.

An event takes the casualty figure of its own sentence; a sentence folded into it later gives a
figure only when the event has none. A later sentence that adds victims ("Local authorities
said 4 militants were also killed.", "2 other policemen were killed when they arrived.",
"Three more bodies were found.") adds its count instead: in ACLED's terms the event's
fatalities are all the dead of the event, on both sides.

A casualty sentence that points back at the event ("Two militants were killed in the clash.")
gives its figures to the event just before it that has none, even when the sentence was read
as an event of its own.

The markers of an addition and the nouns that point back are in `data/casualties.toml`
([totals]); the codes that can carry deaths are the tallies' (`data/tallies.toml`).
"""

from __future__ import annotations

import dataclasses
import functools
from typing import TYPE_CHECKING

from ..records import Event, Evidence
from .figures import find_figures
from .lexicon import load_toml, word_set
from .tallies import lethal_codes

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

@functools.cache
def _totals() -> dict[str, frozenset[str]]:
    totals = load_toml("casualties.toml")["totals"]
    return {k: word_set(v) for k, v in totals.items()}


def _markers() -> frozenset[str]:
    return _totals()["markers"]


def _sentence(doc: Doc, ev: Evidence) -> Span | None:
    span = doc.char_span(ev.span[0], ev.span[1], alignment_mode="expand")
    return span.sent if span is not None else None


def _adds(doc: Doc, ev: Evidence) -> bool:
    """The figure is told as more victims: a marker inside it ("2 other guards", "three more"
    but not "more than"), or one on its words ("were also killed")."""
    span = doc.char_span(ev.span[0], ev.span[1], alignment_mode="expand")
    if span is None:
        return False
    markers = _markers()
    inside = {t.i for t in span}
    for tok in span.sent:
        if tok.lower_ not in markers or (tok.i not in inside and tok.head.i not in inside):
            continue
        following = doc[tok.i + 1].lower_ if tok.i + 1 < len(doc) else ""
        before = doc[tok.i - 1].lower_ if tok.i > 0 else ""
        if following not in ("than", "or") and before != "the":
            return True  # "the other was stoned": one of the victims already counted
    return False


def _total(doc: Doc, event: Event, field: str) -> int | None:
    """The event's count with the additions of later sentences, or None to keep it as is."""
    base = getattr(event, field)
    found = [(sent, ev) for ev in event.evidence if ev.field == field
             if (sent := _sentence(doc, ev)) is not None]
    if base is None or not found:
        return None
    first = min(sent.start for sent, _ in found)
    added: dict[int, int] = {}
    for sent, ev in found:
        if sent.start == first or sent.start in added or not _adds(doc, ev):
            continue
        count = getattr(find_figures(sent), field)
        if count:
            added[sent.start] = count
    return base + sum(added.values()) if added else None


def add_later_casualties(events: list[Event], doc: Doc) -> list[Event]:
    """Each event's casualties with the victims later sentences add to it."""
    out: list[Event] = []
    for event in events:
        killed, hurt = _total(doc, event, "fatalities"), _total(doc, event, "injuries")
        if killed is not None or hurt is not None:
            event = dataclasses.replace(
                event,
                fatalities=event.fatalities if killed is None else killed,
                injuries=event.injuries if hurt is None else hurt,
            )
        out.append(event)
    return out


# --- figures told after the event, pointing back at it ------------------------------------------


def _sentence_of(doc: Doc, event: Event, field: str) -> int | None:
    """Start token of the first sentence holding evidence of `field` for the event."""
    starts = [sent.start for ev in event.evidence if ev.field == field
              if (sent := _sentence(doc, ev)) is not None]
    return min(starts) if starts else None


def _points_back(sent: Span) -> bool:
    """ "in the clash", "during the attack": a definite noun of the fight already told."""
    nouns = _totals()["event_nouns"]
    return any(
        t.lemma_.lower() in nouns and any(c.lower_ in ("the", "this", "that") for c in t.children)
        and t.dep_ == "pobj"
        for t in sent
    )


def _host(events: list[Event], donor: int, doc: Doc, at: int) -> int | None:
    """The event told last before sentence `at`, without figures, that can carry deaths."""
    lethal = lethal_codes()
    best: tuple[int, int] | None = None
    for i, event in enumerate(events):
        start = _sentence_of(doc, event, "code")
        if i == donor or start is None or start >= at or event.modality != "occurred":
            continue
        if event.code not in lethal or event.fatalities is not None:
            continue
        if event.confidence < events[donor].confidence:
            continue
        if best is None or start > best[0]:
            best = (start, i)
    return best[1] if best is not None else None


def give_back_casualties(events: list[Event], doc: Doc) -> list[Event]:
    """Casualties told in a sentence that points back at an event go to that event."""
    out = list(events)
    for i, event in enumerate(out):
        at = _sentence_of(doc, event, "fatalities")
        if event.modality != "occurred" or event.fatalities is None or at is None:
            continue
        sent = doc[at].sent
        if not _points_back(sent):
            continue
        host = _host(out, i, doc, at)
        if host is None:
            continue
        moved = tuple(ev for ev in event.evidence if ev.field in ("fatalities", "injuries"))
        target = out[host]
        out[host] = dataclasses.replace(
            target,
            fatalities=event.fatalities,
            injuries=target.injuries if target.injuries is not None else event.injuries,
            evidence=(*target.evidence, *moved),
        )
        kept = tuple(ev for ev in event.evidence if ev not in moved)
        out[i] = dataclasses.replace(event, fatalities=None, injuries=None, evidence=kept)
    return out


__all__ = ["add_later_casualties", "give_back_casualties"]
