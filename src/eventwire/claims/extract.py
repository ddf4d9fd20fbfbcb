"""Finding attributed statements on the dependency parse: who said (source), how (cue), what
(content). The shapes covered: a verb of saying with a clause, an object or an infinitive
("said that", "denied the claims", "urged residents to leave"), inverted and parenthetical
reporting ("..., he said"), "according to X", "citing X", statement nouns ("Moscow's claim that
...", "a claim that Ukraine denies") and direct quotes, whose content runs to the quote marks
even across sentence boundaries.

Everything here works on token indices; `chains.py` turns the findings into records.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace

from spacy.tokens import Doc, Token

from .lexicon import CueLexicon

Range = tuple[int, int]  # an inclusive token range

#: Quote marks: opening curly, closing curly, and the straight mark that does both.
_OPEN, _CLOSE, _STRAIGHT = "\u201c", "\u201d", '"'
_QUOTE_CHARS = frozenset({_OPEN, _CLOSE, _STRAIGHT, "\u2018", "\u2019", "'", "`", "``", "''"})
_SUBJECTS = frozenset({"nsubj"})
_CLIMB = frozenset({"xcomp", "advcl", "conj", "pcomp", "prep", "advmod", "acomp"})
_RELATIVE = frozenset({"who", "which", "that", "whom"})
_CONTENT_PREPS = frozenset({"of", "about", "on", "against", "over", "for"})
_CUE_LEFT = frozenset({"aux", "auxpass", "neg", "advmod"})
_OBJECT_PREPS = frozenset({"of", "for", "to", "over", "with"})


@dataclass(frozen=True)
class Found:
    """One attribution as token indices (ranges are inclusive)."""

    kind: str  # "verb", "according", "citing", "noun", "relative"
    cue: tuple[int, int]
    cue_head: int
    source: tuple[int, int]
    source_head: int
    content: tuple[int, int]
    cited: int | None = None  # head of the NP after "citing", when the source relays it
    cited_span: tuple[int, int] | None = None

    @property
    def statement_start(self) -> int:
        return min(self.source[0], self.cue[0])


def quote_regions(text: str) -> list[tuple[int, int]]:
    """Char spans [start, end) of quotations, quote marks included."""
    regions: list[tuple[int, int]] = []
    curly_open: int | None = None
    straight_open: int | None = None
    for i, ch in enumerate(text):
        if ch == "\n":
            straight_open = curly_open = None
        elif ch == _OPEN:
            curly_open = i
        elif ch == _CLOSE and curly_open is not None:
            regions.append((curly_open, i + 1))
            curly_open = None
        elif ch == _STRAIGHT and curly_open is not None:
            regions.append((curly_open, i + 1))  # “...": mixed marks still close the quote
            curly_open = None
        elif ch == _STRAIGHT:
            if straight_open is None:
                straight_open = i
            else:
                regions.append((straight_open, i + 1))
                straight_open = None
    return sorted(regions)


def find_raw(doc: Doc, lex: CueLexicon) -> list[Found]:
    """Every attribution the parse shows, nested ones trimmed and relays merged."""
    quotes = quote_regions(doc.text)
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
    items = _drop_generic(doc, items, lex)
    items = _drop_quoted(doc, items, quotes)
    return _truncate_nested(doc, items)


def _trimmed(doc: Doc, item: Found) -> Found | None:
    content = trim(doc, *item.content)
    return None if content is None else replace(item, content=content)


def _match(tok: Token, lex: CueLexicon, quotes: Sequence[tuple[int, int]]) -> Found | None:
    lower = tok.lower_
    if lower == "according":
        return _according(tok)
    if tok.text == ":":
        return _colon(tok, quotes)
    if tok.pos_ == "VERB" and tok.lemma_.lower() in lex.cue_verbs and lower != "citing":
        if tok.dep_ in ("acl", "relcl") and tok.head.lemma_.lower() in lex.statement_nouns:
            return _relative(tok)
        return _verb(tok, lex, quotes)
    if tok.pos_ == "NOUN" and tok.lemma_.lower() in lex.statement_nouns:
        return _noun(tok)
    return None


# --- spans ---------------------------------------------------------------------------------


def _is_edge_punct(tok: Token) -> bool:
    return tok.is_punct and tok.text not in _QUOTE_CHARS and tok.text not in "()"


def trim(doc: Doc, start: int, end: int, *, keep_quotes: bool = True) -> tuple[int, int] | None:
    """Shrink an inclusive token range past punctuation, spaces and joining words at its ends."""
    while start <= end and (
        _is_edge_punct(doc[start]) or doc[start].is_space
        or (not keep_quotes and doc[start].text in _QUOTE_CHARS)
    ):
        start += 1
    while end >= start and (
        _is_edge_punct(doc[end]) and doc[end].text not in ".!?"
        or doc[end].is_space or doc[end].pos_ in ("CCONJ", "SCONJ")
        or (not keep_quotes and doc[end].text in _QUOTE_CHARS)
    ):
        end -= 1
    return (start, end) if start <= end else None


def _range(tokens: Iterable[Token]) -> tuple[int, int] | None:
    idx = [t.i for t in tokens]
    return (min(idx), max(idx)) if idx else None


def noun_phrase(tok: Token, *, cut_relative: bool = False, avoid: int | None = None) -> tuple[
    int, int
]:
    """The NP headed by `tok`: its whole subtree, less a relative clause after the head when
    `cut_relative` is set or when the clause holds the token `avoid` (the cue), and less
    anything before a paragraph break (a dateline or a heading)."""
    start, end = tok.left_edge.i, tok.right_edge.i
    for child in tok.children:
        if child.dep_ not in ("relcl", "acl") or child.i < tok.i:
            continue
        if cut_relative or (avoid is not None and child.left_edge.i <= avoid <= child.right_edge.i):
            end = min(end, child.left_edge.i - 1)
    doc = tok.doc
    for i in range(start, min(end, tok.i)):
        if "\n" in doc[i].whitespace_ or (doc[i].is_space and "\n" in doc[i].text):
            start = i + 1
    trimmed = trim(doc, start, end, keep_quotes=False)
    if trimmed is None:
        return (tok.i, tok.i)
    start, end = trimmed
    text = doc[start : end + 1].text
    if text.count("(") > text.count(")") and end + 1 < len(doc) and doc[end + 1].text == ")":
        end += 1
    return start, end


def _longest_run(tokens: Sequence[Token]) -> tuple[int, int] | None:
    """The longest stretch of consecutive tokens (by count of non-punctuation tokens)."""
    runs: list[list[Token]] = []
    for tok in tokens:
        if runs and runs[-1][-1].i == tok.i - 1:
            runs[-1].append(tok)
        else:
            runs.append([tok])
    best = max(runs, key=lambda run: sum(not t.is_punct for t in run), default=None)
    return None if best is None else trim(best[0].doc, best[0].i, best[-1].i)


def _minus(tokens: Iterable[Token], *excluded: Iterable[Token]) -> list[Token]:
    drop = {t.i for group in excluded for t in group}
    return [t for t in tokens if t.i not in drop]


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
        if cur.dep_ not in _CLIMB or cur.head is cur:
            return None
        cur = cur.head
    return None


# --- content -------------------------------------------------------------------------------


def _clause(tok: Token, lex: CueLexicon) -> Range | None:
    """ "said that ...", and "A happened, but B followed, the police said" (all that precedes
    the speaker)."""
    children = list(tok.children)
    for child in children:
        if child.dep_ != "ccomp":
            continue
        if child.i < tok.i:
            speaker = [c.left_edge.i for c in children if c.dep_ == "nsubj" and c.i < tok.i]
            stop = min([tok.i, *speaker])
            if tok.sent.start < stop:
                return (tok.sent.start, stop - 1)
        return _range(child.subtree)
    return None


def _clause_after_citing(tok: Token, lex: CueLexicon) -> Range | None:
    """ "reported, citing X, that ...": the parser hangs the clause off X."""
    for child in tok.children:
        if child.lower_ == "citing":
            for inner in child.subtree:
                if any(g.dep_ == "mark" and g.lower_ == "that" for g in inner.children):
                    return _range(inner.subtree)
    return None


def _parenthetical(tok: Token, lex: CueLexicon) -> Range | None:
    """ "The dam, the governor said, was breached" / "..., the agency said, citing ..."."""
    if tok.dep_ == "parataxis" or (
        tok.dep_ == "ccomp" and tok.i > tok.head.i and _has_comma_between(tok.head, tok)
    ):
        rest = _minus(tok.head.subtree, tok.subtree)
        return _range(t for t in rest if not t.is_punct or t.text in _QUOTE_CHARS)
    return None


def _bare_clause(tok: Token, lex: CueLexicon) -> Range | None:
    """ "said after the talks he would not accept" (a clause the parser took for adverbial)."""
    for child in tok.children:
        if (child.dep_ == "advcl" and child.i > tok.i
                and any(g.dep_ == "nsubj" for g in child.children)
                and not any(g.dep_ == "mark" or g.tag_ in ("WRB", "WDT") for g in child.children)):
            return _range(child.subtree)
    return None


def _infinitive(tok: Token, lex: CueLexicon) -> Range | None:
    """ "urged residents to stay indoors"."""
    xcomps = [c for c in tok.children if c.dep_ == "xcomp"]
    if tok.lemma_.lower() not in lex.xcomp_content or not xcomps:
        return None
    objs = [c for c in tok.children if c.dep_ in ("dobj", "dative") and c.i < xcomps[0].i]
    first = objs[0].left_edge.i if objs else xcomps[0].left_edge.i
    return (first, xcomps[0].right_edge.i)


def _objects(tok: Token) -> list[Token]:
    return [c for c in tok.children if c.dep_ == "dobj" and c.lower_ not in ("it", "so", "this")]


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
        return _range(predicates[0].subtree)
    objs = _objects(tok)
    if objs and predicates[0].dep_ == "oprd":
        return (objs[0].left_edge.i, predicates[0].right_edge.i)
    return None


def _object(tok: Token, lex: CueLexicon) -> Range | None:
    """ "denied the claims", "accused the army of shelling the town"."""
    lemma = tok.lemma_.lower()
    objs = _objects(tok)
    if not objs or (lemma in lex.no_object and lemma not in lex.object_content):
        return None
    end = objs[0].right_edge.i
    for child in tok.children:
        if child.dep_ == "prep" and child.lower_ in _OBJECT_PREPS and child.i > objs[0].i:
            end = max(end, child.right_edge.i)
    return (objs[0].left_edge.i, end)


def _prepositional(tok: Token, lex: CueLexicon) -> Range | None:
    """ "warned of new attacks", "called for a ceasefire"."""
    if tok.lemma_.lower() not in lex.prep_content:
        return None
    for child in tok.children:
        if child.dep_ == "prep" and child.lower_ in _CONTENT_PREPS:
            pobjs = [g for g in child.children if g.dep_ in ("pobj", "pcomp")]
            if pobjs:
                return _range(pobjs[0].subtree)
    return None


#: Content rules in order of trust: the first that finds something wins.
_CONTENT_RULES = (
    _clause, _clause_after_citing, _parenthetical, _bare_clause, _infinitive,
    _characterisation, _object, _prepositional,
)


def _verb_content(tok: Token, lex: CueLexicon) -> Range | None:
    for rule in _CONTENT_RULES:
        found = rule(tok, lex)
        if found is not None:
            return found
    return None


def _has_comma_between(a: Token, b: Token) -> bool:
    lo, hi = sorted((a.i, b.i))
    return any(t.text in (",", _CLOSE, _STRAIGHT) for t in a.doc[lo:hi])


def _adjacent_quote(tok: Token, quotes: Sequence[tuple[int, int]]) -> tuple[int, int] | None:
    """A quotation that ends just before the cue's clause or starts just after the cue."""
    sent = tok.sent
    for qs, qe in quotes:
        if qe <= tok.idx and tok.idx - qe <= 40 and qs >= sent.start_char - 400:
            between = tok.doc.text[qe : tok.idx]
            if not any(ch in between for ch in (_OPEN, _STRAIGHT, ".")):
                return (qs, qe)
        if qs >= tok.idx + len(tok.text) and qs - tok.idx - len(tok.text) <= 3:
            return (qs, qe)
    return None


# --- the shapes ----------------------------------------------------------------------------


def _clausal(tok: Token, content: tuple[int, int]) -> bool:
    """Is the content a clause or a quotation (rather than a bare object)?"""
    doc = tok.doc
    head = doc[content[0] : content[1] + 1].root
    return head.pos_ in ("VERB", "AUX") or doc[content[0]].text in _QUOTE_CHARS


def _can_speak(subject: Token, lex: CueLexicon) -> bool:
    if subject.pos_ in ("PROPN", "PRON") or subject.ent_type_ in ("PERSON", "ORG", "GPE", "NORP"):
        return subject.lower_ not in ("it", "this", "that", "which", "what")
    return subject.lemma_.lower() in lex.speaker_nouns


def _cue_range(tok: Token, lex: CueLexicon, content: tuple[int, int]) -> tuple[int, int]:
    """The cue verb with its auxiliaries, negation and adverbs just before it ("has also
    said", "did not confirm"), its particle and the preposition that opens the content
    ("pointed out", "called for")."""
    doc = tok.doc
    start = tok.i
    while start > 0 and doc[start - 1].head.i == tok.i and doc[start - 1].dep_ in _CUE_LEFT:
        start -= 1
    end = tok.i
    for child in tok.children:
        if child.i != end + 1 or child.i >= content[0] and child.i <= content[1]:
            continue
        particle = child.dep_ == "prt" and child.lower_ in lex.particles
        opener = child.dep_ == "prep" and child.lower_ in _CONTENT_PREPS and content[0] == end + 2
        if particle or opener:
            end = child.i
    return (start, end)


def _verb(tok: Token, lex: CueLexicon, quotes: Sequence[tuple[int, int]]) -> Found | None:
    if tok.dep_ in ("amod", "compound", "nmod"):
        return None  # "the said person"
    content = _verb_content(tok, lex)
    if content is None:
        quote = _adjacent_quote(tok, quotes)
        if quote is None:
            return None
        span = tok.doc.char_span(quote[0], quote[1], alignment_mode="expand")
        if span is None:
            return None
        content = (span.start, span.end - 1)
    subject = subject_of(tok)
    if subject is None or subject.pos_ == "PRON" and subject.lower_ in ("what", "which"):
        return None
    if not _clausal(tok, content) and not _can_speak(subject, lex):
        return None  # "the incident highlights the risk"
    source = noun_phrase(subject, avoid=tok.i)
    parenthetical = content[0] < tok.i < content[1]  # "X, he said, Y": the content wraps the cue
    if not parenthetical and _overlaps(source, content):
        source = (subject.i, subject.i)
        if _overlaps(source, content):
            return None
    cue = _cue_range(tok, lex, content)
    if _overlaps(cue, source):
        cue = (tok.i, tok.i)
    return Found("verb", cue, tok.i, source, subject.i, content)


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
    rest = _minus(sent, phrase, *(c.subtree for c in citing), pobjs[0].subtree)
    content = _longest_run(rest)
    if content is None:
        return None
    return Found("according", (tok.i, to[0].i), tok.i, source, pobjs[0].i, content)


def _colon(tok: Token, quotes: Sequence[tuple[int, int]]) -> Found | None:
    """ "Zelensky: “We will respond.”" - a named speaker, a colon, a quotation."""
    doc = tok.doc
    after = tok.idx + 1
    quote = next((q for q in quotes if 0 <= q[0] - after <= 2), None)
    if quote is None or tok.i == 0:
        return None
    speaker = doc[tok.i - 1]
    while speaker.dep_ == "compound" and speaker.head.i < tok.i and speaker.head is not speaker:
        speaker = speaker.head
    if speaker.pos_ != "PROPN" or speaker.ent_type_ not in ("PERSON", "ORG", "NORP", "GPE", ""):
        return None
    start, _ = noun_phrase(speaker, cut_relative=True)
    source = trim(doc, start, tok.i - 1, keep_quotes=False)
    span = doc.char_span(quote[0], quote[1], alignment_mode="expand")
    if source is None or span is None:
        return None
    return Found("colon", (tok.i, tok.i), tok.i, source, speaker.i, (span.start, span.end - 1))


def _noun(tok: Token) -> Found | None:
    """ "Moscow's claim that ...", "the claim by Kyiv that ..."."""
    clauses = [
        c for c in tok.children
        if c.dep_ in ("acl", "ccomp", "relcl")
        and any(g.lower_ == "that" and g.dep_ == "mark" for g in c.children)
    ]
    owner = _statement_owner(tok)
    if owner is None or not clauses:
        return None
    source = trim(tok.doc, owner.left_edge.i, owner.right_edge.i, keep_quotes=False)
    content = _range(clauses[0].subtree)
    if content is None or source is None or _overlaps(source, content):
        return None
    return Found("noun", (tok.i, tok.i), tok.i, source, owner.i, content)


def _statement_owner(tok: Token) -> Token | None:
    for child in tok.children:
        if child.dep_ == "poss":
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
    content = _range(tokens)
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
        return None
    head = tok.head
    rest = _minus(head.subtree, tok.subtree)
    content = _range(rest)
    if content is None:
        return None
    return Found("citing", (tok.i, tok.i), tok.i, noun_phrase(obj), obj.i, content)


# --- clean-up ------------------------------------------------------------------------------


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] <= b[1] and b[0] <= a[1]


def _drop_generic(doc: Doc, items: list[Found], lex: CueLexicon) -> list[Found]:
    """ "Reports indicate that ..., according to the governor": the named source wins."""
    keep: list[Found] = []
    for item in items:
        generic = doc[item.source_head].lemma_.lower() in lex.generic_sources
        rival = any(
            other is not item
            and doc[other.source_head].lemma_.lower() not in lex.generic_sources
            and _overlaps(other.content, item.content)
            and doc[other.cue_head].sent.start == doc[item.cue_head].sent.start
            for other in items
        )
        if not (generic and rival):
            keep.append(item)
    return keep


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
            if item.cue[0] > s or _overlaps(other.source, item.source):
                continue  # the inner statement shares the outer cue or source: leave it
            trimmed = trim(doc, start, s - 1)
            if trimmed is not None:
                start, end = trimmed
        out.append(replace(item, content=(start, end)))
    return out
