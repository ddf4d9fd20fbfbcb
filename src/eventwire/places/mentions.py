"""Place mentions: spans of a spaCy Doc that may name a place, with the cues around them.

The small English model misses or mislabels many place names ("Kyiv" as PERSON, "Kaluga" as
ORG), so mentions come from gazetteer lookups over capitalised token n-grams, whatever the
entity label; the label and the words around the span are kept as evidence for `resolve`.
"""

from __future__ import annotations

import bisect
import functools
import re
import tomllib
from collections.abc import Callable, Collection
from dataclasses import dataclass
from importlib import resources
from typing import Any

import numpy
from spacy.attrs import ENT_IOB, ENT_TYPE, IDX, LENGTH, POS, SENT_START, SPACY
from spacy.symbols import CCONJ, DET, PRON, PROPN, X
from spacy.tokens import Doc, Span, Token

from ..nlp import doc_text as text_of
from .names import name_key

MAX_NGRAM = 5
_CONNECTORS = {"-", "of", "de", "del", "la", "le", "el", "al", "ad", "as", "an", "on", "upon",
               "du", "des", "da", "do", "dos", "am", "im", "sur", "en", "'s", "’s", "the",
               # "León de los Aldama", "Port-au-Prince", "Khabb wa ash Sha'af"
               "los", "las", "au", "aux", "di", "della", "wa",
               # the Persian ezafe, written apart: "Kut e Abdollah", "Masjed e Soleyman"
               "e"}
_QUOTES = "'‘’\"“”«»"
_QUOTE_MARKS = frozenset(_QUOTES)
_LEADING = re.compile(r"^(?:on the |in the |just )")


@dataclass(frozen=True)
class Lexicon:
    region_words: frozenset[str]
    first_level_words: frozenset[str]
    cues_before: frozenset[str]
    settlement_nouns: frozenset[str]
    relations: tuple[tuple[str, ...], ...]  # word tuples, longest first
    road_relations: frozenset[str]  # relations that put the event on a road, as `relation`
    distance_units: frozenset[str]
    distance_counts: frozenset[str]  # "a few", "several": counts in words before a unit
    facility_nouns: frozenset[str]
    not_places: frozenset[str]
    party_words: frozenset[str]
    owned_bodies: frozenset[str]  # "Russia's defence ministry": the country owns a party
    accusing: frozenset[str]  # "blamed Kyiv for the strike": the object is a party
    seated_speakers: frozenset[str]  # "officials in Kyiv said": where they sit
    speaking: frozenset[str]  # "told reporters in Kinshasa": where it was said
    audiences: frozenset[str]
    demonyms: dict[str, str]  # lower-case word -> ISO country
    country_cues: dict[str, str]  # name key of an organisation or force -> ISO country
    institutions: frozenset[str]
    currency_words: frozenset[str]
    road_words: frozenset[str]
    person_titles: frozenset[str]
    name_prefixes: frozenset[str]
    broadcasters: frozenset[str]  # "Andalus radio", "Africa Command": a body's name
    broadcaster_sites: frozenset[str]  # "the Kyiv TV tower": a place all the same


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
        road_relations=frozenset(_LEADING.sub("", p) for p in raw["relations"]["roads"]),
        distance_units=frozenset(raw["relations"]["distance_units"]),
        distance_counts=frozenset(raw["relations"]["distance_counts"]),
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
        owned_bodies=frozenset(raw["party_names"]["owned"]),
        accusing=frozenset(raw["party_names"]["accusing"]),
        seated_speakers=frozenset(raw["party_names"]["seated_speakers"]),
        speaking=frozenset(raw["party_names"]["speaking"]),
        audiences=frozenset(raw["party_names"]["audiences"]),
        broadcasters=frozenset(raw["broadcasters"]["words"]),
        broadcaster_sites=frozenset(raw["broadcasters"]["sites"]),
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
    #: A settlement noun and "of" come right before ("the village of X", "the town of X"):
    #: the text says the name is a place's.
    settlement: bool = False
    #: The country a demonym before the settlement noun gives the place ("the eastern
    #: Ukrainian town of Pokrovsk", "the Syrian city of Homs").
    country_cue: str | None = None


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


@dataclass(frozen=True)
class TokenView:
    """What the mention finders read of every token, taken from the Doc in one array call:
    building a Token object per word (as `doc[i]` does) costs more than all the tests on it."""

    text: str  # the document text
    texts: list[str]
    lowers: list[str]
    starts: list[int]  # char offset of each token
    sent_starts: list[bool]
    spaced: list[bool]  # whitespace follows the token
    pos: list[int]
    named: list[bool]  # `_name_like` of each token
    ents: list[tuple[int, int, str]]  # token range and label of each entity, as `doc.ents`
    #: Indices of the tokens that open with a capital letter, ascending: the only ones the
    #: name finders start from (`named` tokens open with a capital or a quote mark).
    capitals: list[int]
    name_starts: list[int]  # indices of the `named` tokens, ascending
    size: int  # the number of tokens

    def __len__(self) -> int:
        return self.size

    def end_char(self, end: int) -> int:
        """Char offset where token `end - 1` ends."""
        return self.starts[end - 1] + len(self.texts[end - 1])


def token_view(doc: Doc, doc_text: str, texts: list[str] | None = None) -> TokenView:
    """The `TokenView` of a Doc whose text is `doc_text` (and token texts `texts`)."""
    array = doc.to_array([IDX, LENGTH, POS, SENT_START, SPACY, ENT_IOB, ENT_TYPE])
    # one list per column: far cheaper than a list per row
    starts, lengths, pos = (column.tolist() for column in array[:, :3].astype("int64").T)
    if texts is None:
        texts = [doc_text[start:start + length]
                 for start, length in zip(starts, lengths, strict=True)]
    opening = [i for i, word in enumerate(texts)
               if (first := word[:1]).isupper() or first in _QUOTE_MARKS]
    name_starts = [i for i in opening if pos[i] not in _NOT_NAME_POS and _may_name(texts[i])]
    named = [False] * len(texts)
    for i in name_starts:
        named[i] = True
    return TokenView(doc_text, texts, [word.lower() for word in texts], starts,
                     (array[:, 3] == 1).tolist(), (array[:, 4] != 0).tolist(), pos, named,
                     _entities(doc, array[:, 5], array[:, 6]),
                     [i for i in opening if texts[i][:1].isupper()], name_starts, len(texts))


def _entities(doc: Doc, iob: Any, types: Any) -> list[tuple[int, int, str]]:
    """(start, end, label) of each entity, read from the IOB and type arrays as `doc.ents`
    reads them: a B token of some type opens one, which runs on over the I tokens after it."""
    starts = numpy.flatnonzero((iob == 3) & (types != 0))
    outside = numpy.append(numpy.flatnonzero(iob != 1), len(iob))  # where no entity runs on
    ends = outside[numpy.searchsorted(outside, starts, side="right")]
    strings = doc.vocab.strings
    found: list[tuple[int, int, str]] = []
    for start, end, kind in zip(starts.tolist(), ends.tolist(), types[starts].tolist(),
                                strict=True):
        label = strings[kind]
        if label:
            found.append((start, end, label))
    return found


def _may_name(text: str) -> bool:
    """The cheap text test `_name_like` starts with: a capitalised word with a letter."""
    text = text.strip(_QUOTES)
    if not text or not text[0].isupper():
        return False
    return text[0].isalpha() or any(ch.isalpha() for ch in text)


def _name_like(token: Token) -> bool:
    text = token.text.strip(_QUOTES)
    if not text or not text[0].isupper():
        return False
    return any(ch.isalpha() for ch in text) and token.pos not in _NOT_NAME_POS


#: Parts of speech a capitalised word has when it names nothing ("They", "The", "And").
_NOT_NAME_POS = frozenset({PRON, DET, CCONJ})


def _proper(doc: Doc, w: TokenView, start: int, end: int) -> bool:
    """A proper-noun reading: some PROPN token, and not a lone stop word ("From", "Man")."""
    if end - start == 1:
        token = doc[start]
        if token.is_stop or w.pos[start] not in (PROPN, X):
            return token.is_upper and len(token) > 1 and not token.is_stop
    return PROPN in w.pos[start:end]


def _entity_at(ents: list[tuple[int, int, str]], start: int,
               end: int) -> tuple[str | None, bool]:
    """Label of the entity that covers token range [start, end), and whether it is exact.
    Entities are in text order and never overlap: only the last to start at or before
    `start` may cover the range."""
    at = bisect.bisect_right(ents, (start, _AFTER_ANY_END)) - 1
    if at >= 0:
        e_start, e_end, label = ents[at]
        if e_start <= start and end <= e_end:
            return label, (e_start == start and e_end == end)
    return None, False


#: A token index past the end of any Doc, for `bisect` on (start, end, label) tuples.
_AFTER_ANY_END = 1 << 62


def _words_before(w: TokenView, index: int, count: int) -> list[str]:
    words: list[str] = []
    lowers, sent_starts = w.lowers, w.sent_starts
    i = index - 1
    while i >= 0 and count:
        text = lowers[i]
        if text not in _QUOTES:
            words.append(text)
            count -= 1
        if sent_starts[i]:
            break
        i -= 1
    words.reverse()
    return words


def _demonym_of_settlement(w: TokenView, index: int) -> str | None:
    """The country of a demonym before the settlement noun and "of" right before the name:
    "the eastern Ukrainian town of Pokrovsk" is in Ukraine."""
    if not _settlement_before(w, index):
        return None
    lex = lexicon()
    for word in reversed(_words_before(w, index, 5)[:-2]):
        if word in lex.demonyms:
            return lex.demonyms[word]
        if word in ("the", "a", "an", ",", "of"):
            break
    return None


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
    words = "|".join(re.escape(c) for c in sorted(lex.distance_counts, key=len, reverse=True))
    return re.compile(rf"(\d+(?:[.,]\d+)?|\b(?:{words}))\s*({units})\s+(?:([\w-]+)\s+)?"
                      r"(of|from)$")


def relation_before(doc: Doc, index: int) -> str | None:
    """The relative phrase right before token `index` ("near", "south of", "12 km from")."""
    return _relation_before(token_view(doc, text_of(doc)), index)


def _relation_before(w: TokenView, index: int) -> str | None:
    lex = lexicon()
    words = _strip_settlement(_words_before(w, index, 8), lex)
    if not words or words[-1] not in _relation_ends():
        return None  # every phrase and every distance ends with one of those words
    tail = " ".join(words[-6:])
    match = _distance_pattern().search(tail) if tail.endswith((" of", " from")) else None
    if match:
        return match.group(0)
    for length, phrases in _relations_by_length():  # longest first, as `lex.relations`
        if len(words) >= length and tuple(words[-length:]) in phrases:
            return _LEADING.sub("", " ".join(words[-length:]))
    return None


@functools.cache
def _relation_ends() -> frozenset[str]:
    """The last words of the relation phrases, and those distance phrases end with."""
    return frozenset({p[-1] for p in lexicon().relations if p} | {"of", "from"})


@functools.cache
def _relations_by_length() -> tuple[tuple[int, frozenset[tuple[str, ...]]], ...]:
    """The relation phrases grouped by length, longest first."""
    lengths = sorted({len(p) for p in lexicon().relations}, reverse=True)
    return tuple((n, frozenset(p for p in lexicon().relations if len(p) == n)) for n in lengths)


def _settlement_before(w: TokenView, index: int) -> bool:
    """"the village of X", "the town of X": a settlement noun and "of" right before."""
    words = _words_before(w, index, 2)
    return len(words) == 2 and words[1] == "of" and words[0] in lexicon().settlement_nouns


def _cue_before(w: TokenView, index: int) -> bool:
    lex = lexicon()
    words = _words_before(w, index, 2)
    return bool(words) and words[-1] in lex.cues_before


def _region_word_after(w: TokenView, end: int) -> str | None:
    lex = lexicon()
    i = end
    while i < w.size and w.texts[i] in _QUOTES:
        i += 1
    if i < w.size and w.lowers[i] in lex.region_words:
        return w.lowers[i]
    return _shared_region_word(w, i)


#: How far a list of names may run before the plural region word it shares.
_LIST_REACH = 12


def _shared_region_word(w: TokenView, start: int) -> str | None:
    """ "the Bryansk, Kursk and Belgorod regions": a name in a list of names that ends in a
    plural region word is a region as the last one is."""
    if start >= w.size or w.lowers[start] not in (",", "and", "or"):
        return None
    region_words = lexicon().region_words
    for i in range(start, min(w.size, start + _LIST_REACH)):
        low = w.lowers[i]
        if low.endswith("s") and low[:-1] in region_words:
            return low[:-1]
        if low not in (",", "and", "or") and not w.texts[i][:1].isupper():
            return None
    return None


def _institution_after(w: TokenView, end: int) -> bool:
    if end >= w.size:
        return False
    i = end
    if w.texts[i] in {"'s", "’s"} and end + 1 < w.size:
        i = end + 1
    return w.lowers[i] in lexicon().institutions and w.texts[i][:1].isupper()


#: Lower-case particles inside Arabic, Spanish, Portuguese and French names: "Ras al Nabea",
#: "Santa Cruz de Asia". A name followed by one and a capitalised word is part of a longer one.
_NAME_PARTICLES = frozenset({"al", "el", "ad", "as", "an", "ar", "ash", "at", "az", "adh",
                             "de", "del", "da", "do", "dos", "das", "du", "des", "los", "las"})


def _runs_on(w: TokenView, end: int) -> bool:
    if end >= w.size or w.sent_starts[end]:
        return False
    lower = w.lowers[end]
    lex = lexicon()
    if lower in lex.region_words or lower in lex.institutions:
        return False
    return w.named[end] and lower not in _CONNECTORS


def _runs_in(w: TokenView, start: int) -> bool:
    if start == 0 or w.sent_starts[start]:
        return False
    lower = w.lowers[start - 1]
    lex = lexicon()
    word = lower.rstrip(".")
    if word in lex.cues_before or word in lex.name_prefixes or (
            word in lex.not_places and word not in lex.region_words):  # "Sunday", not "County"
        return False
    return w.named[start - 1] and lower not in _CONNECTORS


def _particle_run(w: TokenView, start: int, end: int) -> bool:
    """A lower-case name particle and a capitalised word follow ("Hay al Amal", "Wadi
    al-Rabi") or precede ("Hay al Salam") the span; or an Arabic article, capitalised too,
    joins it to the name word before or after it ("Ras Al Ain": neither "Ras" nor "Al Ain" is
    the place)."""
    if start >= 2 and w.texts[start - 1] in _NAME_PARTICLES and not w.sent_starts[start] \
            and not w.sent_starts[start - 1] and w.named[start - 2]:
        return True
    if start >= 1 and w.texts[start] in _CAPITAL_ARTICLES and end - start >= 2 \
            and not w.sent_starts[start] and w.named[start - 1]:
        return True
    if end + 1 >= w.size or (w.texts[end] not in _NAME_PARTICLES
                             and w.texts[end] not in _CAPITAL_ARTICLES) \
            or w.sent_starts[end + 1]:
        return False
    after = end + 1
    if w.texts[after] == "-" and not w.spaced[end] and not w.spaced[after] and after + 1 < w.size:
        after += 1  # "al-Rabi"
    return w.named[after] and w.lowers[after] not in lexicon().region_words


#: Arabic articles as they are written capitalised inside a name ("Ras Al Ain", "Tell El
#: Kebir"); the other articles capitalised are English words ("As", "At", "An").
_CAPITAL_ARTICLES = frozenset({"Al", "El"})


def _dateline(w: TokenView, start: int, end: int) -> bool:
    """An upper-case name opening a sentence and followed by a comma or a dash."""
    text = w.text[w.starts[start]:w.end_char(end)]
    if not (text.isupper() and len(text) > 2 and w.sent_starts[start]):
        return False
    return end < w.size and w.texts[end] in {",", "--", "—", "–", "-"}


def _quoted(w: TokenView, start: int, end: int) -> bool:
    before = w.texts[start - 1] if start > 0 else ""
    after = w.texts[end] if end < w.size else ""
    return bool(before) and before in _QUOTES and bool(after) and after in _QUOTES


def _span_ends(w: TokenView, start: int) -> list[int]:
    """Ends of the candidate spans starting at token `start`, longest first."""
    ends: list[int] = []
    i = start
    while i < w.size and i - start < MAX_NGRAM:
        if i > start and (w.sent_starts[i] or not w.spaced[i] and w.texts[i] == "."):
            break
        if w.named[i]:
            ends.append(i + 1)
        elif i == start or w.lowers[i] not in _CONNECTORS:
            break
        i += 1
    ends.reverse()
    return ends


def _clean_text(span: Span, text: str) -> tuple[int, int, str]:
    """Char offsets and text of a span (of a doc whose text is `text`) without quote marks."""
    return _clean_chars(span.start_char, span.end_char, text)


def _clean_chars(start: int, end: int, text: str) -> tuple[int, int, str]:
    """Char offsets and text of [start, end) of `text` without quote marks."""
    while start < end and text[start] in _QUOTES:
        start += 1
    while end > start and text[end - 1] in _QUOTES:
        end -= 1
    return start, end, text[start:end]


#: The relation of a town named as the end of a road ("the Kabul-Jalalabad highway").
ROAD = "road from"


def on_a_road(relation: str | None) -> bool:
    """The relation puts the event somewhere on a road or a journey that ends at the place
    ("the X-Y highway", "on the road to X", "en route to X")."""
    return relation is not None and (relation == ROAD or relation in lexicon().road_relations)


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


def _broadcaster_after(texts: list[str], end: int) -> bool:
    """A broadcaster's or a command's word follows token `end - 1` ("Andalus radio", "Africa
    Command"), and no site of it ("the Kyiv TV tower")."""
    lex = lexicon()
    if end >= len(texts) or texts[end].lower() not in lex.broadcasters:
        return False
    return end + 1 >= len(texts) or texts[end + 1].lower() not in lex.broadcaster_sites


#: What `known` says of a name key: not a place name, a loose match, an exact match.
UNKNOWN, LOOSE, EXACT = 0, 1, 2


#: Arabic articles written before a name with a hyphen ("al-Bab", "Ar-Raqqa", "ash-Shaddadi").
ARTICLES = frozenset({"al", "el", "ar", "as", "ad", "an", "at", "az", "ash", "adh", "ath"})
#: Those also written before a name with a space ("al Tabqa"): the others are English words.
_SPACED_ARTICLES = frozenset({"al", "el"})


def _article_start(w: TokenView, i: int) -> int:
    """Index of the article that opens the name at token `i` ("al-Bab", "al Tabqa"), else `i`:
    the article starts the name when no other name word comes right before it."""
    j = i
    if j >= 1 and w.texts[j - 1] == "-" and not w.spaced[j - 1]:
        j -= 1
        spaced = False
    else:
        spaced = True
    if j < 1 or w.sent_starts[j]:
        return i
    word = w.lowers[j - 1]
    allowed = _SPACED_ARTICLES if spaced else ARTICLES
    if word not in allowed or (not spaced and w.spaced[j - 1]):
        return i
    if j >= 2 and not w.sent_starts[j - 1] and w.named[j - 2]:
        return i  # "Ras al Nabea": the article is inside a longer name
    return j - 1


def _hyphened_article(w: TokenView, i: int) -> bool:
    """Token `i` is an article joined by a hyphen to the name after it ("Ash-Shajara")."""
    return (w.lowers[i] in ARTICLES and i + 2 < w.size and w.texts[i + 1] == "-"
            and not w.spaced[i] and not w.spaced[i + 1])


def article_led(span: Span) -> bool:
    """The span opens with a lower-case article ("al-Hasakeh", "al Tabqa"): a place's name the
    model took for a person's, not a person whose surname may come back alone."""
    first = span[0].text
    hyphen = len(span) > 2 and span[1].text == "-"
    return first in _SPACED_ARTICLES or (hyphen and first in ARTICLES)


#: `known(keys, loose)`: those of the name keys `keys` that name a place exactly (`loose`
#: false), or only loosely, by their transliteration key (`loose` true).
Known = Callable[[list[str], bool], Collection[str]]


def _candidate_spans(w: TokenView, i: int, lex: Lexicon) -> list[tuple[int, int, int, str, str]]:
    """The n-grams from token `i` that may be names, longest first: (end token, start char,
    end char, text, key)."""
    spans: list[tuple[int, int, int, str, str]] = []
    starts, texts, not_places = w.starts, w.texts, lex.not_places
    for end in _span_ends(w, i):
        if end == i + 1 and w.lowers[i] in ARTICLES and _hyphened_article(w, i):
            continue  # "Ash-" is the article of the name after it, not "Ash" in England
        start_char, end_char, text = _clean_chars(
            starts[i], starts[end - 1] + len(texts[end - 1]), w.text)
        key = name_key(text)
        if key and key not in not_places:
            spans.append((end, start_char, end_char, text, key))
    return spans


def _known_spans(w: TokenView, known: Known, lex: Lexicon
                 ) -> dict[int, tuple[int, int, int, str, str, int]]:
    """For each token a name may start at, the longest n-gram from it that `known` matches
    exactly, else the longest it matches loosely: (end token, start char, end char, text, key,
    kind). The keys of the whole text are asked about at once, exact matches first: loose
    ones only for tokens with no exact match."""
    spans = {i: _candidate_spans(w, i, lex) for i in w.name_starts}
    exact = known([span[4] for found in spans.values() for span in found], False)
    out: dict[int, tuple[int, int, int, str, str, int]] = {}
    unmatched: dict[int, list[tuple[int, int, int, str, str]]] = {}
    for i, found in spans.items():
        hit = next((span for span in found if span[4] in exact), None)
        if hit is not None:
            out[i] = (*hit, EXACT)
        elif found:
            unmatched[i] = found
    longer = {i: _article_longer(w, found, out[i][0]) for i, found in spans.items()
              if i in out and i not in unmatched}
    unmatched.update({i: found for i, found in longer.items() if found})
    loose = known([span[4] for found in unmatched.values() for span in found], True)
    for i, found in unmatched.items():
        hit = next((span for span in found if span[4] in loose), None)
        if hit is not None:
            out[i] = (*hit, LOOSE)
    return out


def _named_on(w: TokenView, i: int) -> bool:
    """"the municipality of Puerto Jordan": a name the text gives a settlement begins at the
    word after "of", so a place matched inside it ("Jordan") is no place of its own."""
    return i >= 1 and w.named[i - 1] and w.spaced[i - 1] and _settlement_before(w, i - 1) \
        and not w.sent_starts[i]


def _hyphened_on(w: TokenView, end: int) -> bool:
    """Does the name ending at token `end` run on through a hyphen into a capitalised word
    ("Pont-Sonde")? Only a settlement noun before it makes the whole one name: elsewhere
    two places are often joined so ("the Sidon-Tyr highway", "Tezpur-Kundurabari area")."""
    return end + 1 < w.size and w.texts[end] == "-" and not w.spaced[end - 1] \
        and not w.spaced[end] and w.named[end + 1]


def _article_longer(w: TokenView, found: list[tuple[int, int, int, str, str]], end: int
                    ) -> list[tuple[int, int, int, str, str]]:
    """The spans of `found` that run on past an exact match ending at token `end` through an
    Arabic article: "Ras Al Ain" is one name under another spelling, not the town "Ras" (its
    loose match is then preferred to the exact one)."""
    return [span for span in found if span[0] > end + 1
            and any(w.lowers[k] in ARTICLES for k in range(end, span[0] - 1))]


def view_article_led(w: TokenView, start: int, end: int) -> bool:
    """`article_led` of the span of tokens [start, end)."""
    first = w.texts[start]
    hyphen = end - start > 2 and w.texts[start + 1] == "-"
    return first in _SPACED_ARTICLES or (hyphen and first in ARTICLES)


def find_mentions(doc: Doc, doc_text: str, known: Known,
                  texts: list[str] | None = None, view: TokenView | None = None
                  ) -> list[Mention]:
    """Every longest capitalised n-gram whose key `known` accepts, in text order; an exact
    match of any length is preferred over a loose one."""
    lex = lexicon()
    w = token_view(doc, doc_text, texts) if view is None else view
    texts, ents = w.texts, w.ents
    mentions: list[Mention] = []
    matches = _known_spans(w, known, lex)
    after = 0  # the first token not inside a mention found already
    for i in w.name_starts:
        found = matches.get(i) if i >= after else None
        if found is None:
            continue
        end, start_char, end_char, text, key, kind = found
        if _currency_after(texts, end) or _broadcaster_after(texts, end) or (
                _settlement_before(w, i) and _hyphened_on(w, end)) or _named_on(w, i):
            # "the US dollar", "its Andalus radio station", "the town of Pont-Sonde": no
            # place of that name here
            after = end
            continue
        lead = _article_start(w, i)
        if mentions and lead < mentions[-1].token_end:
            lead = i  # the article is read as a name of its own ("Ash-Shajara")
        if lead < i:  # "in al-Hasakeh", "in Ar-Raqqa": the article is part of the name
            start_char, text = w.starts[lead], doc_text[w.starts[lead]:end_char]
        label, exact = _entity_at(ents, lead, end)
        mentions.append(Mention(
            start=start_char, end=end_char, text=text, key=key, token_start=i, token_end=end,
            label=label, exact_entity=exact, cue_before=_cue_before(w, lead),
            region_word=_region_word_after(w, end), relation=_relation_before(w, lead),
            quoted=_quoted(w, lead, end), sentence_start=w.sent_starts[lead],
            loose=kind == LOOSE, proper=_proper(doc, w, i, end),
            institution=_institution_after(w, end) or _dateline(w, i, end),
            runs_on=_runs_on(w, end), particle_run=_particle_run(w, lead, end),
            person_title=lead > 0 and w.lowers[lead - 1].rstrip(".") in lex.person_titles,
            runs_in=_runs_in(w, lead), settlement=_settlement_before(w, lead),
            country_cue=_demonym_of_settlement(w, lead),
        ))
        after = end
    return mentions


def find_facilities(doc: Doc, doc_text: str, texts: list[str] | None = None,
                    view: TokenView | None = None) -> list[Facility]:
    """Named facilities: a facility noun preceded by capitalised (or quoted) name tokens,
    possibly with a descriptive word between ("'Pokrovsky' mining enterprise")."""
    lex = lexicon()
    found: list[Facility] = []
    texts = token_texts(doc, doc_text) if texts is None else texts
    lowers = view.lowers if view is not None else [word.lower() for word in texts]
    for index in [i for i, word in enumerate(lowers) if word in lex.facility_nouns]:
        if index == 0:
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


@functools.cache
def _country_cue_firsts() -> frozenset[str]:
    return frozenset(key.split()[0] for key in lexicon().country_cues)


def demonym_countries(doc: Doc, doc_text: str | None = None,
                      texts: list[str] | None = None,
                      capitals: list[int] | None = None) -> list[str]:
    """Countries named by demonyms ("Ukrainian forces" -> UA) or by organisations tied to one
    country ("OSCE SMM" -> UA), in text order. `capitals`: the indices of the capitalised
    words, when known (`TokenView.capitals`)."""
    lex = lexicon()
    found: list[str] = []
    words = texts if texts is not None else token_texts(
        doc, text_of(doc) if doc_text is None else doc_text)
    firsts = _country_cue_firsts()
    for i in range(len(words)) if capitals is None else capitals:
        word = words[i]
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


def cued_mentions(doc: Doc, doc_text: str, texts: list[str] | None = None,
                  view: TokenView | None = None) -> list[Mention]:
    """Spans the text marks as places whatever the gazetteer says: GPE/LOC entities and names
    after a settlement noun ("the city of Rodine"). Candidates for fuzzy matching."""
    lex = lexicon()
    w = token_view(doc, doc_text, texts) if view is None else view
    spans: list[tuple[int, int, str | None]] = [
        (start, end, label) for start, end, label in w.ents if label in {"GPE", "LOC"}
    ]
    texts, lowers = w.texts, w.lowers
    for i in [i for i, word in enumerate(lowers) if word == "of"]:
        if 1 <= i < len(texts) - 1 and lowers[i - 1] in lex.settlement_nouns \
                and w.named[i + 1]:
            end = i + 2
            while end + 1 < w.size and _hyphened_on(w, end):
                end += 2  # "the town of Pont-Sonde": the whole name, not "Pont"
            while end < w.size and end - i <= 3 and w.named[end] and w.spaced[end - 1] \
                    and not w.sent_starts[end]:
                end += 1  # "the municipality of Puerto Jordan"
            spans.append((i + 1, end, None))
    out: list[Mention] = []
    for start, end, label in spans:
        s_char, e_char, text = _clean_chars(w.starts[start], w.end_char(end), doc_text)
        key = name_key(text)
        if not key or key in lex.not_places or _currency_after(texts, end):
            continue
        out.append(Mention(
            start=s_char, end=e_char, text=text, key=key, token_start=start, token_end=end,
            label=label, exact_entity=label is not None, cue_before=True,
            region_word=_region_word_after(w, end), relation=_relation_before(w, start),
            quoted=_quoted(w, start, end), sentence_start=w.sent_starts[start],
        ))
    return out
