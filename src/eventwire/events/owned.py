"""Claims of responsibility made in reported speech: "the group said it carried out the
ambush", "Al Shabaab said it had targeted the officials", "the militia said its fighters
were behind the attack".

ACLED codes a non-state armed group's claim of an attack in whatever words it comes (not only
"claimed responsibility"): the group becomes the attack's actor where the report names no
other, and the claim is noted as the source of that attribution. So a statement whose speaker
is such a group, and whose content says that the group itself (a pronoun, "its fighters")
did a violent event of the sentence, is a claim of responsibility (an ATTRIB event) as
"claimed responsibility" is. A state force's account of its own operations ("the army said it
struck militant positions") is the ordinary source of the event, which ACLED codes with that
force as actor without treating it as a claim: it makes no ATTRIB event here.
"""

from __future__ import annotations

import functools
from collections.abc import Iterator
from typing import TYPE_CHECKING

from .actorlexicon import ActorMention
from .arguments import VIOLENT_CODES, normalise_actor
from .lexicon import load_toml
from .participants import subject_of
from .trigger import Trigger

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

#: The trigger term of such a claim (the speaker claims the event as its own).
TERM = "say it carried out"
#: Pronouns by which the content names the speaker itself ("it", "its fighters").
SELF = frozenset({"it", "its", "we", "our", "they", "their"})
#: Auxiliaries of what is not reported as done ("said it would strike again").
_NOT_DONE = frozenset({"will", "would", "could", "may", "might", "should", "can", "shall",
                       "must"})
@functools.cache
def _saying() -> frozenset[str]:
    return frozenset(load_toml("triggers.toml")["codes"]["ATTRIB"]["own_saying"])


@functools.cache
def _warding() -> frozenset[str]:
    return frozenset(load_toml("triggers.toml")["codes"]["ATTRIB"]["own_warding"])


@functools.cache
def _doing() -> frozenset[str]:
    return frozenset(load_toml("triggers.toml")["codes"]["ATTRIB"]["own_doing"])


def owned_claims(sent: Span, found: list[Trigger]) -> list[Trigger]:
    """An ATTRIB trigger on each verb of saying in `sent` whose speaker claims a violent event
    of `found` as its own."""
    out: list[Trigger] = []
    violent = [t for t in found if t.code in VIOLENT_CODES and t.relation is None]
    if not violent:
        return out
    prior = float(load_toml("triggers.toml")["codes"]["ATTRIB"]["confidence"])
    for verb in sent:
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in _saying() \
                or not _group_speaker(sent, verb):
            continue
        for clause in _contents(verb):
            if clause.lemma_.lower() in _warding():
                continue  # "said its fighters had repelled an attack": not its own attack
            acts = _acts(clause)
            if _claims_itself(clause) and any(_names(t, acts) for t in violent):
                out.append(Trigger("ATTRIB", verb.i, verb.i + 1, verb.i, TERM, "explicit",
                                   prior))
                break
    return out


def _group_speaker(sent: Span, verb: Token) -> bool:
    """A speaker named by a noun (not a pronoun) who is no state force."""
    subject = subject_of(verb)
    if subject is None or subject.pos_ == "PRON":
        return False
    found = normalise_actor(sent.doc, subject, "ATTRIB", None)
    return found is None or found.actor.kind != "state"


def speaker(doc: Doc, verb: Token) -> ActorMention | None:
    """The actor the speaker of such a claim names ("Al Shabaab said it ..."), if the
    lexicons know it ("the group said" names none)."""
    subject = subject_of(verb)
    return None if subject is None else normalise_actor(doc, subject, "ATTRIB", None)


def _contents(verb: Token) -> Iterator[Token]:
    """The clauses said: "said (that) it ...", and the quotation before "the group said"."""
    for child in verb.children:
        if child.dep_ in ("ccomp", "parataxis") and child.pos_ in ("VERB", "AUX"):
            yield child


def _claims_itself(clause: Token) -> bool:
    """Is the clause's subject the speaker itself ("it", "we", "its fighters"), the act told
    as done (not negated, not to come)?"""
    kids = list(clause.children)
    if any(c.dep_ == "neg" or c.lower_ in _NOT_DONE for c in kids):
        return False
    subject = next((c for c in kids if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None:
        return False
    return subject.lower_ in SELF or any(
        c.dep_ == "poss" and c.lower_ in SELF for c in subject.children)


def _acts(clause: Token) -> set[int]:
    """The words that name what the clause's subject did: the verb itself ("it had shelled
    army positions"), or the object of a verb of doing ("carried out the ambush", "was behind
    the bombing", "was responsible for the raid"); not a word that only describes something
    ("they received 30 wounded people")."""
    acts = {clause.i}
    if clause.lemma_.lower() not in _doing():
        return acts
    for child in clause.children:
        if child.dep_ == "dobj":
            acts.add(child.i)
        heads = [child] if child.dep_ == "prep" else \
            [c for c in child.children if c.dep_ == "prep"] if child.dep_ == "acomp" else []
        acts.update(o.i for h in heads for o in h.children if o.dep_ == "pobj")
    return acts


def _names(trig: Trigger, acts: set[int]) -> bool:
    """Is one of the trigger's words (its own, or one folded into it) among `acts`?"""
    spans = ((trig.head, trig.head + 1), *trig.also)
    return any(i in acts for start, end in spans for i in range(start, end))
