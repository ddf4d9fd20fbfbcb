"""Stories within one report: a wire report often tells several incidents in turn ("Separately,
drones hit a power station in the north", "Elsewhere, a roadside bomb killed two soldiers").
An event of one story is never the referent, the restatement or the source of the perpetrator
of an event of another.

A story starts at a sentence that opens with a cue of a different incident (the
`distinct.openers` of document.toml). Within a story, an attack that names no perpetrator takes
the one of the attack before it only while the report is still telling that attack: in the
same paragraph, in the very next sentence (one-sentence wire paragraphs), or a few sentences on
in the same country (an attack that took a perpetrator so passes it on); and only when both are
of one kind of delivery (a perpetrator of air strikes or shelling is no reason to name the one
of a roadside bomb).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .document import opens_other_story
from .placing import country_of_places
from .trigger import DELIVERY, REMOTE_CODES

if TYPE_CHECKING:
    from spacy.tokens import Span

    from .actorlexicon import ActorMention
    from .assemble import Draft

#: How many sentences on an attack may still take the perpetrator of the one before it, in
#: another paragraph of the same country.
CARRY_WINDOW = 3


def story_numbers(spans: list[Span]) -> list[int]:
    """For each sentence, the number of the story it belongs to (0 for the report's own)."""
    out: list[int] = []
    story = 0
    for span in spans:
        if out and opens_other_story(span.text):
            story += 1
        out.append(story)
    return out


def inherit_actors(drafts: list[Draft]) -> None:
    """An attack from a distance that names no perpetrator is carried out by whoever carried
    out the attack the report told just before it (see the module's doc)."""
    last: Draft | None = None
    for d in drafts:
        if d.code not in REMOTE_CODES or d.modality != "occurred":
            continue
        if d.actor1 is None and d.trigger.relation is None:
            d.actor1 = _carried(last, d)
        if d.actor1 is not None and d.trigger.relation is None:
            last = d  # the story goes on through an attack that took its perpetrator too


def _carried(giver: Draft | None, d: Draft) -> ActorMention | None:
    if giver is None or giver.actor1 is None or giver.story != d.story:
        return None
    if DELIVERY.get(giver.code) != DELIVERY.get(d.code):
        return None
    gap = d.sent_index - giver.sent_index
    if giver.paragraph == d.paragraph or gap <= 1:
        return giver.actor1
    here = country_of_places(d.places)
    if gap <= CARRY_WINDOW and here is not None and here == country_of_places(giver.places):
        return giver.actor1
    return None
