"""Finding attributed statements on the dependency parse: who said (source), how (cue), what
(content). The shapes covered: a verb of saying with a clause, an object or an infinitive
("said that", "denied the claims", "urged residents to leave"), verbs of thought and intention
("believes that", "wants to"), attitude adjectives ("is confident that"), inverted, trailing and
parenthetical reporting ("..., he said", "..., experts say", "as the governor noted"), passives
with an agent ("was confirmed by the ministry"), records as sources ("footage shows"),
"according to X", "citing X", statement nouns ("Moscow's claim that ...", "a claim that Ukraine
denies") and direct quotes, whose content runs to the quote marks even across sentence
boundaries. Layout cues (colon, dash, title-case headline) live in `layout.py`.

Everything here works on token indices; `build.py` and `chains.py` turn the findings into
records.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from spacy.tokens import Doc, Token

from ..nlp import doc_text
from .layout import DASHES, colon, dash, headline
from .lexicon import CueLexicon
from .spans import (
    CLOSE,
    OPEN,
    QUOTE_CHARS,
    STRAIGHT,
    Found,
    Range,
    longest_run,
    minus,
    noun_phrase,
    overlaps,
    quote_regions,
    range_of,
    trim,
)

_SUBJECTS = frozenset({"nsubj"})
_CLIMB = frozenset({"xcomp", "advcl", "conj", "pcomp", "prep", "advmod", "acomp"})
_RELATIVE = frozenset({"who", "which", "that", "whom"})
_CONTENT_PREPS = frozenset({"of", "about", "on", "against", "over", "for"})
_CUE_LEFT = frozenset({"aux", "auxpass", "neg", "advmod"})
_OBJECT_PREPS = frozenset({"of", "for", "to", "over", "with", "about"})
_CUE_ADJUNCTS = frozenset({"npadvmod", "prep", "advmod", "prt"})


def find_raw(doc: Doc, lex: CueLexicon) -> list[Found]:
    """Every attribution the parse shows, nested ones trimmed and relays merged."""
    quotes = quote_regions(doc_text(doc))
    found: dict[int, Found] = {}
    consumed_citing: set[int] = set()
    for tok in doc:
        item = _match(tok, lex, quotes)
        if item is None or item.cue_head in found:
            continue
        item = _attach_citing(doc, item)
        if item.cited is not None:
            consumed_citing.update(t.i for t in doc[item.cited].ancestors if t.lemma_ == "cite")
        found[item.cue_head] = item
    for tok in doc:
        if tok.lower_ == "citing" and tok.i not in consumed_citing and tok.i not in found:
            item = _standalone_citing(tok, lex)
            if item is not None:
                found[tok.i] = item
    trimmed = [_trimmed(doc, f) for f in sorted(found.values(), key=lambda f: f.cue[0])]
    items = [f for f in trimmed if f is not None]
    items = _drop_governors(items)
    items = _drop_weak_nested(doc, items, lex)
    items = _drop_generic(doc, items, lex)
    items = _drop_quoted(doc, items, quotes)
    return _truncate_nested(doc, items)


def _trimmed(doc: Doc, item: Found) -> Found | None:
    start, end = _within_paragraph(doc, item)
    content = trim(doc, start, end)
    return None if content is None else replace(item, content=content)


def _within_paragraph(doc: Doc, item: Found) -> Range:
    """A content the parse ran across a line break (a headline glued to the first paragraph)
    stops at the break on the far side from the cue."""
    start, end = item.content
    breaks = [i for i in range(start, end + 1)
              if doc[i].is_space and "\n" in doc[i].text or "\n" in doc[i].whitespace_]
    if not breaks or doc[start].text in QUOTE_CHARS:
        return (start, end)
    if item.cue_head < start:
        return (start, breaks[0] if not doc[breaks[0]].is_space else breaks[0] - 1)
    if item.cue_head > end:
        return (breaks[-1] + 1, end)
    return (start, end)


def _match(tok: Token, lex: CueLexicon, quotes: Sequence[tuple[int, int]]) -> Found | None:
    lower = tok.lower_
    if lower == "according":
        return _according(tok)
    if tok.text == ":":
        return colon(tok, quotes)
    if tok.text in DASHES or tok.text[:1] in QUOTE_CHARS and tok.text[1:] in DASHES:
        return dash(tok, quotes)
    if tok.pos_ in ("NOUN", "PROPN") and lower in lex.headline_forms:
        found = _mistagged_verb(tok, lex)
        if found is not None:
            return found
    if tok.pos_ == "PROPN" and lower in lex.headline_forms and tok.text[:1].isupper():
        return headline(tok)
    if tok.dep_ == "acomp" and (tok.lemma_.lower() in lex.attitude_adjectives
                                or lower in lex.attitude_adjectives):
        return _attitude(tok)
    if tok.pos_ == "VERB" and tok.lemma_.lower() in lex.cue_verbs and lower != "citing":
        if tok.dep_ in ("acl", "relcl") and tok.head.lemma_.lower() in lex.statement_nouns:
            found = _relative(tok)
            if found is not None or tok.tag_ != "VBG":
                return found  # "a statement saying that ..." goes on as a verb
        return _verb(tok, lex, quotes)
    if tok.pos_ == "NOUN" and tok.lemma_.lower() in lex.statement_nouns:
        return _noun(tok)
    if tok.lemma_ == "put" and tok.pos_ == "VERB":
        return _put_it(tok, lex)
    return None


# --- subjects ------------------------------------------------------------------------------


def subject_of(verb: Token) -> Token | None:
    """The speaker: the verb's subject (a relative pronoun stays one: chains.py resolves it),
    the agent of a passive, or the subject of the verb it depends on ("he stopped short of
    claiming", "..., saying that")."""
    cur = verb
    for _ in range(5):
        subjects = [c for c in cur.children if c.dep_ in _SUBJECTS]
        if subjects:  # the nearest: a quote's own subject can hang off the cue
            return min(subjects, key=lambda c: abs(c.i - cur.i))
        for child in cur.children:
            if child.dep_ == "agent":
                objs = [g for g in child.children if g.dep_ == "pobj"]
                if objs:
                    return objs[0]
        if any(c.dep_ == "nsubjpass" for c in cur.children):
            return None
        if cur.dep_ == "acl" and cur.tag_ == "VBG" and cur.head.pos_ in ("NOUN", "PROPN", "PRON"):
            return cur.head  # "a statement announcing ...", "residents saying that ..."
        if cur.dep_ not in _CLIMB or cur.head is cur:
            return None
        cur = _misattached_conj(cur) or cur.head
    return None


def _misattached_conj(verb: Token) -> Token | None:
    """"X confirmed that A happened but denied that B": the parser often hangs the second
    reporting verb on the first one's complement; its speaker is still X, so climb to the
    verb that governs that complement."""
    head = verb.head
    if verb.dep_ == "conj" and head.dep_ == "ccomp" and head.head.pos_ == "VERB":
        return head.head
    return None


# --- content -------------------------------------------------------------------------------


def _clause(tok: Token, lex: CueLexicon) -> Range | None:
    """ "said that ...", and "A happened, but B followed, the police said" (all that precedes
    the speaker)."""
    children = list(tok.children)
    # a complement after the cue wins over one before it ("A struck B - officials said C")
    for child in sorted(children, key=lambda c: c.i < tok.i):
        if child.dep_ != "ccomp":
            continue
        if child.i < tok.i:
            speaker = [c.left_edge.i for c in children if c.dep_ == "nsubj" and c.i < tok.i]
            stop = min([tok.i, *speaker])
            if tok.sent.start < stop:
                return (tok.sent.start, stop - 1)
        return range_of(child.subtree)
    return None


def _clause_after_citing(tok: Token, lex: CueLexicon) -> Range | None:
    """ "reported, citing X, that ...": the parser hangs the clause off X."""
    for child in tok.children:
        if child.lower_ == "citing":
            for inner in child.subtree:
                if any(g.dep_ == "mark" and g.lower_ == "that" for g in inner.children):
                    return range_of(inner.subtree)
    return None


def _parenthetical(tok: Token, lex: CueLexicon) -> Range | None:
    """ "The dam, the governor said, was breached" / "..., the agency said, citing ..."."""
    if tok.dep_ == "parataxis" or (
        tok.dep_ == "ccomp" and tok.i > tok.head.i and _has_comma_between(tok.head, tok)
    ):
        rest = minus(tok.head.subtree, tok.subtree)
        return range_of(t for t in rest if not t.is_punct or t.text in QUOTE_CHARS)
    return None


def _bare_clause(tok: Token, lex: CueLexicon) -> Range | None:
    """ "said after the talks he would not accept" (a clause the parser took for adverbial)."""
    for child in tok.children:
        if (child.dep_ == "advcl" and child.i > tok.i
                and any(g.dep_ == "nsubj" for g in child.children)
                and not any((g.dep_ == "mark" or g.tag_ in ("WRB", "WDT")) and g.lower_ != "that"
                            for g in child.children)):
            return range_of(child.subtree)
    return None


def _infinitive(tok: Token, lex: CueLexicon) -> Range | None:
    """ "urged residents to stay indoors"."""
    xcomps = [c for c in tok.children if c.dep_ == "xcomp"]
    if tok.lemma_.lower() not in lex.xcomp_content or not xcomps:
        return None
    objs = [c for c in tok.children if c.dep_ in ("dobj", "dative") and c.i < xcomps[0].i]
    first = objs[0].left_edge.i if objs else xcomps[0].left_edge.i
    return (first, xcomps[0].right_edge.i)


def _gerund(tok: Token, lex: CueLexicon) -> Range | None:
    """ "denied targeting civilians", "proposed dropping the tax", "admitted firing": a
    gerund complement of a cue verb is what is said."""
    for child in tok.children:
        if child.dep_ in ("xcomp", "ccomp") and child.tag_ == "VBG" and child.i == tok.i + 1:
            return range_of(child.subtree)
    return None


def _objects(tok: Token) -> list[Token]:
    return [c for c in tok.children if c.dep_ == "dobj" and c.lower_ not in ("it", "so", "this")]


#: Objects that stand for what was said, after any verb of saying ("said much about the
#: talks", "has said the same thing", "said as much").
_SAID_OBJECTS = frozenset({"much", "same", "thing", "little", "nothing", "something",
                           "anything", "lot"})


def _characterisation(tok: Token, lex: CueLexicon) -> Range | None:
    """ "what officials called a civilian shelter", "which Moscow described as a target",
    "called the raid a provocation"."""
    children = list(tok.children)
    predicates = [c for c in children if c.dep_ == "oprd"]
    predicates += [g for c in children if c.dep_ == "prep" and c.lower_ == "as"
                   for g in c.children if g.dep_ == "pobj"]
    if not predicates:
        return None
    if any(c.dep_ == "dobj" and c.lower_ in _RELATIVE | {"what"} for c in children):
        return range_of(predicates[0].subtree)
    objs = _objects(tok)
    if objs:  # "called the raid a provocation", "described as 'reckless' the decision"
        pred = predicates[0]
        anchor = pred if pred.dep_ == "oprd" else pred.head
        return (min(objs[0].left_edge.i, anchor.i), max(objs[0].right_edge.i, pred.right_edge.i))
    return None


def _object(tok: Token, lex: CueLexicon) -> Range | None:
    """ "denied the claims", "accused the army of shelling the town"."""
    lemma = tok.lemma_.lower()
    objs = _objects(tok)
    if not objs:
        return None
    said = objs[0].lemma_.lower() in _SAID_OBJECTS
    if (lemma in lex.no_object and lemma not in lex.object_content and not said
            and not _evidence(tok, lex)):
        return None
    end = objs[0].right_edge.i
    for child in tok.children:
        if child.dep_ == "prep" and child.lower_ in _OBJECT_PREPS and child.i > objs[0].i:
            end = max(end, child.right_edge.i)
    return (objs[0].left_edge.i, end)


def _evidence(tok: Token, lex: CueLexicon) -> bool:
    """ "The study found 31 cases", "footage shows the tank": a document or a record as the
    subject of a verb of finding makes the object the content."""
    if tok.lemma_.lower() not in lex.evidence_verbs:
        return False
    return any(c.dep_ == "nsubj" and c.lemma_.lower() in lex.evidence_subjects
               for c in tok.children)


def _as_clause(tok: Token, lex: CueLexicon) -> Range | None:
    """ "As the governor noted, the bridge is closed": the clause the "as" phrase hangs on."""
    if tok.dep_ != "advcl" or not any(c.dep_ == "mark" and c.lower_ == "as" for c in
                                      tok.children):
        return None
    if any(c.dep_ in ("dobj", "ccomp") for c in tok.children):
        return None  # "as he told reporters" is fine; "as he said it" is not this shape
    rest = minus(tok.head.subtree, tok.subtree)
    return longest_run([t for t in rest if not t.is_punct or t.text in QUOTE_CHARS])


def _prepositional(tok: Token, lex: CueLexicon) -> Range | None:
    """ "warned of new attacks", "called for a ceasefire", "pointed to the losses"."""
    lemma = tok.lemma_.lower()
    if lemma not in lex.prep_content and lemma not in lex.to_content:
        return None
    preps = _CONTENT_PREPS | {"to"} if lemma in lex.to_content else _CONTENT_PREPS
    for child in tok.children:
        if child.dep_ == "prep" and child.lower_ in preps:
            pobjs = [g for g in child.children if g.dep_ in ("pobj", "pcomp")]
            if pobjs:
                return range_of(pobjs[0].subtree)
    return None


def _passive(tok: Token, lex: CueLexicon) -> Range | None:
    """ "The strike was confirmed by the ministry": the passive subject is the content when an
    agent names the source."""
    if not any(c.dep_ == "agent" for c in tok.children):
        return None
    subjects = [c for c in tok.children if c.dep_ == "nsubjpass"]
    if not subjects or subjects[0].lower_ in _RELATIVE | {"it", "what"}:
        return None
    return range_of(subjects[0].subtree)


def _trailing(tok: Token, lex: CueLexicon) -> Range | None:
    """ "Single mothers may not be covered, experts say." / "..., said the governor.": a cue
    closing its sentence after a comma; the content is all that precedes the comma."""
    doc, sent = tok.doc, tok.sent
    subject = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return None
    first, last = min(subject.left_edge.i, tok.i), max(subject.right_edge.i, tok.i)
    if any(not t.is_punct for t in doc[last + 1 : sent.end]):
        return None
    comma = first - 1
    if comma <= sent.start or doc[comma].text != ",":
        return None
    return trim(doc, sent.start, comma - 1)


def _told_that(tok: Token, lex: CueLexicon) -> Range | None:
    """ "told a meeting of leaders that few people understood ...": the parser hangs the
    "that" clause on the object as a relative clause; a "that" marking a clause (rather than
    standing in it as subject or object) shows it is the complement."""
    for obj in tok.children:
        if obj.dep_ not in ("dobj", "dative") or obj.i < tok.i:
            continue
        for inner in obj.subtree:
            if inner.dep_ == "relcl" and any(g.dep_ == "mark" and g.lower_ == "that"
                                             and g.i < inner.i for g in inner.children):
                return range_of(inner.subtree)
    return None


#: Content rules in order of trust: the first that finds something wins.
_CONTENT_RULES = (
    _clause, _passive, _told_that, _clause_after_citing, _parenthetical, _bare_clause, _infinitive,
    _gerund,
    _as_clause, _characterisation, _object, _prepositional, _trailing,
)


def _verb_content(tok: Token, lex: CueLexicon) -> Range | None:
    for rule in _CONTENT_RULES:
        found = rule(tok, lex)
        if found is not None:
            return found
    return None


def _has_comma_between(a: Token, b: Token) -> bool:
    lo, hi = sorted((a.i, b.i))
    return any(t.text in (",", CLOSE, STRAIGHT) for t in a.doc[lo:hi])


def _adjacent_quote(tok: Token, quotes: Sequence[tuple[int, int]]) -> tuple[int, int] | None:
    """A quotation that ends just before the cue's clause or starts just after the cue."""
    sent = tok.sent
    for qs, qe in quotes:
        if qe <= tok.idx and tok.idx - qe <= 60 and qs >= sent.start_char - 400:
            span = tok.doc.char_span(qe, tok.idx, alignment_mode="expand")
            between = [] if span is None else [t.text for t in span]
            # a full stop token ends a sentence; "Rep." or "D-Md." are single tokens
            if not any(t in (OPEN, STRAIGHT, ".", "!", "?") or t in QUOTE_CHARS and t != CLOSE
                       for t in between[1:]):
                return (qs, qe)
        if qs >= tok.idx + len(tok.text) and qs - tok.idx - len(tok.text) <= 3:
            return (qs, qe)
        if 0 <= qs - tok.idx - len(tok.text) <= 60 and _adjuncts_only(tok, qs):
            return (qs, qe)  # "joked of the museum, “...”", "recalled on Tuesday: “...”"
    return None


def _adjuncts_only(tok: Token, until: int) -> bool:
    """Are the words between the cue and char offset `until` only its own modifiers and
    punctuation (no verb, no sentence end, nothing the cue does not govern)?"""
    span = tok.doc.char_span(tok.idx + len(tok.text), until, alignment_mode="contract")
    if span is None:
        return False
    words = [t for t in span if not t.is_space]
    return bool(words) and words[-1].text in (",", ":") and all(
        t.text in (",", ":") or (t.pos_ not in ("VERB", "AUX") and not t.is_sent_start
                                 and any(a.i == tok.i for a in t.ancestors))
        for t in words
    )


# --- the shapes ----------------------------------------------------------------------------


def _clausal(tok: Token, content: tuple[int, int]) -> bool:
    """Is the content a clause or a quotation (rather than a bare object)?"""
    doc = tok.doc
    head = doc[content[0] : content[1] + 1].root
    quoted = doc[content[0]].text in QUOTE_CHARS or (
        content[0] > 0 and doc[content[0] - 1].text in QUOTE_CHARS)
    # a complement of the cue ("said, 'It's 3 a.m.'", "urged Congress to act"), whatever
    # the span's root
    complement = any(t.head.i == tok.i and t.dep_ in ("ccomp", "xcomp")
                     for t in doc[content[0] : content[1] + 1])
    return head.pos_ in ("VERB", "AUX") or quoted or complement


def _can_speak(subject: Token, lex: CueLexicon) -> bool:
    named = [c for c in subject.children if c.dep_ == "appos"]
    if any(_can_speak(c, lex) for c in named):
        return True  # "the partner, Anna Reed," / "the election, Ms. Reed," (a misparse)
    if subject.lower_ == "which":
        return _speaking_antecedent(subject, lex)
    if subject.pos_ in ("PROPN", "PRON") or subject.ent_type_ in ("PERSON", "ORG", "GPE", "NORP"):
        return subject.lower_ not in ("it", "this", "that", "which", "what")
    lemma = subject.lemma_.lower()
    if lemma in lex.speaker_nouns:
        return True
    # "a group of residents", "dozens of officials", "most of the voters"
    return any(g.dep_ == "pobj" and g.pos_ != "PRON" and _can_speak(g, lex)
               for c in subject.children if c.dep_ == "prep" and c.lower_ == "of"
               for g in c.children)


def _cuerange_of(tok: Token, lex: CueLexicon, content: tuple[int, int]) -> tuple[int, int]:
    """The cue verb with its auxiliaries, negation and adverbs just before it ("has also
    said", "did not confirm"), its particle and the preposition that opens the content
    ("pointed out", "called for")."""
    doc = tok.doc
    governor = tok
    while governor.dep_ == "xcomp" and governor.head.i < governor.i and governor.head.pos_ in (
        "VERB", "AUX"
    ) and not content[0] <= governor.head.i <= content[1]:
        governor = governor.head  # "seemed to suggest", "went on to explain"
    start = governor.i
    while start > 0 and doc[start - 1].head.i == governor.i and doc[start - 1].dep_ in _CUE_LEFT:
        start -= 1
    end = tok.i
    for child in tok.children:
        if child.i != end + 1 or child.i >= content[0] and child.i <= content[1]:
            continue
        particle = child.dep_ == "prt" and child.lower_ in lex.particles
        opener = child.dep_ == "prep" and child.lower_ in _CONTENT_PREPS and content[0] == end + 2
        if particle or opener:
            end = child.i
    return (start, _adjuncts_before(tok, end, content))


def _adjuncts_before(tok: Token, end: int, content: tuple[int, int]) -> int:
    """Widen the cue over the time and manner adjuncts between it and a content that follows
    ("said on Tuesday that", "said in a statement that", "described as")."""
    if content[0] <= end + 1:
        return end
    doc = tok.doc
    allowed = {
        t.i for c in tok.children if c.dep_ in _CUE_ADJUNCTS and end < c.i < content[0]
        for t in c.subtree
    }
    last = end
    for i in range(end + 1, content[0]):
        if doc[i].is_punct or i not in allowed:
            break
        last = i
    return last


def _verb(tok: Token, lex: CueLexicon, quotes: Sequence[tuple[int, int]]) -> Found | None:
    if tok.dep_ in ("amod", "compound", "nmod"):
        return None  # "the said person"
    lemma = tok.lemma_.lower()
    content = _verb_content(tok, lex)
    if lemma in lex.quote_only and content is not None and not _touches_quote(tok, content):
        content = None
    if content is None:
        quote = _adjacent_quote(tok, quotes)
        if quote is None:
            return None
        span = tok.doc.char_span(quote[0], quote[1], alignment_mode="expand")
        if span is None:
            return None
        content = (span.start, span.end - 1)
    subject = subject_of(tok)
    if subject is None or _in_quote(subject, quotes) and not _in_quote(tok, quotes):
        subject = _left_name(tok, lex)
    if subject is not None and subject.i == tok.head.i and tok.dep_ == "acl":
        subject = _statement_maker(subject, lex)
    if subject is None or subject.pos_ == "PRON" and subject.lower_ in ("what", "which") and (
            subject.lower_ == "what" or not _speaking_antecedent(subject, lex)):
        return None
    if lemma in lex.intent and not _can_speak(subject, lex):
        return None  # "the front seems to hold" is no attribution; "Kyiv wants to" is
    if not _clausal(tok, content) and not _can_speak(subject, lex) and not _evidence(tok, lex):
        return None  # "the incident highlights the risk"
    source = _left_run(tok, subject) or noun_phrase(subject, avoid=tok.i)
    if content[0] < tok.i < content[1] and tok.doc[content[0]].lower_ in _RELATIVE:
        content = (tok.i + 1, content[1])  # "which he said served as a warning"
    parenthetical = content[0] < tok.i < content[1]  # "X, he said, Y": the content wraps the cue
    if not parenthetical and overlaps(source, content):
        source = (subject.i, subject.i)
        if overlaps(source, content):
            return None
    cue = _cuerange_of(tok, lex, content)
    if overlaps(cue, source):
        cue = (tok.i, tok.i)
    return Found("verb", cue, tok.i, source, subject.i, content)


def _speaking_antecedent(relative: Token, lex: CueLexicon) -> bool:
    """ "the police department, which reported ...": "which" speaks for a body that can speak
    (the noun the relative clause hangs on, or the noun just before the pronoun)."""
    verb = relative.head
    if verb.dep_ == "relcl":
        return _can_speak(verb.head, lex)
    doc = relative.doc
    i = relative.i - 1
    if i >= 0 and doc[i].text == ",":
        i -= 1
    return i >= 0 and doc[i].pos_ in ("PROPN", "NOUN") and _can_speak(doc[i], lex)


def _statement_maker(noun: Token, lex: CueLexicon) -> Token:
    """ "The army posted a statement saying ...": the one who issued the statement speaks;
    other nouns ("residents saying ...") speak for themselves."""
    if noun.lemma_.lower() not in lex.statement_nouns or noun.dep_ not in ("dobj", "pobj"):
        return noun
    verb = noun.head if noun.dep_ == "dobj" else noun.head.head
    maker = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return noun if maker is None or maker.lower_ in _RELATIVE else maker


def _touches_quote(tok: Token, content: tuple[int, int]) -> bool:
    """Does the content start or end at a quotation mark (within a token of its edge)?"""
    doc = tok.doc
    edges = {content[0], content[0] + 1, content[1], content[1] - 1}
    return any(0 <= i < len(doc) and doc[i].text in QUOTE_CHARS for i in edges)


def _in_quote(tok: Token, quotes: Sequence[tuple[int, int]]) -> bool:
    return any(qs < tok.idx < qe for qs, qe in quotes)


def _left_name(tok: Token, lex: CueLexicon) -> Token | None:
    """The speaker when the parse gives the cue none: the name or speaker noun just before it
    ("..., Police Chief Anna Reed said Monday", misparsed as an object)."""
    doc = tok.doc
    i = tok.i - 1
    while i >= 0 and doc[i].head.i == tok.i and doc[i].dep_ in _CUE_LEFT:
        i -= 1
    if i < 0:
        return None
    cand = doc[i]
    if cand.text == "," and i > 0:
        return _apposed_name(doc[i - 1], tok, lex)
    if cand.pos_ == "PROPN" or cand.lemma_.lower() in lex.speaker_nouns and cand.pos_ == "NOUN":
        return cand
    return None


def _apposed_name(last: Token, cue: Token, lex: CueLexicon) -> Token | None:
    """ "..., Anna Reed, a police spokeswoman, said": the name a comma-set description just
    before the cue belongs to, when the parse hung the name elsewhere."""
    cur = last
    for _ in range(6):
        if cur.dep_ == "appos" and cur.head.i < cur.i:
            name = cur.head
            speaks = name.pos_ == "PROPN" or name.lemma_.lower() in lex.speaker_nouns
            return name if speaks and cue.i - name.i <= 30 else None
        if cur.head is cur or cur.head.i >= cue.i:
            return None
        cur = cur.head
    return None


def _left_run(tok: Token, subject: Token) -> tuple[int, int] | None:
    """The source as the run of name and title words ending at `subject`, when `subject` is a
    name just before the cue that the parse did not attach as its subject."""
    if subject.head.i == tok.i or subject.i >= tok.i or subject.dep_ in ("nsubj", "appos"):
        return None
    doc = tok.doc
    start = subject.i
    while start > 0 and (
        (doc[start - 1].pos_ in ("PROPN", "NOUN", "ADJ") or doc[start - 1].text[:1].isupper())
        and not doc[start - 1].is_punct
        and "\n" not in doc[start - 1].whitespace_ and doc[start - 1].text not in QUOTE_CHARS
    ):
        start -= 1
    while start < subject.i and doc[start].pos_ == "ADJ":
        start += 1
    return (start, subject.i)


def _according(tok: Token) -> Found | None:
    to = [c for c in tok.children if c.lower_ == "to"]
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    if not to and nxt is not None and nxt.lower_ == "to":
        to = [nxt]
    if not to:
        return None
    pobjs = [c for c in to[0].children if c.dep_ == "pobj"]
    if not pobjs:
        return None
    source = noun_phrase(pobjs[0])
    sent = tok.sent
    phrase = list(tok.subtree) + list(to[0].subtree)
    citing = [t for t in sent if t.lower_ == "citing" and t.head in (tok.head, tok, pobjs[0])]
    rest = minus(sent, phrase, *(c.subtree for c in citing), pobjs[0].subtree)
    content = longest_run(rest)
    if content is None:
        return None
    return Found("according", (tok.i, to[0].i), tok.i, source, pobjs[0].i, content)


def _mistagged_verb(tok: Token, lex: CueLexicon) -> Found | None:
    """ "Trump claims that he should be exempt": a cue verb the tagger took for a noun, its
    speaker for a modifier of it; the clause it governs is the content."""
    clauses = [c for c in tok.children if c.dep_ in ("ccomp", "acl", "relcl") and c.i > tok.i
               and (c.dep_ == "ccomp" or any(g.dep_ == "mark" and g.lower_ == "that"
                                             for g in c.children))]
    names = [c for c in tok.children
             if c.dep_ in ("compound", "nmod", "amod", "nsubj") and c.i < tok.i
             and (c.pos_ == "PROPN" or c.lemma_.lower() in lex.speaker_nouns
                  or c.text[:1].isupper() and tok.text.islower())]
    if not clauses or not names or any(c.dep_ == "det" for c in tok.children):
        return None  # "the claims that ..." is a statement noun, handled as such
    speaker = names[-1]
    start = min(c.left_edge.i for c in names)
    content = range_of(clauses[0].subtree)
    if content is None or speaker.i != tok.i - 1:
        return None
    return Found("verb", (tok.i, tok.i), tok.i, (start, tok.i - 1), speaker.i, content)


def _attitude(tok: Token) -> Found | None:
    """ "Officials are confident that the dam will hold", "he was worried about the dam"."""
    head = tok.head
    if tok.dep_ != "acomp" or head.lemma_ not in ("be", "become", "remain", "seem", "feel"):
        return None
    subject = next((c for c in head.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.lower_ in ("it", "this", "that", "which", "what", "there"):
        return None
    content: tuple[int, int] | None = None
    for child in [*tok.children, *(c for c in head.children if c.i > tok.i)]:
        if child.dep_ == "ccomp" and child.i > tok.i:
            content = range_of(child.subtree)
            break
        if child.dep_ == "prep" and child.lower_ in ("about", "of", "over", "on") \
                and child.head.i == tok.i:
            pobjs = [g for g in child.children if g.dep_ in ("pobj", "pcomp")]
            if pobjs:
                content = range_of(pobjs[0].subtree)
                break
    if content is None:
        return None
    doc = tok.doc
    start = head.i
    while start > 0 and doc[start - 1].head.i == head.i and doc[start - 1].dep_ in _CUE_LEFT:
        start -= 1
    end = tok.i
    if content[0] == tok.i + 2 and doc[tok.i + 1].dep_ == "prep":
        end = tok.i + 1
    source = noun_phrase(subject, avoid=head.i)
    if start <= subject.i:
        return None
    return Found("verb", (start, end), tok.i, source, subject.i, content)


def _noun(tok: Token) -> Found | None:
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
    if source is not None and source[1] > source[0] and tok.doc[source[1]].dep_ == "case":
        source = (source[0], source[1] - 1)  # "Moscow's claim": the source is "Moscow"
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


def _relative(tok: Token) -> Found | None:
    """ "..., a claim that Ukraine denies": the content is the clause the noun sums up."""
    noun = tok.head
    subject = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.lower_ in _RELATIVE:
        return None
    gov = noun.head
    if noun.dep_ not in ("npadvmod", "appos", "attr", "dobj", "conj") or gov.i > noun.i:
        return None
    tokens = [t for t in gov.subtree if gov.i < t.i < noun.left_edge.i]
    content = range_of(tokens)
    if content is None:
        return None
    return Found("relative", (tok.i, tok.i), tok.i, noun_phrase(subject), subject.i, content)


def _attach_citing(doc: Doc, item: Found) -> Found:
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


def _standalone_citing(tok: Token, lex: CueLexicon) -> Found | None:
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
    if subject is None or not _can_speak(subject, lex):
        return None
    content = range_of(obj.subtree)
    source = noun_phrase(subject, avoid=tok.i)
    if content is None or overlaps(source, content):
        return None
    return Found("verb", (tok.i, tok.i), tok.i, source, subject.i, content)


def _put_it(tok: Token, lex: CueLexicon) -> Found | None:
    """ "As the governor put it, the city is under siege": the idiom is a cue; the clause it
    hangs on is the content."""
    if not any(c.dep_ == "dobj" and c.lower_ == "it" for c in tok.children):
        return None
    if tok.dep_ != "advcl" or not any(c.dep_ == "mark" and c.lower_ == "as"
                                      for c in tok.children):
        return None
    subject = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    rest = minus(tok.head.subtree, tok.subtree)
    content = longest_run([t for t in rest if not t.is_punct or t.text in QUOTE_CHARS])
    if subject is None or content is None:
        return None
    it = next(c for c in tok.children if c.dep_ == "dobj")
    source = noun_phrase(subject, avoid=tok.i)
    return Found("verb", (tok.i, it.i), tok.i, source, subject.i, content)


# --- clean-up ------------------------------------------------------------------------------


def _drop_generic(doc: Doc, items: list[Found], lex: CueLexicon) -> list[Found]:
    """ "Reports indicate that ..., according to the governor": the named source wins."""
    keep: list[Found] = []
    for item in items:
        generic = doc[item.source_head].lemma_.lower() in lex.generic_sources
        rival = any(
            other is not item
            and doc[other.source_head].lemma_.lower() not in lex.generic_sources
            and overlaps(other.content, item.content)
            and not item.content[0] <= other.cue[0] <= item.content[1]  # nested, not a rival
            and doc[other.cue_head].sent.start == doc[item.cue_head].sent.start
            for other in items
        )
        if not (generic and rival):
            keep.append(item)
    return keep


def _drop_governors(items: list[Found]) -> list[Found]:
    """ "refused to confirm": the inner cue took the governing verb into its span, so the
    governing verb's own finding (content "to confirm ...") goes."""
    return [
        item for item in items
        if not any(o is not item and o.cue[0] <= item.cue_head <= o.cue[1]
                   and o.cue_head != item.cue_head for o in items)
    ]


def _drop_weak_nested(doc: Doc, items: list[Found], lex: CueLexicon) -> list[Found]:
    """A thought or an intention reported inside another statement's content ("she said she
    plans to stay") is part of that statement."""
    return [
        item for item in items
        if doc[item.cue_head].lemma_.lower() not in lex.weak
        or not any(o is not item and o.content[0] <= item.cue[0] <= item.cue[1] <= o.content[1]
                   for o in items)
    ]


def _drop_quoted(
    doc: Doc, items: list[Found], quotes: Sequence[tuple[int, int]]
) -> list[Found]:
    """A cue inside a quotation is speech within speech ("'I think we won,' he said"): the
    quotation is the claim, so the inner one is dropped."""
    short = [q for q in quotes if q[1] - q[0] < 1500]
    return [
        item for item in items
        if not any(qs < doc[item.cue_head].idx < qe for qs, qe in short)
    ]


def _truncate_nested(doc: Doc, items: list[Found]) -> list[Found]:
    """Each token belongs to one attribution: an inner statement that closes an outer content
    is cut out of it ("..., although he stopped short of claiming that ...")."""
    out: list[Found] = []
    for item in items:
        start, end = item.content
        for other in items:
            s = other.statement_start
            if other is item or not (start < s <= end) or other.content[0] < s:
                continue
            if item.cue[0] > s or overlaps(other.source, item.source):
                continue  # the inner statement shares the outer cue or source: leave it
            trimmed = trim(doc, start, s - 1)
            if trimmed is not None:
                start, end = trimmed
        out.append(replace(item, content=(start, end)))
    return out
