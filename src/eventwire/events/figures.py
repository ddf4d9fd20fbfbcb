"""Figures of one sentence: fatalities, injuries and typed quantities.

`find_figures(sent)` reads the numbers of a spaCy sentence Span, finds what each one counts
(the noun it modifies, or "58 of these drones") and what happened to those things (the verb
that governs them, a participle beside them, or a cue word close by), and returns a `Figures`.
Lexicons (number words, vague counts, units, cue words, noun categories) are in
`data/figures.toml`.

Conventions (ACLED's, where ACLED has one)
------------------------------------------
* A stated number is kept as stated: "3 soldiers were killed" = 3, "killing 12" = 12,
  "1 fatality." = 1, "20 fatalities split up between 3 events" = 20. Spelled numbers
  ("twenty-one", "two hundred"), digits with separators ("1,200") and scales ("1.2 million")
  are read.
* Qualified numbers keep the stated number: "at least five" = 5 (low 5), "more than 20" = 20,
  "up to 10" = 10 (high 10), "about 2500" = 2500.
* Vague counts are coded low, as the least the words can mean: "dozens" = 12, "hundreds" = 100,
  "thousands" = 1000, "a few" / "several" / "a number of" = 3, "a couple of" = 2, "scores of" =
  20. "many" is not a count and gives nothing.
* A range ("80,000 to 100,000 tons", "two or three", "between 5 and 7") is a Quantity with low
  and high and no single value; as a fatality or injury count it gives its lower bound.
* Killed figures linked by coordination ("3 soldiers and 2 civilians were killed"), told by one
  verb or by coordinated verbs ("6 were killed by gunfire and 3 were killed by mines") add up;
  separate figures of the same kind ("killing 12 people, including 3 children"; "the toll rose
  from 10 to 15") do not: the largest is kept.
* "no casualties", "no one was killed or injured", "no fatalities reported", "without
  casualties" = 0; "casualties" and "victims" cover both the killed and the injured.
  "no information on casualties" is not a zero. A figure the sentence does not state is None,
  never 0.
* A single victim named without a number counts one ("a farmer was beaten to death",
  "killing him", "the death of a bystander" = 1; rules in `casualties.py`); the doer of an
  active verb, or anyone in a "by" phrase, never counts as a victim ("two gunmen killed a
  farmer", "killed in a drive-by shooting by three men" = 1).
* Killings that are not the event's own are not its casualties: background ("protested after
  police killed two"), attempts ("tried to lynch"), undecided outcomes ("killed, injured or
  captured").
* A number beside a month name is a date ("Around 9 May"), and one closing a name is part of
  it ("Highway 27").
* Coordinated counts of one kind make one quantity ("a priest and two nuns" abducted = 3).
  A count introduced by "including" is part of a figure already given and is skipped.
* Drones or missiles counted without a launch or intercept cue count as launched.
* A unit figure (tons, barrels, MW...) is a production_capacity quantity when it carries a rate
  ("per month" → unit "t/month") or the sentence speaks of production or capacity.
"""

from __future__ import annotations

import functools
import re
import tomllib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..nlp import doc_text
from ..records import Evidence, Quantity
from .casualties import background, is_attempt, is_collective, single_victims, undecided

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

_DATA = Path(__file__).parent / "data" / "figures.toml"

Phrase = tuple[str, ...]

_NOT_NUMBER_ENTS = frozenset({"PERCENT", "MONEY", "ORDINAL"})
_SUBJECT_OBJECT = frozenset(
    {"nsubj", "nsubjpass", "dobj", "obj", "attr", "oprd", "appos", "npadvmod", "conj"}
)
_CLAUSE_CHILDREN = frozenset({"acomp", "oprd", "xcomp", "ccomp", "attr", "dobj", "advmod"})
_BREAKS = frozenset({",", ";", ".", ":", "(", ")", "!", "?"})
_PERSON_KINDS = {
    "kill": "fatalities",
    "injure": "injuries",
    "arrest": "people_arrested",
    "abduct": "people_abducted",
    "displace": "displaced",
    "protest": "crowd_size",
}
_NOUN_KINDS = {
    "fatalities": "fatalities",
    "injuries": "injuries",
    "arrested": "people_arrested",
    "abducted": "people_abducted",
    "displaced": "displaced",
}
_NOT_PEOPLE = frozenset(
    {"drone", "missile", "facility", "building", "settlement", "unit", "skip", "bare"}
)
_SITE_KINDS = {
    "facility": ("facilities_damaged", ("damage",)),
    "building": ("buildings_damaged", ("damage",)),
    "settlement": ("cities_affected", ("affect", "damage")),
}


@dataclass(frozen=True)
class Figures:
    """What one sentence says in numbers. None: not stated (never 0 for unknown)."""

    fatalities: int | None
    injuries: int | None
    quantities: tuple[Quantity, ...]
    #: Evidence spans (doc character offsets) with field "fatalities" or "injuries".
    evidence: tuple[Evidence, ...]
    #: Each casualty figure as stated (kind "fatalities" or "injuries", with its bounds).
    casualties: tuple[Quantity, ...] = ()


@dataclass(frozen=True)
class _Lexicon:
    units: dict[str, int]
    tens: dict[str, int]
    scales: dict[str, int]
    vague: dict[Phrase, float]
    at_least: tuple[Phrase, ...]
    at_most: tuple[Phrase, ...]
    approx: tuple[Phrase, ...]
    range_joiners: frozenset[str]
    unit_names: dict[Phrase, str]
    rate_per: dict[str, str]
    rate_adverbs: dict[str, str]
    production_cues: frozenset[str]
    roles: dict[str, frozenset[str]]
    nouns: dict[str, frozenset[str]]
    zero_markers: tuple[Phrase, ...]
    date_words: frozenset[str]
    months: frozenset[str]
    zero_both: frozenset[str]
    zero_blockers: frozenset[str]
    #: First words of `vague` and `zero_markers`: a token that starts none of them is skipped.
    vague_first: frozenset[str]
    zero_first: frozenset[str]


@dataclass(frozen=True)
class _Number:
    """A number expression over doc tokens [start, end); `anchor` is its last numeric token."""

    value: float | None
    low: float | None
    high: float | None
    start: int
    end: int
    anchor: int


@dataclass(frozen=True)
class _Mention:
    kind: str
    number: _Number
    group: int  # token index shared by coordinated figures, which add up
    start_char: int
    end_char: int
    unit: str | None = None


# ---------------------------------------------------------------------------------------------
# Lexicon


def _phrase(text: str) -> Phrase:
    return tuple(text.lower().split())


@functools.cache
def _lexicon() -> _Lexicon:
    with _DATA.open("rb") as fh:
        raw: dict[str, Any] = tomllib.load(fh)
    num, qual, rates, zero = raw["numbers"], raw["qualifiers"], raw["rates"], raw["zero"]
    roles = {name: frozenset(str(w) for w in words) for name, words in raw["roles"].items()}
    return _Lexicon(
        units={str(k): int(v) for k, v in num["units"].items()},
        tens={str(k): int(v) for k, v in num["tens"].items()},
        scales={str(k): int(v) for k, v in num["scales"].items()},
        vague={_phrase(k): float(v) for k, v in raw["vague"].items()},
        at_least=tuple(_phrase(p) for p in qual["at_least"]),
        at_most=tuple(_phrase(p) for p in qual["at_most"]),
        approx=tuple(_phrase(p) for p in qual["approx"]),
        range_joiners=frozenset(str(w) for w in qual["range_joiners"]),
        unit_names={_phrase(k): str(v) for k, v in raw["units"].items()},
        rate_per={str(k): str(v) for k, v in rates["per"].items()},
        rate_adverbs={str(k): str(v) for k, v in rates["adverbs"].items()},
        production_cues=frozenset(str(w) for w in rates["production_cues"]),
        roles=roles,
        nouns={name: frozenset(str(w) for w in words) for name, words in raw["nouns"].items()},
        zero_markers=tuple(_phrase(p) for p in zero["markers"]),
        date_words=frozenset(str(w) for w in raw["dates"]["words"]),
        months=frozenset(str(w) for w in raw["dates"]["months"]),
        zero_both=frozenset(str(w) for w in zero["both"]),
        zero_blockers=frozenset(str(w) for w in zero["blockers"]),
        vague_first=frozenset(_phrase(k)[0] for k in raw["vague"]),
        zero_first=frozenset(_phrase(p)[0] for p in zero["markers"]),
    )


def _phrase_at(tokens: Sequence[Token], pos: int, phrases: Iterable[Phrase]) -> int:
    """Length of the longest phrase that starts at tokens[pos] (0: none)."""
    best = 0
    for phrase in phrases:
        n = len(phrase)
        if n > best and pos + n <= len(tokens) and all(
            tokens[pos + k].lower_ == phrase[k] for k in range(n)
        ):
            best = n
    return best


def _phrase_before(tokens: Sequence[Token], pos: int, phrases: Iterable[Phrase]) -> int:
    """Length of the longest phrase that ends just before tokens[pos] (0: none)."""
    best = 0
    for phrase in phrases:
        n = len(phrase)
        if n > best and pos - n >= 0 and all(
            tokens[pos - n + k].lower_ == phrase[k] for k in range(n)
        ):
            best = n
    return best


# ---------------------------------------------------------------------------------------------
# Numbers

_YEAR = re.compile(r"(?:19|20)\d\d")
_DIGITS = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?")


def _is_word_number(word: str, lex: _Lexicon) -> bool:
    return word in lex.units or word in lex.tens or word in lex.scales


def _in_compound(tokens: Sequence[Token], pos: int, lex: _Lexicon) -> bool:
    """A number glued into a name or modifier: "Su-25", "S-300", "45-year-old"; or closing a
    name ("National Highway 27", "Camp 4")."""
    tok = tokens[pos]
    before = tokens[pos - 1] if pos >= 1 else None
    if before is not None and before.pos_ == "PROPN" and before.is_title and (
        before.lower_ not in lex.months and tok.head.i <= before.i
    ):
        return True  # a count stands before its noun; a number after a name is part of it
    before = tokens[pos - 2] if pos >= 2 else None
    hyphen = tokens[pos - 1] if pos >= 1 else None
    glued = (
        before is not None and hyphen is not None and hyphen.text == "-" and before.is_alpha
        and not before.whitespace_ and not hyphen.whitespace_
    )
    if glued and before is not None:
        return not _is_word_number(before.lower_, lex)
    if pos + 2 < len(tokens) and tokens[pos + 1].text == "-" and not tok.whitespace_:
        after = tokens[pos + 2]
        return after.is_alpha and not _is_word_number(after.lower_, lex)
    return False


def _in_date_or_measure(tok: Token, lex: _Lexicon) -> bool:
    """Part of a time, percent, money or ordinal entity, or a number of a real date: a year,
    or one next to a month or time word (the entity recogniser also tags counts such as
    "between 12 and 15" as DATE, "8 to 14 overnight" as TIME). A number right beside a month
    name is a date whatever the entity recogniser says ("Around 9 May 2020")."""
    doc = tok.doc
    beside = [doc[i] for i in (tok.i - 1, tok.i + 1) if 0 <= i < len(doc)]
    if any(n.lower_.rstrip(".") in lex.months and n.pos_ == "PROPN" for n in beside):
        return True
    if tok.ent_type_ not in ("DATE", "TIME"):
        return tok.ent_type_ in _NOT_NUMBER_ENTS
    if _YEAR.fullmatch(tok.text):
        return True
    if tok.i >= 2 and doc[tok.i - 1].text == "-" and _YEAR.fullmatch(doc[tok.i - 2].text):
        return True  # "1937-38"
    neighbours = [doc[i] for i in (tok.i - 2, tok.i - 1, tok.i + 1, tok.i + 2) if 0 <= i < len(doc)]
    return any(n.lower_.rstrip(".") in lex.date_words for n in neighbours)


def _spelled(tokens: Sequence[Token], pos: int, lex: _Lexicon) -> tuple[float, int] | None:
    """A spelled number from tokens[pos]: value and end position."""
    total, current, end, seen = 0, 0, pos, False
    i = pos
    while i < len(tokens):
        word = tokens[i].lower_
        if word in ("a", "an") and not seen and i + 1 < len(tokens):
            if tokens[i + 1].lower_ in lex.scales:
                current, i = 1, i + 1
                continue
            break
        if word in lex.units or word in lex.tens:
            current += lex.units.get(word, 0) + lex.tens.get(word, 0)
        elif word in lex.scales and seen:
            scale = lex.scales[word]
            if scale >= 1000:
                total, current = total + max(current, 1) * scale, 0
            else:
                current = max(current, 1) * scale
        elif word in ("-", "and") and seen and i + 1 < len(tokens):
            if not _is_word_number(tokens[i + 1].lower_, lex):
                break
            i += 1
            continue
        else:
            break
        seen, i, end = True, i + 1, i + 1
    if not seen:
        return None
    return float(total + current), end


def _number_at(tokens: Sequence[Token], pos: int, lex: _Lexicon) -> tuple[float, int] | None:
    """One number starting at tokens[pos]: its value and end position (exclusive)."""
    tok = tokens[pos]
    if not _may_start_number(tok, lex) or _in_date_or_measure(tok, lex):
        return None
    n = _phrase_at(tokens, pos, lex.vague) if tok.lower_ in lex.vague_first else 0
    if n:
        value, end = lex.vague[_tokens_key(tokens, pos, n)], pos + n
        # "tens of thousands", "hundreds of thousands"
        if end < len(tokens) and tokens[end].lower_.rstrip("s") in lex.scales:
            value *= lex.scales[tokens[end].lower_.rstrip("s")]
            end += 1
        return value, end
    if _DIGITS.fullmatch(tok.text):
        if _in_compound(tokens, pos, lex):
            return None
        value, end = float(tok.text.replace(",", "")), pos + 1
        if end < len(tokens) and tokens[end].lower_ in lex.scales:
            value, end = value * lex.scales[tokens[end].lower_], end + 1
        return value, end
    if tok.lower_ == "one" and pos > 0 and tokens[pos - 1].lower_ in ("no", "the", "any", "each"):
        return None
    return _spelled(tokens, pos, lex)


def _may_start_number(tok: Token, lex: _Lexicon) -> bool:
    """Cheap pre-check of `_number_at`: can a number (vague, in digits, spelled) start here?"""
    word = tok.lower_
    return word in lex.vague_first or word in lex.units or word in lex.tens \
        or word in ("a", "an") or _DIGITS.fullmatch(tok.text) is not None


def _tokens_key(tokens: Sequence[Token], pos: int, n: int) -> Phrase:
    return tuple(t.lower_ for t in tokens[pos : pos + n])


def _read_number(tokens: Sequence[Token], pos: int, lex: _Lexicon) -> _Number | None:
    """A number with its qualifier and an optional range (tokens are the sentence's)."""
    first = _number_at(tokens, pos, lex)
    if first is None:
        return None
    value, end = first
    anchor = end - 1
    start = pos
    low: float | None = None
    high: float | None = None
    qualifier = ""
    for name, phrases in (("least", lex.at_least), ("most", lex.at_most), ("about", lex.approx)):
        n = _phrase_before(tokens, pos, phrases)
        if n:
            start, qualifier = pos - n, name
            break
    between = pos > 0 and tokens[pos - 1].lower_ == "between"
    from_ = pos > 0 and tokens[pos - 1].lower_ == "from"
    if end + 1 < len(tokens) and tokens[end].lower_ in lex.range_joiners and not from_:
        joiner = tokens[end].lower_
        second = _number_at(tokens, end + 1, lex)
        if second is not None and (joiner != "and" or between) and second[0] >= value:
            start = pos - 1 if between else start
            return _Number(None, value, second[0], tokens[start].i, tokens[second[1] - 1].i + 1,
                           tokens[second[1] - 1].i)
    if qualifier == "least":
        low = value
    elif qualifier == "most":
        high = value
    return _Number(value, low, high, tokens[start].i, tokens[end - 1].i + 1, tokens[anchor].i)


def _numbers(tokens: Sequence[Token], lex: _Lexicon) -> list[_Number]:
    found: list[_Number] = []
    pos = 0
    offset = tokens[0].i if tokens else 0
    while pos < len(tokens):
        number = _read_number(tokens, pos, lex)
        if number is None:
            pos += 1
            continue
        found.append(number)
        pos = number.end - offset
    return found


# ---------------------------------------------------------------------------------------------
# What a number counts, and what happened to it


def _counted(number: _Number, sent: Span) -> tuple[Token | None, Token]:
    """The counted noun (None for a bare number) and the token that fills the clause slot."""
    doc = sent.doc
    span_ids = range(number.start, number.end)
    for tok in doc[number.start : number.end]:
        preps = [c for c in tok.children if c.dep_ == "prep" and c.lower_ in ("of", "among")]
        if tok.lower_ == "of":
            preps.append(tok)
        for prep in preps:
            for obj in prep.children:
                if obj.dep_ == "pobj" and obj.pos_ in ("NOUN", "PROPN"):
                    return obj, obj
                if obj.dep_ == "pobj":  # "58 of them"
                    return None, doc[number.anchor]
    top = doc[number.anchor]
    while top.head.i in span_ids and top.head.i != top.i:
        top = top.head
    head = top.head
    if top.dep_ == "pobj" and head.lower_ == "of" and is_collective(head.head):
        return head.head, head.head  # "a family of three": the three are the family
    modifier = top.dep_ in ("nummod", "quantmod", "amod", "compound", "nmod", "det")
    if modifier and head.i != top.i and head.pos_ in ("NOUN", "PROPN", "ADJ"):
        return head, head
    return None, top


def _noun_phrase(noun: Token) -> tuple[str, ...]:
    """The noun with the modifiers that can make a multi-word category name."""
    left = [c.lower_ for c in noun.lefts if c.dep_ in ("amod", "compound")]
    return (*left, noun.lower_)


def _category(counted: Token | None, lex: _Lexicon) -> str:
    if counted is None:
        return "bare"
    words = {counted.lower_, counted.lemma_.lower()}
    phrase = _noun_phrase(counted)
    for k in range(len(phrase)):
        words.add(" ".join(phrase[k:]))
    order = ("fatalities", "injuries", "arrested", "abducted", "displaced", "crowd", "drone",
             "missile", "facility", "building", "settlement")
    for name in order:
        if words & lex.nouns[name]:
            return name
    if any(_phrase(w) in lex.unit_names for w in words):
        return "unit"
    if words & lex.nouns["not_counts"]:
        return "skip"
    return "person"


def _roles_of(tok: Token, lex: _Lexicon) -> list[str]:
    keys = {tok.lemma_.lower(), tok.lower_}
    for child in tok.children:
        if child.dep_ == "prt":
            keys.add(f"{tok.lemma_.lower()} {child.lower_}")
    return [role for role, cues in lex.roles.items() if keys & cues]


def _climb_conj(slot: Token) -> Token:
    while slot.dep_ == "conj" and slot.head.pos_ in ("NOUN", "PROPN", "NUM", "PRON"):
        slot = slot.head
    return slot


@dataclass(frozen=True)
class _Cue:
    roles: tuple[str, ...]
    token: Token
    syntactic: bool
    agent_slot: bool  # the counted slot is the active subject of this cue


def _cues(number: _Number, slot: Token, sent: Span, lex: _Lexicon) -> list[_Cue]:
    """Cue words for a figure, most reliable first: governing verb, modifiers, then nearby."""
    out: list[_Cue] = []
    root = _climb_conj(slot)
    verb = root.head
    for _ in range(3):  # "rose from 10 to 15": up through the prepositions to the verb
        if root.dep_ != "pobj" or verb.dep_ not in ("prep", "pobj") or verb.head.i == verb.i:
            break
        if verb.pos_ == "NOUN" and _roles_of(verb, lex):
            break  # "the killing of 1 member": the noun of the act says it
        verb = verb.head
    skip: set[int] = set()
    # "two were killed and one injured": a count coordinated with a verb heads its own clause
    elliptic = root.dep_ == "conj" and verb.pos_ in ("VERB", "AUX")
    if verb.i != root.i and not elliptic:
        # an active subject is the doer only when the verb has an object ("gunmen killed a
        # farmer"); without one it is a reduced passive ("21 others wounded")
        agent = root.dep_ == "nsubj" and _has_object(verb)
        roles = tuple(_roles_of(verb, lex))
        out.append(_Cue(roles, verb, True, agent))
        if agent:  # the doer of the act: words of its clause must not re-attach to it
            skip = {t.i for t in verb.subtree} - {t.i for t in root.subtree}
        for child in verb.children:
            if child.i == root.i:
                continue
            if child.dep_ in _CLAUSE_CHILDREN or (
                root.dep_ in ("nsubj", "nsubjpass") and _shares_subject(child)
            ):
                out.append(_Cue(tuple(_roles_of(child, lex)), child, True, agent))
            elif child.dep_ in ("nsubj", "nsubjpass") and root.dep_ not in ("nsubj", "nsubjpass"):
                # "the death toll rose to 15", "the number of dead rose to 15": the subject
                # names what is counted
                for word in (child, *_of_objects(child)):
                    out.append(_Cue(tuple(_roles_of(word, lex)), word, True, False))
    for child in slot.children:
        if child.dep_ in ("acl", "amod", "relcl"):
            out.append(_Cue(tuple(_roles_of(child, lex)), child, True, False))
    if _own_clause(root, verb, elliptic):
        return [c for c in out if c.roles]  # "4 were killed and 5 were missing": 5 is not dead
    doc = sent.doc
    after = range(max(slot.i, number.end - 1) + 1, min(sent.end, slot.i + 5))
    before = range(number.start - 1, max(sent.start, number.start - 4) - 1, -1)
    for window in (after, before):
        for i in window:
            if doc[i].text in _BREAKS or (doc[i].like_num and not number.start <= i < number.end):
                break  # a cue beyond another number belongs to that number
            if _other_patient(doc[i], number, slot):
                break  # "clashed with 4 men and killed 1 of them": the verb has its own object
            if i not in skip:
                out.append(_Cue(tuple(_roles_of(doc[i], lex)), doc[i], False, False))
    return [c for c in out if c.roles]


def _shares_subject(child: Token) -> bool:
    """ "2 guards were shot and killed": a coordinated verb without a subject or object of its
    own."""
    return child.dep_ == "conj" and child.pos_ == "VERB" and not any(
        c.dep_ in ("nsubj", "nsubjpass", "dobj", "obj") for c in child.children
    )


def _own_clause(root: Token, verb: Token, elliptic: bool) -> bool:
    """The count is the subject of a verb of its own, right after it ("and 5 were missing"),
    which alone says what happened to it."""
    if root.dep_ not in ("nsubj", "nsubjpass") or verb.pos_ not in ("VERB", "AUX") or elliptic:
        return False
    between = root.doc[root.i + 1 : verb.i]
    return verb.i > root.i and not any(t.text in _BREAKS for t in between)


def _other_patient(word: Token, number: _Number, slot: Token) -> bool:
    """A verb whose object is another than the counted thing, and whose subject is not it."""
    mine = {slot.i, *range(number.start, number.end)}
    kids = list(word.children)
    if any(c.dep_ in ("nsubj", "nsubjpass") and c.i in mine for c in kids):
        return False
    return any(c.dep_ in ("dobj", "obj") and c.i not in mine for c in kids)


def _has_object(verb: Token) -> bool:
    """The verb, or one coordinated with it or completing it, takes an object: "two gunmen
    shot and killed a trader", "fifty people tried to lynch three men"."""
    verbs = [verb, *(c for c in verb.children if _shares_subject(c) or (
        c.dep_ == "xcomp" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)))]
    return any(c.dep_ in ("dobj", "obj") for v in verbs for c in v.children)


def _of_objects(tok: Token) -> list[Token]:
    return [o for c in tok.children if c.lower_ == "of" for o in c.children if o.dep_ == "pobj"]


def _usable(cue: _Cue, role: str, lex: _Lexicon) -> bool:
    """The active subject of a verb with an object is its doer, not what it counts; drones
    still "attack", protesters "protest" something and residents "flee" a town."""
    return not cue.agent_slot or role in ("launch", "protest", "displace")


def _first_role(cues: list[_Cue], wanted: Iterable[str], lex: _Lexicon) -> tuple[str, _Cue] | None:
    wanted = tuple(wanted)
    for cue in cues:
        for role in cue.roles:
            if role in wanted and _usable(cue, role, lex):
                return role, cue
    return None


def _weapon_before(sent: Span, pos: int, lex: _Lexicon) -> str | None:
    """The nearest drone or missile noun before a bare number ("58 of them were downed")."""
    for tok in reversed(sent.doc[sent.start : pos]):
        for name in ("drone", "missile"):
            if {tok.lower_, tok.lemma_.lower()} & lex.nouns[name]:
                return name
    return None


def _kind(
    number: _Number, counted: Token | None, slot: Token, sent: Span, lex: _Lexicon
) -> tuple[str, Token | None] | None:
    """The figure kind a number gives, and the cue token behind it."""
    category = _category(counted, lex)
    if category == "skip":
        return None
    if category == "person" and counted is not None:
        # "25 rebels and 6 military fatalities": a count joined to a casualty noun is one too
        joined = [c for c in counted.children if c.dep_ == "conj"]
        if counted.dep_ == "conj":
            joined.append(counted.head)
        for other in joined:
            if other.pos_ == "NOUN" and _category(other, lex) in ("fatalities", "injuries"):
                category = _category(other, lex)
                break
    if category in _NOUN_KINDS:
        return _NOUN_KINDS[category], None
    cues = _cues(number, slot, sent, lex)
    if category == "bare":
        weapon = _weapon_before(sent, number.start, lex)
        found = _first_role(cues, ("intercept", "launch"), lex) if weapon else None
        if weapon and found:
            done = "intercepted" if found[0] == "intercept" else "launched"
            return f"{weapon}s_{done}", found[1].token
        category = "person"
    if category in ("drone", "missile"):
        found = _first_role(cues, ("intercept", "launch"), lex)
        done = "intercepted" if found and found[0] == "intercept" else "launched"
        return f"{category}s_{done}", found[1].token if found else None
    if category in _SITE_KINDS:
        root = _climb_conj(slot)
        if root.dep_ == "pobj" and root.head.lower_ not in ("in", "across", "on", "against"):
            return None  # "drones destroyed over seven regions": a place, not a target
        kind, roles = _SITE_KINDS[category]
        found = _first_role(cues, roles, lex)
        if found is None and any(_roles_of(t, lex) and set(_roles_of(t, lex)) & set(roles)
                                 for t in sent):
            return kind, None
        return (kind, found[1].token) if found else None
    if category == "unit":
        return "production_capacity", None
    # "were kidnapped and killed": the last fate of a chain of acts is the one that counts
    chained = [c for c in cues if c.syntactic and c.token.dep_ == "conj"]
    found = _first_role(chained, ("kill",), lex) or _first_role(cues, _PERSON_KINDS, lex)
    if found is None and category == "crowd":  # protesters counted without another act
        return "crowd_size", None
    return (_PERSON_KINDS[found[0]], found[1].token) if found else None


# ---------------------------------------------------------------------------------------------
# Units and rates


def _unit_and_rate(counted: Token, sent: Span, lex: _Lexicon) -> tuple[str | None, int]:
    """The normalised unit ("t/month") of a unit figure and the end char of its rate phrase."""
    unit = lex.unit_names.get(_phrase(counted.lower_)) or lex.unit_names.get(
        _phrase(" ".join(_noun_phrase(counted)[-2:]))
    )
    end = counted.idx + len(counted)
    doc = sent.doc
    for i in range(counted.i + 1, min(sent.end, counted.i + 7)):
        word = doc[i].lower_
        if word in lex.rate_adverbs:
            return f"{unit}/{lex.rate_adverbs[word]}", doc[i].idx + len(doc[i])
        if word in ("per", "a", "an", "each", "every") and i + 1 < sent.end:
            nxt = doc[i + 1].lemma_.lower()
            if nxt in lex.rate_per:
                return f"{unit}/{lex.rate_per[nxt]}", doc[i + 1].idx + len(doc[i + 1])
        if doc[i].text in _BREAKS or doc[i].pos_ in ("VERB", "AUX"):
            break
    return unit, end


def _has_production_cue(sent: Span, lex: _Lexicon) -> bool:
    return any(t.lemma_.lower() in lex.production_cues for t in sent)


# ---------------------------------------------------------------------------------------------
# Mentions


def _is_subset(number: _Number, sent: Span) -> bool:
    """ "killing 9, including 2 children": a part of a figure already given."""
    doc = sent.doc
    before = [t.lower_ for t in doc[max(sent.start, number.start - 2) : number.start]]
    return "including" in before or before[-2:] == ["among", "them"]


def _mention(number: _Number, sent: Span, lex: _Lexicon) -> _Mention | None:
    if _is_subset(number, sent):
        return None
    counted, slot = _counted(number, sent)
    found = _kind(number, counted, slot, sent, lex)
    if found is None:
        return None
    kind, cue = found
    if kind in ("fatalities", "injuries") and not _counts_toward_event(kind, cue, slot):
        return None
    doc = sent.doc
    start = doc[number.start].idx
    last = doc[number.end - 1]
    end = last.idx + len(last)
    if counted is not None and counted.i >= number.end:
        end = counted.idx + len(counted)
    unit: str | None = None
    if kind == "production_capacity" and counted is not None:
        unit, end = _unit_and_rate(counted, sent, lex)
        if "/" not in (unit or "") and not _has_production_cue(sent, lex):
            return None
    if cue is not None and kind in ("fatalities", "injuries") and abs(cue.i - number.anchor) <= 8:
        start = min(start, cue.idx)
        end = max(end, cue.idx + len(cue))
    group = _group(slot) if kind in ("fatalities", "injuries") else _climb_conj(slot).i
    return _Mention(kind, number, group, start, end, unit)


def _counts_toward_event(kind: str, cue: Token | None, slot: Token) -> bool:
    """A casualty figure of the event the sentence reports: not its doers ("beaten to death
    by 15 men", "killed in a drive-by shooting by two gunmen"), not a background killing, an
    attempt or an undecided outcome ("killed, injured or captured")."""
    root = _climb_conj(slot)
    if root.dep_ == "pobj" and root.head.lower_ == "by":
        return False
    word = cue if cue is not None else root
    if background(word) or is_attempt(word):
        return False
    return cue is None or not undecided(cue)


def _group(slot: Token) -> int:
    """Casualty figures that add up share a group: coordinated counts ("3 soldiers and 2
    civilians"), the subjects or objects of one verb ("4 people (...) as well as 2 policemen
    were killed"), and those of coordinated verbs ("6 were killed by gunfire and 3 were killed
    by mines")."""
    root = _climb_conj(slot)
    verb = root.head
    if root.dep_ not in ("nsubj", "nsubjpass", "dobj", "obj") or verb.pos_ not in ("VERB", "AUX"):
        return root.i
    while verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX"):
        verb = verb.head
    return -1 - verb.i


def _article_mentions(sent: Span, taken: set[int], lex: _Lexicon) -> list[_Mention]:
    """ "a farmer was killed": one victim, counted from a singular noun with "a"/"an"."""
    out: list[_Mention] = []
    for tok in sent:
        noun = tok.head
        if tok.lower_ not in ("a", "an") or tok.dep_ != "det" or noun.tag_ not in ("NN", "NNP"):
            continue
        if noun.i in taken or noun.lemma_.lower() not in lex.nouns["person"]:
            continue
        number = _Number(1.0, None, None, tok.i, tok.i + 1, tok.i)
        cues = [c for c in _cues(number, noun, sent, lex) if c.syntactic]
        found = _first_role(cues, _PERSON_KINDS, lex)
        if found is None or found[0] in ("protest", "kill", "injure"):
            continue  # casualties are read by _victim_mentions
        kind, cue = _PERSON_KINDS[found[0]], found[1].token
        if noun.dep_ == "nsubj" and noun.head.i != cue.i:
            continue  # the subject of another verb: "a local official said", not a victim
        start, end = tok.idx, noun.idx + len(noun)
        if kind in ("fatalities", "injuries"):  # evidence spans take in the stating verb
            start, end = min(start, cue.idx), max(end, cue.idx + len(cue))
        out.append(_Mention(kind, number, _climb_conj(noun).i, start, end))
    return out


def _victim_mentions(sent: Span, taken: set[int]) -> list[_Mention]:
    """Single victims named without a number ("a man was shot dead", "killing him")."""
    out: list[_Mention] = []
    for victim in single_victims(sent, taken):
        tok, cue = victim.token, victim.cue
        if _category(tok, _lexicon()) in _NOT_PEOPLE:
            continue
        first = min(tok.left_edge.i, tok.i)
        number = _Number(1.0, None, None, first, tok.i + 1, tok.i)
        start = min(sent.doc[first].idx, cue.idx)
        end = max(tok.idx + len(tok), cue.idx + len(cue))
        # a victim adds to a count only when coordinated with it ("a nurse and two patients")
        joined = tok.dep_ == "conj" or any(c.dep_ == "conj" for c in tok.children)
        out.append(_Mention(victim.kind, number, _group(tok) if joined else tok.i, start, end))
    return out


def _zero_mentions(sent: Span, lex: _Lexicon) -> list[tuple[str, int, int]]:
    """Stated zeros: (field, start char, end char) for "no casualties", "no one was killed"."""
    tokens = list(sent)
    found: list[tuple[str, int, int]] = []
    for pos in range(len(tokens)):
        if tokens[pos].lower_ not in lex.zero_first:
            continue
        n = _phrase_at(tokens, pos, lex.zero_markers)
        if not n or (n == 1 and tokens[pos].lower_ == "none" and pos + 1 < len(tokens)
                     and tokens[pos + 1].lower_ == "of"):
            continue
        for tok in tokens[pos + n : pos + n + 8]:
            if tok.text in _BREAKS or tok.lemma_.lower() in lex.zero_blockers:
                break
            words = {tok.lower_, tok.lemma_.lower()}
            fields = []
            if words & lex.zero_both:
                fields = ["fatalities", "injuries"]
            elif words & (lex.nouns["fatalities"] | lex.roles["kill"]):
                fields = ["fatalities"]
            elif words & (lex.nouns["injuries"] | lex.roles["injure"]):
                fields = ["injuries"]
            span = (tokens[pos].idx, tok.idx + len(tok))
            found.extend((f, *span) for f in fields)
    return found


def _combine(mentions: list[_Mention]) -> int | None:
    """Coordinated figures add up; separate ones do not (the largest is kept)."""
    groups: dict[int, float] = {}
    for m in mentions:
        value = m.number.value if m.number.value is not None else m.number.low
        groups[m.group] = groups.get(m.group, 0.0) + (value or 0.0)
    return int(round(max(groups.values()))) if groups else None


def _quantity(m: _Mention, text: str) -> Quantity:
    return Quantity(
        kind=m.kind,
        value=m.number.value,
        low=m.number.low,
        high=m.number.high,
        unit=m.unit,
        text=text[m.start_char : m.end_char],
        span=(m.start_char, m.end_char),
    )


def _merge(quantities: list[Quantity], text: str) -> Quantity:
    """Coordinated counts of one kind ("a priest and two nuns") as one quantity."""
    if len(quantities) == 1:
        return quantities[0]
    values = [q.value for q in quantities]
    start, end = min(q.span[0] for q in quantities), max(q.span[1] for q in quantities)
    total = None if any(v is None for v in values) else sum(v for v in values if v is not None)
    first = quantities[0]
    return Quantity(first.kind, total, None, None, first.unit, text[start:end], (start, end))


def _quantities(mentions: list[_Mention], text: str) -> tuple[Quantity, ...]:
    groups: dict[tuple[str, int], list[Quantity]] = {}
    for m in sorted(mentions, key=lambda m: m.start_char):
        if m.kind not in ("fatalities", "injuries"):
            groups.setdefault((m.kind, m.group), []).append(_quantity(m, text))
    merged = [_merge(qs, text) for qs in groups.values()]
    return tuple(sorted(merged, key=lambda q: q.span))


#: `Doc.user_data` slot of the figures already read, by sentence token bounds.
_FIGURES = "eventwire.events.figures"


def find_figures(sent: Span) -> Figures:
    """Fatalities, injuries and typed quantities stated in one sentence (a spaCy Span); read
    once per sentence of a Doc (every trigger and later sentence asks again)."""
    memo: dict[tuple[int, int], Figures] = sent.doc.user_data.setdefault(_FIGURES, {})
    bounds = (sent.start, sent.end)
    found = memo.get(bounds)
    if found is None:
        found = memo[bounds] = _read_figures(sent)
    return found


def _read_figures(sent: Span) -> Figures:
    lex = _lexicon()
    text = doc_text(sent.doc)
    mentions = [m for n in _numbers(list(sent), lex) if (m := _mention(n, sent, lex))]
    taken = {i for m in mentions for i in range(m.number.start, m.number.end)}
    taken |= {t.i for m in mentions for t in sent.doc.char_span(m.start_char, m.end_char) or ()}
    counted = {i for m in mentions for i in range(m.number.start, m.number.end)}
    counted |= {sent.doc[m.number.anchor].head.i for m in mentions}
    mentions.extend(_article_mentions(sent, taken, lex))
    mentions.extend(_victim_mentions(sent, counted))
    counts: dict[str, int | None] = {}
    evidence: list[Evidence] = []
    for field in ("fatalities", "injuries"):
        mine = [m for m in mentions if m.kind == field]
        counts[field] = _combine(mine)
        evidence.extend(
            Evidence(field, text[m.start_char : m.end_char], (m.start_char, m.end_char))
            for m in mine
        )
    for field, start, end in _zero_mentions(sent, lex):
        if counts[field] is None:
            counts[field] = 0
            evidence.append(Evidence(field, text[start:end], (start, end)))
    quantities = _quantities(mentions, text)
    casualties = tuple(_quantity(m, text) for m in mentions
                       if m.kind in ("fatalities", "injuries"))
    return Figures(counts["fatalities"], counts["injuries"], quantities, tuple(evidence),
                   casualties)


__all__ = ["Figures", "find_figures"]
