"""Place mentions: spans of a spaCy Doc that may name a place, with the cues around them.

The small English model misses or mislabels many place names ("Kyiv" as PERSON, "Kaluga" as
ORG), so mentions come from gazetteer lookups over capitalised token n-grams, whatever the
entity label; the label and the words around the span are kept as evidence for `resolve`.
"""

from __future__ import annotations

import functools
import re
import tomllib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from importlib import resources
from typing import Any

from spacy.attrs import POS
from spacy.symbols import CCONJ, DET, PRON
from spacy.tokens import Doc, Span, Token

from ..nlp import doc_text as text_of
from .names import name_key

MAX_NGRAM = 5
_CONNECTORS = {"-", "of", "de", "del", "la", "le", "el", "al", "ad", "as", "an", "on", "upon",
               "du", "des", "da", "do", "dos", "am", "im", "sur", "en", "'s", "’s", "the",
               # "León de los Aldama", "Port-au-Prince", "Khabb wa ash Sha'af"
               "los", "las", "au", "aux", "di", "della", "wa"}
_QUOTES = "'‘’\"“”«»"
_LEADING = re.compile(r"^(?:on the |in the |just )")


@dataclass(frozen=True)
class Lexicon:
    region_words: frozenset[str]
    first_level_words: frozenset[str]
    cues_before: frozenset[str]
    settlement_nouns: frozenset[str]
    relations: tuple[tuple[str, ...], ...]  # word tuples, longest first
    distance_units: frozenset[str]
    facility_nouns: frozenset[str]
    not_places: frozenset[str]
    party_words: frozenset[str]
    demonyms: dict[str, str]  # lower-case word -> ISO country
    country_cues: dict[str, str]  # name key of an organisation or force -> ISO country
    institutions: frozenset[str]
    currency_words: frozenset[str]
    road_words: frozenset[str]
    person_titles: frozenset[str]
    name_prefixes: frozenset[str]


@functools.cache
def lexicon() -> Lexicon:
    raw: dict[str, Any] = tomllib.loads(
        resources.files("eventwire.places").joinpath("data/lexicon.toml").read_text("utf-8")
    )
    relations = sorted((tuple(p.split()) for p in raw["relations"]["phrases"]), key=len,
                       reverse=True)
    demonyms = {w.lower(): cc for cc, words in raw["demonyms"].items() for w in words}
    cues = {name_key(w): cc for cc, words in raw["country_cues"].items() for w in words}
    return Lexicon(
        region_words=frozenset(raw["region_words"]["words"]),
        first_level_words=frozenset(raw["region_words"]["first_level"]),
        cues_before=frozenset(raw["place_cues"]["before"]),
        settlement_nouns=frozenset(raw["place_cues"]["settlement_nouns"]),
        relations=tuple(relations),
        distance_units=frozenset(raw["relations"]["distance_units"]),
        facility_nouns=frozenset(raw["facilities"]["nouns"]),
        not_places=frozenset(raw["not_places"]["words"]),
        demonyms=demonyms,
        country_cues=cues,
        institutions=frozenset(raw["institutions"]["words"]),
        currency_words=frozenset(raw["currency"]["words"]),
        road_words=frozenset(raw["place_cues"]["road_words"]),
        person_titles=frozenset(raw["not_places"]["person_titles"]),
        name_prefixes=frozenset(raw["place_cues"]["name_prefixes"]),
        party_words=frozenset(raw["party_names"]["words"]),
    )


@dataclass(frozen=True)
class Mention:
    """A span that matched the gazetteer (or a territory), with its context cues."""

    start: int  # char offsets into doc.text, end exclusive
    end: int
    text: str
    key: str
    token_start: int
    token_end: int
    label: str | None  # entity label of the entity covering the span, if any
    exact_entity: bool  # the span is exactly one entity
    cue_before: bool  # a preposition or settlement noun right before the span
    region_word: str | None  # "region", "oblast" ... right after the span
    relation: str | None
    quoted: bool
    sentence_start: bool
    loose: bool = False  # matched only by the loose (transliteration) key
    #: A local body or title follows ("Gainesville Police", "Rock Hill City Manager"), or the
    #: name is a dateline ("BAIKONUR, Kazakhstan --"): either way a place reading.
    institution: bool = False
    #: Capitalised words run on after the span ("Superior Court", "New York Times"): the match
    #: is likely the first word of a longer name that is not a place.
    runs_on: bool = False
    proper: bool = True  # tagged as a proper noun (not a sentence-initial common word)
    #: The name goes on with a particle and a capitalised word ("Hay al Amal", "Santa Cruz de
    #: Asia"): the match is the first part of a longer name the index does not have.
    particle_run: bool = False
    #: A person's title comes right before ("coach Ripley", "Mrs. Lincoln"): a person's name.
    person_title: bool = False
    #: A capitalised word comes right before ("City Hall", "Bantam Superior Court"): the match
    #: is likely the last word of a longer name that is not a place.
    runs_in: bool = False


@dataclass(frozen=True)
class Facility:
    """A named facility: name tokens followed by a facility noun ("Kazan Orgsintez plant")."""

    start: int
    end: int
    text: str
    name_start: int  # char span of the name part
    name_end: int
    name: str
    sentence: tuple[int, int]  # token range of its sentence


def token_texts(doc: Doc, doc_text: str) -> list[str]:
    """The text of every token, read from the character offsets in one array call: far
    cheaper than creating a Token object per word when most words are only glanced at."""
    return [doc_text[start:start + length]
            for start, length in doc.to_array(["IDX", "LENGTH"]).tolist()]


def _may_name(text: str) -> bool:
    """The cheap text test `_name_like` starts with: a capitalised word with a letter."""
    text = text.strip(_QUOTES)
    return bool(text) and text[0].isupper() and any(ch.isalpha() for ch in text)


def _name_like(token: Token) -> bool:
    text = token.text.strip(_QUOTES)
    if not text or not text[0].isupper():
        return False
    return any(ch.isalpha() for ch in text) and token.pos not in _NOT_NAME_POS


#: Parts of speech a capitalised word has when it names nothing ("They", "The", "And").
_NOT_NAME_POS = frozenset({PRON, DET, CCONJ})


def _proper(span: Span) -> bool:
    """A proper-noun reading: some PROPN token, and not a lone stop word ("From", "Man")."""
    if len(span) == 1 and (span[0].is_stop or span[0].pos_ not in {"PROPN", "X"}):
        return span[0].is_upper and len(span[0]) > 1 and not span[0].is_stop
    return any(t.pos_ == "PROPN" for t in span)


def _entity_at(ents: list[tuple[int, int, str]], start: int,
               end: int) -> tuple[str | None, bool]:
    """Label of the entity that covers token range [start, end), and whether it is exact."""
    for e_start, e_end, label in ents:
        if e_start <= start and end <= e_end:
            return label, (e_start == start and e_end == end)
    return None, False


def _words_before(doc: Doc, index: int, count: int) -> list[str]:
    words: list[str] = []
    i = index - 1
    while i >= 0 and len(words) < count:
        token = doc[i]
        text = token.text.lower()
        if text not in _QUOTES:
            words.append(text)
        if token.is_sent_start:
            break
        i -= 1
    return list(reversed(words))


def _strip_settlement(words: list[str], lex: Lexicon) -> list[str]:
    """Drop a trailing "the city of" / "the town of" so "near the city of X" reads "near X"."""
    if len(words) >= 2 and words[-1] == "of" and words[-2] in lex.settlement_nouns:
        words = words[:-2]
        if words and words[-1] == "the":
            words = words[:-1]
    return words


@functools.cache
def _distance_pattern() -> re.Pattern[str]:
    """"12 km from", "5 miles north of": a distance phrase ending right before a name."""
    lex = lexicon()
    units = "|".join(re.escape(u) for u in sorted(lex.distance_units, key=len, reverse=True))
    return re.compile(rf"(\d+(?:[.,]\d+)?)\s*({units})\s+(?:([\w-]+)\s+)?(of|from)$")


def relation_before(doc: Doc, index: int) -> str | None:
    """The relative phrase right before token `index` ("near", "south of", "12 km from")."""
    lex = lexicon()
    words = _strip_settlement(_words_before(doc, index, 8), lex)
    tail = " ".join(words[-5:])
    match = _distance_pattern().search(tail) if tail.endswith((" of", " from")) else None
    if match:
        return match.group(0)
    for phrase in lex.relations:
        if tuple(words[-len(phrase):]) == phrase:
            return _LEADING.sub("", " ".join(phrase))
    return None


def _cue_before(doc: Doc, index: int) -> bool:
    lex = lexicon()
    words = _words_before(doc, index, 2)
    return bool(words) and words[-1] in lex.cues_before


def _region_word_after(doc: Doc, end: int) -> str | None:
    lex = lexicon()
    i = end
    while i < len(doc) and doc[i].text in _QUOTES:
        i += 1
    if i < len(doc) and doc[i].lower_ in lex.region_words:
        return doc[i].lower_
    return None


def _institution_after(doc: Doc, end: int) -> bool:
    if end >= len(doc):
        return False
    token = doc[end]
    if token.text in {"'s", "’s"} and end + 1 < len(doc):
        token = doc[end + 1]
    return token.lower_ in lexicon().institutions and token.text[:1].isupper()


#: Lower-case particles inside Arabic, Spanish, Portuguese and French names: "Ras al Nabea",
#: "Santa Cruz de Asia". A name followed by one and a capitalised word is part of a longer one.
_NAME_PARTICLES = frozenset({"al", "el", "ad", "as", "an", "ar", "ash", "at", "az", "adh",
                             "de", "del", "da", "do", "dos", "das", "du", "des", "los", "las"})


def _runs_on(doc: Doc, end: int) -> bool:
    if end >= len(doc) or doc[end].is_sent_start:
        return False
    token = doc[end]
    lex = lexicon()
    if token.lower_ in lex.region_words or token.lower_ in lex.institutions:
        return False
    return _name_like(token) and token.lower_ not in _CONNECTORS


def _runs_in(doc: Doc, start: int) -> bool:
    if start == 0 or doc[start].is_sent_start:
        return False
    token = doc[start - 1]
    lex = lexicon()
    word = token.lower_.rstrip(".")
    if word in lex.cues_before or word in lex.name_prefixes or (
            word in lex.not_places and word not in lex.region_words):  # "Sunday", not "County"
        return False
    return _name_like(token) and token.lower_ not in _CONNECTORS


def _particle_run(doc: Doc, start: int, end: int) -> bool:
    """A lower-case name particle and a capitalised word follow ("Hay al Amal") or precede
    ("Hay al Salam") the span."""
    if start >= 2 and doc[start - 1].text in _NAME_PARTICLES and not doc[start].is_sent_start \
            and not doc[start - 1].is_sent_start and _name_like(doc[start - 2]):
        return True
    if end + 1 >= len(doc) or doc[end].text not in _NAME_PARTICLES \
            or doc[end + 1].is_sent_start:
        return False
    after = doc[end + 1]
    return _name_like(after) and after.lower_ not in lexicon().region_words


def _dateline(doc: Doc, start: int, end: int) -> bool:
    """An upper-case name opening a sentence and followed by a comma or a dash."""
    span = doc[start:end]
    if not (span.text.isupper() and len(span.text) > 2 and doc[start].is_sent_start):
        return False
    return end < len(doc) and doc[end].text in {",", "--", "—", "–", "-"}


def _quoted(doc: Doc, start: int, end: int) -> bool:
    before = doc[start - 1].text if start > 0 else ""
    after = doc[end].text if end < len(doc) else ""
    return bool(before) and before in _QUOTES and bool(after) and after in _QUOTES


def _spans(doc: Doc, start: int) -> Iterator[tuple[int, Span]]:
    """Candidate spans starting at token `start`, longest first."""
    ends: list[int] = []
    i = start
    while i < len(doc) and i - start < MAX_NGRAM:
        token = doc[i]
        if i > start and (token.is_sent_start or token.whitespace_ == "" and token.text == "."):
            break
        if _name_like(token):
            ends.append(i + 1)
        elif i == start or token.lower_ not in _CONNECTORS:
            break
        i += 1
    for end in reversed(ends):
        yield end, doc[start:end]


def _clean_text(span: Span, text: str) -> tuple[int, int, str]:
    """Char offsets and text of a span (of a doc whose text is `text`) without quote marks."""
    start, end = span.start_char, span.end_char
    while start < end and text[start] in _QUOTES:
        start += 1
    while end > start and text[end - 1] in _QUOTES:
        end -= 1
    return start, end, text[start:end]


#: The relation of a town named as the end of a road ("the Kabul-Jalalabad highway").
ROAD = "road from"


@functools.cache
def _road_pattern() -> re.Pattern[str]:
    words = "|".join(sorted(lexicon().road_words, key=len, reverse=True))
    return re.compile(rf"(?:\s?[-–]\s?[A-Z][\w'’]*(?: [A-Z][\w'’]*)?)?\s(?:{words})\b",
                      re.IGNORECASE)


def road_after(doc_text: str, end: int) -> bool:
    """The name is an end of a road named after it: "X highway", "the X-Y road"."""
    return _road_pattern().match(doc_text, end) is not None


def _currency_after(texts: list[str], end: int) -> bool:
    """A currency word follows token `end - 1` ("the US dollar")."""
    return end < len(texts) and texts[end].lower() in lexicon().currency_words


#: What `known` says of a name key: not a place name, a loose match, an exact match.
UNKNOWN, LOOSE, EXACT = 0, 1, 2


#: Arabic articles written before a name with a hyphen ("al-Bab", "Ar-Raqqa", "ash-Shaddadi").
ARTICLES = frozenset({"al", "el", "ar", "as", "ad", "an", "at", "az", "ash", "adh", "ath"})
#: Those also written before a name with a space ("al Tabqa"): the others are English words.
_SPACED_ARTICLES = frozenset({"al", "el"})


def _article_start(doc: Doc, texts: list[str], i: int) -> int:
    """Index of the article that opens the name at token `i` ("al-Bab", "al Tabqa"), else `i`:
    the article starts the name when no other name word comes right before it."""
    j = i
    if j >= 1 and texts[j - 1] == "-" and not doc[j - 1].whitespace_:
        j -= 1
        spaced = False
    else:
        spaced = True
    if j < 1 or doc[j].is_sent_start:
        return i
    word = texts[j - 1].lower()
    allowed = _SPACED_ARTICLES if spaced else ARTICLES
    if word not in allowed or (not spaced and doc[j - 1].whitespace_):
        return i
    if j >= 2 and not doc[j - 1].is_sent_start and _name_like(doc[j - 2]):
        return i  # "Ras al Nabea": the article is inside a longer name
    return j - 1


def _hyphened_article(doc: Doc, texts: list[str], i: int) -> bool:
    """Token `i` is an article joined by a hyphen to the name after it ("Ash-Shajara")."""
    return (texts[i].lower() in ARTICLES and i + 2 < len(texts) and texts[i + 1] == "-"
            and not doc[i].whitespace_ and not doc[i + 1].whitespace_)


def article_led(span: Span) -> bool:
    """The span opens with a lower-case article ("al-Hasakeh", "al Tabqa"): a place's name the
    model took for a person's, not a person whose surname may come back alone."""
    first = span[0].text
    hyphen = len(span) > 2 and span[1].text == "-"
    return first in _SPACED_ARTICLES or (hyphen and first in ARTICLES)


def find_mentions(doc: Doc, doc_text: str, known: Callable[[str], int],
                  texts: list[str] | None = None) -> list[Mention]:
    """Every longest capitalised n-gram whose key `known` accepts, in text order; an exact
    match of any length is preferred over a loose one."""
    lex = lexicon()
    ents = [(e.start, e.end, e.label_) for e in doc.ents]
    texts = token_texts(doc, doc_text) if texts is None else texts
    mentions: list[Mention] = []
    # `_name_like` of each token, read from the POS array: `_may_name` makes its text test
    parts_of_speech = doc.to_array(POS).tolist()
    i = 0
    while i < len(doc):
        if not _may_name(texts[i]) or parts_of_speech[i] in _NOT_NAME_POS:
            i += 1
            continue
        found = None
        for end, span in _spans(doc, i):
            if end == i + 1 and _hyphened_article(doc, texts, i):
                continue  # "Ash-" is the article of the name after it, not "Ash" in England
            start_char, end_char, text = _clean_text(span, doc_text)
            key = name_key(text)
            kind = known(key) if key and key not in lex.not_places else UNKNOWN
            if kind == EXACT or (kind == LOOSE and found is None):
                found = (end, start_char, end_char, text, key, kind)
                if kind == EXACT:
                    break
        if found is None:
            i += 1
            continue
        end, start_char, end_char, text, key, kind = found
        if _currency_after(texts, end):
            i = end  # "the US dollar": a currency's name
            continue
        lead = _article_start(doc, texts, i)
        if mentions and lead < mentions[-1].token_end:
            lead = i  # the article is read as a name of its own ("Ash-Shajara")
        if lead < i:  # "in al-Hasakeh", "in Ar-Raqqa": the article is part of the name
            start_char, text = doc[lead].idx, doc_text[doc[lead].idx:end_char]
        label, exact = _entity_at(ents, lead, end)
        mentions.append(Mention(
            start=start_char, end=end_char, text=text, key=key, token_start=i, token_end=end,
            label=label, exact_entity=exact, cue_before=_cue_before(doc, lead),
            region_word=_region_word_after(doc, end), relation=relation_before(doc, lead),
            quoted=_quoted(doc, lead, end), sentence_start=bool(doc[lead].is_sent_start),
            loose=kind == LOOSE, proper=_proper(doc[i:end]),
            institution=_institution_after(doc, end) or _dateline(doc, i, end),
            runs_on=_runs_on(doc, end), particle_run=_particle_run(doc, lead, end),
            person_title=lead > 0 and texts[lead - 1].lower().rstrip(".") in lex.person_titles,
            runs_in=_runs_in(doc, lead),
        ))
        i = end
    return mentions


def find_facilities(doc: Doc, doc_text: str, texts: list[str] | None = None) -> list[Facility]:
    """Named facilities: a facility noun preceded by capitalised (or quoted) name tokens,
    possibly with a descriptive word between ("'Pokrovsky' mining enterprise")."""
    lex = lexicon()
    found: list[Facility] = []
    texts = token_texts(doc, doc_text) if texts is None else texts
    for index, word in enumerate(texts):
        if index == 0 or word.lower() not in lex.facility_nouns:
            continue
        token = doc[index]
        j = token.i - 1
        while j >= 0 and doc[j].pos_ in {"NOUN", "ADJ"} and not _name_like(doc[j]) \
                and token.i - j <= 2:
            j -= 1
        while j >= 0 and doc[j].text in _QUOTES:
            j -= 1
        name_end = j + 1
        while j >= 0 and (_name_like(doc[j]) or doc[j].text in _QUOTES) \
                and not doc[j].is_sent_start and name_end - j <= 4:
            j -= 1
        if j >= 0 and doc[j].is_sent_start and _name_like(doc[j]):
            j -= 1
        name_start = j + 1
        if name_start >= name_end:
            continue
        name_span = doc[name_start:name_end]
        n_start, n_end, name = _clean_text(name_span, doc_text)
        if not name or name_key(name) in lex.not_places:
            continue
        sent = token.sent
        found.append(Facility(n_start, token.idx + len(token.text),
                              doc_text[n_start:token.idx + len(token.text)], n_start, n_end,
                              name, (sent.start, sent.end)))
    return found


def demonym_countries(doc: Doc, doc_text: str | None = None,
                      texts: list[str] | None = None) -> list[str]:
    """Countries named by demonyms ("Ukrainian forces" -> UA) or by organisations tied to one
    country ("OSCE SMM" -> UA), in text order."""
    lex = lexicon()
    found: list[str] = []
    words = texts if texts is not None else token_texts(
        doc, text_of(doc) if doc_text is None else doc_text)
    firsts = {key.split()[0] for key in lex.country_cues}
    for i, word in enumerate(words):
        if not word[:1].isupper():
            continue
        if word.lower() in lex.demonyms:
            found.append(lex.demonyms[word.lower()])
        if name_key(word).split(" ")[0] not in firsts:
            continue
        for n in (1, 2, 3, 4):
            key = name_key(" ".join(words[i:i + n]))
            if key in lex.country_cues:
                found.append(lex.country_cues[key])
    return found


def cued_mentions(doc: Doc, doc_text: str, texts: list[str] | None = None) -> list[Mention]:
    """Spans the text marks as places whatever the gazetteer says: GPE/LOC entities and names
    after a settlement noun ("the city of Rodine"). Candidates for fuzzy matching."""
    lex = lexicon()
    spans: list[tuple[int, int, str | None]] = [
        (e.start, e.end, e.label_) for e in doc.ents if e.label_ in {"GPE", "LOC"}
    ]
    texts = token_texts(doc, doc_text) if texts is None else texts
    for i in range(1, len(texts) - 1):
        if texts[i].lower() == "of" and texts[i - 1].lower() in lex.settlement_nouns:
            nxt = doc[i + 1]
            if _name_like(nxt):
                spans.append((nxt.i, nxt.i + 1, None))
    out: list[Mention] = []
    for start, end, label in spans:
        s_char, e_char, text = _clean_text(doc[start:end], doc_text)
        key = name_key(text)
        if not key or key in lex.not_places or _currency_after(texts, end):
            continue
        out.append(Mention(
            start=s_char, end=e_char, text=text, key=key, token_start=start, token_end=end,
            label=label, exact_entity=label is not None, cue_before=True,
            region_word=_region_word_after(doc, end), relation=relation_before(doc, start),
            quoted=_quoted(doc, start, end), sentence_start=bool(doc[start].is_sent_start),
        ))
    return out
