"""Events told apart in one sentence: "Russian drones struck Kharkiv, while Ukrainian drones
hit an oil depot in Belgorod" tells two strikes, by two sides, in two places. Triggers in
joined clauses that each name a doer of their own and a place of their own are combined
(merged, absorbed, deduplicated) apart; everything else in a sentence is combined together, as
one event told in several words ("gunmen stormed the village and killed five", "rebels
attacked the post and soldiers fought back").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .participants import stranded_subject
from .trigger import Trigger

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

#: Links by which one clause is joined to another as a clause of its own.
JOINED_CLAUSES = frozenset({"conj", "advcl", "parataxis"})
#: Entity labels of names that are no place (the tagger's place labels are not trusted alone:
#: it reads many a town as a person, "struck Kharkiv", "near Gao").
NOT_PLACE_LABELS = frozenset({"ORG", "NORP", "DATE", "TIME", "CARDINAL", "ORDINAL"})
#: How far up the parse a trigger's clause is looked for.
MAX_STEPS = 6


def clause_groups(found: list[Trigger], doc: Doc) -> list[list[Trigger]]:
    """`found` split into groups of triggers told in clauses independent of one another; one
    group when the sentence tells one event."""
    if len(found) < 2:
        return [found]
    groups: list[tuple[Token, list[Trigger]]] = []
    for trig in found:
        clause = _clause_of(doc[trig.head])
        home = next((g for g in groups if not _independent(g[0], clause)), None)
        if home is None:
            groups.append((clause, [trig]))
        else:
            home[1].append(trig)
    return [members for _, members in groups]


def _clause_of(tok: Token) -> Token:
    """The verb of the clause `tok` is told in: the nearest verb above it with a subject of
    its own (or the sentence's root)."""
    for _ in range(MAX_STEPS):
        if tok.pos_ in ("VERB", "AUX") and _subject(tok) is not None:
            return tok
        if tok.dep_ == "ROOT" or tok.head.i == tok.i:
            return tok
        tok = tok.head
    return tok


def _subject(verb: Token) -> Token | None:
    own = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return own or stranded_subject(verb)


def _independent(a: Token, b: Token) -> bool:
    """Do clauses `a` and `b` tell two events: one joined to the other, each with a subject
    that is a noun of its own words and a place of its own, neither the other's?"""
    if a.i == b.i:
        return False
    first, second = (a, b) if a.i < b.i else (b, a)
    if second.dep_ not in JOINED_CLAUSES or second.head.i != first.i:
        return False
    doers = [_subject(first), _subject(second)]
    if any(d is None or d.pos_ == "PRON" for d in doers):
        return False  # "they killed five": the same doer told again
    words = [_words(d) for d in doers if d is not None]
    if words[0] == words[1]:
        return False
    places = [_places(first, exclude=second), _places(second, exclude=None)]
    return all(places) and not places[0] & places[1]


def _words(tok: Token) -> str:
    return " ".join(w.lower_ for w in tok.subtree if w.pos_ != "DET")


def _places(clause: Token, exclude: Token | None) -> set[str]:
    """The names in `clause`'s own words (less the clause `exclude` joined to it) that may be
    places: proper nouns the clause's verb or a preposition takes, not its subject's."""
    skip = set() if exclude is None else {w.i for w in exclude.subtree}
    subject = _subject(clause)
    if subject is not None:
        skip |= {w.i for w in subject.subtree}
    return {w.lower_ for w in clause.subtree
            if w.i not in skip and w.pos_ == "PROPN" and w.ent_type_ not in NOT_PLACE_LABELS
            and w.dep_ in ("dobj", "pobj", "compound", "appos")}


def other_clauses(tok: Token) -> set[int]:
    """Indices of the words of the clauses joined to `tok`'s clause, or that it is joined to,
    that have a doer of their own ("Russian drones struck Kharkiv, while Ukrainian drones hit
    an oil depot": the depot is the second strike's, not the first's)."""
    clause = _clause_of(tok)
    own = _subject(clause)
    out: set[int] = set()
    if own is None:
        return out
    for child in clause.children:
        if child.dep_ in JOINED_CLAUSES and child.pos_ in ("VERB", "AUX") and \
                _other_doer(own, child):
            out |= {w.i for w in child.subtree}
    if clause.dep_ in JOINED_CLAUSES and _other_doer(own, clause.head):
        # the clause this one is joined to, less this one
        mine = {w.i for w in clause.subtree}
        out |= {w.i for w in clause.head.subtree if w.i not in mine}
    return out


def _other_doer(own: Token, clause: Token) -> bool:
    theirs = _subject(clause)
    return theirs is not None and _words(theirs) != _words(own)
