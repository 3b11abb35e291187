"""The date type: a date of any precision is the span of minutes it covers (DESIGN
section 2: `2022-12` is every minute of December 2022), an interval runs inclusively
from the first minute of its start to the last of its end, and a span is put back into
words at the precision it has, never more."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from validator.model.property_types.base import ValueProblem
from validator.model.property_types.dates import (
    DATE,
    date_span,
    describe_date,
    describe_span_dates,
    seconds_words,
    time_words,
)
from validator.model.property_types.registry import parse_value
from validator.model.values import (
    EMPTY_SPAN,
    Span,
    contains,
    date_to_minutes,
    disjoint,
    span_of_days,
)

DAY = 1440


# The words after a relative date's quoted text (`relative_dates`).
RELATIVE = (
    "is a date relative to when the source was written; work out the date it means from "
    "the source's publication date and write that: a date such as 2022-12-08 or "
    "2022-12-08T21:00, a partial date such as 2022-12 or 2022, or an interval such as "
    "{from: 2022-12-01, to: 2022-12-08}"
)


def minutes(y: int, m: int, d: int, hh: int = 0, mm: int = 0) -> int:
    return date_to_minutes(date(y, m, d)) + hh * 60 + mm


def test_dates_of_every_precision_are_the_minutes_they_cover() -> None:
    assert date_span(2022) == Span(minutes(2022, 1, 1), minutes(2023, 1, 1) - 1)
    assert date_span("2022-12") == Span(minutes(2022, 12, 1), minutes(2023, 1, 1) - 1)
    assert date_span("2022-02") == Span(minutes(2022, 2, 1), minutes(2022, 3, 1) - 1)
    assert date_span("2022-12-08") == Span(minutes(2022, 12, 8), minutes(2022, 12, 9) - 1)
    assert date_span("2022-12-08T21:00") == Span(minutes(2022, 12, 8, 21), minutes(2022, 12, 8, 21))


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        ("soon", "'soon' is not a date; write 2022, 2022-12, 2022-12-08 or 2022-12-08T21:00"),
        # A date relative to the writing: where to count from, and the forms to write.
        ("today", f"'today' {RELATIVE}"),
        (" Now ", f"' Now ' {RELATIVE}"),
        ("this week", f"'this week' {RELATIVE}"),
        ("last Thursday", f"'last Thursday' {RELATIVE}"),
        ("Wednesday", f"'Wednesday' {RELATIVE}"),
        ("two days ago", f"'two days ago' {RELATIVE}"),
        ("earlier this year", f"'earlier this year' {RELATIVE}"),
        ("wed", "'wed' is not a date; write 2022, 2022-12, 2022-12-08 or 2022-12-08T21:00"),
        (
            "s" * 5000,
            f"'{'s' * 39}…' is not a date; write 2022, 2022-12, 2022-12-08 or 2022-12-08T21:00",
        ),
        ("2022-02-30", "'2022-02-30' is not a real date: February 2022 has days 1 to 28"),
        ("2024-02-30", "'2024-02-30' is not a real date: February 2024 has days 1 to 29"),
        ("2022-12-00", "'2022-12-00' is not a real date: December 2022 has days 1 to 31"),
        ("2022-13-01", "'2022-13-01' is not a real date: there is no month 13"),
        ("0000", "'0000' is not a real date: there is no year 0"),
        (
            "2022-12-08T24:00",
            "'2022-12-08T24:00' is not a real date: a time of day runs from 00:00 to 23:59",
        ),
        (
            "2022-12-08T21:00:00",
            "'2022-12-08T21:00:00' has seconds, but factlint takes date-times to the minute; "
            "drop the seconds: write 2022-12-08T21:00",
        ),
        (
            " 2022-12-08T21:00:59.5 ",
            "'2022-12-08T21:00:59.5' has seconds, but factlint takes date-times to the minute; "
            "drop the seconds: write 2022-12-08T21:00",
        ),
        # The fraction of a second is any run of digits: the value is cut, as the date.
        (
            "2022-12-08T21:00:00." + "5" * 5000,
            f"'2022-12-08T21:00:00.{'5' * 19}…' has seconds, but factlint takes date-times to "
            "the minute; drop the seconds: write 2022-12-08T21:00",
        ),
        # Dropping the seconds would not make it a date: no advice that leads to another error.
        (
            "2022-02-30T21:00:00",
            "'2022-02-30T21:00:00' is not a date; write 2022, 2022-12, 2022-12-08 or "
            "2022-12-08T21:00",
        ),
        # A time zone, as ISO 8601 and Wikidata write it: the time the source meant.
        (
            "2022-12-08T21:00Z",
            "'2022-12-08T21:00Z' has a time zone (Z), but factlint's dates and times have none: "
            "write the time as the source gives it, such as 2022-12-08T21:00",
        ),
        (
            "2022-12-08T21:00:00+01:00",
            "'2022-12-08T21:00:00+01:00' has a time zone (+01:00), but factlint's dates and "
            "times have none: write the time as the source gives it, such as 2022-12-08T21:00",
        ),
        (
            "2022-02-30T21:00Z",
            "'2022-02-30T21:00Z' is not a date; write 2022, 2022-12, 2022-12-08 or "
            "2022-12-08T21:00",
        ),
        (0, "0 is not a year between 1 and 9999"),
        # A day exported as one number: told its text.
        (
            20221208,
            "20221208 is not a year between 1 and 9999; for the day 2022-12-08, write it as "
            "text: '2022-12-08'",
        ),
        (20221308, "20221308 is not a year between 1 and 9999"),  # no 13th month
        (44903, "44903 is not a year between 1 and 9999"),
        # A boolean is told as one, not quoted as if it were the text "true".
        (
            True,
            "expected a date such as 2022-12-08, not the boolean true; write the date the "
            "source gives",
        ),
    ],
)
def test_bad_dates(raw: object, message: str) -> None:
    with pytest.raises(ValueProblem) as caught:
        date_span(raw)
    assert caught.value.message == message


def test_date_intervals_with_open_ends() -> None:
    assert parse_value({"from": "2022-12-01", "to": "2022-12-08"}, "date") == Span(
        minutes(2022, 12, 1), minutes(2022, 12, 9) - 1
    )
    assert parse_value({"from": "2023-05-14"}, "date") == Span(minutes(2023, 5, 14), None)
    with pytest.raises(ValueProblem, match="ends before it starts"):
        parse_value({"from": "2023", "to": "2022"}, "date")
    with pytest.raises(ValueProblem, match="a date cannot be approximate"):
        parse_value({"about": 2022}, "date")


def test_a_remembered_date_is_the_date() -> None:
    assert date_span("2022-12") is date_span("2022-12")
    assert date_span(" 2022-12 ") == date_span("2022-12")
    for _ in range(2):
        with pytest.raises(ValueProblem, match="not a real date"):
            date_span("2022-02-30")


def test_the_last_month_the_calendar_has_is_a_real_date() -> None:
    """December 9999 was refused as "not a real date": its end was found by stepping to
    a January 10000 that does not exist."""
    december = date_span("9999-12")
    assert december == span_of_days(date(9999, 12, 1), date(9999, 12, 31))
    assert date_span("2024-02") == span_of_days(date(2024, 2, 1), date(2024, 2, 29))


def test_a_year_written_as_a_whole_float_is_the_year() -> None:
    assert date_span(2022.0) == date_span(2022) == date_span("2022")


def test_dates_are_described_at_the_precision_they_have() -> None:
    assert describe_span_dates(date_span("2022-12")) == "2022-12"
    assert describe_span_dates(date_span(2022)) == "2022"
    assert describe_span_dates(date_span("2022-12-08")) == "2022-12-08"
    assert describe_span_dates(date_span("2022-12-08T21:00")) == "2022-12-08T21:00"
    low = date_span("2022-12-01").low
    high = date_span("2022-12-08").high
    assert describe_span_dates(Span(low, high)) == "2022-12-01..2022-12-08"
    assert describe_span_dates(Span(low, None)) == "2022-12-01 or later"


def test_the_last_year_the_calendar_has_is_described_not_an_error() -> None:
    """Scenario 5: the whole of 9999 (and its last month and day) were described by
    stepping a day past 9999-12-31, an OverflowError that stopped the run."""
    assert describe_span_dates(date_span("9999")) == "9999"
    assert describe_span_dates(date_span("9999-12")) == "9999-12"
    assert describe_span_dates(date_span("9999-12-31")) == "9999-12-31"
    assert describe_span_dates(date_span("0001")) == "0001"


# --- leap days -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "first", "last"),
    [
        ("2024-02-29", date(2024, 2, 29), date(2024, 2, 29)),
        ("2000-02-29", date(2000, 2, 29), date(2000, 2, 29)),  # divisible by 400
        ("2024-02", date(2024, 2, 1), date(2024, 2, 29)),
        ("1900-02", date(1900, 2, 1), date(1900, 2, 28)),  # divisible by 100, not 400
        ("2024", date(2024, 1, 1), date(2024, 12, 31)),
    ],
)
def test_a_leap_year_has_its_29_february(raw: str, first: date, last: date) -> None:
    assert date_span(raw) == span_of_days(first, last)


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        ("2023-02-29", "'2023-02-29' is not a real date: February 2023 has days 1 to 28"),
        ("1900-02-29", "'1900-02-29' is not a real date: February 1900 has days 1 to 28"),
        ("2024-02-30", "'2024-02-30' is not a real date: February 2024 has days 1 to 29"),
        (
            "2023-02-29T12:00",
            "'2023-02-29T12:00' is not a real date: February 2023 has days 1 to 28",
        ),
    ],
)
def test_a_29_february_outside_a_leap_year_is_no_date(raw: str, message: str) -> None:
    with pytest.raises(ValueProblem) as caught:
        date_span(raw)
    assert caught.value.message == message


def test_a_leap_year_is_a_day_longer() -> None:
    def days(raw: str) -> float:
        span = date_span(raw)
        assert span.low is not None and span.high is not None
        return (span.high - span.low + 1) / DAY

    assert (days("2023"), days("2024"), days("1900"), days("2000")) == (365, 366, 365, 366)


# --- partial dates against full ones ---------------------------------------------------


def test_a_less_precise_date_contains_every_more_precise_one_within_it() -> None:
    year, month, day = date_span("2022"), date_span("2022-12"), date_span("2022-12-08")
    minute = date_span("2022-12-08T21:00")
    assert contains(year, month) and contains(month, day) and contains(day, minute)
    assert contains(year, minute)
    # The other way round only the whole is inside its part when they are one minute.
    assert not contains(day, month) and not contains(minute, day)
    # The first and last minute belong to the day; the next minute does not.
    assert contains(day, date_span("2022-12-08T00:00"))
    assert contains(day, date_span("2022-12-08T23:59"))
    assert disjoint(day, date_span("2022-12-09T00:00"))
    assert disjoint(month, date_span("2023-01-01"))
    assert disjoint(year, date_span("2021-12-31T23:59"))


def test_a_date_is_never_more_precise_than_written() -> None:
    """`2022-12` is not 1 December: a day in it is neither ruled out nor implied."""
    month, first = date_span("2022-12"), date_span("2022-12-01")
    assert not disjoint(month, date_span("2022-12-31"))
    assert month != first and month.low == first.low


# --- intervals -------------------------------------------------------------------------


def test_an_interval_includes_both_ends_whole() -> None:
    week = parse_value({"from": "2022-12-01", "to": "2022-12-08"}, "date")
    assert isinstance(week, Span) and not week.low_open and not week.high_open
    assert contains(week, date_span("2022-12-01T00:00"))
    assert contains(week, date_span("2022-12-08T23:59"))
    assert disjoint(week, date_span("2022-12-09T00:00"))
    assert disjoint(week, date_span("2022-11-30T23:59"))
    # Ends of any precision: from the first minute of one to the last of the other.
    assert parse_value({"from": "2022", "to": "2022-06"}, "date") == span_of_days(
        date(2022, 1, 1), date(2022, 6, 30)
    )
    assert parse_value({"from": 2022, "to": 2023}, "date") == span_of_days(
        date(2022, 1, 1), date(2023, 12, 31)
    )
    # One date as both ends is that date.
    assert parse_value({"from": "2022-12", "to": "2022-12"}, "date") == date_span("2022-12")


@pytest.mark.parametrize(
    ("raw", "span"),
    [
        # A start written more precisely than the end it lies in: from it to the end's end.
        (
            {"from": "2022-12-08", "to": "2022-12"},
            Span(minutes(2022, 12, 8), minutes(2023, 1, 1) - 1),
        ),
        (
            {"from": "2022-12-08T21:00", "to": "2022-12-08"},
            Span(minutes(2022, 12, 8, 21), minutes(2022, 12, 9) - 1),
        ),
        (
            {"from": "2022-12-08", "to": "2022-12-08T09:30"},
            Span(minutes(2022, 12, 8), minutes(2022, 12, 8, 9, 30)),
        ),
        ({"to": "2022"}, Span(None, minutes(2023, 1, 1) - 1)),
    ],
)
def test_interval_ends_of_different_precision(raw: dict[str, Any], span: Span) -> None:
    assert parse_value(raw, "date") == span


@pytest.mark.parametrize(
    "raw",
    [
        {"from": "2022-12-09", "to": "2022-12-08"},
        {"from": "2022-12-08T21:01", "to": "2022-12-08T21:00"},
        {"from": "2023", "to": "2022-12"},
    ],
)
def test_an_interval_that_ends_before_it_starts_is_refused(raw: dict[str, Any]) -> None:
    with pytest.raises(ValueProblem) as caught:
        parse_value(raw, "date")
    assert caught.value.message == (
        f"the interval {raw['from']}..{raw['to']} ends before it starts; swap from and to"
    )


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        (
            {"from": "2022-12-01", "to": 90},
            "to: 90 is read as the year 90, before the interval's start (2022-12-01); write "
            "to: as a date, as from: is",
        ),
        (
            {"from": 2022, "to": 7},
            "to: 7 is read as the year 7, before the interval's start (2022); write to: as a "
            "date, as from: is",
        ),
        # A year of four figures is one: the interval runs backwards, and is told so.
        (
            {"from": 2023, "to": 2022},
            "the interval 2023..2022 ends before it starts; swap from and to",
        ),
    ],
)
def test_an_interval_that_ends_in_a_small_number_is_told_it_is_a_year(
    raw: dict[str, Any], message: str
) -> None:
    """`{from: 2022-12-01, to: 90}` (90 days, say) was told to swap from and to, which
    made the year 90 its start."""
    with pytest.raises(ValueProblem) as caught:
        parse_value(raw, "date")
    assert caught.value.message == message
    # The finding points at the end to rewrite, not at the interval's first line.
    assert caught.value.where == (("to",) if "read as the year" in message else ())


# --- what to write instead -------------------------------------------------------------


def test_seconds_words_only_for_a_real_minute_with_seconds() -> None:
    assert seconds_words("2022-12-08T21:00:30") == (
        "'2022-12-08T21:00:30' has seconds, but factlint takes date-times to the minute; "
        "drop the seconds: write 2022-12-08T21:00"
    )
    assert seconds_words("2022-12-08T21:00") is None
    assert seconds_words("2023-02-29T21:00:30") is None  # no real minute to write
    assert seconds_words(20221208) is None


def test_time_words_for_a_time_zone_or_seconds() -> None:
    assert time_words("2022-12-08T21:00+0100") == (
        "'2022-12-08T21:00+0100' has a time zone (+0100), but factlint's dates and times "
        "have none: write the time as the source gives it, such as 2022-12-08T21:00"
    )
    # A time zone and seconds: the zone is what the time to write depends on.
    assert time_words("2022-12-08T21:00:30Z") == (
        "'2022-12-08T21:00:30Z' has a time zone (Z), but factlint's dates and times have "
        "none: write the time as the source gives it, such as 2022-12-08T21:00"
    )
    assert time_words("2022-12-08T25:00Z") is None
    assert time_words("2022-12-08") is None
    assert time_words(None) is None


@pytest.mark.parametrize(
    ("raw", "zone"),
    [
        ("2022-12-08T21:00 GMT", "GMT"),
        ("2022-12-08T21:00 UTC", "UTC"),
        ("2022-12-08T21:00BST", "BST"),
        ("2022-12-08T21:00:00 GMT", "GMT"),
        ("2022-12-08T21:00 UTC+1", "UTC+1"),
        ("2022-12-08T21:00 +00:00", "+00:00"),
    ],
)
def test_a_time_zone_written_as_letters_is_told_as_an_offset_is(raw: str, zone: str) -> None:
    """A zone in letters, or after a space, as a listing gives one: it was told "is not a
    date", where `+00:00` was told to write the time as the source gives it."""
    assert time_words(raw) == (
        f"'{raw}' has a time zone ({zone}), but factlint's dates and times have none: "
        "write the time as the source gives it, such as 2022-12-08T21:00"
    )


def test_am_or_pm_after_a_time_is_no_time_zone() -> None:
    assert time_words("2022-12-08T09:00 PM") == (
        "'2022-12-08T09:00 PM' writes its time otherwise than ISO 8601; write "
        "2022-12-08T21:00, a 24-hour time after a T"
    )
    assert time_words("2022-12-08T21:00 gmt") is None  # letters in capitals only
    assert time_words("2022-12-08T21:00 GMT+") is None


@pytest.mark.parametrize(
    ("raw", "words"),
    [
        ("2022-13-01", "'2022-13-01' is not a real date: there is no month 13"),
        ("2022-00", "'2022-00' is not a real date: there is no month 0"),
        ("2022-12-32", "'2022-12-32' is not a real date: December 2022 has days 1 to 31"),
        (
            "2022-12-08T24:00",
            "'2022-12-08T24:00' is not a real date: a time of day runs from 00:00 to 23:59",
        ),
        ("2022-12-08 ", None),  # not of the form: the schema's words say what is
    ],
)
def test_time_words_for_a_date_of_the_form_that_is_no_minute(raw: str, words: str | None) -> None:
    """The schema's pattern refuses a month 13 in a `published` or an `as_of`, whose
    E102 said it "does not have the expected form", which it has: it says which part
    is out of range, as a value's E106 does."""
    assert time_words(raw) == words


# --- in words --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "words"),
    [
        ("2022-12", "2022-12"),
        (2022, "2022"),
        (2022.0, "2022"),
        ({"from": 2022}, "2022 or later"),  # a year, not "at least 2022"
        ({"to": 2022.0}, "2022 or earlier"),
        ({"from": "2022-12-01", "to": 2023}, "2022-12-01..2023"),
        ({"about": 2022}, "about 2022"),
    ],
)
def test_describe_date_reads_a_year_as_a_date(raw: Any, words: str) -> None:
    assert describe_date(raw) == words


@pytest.mark.parametrize(
    ("span", "words"),
    [
        (EMPTY_SPAN, "no date"),
        (Span(None, minutes(2022, 12, 9) - 1), "2022-12-08 or earlier"),
        # Whole months that are not one month or one year: the days.
        (Span(minutes(2022, 1, 1), minutes(2022, 4, 1) - 1), "2022-01-01..2022-03-31"),
        (Span(minutes(2021, 1, 1), minutes(2023, 1, 1) - 1), "2021-01-01..2022-12-31"),
        # Not whole days: the minutes.
        (
            Span(minutes(2022, 12, 8, 21), minutes(2022, 12, 8, 22, 30)),
            "2022-12-08T21:00..2022-12-08T22:30",
        ),
        (Span(minutes(2022, 12, 8, 21), None), "2022-12-08T21:00 or later"),
        # Open at both ends: no end to name.
        (Span(None, None), "…..…"),
    ],
)
def test_a_span_is_described_by_the_dates_it_covers(span: Span, words: str) -> None:
    assert describe_span_dates(span) == words


def test_the_date_type_describes_its_sets_without_a_unit() -> None:
    assert DATE.describe(date_span("2022"), "days") == "2022"
    assert DATE.words(None) == "date"
    assert DATE.sets is Span and not DATE.numeric and not DATE.shows_unit


@pytest.mark.parametrize(
    ("raw", "texts", "message"),
    [
        (
            2022.5,
            (("", "2022.50"),),
            "expected a date such as 2022-12-08, not the number 2022.50; write the date as "
            "text, such as 2022-12-08",
        ),
        (12345, (("", "012345"),), "012345 is not a year between 1 and 9999"),
        (
            {"from": 0.5},
            (("from", ".50"),),
            "expected a date such as 2022-12-08, not the number .50; write the date as text, "
            "such as 2022-12-08",
        ),
        # A year and a month parted by a point, as YAML reads a number: told the month.
        (
            2022.12,
            (("", "2022.12"),),
            "expected a date such as 2022-12-08, not the number 2022.12; for the month "
            "2022-12, write it as text: '2022-12'",
        ),
        (
            2022.1,
            (("", "2022.10"),),
            "expected a date such as 2022-12-08, not the number 2022.10; for the month "
            "2022-10, write it as text: '2022-10'",
        ),
        # One figure after the point, or a thirteenth month, is no month told.
        (
            2022.5,
            (("", "2022.5"),),
            "expected a date such as 2022-12-08, not the number 2022.5; write the date as "
            "text, such as 2022-12-08",
        ),
        (
            2022.13,
            (("", "2022.13"),),
            "expected a date such as 2022-12-08, not the number 2022.13; write the date as "
            "text, such as 2022-12-08",
        ),
    ],
)
def test_a_number_is_quoted_as_written(
    raw: Any, texts: tuple[tuple[str, str], ...], message: str
) -> None:
    with pytest.raises(ValueProblem) as caught:
        parse_value(raw, "date", texts=texts)
    assert caught.value.message == message
