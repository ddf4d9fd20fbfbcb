"""Turning token-level findings into `records.Attribution`s."""

from __future__ import annotations

from spacy.tokens import Doc

from ..nlp import doc_text
from ..records import Attribution, Span
from .antecedents import rebound
from .chains import body_mentions, chain_for, person_mentions
from .extract import find_raw
from .lexicon import get_lexicon
from .quoted import open_content, opens_at, paragraph_run
from .spans import Found, doc_quote_regions
from .stance import stance_of
from .unsourced import KIND as UNSOURCED
from .unsourced import stance as unsourced_stance
from .unsourced import with_unsourced

_OPENERS = frozenset({"\u201c", '"', "\u2018", "'", "`"})


def _chars(doc: Doc, span: tuple[int, int]) -> Span:
    return (doc[span[0]].idx, doc[span[1]].idx + len(doc[span[1]].text))


def _content_chars(doc: Doc, item: Found, quotes: list[tuple[int, int]]) -> Span:
    """The content's char span, widened to the quote marks around it (a quotation can run
    over several sentences before its cue)."""
    start, end = _chars(doc, item.content)
    cue_start = doc[item.cue[0]].idx
    for qs, qe in quotes:
        if qs <= start < qe and not qs <= cue_start < qe:
            start = qs
        if qs < end <= qe and not qs <= cue_start < qe:
            end = qe
    return (start, end)


def _continued(doc: Doc, text: str, item: Found, content: Span,
               quotes: list[tuple[int, int]], cues: list[int]) -> Span:
    """ "“We held the line,” he said. “We will hold it again.”": a quotation that opens right
    after the cue's sentence, in the same paragraph and with no cue of its own, continues the
    statement whose content is a quotation (or ends in one) before the cue."""
    start, end = content
    cue = doc[item.cue_head]
    quoted = text[start : start + 1] in _OPENERS or any(qe == end for _, qe in quotes)
    if end > cue.idx or not quoted:
        return content
    sent_end = cue.sent.end_char
    # the parser may end the sentence after the next opening mark ("he said. ''But ...")
    following = next((q for q in quotes if q[0] > cue.idx and -3 <= q[0] - sent_end <= 3), None)
    if following is None:
        return _continued_over_paragraphs(text, content, cue.idx, sent_end, quotes, cues)
    if "\n" in text[cue.idx : following[0]]:
        return content
    tail = doc.char_span(following[0], following[1], alignment_mode="expand")
    stop = tail.sent.end_char if tail is not None else following[1]
    newline = text.find("\n", following[1], stop)
    stop = stop if newline < 0 else newline
    if any(following[0] <= c <= stop for c in cues):
        return content  # the next quotation has its own speaker
    return (start, following[1])


def _continued_over_paragraphs(text: str, content: Span, cue: int, sent_end: int,
                               quotes: list[tuple[int, int]], cues: list[int]) -> Span:
    """ "“...,” she said. “The money is there.\n\n“Now the work must begin.”": the quotation
    after the cue's sentence is left open at its paragraph's end and goes on in the
    next one (`paragraph_run`)."""
    opening = next((i for i in range(max(cue, sent_end - 3), sent_end + 4)
                    if opens_at(text, i)), None)
    if opening is None or "\n" in text[cue:opening]:
        return content
    end = paragraph_run(text, opening, quotes, cues)
    if end is None or any(opening <= c < end for c in cues):
        return content
    return (content[0], end)


def _split(text: str, item_chars: Span, content: Span, quotes: list[tuple[int, int]],
           cues: list[int]) -> Span:
    """ "“By closing the port,” the minister said, “we lost the harvest.”": a quotation broken
    by its speaker and cue is one statement, from the first mark to the last."""
    first, last = item_chars
    start, end = content
    if start >= last:  # the content follows the cue: look for the part before the speaker
        before = next((q for q in quotes if q[1] <= first and _joins(text, q[1], first)
                       and "," in text[q[1] - 3 : first]), None)  # “A,” he said, “B.”
        own = sum(first <= c < last for c in cues)  # “A,” he said, adding, “B.”: A is said's
        if before is not None and text[start : start + 1] in _OPENERS and own <= 1:
            return (before[0], end)
    elif end <= first and text[start : start + 1] in _OPENERS:
        after = next((q for q in quotes if q[0] >= last and _aside_between(text, last, q[0])),
                     None)  # “A,” he told reporters on Monday, “B.”
        if after is not None and not any(last <= c < after[1] for c in cues):
            return (start, after[1])
    return content


def _aside_between(text: str, a: int, b: int) -> bool:
    """Only the cue's own comma-closed adjuncts between char offsets a and b ("told the
    paper on Monday,"): one clause, no sentence end, no other quotation."""
    between = text[a:b]
    return (b - a <= 100 and between.rstrip().endswith(",")
            and not any(ch in between for ch in ".!?;:\n\"\u201c\u201d"))


def _joins(text: str, a: int, b: int) -> bool:
    """Only a comma and spaces between char offsets a and b."""
    return b - a <= 3 and text[a:b].strip() in ("", ",")


def build_attributions(doc: Doc) -> list[Attribution]:
    lex = get_lexicon()
    text = doc_text(doc)
    quotes = doc_quote_regions(doc)
    items = with_unsourced(doc, find_raw(doc, lex))
    cues = [doc[item.cue_head].idx for item in items]
    mentions = person_mentions(doc, lex, [item.source_head for item in items
                                          if item.kind != UNSOURCED])
    bodies = body_mentions(doc, lex)
    out: list[Attribution] = []
    for item in items:
        cue_span = _chars(doc, item.cue)
        cue = text[cue_span[0] : cue_span[1]]
        if item.kind == UNSOURCED:
            out.append(Attribution(None, None, cue, cue_span,
                                   open_content(text, _content_chars(doc, item, quotes), quotes,
                                                cues), unsourced_stance(doc, item)))
            continue
        chain = chain_for(doc, item, mentions, lex, bodies)
        source_span = _chars(doc, item.source)
        out.append(
            Attribution(
                source=text[source_span[0] : source_span[1]],
                source_span=source_span,
                cue=cue,
                cue_span=cue_span,
                content_span=_split(
                    text, (min(source_span[0], cue_span[0]), max(source_span[1], cue_span[1])),
                    _continued(doc, text, item, open_content(
                        text, _content_chars(doc, item, quotes), quotes, cues), quotes, cues),
                    quotes, cues),
                stance=stance_of(doc, item, lex),
                claimant=chain.claimant,
                claimant_role=chain.role,
                channel=chain.channel,
                reported_by=chain.reported_by,
                claimant_country=chain.country,
            )
        )
    return rebound(doc, out)
