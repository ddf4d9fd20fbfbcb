"""Sources whose accounts of an event's casualties cannot both hold.

"Shelling hit a market, killing at least seven civilians, the governor said. Russia's defence
ministry said it struck a deployment point of Ukrainian troops and killed about 40 soldiers":
neither source denies the strike, yet they tell two different events, and the event is
contested. The rule, for a one-sided violent event (not a clash, where each side counts its
own or the other's losses), over the asserting claims of two independent claimants
(`claims.independent`: different parties, neither speaking for the other, not relayed by
one outlet):

- **different victims**: one of them is the doer's own account (its content names the
  speaker as the one who acted: "its forces had struck", "we hit"), and the dead (or, with
  no dead named, the wounded) of one account are all civilians and those of the other all
  combatants ("seven civilians" against "40 soldiers"). A figure that names no kind of
  victim ("nine dead", "12 people") agrees with either; two sources of the side that was
  hit naming different victims ("four civilians", "two soldiers") tell of different
  victims of one strike, not of two versions of it.
- **tolls that cannot both hold**: each account gives one figure of the same kind (killed,
  or wounded) of victims of no different kind, and the ranges the figures allow do not meet.
  A number is its own range ("killed 12" is 12); "at least 7", "more than 7" and a vague
  count ("dozens" = 12) have no upper end; "up to 10" and "nearly 10" no lower end; "about
  40" (about, around, some, roughly, an estimated) is 40 less or more a quarter (30 to 50);
  "between 5 and 7" is 5 to 7. So "killed 12" and "killed 3" cannot both hold, "at least
  seven" and "nine" can, and "about 40" and "nine" cannot.

A figure said to add to another ("two soldiers were also killed", "another three died") or to
update a toll ("the toll rose to 12", "revised the toll to 20") contradicts nothing. A
headline is left out where the body's claims bear on the event (`claims.without_headline`).

Lexicons: `data/accounts.toml`; the qualifiers and vague counts of `data/figures.toml`.
"""

from __future__ import annotations

import functools
import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..claims import independent, without_headline
from ..claims.lexicon import get_lexicon
from ..nlp import doc_text
from ..records import Attribution, Claim, Quantity, Span
from .figures import find_figures
from .lexicon import load_toml
from .owned import SELF

if TYPE_CHECKING:
    from spacy.tokens import Doc
    from spacy.tokens import Span as SpacySpan

    from .assemble import Draft

#: How far "about N" reaches either side of N, as a share of N.
APPROXIMATION = 0.25
CIVILIAN, COMBATANT = "civilian", "combatant"


@dataclass(frozen=True)
class _Words:
    civilians: frozenset[str]
    combatants: frozenset[str]
    additive: frozenset[str]
    rising: frozenset[str]
    approx: tuple[tuple[str, ...], ...]
    vague: frozenset[str]


@functools.cache
def _words() -> _Words:
    data, figures = load_toml("accounts.toml"), load_toml("figures.toml")

    def words(values: Sequence[str]) -> frozenset[str]:
        return frozenset(str(v).lower() for v in values)

    return _Words(
        words(data["victims"]["civilians"]), words(data["victims"]["combatants"]),
        words(data["figures"]["additive"]), words(data["figures"]["rising"]),
        tuple(tuple(str(p).split()) for p in figures["qualifiers"]["approx"]),
        frozenset(w for phrase in figures["vague"] for w in str(phrase).split()
                  if w not in ("a", "of")),
    )


@dataclass(frozen=True)
class _Figure:
    kind: str  # "fatalities" or "injuries"
    low: float
    high: float
    victims: str | None  # CIVILIAN, COMBATANT or None when the words name no kind


@dataclass(frozen=True)
class Account:
    """What one claim says of an event's casualties."""

    claim: Claim
    figures: tuple[_Figure, ...]
    counts: bool  # False when its figures add to or update another one
    own: bool  # the speaker names itself as the one who acted ("its forces struck")


def conflicting_accounts(doc: Doc, d: Draft, by_span: Mapping[Span, Attribution]) -> bool:
    """Do two independent claimants of the event give casualty accounts that cannot both
    hold (the module's rule)?"""
    claims = [c for c in without_headline(d.claims, doc_text(doc))
              if c.stance == "asserts" and c.claimant]
    accounts = [a for c in claims if (a := _account(doc, c, by_span)) is not None]
    return any(_incompatible(a, b) and independent(a.claim, b.claim)
               for i, a in enumerate(accounts) for b in accounts[i + 1 :])


def _account(doc: Doc, claim: Claim, by_span: Mapping[Span, Attribution]) -> Account | None:
    att = by_span.get(claim.span)
    content = None if att is None else doc.char_span(*att.content_span,
                                                     alignment_mode="expand")
    if content is None or not len(content):
        return None
    found = tuple(_figure(doc, q) for q in find_figures(content).casualties)
    if not found:
        return None
    words = _words()
    additive = any(t.lower_ in words.additive for t in content)
    return Account(claim, found, counts=not additive and not _updates(content),
                   own=_own_act(content))


def _own_act(content: SpacySpan) -> bool:
    """Does the content name its speaker as the doer of a verb in it: "it had struck", "its
    forces hit", "we destroyed"?"""
    return any(t.dep_ in ("nsubj", "agent") and (t.lower_ in SELF or any(
        c.dep_ == "poss" and c.lower_ in SELF for c in t.children)) and t.head.pos_ == "VERB"
        for t in content)


def _updates(content: SpacySpan) -> bool:
    """Does the content tell of a toll that grew ("the toll rose to 12", "revised the
    toll to 20")?"""
    words, lex = _words(), get_lexicon()
    for tok in content:
        if tok.lemma_.lower() not in words.rising or tok.pos_ != "VERB":
            continue
        if any(c.dep_ == "prep" and c.lower_ == "to" for c in tok.children) or any(
                c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.lower() in lex.tolls | lex.counts
                for c in tok.children):
            return True
    return False


def _figure(doc: Doc, q: Quantity) -> _Figure:
    span = doc.char_span(*q.span, alignment_mode="expand")
    tokens = list(span) if span is not None else []
    words = _words()
    keys = {k for t in tokens for k in (t.lower_, t.lemma_.lower())}
    civil, armed = bool(keys & words.civilians), bool(keys & words.combatants)
    victims = CIVILIAN if civil and not armed else COMBATANT if armed and not civil else None
    low, high = _bounds(q, [t.lower_ for t in tokens])
    return _Figure(q.kind, low, high, victims)


def _bounds(q: Quantity, lowered: list[str]) -> tuple[float, float]:
    """The range a stated figure allows (the module's rule)."""
    value = q.value if q.value is not None else (q.low if q.low is not None else 0.0)
    if q.low is not None and q.high is not None:
        return q.low, q.high
    if q.low is not None:
        return q.low, math.inf
    if q.high is not None:
        return 0.0, q.high
    words = _words()
    if not any(w[:1].isdigit() for w in lowered) and set(lowered) & words.vague:
        return value, math.inf  # "dozens": at least the count the words mean
    if any(_phrase_in(lowered, p) for p in words.approx):
        return value * (1 - APPROXIMATION), value * (1 + APPROXIMATION)
    return value, value


def _phrase_in(words: list[str], phrase: tuple[str, ...]) -> bool:
    n = len(phrase)
    return any(tuple(words[i : i + n]) == phrase for i in range(len(words) - n + 1))


def _incompatible(a: Account, b: Account) -> bool:
    if (a.own or b.own) and _victims(a) and _victims(b) and _victims(a) != _victims(b):
        return True
    if not (a.counts and b.counts):
        return False
    for kind in ("fatalities", "injuries"):
        mine = [f for f in a.figures if f.kind == kind]
        theirs = [f for f in b.figures if f.kind == kind]
        if len(mine) != 1 or len(theirs) != 1:
            continue
        x, y = mine[0], theirs[0]
        if x.victims and y.victims and x.victims != y.victims:
            continue
        if x.high < y.low or y.high < x.low:
            return True
    return False


def _victims(account: Account) -> str | None:
    """The one kind of victim an account names for its dead (else for its wounded), or
    None when it names none or both."""
    for kind in ("fatalities", "injuries"):
        named = {f.victims for f in account.figures if f.kind == kind}
        if named:
            known = named - {None}
            return known.pop() if len(known) == 1 and None not in named else None
    return None
