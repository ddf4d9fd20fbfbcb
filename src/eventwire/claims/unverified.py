"""The writer's note that a claim could not be checked: "..., a figure that could not be
independently verified", "The claim could not be confirmed." Such a note names no source and
hedges the statement it sums up, which usually stands before it: in the clause the summing
noun is set off from by a comma, or in the sentence before one that opens with "the claim",
"these figures", or else in the note's own clause ("the strike could not be verified"). The
note's content is that statement, so it stays with the events it reports.

So is the note that a party gave no evidence ("It did not provide evidence for the claim",
"offered no proof that the clinic was used by fighters", "said ... but offered no proof",
"said ..., but did not provide evidence", "said it had downed 40 drones, without giving
evidence"): the party is its subject, but the writer is the one who qualifies what the party
claims."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from spacy.tokens import Doc, Token

from .lexicon import CueLexicon
from .spans import Found, Range, trim

KIND = "unsourced"
#: Verbs of checking whose negated agentless passive is the writer's note.
CHECKING = frozenset({"verify", "confirm", "corroborate", "substantiate", "authenticate"})
_RELATIVE = frozenset({"that", "which"})
_POINTING = frozenset({"the", "this", "these", "that", "those", "such"})
#: Determiners of a subject that point back at two accounts told before ("Neither claim
#: could be verified", "Both accounts could not be confirmed").
_BOTH = frozenset({"either", "neither", "both"})
#: Determiners of a subject that negate the clause they open ("Neither claim could be
#: verified", "No figure could be confirmed").
_NEGATING = frozenset({"neither", "no"})


def _negated(tok: Token) -> bool:
    return any(c.dep_ == "neg" or c.lower_ in ("never", "cannot") for c in tok.children)


def _negating(subject: Token) -> bool:
    return any(c.dep_ in ("det", "preconj") and c.lower_ in _NEGATING
               for c in subject.children)


def unverified(tok: Token, lex: CueLexicon) -> Found | None:
    """The note whose participle is `tok` ("verified" in "could not be verified")."""
    children = list(tok.children)
    if tok.tag_ != "VBN" or tok.lemma_.lower() not in CHECKING \
            or not any(c.dep_ == "auxpass" for c in children) \
            or any(c.dep_ == "agent" for c in children):
        return None
    subject = next((c for c in children if c.dep_ == "nsubjpass" and c.i < tok.i), None)
    if subject is None or not _negated(tok) and not _negating(subject):
        return None
    if subject.lower_ in _RELATIVE and tok.dep_ == "relcl":
        content = _summed_in_clause(tok.head, lex) or _said_before_which(subject)
    elif subject.lower_ in _RELATIVE:
        content = _said_before_which(subject)
    else:  # "the strike on the depot could not be verified": the clause itself
        content = _summed_before(subject, lex) \
            or trim(tok.doc, subject.left_edge.i, tok.right_edge.i)
    if content is None:
        return None
    cue_start = min([tok.i] + [c.i for c in children
                               if c.dep_ in ("aux", "auxpass", "neg", "advmod")
                               and subject.i < c.i < tok.i])
    return Found(KIND, (cue_start, tok.i), tok.i, (cue_start, tok.i), tok.i, content)


def _summed_in_clause(noun: Token, lex: CueLexicon) -> Range | None:
    """ "shot down 12 drones, a figure that ...": the largest phrase that ends at the comma
    before the summing noun (leaving the summing noun aside)."""
    doc = noun.doc
    first = noun.left_edge.i
    if noun.lemma_.lower() not in lex.summaries or first < 2 or doc[first - 1].text != ",":
        return None
    summing = {t.i for t in noun.subtree}
    phrase = doc[first - 2]
    for above in doc[first - 2].ancestors:
        if any(t.i >= first and t.i not in summing for t in above.subtree):
            break
        phrase = above
    return trim(doc, phrase.left_edge.i, first - 2)


def _said_before_which(subject: Token) -> Range | None:
    """ "..., activists said, which could not be independently verified": a comma-set
    "which" with no summing noun before it stands for all its sentence told before the
    comma."""
    doc = subject.doc
    comma = subject.i - 1
    if subject.lower_ != "which" or comma <= subject.sent.start or doc[comma].text != ",":
        return None
    return trim(doc, subject.sent.start, comma - 1)


def _summed_before(subject: Token, lex: CueLexicon) -> Range | None:
    """ "The claim could not be verified": the sentence before, which the claim sums up."""
    sent = subject.sent
    pointed = any(c.dep_ in ("det", "preconj") and c.lower_ in _POINTING | _BOTH
                  for c in subject.children)
    if subject.lemma_.lower() not in lex.summaries or not pointed \
            or subject.left_edge.i != sent.start or sent.start == 0:
        return None
    before = subject.doc[sent.start - 1].sent
    return trim(subject.doc, before.start, before.end - 1)


def no_evidence(doc: Doc, item: Found, items: Sequence[Found],
                withheld: frozenset[str]) -> Found | None:
    """`item` as the writer's note, when its cue says the source gave no evidence (a verb
    with an object of `withheld` nouns, negated or after "no"): the note has no source, and
    its content is the claim it qualifies: what follows the noun ("no proof that ..."), the
    sentence before when that only points back at it ("for the claim"), or the statement of
    the verb it is joined to ("said ... but offered no proof")."""
    cue = doc[item.cue_head]
    noun = next((c for c in cue.children if c.dep_ == "dobj"
                 and c.lemma_.lower() in withheld), None)
    if noun is None or not (_negated(cue) or any(
            c.dep_ == "det" and c.lower_ == "no" for c in noun.children)):
        return None
    content: Range | None = item.content
    span = item.cue
    if item.content[0] <= noun.i <= item.content[1]:  # "offered no proof": the noun itself
        told = _told(cue, items) if cue.dep_ == "conj" else None
        content = None if told is None else told.content
        span = (item.cue[0], max(item.cue[1], noun.i))  # the note reads "offered no proof"
    elif _points_back(doc, item.content):
        content = _sentence_before(doc, cue)
    if content is None:
        return None
    return Found(KIND, span, item.cue_head, span, item.cue_head, content)


def _told(verb: Token, items: Sequence[Found]) -> Found | None:
    """The statement a verb joined by "but" or "and" qualifies: that of the verb it is joined
    to ("said ... but offered no proof"), or, as the parser often hangs it on the clause
    said, the statement whose content that clause is ("said the rebels had fired on the
    convoy but offered no proof")."""
    head = verb.head
    for item in items:
        if item.cue_head == head.i or head.dep_ == "ccomp" and item.cue_head == head.head.i \
                and item.content[0] <= head.i <= item.content[1]:
            return item
    return None


def coordinated_no_evidence(doc: Doc, items: Sequence[Found], withheld: frozenset[str],
                            giving: frozenset[str]) -> list[Found]:
    """ "Hamas said the army had shelled the camp, but did not provide evidence": a verb of
    `giving` joined to a statement's verb, with no subject of its own (it shares the
    speaker's) and no statement of its own, that says no `withheld` evidence was given, is
    the writer's note on that statement. A content that ran on over the note loses it; each
    note is added with the statement's content."""
    out = list(items)
    taken = {item.cue_head for item in items}
    for verb in doc:
        if verb.dep_ != "conj" or verb.i in taken or verb.lemma_.lower() not in giving \
                or any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children):
            continue
        noun = next((c for c in verb.children if c.dep_ == "dobj"
                     and c.lemma_.lower() in withheld), None)
        told = _told(verb, [i for i in out if i.kind != KIND])
        if noun is None or told is None or noun.right_edge.i != noun.i or not (
                _negated(verb) or any(c.dep_ == "det" and c.lower_ == "no"
                                      for c in noun.children)):
            continue
        content = _before_note(doc, told.content, verb)
        if content is None:
            continue
        start = min([verb.i] + [c.i for c in verb.children if c.dep_ in ("aux", "neg")
                                and c.i < verb.i])
        out[out.index(told)] = replace(told, content=content)
        out.append(Found(KIND, (start, noun.i), verb.i, (start, noun.i), verb.i, content))
    return sorted(out, key=lambda item: item.cue[0])


def _before_note(doc: Doc, content: Range, verb: Token) -> Range | None:
    """The content without the note of `verb` and its "but" / "and", when it ran on over the
    note to its end ("... had executed the prisoners but did not present proof")."""
    if content[1] < verb.i:
        return content
    if verb.right_edge.i < content[1] - 1:
        return None  # the note stands inside what was said, not after it
    cut = min([verb.left_edge.i] + [c.i for c in verb.head.children
                                    if c.dep_ in ("cc", "punct") and c.i < verb.i
                                    and c.i > verb.head.i])
    return trim(doc, content[0], cut - 1)


def _points_back(doc: Doc, content: Range) -> bool:
    """Is the content only a noun pointing back at a claim ("the claim", "its assertion")?"""
    words = doc[content[0] : content[1] + 1]
    return 2 <= len(words) <= 3 and words[0].lower_ in _POINTING | {"its", "their"}


def _sentence_before(doc: Doc, cue: Token) -> Range | None:
    sent = cue.sent
    if sent.start == 0:
        return None
    before = doc[sent.start - 1].sent
    return trim(doc, before.start, before.end - 1)


def without_evidence(doc: Doc, items: Sequence[Found], withheld: frozenset[str],
                     giving: frozenset[str]) -> list[Found]:
    """ "The ministry said it had downed 40 drones, without giving evidence": a phrase closing
    a statement's content, after a comma, that says no evidence was given (a verb of
    `giving` with a `withheld` noun) is the writer's note on the statement, no part of what
    was said. Each such statement loses the phrase, and the note is added after it."""
    out: list[Found] = []
    for item in items:
        note = _closing_without(doc, item, withheld, giving)
        if note is None:
            out.append(item)
            continue
        content = trim(doc, item.content[0], note[0] - 1)
        if content is None:
            out.append(item)
            continue
        out.append(replace(item, content=content))
        out.append(Found(KIND, note, note[0], note, note[0], content))
    return out


def _closing_without(doc: Doc, item: Found, withheld: frozenset[str],
                     giving: frozenset[str]) -> tuple[int, int] | None:
    """The tokens of ", without giving evidence" closing the item's content, from "without"
    to the noun."""
    lo, hi = item.content
    for tok in doc[lo + 1 : hi + 1]:
        if tok.lower_ != "without" or doc[tok.i - 1].text != "," or tok.right_edge.i < hi - 1:
            continue  # only a phrase that closes the content: the noun is about the whole
        verb = next((c for c in tok.children if c.dep_ == "pcomp"
                     and c.lemma_.lower() in giving), None)
        noun = None if verb is None else next(
            (c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in withheld), None)
        if noun is not None:
            return (tok.i, noun.i)
    return None


def accounts_unchecked(doc: Doc, cue: tuple[int, int], answered: frozenset[str]) -> int:
    """How many accounts told before a note that they could not be checked points back at,
    the note's cue at char span `cue`: 2 (several) for "either account", "neither claim",
    "both reports" or a plural ("the claims could not be verified"), 1 for one ("AFP could
    not confirm the toll"), 0 when the sentence checks no account pointed back at. The
    account noun (one of `answered`) is the object or passive subject of a verb of
    checking."""
    span = doc.char_span(cue[0], cue[1], alignment_mode="expand")
    if span is None:
        return 0
    for noun in span.sent:
        if noun.pos_ != "NOUN" or noun.lemma_.lower() not in answered \
                or noun.dep_ not in ("dobj", "nsubjpass") \
                or noun.head.lemma_.lower() not in CHECKING:
            continue
        marks = {c.lower_ for c in noun.children if c.dep_ in ("det", "preconj", "poss")}
        if marks & _BOTH or noun.tag_ == "NNS" and marks & _POINTING:
            return 2
        if marks & (_POINTING | {"its", "their", "his", "her"}):
            return 1
    return 0


def sources_before_notes(doc: Doc, items: Sequence[Found],
                         notes: Sequence[Found]) -> list[Found]:
    """ "..., according to a local official, which could not be verified": a source that ran
    on over the writer's note set off by a comma stops before that comma (the note is about
    the statement, not part of who made it)."""
    out: list[Found] = []
    for item in items:
        start, end = item.source
        for note in notes:
            if note.kind != KIND or not start < note.cue[0] <= end:
                continue
            comma = next((t.i for t in reversed(doc[start : note.cue[0]]) if t.text == ","),
                         None)
            cut = None if comma is None else trim(doc, start, comma - 1)
            if cut is not None:
                start, end = cut
        out.append(item if (start, end) == item.source else replace(item, source=(start, end)))
    return out
