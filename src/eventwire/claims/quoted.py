"""Direct quotations and the cue that attributes them: which quotation before a cue runs into
the cue's clause, and which one after it is what the cue introduces. These rules read the
punctuation and the line layout first, and the parse only where the layout leaves it open."""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Token

from ..nlp import doc_text
from .singles import can_open
from .spans import QUOTE_CHARS
from .speakers import CUE_LEFT

#: Marks that end a quoted sentence which the writer's attribution then completes
#: ("“We are ready,” she said", "“Who pays?” he asked", "“Stop!” they shouted").
_RUN_ON = frozenset(",?!\u2014")
#: Word classes a speaker's name and title are made of ("regional water board chair Ada Lind",
#: "the head of the port", "Ada Lind and Piet Oren").
_NAME_PARTS = frozenset({"PROPN", "NOUN", "ADJ", "DET", "NUM", "PART", "ADP", "CCONJ"})
#: Punctuation inside a name and title ("Lind, 64,", "Oren (Greens)", "vice-chair").
_NAME_PUNCT = frozenset({",", "(", ")", "-", "\u2013"})
#: At most this many words between the closing mark and the cue.
_MAX_NAME = 12


def leads_to(quote: tuple[int, int], tok: Token) -> bool:
    """Does a quotation before the cue run into the cue's own clause ("“...,” the mayor
    said"), rather than close an earlier sentence ("... in “Exodus.” However, it was then
    that the city saw ...") or paragraph?"""
    if quote[1] > tok.idx:
        return True  # the quotation follows the cue
    doc = tok.doc
    between = doc.char_span(quote[1], tok.idx, alignment_mode="expand")
    if between is None:
        return True
    words = [t for t in between if t.i != tok.i and not t.is_punct]
    if any("\n" in t.text or "\n" in t.whitespace_ for t in between if t.i != tok.i):
        return False
    if all(t.is_space or tok in t.ancestors for t in words):
        return True
    return _run_on(quote, tok) and _speaker_run([t for t in between if t.i != tok.i], tok)


def _run_on(quote: tuple[int, int], tok: Token) -> bool:
    """Does the quotation end in a comma, question or exclamation mark or dash inside its
    closing mark: a quoted sentence the attribution after it completes?"""
    inner = doc_text(tok.doc)[quote[0] : quote[1]].rstrip("".join(QUOTE_CHARS) + " ")
    return inner[-1:] in _RUN_ON


def _speaker_run(words: Sequence[Token], tok: Token) -> bool:
    """ "“...,” regional transport chief Ada Lind said Monday": are the words between the
    closing mark and the cue only a name with its title (the parser may hang them, and the
    cue, on a verb inside the quotation, or tag a capitalised name word as a verb), ending in
    a name or a noun, with at most the cue's own adverbs ("also") before it?"""
    own = [t for t in words if t.head.i == tok.i and t.dep_ in CUE_LEFT]
    name = [t for t in words if not t.is_space and t not in own]
    if not name or len(name) > _MAX_NAME:
        return False
    last = name[-1]
    if last.pos_ not in ("PROPN", "NOUN") and not last.is_title:
        return False
    return all(t.text in _NAME_PUNCT or t.pos_ in _NAME_PARTS or t.is_title
               for t in name)


def following_quote(tok: Token, quotes: Sequence[tuple[int, int]]) -> tuple[int, int] | None:
    """A quotation opening right after the cue and its own words ("continued: “...”",
    "asked her, “...”")."""
    doc = tok.doc
    for q in quotes:
        if q[0] < tok.idx + len(tok.text):
            continue
        between = doc.char_span(tok.idx + len(tok.text), q[0], alignment_mode="contract")
        words = [] if between is None else [t for t in between if not t.is_space]
        if len(words) <= 4 and all(t.text in (",", ":") or tok in t.ancestors
                                   and t.pos_ not in ("VERB", "AUX") for t in words):
            return q
        return None
    return None


#: Marks that open a quotation at the start of a paragraph or a sentence.
_OPENERS = ("\u201c", "``", "''", '"')


def opens_at(text: str, i: int) -> bool:
    """Does a quotation open at char `i`: an opening mark after a space, a line start or an
    opening bracket, followed by a word ("6'3\\"" ends a measure and opens nothing)? A
    single mark opens as `singles.can_open` reads it."""
    mark = next((m for m in _OPENERS if text.startswith(m, i)), None)
    if mark is None:
        return can_open(text, i)
    before = text[i - 1] if i > 0 else "\n"
    after = text[i + len(mark) : i + len(mark) + 1]
    return (before.isspace() or before in "([\u2014") and (after.isalnum() or after == "(")


def paragraph_run(text: str, start: int, quotes: Sequence[tuple[int, int]],
                  cues: Sequence[int]) -> int | None:
    """ "“The money is there.\\n\\n“Now the work must begin.”": a quotation left open at the
    end of its paragraph goes on in the next paragraph when that one opens with a quote mark
    (the layout of a quotation over several paragraphs). The end is the mark that finally
    closes it, or the end of the last paragraph so opened; a paragraph with a cue of its own
    is not taken. None when the quotation at `start` closes on its own line."""
    if not opens_at(text, start) or any(qs == start for qs, _ in quotes):
        return None
    end = _line_end(text, start)
    if any(qs > start and qs < end for qs, _ in quotes):
        return None  # a later quotation on the line: the mark at `start` was no opening one
    while True:
        nxt = end
        while nxt < len(text) and text[nxt].isspace():
            nxt += 1
        if nxt >= len(text) or not opens_at(text, nxt) or "\n" not in text[end:nxt]:
            return end
        line_end = _line_end(text, nxt)
        if any(nxt <= c < line_end for c in cues):
            return end  # the paragraph is attributed on its own ("“...,” she added")
        closed = next((qe for qs, qe in quotes if qs == nxt), None)
        if closed is not None:
            return closed
        end = line_end


def _line_end(text: str, i: int) -> int:
    """The end of the line at char `i`, trailing spaces left out."""
    end = text.find("\n", i)
    end = len(text) if end < 0 else end
    return len(text[:end].rstrip())


def open_content(text: str, content: tuple[int, int], quotes: Sequence[tuple[int, int]],
                 cues: Sequence[int]) -> tuple[int, int]:
    """ "The report says:\\n\\n“Fares rose again.\\n\\n“Few riders noticed.”": a content that
    opens with a quotation left open at the end of its paragraph runs on over the paragraphs
    that go on with it (`paragraph_run`)."""
    start, end = content
    opening = next((i for i in (start - 1, start) if i >= 0 and opens_at(text, i)), None)
    if opening is None:
        return content
    line_end = _line_end(text, opening)
    if end > line_end or text[end:line_end].strip(" .,;:!?\u2014") \
            or any(end <= c < line_end for c in cues):
        return content  # the content stops short of the paragraph's end
    run = paragraph_run(text, opening, quotes, cues)
    return content if run is None or run <= end else (start, run)
