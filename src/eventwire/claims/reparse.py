"""Lines and sentences the model misreads, parsed again for the claims stage only.

A headline set in title case ("Governor Rejects Calls To Resign") misleads the small English
model: it tags the capitalised verbs and nouns as proper nouns, so no cue is found. Each such
line is parsed once more with the words that are not names put in lower case. A sentence with
a curly apostrophe before "s" that the model plainly misread ("the council’s" heading a
clause) is parsed once more with a straight one, which the model knows far better. The tokens
of each such span, in a copy of the Doc, take the new tags, lemmas and arcs (the entities
stay: the second parse skips the recogniser, the dearest part of it). The text, the tokens
and so every offset stay those of the original; the other stages keep the Doc they were given.

A capitalised word of a title-case line (but the first) is lowered when the rest of the
document writes it in lower case, or it is a cue word or a stop word, unless the document also
writes it capitalised inside a sentence ("Governor Lund said ..."): that is a name. Words in
capitals or mixed case ("NATO", "McAdams") stay as they are.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from ..nlp import get_nlp, line_break_tokens

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

# A line is read as title case when at least `_MIN_WORDS` of its words of four letters or
# more are capitalised and at most `_LOWER_WORDS` are not (some styles keep "from", "with"
# low); a byline or a lead sentence full of names has more verbs and nouns in lower case.
_MIN_WORDS = 3
_LOWER_WORDS = 1
# Lines longer than this are prose, not headings; at most `_MAX_LINES` lines per document are
# parsed again (headings are few: the cost stays bounded on odd inputs).
_MAX_TOKENS = 40
_MAX_LINES = 4
# Marks after which the next word may open a clause of its own (kept as written).
_OPENERS = frozenset({":", "“", "‘", '"', "'", "—", "–", "(", ";"})
# Clitics written with a curly apostrophe, and the tags the model may rightly give them
# ("’s" a possessive, "is" or "has", or "us" in "let’s"); a possessive tag on a word that
# heads something, or any other tag, is a misreading.
_CLITICS = frozenset({"’s", "’S", "’m"})
_CLITIC_TAGS = frozenset({"POS", "VBZ", "VBP", "VBD", "PRP"})
_CURLY = re.compile(r"(?<=\w)’(?=\w)")


def reparsed(doc: Doc, cue_words: frozenset[str]) -> Doc:
    """`doc`, or a copy of it whose title-case lines holding one of `cue_words` (lower case;
    a plural noun counts by its singular) and whose misread sentences carry the parse of
    their sentence-case, straight-apostrophe form (same text, same tokens)."""
    lines = [line for line in title_lines(doc) if _holds(line, cue_words)]
    spans = lines + [s for s in misread_sentences(doc) if _holds(s, cue_words)
                     and not any(s.start < ln.end and ln.start < s.end for ln in lines)]
    if not spans:
        return doc
    texts = _sentence_cased(doc, lines, cue_words) + [s.text for s in spans[len(lines):]]
    from spacy.attrs import DEP, HEAD, LEMMA, MORPH, POS, TAG

    attrs: list[int | str] = [TAG, POS, MORPH, LEMMA, HEAD, DEP]
    rows = doc.to_array(attrs)
    changed = False
    # The model's own rule components, not the stand-ins of `parse_many`: on a few short
    # texts they cost less, and they give the same tags and lemmas.
    subs = get_nlp().pipe([_CURLY.sub("'", t).rstrip() for t in texts], disable=["ner"])
    for span, sub in zip(spans, subs, strict=True):
        if _aligned(span, sub):
            rows[span.start : span.end] = sub.to_array(attrs)
            changed = True
    if not changed:
        return doc
    return _copy_with(doc, attrs, rows)


def _sentence_cased(doc: Doc, lines: list[Span], cue_words: frozenset[str]) -> list[str]:
    if not lines:
        return []
    names, common = _casings(doc, lines)
    return [sentence_case(line, names, common | cue_words) for line in lines]


def misread_sentences(doc: Doc) -> list[Span]:
    """Sentences holding a curly-apostrophe clitic the model misread (see `_CLITIC_TAGS`)."""
    import numpy
    from spacy.attrs import ORTH

    clitics = [doc.vocab.strings.add(c) for c in _CLITICS]
    out: list[Span] = []
    for i in numpy.flatnonzero(numpy.isin(doc.to_array(ORTH), clitics)).tolist():
        tok = doc[i]
        if tok.tag_ not in _CLITIC_TAGS or tok.tag_ == "POS" and tok.dep_ != "case":
            sent = tok.sent
            if not out or out[-1].start != sent.start:
                out.append(sent)
    return out


def _copy_with(doc: Doc, attrs: list[int | str], rows: Any) -> Doc:
    out = doc.copy()
    out.from_array(attrs, rows)
    return out


def title_lines(doc: Doc) -> list[Span]:
    """The lines of `doc` set in title case, each without its line break."""
    out: list[Span] = []
    for start, end in _lines(doc):
        if end - start > _MAX_TOKENS:
            continue
        words = [t.text[:1].isupper() for t in doc[start:end] if t.is_alpha and len(t) > 3]
        if sum(words) >= _MIN_WORDS and len(words) - sum(words) <= _LOWER_WORDS:
            out.append(doc[start:end])
            if len(out) == _MAX_LINES:
                break
    return out


def _holds(line: Span, words: frozenset[str]) -> bool:
    return any(t.lower_ in words or t.lower_[-1:] == "s" and t.lower_[:-1] in words
               for t in line)


def _lines(doc: Doc) -> list[tuple[int, int]]:
    """(first token, token past the last) of each line of `doc`, line breaks left out."""
    out: list[tuple[int, int]] = []
    start = 0
    for i in [*line_break_tokens(doc), len(doc)]:
        end = i if i == len(doc) or doc[i].is_space else i + 1
        if end > start:
            out.append((start, end))
        start = i + 1
    return out


def _casings(doc: Doc, lines: list[Span]) -> tuple[frozenset[str], frozenset[str]]:
    """(words of `lines` the rest of the document writes capitalised inside a sentence,
    words of `lines` it writes in lower case, also as the singular of a plural): names, and
    words known to be common. Read from the Doc's arrays."""
    from spacy.attrs import ORTH, SENT_START

    strings = doc.vocab.strings
    capital: set[int] = set()
    lower: set[int] = set()
    for line in lines:
        for tok in line:
            if tok.is_alpha and tok.text[:1].isupper():
                capital.add(tok.orth)
                lower.update(strings.add(w) for w in (tok.lower_, tok.lower_[:-1]))
    skip = {i for line in lines for i in range(line.start, line.end)}
    openers = {strings.add(m) for m in _OPENERS}
    names: set[int] = set()
    common: set[int] = set()
    prev = -1
    for i, (orth, start) in enumerate(doc.to_array([ORTH, SENT_START]).tolist()):
        if i not in skip:
            if orth in capital and start != 1 and prev not in openers:
                names.add(orth)
            elif orth in lower:
                common.add(orth)
        prev = orth
    return (frozenset(strings[o] for o in names),
            frozenset(strings[o] for o in common))


def sentence_case(line: Span, names: frozenset[str], common: frozenset[str]) -> str:
    """The text of `line` with its capitalised words lowered, the first word aside, but for
    names: a word the document writes capitalised inside a sentence, and a word it does not
    show as common (in `common`, as a plural of one, or a stop word) right before a name
    kept ("Ada Obi" when only "Obi" recurs)."""
    kept = _kept(line, names, common)
    parts: list[str] = []
    first = True
    for tok in line:
        text = tok.text
        if tok.is_alpha and not first and _capitalised(text) and tok.i not in kept:
            text = text.lower()
        if tok.is_alpha or tok.like_num:
            first = False
        parts.append(text + tok.whitespace_)
    return "".join(parts).rstrip()


def _kept(line: Span, names: frozenset[str], common: frozenset[str]) -> set[int]:
    """Indices of the line's capitalised words read as names (see `sentence_case`)."""
    from spacy.lang.en.stop_words import STOP_WORDS

    kept: set[int] = set()
    after = -1  # the word after the current one, when it is a name kept
    for tok in reversed(line):
        text = tok.text
        lower = text.lower()
        known = lower in common or lower in STOP_WORDS \
            or lower[-1:] == "s" and lower[:-1] in common
        if text in names or tok.is_alpha and text[:1].isupper() and not known \
                and after == tok.i + 1 and tok.whitespace_ == " ":
            kept.add(tok.i)
            after = tok.i
        elif not tok.is_space:
            after = -1
    return kept


def _capitalised(word: str) -> bool:
    """ "Rejects", "A": a capital and then only small letters ("I" stays as it is)."""
    return word[:1].isupper() and (word[1:].islower() or word == "A")


def _aligned(line: Span, sub: Doc) -> bool:
    """Did the sentence-case text split into the same tokens as the line?"""
    if len(sub) != len(line):
        return False
    return all(len(a) == len(b) and a.idx - line.start_char == b.idx
               for a, b in zip(line, sub, strict=True))
