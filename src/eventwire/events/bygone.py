"""Past events named as background: "the bombing of Dresden in 1945", "the 2006 war killed more
than 1,000 people", "in 2018, bandits abducted 40 pupils". A report mentions such an event to
give the history of what it reports; it is no event of the report, and dating it by the report
would put it in the wrong decade. An event word is of that past when a date naming a year at
least `YEARS_BACK` years before publication is its own: a modifier of the word or of its
subject, or the object of its "in"/"on"/"during" phrase ("in 1945", "on March 3, 2019").
A "since" phrase in a comparison ("the deadliest attack since the siege of 2019") names the
past event compared with: neither its date nor its event word is the reported event's.
"""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING

from .lexicon import load_toml, word_set

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

#: How many calendar years before publication a year must be to make its event history.
YEARS_BACK = 2
#: Prepositions whose object dates the event they are attached to.
DATING_PREPS = frozenset({"in", "on", "during"})
#: Dependency labels by which a date modifies a noun ("the 2006 war", "the 1982 siege").
MODIFIERS = frozenset({"nummod", "compound", "amod", "npadvmod"})
YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")


def long_past(sent: Span, head: Token, published: str | None) -> bool:
    """Is the event at `head` dated by its own words to a year long before `published`?"""
    if not published or not published[:4].isdigit():
        return False
    limit = int(published[:4]) - YEARS_BACK
    for ent in sent.ents:
        years = [int(y) for y in YEAR.findall(ent.text)]
        if ent.label_ == "DATE" and years and max(years) <= limit and _dates(ent.root, head):
            return True
    return False


def _dates(root: Token, head: Token) -> bool:
    """Does the date headed by `root` date the event word `head` ("in 1945" after it, "the
    2006 war" as its subject, "the 1945 bombing")?"""
    owner = root.head
    if root.dep_ == "pobj" and owner.lower_ in DATING_PREPS:
        owner = owner.head
        while owner.dep_ == "pobj" and owner.head.lower_ == "of" and owner.head.head.i != owner.i:
            owner = owner.head.head  # "the bombing of Dresden in 1945"
    elif root.dep_ not in MODIFIERS:
        return False
    if owner.i == head.i:
        return True
    return owner.head.i == head.i and owner.dep_ in ("nsubj", "nsubjpass") \
        and root.dep_ in MODIFIERS


@functools.cache
def _ranks() -> frozenset[str]:
    return word_set(load_toml("document.toml")["comparison"]["ranks"])


def compared_since(tok: Token) -> bool:
    """Is `tok` (a date) inside a "since" phrase that ranks an event against the past ("the
    deadliest in the region since the siege of 2019", "the first attack since March 2021")?
    A running period ("killed 20 people since Sunday") is no comparison."""
    node = tok
    while node.head.i != node.i and node.lower_ != "since":
        node = node.head
    if node.lower_ != "since" or node.dep_ != "prep":
        return False
    ranked = node.head
    words = [ranked, *(c for c in ranked.children if c.dep_ == "amod")]
    return any(w.tag_ in ("JJS", "RBS") or w.lower_ in _ranks() for w in words)
