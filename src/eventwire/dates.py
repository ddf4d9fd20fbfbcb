"""The dates stage: date and time expressions, normalised against the publication date.

`find_times(doc, published)` lists every date/time expression of a document as `TimeRef`s;
`normalise(text, published)` resolves one expression. Both use the same rules: regular
expressions over the text (lexicons in `data/dates.toml`), plus spaCy's DATE/TIME entities for
what the rules do not cover. No model or network is involved, so a pass over a Doc is cheap.

Conventions
-----------
* `date` is the first day of the period the expression names; `precision` is its size
  ("day", "week", "month", "year"). A week starts on Monday.
* The publication date `published` (YYYY-MM-DD) anchors every relative expression.
  Without it, only expressions that carry their own year resolve ("9 May 2020", "2020-05-09",
  "March 2023", "mid-2024"); partial ones ("January 8", "on Monday", "yesterday") keep their text
  with `date = None`. A year is never guessed.
* Never in the future: a resolved date later than `published` is dropped (date = None).
  "next week", "later this month", "tomorrow" are therefore never dated.
* "on Monday" is the most recent Monday on or before the publication day; "last Monday" the most
  recent one strictly before it.
* "overnight" and "last night": wire reports published on day D use them for the night that ended
  on the morning of D, so they date to D (precision day). "this morning", "today", "tonight" and
  "in the past 24 hours" are D too; "yesterday" is D - 1.
* "January 8", "8 January", "Jan. 8": the most recent such day on or before `published`.
  "in March": the most recent March (month precision) that began on or before `published`;
  "last March" the most recent one before the publication month.
* "this week" / "earlier this week": the publication week (precision week); "last week": the week
  before; "the past week": the seven days ending on D (date D - 6, precision week).
  "last weekend": the Saturday of the most recent complete weekend (precision week).
* "this month" / "earlier this month": the publication month; "last month": the one before.
* "this year" / "earlier this year" / "earlier in the year": the publication year (precision year);
  "last year": the one before.
* "early/mid/late-2024": qualifiers do not narrow the precision of the unit they modify, so
  "mid-2024" is 2024-01-01 with precision "year" (and "early March" is March, precision month).
* "two days ago" is D - 2 (day); "three weeks ago" the week containing D - 21; months and years
  likewise at their own precision.
* "recently", "in recent weeks", "the previous day", "that day" and other expressions that name
  no recoverable date are kept with `date = None` and `precision = None`.
* In running text, month and weekday names count only when capitalised ("may", "march" are
  verbs), a bare month only after a preposition or qualifier ("in May", "early March"), a bare
  year only after a preposition ("since 2014"), and weekday abbreviations only before a date
  ("Wed., Nov. 6"). spaCy DATE/TIME entities the rules miss are normalised as a whole; those
  that only measure time ("three years", "45-year-old") are dropped.
* Day ranges ("8-9 May 2020") date to their first day. Numeric dates are read as ISO
  (2020-05-09) or day-first with dots (09.05.2020); slashed forms are too ambiguous to read.
"""

from __future__ import annotations

import bisect
import datetime as dt
import functools
import re
import tomllib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .errors import DateError
from .nlp import doc_text
from .records import DatePrecision, TimeRef

if TYPE_CHECKING:
    from spacy.tokens import Doc

_DATA = Path(__file__).parent / "data" / "dates.toml"


@dataclass(frozen=True)
class _Period:
    """A resolved period: a start day and its precision (both None when undatable)."""

    date: dt.date | None
    precision: DatePrecision | None


_UNDATED = _Period(None, None)

Resolver = Callable[["re.Match[str]", dt.date | None, "_Lexicon"], "_Period | None"]


@dataclass(frozen=True)
class _Rule:
    """One pattern. `resolve` returns None when a match is not a date after all."""

    name: str
    pattern: re.Pattern[str]
    resolve: Resolver
    #: Used by find_times over running text (normalise uses every rule).
    in_text: bool = True
    #: Group names whose text must be capitalised in running text ("May", not "may").
    capitalised: tuple[str, ...] = ()
    #: In running text, at least one of these groups must have matched.
    requires_one_of: tuple[str, ...] = ()


@dataclass(frozen=True)
class _Lexicon:
    months: dict[str, int]
    weekdays: dict[str, int]
    relative_days: dict[str, int]
    number_words: dict[str, int]
    vague: tuple[str, ...]
    duration_units: frozenset[str]
    frequency_words: frozenset[str]


@dataclass(frozen=True)
class _Candidate:
    start: int
    end: int
    priority: int
    period: _Period


# ---------------------------------------------------------------------------------------------
# Lexicon and rules (built once per process)


@functools.cache
def _lexicon() -> _Lexicon:
    with _DATA.open("rb") as fh:
        raw: dict[str, Any] = tomllib.load(fh)
    return _Lexicon(
        months={str(k): int(v) for k, v in raw["months"].items()},
        weekdays={str(k): int(v) for k, v in raw["weekdays"].items()},
        relative_days={str(k): int(v) for k, v in raw["relative_days"].items()},
        number_words={str(k): int(v) for k, v in raw["number_words"].items()},
        vague=tuple(str(p) for p in raw["vague"]["phrases"]),
        duration_units=frozenset(str(u) for u in raw["durations"]["units"]),
        frequency_words=frozenset(str(u) for u in raw["durations"]["frequency"]),
    )


def _alternation(words: Iterator[str] | list[str]) -> str:
    ordered = sorted(set(words), key=lambda w: (-len(w), w))
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in ordered)


@functools.cache
def _rules() -> tuple[_Rule, ...]:
    lex = _lexicon()
    mon = _alternation(list(lex.months))
    longest = {n: max((k for k, v in lex.months.items() if v == n), key=len) for n in range(1, 13)}
    full_mon = _alternation(list(longest.values()))
    wd = _alternation(list(lex.weekdays))
    # standalone weekdays are written out: "Sun", "Sat", "Wed" alone are too often other words
    full_wd = _alternation([k for k in lex.weekdays if k.endswith("day")])
    num = _alternation(list(lex.number_words)) + r"|\d{1,3}"
    rel = _alternation(list(lex.relative_days))
    vague = _alternation(list(lex.vague))
    wd_prefix = rf"(?:(?:{wd})\.?,?\s+(?:the\s+)?)?"
    suffix = r"(?:st|nd|rd|th)?"
    day_range = rf"(?:\s*(?:-|–|to|and)\s*\d{{1,2}}{suffix})?"
    flags = re.IGNORECASE
    specs: list[tuple[str, str, Resolver, dict[str, Any]]] = [
        ("iso", r"\b(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})\b", _resolve_numeric, {}),
        ("dotted", r"\b(?P<d>\d{1,2})\.(?P<m>\d{1,2})\.(?P<y>\d{4})\b", _resolve_numeric, {}),
        (
            "day_month_year",
            rf"{wd_prefix}\b(?P<d>\d{{1,2}}){suffix}{day_range}(?:\s+of)?\s+(?P<mon>{mon})\b\.?,?"
            r"\s+(?P<y>\d{4})\b",
            _resolve_full,
            {"capitalised": ("mon",)},
        ),
        (
            "month_day_year",
            rf"{wd_prefix}\b(?P<mon>{mon})\b\.?\s+(?P<d>\d{{1,2}}){suffix}{day_range},?"
            r"\s+(?P<y>\d{4})\b",
            _resolve_full,
            {"capitalised": ("mon",)},
        ),
        (
            "month_year",
            rf"(?:\b(?P<q>early|mid|late)[\s-]+)?\b(?P<mon>{mon})\b\.?,?\s+(?:of\s+)?"
            r"(?P<y>\d{4})\b",
            _resolve_month_year,
            {"capitalised": ("mon",)},
        ),
        (
            "qualified_year",
            r"\b(?P<q>early|mid|late)[\s-]+(?P<y>(?:19|20)\d{2})\b",
            _resolve_year,
            {},
        ),
        (
            "day_month",
            rf"{wd_prefix}\b(?P<d>\d{{1,2}}){suffix}{day_range}(?:\s+of)?\s+(?P<mon>{mon})\b",
            _resolve_day_month,
            {"capitalised": ("mon",)},
        ),
        (
            "month_day",
            rf"{wd_prefix}\b(?P<mon>{mon})\b\.?\s+(?P<d>\d{{1,2}}){suffix}{day_range}"
            r"(?![\d,.]*\d)",
            _resolve_day_month,
            {"capitalised": ("mon",)},
        ),
        (
            "relative_day",
            rf"\b(?P<rel>{rel})\b(?:\s+(?:morning|afternoon|evening|night))?",
            _resolve_relative_day,
            {},
        ),
        (
            "ago",
            rf"\b(?P<n>{num})\s+(?P<unit>day|week|month|year)s?\s+ago\b",
            _resolve_ago,
            {},
        ),
        (
            "relative_period",
            r"\b(?:(?P<mod>earlier|later|early|late|so\s+far)\s+)?(?:in\s+)?"
            r"(?P<rel>this|last|the\s+past|past|the\s+previous|previous|next|the)\s+"
            r"(?P<unit>week|weekend|month|year)\b",
            _resolve_relative_period,
            {},
        ),
        (
            "weekday",
            r"(?:\b(?:overnight|the\s+night)\s+(?:into|to|on|of)\s+)?"
            r"(?:\b(?P<mod>last|this|next|past|early|late|earlier|later)\s+(?:on\s+)?)?"
            rf"\b(?P<wd>{full_wd})\b(?:\s+(?:morning|afternoon|evening|night))?",
            _resolve_weekday,
            {"capitalised": ("wd",)},
        ),
        (
            "month",
            r"(?:\b(?P<pre>in|since|during|throughout|until|till|by|from|of|before|after|"
            r"between|and)\s+)?(?P<x>(?:\b(?P<rel>last|this|next|past)\s+)?"
            rf"(?:\b(?P<q>early|mid|late)[\s-]+)?\b(?P<mon>{full_mon})\b)(?!\s*,?\s*\d)",
            _resolve_month,
            {"capitalised": ("mon",), "requires_one_of": ("pre", "rel", "q")},
        ),
        (
            "year_in_text",
            r"\b(?P<pre>in|since|during|throughout|until|by|from|before|after|of)\s+"
            r"(?P<x>(?P<y>(?:19|20)\d{2}))\b(?![-/.]\d)",
            _resolve_year,
            {},
        ),
        (
            "year",
            r"(?<![\d.,])\b(?P<y>(?:19|20)\d{2})\b(?![.,]?\d)",
            _resolve_year,
            {"in_text": False},
        ),
        ("vague", rf"\b(?:{vague})\b", _resolve_vague, {}),
    ]
    # Every match starts at a word boundary; saying so first lets the regex engine skip the
    # positions inside words instead of trying each rule's optional prefixes there.
    return tuple(
        _Rule(name, re.compile(_at_word_start(pattern), flags), resolve, **options)
        for name, pattern, resolve, options in specs
    )


@functools.cache
def _trigger() -> re.Pattern[str]:
    """What every running-text date holds somewhere: a digit, or a month, weekday, relative-day,
    calendar-unit or vague-time word. Sentences with none of these are not scanned."""
    lex = _lexicon()
    units = ["day", "days", "week", "weeks", "weekend", "weekends", "month", "months", "year"]
    units += ["years"]
    words = [*lex.months, *lex.weekdays, *lex.relative_days, *lex.vague, *units, "ago"]
    return re.compile(rf"\d|\b(?:{_alternation(words)})\b", re.IGNORECASE)


def _date_bearing_segments(doc: Doc, text: str) -> list[tuple[int, int]]:
    """Character ranges of the sentences that hold a date trigger, neighbours joined, so that
    the rules scan a third of a news text instead of all of it."""
    sentences = [(s.start_char, s.end_char) for s in doc.sents]
    starts = [start for start, _ in sentences]
    hits = _trigger().finditer(text)
    bearing = sorted({bisect.bisect_right(starts, m.start()) - 1 for m in hits})
    segments: list[tuple[int, int]] = []
    for index in bearing:
        start, end = sentences[index]
        if segments and segments[-1][1] >= start - 2:  # the next sentence: one segment
            segments[-1] = (segments[-1][0], end)
        else:
            segments.append((start, end))
    return segments


def _at_word_start(pattern: str) -> str:
    return pattern if pattern.startswith((r"\b", "(?<")) else rf"\b{pattern}"


# ---------------------------------------------------------------------------------------------
# Date arithmetic


def _parse_anchor(published: str | None) -> dt.date | None:
    if published is None or published == "":
        return None
    try:
        return dt.date.fromisoformat(str(published).strip()[:10])
    except ValueError as exc:
        raise DateError(f"unparseable published date {published!r} (expected YYYY-MM-DD)") from exc


def _day(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _week_start(day: dt.date) -> dt.date:
    return day - dt.timedelta(days=day.weekday())


def _month_start(day: dt.date, back: int = 0) -> dt.date:
    index = day.year * 12 + day.month - 1 - back
    return dt.date(index // 12, index % 12 + 1, 1)


def _recent_day(month: int, day: int, anchor: dt.date) -> dt.date | None:
    """The latest `month`/`day` on or before `anchor` (None if that day never exists)."""
    for year in range(anchor.year, anchor.year - 8, -1):
        candidate = _day(year, month, day)
        if candidate is not None and candidate <= anchor:
            return candidate
    return None


def _recent_month(month: int, anchor: dt.date, strictly_before: bool) -> dt.date:
    year = anchor.year
    if month > anchor.month or (strictly_before and month == anchor.month):
        year -= 1
    return dt.date(year, month, 1)


def _recent_weekday(weekday: int, anchor: dt.date, strictly_before: bool) -> dt.date:
    back = (anchor.weekday() - weekday) % 7
    if back == 0 and strictly_before:
        back = 7
    return anchor - dt.timedelta(days=back)


# ---------------------------------------------------------------------------------------------
# Resolvers: match + anchor -> period (None: not a date expression after all)


def _group(m: re.Match[str], name: str) -> str | None:
    return m.groupdict().get(name)


def _month_of(m: re.Match[str], lex: _Lexicon) -> int:
    return lex.months[re.sub(r"\W", "", m.group("mon").lower())]


def _resolve_numeric(m: re.Match[str], anchor: dt.date | None, lex: _Lexicon) -> _Period | None:
    day = _day(int(m.group("y")), int(m.group("m")), int(m.group("d")))
    return None if day is None else _Period(day, "day")


def _resolve_full(m: re.Match[str], anchor: dt.date | None, lex: _Lexicon) -> _Period | None:
    day = _day(int(m.group("y")), _month_of(m, lex), int(m.group("d")))
    return None if day is None else _Period(day, "day")


def _resolve_month_year(
    m: re.Match[str], anchor: dt.date | None, lex: _Lexicon
) -> _Period | None:
    year = int(m.group("y"))
    if not 1900 <= year <= 2099:
        return None
    return _Period(dt.date(year, _month_of(m, lex), 1), "month")


def _resolve_year(m: re.Match[str], anchor: dt.date | None, lex: _Lexicon) -> _Period | None:
    year = int(m.group("y"))
    if not 1900 <= year <= 2099:
        return None
    return _Period(dt.date(year, 1, 1), "year")


def _resolve_day_month(
    m: re.Match[str], anchor: dt.date | None, lex: _Lexicon
) -> _Period | None:
    month, day = _month_of(m, lex), int(m.group("d"))
    if _day(2000, month, day) is None:  # 2000 is a leap year: accepts 29 February
        return None
    if anchor is None:
        return _UNDATED
    found = _recent_day(month, day, anchor)
    return _UNDATED if found is None else _Period(found, "day")


def _resolve_relative_day(
    m: re.Match[str], anchor: dt.date | None, lex: _Lexicon
) -> _Period | None:
    offset = lex.relative_days[re.sub(r"\s+", " ", m.group("rel").lower())]
    if anchor is None:
        return _UNDATED
    return _Period(anchor + dt.timedelta(days=offset), "day")


def _resolve_ago(m: re.Match[str], anchor: dt.date | None, lex: _Lexicon) -> _Period | None:
    raw = m.group("n").lower()
    count = int(raw) if raw.isdigit() else lex.number_words[raw]
    if anchor is None:
        return _UNDATED
    unit = m.group("unit").lower()
    if unit == "day":
        return _Period(anchor - dt.timedelta(days=count), "day")
    if unit == "week":
        return _Period(_week_start(anchor - dt.timedelta(weeks=count)), "week")
    if unit == "month":
        return _Period(_month_start(anchor, count), "month")
    return _Period(dt.date(anchor.year - count, 1, 1), "year")


def _resolve_relative_period(
    m: re.Match[str], anchor: dt.date | None, lex: _Lexicon
) -> _Period | None:
    mod = (_group(m, "mod") or "").lower()
    rel = re.sub(r"\s+", " ", m.group("rel").lower())
    unit = m.group("unit").lower()
    if rel == "the" and mod not in ("earlier", "later"):
        return None  # "the week", "the year": not a date expression on their own
    if mod == "later" or rel in ("next", "the previous", "previous"):
        return _UNDATED  # future, or anchored on another event than the publication
    if anchor is None:
        return _UNDATED
    if unit == "weekend":
        return _weekend(rel, anchor)
    if rel in ("past", "the past"):
        if unit == "week":
            return _Period(anchor - dt.timedelta(days=6), "week")
        return _UNDATED
    back = 1 if rel == "last" else 0
    if unit == "week":
        return _Period(_week_start(anchor) - dt.timedelta(weeks=back), "week")
    if unit == "month":
        return _Period(_month_start(anchor, back), "month")
    return _Period(dt.date(anchor.year - back, 1, 1), "year")


def _weekend(rel: str, anchor: dt.date) -> _Period:
    if rel in ("this", "the"):
        if anchor.weekday() < 5:
            return _UNDATED  # "this weekend" on a weekday is the coming one
        return _Period(_recent_weekday(5, anchor, strictly_before=False), "week")
    saturday = _recent_weekday(5, anchor, strictly_before=True)
    if anchor.weekday() == 6 and saturday == anchor - dt.timedelta(days=1):
        saturday -= dt.timedelta(weeks=1)
    return _Period(saturday, "week")


def _resolve_weekday(m: re.Match[str], anchor: dt.date | None, lex: _Lexicon) -> _Period | None:
    weekday = lex.weekdays[re.sub(r"\W", "", m.group("wd").lower())]
    mod = (_group(m, "mod") or "").lower()
    if mod == "next":
        return _UNDATED
    if anchor is None:
        return _UNDATED
    strictly = mod in ("last", "past")
    return _Period(_recent_weekday(weekday, anchor, strictly), "day")


def _resolve_month(m: re.Match[str], anchor: dt.date | None, lex: _Lexicon) -> _Period | None:
    rel = (_group(m, "rel") or "").lower()
    if rel == "next":
        return _UNDATED
    if anchor is None:
        return _UNDATED
    strictly = rel in ("last", "past")
    return _Period(_recent_month(_month_of(m, lex), anchor, strictly), "month")


def _resolve_vague(m: re.Match[str], anchor: dt.date | None, lex: _Lexicon) -> _Period | None:
    return _UNDATED


# ---------------------------------------------------------------------------------------------
# Public API


def _guard_future(period: _Period, anchor: dt.date | None) -> _Period:
    if anchor is not None and period.date is not None and period.date > anchor:
        return _UNDATED
    return period


def _span_of(m: re.Match[str]) -> tuple[int, int]:
    return m.span("x") if "x" in m.groupdict() and m.group("x") is not None else m.span()


def _accept_in_text(rule: _Rule, m: re.Match[str]) -> bool:
    for name in rule.capitalised:
        value = _group(m, name)
        if value is not None and not value[:1].isupper():
            return False
    return not rule.requires_one_of or any(_group(m, g) for g in rule.requires_one_of)


def normalise(text: str, published: str | None) -> TimeRef | None:
    """Resolve one date/time expression against the publication date (YYYY-MM-DD or None).

    Returns None when `text` holds no date expression; a TimeRef with `date = None` when it
    holds one that cannot be dated (vague, future, or partial without a publication date).
    """
    candidates = _rule_candidates(text, _parse_anchor(published), in_text=False)
    if not candidates:
        return None
    best = min(candidates, key=lambda c: (c.start - c.end, c.priority, c.start))
    return TimeRef(text, None, _iso(best.period.date), best.period.precision)


def _iso(day: dt.date | None) -> str | None:
    return None if day is None else day.isoformat()


def _rule_candidates(
    text: str,
    anchor: dt.date | None,
    in_text: bool,
    segments: list[tuple[int, int]] | None = None,
) -> list[_Candidate]:
    """Every rule match in `text` (within `segments`, if given); `in_text` applies the stricter
    running-text checks."""
    lex = _lexicon()
    found: list[_Candidate] = []
    ranges = [(0, len(text))] if segments is None else segments
    for priority, rule in enumerate(_rules()):
        if in_text and not rule.in_text:
            continue
        for first, last in ranges:
            for m in rule.pattern.finditer(text, first, last):
                if in_text and not _accept_in_text(rule, m):
                    continue
                period = rule.resolve(m, anchor, lex)
                if period is not None:
                    start, end = _span_of(m)
                    found.append(_Candidate(start, end, priority, _guard_future(period, anchor)))
    return found


def _overlaps(start: int, end: int, taken: list[_Candidate]) -> bool:
    return any(start < c.end and c.start < end for c in taken)


def _select(candidates: list[_Candidate]) -> list[_Candidate]:
    """Non-overlapping matches, longest first, earlier rules winning ties."""
    chosen: list[_Candidate] = []
    for cand in sorted(candidates, key=lambda c: (c.start - c.end, c.priority, c.start)):
        if not _overlaps(cand.start, cand.end, chosen):
            chosen.append(cand)
    return chosen


def _is_duration(text: str, lex: _Lexicon) -> bool:
    """True for entities like "three years" or "45-year-old" that measure, not locate, time."""
    words = re.findall(r"[a-z]+", text.lower())
    anchors = {"ago", "last", "this", "past", "previous", "next", "earlier", "later", "recent"}
    if anchors.intersection(words):
        return False
    return any(w in lex.duration_units or w in lex.frequency_words for w in words)


def find_times(doc: Doc, published: str | None) -> list[TimeRef]:
    """Every date/time expression of `doc`, in text order, normalised against `published`."""
    anchor = _parse_anchor(published)
    text = doc_text(doc)
    parsed = doc.has_annotation("SENT_START")
    segments = _date_bearing_segments(doc, text) if parsed else None
    chosen = _select(_rule_candidates(text, anchor, in_text=True, segments=segments))
    refs = [
        TimeRef(text[c.start : c.end], (c.start, c.end), _iso(c.period.date), c.period.precision)
        for c in chosen
    ]
    lex = _lexicon()
    for ent in doc.ents:
        if ent.label_ not in ("DATE", "TIME"):
            continue
        start, end = int(ent.start_char), int(ent.end_char)
        if _overlaps(start, end, chosen):
            continue
        resolved = normalise(ent.text, published)
        if resolved is None and _is_duration(ent.text, lex):
            continue
        date = resolved.date if resolved else None
        precision = resolved.precision if resolved else None
        refs.append(TimeRef(text[start:end], (start, end), date, precision))
    refs.sort(key=lambda r: r.span or (0, 0))
    return refs


__all__ = ["find_times", "normalise"]
