"""Token ranges for the claims stage: the finding record, quotation regions, trimming, noun
phrases. Ranges are inclusive token index pairs."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from spacy.attrs import LEMMA, LOWER, ORTH
from spacy.tokens import Doc, Token

from ..nlp import doc_text
from .singles import nest, single_regions

Range = tuple[int, int]  # an inclusive token range

#: Quote marks: opening curly, closing curly, and the straight mark that does both.
OPEN, CLOSE, STRAIGHT = "\u201c", "\u201d", '"'
QUOTE_CHARS = frozenset({OPEN, CLOSE, STRAIGHT, "\u2018", "\u2019", "'", "`", "``", "''",
                         "\u00ab", "\u00bb", "\u201e"})


@dataclass(frozen=True)
class Found:
    """One attribution as token indices (ranges are inclusive)."""

    #: "verb", "according", "citing", "noun", "relative", ...; "unsourced" for a statement
    #: that names no source (`unsourced.py`), whose `source` is then its cue
    kind: str
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


#: Two-character quote marks of typewriter and TeX styles: ``...'' and ''...''.
_DOUBLE_OPEN, _DOUBLE_CLOSE = "``", "''"
#: Guillemets, in either direction (« ... » and » ... «), and low-high German quotes.
_PAIRS = {"\u00ab": "\u00bb", "\u00bb": "\u00ab", "\u201e": "\u201c"}
#: The characters `quote_regions` acts on: line breaks, every quote mark above, and the first
#: character of the two-apostrophe marks.
_MARK_CHARS = sorted({"\n", OPEN, CLOSE, STRAIGHT, "`", "'", *_PAIRS, *_PAIRS.values()})
_MARKS = re.compile("[" + re.escape("".join(_MARK_CHARS)) + "]")


def doc_quote_regions(doc: Doc) -> list[tuple[int, int]]:
    """`quote_regions` of the Doc's text, found once per Doc (several claim steps ask)."""
    cached = doc.user_data.get("eventwire.quotes")
    if cached is None:
        cached = quote_regions(doc_text(doc))
        doc.user_data["eventwire.quotes"] = cached
    return list(cached)


def quote_regions(text: str) -> list[tuple[int, int]]:
    """Char spans [start, end) of quotations, quote marks included. Quotations are curly
    ("\u201c...\u201d"), straight ("..."), two apostrophes (''...'' or ``...''), guillemets, or
    single marks ('...' or \u2018...\u2019, `singles.py`); none runs past a line break. A
    quotation inside another one is no region of its own."""
    regions: list[tuple[int, int]] = []
    curly_open: int | None = None
    straight_open: int | None = None
    double_open: int | None = None
    paired: tuple[int, str] | None = None  # (start, closing mark) of a guillemet quotation
    skip_to = 0
    for mark in _MARKS.finditer(text):  # every other character leaves the state as it is
        i = mark.start()
        if i < skip_to:
            continue
        ch = text[i]
        pair = text[i : i + 2]
        if ch == "\n":
            straight_open = curly_open = double_open = paired = None
        elif pair in (_DOUBLE_OPEN, _DOUBLE_CLOSE):
            if double_open is None and (pair == _DOUBLE_OPEN or _opens(text, i)):
                double_open = i
            elif double_open is not None:
                regions.append((double_open, i + 2))
                double_open = None
            skip_to = i + 2
        elif paired is not None and ch == paired[1]:
            regions.append((paired[0], i + 1))
            paired = None
        elif paired is None and ch in _PAIRS and curly_open is None:
            paired = (i, _PAIRS[ch])
        elif ch == OPEN:
            curly_open = i
        elif ch == CLOSE and curly_open is not None:
            regions.append((curly_open, i + 1))
            curly_open = None
        elif ch == STRAIGHT and curly_open is not None:
            regions.append((curly_open, i + 1))  # \u201c...": mixed marks still close the quote
            curly_open = None
        elif ch == STRAIGHT:
            if straight_open is None:
                straight_open = i
            else:
                regions.append((straight_open, i + 1))
                straight_open = None
    return nest(regions, single_regions(text, regions))


def _opens(text: str, i: int) -> bool:
    """Can the two apostrophes at `i` open a quotation (start of text, after a space or an
    opening bracket, and followed by a word)?"""
    before = text[i - 1] if i > 0 else " "
    after = text[i + 2] if i + 2 < len(text) else " "
    return (before.isspace() or before in "([{\u2014-") and not after.isspace()


def _is_edge_punct(tok: Token) -> bool:
    return tok.is_punct and tok.text not in QUOTE_CHARS and tok.text not in "()"


def trim(doc: Doc, start: int, end: int, *, keep_quotes: bool = True) -> tuple[int, int] | None:
    """Shrink an inclusive token range past punctuation, spaces and joining words at its ends."""
    while start <= end and (
        _is_edge_punct(doc[start]) or doc[start].is_space
        or (not keep_quotes and doc[start].text in QUOTE_CHARS)
    ):
        start += 1
    while end >= start and (
        _is_edge_punct(doc[end]) and doc[end].text not in ".!?"
        or doc[end].is_space or doc[end].pos_ in ("CCONJ", "SCONJ")
        or (not keep_quotes and doc[end].text in QUOTE_CHARS)
    ):
        end -= 1
    return (start, end) if start <= end else None


def range_of(tokens: Iterable[Token]) -> tuple[int, int] | None:
    idx = [t.i for t in tokens]
    return (min(idx), max(idx)) if idx else None


#: Prepositions that open what an attitude is about ("worried about", "wary of", "angry at",
#: "opposed to", "frustrated with").
ATTITUDE_PREPS = frozenset({"about", "of", "over", "on", "with", "at", "to", "toward",
                            "towards", "regarding"})


def attitude_object(head: Token, clauses: frozenset[str]) -> tuple[int, Range | None]:
    """What an attitude word (`head`) is about and where its cue ends: a clause after it (a
    dependency in `clauses`), or the object of a preposition right after it ("nervous about
    the currency": the cue runs to "about"). (head.i, None) when there is neither."""
    for child in head.children:
        if child.i <= head.i:
            continue
        if child.dep_ in clauses:
            return head.i, range_of(child.subtree)
        if child.dep_ == "prep" and child.i == head.i + 1 and child.lower_ in ATTITUDE_PREPS:
            pobj = next((g for g in child.children if g.dep_ in ("pobj", "pcomp")), None)
            if pobj is not None:
                return child.i, range_of(pobj.subtree)
    return head.i, None


def noun_phrase(tok: Token, *, cut_relative: bool = False, avoid: int | None = None,
                speaker: bool = False) -> tuple[int, int]:
    """The NP headed by `tok`: its whole subtree, less a relative clause after the head when
    `cut_relative` is set or when the clause holds the token `avoid` (the cue), and less
    anything before a paragraph break (a dateline or a heading). A `speaker` (the source of a
    statement) also loses what describes something other than the speaker (`_speaker_end`)."""
    start, end = tok.left_edge.i, tok.right_edge.i
    doc = tok.doc
    if speaker:
        start, end = _joined_subjects(tok, start, end)
        start = _named_after_count(tok, start, end)
        end = _speaker_end(tok, end)
        end = _thing_described(tok, end)
        start = _after_lead_in(tok, start)
    for child in tok.children:
        if child.i < tok.i:
            # "Even China", "Both Mr. King and ...": not "all the experts", which counts them
            if child.dep_ in ("advmod", "preconj") and child.i == start:
                start = child.right_edge.i + 1
            elif speaker and child.lower_ in _WHAT_IS_SAID and child.i == start < tok.i:
                start = child.i + 1  # "Anything Reed says is ...": the pronoun is what is said
            continue
        if _aside(child):
            end = min(end, child.left_edge.i - 1)  # "Trump, speaking to veterans, said"
            continue
        if speaker and _bracketed_remark(child):
            end = min(end, child.left_edge.i - 2)  # "said Reed (a view others share)"
            continue
        if child.dep_ not in ("relcl", "acl"):
            continue
        if cut_relative or (avoid is not None and child.left_edge.i <= avoid <= child.right_edge.i):
            end = min(end, child.left_edge.i - 1)
    for i in range(start, min(end, tok.i)):
        if "\n" in doc[i].whitespace_ or (doc[i].is_space and "\n" in doc[i].text):
            start = i + 1
        elif _lead_in_dash(doc, i):
            start = i + 1  # "BRUSSELS - European leaders": a dateline or a lead-in
    trimmed = trim(doc, start, end, keep_quotes=False)
    if trimmed is None:
        return (tok.i, tok.i)
    start, end = trimmed
    text = doc[start : end + 1].text
    if text.count("(") > text.count(")") and end + 1 < len(doc) and doc[end + 1].text == ")":
        end += 1
    return start, end


#: Pronouns that stand for what a speaker says ("Anything Reed says is checked"): the parser
#: may take one for the first word of the name after it.
_WHAT_IS_SAID = frozenset({"everything", "anything", "nothing", "something", "whatever"})


def _speaker_end(tok: Token, end: int) -> int:
    """Where the name of a speaker stops: before a date ("a panel in 2001 found", "Reed this
    week said"). Relative clauses and appositions stay: "Ann Reed, who heads the commission,
    said" names the speaker by them (a relative clause that holds a statement of its own is
    cut in `cleanup.py`)."""
    for t in tok.children:
        if t.i <= tok.i:
            continue
        dated = t.dep_ == "prep" and any(
            g.dep_ == "pobj" and g.ent_type_ in ("DATE", "TIME") for g in t.children)
        if dated or t.dep_ == "npadvmod" and t.ent_type_ in ("DATE", "TIME"):
            end = min(end, t.left_edge.i - 1)
    return end


#: Entity types of a date or place that opens a report ("On 4 May, in Izium, Kharkiv, ...").
_SETTING_LABELS = frozenset({"DATE", "TIME", "GPE", "LOC", "FAC"})


def _after_lead_in(tok: Token, start: int) -> int:
    """Where a common-noun speaker starts after a comma-set date or place the parser hung on
    it ("On 4 May, in Izium, Kharkiv, nurses protested": not "Kharkiv, nurses"), or after a
    name set before a bare plural, which is no apposition to it."""
    if tok.pos_ != "NOUN":
        return start
    doc = tok.doc
    for child in tok.children:
        if child.i >= tok.i or child.left_edge.i < start or not all(
                t.is_punct for t in doc[start : child.left_edge.i]):
            continue
        comma = child.right_edge.i
        comma += doc[comma].text != ","  # the comma may close the child's own subtree
        # (a name set before a bare plural is no apposition to it: "Occitanie, nurses")
        if comma < tok.i and doc[comma].text == "," and (any(
                t.ent_type_ in _SETTING_LABELS for t in child.subtree)
                or tok.tag_ == "NNS" and child.pos_ == "PROPN"):
            return comma + 1
    return start


def _thing_described(tok: Token, end: int) -> int:
    """A person's name stops before a comma-set "which" clause: "which" stands for a thing,
    so the clause describes the body named in the apposition, not the speaker ("Ann Reed,
    head of the union, which represents nurses, said")."""
    if tok.ent_type_ != "PERSON":
        return end
    doc = tok.doc
    for t in doc[tok.i + 1 : end + 1]:
        if t.lower_ == "which" and doc[t.i - 1].text == "," and t.head.dep_ == "relcl":
            return t.i - 2
    return end


def _joined_subjects(tok: Token, start: int, end: int) -> tuple[int, int]:
    """ "Ann Reed, the mayor of Lviv, said", "His ex-wife said", "The family, friends and
    neighbours said": the parser may give the verb several subjects, one for each part of the
    speaker's name set side by side (joined by a comma or a hyphen only); the speaker is all of
    them."""
    if tok.dep_ != "nsubj":
        return start, end
    subjects = [c for c in tok.head.children if c.dep_ == "nsubj"]
    if len(subjects) < 2:
        return start, end  # the common case
    doc = tok.doc
    parts = [c for c in subjects if c.pos_ in ("NOUN", "PROPN", "PRON")
             and c.tag_ not in ("WDT", "WP") or c.i == tok.i]  # (children come in order)
    k = next(n for n, c in enumerate(parts) if c.i == tok.i)
    lo = hi = k
    while lo > 0 and _side_by_side(doc, parts[lo - 1].right_edge.i, start) \
            and not _counted(parts[lo - 1]):
        lo -= 1
        start = parts[lo].left_edge.i
    while hi + 1 < len(parts) and _side_by_side(doc, end, parts[hi + 1].left_edge.i):
        hi += 1
        end = parts[hi].right_edge.i
    return start, end


def _named_after_count(tok: Token, start: int, end: int) -> int:
    """ "wounding 14 people including three teachers, governor X said": when the parser makes
    the counted people the subject and the name a part of them, the speaker is what follows
    the last comma, if a name is there."""
    if not _counted(tok):
        return start
    doc = tok.doc
    comma = max((t.i for t in doc[start : end + 1] if t.text == ","), default=None)
    if comma is None or comma <= tok.i:
        return start
    after = doc[comma + 1 : end + 1]
    named = any(t.pos_ == "PROPN" or t.dep_ == "conj" and t.head.i == tok.i for t in after)
    return comma + 1 if named else start  # ("most of them villagers, a local group said")


def _counted(part: Token) -> bool:
    """A counted group ("killing at least 11 people, the governor said", "most of them
    villagers"): the people a sentence tells of, which the parser made a second subject of
    the verb of saying."""
    return any(c.dep_ == "nummod" for c in part.children) \
        or part.left_edge.lower_ in _QUANTIFIERS  # "most of them villagers, residents said"


#: Words that open a counted group of people, never a speaker's apposition.
_QUANTIFIERS = frozenset({"most", "many", "some", "all", "several", "half", "dozens",
                          "hundreds", "scores", "none", "each", "both"})


def _side_by_side(doc: Doc, left: int, right: int) -> bool:
    """Only a comma or a hyphen (or nothing) between tokens `left` and `right`."""
    return left < right and all(t.text in (",", "-") for t in doc[left + 1 : right])


#: Dashes that, spaced, set off a dateline or a lead-in ("LAGOS -- President Bello").
DASHES = frozenset({"-", "--", "\u2013", "\u2014", "\u2015"})


def _lead_in_dash(doc: Doc, i: int) -> bool:
    """A spaced dash after a dateline ("BRUSSELS - ") or after the end of a lead-in ("is
    predictable - Donald Trump has vowed"), not one between a name and its description."""
    if doc[i].text not in DASHES or not doc[i].whitespace_ or i == 0:
        return False
    before = doc[i - 1]
    return bool(before.whitespace_) and (before.pos_ != "PROPN" or before.text.isupper())


#: Prepositions of a comma-set circumstance after a speaker's name ("the mayor, in a post on
#: Telegram, said"); "of", "from" and "with" phrases name an affiliation and stay.
_CIRCUMSTANCE = frozenset({"in", "at", "on", "during", "via", "after", "before", "upon"})


def _aside(child: Token) -> bool:
    """A comma-set participle, comparison or circumstance after a speaker's name ("Trump,
    speaking to veterans,", "Clinton, like Obama,", "the mayor, in a statement,"): no part of
    the source."""
    doc = child.doc
    comma = child.left_edge.i > 0 and doc[child.left_edge.i - 1].text == ","
    # the parser hangs such a participle on the name as a clause too ("advcl")
    participle = child.dep_ in ("acl", "advcl") and child.tag_ in ("VBG", "VBN")
    # after a plural group "like" names examples of it, which stay ("critics, like Reed,")
    comparison = child.dep_ == "prep" and (child.lower_ == "unlike" or child.lower_ == "like"
                                           and child.head.tag_ not in ("NNS", "NNPS"))
    closed = child.right_edge.i + 1 < len(doc) and doc[child.right_edge.i + 1].text == ","
    circumstance = child.dep_ == "prep" and child.lower_ in _CIRCUMSTANCE and closed \
        and not _after_clause(child)
    return comma and (participle or comparison or circumstance)


def _bracketed_remark(child: Token) -> bool:
    """A bracketed phrase with a verb after a speaker's name ("Reed (a view echoed by every
    expert I asked)") is the writer's remark; a party and state ("Reed (D-Ohio)") stays."""
    doc = child.doc
    first = child.left_edge.i
    return first > 0 and doc[first - 1].text == "(" and any(
        t.pos_ == "VERB" for t in child.subtree)


def _after_clause(child: Token) -> bool:
    """ "Ann Reed, who led the party from 1990 to 1995, during the war, said": a circumstance
    after the name's relative clause or apposition belongs to that clause, which the parser
    did not stretch over it."""
    head = child.head
    return any(c.dep_ in ("relcl", "appos") and head.i < c.i < child.i for c in head.children)


def longest_run(tokens: Sequence[Token]) -> tuple[int, int] | None:
    """The longest stretch of consecutive tokens (by count of non-punctuation tokens)."""
    runs: list[list[Token]] = []
    for tok in tokens:
        if runs and runs[-1][-1].i == tok.i - 1:
            runs[-1].append(tok)
        else:
            runs.append([tok])
    best = max(runs, key=lambda run: sum(not t.is_punct for t in run), default=None)
    return None if best is None else trim(best[0].doc, best[0].i, best[-1].i)


def minus(tokens: Iterable[Token], *excluded: Iterable[Token]) -> list[Token]:
    drop = {t.i for group in excluded for t in group}
    return [t for t in tokens if t.i not in drop]


def overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] <= b[1] and b[0] <= a[1]


def tokens_with(
    doc: Doc,
    words: Iterable[str],
    lemmas: frozenset[str],
    marks: Iterable[str] = (),
) -> list[int]:
    """Indices of the tokens whose lower-case form is in `words`, whose lower-cased lemma is in
    `lemmas`, or whose text is in `marks`. Read from the Doc's arrays: a rule that can only
    fire at such tokens need not build a Token for every word of the text."""
    strings = doc.vocab.strings
    word_ids = {strings[w] for w in words}
    mark_ids = {strings[m] for m in marks}
    lemma_hit: dict[int, bool] = {}
    out = []
    for i, (orth, lower, lemma) in enumerate(doc.to_array([ORTH, LOWER, LEMMA]).tolist()):
        if lower in word_ids or orth in mark_ids:
            out.append(i)
            continue
        hit = lemma_hit.get(lemma)
        if hit is None:
            hit = lemma_hit[lemma] = strings[lemma].lower() in lemmas
        if hit:
            out.append(i)
    return out


def opens_clause(child: Token) -> bool:
    """A clause opened by "that" or "to" on a noun or verb ("fears that ...", "a plan to ...")."""
    return child.dep_ in ("acl", "ccomp", "relcl") and any(
        g.dep_ in ("mark", "aux") and g.lower_ in ("that", "to") and g.i < child.i
        for g in child.children)
