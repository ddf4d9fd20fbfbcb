"""Cues that are not verbs of saying: "according to X", "citing X" (a relayed claimant or a
reason given), statement nouns ("Moscow's claim that ...") and the relative clause that sums a
statement up ("..., a claim that Kyiv denies")."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Token

from .lexicon import CueLexicon
from .spans import Found, longest_run, minus, noun_phrase, overlaps, range_of, trim
from .speakers import RELATIVE, can_speak, subject_of


def according_to(tok: Token) -> Found | None:
    to = [c for c in tok.children if c.lower_ == "to"]
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    if not to and nxt is not None and nxt.lower_ == "to":
        to = [nxt]
    if not to:
        return None
    pobjs = [c for c in to[0].children if c.dep_ == "pobj"]
    if not pobjs:
        return None
    source = noun_phrase(pobjs[0], speaker=True)
    sent = tok.sent
    phrase = list(tok.subtree) + list(to[0].subtree)
    citing = [t for t in sent if t.lower_ == "citing" and t.head in (tok.head, tok, pobjs[0])]
    rest = minus(sent, phrase, *(c.subtree for c in citing), pobjs[0].subtree)
    content = longest_run(rest)
    if content is None:
        return None
    return Found("according", (tok.i, to[0].i), tok.i, source, pobjs[0].i, content)


def statement_noun(tok: Token) -> Found | None:
    """ "Moscow's claim that ...", "the claim by Kyiv that ..."."""
    clauses = [
        c for c in tok.children
        if c.dep_ in ("acl", "ccomp", "relcl")
        and any(g.lower_ == "that" and g.dep_ == "mark" for g in c.children)
    ]
    clauses += [  # "Moscow's claims about the strike"
        g for c in tok.children if c.dep_ == "prep" and c.lower_ in ("about", "on", "over")
        and c.i > tok.i for g in c.children if g.dep_ in ("pobj", "pcomp")
    ]
    owner = _statement_owner(tok)
    if owner is None or not clauses:
        return None
    source = trim(tok.doc, owner.left_edge.i, owner.right_edge.i, keep_quotes=False)
    # "Moscow's claim": the source span keeps the possessive mark, as annotators mark it; the
    # claimant (chains.py) is the name without it
    content = range_of(clauses[0].subtree)
    if content is None or source is None or overlaps(source, content):
        return None
    return Found("noun", (tok.i, tok.i), tok.i, source, owner.i, content)


def _statement_owner(tok: Token) -> Token | None:
    for child in tok.children:
        if child.dep_ == "poss":
            return child
    for child in tok.children:  # "a Kremlin claim that", "a New York Times report that"
        if child.dep_ == "compound" and child.i < tok.i and (
                child.pos_ == "PROPN" or child.ent_type_ in ("PERSON", "ORG", "GPE", "NORP")):
            return child
    for child in tok.children:
        if child.dep_ == "prep" and child.lower_ == "by" and child.i < tok.i + 3:
            objs = [g for g in child.children if g.dep_ == "pobj"]
            if objs:
                return objs[0]
    return None


def relative_clause_cue(tok: Token) -> Found | None:
    """ "..., a claim that Ukraine denies": the content is the clause the noun sums up."""
    noun = tok.head
    subject = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.lower_ in RELATIVE:
        return None
    gov = noun.head
    if noun.dep_ not in ("npadvmod", "appos", "attr", "dobj", "conj") or gov.i > noun.i:
        return None
    tokens = [t for t in gov.subtree if gov.i < t.i < noun.left_edge.i]
    content = range_of(tokens)
    if content is None:
        return None
    return Found("relative", (tok.i, tok.i), tok.i, noun_phrase(subject), subject.i, content)


def attach_citing(doc: Doc, item: Found) -> Found:
    """ "X reported, citing Y" / "According to X, citing Y": Y is the claimant X relays."""
    anchor = doc[item.cue_head]
    heads = {anchor.i, anchor.head.i} if item.kind == "according" else {anchor.i}
    for tok in doc[anchor.sent.start : anchor.sent.end]:
        if tok.lower_ != "citing" or tok.head.i not in heads:
            continue
        objs = [c for c in tok.children if c.dep_ in ("dobj", "pobj")]
        if objs:
            span = noun_phrase(objs[0], cut_relative=True)
            return replace(item, cited=objs[0].i, cited_span=span)
    return item


def standalone_citing(tok: Token, lex: CueLexicon) -> Found | None:
    objs = [c for c in tok.children if c.dep_ == "dobj"]
    if not objs:
        return None
    obj = objs[0]
    named = obj.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") or obj.pos_ == "PROPN"
    if not named and obj.lemma_.lower() not in lex.titles | {"source", "report", "official"}:
        return _citing_reason(tok, obj, lex)
    head = tok.head
    rest = minus(head.subtree, tok.subtree)
    content = range_of(rest)
    if content is None:
        return None
    return Found("citing", (tok.i, tok.i), tok.i, noun_phrase(obj), obj.i, content)


def _citing_reason(tok: Token, obj: Token, lex: CueLexicon) -> Found | None:
    """ "The ministry closed the crossing, citing security threats": what is cited is a reason
    the subject of the governing verb gives, so the subject is the source."""
    if tok.dep_ != "advcl":
        return None
    subject = subject_of(tok)
    if subject is None or not can_speak(subject, lex):
        return None
    content = range_of(obj.subtree)
    source = noun_phrase(subject, avoid=tok.i, speaker=True)
    if content is None or overlaps(source, content):
        return None
    return Found("verb", (tok.i, tok.i), tok.i, source, subject.i, content)
