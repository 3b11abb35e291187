"""Dates written as a desk writes them are refused with the form to write, worked out
from the text, and nothing is suggested that would not be a real date."""

from __future__ import annotations

import pytest

from validator.model.property_types.date_forms import weekday_number, written_otherwise


@pytest.mark.parametrize(
    ("raw", "words"),
    [
        ("8 December 2022", "'8 December 2022' is a date in words; write it as 2022-12-08"),
        ("8th Dec. 2022", "'8th Dec. 2022' is a date in words; write it as 2022-12-08"),
        (
            "Thursday 8 December 2022",
            "'Thursday 8 December 2022' is a date in words; write it as 2022-12-08",
        ),
        ("December 8, 2022", "'December 8, 2022' is a date in words; write it as 2022-12-08"),
        ("Dec 2022", "'Dec 2022' is a date in words; write it as 2022-12"),
        ("sept 2022", "'sept 2022' is a date in words; write it as 2022-09"),
        (
            "08/12/2022",
            "'08/12/2022' is a date in figures that reads two ways; write 2022-12-08 if it "
            "is day then month, 2022-08-12 if it is month then day",
        ),
        ("25.12.2022", "'25.12.2022' is a date in figures; write it as 2022-12-25"),
        ("12/25/2022", "'12/25/2022' is a date in figures; write it as 2022-12-25"),
        ("08/08/2022", "'08/08/2022' is a date in figures; write it as 2022-08-08"),
        (
            "2022-12-08 21:00",
            "'2022-12-08 21:00' has a space between the day and the time; write "
            "2022-12-08T21:00, with a T between them",
        ),
        # As a spreadsheet prints a date-time, to the second: told "is not a date".
        (
            "2022-12-08 21:00:00",
            "'2022-12-08 21:00:00' has a space between the day and the time; write "
            "2022-12-08T21:00, with a T between them, and no seconds",
        ),
        (
            "2022-12-08 21:00:00.250",
            "'2022-12-08 21:00:00.250' has a space between the day and the time; write "
            "2022-12-08T21:00, with a T between them, and no seconds",
        ),
        # With a time zone, as a log or a database prints it: the source's time is meant.
        (
            "2022-12-08 10:00:00 +0100",
            "'2022-12-08 10:00:00 +0100' has a space between the day and the time, and a "
            "time zone (+0100), but factlint's dates and times have none: write the time as "
            "the source gives it, such as 2022-12-08T10:00, with a T between day and time "
            "and without its seconds and time zone",
        ),
        (
            "2022-12-08 21:00 UTC",
            "'2022-12-08 21:00 UTC' has a space between the day and the time, and a time "
            "zone (UTC), but factlint's dates and times have none: write the time as the "
            "source gives it, such as 2022-12-08T21:00, with a T between day and time and "
            "without its time zone",
        ),
        (
            "2022-12-08 21:00 BST",
            "'2022-12-08 21:00 BST' has a space between the day and the time, and a time "
            "zone (BST), but factlint's dates and times have none: write the time as the "
            "source gives it, such as 2022-12-08T21:00, with a T between day and time and "
            "without its time zone",
        ),
        # A month or a day of one figure, as a date is written by hand.
        ("2022-12-8", "'2022-12-8' writes its day with one figure; write 2022-12-08"),
        ("2022-1-8", "'2022-1-8' writes its month and day with one figure; write 2022-01-08"),
        ("2022-1", "'2022-1' writes its month with one figure; write 2022-01"),
        (
            "2022\u201112\u201108",
            "'2022\u201112\u201108' is written with U+2011 (non-breaking hyphen) where a "
            "date has a hyphen-minus ('-'); write 2022-12-08",
        ),
        (
            "2022\u201312-08",
            "'2022\u201312-08' is written with U+2013 (en dash) where a date has a "
            "hyphen-minus ('-'); write 2022-12-08",
        ),
        (
            # The day is within the month the period ends in: it does not end before.
            "2022-12-08/2022-12",
            "'2022-12-08/2022-12' is a period written as ISO 8601 writes it; write it as "
            "an interval: {from: 2022-12-08, to: 2022-12}",
        ),
        (
            "2022-12-01/2022-12-08",
            "'2022-12-01/2022-12-08' is a period written as ISO 8601 writes it; write it as "
            "an interval: {from: 2022-12-01, to: 2022-12-08}",
        ),
        ("2022/12/08", "'2022/12/08' parts its year, month and day with '/'; write 2022-12-08"),
        (
            "2022-12-08 to 2022-12-10",
            "'2022-12-08 to 2022-12-10' is a period; write it as an interval: "
            "{from: 2022-12-08, to: 2022-12-10}",
        ),
        (
            "2022-12 \u2013 2023-01",
            "'2022-12 \u2013 2023-01' is a period; write it as an interval: "
            "{from: 2022-12, to: 2023-01}",
        ),
        (
            "21:00",
            "'21:00' is a time without its day; write the day with it, in the form "
            "2022-12-08T21:00",
        ),
        (
            "9.30 p.m.",
            "'9.30 p.m.' is a time without its day; write the day with it, in the form "
            "2022-12-08T21:30",
        ),
        (
            "12am",
            "'12am' is a time without its day; write the day with it, in the form 2022-12-08T00:00",
        ),
        ("2022.12.8", "'2022.12.8' parts its year, month and day with '.'; write 2022-12-08"),
        (
            "2022-12-08 9pm",
            "'2022-12-08 9pm' writes its time otherwise than ISO 8601; write "
            "2022-12-08T21:00, a 24-hour time after a T",
        ),
        (
            "2022-12-08, 9.30 p.m.",
            "'2022-12-08, 9.30 p.m.' writes its time otherwise than ISO 8601; write "
            "2022-12-08T21:30, a 24-hour time after a T",
        ),
        (
            "2022-12-08 9:05",
            "'2022-12-08 9:05' writes its time otherwise than ISO 8601; write "
            "2022-12-08T09:05, a 24-hour time after a T",
        ),
        # The word a sentence puts before a time.
        (
            "2019-06-14 at 11am",
            "'2019-06-14 at 11am' writes its time otherwise than ISO 8601; write "
            "2019-06-14T11:00, a 24-hour time after a T",
        ),
        # A quarter, as a company's results or a project's plan dates a thing.
        (
            "2019-Q2",
            "'2019-Q2' is a quarter of a year; write it as an interval of months: "
            "{from: 2019-04, to: 2019-06}",
        ),
        (
            "Q4 2023",
            "'Q4 2023' is a quarter of a year; write it as an interval of months: "
            "{from: 2023-10, to: 2023-12}",
        ),
        # An ISO 8601 week, as a schedule or a ratings table dates a thing: its days.
        (
            "2022-W49",
            "'2022-W49' is an ISO week; write it as an interval of days: "
            "{from: 2022-12-05, to: 2022-12-11}",
        ),
        (
            "2020W53",
            "'2020W53' is an ISO week; write it as an interval of days: "
            "{from: 2020-12-28, to: 2021-01-03}",
        ),
        ("2022-W49-4", "'2022-W49-4' is a day of an ISO week; write the day itself, 2022-12-08"),
        # A day and month without a year, as an article names a day of its own year:
        # the year is the writer's to give.
        ("12 April", "'12 April' gives no year; write the date with its year, as YYYY-04-12"),
        (
            "Friday 12th Apr.",
            "'Friday 12th Apr.' gives no year; write the date with its year, as YYYY-04-12",
        ),
        ("April 12", "'April 12' gives no year; write the date with its year, as YYYY-04-12"),
        (
            "Weds 8 December",
            "'Weds 8 December' gives no year; write the date with its year, as YYYY-12-08",
        ),
        # 29 February: a day of a leap year only.
        (
            "29 Feb",
            "'29 Feb' gives no year; write the date with its year, as YYYY-02-29, a leap year",
        ),
        (
            "29 February at 9pm",
            "'29 February at 9pm' gives no year; write the date and time with its year, as "
            "YYYY-02-29T21:00, a leap year",
        ),
        # With its time, as a listing gives it: the year is still the writer's. (It was
        # told "is not a date; write 2022, 2022-12, ...", as if no date were there.)
        (
            "Thursday 8 December at 9pm",
            "'Thursday 8 December at 9pm' gives no year; write the date and time with its "
            "year, as YYYY-12-08T21:00",
        ),
        (
            "Dec 8, 21:30",
            "'Dec 8, 21:30' gives no year; write the date and time with its year, as "
            "YYYY-12-08T21:30",
        ),
        # A year in two figures: its century is the writer's to give.
        (
            "21/07/94",
            "'21/07/94' gives its year in two figures; write the date with the year in full, "
            "as YYYY-07-21",
        ),
        (
            "7.5.24",
            "'7.5.24' gives its year in two figures; write the date with the year in full, as "
            "YYYY-05-07 if it is day then month, YYYY-07-05 if it is month then day",
        ),
        (
            "29/02/23",
            "'29/02/23' gives its year in two figures; write the date with the year in full, "
            "as YYYY-02-29",
        ),
        # A day in words and its time, as a listing gives them.
        (
            "Thursday 8 December 2022 at 9pm",
            "'Thursday 8 December 2022 at 9pm' is a date and time in words; write it as "
            "2022-12-08T21:00",
        ),
        (
            "December 8, 2022, 21:00",
            "'December 8, 2022, 21:00' is a date and time in words; write it as 2022-12-08T21:00",
        ),
        (
            "8th Dec. 2022 at 9.30 p.m.",
            "'8th Dec. 2022 at 9.30 p.m.' is a date and time in words; write it as "
            "2022-12-08T21:30",
        ),
        # A day in figures and its time: the date-time, both ways where the figures read two.
        (
            "8/12/2022 21:00",
            "'8/12/2022 21:00' is a date in figures and a time that reads two ways; write "
            "2022-12-08T21:00 if it is day then month, 2022-08-12T21:00 if it is month then day",
        ),
        (
            "12/8/2022 9:00 PM",
            "'12/8/2022 9:00 PM' is a date in figures and a time that reads two ways; write "
            "2022-08-12T21:00 if it is day then month, 2022-12-08T21:00 if it is month then day",
        ),
        (
            "31.12.2022, 9.30pm",
            "'31.12.2022, 9.30pm' is a date in figures and a time; write it as 2022-12-31T21:30",
        ),
        # Either, with a time zone after the time: the date-time without it.
        (
            "Thu 8 Dec 2022, 21:00 GMT",
            "'Thu 8 Dec 2022, 21:00 GMT' is a date and time in words; write it as "
            "2022-12-08T21:00, the time as the source gives it and without its time zone "
            "(GMT): factlint's dates and times have none",
        ),
        (
            "8 December 2022 at 9 p.m. BST",
            "'8 December 2022 at 9 p.m. BST' is a date and time in words; write it as "
            "2022-12-08T21:00, the time as the source gives it and without its time zone "
            "(BST): factlint's dates and times have none",
        ),
        (
            "31/12/2022 21:00+01:00",
            "'31/12/2022 21:00+01:00' is a date in figures and a time; write it as "
            "2022-12-31T21:00, the time as the source gives it and without its time zone "
            "(+01:00): factlint's dates and times have none",
        ),
        # Part of a month or a year: the month or the year, as precise as the words.
        ("late April 2022", "'late April 2022' names part of a month; write the month, 2022-04"),
        (
            "mid-December 2022",
            "'mid-December 2022' names part of a month; write the month, 2022-12",
        ),
        ("end of Sept 2022", "'end of Sept 2022' names part of a month; write the month, 2022-09"),
        ("the end of 2022", "'the end of 2022' names part of a year; write the year, 2022"),
        ("Early 2023", "'Early 2023' names part of a year; write the year, 2023"),
        # A month, or part of one, with no year: the form with the year to write.
        ("April", "'April' gives no year; write the date with its year, as YYYY-04"),
        ("Sept.", "'Sept.' gives no year; write the date with its year, as YYYY-09"),
        (
            "the end of April",
            "'the end of April' names part of a month and gives no year; write the date "
            "with its year, as YYYY-04",
        ),
        (
            "mid-dec",
            "'mid-dec' names part of a month and gives no year; write the date with its "
            "year, as YYYY-12",
        ),
        # An hour without its minutes.
        ("2019-06-14T11", "'2019-06-14T11' gives its time without minutes; write 2019-06-14T11:00"),
        (
            "2019-06-14T09h",
            "'2019-06-14T09h' gives its time without minutes; write 2019-06-14T09:00",
        ),
        # As a feed's pubDate, a mail header or a web server writes a date and time.
        (
            "Wed, 07 Dec 2022 09:30:00 GMT",
            "'Wed, 07 Dec 2022 09:30:00 GMT' is a date as a feed or a mail header writes "
            "it; write 2022-12-07T09:30, without its seconds and time zone, or the day "
            "alone, 2022-12-07",
        ),
        (
            "7 Dec 2022 21:00 +0000",
            "'7 Dec 2022 21:00 +0000' is a date as a feed or a mail header writes it; write "
            "2022-12-07T21:00, without its time zone, or the day alone, 2022-12-07",
        ),
        (
            "Thursday, 8 December 2022 21:00:00",
            "'Thursday, 8 December 2022 21:00:00' is a date as a feed or a mail header "
            "writes it; write 2022-12-08T21:00, without its seconds, or the day alone, "
            "2022-12-08",
        ),
        # A month and its year in figures, as a form or a card writes them.
        ("12/2022", "'12/2022' is a month and year in figures; write it as 2022-12"),
        ("3.2019", "'3.2019' is a month and year in figures; write it as 2019-03"),
    ],
)
def test_a_date_written_another_way_is_told_the_form_to_write(raw: str, words: str) -> None:
    assert written_otherwise(raw) == words


@pytest.mark.parametrize(
    "raw",
    [
        "31 February 2022",  # no such day
        "8 Decembre 2022",  # no month of that name
        "32/13/2022",  # neither way round a day
        "2022-12-08 25:00",  # no such hour
        "2022-12-08 21:60:00",  # nor minute
        "2022-12-08 24:00 UTC",  # nor hour, with a time zone
        "2022-2-30",  # no such day, written with one figure for the month
        "2022-13-1",
        "2022-1-1T21:00",  # a date-time is not guessed at
        "2022\u201113\u201108",  # no month 13
        "2022\u201112\u201108T25:00",  # no such hour, with the dashes mended
        "2022-12-08T21:60/2022-12-09",  # no such minute in a period's start
        "2022-12-08/2022-12-09T24:00",  # nor hour in its end
        "2022-12-01/soon",
        # A period that ends before it starts: the interval would be refused in turn.
        "2022-12-08/2022-12-01",
        "2023/2022-12-31",
        "2022-12-08T21:00/2022-12-08T20:59",
        "2022/02/30",  # no such day, the year first
        "30 February",  # no such day in any year
        "30 February at 9pm",  # nor with a time
        "Thursday at 9pm",  # a weekday alone is no day of the year
        "13/13/24",  # neither way round a day, the year in two figures
        "12 Aprile",  # no month of that name
        "April 32",
        "2022/12.08",  # parted two ways
        "2022-12-10 to 2022-12-08",  # a period that ends before it starts
        "2022-12-08 to soon",
        "24:00",  # no such hour
        "13pm",
        "2022-02-30 9pm",  # no such day before a time on a 12-hour clock
        "2022-12-08 13pm",
        "2022-12-08",  # already the form: no advice
        "2019-Q5",  # no fifth quarter
        "2022-W53",  # 2022 has 52 weeks
        "2022-W00",
        "2019-02-30T11",  # no such day before an hour
        "2019-06-14T24",  # nor hour
        "2019-06-14 at 13pm",
        "tomorrow",
        "31 February 2022 at 9pm",  # no such day before a time
        "8 December 2022 at 13pm",  # nor hour
        "Dec 2022 at 9pm",  # a time needs its day
        "late 8 April 2022",  # a day is no part of a month
        "late Decembre 2022",  # no month of that name
        "Wed, 30 Feb 2022 09:30:00 GMT",  # no such day in a feed's date
        "Wed, 07 Dex 2022 09:30:00 GMT",  # nor month
        "Wed, 07 Dec 2022 24:00:00 GMT",  # nor hour
        "31/02/2022 21:00",  # no such day in figures before a time
        "8 December 2022 GMT",  # a zone needs a time before it
        "31 February 2022 at 9pm GMT",  # nor a zone after a day the calendar lacks
        "08/12/2022 13pm",  # nor hour
        "13/2022",  # no month 13
        "00/2022",
        "12/0000",  # nor year 0
        22,
    ],
)
def test_nothing_is_suggested_that_is_no_real_date(raw: object) -> None:
    assert written_otherwise(raw) is None


def test_a_weekday_in_full_or_short_is_its_number() -> None:
    # The same words the date forms read before a day: `weekday_years` names by them.
    assert [weekday_number(w) for w in ("Monday", "tues", "Weds", "THURS", "sun")] == [
        0,
        1,
        2,
        3,
        6,
    ]
    assert [weekday_number(w) for w in ("Someday", "Thu.", "", "Mondays")] == [None] * 4
