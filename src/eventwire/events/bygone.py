"""Past events named as background: "the bombing of Dresden in 1945", "the 2006 war killed more
than 1,000 people", "in 2018, bandits abducted 40 pupils". A report mentions such an event to
give the history of what it reports; it is no event of the report, and dating it by the report
would put it in the wrong decade. An event word is of that past when a date long before
publication is its own: a modifier of the word or of its subject, or the object of its
"in"/"on"/"during" phrase ("in 1945", "on March 3, 2019"). Long before: a year alone ("in 2022",
"in early 2025": a report dates its own events by the day or the month) before the publication's
year, a month a year or more before publication's, another date two calendar years before it.
A date on the verb dates its subject and object too ("In 2021, a car bomb in the square killed 30
people": the bomb), and the verbs joined to it ("in 2019 militants stormed the prison and
freed 200 inmates").
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

#: How many calendar years before publication the year of a date with a day but no month name
#: ("on 3/4/2019") must be to make its event history.
YEARS_BACK = 2
#: Dependency labels of a verb's arguments that its date dates too (the subject "a strike" of
#: "In 2022, a strike killed ..."), and of verbs joined to it.
ARGUMENTS = frozenset({"nsubj", "nsubjpass", "dobj", "obj", "conj"})
#: Prepositions whose object dates the event they are attached to.
DATING_PREPS = frozenset({"in", "on", "during"})
#: Dependency labels by which a date modifies a noun ("the 2006 war", "the 1982 siege").
MODIFIERS = frozenset({"nummod", "compound", "amod", "npadvmod"})
YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")
#: Month names and their usual abbreviations, in calendar order.
MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
MONTH = re.compile(r"\b(january|february|march|april|may|june|july|august|september|october|"
                   r"november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\b",
                   re.IGNORECASE)
#: A day's number: a date finer than a year.
DAY = re.compile(r"\b\d{1,2}(st|nd|rd|th)?\b", re.IGNORECASE)
#: How many months before publication a month must be to make its event history ("in March
#: 2025" in a report of November 2026; "on December 28, 2025" in one of January 2026 is news).
MONTHS_BACK = 12


def long_past(sent: Span, head: Token, published: str | None, *, lead: bool = False) -> bool:
    """Is the event at `head` dated by its own words to a time long before `published`? In the
    lead, which tells the report's own event, only a date `YEARS_BACK` years back is."""
    if not published or not published[:4].isdigit():
        return False
    return any(ent.label_ == "DATE" and _too_old(ent.text, published, strict=lead)
               and _dates(ent.root, head) for ent in sent.ents)


def _too_old(text: str, published: str, *, strict: bool = False) -> bool:
    """Does a date expression name a time long enough before `published` to be history: a year
    alone before the publication's, a month `MONTHS_BACK` months before it, another date
    `YEARS_BACK` calendar years before it? `strict`: any date `YEARS_BACK` years before (a
    lead's "On 29 April 2019" in a report of April 2020 is a slip of the year)."""
    years = [int(y) for y in YEAR.findall(text)]
    if not years:
        return False
    year, pub_year = max(years), int(published[:4])
    if strict:
        return year <= pub_year - YEARS_BACK
    rest = YEAR.sub("", text)
    months = MONTH.findall(rest)
    pub_month = published[5:7]
    if months and pub_month.isdigit():
        month = MONTHS.index(months[-1].lower()[:3]) + 1
        return (pub_year - year) * 12 + int(pub_month) - month >= MONTHS_BACK
    if months or DAY.search(rest):
        return year <= pub_year - YEARS_BACK
    return year < pub_year


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
    if root.dep_ in MODIFIERS:
        return owner.head.i == head.i and owner.dep_ in ("nsubj", "nsubjpass")
    return owner.pos_ in ("VERB", "AUX") and _argument_of(head, owner)


def _argument_of(head: Token, verb: Token) -> bool:
    """Is `head` the subject or object of `verb`, or a verb joined to it ("stormed the prison
    and freed 200 inmates")?"""
    node = head
    while node.dep_ == "conj" and node.head.i != verb.i and node.head.i != node.i:
        node = node.head  # "a strike and a raid killed ...": the first of the pair
    return node.head.i == verb.i and node.dep_ in ARGUMENTS


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
