"""Events told apart in one sentence: "Russian drones struck Kharkiv, while Ukrainian drones
hit an oil depot in Belgorod" tells two strikes, by two sides, in two places. Triggers in
joined clauses that each name a doer of their own and a place of their own are combined
(merged, absorbed, deduplicated) apart; everything else in a sentence is combined together, as
one event told in several words ("gunmen stormed the village and killed five", "rebels
attacked the post and soldiers fought back").
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from ..records import Quantity, overlaps
from .figures import Figures
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
    """Does `clause` have a doer other than `own`? The subject of a passive ("and nine people
    were killed", "two soldiers were killed when rebels attacked") is who it befell."""
    theirs = _subject(clause)
    return theirs is not None and theirs.dep_ != "nsubjpass" and _words(theirs) != _words(own)


def own_figures(figures: Figures, tok: Token) -> Figures:
    """The sentence's figures less those told in a clause told apart from `tok`'s (a doer and
    a place of its own): "Israeli strikes hit south Lebanon, killing four people, after
    Hezbollah fired rockets at northern Israel" gives the rockets no dead; "police clashed with
    the Taliban after the Taliban attacked a post, killing 17" is one event and keeps them."""
    others = _independent_clauses(tok)
    if not others:
        return figures
    doc = tok.doc
    spans = [(doc[i].idx, doc[i].idx + len(doc[i].text)) for i in sorted(others)]

    def mine(span: tuple[int, int]) -> bool:
        return not any(overlaps(span, s) for s in spans)

    casualties = tuple(q for q in figures.casualties if mine(q.span))
    if len(casualties) == len(figures.casualties) and all(
            mine(q.span) for q in figures.quantities):
        return figures
    return replace(
        figures,
        fatalities=_count(figures, casualties, "fatalities"),
        injuries=_count(figures, casualties, "injuries"),
        quantities=tuple(q for q in figures.quantities if mine(q.span)),
        evidence=tuple(e for e in figures.evidence if mine(e.span)),
        casualties=casualties,
    )


def _independent_clauses(tok: Token) -> set[int]:
    """Indices of the words of the clauses told apart from `tok`'s (`_independent`, each with
    a doer of its own, not a passive's subject, and a place of its own)."""
    clause = _clause_of(tok)
    out: set[int] = set()
    for child in clause.children:
        if child.dep_ in JOINED_CLAUSES and _independent(clause, child) \
                and _doers(clause, child):
            out |= {w.i for w in child.subtree}
    if clause.dep_ in JOINED_CLAUSES and _independent(clause.head, clause) \
            and _doers(clause.head, clause):
        mine = {w.i for w in clause.subtree}
        out |= {w.i for w in clause.head.subtree if w.i not in mine}
    return out


def _doers(*clauses: Token) -> bool:
    """Do the clauses each tell what a doer did? Those of passives ("an adolescent was shot
    dead and two children were wounded") tell whom one attack befell."""
    return all((subject := _subject(c)) is not None and subject.dep_ != "nsubjpass"
               for c in clauses)


def _count(figures: Figures, kept: tuple[Quantity, ...], kind: str) -> int | None:
    """The count of `kind` from the casualty figures kept: unchanged when none was dropped,
    the largest kept otherwise (coordinated figures of two clauses are rare)."""
    stated = [q for q in figures.casualties if q.kind == kind]
    left = [q for q in kept if q.kind == kind]
    if len(left) == len(stated):
        return figures.fatalities if kind == "fatalities" else figures.injuries
    values = [q.value if q.value is not None else q.low for q in left]
    return max((int(v) for v in values if v is not None), default=None)
