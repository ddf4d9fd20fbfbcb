"""The events stage: detect the events a report describes, type them into the 30 codes with
modality and confidence, and fill their arguments (actors, target, places, date, figures,
claims)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..nlp import doc_text
from ..records import DocumentContext, Event
from .assemble import find_events as _assembled_events
from .crowdnames import name_crowds
from .tallies import apply_tally
from .totals import add_later_casualties, give_back_casualties

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = ["find_events"]


def find_events(doc: Doc, context: DocumentContext) -> list[Event]:
    """Every event the report describes, in text order, with the victims later sentences add
    to it; a note's coded fatality tally, where it has one, goes to its main event; the crowd
    of a riot is rioters, of a protest protesters."""
    events = give_back_casualties(add_later_casualties(_assembled_events(doc, context), doc), doc)
    events = name_crowds(events)
    return apply_tally(events, doc_text(doc))
