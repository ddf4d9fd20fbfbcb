"""The dates stage on hand-written expressions and real spaCy Docs."""

from __future__ import annotations

import datetime as dt

import pytest

from eventwire.dates import find_times, normalise
from eventwire.errors import DateError, EventwireError
from eventwire.nlp import get_nlp
from eventwire.records import TimeRef

# A Wednesday.
PUB = "2024-11-13"


def _norm(text: str, published: str | None = PUB) -> tuple[str | None, str | None]:
    ref = normalise(text, published)
    assert ref is not None, text
    assert ref.text == text
    return ref.date, ref.precision


@pytest.mark.parametrize(
    ("text", "date", "precision"),
    [
        # weekdays: the most recent one on or before the publication day
        ("on Tuesday", "2024-11-12", "day"),
        ("Wednesday", "2024-11-13", "day"),
        ("on Thursday", "2024-11-07", "day"),
        ("last Wednesday", "2024-11-06", "day"),
        ("Sunday night", "2024-11-10", "day"),
        ("late on Saturday", "2024-11-09", "day"),
        ("overnight into Tuesday", "2024-11-12", "day"),
        # the night ending on the publication morning
        ("overnight", "2024-11-13", "day"),
        ("last night", "2024-11-13", "day"),
        ("yesterday", "2024-11-12", "day"),
        ("yesterday evening", "2024-11-12", "day"),
        ("today", "2024-11-13", "day"),
        ("this morning", "2024-11-13", "day"),
        ("in the past 24 hours", "2024-11-13", "day"),
        ("four days ago", "2024-11-09", "day"),
        # weeks start on Monday
        ("earlier this week", "2024-11-11", "week"),
        ("last week", "2024-11-04", "week"),
        ("two weeks ago", "2024-10-28", "week"),
        ("last weekend", "2024-11-09", "week"),
        # partial dates: most recent on or before publication
        ("October 3", "2024-10-03", "day"),
        ("3 October", "2024-10-03", "day"),
        ("Oct. 3", "2024-10-03", "day"),
        ("the 3rd of October", "2024-10-03", "day"),
        ("as of November 2", "2024-11-02", "day"),
        ("December 24", "2023-12-24", "day"),
        ("Monday, Nov. 11", "2024-11-11", "day"),
        # full dates
        ("February 17, 2022", "2022-02-17", "day"),
        ("17 February 2022", "2022-02-17", "day"),
        ("On 17 February 2022", "2022-02-17", "day"),
        ("Around 17 February 2022", "2022-02-17", "day"),
        ("5-6 March 2021", "2021-03-05", "day"),
        ("2022-02-17", "2022-02-17", "day"),
        ("17.02.2022", "2022-02-17", "day"),
        # months
        ("in March", "2024-03-01", "month"),
        ("in November", "2024-11-01", "month"),
        ("in December", "2023-12-01", "month"),
        ("last November", "2023-11-01", "month"),
        ("early September", "2024-09-01", "month"),
        ("last month", "2024-10-01", "month"),
        ("earlier this month", "2024-11-01", "month"),
        ("three months ago", "2024-08-01", "month"),
        ("in April 2019", "2019-04-01", "month"),
        # years: qualifiers keep the year precision
        ("mid-2023", "2023-01-01", "year"),
        ("late 2021", "2021-01-01", "year"),
        ("in 2016", "2016-01-01", "year"),
        ("earlier in the year", "2024-01-01", "year"),
        ("earlier this year", "2024-01-01", "year"),
        ("last year", "2023-01-01", "year"),
    ],
)
def test_normalise_with_publication_date(text: str, date: str, precision: str) -> None:
    assert _norm(text) == (date, precision)


@pytest.mark.parametrize(
    "text",
    ["recently", "in recent weeks", "the previous day", "next week", "later this month",
     "next Friday", "tomorrow", "in the coming days"],
)
def test_vague_and_future_expressions_keep_no_date(text: str) -> None:
    assert _norm(text) == (None, None)


@pytest.mark.parametrize(
    "text", ["20 January 2025", "2024-11-14", "November 2025", "mid-2026", "in 2030"]
)
def test_never_a_date_after_publication(text: str) -> None:
    assert _norm(text) == (None, None)


def test_relative_dates_never_reach_the_future_on_any_weekday() -> None:
    start = dt.date(2024, 1, 1)
    phrases = ["on Friday", "last Sunday", "December 31", "in December", "last weekend",
               "this week", "earlier this month", "overnight", "February 29"]
    for offset in range(0, 400, 3):
        published = (start + dt.timedelta(days=offset)).isoformat()
        for phrase in phrases:
            ref = normalise(phrase, published)
            assert ref is not None
            assert ref.date is None or ref.date <= published, (phrase, published, ref)


def test_february_29_goes_back_to_a_leap_year() -> None:
    assert _norm("February 29", "2025-03-01") == ("2024-02-29", "day")


@pytest.mark.parametrize(
    "text",
    ["on Monday", "yesterday", "overnight", "January 8", "in March", "last week",
     "earlier this year", "two days ago"],
)
def test_without_publication_date_partial_dates_stay_undated(text: str) -> None:
    assert _norm(text, None) == (None, None)


@pytest.mark.parametrize(
    ("text", "date", "precision"),
    [
        ("January 8, 2024", "2024-01-08", "day"),
        ("9 May 2020", "2020-05-09", "day"),
        ("2020-05-09", "2020-05-09", "day"),
        ("March 2023", "2023-03-01", "month"),
        ("mid-2024", "2024-01-01", "year"),
    ],
)
def test_without_publication_date_explicit_dates_still_parse(
    text: str, date: str, precision: str
) -> None:
    assert _norm(text, None) == (date, precision)


def test_text_without_a_date_gives_none() -> None:
    assert normalise("the convoy moved north", PUB) is None
    assert normalise("32 Jan", PUB) is None


def test_bad_publication_date_is_a_domain_error() -> None:
    with pytest.raises(DateError) as info:
        normalise("yesterday", "13/11/2024")
    assert isinstance(info.value, EventwireError)


def _times(text: str, published: str | None = PUB) -> list[TimeRef]:
    doc = get_nlp()(text)
    refs = find_times(doc, published)
    for ref in refs:
        assert ref.span is not None
        assert text[ref.span[0] : ref.span[1]] == ref.text
    return refs


def test_find_times_in_running_text() -> None:
    text = (
        "On October 30, drones struck a depot near the border. Shelling resumed overnight, "
        "the governor said on Tuesday. Earlier in the year, the same plant was hit, and "
        "in March its output fell. Output as of mid-2023 was higher; repairs began "
        "two days ago and the site was quiet recently."
    )
    found = {r.text: (r.date, r.precision) for r in _times(text)}
    assert found["October 30"] == ("2024-10-30", "day")
    assert found["overnight"] == ("2024-11-13", "day")
    assert found["Tuesday"] == ("2024-11-12", "day")
    assert found["Earlier in the year"] == ("2024-01-01", "year")
    assert found["March"] == ("2024-03-01", "month")
    assert found["mid-2023"] == ("2023-01-01", "year")
    assert found["two days ago"] == ("2024-11-11", "day")
    assert found["recently"] == (None, None)


def test_find_times_spans_are_in_text_order_and_disjoint() -> None:
    text = "Fighting on 4 November 2024 and on Friday, November 8, continued into last week."
    refs = _times(text)
    assert [r.text for r in refs] == ["4 November 2024", "Friday, November 8", "last week"]
    spans = [r.span for r in refs if r.span is not None]
    assert all(a[1] <= b[0] for a, b in zip(spans, spans[1:], strict=False))


def test_find_times_ignores_modal_may_and_verb_march() -> None:
    refs = _times("Troops may march north; officials said the talks may resume.")
    assert refs == []


def test_find_times_reads_abbreviated_weekdays_only_before_a_date() -> None:
    refs = _times("The Sun said the raid on Wed., Nov. 6 was the worst.")
    assert [(r.text, r.date) for r in refs] == [("Wed., Nov. 6", "2024-11-06")]


def test_find_times_drops_pure_durations_but_keeps_spacy_dates() -> None:
    refs = _times("The siege lasted three years. A 52-year-old man was detained in 2019.")
    texts = [r.text for r in refs]
    assert "three years" not in texts
    assert not any("year-old" in t for t in texts)
    assert ("2019", "2019-01-01", "year") in [(r.text, r.date, r.precision) for r in refs]


def test_find_times_future_date_in_text_is_undated() -> None:
    refs = _times("The ceasefire talks are set for 20 November 2024 in Geneva.")
    assert [(r.text, r.date) for r in refs] == [("20 November 2024", None)]


def test_find_times_without_publication_date() -> None:
    refs = _times("On Monday, a strike hit the plant that was damaged on 2 June 2023.", None)
    found = {r.text: r.date for r in refs}
    assert found == {"Monday": None, "2 June 2023": "2023-06-02"}


def test_a_weekday_abbreviation_inside_another_word_is_no_prefix() -> None:
    # "Salmon" ends in "mon": the date is "March 3", not "mon, March 3"
    doc = get_nlp()("The fishery at Salmon, March 3 reopened after the flood.")
    (ref,) = [r for r in find_times(doc, "2024-03-10") if r.date]
    assert ref.text == "March 3" and ref.date == "2024-03-03"


@pytest.mark.parametrize(
    "phrase",
    [
        "two days ago",
        "yesterday",
        "overnight",
        "last weekend",
        "earlier this month",
        "on Sunday",
        "in March",
        "in 2023",
        "mid-2023",
        "on 12/03/2024",
        "recently",
        "earlier in the year",
    ],
)
def test_a_date_alone_among_dateless_sentences_is_still_found(phrase: str) -> None:
    # Only sentences holding a date word or a digit are scanned; each phrase kind must hold one.
    text = f"Residents fled the town. Shops closed. Police arrived {phrase}. Nobody was hurt."
    found = [r.text for r in _times(text)]
    assert found and all(ref in phrase for ref in found), found
