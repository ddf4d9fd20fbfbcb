"""Stance: does the source assert the content, deny it, or hedge it?"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ..records import Stance
from .lexicon import CueLexicon, get_lexicon
from .spans import Found
from .unverified import CHECKING


def _negated(tok: Token) -> bool:
    """ "did not confirm", and "without reporting any damage" (a cue under "without")."""
    return any(c.dep_ == "neg" for c in tok.children) or (
        tok.dep_ == "pcomp" and tok.head.lower_ == "without")


def _governed_by_hedge(tok: Token, lex: CueLexicon) -> bool:
    """ "stopped short of claiming", "declined to confirm", "refused to say", "was unable to
    confirm", "was not able to confirm"."""
    cur = tok
    for _ in range(4):
        if cur.head.i == cur.i:
            return False
        cur = cur.head
        if cur.lemma_.lower() in lex.unable:
            return True  # "AFP was unable to confirm the figures"
        if cur.lemma_.lower() == "able" and (_negated(cur) or _negated(cur.head)):
            return True  # "Wire was not able to confirm the account"
        if cur.pos_ == "VERB":
            return cur.lemma_.lower() in lex.hedge_governors
    return False


def _raised(cue: Token, lex: CueLexicon) -> bool:
    """ "the footage appeared to show a fire", "images seemed to confirm the hit": a cue that is
    the infinitive of a raising verb is how the thing looks, not what it says."""
    return cue.dep_ == "xcomp" and cue.head.lemma_.lower() in lex.raising_verbs


def _unconfirmed_by_source(doc: Doc, item: Found, lex: CueLexicon) -> bool:
    """ "officials said they could not confirm the strike", "said he was unable to verify the
    toll", "said the report could not be verified": the main clause of the content is a verb
    of checking that is negated, or the infinitive of "unable" or "(not) able"."""
    lo, hi = item.content
    for tok in doc[lo : hi + 1]:
        if tok.lemma_.lower() not in CHECKING:
            continue
        path = [tok]
        while path[-1].dep_ in ("xcomp", "acomp") and lo <= path[-1].head.i <= hi:
            path.append(path[-1].head)
        top = path[-1]
        if lo <= top.head.i <= hi and top.head.i not in (top.i, item.cue_head):
            # a checking verb down in the content: "said the report, not yet confirmed" (the
            # cue inside its content is no such verb: "which the UN said it could not verify")
            continue
        if any(_negated(t) or t.lemma_.lower() in lex.unable for t in path):
            return True
    return False


def _hedging_governor(doc: Doc, cue: Token, item: Found, lex: CueLexicon) -> bool:
    """ "declined to confirm the losses": a hedging verb whose content is a verb of saying."""
    if cue.lemma_.lower() not in lex.hedge_governors:
        return False
    return any(c.dep_ in ("xcomp", "pcomp") and (
        c.lemma_.lower() in lex.cue_verbs or _gives_word(c))
        and item.content[0] <= c.i <= item.content[1] for c in cue.children)


#: What one gives when one speaks: "declined to give details", "refused to provide figures".
_SAID_THINGS = frozenset({"detail", "comment", "information", "figure", "number", "name",
                          "explanation", "confirmation", "account", "statement", "update"})


def _gives_word(verb: Token) -> bool:
    return any(c.dep_ == "dobj" and c.lemma_.lower() in _SAID_THINGS for c in verb.children)


def _hedged_content(doc: Doc, item: Found, lex: CueLexicon) -> bool:
    for tok in doc[item.content[0] : item.content[1] + 1]:
        lemma = tok.lemma_.lower()
        if tok.lower_ in lex.hedge_adverbs or lemma in lex.hedge_adjectives:
            return True
        if lemma in lex.raising_verbs and any(c.dep_ == "xcomp" for c in tok.children):
            return True
    return False


def _undecided(cue: Token, lex: CueLexicon) -> bool:
    """A denial not made: "did not deny", "could neither confirm nor deny", "refused to
    confirm or deny" (but "did not comment but denied" denies)."""
    if _negated(cue) or _governed_by_hedge(cue, lex):
        return True
    if cue.dep_ != "conj":
        return False
    first = cue.head
    marks = {c.lower_ for c in first.children if c.dep_ in ("cc", "preconj")}
    if marks & {"neither", "nor"}:
        return True
    return "or" in marks and (_negated(first) or _governed_by_hedge(first, lex))


def unmade(verb: Token) -> bool:
    """Is the verb of a claim or a denial one not made: "neither confirmed nor denied
    involvement", "stopped short of blaming Tehran", "declined to claim the attack"?"""
    return _undecided(verb, get_lexicon())


def _called_false(doc: Doc, item: Found, lex: CueLexicon) -> bool:
    """ "said reports of casualties were untrue", "called the claims a lie", "dismissed the
    report as fake": a noun or adjective of falsity said of a claim noun of the content."""
    cue = doc[item.cue_head]
    for tok in cue.sent:  # the content, or a second object of the cue beside it
        if not (item.content[0] <= tok.i <= item.content[1] or tok.head.i == cue.i):
            continue
        if tok.pos_ in ("ADJ", "NOUN") and tok.lemma_.lower() in lex.falsity \
                and not _negated(tok) and not _negated(tok.head) and _said_of_claim(tok, lex):
            return True
    return False


def _said_of_claim(word: Token, lex: CueLexicon) -> bool:
    """Is `word` predicated of a claim noun: its subject ("the reports were untrue"), the
    object it describes ("called the claims a lie", "dismissed the report as fake") or the
    noun it stands beside ("the claims, a lie")?"""
    def is_claim(tok: Token) -> bool:
        return tok.pos_ == "NOUN" and tok.lemma_.lower() in lex.statement_nouns

    while word.dep_ == "conj" and word.head.i != word.i:  # "unfounded and false"
        word = word.head
    head = word.head
    if head.lower_ == "as":
        return any(c.dep_ == "dobj" and is_claim(c) for c in head.head.children)
    if word.dep_ == "appos":
        return is_claim(head)
    if word.dep_ in ("acomp", "attr"):
        return any(c.dep_ in ("nsubj", "nsubjpass") and is_claim(c) for c in head.children)
    if word.dep_ in ("oprd", "ccomp", "xcomp"):
        return any(c.dep_ in ("dobj", "nsubj") and is_claim(c) for c in word.children) \
            or any(c.dep_ == "dobj" and is_claim(c) for c in head.children)
    if word.dep_ == "dobj":  # "branded the allegations a provocation": two objects
        return any(c.dep_ == "dobj" and c.i < word.i and is_claim(c) for c in head.children)
    return False


def stance_of(doc: Doc, item: Found, lex: CueLexicon) -> Stance:
    cue = doc[item.cue_head]
    lemma = cue.lemma_.lower()
    if item.kind == "noun" and lemma in lex.deny_nouns:
        return "denies"
    if lemma in lex.deny_verbs:
        return "hedges" if _undecided(cue, lex) else "denies"
    if _negated(cue) or _governed_by_hedge(cue, lex) or lemma in lex.hedge_verbs \
            or _hedging_governor(doc, cue, item, lex) or _raised(cue, lex):
        return "hedges"
    if any(c.lower_ in lex.hedge_adverbs for c in cue.children):
        return "hedges"
    if _hedged_content(doc, item, lex) or _unconfirmed_by_source(doc, item, lex):
        return "hedges"
    if _called_false(doc, item, lex):
        return "denies"
    return "asserts"
