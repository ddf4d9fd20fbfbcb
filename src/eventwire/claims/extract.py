"""Finding attributed statements on the dependency parse: who said (source), how (cue), what
(content). The shapes covered: a verb of saying with a clause, an object or an infinitive
("said that", "denied the claims", "urged residents to leave"), verbs of thought and intention
("believes that", "wants to"), attitude adjectives ("is confident that"), inverted, trailing and
parenthetical reporting ("..., he said", "..., experts say", "as the governor noted"), passives
with an agent ("was confirmed by the ministry"), records as sources ("footage shows"),
"according to X", "citing X", statement nouns ("Moscow's claim that ...", "a claim that Ukraine
denies") and direct quotes, whose content runs to the quote marks even across sentence
boundaries.

This module walks the document and dispatches each token to the shape it may head; the shapes
live in `verbs.py` (verbs and adjectives), `phrases.py` ("according to", "citing", statement
nouns) and `layout.py` (colon, dash, title-case headline), with speakers in `speakers.py`,
content rules in `content.py` and the clean-up of overlapping findings in `cleanup.py`.
Everything here works on token indices; `build.py` and `chains.py` turn the findings into
records.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from spacy.tokens import Doc, Token

from ..nlp import doc_text
from ..places.datelines import dateline_spans
from .accords import agreement_cue
from .cleanup import (
    cut_before_answers,
    cut_sources,
    drop_embedded,
    drop_generic,
    drop_governors,
    drop_in_turns,
    drop_quoted,
    drop_weak_nested,
    fold_closing_relays,
    truncate_nested,
)
from .feelings import FEELING, stirred_feeling
from .interviews import answer_turn
from .layout import DASHES, colon, dash, headline
from .lexicon import CueLexicon
from .mistagged import mistagged_verb
from .phrases import (
    ISSUED,
    absolute_attitude,
    according_to,
    against,
    attach_citing,
    by_estimate,
    copular_statement,
    gone_after,
    in_record,
    issued_work,
    light_verb_cue,
    made_clear,
    position_cue,
    possessed_stance,
    relative_clause_cue,
    standalone_citing,
    statement_noun,
    viewpoint,
)
from .spans import QUOTE_CHARS, Found, Range, doc_quote_regions, tokens_with, trim
from .tolls import toll_cue
from .verbs import attitude_cue, passive_attitude, put_it, verb_cue

# Punctuation that may head a finding: a colon or dash before a quotation, also glued to a
# quote mark ("“—").
_PUNCT_CUES = frozenset({":", *DASHES, *(q + d for q in QUOTE_CHARS for d in DASHES)})


def find_raw(doc: Doc, lex: CueLexicon) -> list[Found]:
    """Every attribution the parse shows, nested ones trimmed and relays merged."""
    quotes = doc_quote_regions(doc)
    found: dict[int, Found] = {}
    consumed_citing: set[int] = set()
    candidates = tokens_with(doc, lex.dispatch_words, lex.dispatch_lemmas, _PUNCT_CUES)
    for i in candidates:
        tok = doc[i]
        item = _match(tok, lex, quotes)
        if item is None or item.cue_head in found:
            continue
        item = attach_citing(doc, item, lex)
        if item.cited is not None:
            consumed_citing.update(t.i for t in doc[item.cited].ancestors if t.lemma_ == "cite")
        found[item.cue_head] = item
    for i in candidates:  # "citing" is a dispatch word
        if i not in consumed_citing and i not in found and doc[i].lower_ == "citing":
            item = standalone_citing(doc[i], lex)
            if item is not None:
                found[i] = item
    for i in consumed_citing:  # "TASS, which cited police, reported": one statement, relayed
        found.pop(i, None)
    datelines = dateline_tokens(doc)
    trimmed = [_trimmed(doc, f, lex, datelines)
               for f in sorted(found.values(), key=lambda f: f.cue[0])]
    items = _drop_framing(doc, [f for f in trimmed if f is not None and _well_formed(f)],
                          lex)
    items = drop_governors(items)
    items = drop_weak_nested(doc, items, lex)
    items = drop_generic(doc, items, lex)
    items = drop_in_turns(drop_quoted(doc, items, quotes))
    items = cut_before_answers(fold_closing_relays(doc, items, lex))
    causes = frozenset(item.cue_head for item in items if item.kind == FEELING)
    items = drop_embedded(doc, items, causes)
    return cut_sources(doc, truncate_nested(doc, items))


def _drop_framing(doc: Doc, items: list[Found], lex: CueLexicon) -> list[Found]:
    """ "sent a letter urging the council to act", "ignored a warning from the army that the
    bridge was unsafe": a work put out or a topic taken up gives way to a statement inside
    it, which is the claim (its cue may take in the issuing verb)."""
    def framed(item: Found, o: Found) -> bool:
        inside = o is not item and item.content[0] <= o.cue_head <= item.content[1]
        return inside and (item.kind != ISSUED or o.source_head == item.source_head)

    return [item for item in items if not (
        item.kind == ISSUED or doc[item.cue_head].lemma_.lower() in lex.topical) or not any(
        framed(item, o) for o in items)]


def _well_formed(item: Found) -> bool:
    """Every range runs forwards (a guard against a rule that widened past its anchor)."""
    return all(r[0] <= r[1] for r in (item.source, item.cue, item.content))


def _trimmed(doc: Doc, item: Found, lex: CueLexicon,
             datelines: Sequence[Range]) -> Found | None:
    if _paragraph_before(doc, item):
        return None
    start, end = _within_paragraph(doc, item)
    start = _after_dateline(doc, start, end, datelines)
    content = trim(doc, start, end)
    if content is not None and item.cue_head < content[0]:
        content = _reporters_aside(doc, content)
    if content is not None and item.cue_head < content[0]:
        content = _writers_summary(doc, content, lex)
    return None if content is None else replace(item, content=content)


#: The most words a dateline's place name has ("BANDAR SERI BEGAWAN", "RIO DE JANEIRO"); a
#: longer line in capitals before a dash is a heading.
_PLACE_WORDS = 4


def dateline_tokens(doc: Doc) -> list[Range]:
    """The datelines of the document as inclusive token ranges, read as the places stage
    reads them (`places.datelines`: "KYIV, March 3 (Reuters) -", "KHERSON, Ukraine, Nov. 18
    (AP) --", "BEIRUT (Reuters) -", "MOSCOW, January 5. /TASS/.")."""
    text = doc_text(doc)
    out: list[Range] = []
    for start, end in dateline_spans(text):
        head = re.split(r"[,(/\u2013\u2014\u2015]|\s-", text[start:end], maxsplit=1)[0]
        if len(head.split()) > _PLACE_WORDS:
            continue  # a heading in capitals ("EVEN HIS BOSS THINKS HE IS WRONG - ...")
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is not None and len(span):
            out.append((span.start, span.end - 1))
    return out


def _after_dateline(doc: Doc, start: int, end: int, datelines: Sequence[Range]) -> int:
    """ "KYIV, March 3 (Reuters) - Drones struck the port, the governor said": a dateline
    opening the paragraph says where the report was filed; what is said starts after it,
    also when the parser made the city a sentence of its own and the content starts at the
    comma or the date after it."""
    while start < end and doc[start].is_space:
        start += 1
    for first, last in datelines:
        if first <= start <= last:
            return last + 1
    return start


def _writers_summary(doc: Doc, content: Range, lex: CueLexicon) -> Range | None:
    """ "said its forces had repelled the assault, a claim that could not be verified": a
    comma-set noun summing up the statement, with a clause of its own, closing the content,
    is the writer's comment on it (inside quotation marks it stays)."""
    start, end = content
    for tok in doc[start + 1 : end + 1]:
        if tok.dep_ not in ("appos", "npadvmod") or tok.lemma_.lower() not in lex.summaries:
            continue
        first = tok.left_edge.i
        if doc[first - 1].text == "," and tok.right_edge.i >= end and first > start + 1 \
                and any(c.dep_ in ("relcl", "acl") for c in tok.children) \
                and not any(t.text in QUOTE_CHARS for t in doc[start:first]):
            return trim(doc, start, first - 2)
    return content


def _reporters_aside(doc: Doc, content: Range) -> Range | None:
    """A comma-set relative clause or participle closing the content ("..., which the court
    has put on hold", "..., focusing on young voters") is the reporter's aside, not part of
    what the source said; inside quotation marks it stays."""
    start, end = content
    for tok in doc[start + 1 : end + 1]:
        comma = doc[tok.left_edge.i - 1].text == ","
        aside = tok.dep_ == "relcl" or tok.dep_ in ("advcl", "acl") and tok.tag_ == "VBG"
        if not (aside and comma and tok.right_edge.i >= end and tok.left_edge.i > start + 1):
            continue
        if any(t.text in QUOTE_CHARS for t in doc[start : tok.left_edge.i]):
            return content  # the aside may stand inside the quotation
        return trim(doc, start, tok.left_edge.i - 2)
    return content


def _paragraph_before(doc: Doc, item: Found) -> bool:
    """Is the content a whole paragraph before the cue's own (a headline the parser glued to
    the first sentence: "Envoy Says Talks Failed\n\nThe envoy spoke on Monday")? A cue
    does not report across a paragraph break behind it, but for a quotation that closes the
    paragraph before ("“We will appeal.”\n\nThe lawyers also blasted the ruling")."""
    start, end = item.content
    first = min(item.cue[0], item.source[0])
    if end >= first:
        return False
    if doc[start].text in QUOTE_CHARS and (start == 0 or "\n" in doc[start - 1].text
                                           or "\n" in doc[start - 1].whitespace_):
        return False
    return any(t.is_space and "\n" in t.text or "\n" in t.whitespace_
               for t in doc[end:first])


def _within_paragraph(doc: Doc, item: Found) -> Range:
    """A content the parse ran across a line break (a headline glued to the first paragraph)
    stops at the break on the far side from the cue (a transcript turn keeps its lines)."""
    start, end = item.content
    last = doc[end]
    if item.kind == "colon":
        return (start, end)  # a speaker's turn runs over the lines `colon` gave it
    if "\n" not in doc_text(doc)[doc[start].idx : last.idx + len(last.text_with_ws)]:
        return (start, end)  # no line break at all: the common case, decided on the text
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
        return according_to(tok)
    if lower == "in" and tok.pos_ == "ADP":
        return in_record(tok, lex)
    if lower == "by":
        return by_estimate(tok, lex)  # "by one estimate, ..."
    if lower == "against":
        return against(tok, lex)
    if tok.text == ":":
        return answer_turn(tok, lex) or colon(tok, quotes, lex)
    if tok.text in DASHES or tok.text[:1] in QUOTE_CHARS and tok.text[1:] in DASHES:
        return dash(tok, quotes)
    if tok.pos_ in ("NOUN", "PROPN") and lower in lex.headline_forms:
        found = mistagged_verb(tok, lex)
        if found is not None:
            return found
    if tok.pos_ == "PROPN" and tok.text[:1].isupper() and (
            lower in lex.headline_forms or lower in lex.cue_verbs and _after_plural(tok)):
        return headline(tok)
    if tok.dep_ == "acomp" and (tok.lemma_.lower() in lex.attitude_adjectives
                                or lower in lex.attitude_adjectives):
        return attitude_cue(tok, lex)
    if tok.dep_ == "advcl" and (tok.lemma_.lower() in lex.attitude_adjectives
                                or lower in lex.attitude_adjectives):
        found = absolute_attitude(tok, lex)  # "with investors nervous about the currency"
        if found is not None:
            return found
    if tok.tag_ == "VBN" and lower in lex.attitude_adjectives:
        found = passive_attitude(tok, lex)
        if found is not None:
            return found
    if tok.pos_ == "VERB" and tok.lemma_ == "make":
        found = made_clear(tok, lex)
        if found is not None:
            return found
    if tok.pos_ == "VERB" and tok.lemma_.lower() in lex.reckoning_verbs:
        found = toll_cue(tok, lex)  # "put the death toll at 23"
        if found is not None:
            return found
    if tok.pos_ == "VERB" and tok.lemma_.lower() in lex.light_verbs:
        for noun in tok.children:  # "announced plans to": the noun of stance joins the cue
            if noun.dep_ == "dobj" and noun.lemma_.lower() in lex.owned_nouns:
                found = light_verb_cue(noun, lex)
                if found is not None:
                    return found
    if tok.pos_ == "VERB" and tok.lemma_.lower() in lex.feelings:
        found = stirred_feeling(tok, lex)  # "the levy angered the farmers"
        if found is not None:
            return found
    if tok.pos_ == "VERB" and tok.lemma_.lower() in lex.cue_verbs and lower != "citing":
        if tok.dep_ in ("acl", "relcl") and tok.head.lemma_.lower() in lex.statement_nouns:
            found = relative_clause_cue(tok)
            if found is not None or tok.tag_ != "VBG" and not _with_agent(tok):
                return found  # "a statement saying that ...", "a view shared by" go on as verbs
        found = verb_cue(tok, lex, quotes)
        if found is not None or tok.lemma_.lower() not in lex.issuing:
            return found
    if tok.pos_ == "VERB" and tok.lemma_.lower() in lex.pursuit:
        found = gone_after(tok, lex)  # "has gone after the mayor as a fraud"
        if found is not None:
            return found
    if tok.pos_ == "VERB" and tok.lemma_.lower() in lex.issuing:
        found = issued_work(tok, lex)  # "released an ad", "published the video"
        if found is not None or tok.lemma_.lower() in lex.cue_verbs:
            return found
    if tok.pos_ == "NOUN" and tok.dep_ == "pobj" and tok.lemma_.lower() in lex.viewpoints:
        found = viewpoint(tok, lex)  # "in the senator's view, ..."
        if found is not None:
            return found
    if tok.pos_ == "NOUN" and tok.lemma_.lower() in lex.agreements:
        found = agreement_cue(tok, lex)  # "signed an accord to pool their crews"
        if found is not None:
            return found
    if tok.pos_ == "NOUN" and tok.lemma_.lower() in lex.stance_nouns:
        found = light_verb_cue(tok, lex)
        if found is not None:
            return found
    if tok.pos_ == "NOUN" and tok.dep_ == "nsubj" and tok.lemma_.lower() in (
            lex.statement_nouns | lex.stance_nouns):
        found = copular_statement(tok, lex)
        if found is not None:
            return found
    if tok.pos_ == "NOUN" and tok.lemma_.lower() in lex.position_nouns:
        return position_cue(tok, lex)
    if tok.pos_ == "NOUN" and tok.lemma_.lower() in lex.statement_nouns:
        found = statement_noun(tok, lex)
        if found is not None:
            return found
    if tok.pos_ == "NOUN" and tok.lemma_.lower() in lex.owned_nouns:
        return possessed_stance(tok, lex)
    if tok.lemma_ == "put" and tok.pos_ == "VERB":
        return put_it(tok, lex)
    return None


def _with_agent(tok: Token) -> bool:
    """A passive participle naming who did it ("a view echoed by the council")."""
    return tok.tag_ == "VBN" and any(c.dep_ == "agent" for c in tok.children)


def _after_plural(tok: Token) -> bool:
    """ "Lawmakers Rip ...", "Officials Say ...": after a plural subject a title-case
    headline has the verb's plain form."""
    if tok.i == 0 or tok.lemma_.lower() != tok.lower_:
        return False
    prev = tok.doc[tok.i - 1]
    return prev.tag_ in ("NNS", "NNPS") or prev.text[:1].isupper() and prev.lower_.endswith("s") \
        and not prev.lower_.endswith("ss")


# --- subjects ------------------------------------------------------------------------------
