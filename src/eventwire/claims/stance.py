"""Stance: does the source assert the content, deny it, or hedge it?"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ..records import Stance
from .lexicon import CueLexicon
from .spans import Found


def _negated(tok: Token) -> bool:
    return any(c.dep_ == "neg" for c in tok.children)


def _governed_by_hedge(tok: Token, lex: CueLexicon) -> bool:
    """ "stopped short of claiming", "declined to confirm", "refused to say"."""
    cur = tok
    for _ in range(4):
        if cur.head.i == cur.i:
            return False
        cur = cur.head
        if cur.pos_ == "VERB":
            return cur.lemma_.lower() in lex.hedge_governors
    return False


def _hedging_governor(doc: Doc, cue: Token, item: Found, lex: CueLexicon) -> bool:
    """ "declined to confirm the losses": a hedging verb whose content is a verb of saying."""
    if cue.lemma_.lower() not in lex.hedge_governors:
        return False
    return any(c.dep_ in ("xcomp", "pcomp") and c.lemma_.lower() in lex.cue_verbs
               and item.content[0] <= c.i <= item.content[1] for c in cue.children)


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
    confirm or deny"."""
    first = cue.head if cue.dep_ == "conj" else cue  # "confirm or deny": the first verb's
    if _negated(cue) or _negated(first) or _governed_by_hedge(first, lex):
        return True
    return cue.dep_ == "conj" and any(c.lower_ in ("neither", "nor") for c in cue.head.children)


#: Dependencies of a word that modifies a noun rather than saying something of it ("a wrong
#: turn", "fake accounts").
_MODIFIERS = frozenset({"amod", "compound", "nmod", "advmod"})
_ARGUMENTS = frozenset({"nsubj", "nsubjpass", "dobj"})


def _called_false(doc: Doc, item: Found, lex: CueLexicon) -> bool:
    """ "said reports of casualties were untrue", "branded the allegations a provocation",
    "dismissed the report as fake": a word calling a claim noun of the content false."""
    for tok in doc[item.content[0] : item.content[1] + 1]:
        if (tok.lemma_.lower() in lex.falsity or tok.lower_ in lex.falsity) \
                and tok.dep_ not in _MODIFIERS and not _negated(tok) and not _negated(tok.head) \
                and _said_of_claim(tok, item, lex):
            return True
    return False


def _said_of_claim(word: Token, item: Found, lex: CueLexicon) -> bool:
    """Is `word` said of a claim noun: one above it, or the subject or object of a word
    above it (up to three steps, inside the content)?"""
    def is_claim(tok: Token) -> bool:
        return tok.pos_ == "NOUN" and tok.lemma_.lower() in lex.statement_nouns \
            and item.content[0] <= tok.i <= item.content[1]

    for step, above in enumerate(word.ancestors):
        if step == 3:
            break
        if is_claim(above) or any(c.dep_ in _ARGUMENTS and is_claim(c) for c in above.children):
            return True
    return False


def stance_of(doc: Doc, item: Found, lex: CueLexicon) -> Stance:
    cue = doc[item.cue_head]
    lemma = cue.lemma_.lower()
    if item.kind == "noun" and lemma in lex.deny_nouns:
        return "denies"
    if lemma in lex.deny_verbs:
        return "hedges" if _undecided(cue, lex) else "denies"
    if _negated(cue) or _governed_by_hedge(cue, lex) or lemma in lex.hedge_verbs \
            or _hedging_governor(doc, cue, item, lex):
        return "hedges"
    if any(c.lower_ in lex.hedge_adverbs for c in cue.children):
        return "hedges"
    if _hedged_content(doc, item, lex):
        return "hedges"
    if _called_false(doc, item, lex):
        return "denies"
    return "asserts"
