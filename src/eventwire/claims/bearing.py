"""How what a statement says bears on an event told beside it, beyond the stance of its cue.

A statement asserted in plain words may still dispute the event, or be about something else:

- "the vessel was not hit", "there was no hit", "no such strike took place": the act itself
  is denied; the statement contests the event as a denial does.
- "there was no damage", "no one was hurt", "the ship was unharmed": only what the act did
  is denied. An attack that did no harm still took place, so the statement does not contest
  the event; nor does it confirm it (the speaker says nothing of the act), so it neither
  asserts nor denies the event: it counts as a hedge.
- "there would be no attack", "its jets will not strike": an act said not to come. Nothing
  that happened is called untrue, so the statement does not contest a strike another party
  announced; it disputes the plan, so it does not back it either: a hedge.
- "police said they had arrested three suspects in connection with the attack": the
  statement tells of a step taken after the event (an arrest, an inquiry, a funeral), which
  is an event of its own; it does not bear on the event it names in passing.

The line between the act and a detail: the act is what the claimant says happened (the
strike, the hit, the attack, its taking place); a detail is what followed from it (damage,
casualties, a target left whole). A statement that denies the act denies the claim; one that
denies a detail leaves the claim standing and only fails to back it.

Lexicon: `data/bearing.toml`.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import Literal

from spacy.tokens import Doc, Token

from ..records import Span
from .lexicon import read_data

Reading = Literal["denies", "hedges", "apart"]


@dataclass(frozen=True)
class _Words:
    acts: frozenset[str]
    act_nouns: frozenset[str]
    occurrence: frozenset[str]
    outcomes: frozenset[str]
    outcome_verbs: frozenset[str]
    intact: frozenset[str]
    nobody: frozenset[str]
    sequel_verbs: frozenset[str]
    sequel_nouns: frozenset[str]


@functools.cache
def _words() -> _Words:
    data = read_data("bearing.toml", "claims bearing lexicon")
    counters, sequels = data["counters"], data["sequels"]

    def words(table: dict[str, list[str]], key: str) -> frozenset[str]:
        return frozenset(str(w).lower() for w in table[key])

    return _Words(
        words(counters, "acts"), words(counters, "act_nouns"), words(counters, "occurrence"),
        words(counters, "outcomes"), words(counters, "outcome_verbs"),
        words(counters, "intact"), words(counters, "nobody"),
        words(sequels, "verbs"), words(sequels, "nouns"),
    )


def reading(doc: Doc, content: Span, about: Span | None) -> Reading | None:
    """How a statement whose content is the characters `content` bears on the event whose
    trigger word is `about`: "denies" when its content denies the act, "hedges" when every
    clause of it denies only what the act did or one says an act will not come (a forecast
    or a pledge about what has not happened: it disputes a strike another party announced
    without saying anything that happened is untrue, so it does not contest it), "apart"
    when its main clause tells of a step taken after the event (and the event is not that
    step), None when it bears as its stance says."""
    clauses = _content_clauses(doc, content)
    if not clauses:
        return None
    words = _words()
    kinds = [_kind(c, words) for c in clauses]
    if "act" in kinds and "done" not in kinds:  # "hit the depot but did not strike the
        return "denies"  # hospital": one act told as done, another denied, is no denial
    if all(k == "outcome" for k in kinds) or "forecast" in kinds and "done" not in kinds:
        return "hedges"
    main = clauses[0]
    if about is not None and _sequel(main, words) and not about[0] <= main.idx < about[1]:
        return "apart"  # the arrest event itself keeps the statement
    return None


def answers_act(doc: Doc, content: Span, told: Span) -> bool:
    """Does a statement whose content is the characters `content` deny an act told in the
    characters `told` (the sentence before it): its content denies an act (`reading`), naming
    no one and nothing it was done to ("there was no hit", "no such strike took place"), or
    only what the sentence names ("the tanker had not been struck" after "struck the
    tanker")? "The drones did not hit the power plant" after "drones hit Kyiv" denies a
    detail of where, not the strike."""
    before = doc.char_span(told[0], told[1], alignment_mode="expand")
    if before is None or reading(doc, content, None) != "denies":
        return False
    words = _words()
    named = {t.lemma_.lower() for t in before if t.pos_ in ("NOUN", "PROPN")}
    for head in _content_clauses(doc, content):
        if _kind(head, words) != "act":
            continue
        nouns = [c for c in head.children if c.dep_ in ("nsubj", "nsubjpass", "dobj")
                 and c.pos_ in ("NOUN", "PROPN") and c.lemma_.lower() not in words.act_nouns
                 and not (c.lower_ == "place" and head.lemma_.lower() == "take")]
        if all(n.lemma_.lower() in named for n in nouns):
            return True
    return False


#: Determiners by which a noun of the act points back at one just told ("the strike").
_POINTING = frozenset({"the", "this", "that", "such"})


def denial_of_act(doc: Doc, content: Span, told: Span, about: Span | None) -> bool:
    """Does a denial whose content is the characters `content` deny the act told in the
    characters `told` (the sentence before it), whose trigger word is `about`: its content
    names the same act, by the verb of the trigger ("denied bombing it" after "bombed a
    school"; with no trigger, of an act the sentence tells), done to nothing or only to
    what that sentence names, or by a noun of the act pointing back at it ("denied the
    strike", "denied carrying out the attack")? "Denied using banned munitions" names
    another act."""
    before = doc.char_span(told[0], told[1], alignment_mode="expand")
    if before is None:
        return False
    words = _words()
    trigger = None if about is None else doc.char_span(about[0], about[1],
                                                       alignment_mode="expand")
    told_acts = {t.lemma_.lower() for t in trigger} if trigger is not None else {
        t.lemma_.lower() for t in before if t.pos_ == "VERB" and t.lemma_.lower() in words.acts}
    named = {t.lemma_.lower() for t in before if t.pos_ in ("NOUN", "PROPN")}
    for head in _content_clauses(doc, content):
        if _pointing_act(head, words):
            return True
        if head.lemma_.lower() not in told_acts or _negated(head):
            continue
        if any(_pointing_act(c, words) for c in head.children if c.dep_ == "dobj"):
            return True
        things = [c for c in head.children if c.dep_ in ("dobj", "nsubjpass")]
        if all(t.pos_ == "PRON" or t.lemma_.lower() in named for t in things):
            return True
    return False


def _pointing_act(noun: Token, words: _Words) -> bool:
    """ "the strike", "this attack": a noun of the act pointing back at one told."""
    return noun.pos_ == "NOUN" and noun.lemma_.lower() in words.act_nouns and any(
        c.dep_ == "det" and c.lower_ in _POINTING for c in noun.children)


def _content_clauses(doc: Doc, content: Span) -> list[Token]:
    """The heads of the clauses of the content at the characters `content`."""
    span = doc.char_span(content[0], content[1], alignment_mode="expand")
    if span is None:
        return []
    return _clauses([t for t in span if not span.start <= t.head.i < span.end
                     or t.head.i == t.i])


def _clauses(roots: list[Token]) -> list[Token]:
    """The heads of the content's clauses: its roots and the clauses joined to them by "and" or
    "but" ("there were no casualties and the ship was unharmed")."""
    out: list[Token] = []
    for root in roots:
        if root.is_punct or root.pos_ in ("CCONJ", "SCONJ", "ADP"):
            continue
        out.append(root)
        out.extend(c for c in root.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX"))
    return out


def _negated(tok: Token) -> bool:
    return any(c.dep_ == "neg" for c in tok.children)


def _no(noun: Token) -> bool:
    """A noun after "no" ("no damage", "no such strike")."""
    return any(c.dep_ == "det" and c.lower_ == "no" for c in noun.children)


def _subjects(verb: Token) -> list[Token]:
    return [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]


def _nobody(verb: Token, words: _Words) -> bool:
    """Is the verb said of no one: "nobody was hurt", "no one was killed", "none died"?"""
    for subject in _subjects(verb):
        if subject.lower_ in words.nobody or _no(subject):
            return True
        if subject.lower_ == "one" and subject.i > 0 and subject.doc[subject.i - 1].lower_ == "no":
            return True
    return False


def _kind(head: Token, words: _Words) -> str | None:
    """ "act" when the clause (or noun phrase) headed by `head` denies the act, "outcome" when
    it denies only what the act did, "done" when it tells of an act as done, "forecast" when
    with a modal it says an act will or would not come ("there would be no attack", "its
    jets will not strike"), else None."""
    if any(c.dep_ == "aux" and c.tag_ == "MD" for c in head.children):
        # no word on what happened; an act said not to come casts doubt on one announced
        return "forecast" if _plain_kind(head, words) == "act" else None
    return _plain_kind(head, words)


def _plain_kind(head: Token, words: _Words) -> str | None:
    """`_kind` of a clause read without its modal."""
    lemma = head.lemma_.lower()
    if head.pos_ in ("NOUN", "PROPN"):  # "reports no damage", "no such strike"
        if _no(head):
            return "act" if lemma in words.act_nouns else \
                "outcome" if lemma in words.outcomes else None
        return None
    denied = _negated(head) or _nobody(head, words)
    if lemma in words.acts and head.pos_ == "VERB":
        return "act" if _negated(head) else "done"
    if lemma in words.occurrence and (denied or any(
            _no(s) and s.lemma_.lower() in words.act_nouns for s in _subjects(head))) \
            and (lemma != "take" or any(c.lower_ == "place" for c in head.children)):
        return "act"
    nouns = [c for c in head.children if c.dep_ in ("attr", "dobj") and _no(c)]
    if any(n.lemma_.lower() in words.act_nouns for n in nouns) and lemma == "be":
        return "act"  # "there was no hit"
    if any(s.lemma_.lower() in words.act_nouns for s in _subjects(head)):
        return None  # "the strike caused no casualties": the act is told as done
    if lemma in words.outcome_verbs and denied:
        return "outcome"
    if any(n.lemma_.lower() in words.outcomes for n in nouns):
        return "outcome"  # "there were no casualties", "the ship suffered no damage"
    if lemma in ("be", "remain") and not _negated(head) and any(
            c.dep_ == "acomp" and c.lemma_.lower() in words.intact for c in head.children):
        return "outcome"
    return None


def _sequel(head: Token, words: _Words) -> bool:
    """Is the clause a step taken after an event: a verb of one ("arrested three suspects"), or
    a verb whose object is a noun of one ("opened an investigation")?"""
    if head.lemma_.lower() in words.sequel_verbs and head.pos_ == "VERB":
        return True
    return any(c.dep_ == "dobj" and c.lemma_.lower() in words.sequel_nouns
               for c in head.children)
