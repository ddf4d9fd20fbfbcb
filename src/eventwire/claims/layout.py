"""Attributions that the page layout marks rather than a verb: a speaker and a colon
("SMITH: We will not retreat."), a quotation signed after a dash ("“...” ― Olena Marchuk") and
a title-case headline whose verb the tagger took for a name ("Zelensky Says Talks Are Off")."""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Token

from .lexicon import CueLexicon
from .spans import QUOTE_CHARS, Found, noun_phrase, trim

DASHES = frozenset({"\u2015", "\u2014", "\u2013", "--"})


def colon(tok: Token, quotes: Sequence[tuple[int, int]], lex: CueLexicon) -> Found | None:
    """ "Zelensky: “We will respond.”" - a named speaker, a colon, a quotation; and a speaker
    opening a line ("SMITH: We will not retreat." in a transcript, "Kuleba: Talks Are Off" or
    "Survey: Most Residents Stay" as a headline), whose content runs to the end of the line.
    A label opening a line ("Note:", "UPDATE:") is no speaker."""
    doc = tok.doc
    after = tok.idx + 1
    quote = next((q for q in quotes if 0 <= q[0] - after <= 2), None)
    if tok.i == 0:
        return None
    speaker = doc[tok.i - 1]
    while speaker.dep_ == "compound" and speaker.head.i < tok.i and speaker.head.i != speaker.i:
        speaker = speaker.head
    if speaker.lower_ in lex.labels or speaker.lemma_.lower() in lex.labels:
        return None  # "Note: ...", "UPDATE: ..."
    doer = _doer(speaker, lex) if quote is not None else None
    if doer is not None and quote is not None:  # "Senator Ito grills bank chief: ‘...’"
        return _aimed_quote(tok, doer, quote)
    headline_speaker = quote is None and (
        speaker.pos_ in ("PROPN", "NOUN") and speaker.text[:1].isupper()
        or speaker.lemma_.lower() in lex.speaker_nouns | lex.evidence_subjects)
    if speaker.pos_ != "PROPN" and not (quote is None and _capitals(speaker)) \
            and not headline_speaker:
        return None
    named = speaker.ent_type_ in ("PERSON", "ORG", "NORP", "GPE")
    if not named and not (quote is not None and speaker.ent_type_ == "" or _capitals(speaker)
                          or headline_speaker):
        return None
    start, _ = noun_phrase(speaker, cut_relative=True)
    source = trim(doc, start, tok.i - 1, keep_quotes=False)
    if source is None:
        return None
    if headline_speaker and not named and any(
            t.pos_ not in ("PROPN", "NOUN") or t.is_stop for t in doc[source[0] : source[1] + 1]):
        return None  # "Stealth Over Health: ..." is a title, not a speaker
    cue = (tok.i, tok.i)
    if source[0] < source[1] and doc[source[0]].lower_ in ("said", "says"):
        cue, source = (source[0], source[0]), (source[0] + 1, source[1])  # "Said Ellis: ..."
    if quote is None:
        line = _line_content(tok, source)
        if line is None:
            return None
        return Found("colon", cue, tok.i, source, speaker.i, line)
    span = doc.char_span(quote[0], quote[1], alignment_mode="expand")
    if span is None:
        return None
    return Found("colon", cue, tok.i, source, speaker.i, (span.start, span.end - 1))


def _doer(obj: Token, lex: CueLexicon) -> Token | None:
    """The person named as subject of a verb of verbal force whose object closes the clause
    before a colon and a quotation ("Governor Lund rips lawmakers: ‘...’"): the one whose
    words follow, the object being whom they are aimed at. With a country, a force or a
    common noun as subject ("Russia attacked the port: “...”") the verb may be a deed that
    the quotation then describes in someone else's words."""
    verb = obj.head
    if obj.dep_ != "dobj" or verb.pos_ != "VERB" or verb.lemma_.lower() not in lex.verbal_acts:
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
    if subject is None or subject.pos_ != "PROPN" or subject.ent_type_ != "PERSON":
        return None
    return subject


def _aimed_quote(tok: Token, doer: Token, quote: tuple[int, int]) -> Found | None:
    """The finding for "X verbs Y: ‘...’": the clause before the colon as source, the
    colon as cue, the quotation as content."""
    doc = tok.doc
    source = trim(doc, doer.left_edge.i, tok.i - 1, keep_quotes=False)
    span = doc.char_span(quote[0], quote[1], alignment_mode="expand")
    if source is None or span is None:
        return None
    return Found("colon", (tok.i, tok.i), tok.i, source, doer.i, (span.start, span.end - 1))


def _capitals(tok: Token) -> bool:
    """A name in capitals, as speakers are written in a transcript ("SMITH")."""
    return tok.is_upper and tok.is_alpha and len(tok.text) > 1


def line_start(doc: Doc, i: int) -> bool:
    """Does token i open a line (or the text), an opening quote mark aside?"""
    j = i - 1
    while j >= 0 and doc[j].text in QUOTE_CHARS:
        j -= 1
    return j < 0 or "\n" in doc[j].whitespace_ or (doc[j].is_space and "\n" in doc[j].text)


def line_end(doc: Doc, i: int) -> int:
    """The last token of the line that token i is on."""
    while i + 1 < len(doc) and "\n" not in doc[i].whitespace_ and not (
        doc[i + 1].is_space and "\n" in doc[i + 1].text
    ):
        i += 1
    return i


def _line_content(tok: Token, source: tuple[int, int]) -> tuple[int, int] | None:
    """The rest of the line after "NAME:" when the name of one to four words opens the line."""
    doc = tok.doc
    words = [t for t in doc[source[0] : source[1] + 1] if not t.is_punct]
    if not 0 < len(words) <= 4 or not line_start(doc, source[0]):
        return None
    if not all(t.text[:1].isupper() for t in words):
        return None
    end = line_end(doc, tok.i)
    if source[0] > 0 and doc[source[0] - 1].text in _OPENING_MARKS:
        end = _continued_turn(doc, source[0] - 1, end)
    content = trim(doc, tok.i + 1, end)
    if content is None or content[1] - content[0] < 2:
        return None
    return content


#: Marks that open a quotation; a transcript may open each paragraph of a turn with one.
_OPENING_MARKS = frozenset({"\u201c", '"'})


def _left_open(doc: Doc, start: int, end: int) -> bool:
    """Does the quotation opened at token `start` stay open to the end of the line at `end`
    (no closing mark after it on the line)?"""
    line = "".join(t.text_with_ws for t in doc[start + 1 : end + 1])
    return line.count('"') % 2 == 0 and line.count("\u201c") >= line.count("\u201d")


def _continued_turn(doc: Doc, mark: int, end: int) -> int:
    """ "\"SMITH: We hold the bridge.\n\"And we will hold the road.": in a transcript that
    opens every paragraph of a turn with a quotation mark and closes none, a paragraph that
    opens with a mark and no speaker label of its own goes on with the turn before it. The
    last token of the turn's last paragraph."""
    while _left_open(doc, mark, end):
        nxt = end + 1
        while nxt < len(doc) and doc[nxt].is_space:
            nxt += 1
        if nxt + 1 >= len(doc) or doc[nxt].text not in _OPENING_MARKS \
                or not line_start(doc, nxt + 1) or _labelled(doc, nxt + 1):
            return end
        mark, end = nxt, line_end(doc, nxt)
    return end


def _labelled(doc: Doc, i: int) -> bool:
    """Does the line at token i open with a speaker label ("JONES:") or a bracketed stage
    note ("(CROSSTALK)")?"""
    if doc[i].text in ("(", "["):
        return True
    colon = next((t.i for t in doc[i : i + 5] if t.text == ":"), None)
    return colon is not None and all(t.text[:1].isupper() for t in doc[i:colon])


def dash(tok: Token, quotes: Sequence[tuple[int, int]]) -> Found | None:
    """ "“We will rebuild.” ― Olena Marchuk": a quotation signed by a name after a dash."""
    doc = tok.doc
    glued = tok.text[:1] in QUOTE_CHARS  # "”―" as one token
    last_mark = tok.idx + 1 if glued else tok.idx
    quote = next((q for q in quotes if 0 <= last_mark - q[1] <= 2), None)
    if quote is None and not glued and not (tok.i > 0 and doc[tok.i - 1].text in QUOTE_CHARS):
        return None
    names: list[Token] = []
    for nxt in doc[tok.i + 1 : min(len(doc), tok.i + 7)]:
        if nxt.is_space and not names:
            continue
        initial = len(nxt.text) == 2 and nxt.text[0].isupper() and nxt.text[1] == "."
        if (nxt.pos_ != "PROPN" or not nxt.text[:1].isupper()) and not initial:
            break  # a middle initial ("Ann B. Reed") is part of the name, however tagged
        names.append(nxt)
        if "\n" in nxt.whitespace_:
            break
    if not names:
        return None
    last = names[-1]
    if last.i + 1 < len(doc) and not (
        doc[last.i + 1].is_punct or doc[last.i + 1].is_space or "\n" in last.whitespace_
    ):
        return None  # "” — Kyiv says ..." opens a new clause, not a signature
    if quote is None:  # the quotation opens with a stray mark: take its line
        end = tok.i if glued else tok.i - 1
        start = end
        while start > 0 and not line_start(doc, start):
            start -= 1
        content = trim(doc, start, end)
        if content is None or content[1] - content[0] < 3:
            return None
        return Found("dash", (tok.i, tok.i), tok.i, (names[0].i, last.i), last.i, content)
    span = doc.char_span(quote[0], quote[1], alignment_mode="expand")
    if span is None:
        return None
    return Found("dash", (tok.i, tok.i), tok.i, (names[0].i, last.i), last.i,
                 (span.start, span.end - 1))


def headline(tok: Token) -> Found | None:
    """ "Zelensky Says Talks Are Off": a cue verb the tagger took for a proper noun in a
    title-case line, after a name that opens the line."""
    doc = tok.doc
    if tok.dep_ in ("nsubj", "nsubjpass") and tok.head.i == tok.i + 1 \
            and tok.head.pos_ in ("VERB", "AUX"):
        return None  # "Power Plant Rules Face Key Test": the subject of the verb after it
    start = tok.i
    while start > 0 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].text[:1].isupper() \
            and "\n" not in doc[start - 1].whitespace_:
        start -= 1
    if start == tok.i or not line_start(doc, start) or tok.i - start > 4:
        return None
    end = line_end(doc, tok.i)
    line = [t for t in doc[start : end + 1] if t.is_alpha and len(t.text) > 3]
    if sum(t.text[:1].isupper() for t in line) < 0.7 * len(line):
        return None  # not a title-case line
    content = trim(doc, tok.i + 1, end)
    if content is None or content[1] - content[0] < 1:
        return None
    return Found("verb", (tok.i, tok.i), tok.i, (start, tok.i - 1), tok.i - 1, content)
