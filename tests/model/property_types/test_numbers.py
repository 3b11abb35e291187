"""The numeric types: integer, number, percent and duration (DESIGN section 2). A value
is an interval of real numbers: one number widened by the property's tolerance, an
inclusive interval with either end open, or `{about, within}`; a duration written with
units is converted to the property's unit."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from validator.model.property_types import number_forms, numbers
from validator.model.property_types.base import EntityLookup, ValueProblem
from validator.model.property_types.numbers import (
    DURATION,
    INTEGER,
    NUMBER,
    PERCENT,
    describe_numbers,
    parse_duration,
)
from validator.model.property_types.registry import parse_value
from validator.model.values import EMPTY_SPAN, Span, contains, disjoint


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        (90, 90.0),
        ("90", 90.0),
        ("90 min", 90.0),
        ("90 minutes", 90.0),
        ("2 hours", 120.0),
        ("1h30m", 90.0),
        ("1 hour 30 minutes", 90.0),
        ("1.5 hours", 90.0),
        ("1 hr, 30 mins", 90.0),
        # ISO 8601's form, as schema.org gives a film's running time.
        ("PT1H30M", 90.0),
        ("pt90m", 90.0),
        ("PT1H", 60.0),
        ("PT5400S", 90.0),
        ("PT1.5H", 90.0),
        ("P1DT2H", 1560.0),
        ("P1W", 10080.0),
        (" PT1H30M ", 90.0),
        # A clock's hours, minutes and seconds.
        ("1:30:00", 90.0),
        ("01:29:30", 89.5),
        ("0:45:00", 45.0),
    ],
)
def test_durations_in_the_property_unit(raw: object, expected: float) -> None:
    assert parse_duration(raw, "minutes") == expected


def test_duration_units_convert() -> None:
    assert parse_duration("3 weeks", "days") == 21.0
    assert parse_duration("PT1H30M", "hours") == 1.5
    assert parse_duration("1:30:00", "seconds") == 5400.0
    assert parse_duration(2, "hours") == 2.0
    assert parse_duration("90 min", "hours") == 1.5


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        ("ninety", "'ninety' is not a duration; write 90, '90 min', '2 hours' or '1h30m'"),
        # Hours and minutes on a listings page, minutes and seconds on a track list.
        (
            "1:30",
            "'1:30' reads two ways, hours and minutes or minutes and seconds; write '1h30m' "
            "or '1m30s'",
        ),
        # Past noon, or with a leading zero, a 24-hour clock's time of day first: a
        # slot's start written where its length goes.
        (
            "21:00",
            "'21:00' reads as a time of day, not a length: write how long, such as '1h30m'; "
            "if it is a length, write '21h00m' or '21m00s'",
        ),
        (
            "09:30",
            "'09:30' reads as a time of day, not a length: write how long, such as '1h30m'; "
            "if it is a length, write '9h30m' or '9m30s'",
        ),
        (
            "12:30",
            "'12:30' reads two ways, hours and minutes or minutes and seconds; write '12h30m' "
            "or '12m30s'",
        ),
        (
            "24:00",
            "'24:00' reads two ways, hours and minutes or minutes and seconds; write '24h00m' "
            "or '24m00s'",
        ),
        # Years and months have no one length in minutes; a form naming no part is none.
        ("P1Y", "'P1Y' is not a duration; write 90, '90 min', '2 hours' or '1h30m'"),
        ("P1M", "'P1M' is not a duration; write 90, '90 min', '2 hours' or '1h30m'"),
        ("P", "'P' is not a duration; write 90, '90 min', '2 hours' or '1h30m'"),
        ("PT", "'PT' is not a duration; write 90, '90 min', '2 hours' or '1h30m'"),
        ("P1DT", "'P1DT' is not a duration; write 90, '90 min', '2 hours' or '1h30m'"),
        ("1:60:00", "'1:60:00' is not a duration; write 90, '90 min', '2 hours' or '1h30m'"),
        ("2 fortnights", "'2 fortnights': unknown unit 'fortnights' (use min, hours, days)"),
        # A number with an exponent or another base's prefix: its letter is no unit.
        ("1e3 min", "'1e3 min' writes its number with an exponent (1e3); write '1000 min'"),
        (
            "1.5E2 Hours",
            "'1.5E2 Hours' writes its number with an exponent (1.5E2); write '150 Hours'",
        ),
        ("1e3min", "'1e3min' writes its number with an exponent (1e3); write '1000 min'"),
        ("2e1", "'2e1' writes its number with an exponent (2e1); write 20"),
        ("1e-3 h", "'1e-3 h' writes its number with an exponent (1e-3); write '0.001 h'"),
        (
            "1e-30 h",
            "'1e-30 h' writes its number with an exponent (1e-30); write the number without one",
        ),
        (
            "1 hour 1e1 min",
            "'1 hour 1e1 min' writes its number with an exponent (1e1); write '10 min'",
        ),
        ("1e308 hours", "'1e308 hours' is too large to be a plausible value"),
        ("1.5e400 hours", "'1.5e400 hours' is too large to be a plausible value"),
        (
            "0x5A min",
            "'0x5A min': 0x5A is the hexadecimal number 90; write numbers in decimal digits "
            "(90, if that is the number meant)",
        ),
        (
            "0b1010",
            "'0b1010': 0b1010 is the binary number 10; write numbers in decimal digits "
            "(10, if that is the number meant)",
        ),
        ("0xzz min", "'0xzz min': unknown unit 'xzz' (use min, hours, days)"),
        # Years and months have no one length: the span any of them lies in is offered,
        # as many run on end last (any 4 years have 0 or 1 leap days, not 4).
        (
            "4 years",
            "'4 years': a year has no one length (365 or 366 days), so it is not converted; "
            "write the number of minutes the source means, or {from: 2102400, to: 2103840} "
            "(the minutes in any 4 years)",
        ),
        (
            "1 month",
            "'1 month': a month has no one length (28 to 31 days), so it is not converted; "
            "write the number of minutes the source means, or {from: 40320, to: 44640} (the "
            "minutes in any 1 month)",
        ),
        (
            "1 year 6 months",
            "'1 year 6 months': a year has no one length (365 or 366 days), so it is not "
            "converted; write the number of minutes the source means",
        ),
        (True, "expected a duration such as 90, '90 min' or '1h30m', not a boolean"),
        # Past a float, or past the size any number may be (as a bare number is held to):
        # an infinite span of minutes was a claim refuted, and contradicting the others.
        ("9" * 400, f"'{'9' * 39}…' is too large to be a plausible value"),
        ("9" * 400 + " days", f"'{'9' * 39}…' is too large to be a plausible value"),
        ("1" + "0" * 16 + " min", "'10000000000000000 min' is too large to be a plausible value"),
        # Quoted as every message quotes what a file wrote: cut, not a megabyte long.
        ("x" * 5000, f"'{'x' * 39}…' is not a duration; write 90, '90 min', '2 hours' or '1h30m'"),
        (
            "2 " + "q" * 5000,
            f"'2 {'q' * 37}…': unknown unit '{'q' * 39}…' (use min, hours, days)",
        ),
    ],
)
def test_bad_durations(raw: object, message: str) -> None:
    with pytest.raises(ValueProblem) as caught:
        parse_duration(raw, "minutes")
    assert caught.value.message == message


@pytest.mark.parametrize(
    ("raw", "unit", "message"),
    [
        (
            "4 years",
            "days",
            "'4 years': a year has no one length (365 or 366 days), so it is not converted; "
            "write the number of days the source means, or {from: 1460, to: 1461} (the days "
            "in any 4 years)",
        ),
        (
            "1 yr",
            "weeks",
            "'1 yr': a year has no one length (365 or 366 days), so it is not converted; write "
            "the number of weeks the source means, or {from: 52.1429, to: 52.2857} (the weeks "
            "in any 1 year)",
        ),
        (
            "18 months",
            "days",
            "'18 months': a month has no one length (28 to 31 days), so it is not converted; "
            "write the number of days the source means, or {from: 546, to: 550} (the days in "
            "any 18 months)",
        ),
    ],
)
def test_years_and_months_are_given_in_the_property_s_unit(
    raw: str, unit: str, message: str
) -> None:
    """A construction time of "4 years" where the property counts days was an "unknown
    unit 'years'", as if no one knew what a year is."""
    with pytest.raises(ValueProblem) as caught:
        parse_duration(raw, unit)
    assert caught.value.message == message


class _MatchedInPlace:
    """Stands for the duration pattern, recording each place it is matched at, and
    refusing to search: a search of a long run of digits with no unit tries every
    later start, and backtracks through the run from each (a 19,000-character value
    took 20 seconds, so a claim file of them hours)."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        self.places: list[int] = []

    def match(self, text: str, position: int) -> re.Match[str] | None:
        self.places.append(position)
        return self.pattern.match(text, position)


@pytest.mark.parametrize(
    ("raw", "places"),
    [
        ("1 hour 30 minutes", [0, 7, 17]),
        ("1h30m", [0, 2, 5]),
        ("1" * 19_000 + "!", [0]),
        ("1." + "1" * 19_000 + "!", [0]),
        ("1 h " * 4_000 + "1" * 19_000 + "!", [4 * n for n in range(4_001)]),
    ],
)
def test_a_duration_is_matched_part_by_part_never_searched(
    monkeypatch: pytest.MonkeyPatch, raw: str, places: list[int]
) -> None:
    matched = _MatchedInPlace(numbers._DURATION_PART)
    monkeypatch.setattr(numbers, "_DURATION_PART", matched)
    try:
        parse_duration(raw, "minutes")
    except ValueProblem as problem:
        assert problem.message.endswith(
            "is not a duration; write 90, '90 min', '2 hours' or '1h30m'"
        )
    assert matched.places == places


@pytest.mark.parametrize(
    ("raw", "unit", "message"),
    [
        # A bare number is in the property's unit: "write 90" where it counts days
        # offered 90 days for a follow-up of about five months.
        (
            "150 días",
            "days",
            "'150 días' is not a duration; write 21, '21 days', '3 weeks' or '1d12h'",
        ),
        ("x", "weeks", "'x' is not a duration; write 3, '3 weeks', '21 days' or '1w3d'"),
        ("x", "hours", "'x' is not a duration; write 2, '2 hours', '90 min' or '1h30m'"),
        ("x", "seconds", "'x' is not a duration; write 90, '90 s', '2 min' or '1m30s'"),
        ("x", "Minutes", "'x' is not a duration; write 90, '90 min', '2 hours' or '1h30m'"),
        (True, "days", "expected a duration such as 21, '21 days' or '1d12h', not a boolean"),
    ],
)
def test_the_forms_offered_for_a_duration_are_in_its_unit(
    raw: object, unit: str, message: str
) -> None:
    with pytest.raises(ValueProblem) as caught:
        parse_duration(raw, unit)
    assert caught.value.message == message
    for form in re.findall(r"(?:write|such as) (.*?)(?:, not|$)", message)[0].split(", "):
        for written in form.split(" or "):
            parse_duration(written.strip("'"), unit)  # each form offered is read


def test_approximate_and_tolerance() -> None:
    assert parse_value({"about": 90}, "duration", tolerance=5) == Span(85, 95)
    assert parse_value({"about": 90, "within": 2}, "duration", tolerance=5) == Span(88, 92)
    assert parse_value({"about": 90}, "number") == Span(90, 90)
    # A property's tolerance is the precision its bare values carry.
    assert parse_value("2 hours", "duration", unit="minutes", tolerance=5) == Span(115, 125)
    assert parse_value({"from": 90, "to": 100}, "duration", tolerance=5) == Span(90, 100)
    assert parse_value(22, "integer") == Span(22, 22)


@pytest.mark.parametrize(
    ("raw", "kind", "message"),
    [
        (
            "twenty-two",
            "integer",
            "expected a whole number, not 'twenty-two'; write the number in figures: 22",
        ),
        (
            "twenty-two and a half",
            "integer",
            "expected a whole number, not 'twenty-two and a half'",
        ),
        (
            22.5,
            "integer",
            "expected a whole number, not 22.5; write a whole number, such as 22 or 23",
        ),
        (
            -0.5,
            "integer",
            "expected a whole number, not -0.5; write a whole number, such as -1 or 0",
        ),
        # A boolean is told as one, not quoted as if it were the text "true".
        (
            True,
            "integer",
            "expected a whole number, not the boolean true; write the number the source gives",
        ),
        (
            False,
            "percent",
            "expected a percentage, not the boolean false; write the number the source gives",
        ),
        (
            True,
            "number",
            "expected a number, not the boolean true; write the number the source gives",
        ),
        (1e300, "integer", "1e+300 is too large to be a plausible value"),
    ],
)
def test_numbers_that_do_not_fit_their_type(raw: object, kind: str, message: str) -> None:
    lookup = EntityLookup(lambda name: None, lambda entity: frozenset({entity}))
    with pytest.raises(ValueProblem) as caught:
        parse_value(raw, kind, lookup=lookup)
    assert caught.value.message == message


TOO_LARGE = "is too large to be a plausible value"


@pytest.mark.parametrize(
    ("raw", "kind", "texts", "message"),
    [
        (1e300, "integer", (("", "1e300"),), "1e300 is too large to be a plausible value"),
        (1e20, "number", (("", "1.0E20"),), "1.0E20 is too large to be a plausible value"),
        (1e20, "percent", (("", "1e+20"),), "1e+20 is too large to be a plausible value"),
        (1e20, "duration", (("", "1e20"),), "1e20 is too large to be a plausible value"),
        ({"about": 1e20}, "number", (("about", "1e20"),), "1e20 " + TOO_LARGE),
        (
            {"about": 90, "within": 1e16},
            "duration",
            (("about", "90"), ("within", "1e16")),
            "1e16 is too large to be a plausible value",
        ),
        (
            {"from": 1, "to": 1e16},
            "integer",
            (("from", "1"), ("to", "10_000_000_000_000_000")),
            "10_000_000_000_000_000 is too large to be a plausible value",
        ),
        # A number whose text is not known (a dataset's fact) is shown as read.
        ({"from": 1e16}, "number", (("to", "1e16"),), "1e+16 is too large to be a plausible value"),
        (
            22.5,
            "integer",
            (("", "22.50"),),
            "expected a whole number, not 22.50; write a whole number, such as 22 or 23",
        ),
        (
            150.5,
            "percent",
            (("", "1.505e2"),),
            "1.505e2 is not from 0 to 100, the range of a percentage; correct the value",
        ),
        (
            {"about": -1.5},
            "duration",
            (("about", "-1.50"),),
            "-1.50 is not 0 or more, the range of a duration; correct the value",
        ),
        (
            {"from": 90.5, "to": 1.5},
            "number",
            (("from", "90.50"), ("to", "1.50")),
            "the interval 90.50..1.50 ends before it starts; swap from and to",
        ),
    ],
)
def test_a_number_that_does_not_fit_is_quoted_as_written(
    raw: object, kind: str, texts: tuple[tuple[str, str], ...], message: str
) -> None:
    with pytest.raises(ValueProblem) as caught:
        parse_value(raw, kind, texts=texts)
    assert caught.value.message == message


@pytest.mark.parametrize(
    ("raw", "kind", "unit", "message"),
    [
        ("22", "integer", "years", "expected a whole number, not '22'; write 22 without quotes"),
        (
            " 22 years ",
            "integer",
            "years",
            "expected a whole number, not ' 22 years '; write 22: the property's unit is years",
        ),
        (
            "4 star",
            "integer",
            "stars",
            "expected a whole number, not '4 star'; write 4: the property's unit is stars",
        ),
        ("100", "percent", None, "expected a percentage, not '100'; write 100 without quotes"),
        # A space YAML does not strip, as a number copied from a web page keeps it.
        (
            "47\u00a0",
            "integer",
            "years",
            "expected a whole number, not '47\\xa0'; it holds U+00A0 (no-break space), which "
            "makes it text: write 47",
        ),
        (
            "\u2007" + "90",
            "number",
            None,
            "expected a number, not '\\u200790'; it holds U+2007 (figure space), which makes "
            "it text: write 90",
        ),
        ("2.5", "number", None, "expected a number, not '2.5'; write 2.5 without quotes"),
        # A unit written before the number, as money is; thousands parted by commas.
        (
            "CHF 150",
            "number",
            "CHF",
            "expected a number, not 'CHF 150'; write 150: the property's unit is CHF",
        ),
        (
            "4,478 metres",
            "number",
            "metres",
            "expected a number, not '4,478 metres'; write 4478: the property's unit is metres",
        ),
        (
            "4,478",
            "integer",
            None,
            "expected a whole number, not '4,478'; write 4478, without separators or quotes",
        ),
        (
            "1 000",
            "integer",
            None,
            "expected a whole number, not '1 000'; write 1000, without separators or quotes",
        ),
        ("1,090", "duration", "minutes", "'1,090' parts its thousands; write 1090"),
        # With a unit: thousands parted, or a decimal comma; an unknown unit is left be.
        (
            "1,000 minutes",
            "duration",
            "minutes",
            "'1,000 minutes' parts its thousands; write '1000 minutes'",
        ),
        (
            "1,5 hours",
            "duration",
            "minutes",
            "'1,5 hours' marks its decimals with a comma; write '1.5 hours' if the comma "
            "marks the decimals",
        ),
        (
            "92,5 Min.",
            "duration",
            "minutes",
            "'92,5 Min.' marks its decimals with a comma; write '92.5 min' if the comma "
            "marks the decimals",
        ),
        (
            "1,5 parsecs",
            "duration",
            "minutes",
            "'1,5 parsecs' is not a duration; write 90, '90 min', '2 hours' or '1h30m'",
        ),
        ("1 090", "duration", "minutes", "'1 090' parts its thousands; write 1090"),
        # A length made an adjective, as prose writes it ("a 90-minute drama"); a bare
        # number with a decimal comma.
        (
            "90-minute",
            "duration",
            "minutes",
            "'90-minute' is a length written as an adjective; write '90 minutes'",
        ),
        (
            "1.5-Hour",
            "duration",
            "minutes",
            "'1.5-Hour' is a length written as an adjective; write '1.5 hours'",
        ),
        (
            "1-hour",
            "duration",
            "minutes",
            "'1-hour' is a length written as an adjective; write '1 hour'",
        ),
        (
            "90-min",
            "duration",
            "minutes",
            "'90-min' is a length written as an adjective; write '90 min'",
        ),
        (
            "90-parsec",
            "duration",
            "minutes",
            "'90-parsec' is not a duration; write 90, '90 min', '2 hours' or '1h30m'",
        ),
        (
            "1,5",
            "duration",
            "minutes",
            "'1,5' marks its decimals with a comma; write 1.5 if the comma marks the decimals",
        ),
        # A slot by its clock times, past midnight too; a time alone; a fraction's sign;
        # a word after the unit. A time's "pm" was an unknown unit.
        (
            "21:00-22:45",
            "duration",
            "minutes",
            "'21:00-22:45' gives the clock times of a slot, not its length: write '1h45m'",
        ),
        (
            "9pm-10.45pm",
            "duration",
            "minutes",
            "'9pm-10.45pm' gives the clock times of a slot, not its length: write '1h45m'",
        ),
        (
            "9 a.m. to 10 a.m.",
            "duration",
            "minutes",
            "'9 a.m. to 10 a.m.' gives the clock times of a slot, not its length: write '1h'",
        ),
        (
            "11pm-12.30am",
            "duration",
            "minutes",
            "'11pm-12.30am' gives the clock times of a slot, not its length: write '1h30m'",
        ),
        (
            "21.00-22.30",
            "duration",
            "minutes",
            "'21.00-22.30' gives the clock times of a slot, not its length: write '1h30m'",
        ),
        (
            "9pm",
            "duration",
            "minutes",
            "'9pm' is a time of day, not a length: write how long, such as '1h30m'",
        ),
        (
            "1½ hours",
            "duration",
            "minutes",
            "'1½ hours' writes a fraction with a sign; write '1.5 hours'",
        ),
        ("¾ hr", "duration", "minutes", "'¾ hr' writes a fraction with a sign; write '0.75 hr'"),
        (
            "90 minutes long",
            "duration",
            "minutes",
            "'90 minutes long' has a word after its unit; write '90 minutes'",
        ),
        ("CHF 150 CHF", "number", "CHF", "expected a number, not 'CHF 150 CHF'"),
        (
            "4,47",
            "number",
            None,
            "expected a number, not '4,47'; write 4.47, with a decimal point, if the comma marks "
            "the decimals",
        ),
        (
            "22.5",
            "integer",
            "years",
            "expected a whole number, not '22.5'; write a whole number without quotes, such as "
            "22 or 23",
        ),
        ("-3", "integer", None, "expected a whole number, not '-3'; write -3 without quotes"),
        ("-3.5", "number", None, "expected a number, not '-3.5'; write -3.5 without quotes"),
        # A number with an exponent, quoted: its plain figures, which need no exponent.
        (
            "1e3",
            "integer",
            None,
            "expected a whole number, not '1e3'; write 1000 without an exponent or quotes",
        ),
        (
            "1.5E1",
            "percent",
            None,
            "expected a percentage, not '1.5E1'; write 15 without an exponent or quotes",
        ),
        (
            "-2.5e-1",
            "number",
            None,
            "expected a number, not '-2.5e-1'; write -0.25 without an exponent or quotes",
        ),
        (
            "1.5e0",
            "integer",
            "years",
            "expected a whole number, not '1.5e0'; write a whole number without an exponent or "
            "quotes, such as 1 or 2",
        ),
        (
            "1e-30",
            "number",
            None,
            "expected a number, not '1e-30'; write the number without an exponent or quotes",
        ),
        (
            "1e400",
            "integer",
            None,
            "expected a whole number, not '1e400'; it is too large to be a plausible value, "
            "with or without quotes: correct the value",
        ),
        # An age as it is said: its unit is years.
        (
            "22yo",
            "integer",
            "years",
            "expected a whole number, not '22yo'; write 22: the property's unit is years",
        ),
        (
            "22 years old",
            "integer",
            "years",
            "expected a whole number, not '22 years old'; write 22: the property's unit is years",
        ),
        # A word that is not the property's unit: the number goes alone, in the
        # property's unit, which only the writer can convert to.
        (
            "22yo",
            "integer",
            "stars",
            "expected a whole number, not '22yo'; write the number in stars alone, without 'yo'",
        ),
        (
            "22 yrs",
            "integer",
            "years",
            "expected a whole number, not '22 yrs'; write 22: the property's unit is years",
        ),
        (
            "22 stars",
            "integer",
            "years",
            "expected a whole number, not '22 stars'; write the number in years alone, "
            "without 'stars'",
        ),
        (
            "22 years",
            "integer",
            None,
            "expected a whole number, not '22 years'; write the number alone, without 'years'",
        ),
        # A length as a desk writes it: a unit's short form, or another unit.
        (
            "1150 m",
            "number",
            "metres",
            "expected a number, not '1150 m'; write 1150: the property's unit is metres",
        ),
        (
            "1.15 km",
            "number",
            "metres",
            "expected a number, not '1.15 km'; write the number in metres alone, without 'km'",
        ),
        # Money as a desk writes it: scaled by a word, the unit holding one or not.
        (
            "1350 million",
            "number",
            "million pounds",
            "expected a number, not '1350 million'; write 1350: the property's unit is "
            "million pounds",
        ),
        (
            "1.35bn",
            "number",
            "million pounds",
            "expected a number, not '1.35bn'; write 1350, the number in million pounds",
        ),
        ("1.5 million", "number", None, "expected a number, not '1.5 million'; write 1500000"),
    ],
)
def test_a_number_written_as_text_is_told_how_to_write_it(
    raw: str, kind: str, unit: str | None, message: str
) -> None:
    """A quoted number (as JSON makes easy to write) or one with the property's own unit
    was told only that it is not a number."""
    with pytest.raises(ValueProblem) as caught:
        parse_value(raw, kind, unit=unit)
    assert caught.value.message == message


def test_percent_accepts_a_percent_sign() -> None:
    assert parse_value("100%", "percent") == Span(100, 100)
    assert parse_value(100, "percent") == Span(100, 100)


def test_a_percentage_past_the_largest_float_is_quoted_as_written() -> None:
    """Its digits overflow to infinity: the message showed "inf", which nobody wrote."""
    with pytest.raises(ValueProblem) as caught:
        parse_value("1" + "0" * 400 + "%", "percent")
    assert caught.value.message == f"1{'0' * 38}… is too large to be a plausible value"


@pytest.mark.parametrize(
    ("raw", "kind", "message"),
    [
        (101, "percent", "101 is not from 0 to 100, the range of a percentage; correct the value"),
        # A number in quotes is quoted as written: it was "-5" and "150".
        (
            "-5%",
            "percent",
            "-5% is not from 0 to 100, the range of a percentage; correct the value",
        ),
        (
            "150.0%",
            "percent",
            "150.0% is not from 0 to 100, the range of a percentage; correct the value",
        ),
        (
            {"about": 150},
            "percent",
            "150 is not from 0 to 100, the range of a percentage; correct the value",
        ),
        (-5, "duration", "-5 is not 0 or more, the range of a duration; correct the value"),
    ],
)
def test_a_type_implies_its_range(raw: object, kind: str, message: str) -> None:
    with pytest.raises(ValueProblem) as caught:
        parse_value(raw, kind)
    assert caught.value.message == message


def test_a_declared_range_holds_every_number_written() -> None:
    declared = "the range the dataset declares for the property; correct the value, or the "
    fix = "property's minimum or maximum in the dataset if the value is real"
    for raw, words in [
        (-1, "-1 is not from 0 to 10"),
        ({"from": 2, "to": 11}, "11 is not from 0 to 10"),
    ]:
        with pytest.raises(ValueProblem) as caught:
            parse_value(raw, "integer", minimum=0, maximum=10)
        assert caught.value.message == f"{words}, {declared}{fix}"
    # The range is of what is written: a tolerance may reach past it.
    assert parse_value(98, "percent", tolerance=5) == Span(93, 103)
    assert parse_value(0, "integer", minimum=0) == Span(0, 0)


@pytest.mark.parametrize(
    ("raw", "kind", "message"),
    [
        (
            "-3",
            "integer",
            "expected a whole number, not '-3', and -3 is not 0 or more, the range the dataset "
            "declares for the property; correct the value, or the property's minimum or "
            "maximum in the dataset if the value is real",
        ),
        (
            "-3",
            "percent",
            "expected a percentage, not '-3', and -3 is not from 0 to 100, the range of a "
            "percentage; correct the value",
        ),
        (
            "-3",
            "duration",
            "expected a duration, not '-3', and -3 is not 0 or more, the range of a duration; "
            "correct the value",
        ),
        ("22", "integer", "expected a whole number, not '22'; write 22 without quotes"),
        ("1,090", "duration", "'1,090' parts its thousands; write 1090"),
    ],
)
def test_a_number_refused_as_text_is_read_as_one_once(
    raw: str, kind: str, message: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The next step and the range check both take the one reading of the text: it was
    read for each, twice for every number written as text."""
    form, reads = number_forms._WRITTEN_NUMBER, []

    class Counted:
        def match(self, text: str) -> re.Match[str] | None:
            reads.append(text)
            return form.match(text)

    monkeypatch.setattr(number_forms, "_WRITTEN_NUMBER", Counted())
    with pytest.raises(ValueProblem) as caught:
        parse_value(raw, kind, minimum=0)
    assert caught.value.message == message
    assert reads == [raw]


# --- tolerance and intervals: the bounds are inclusive ---------------------------------


def test_a_tolerance_includes_both_of_its_bounds() -> None:
    """`{about: 90}` with tolerance 5 is [85, 95]: 85 and 95 are in it, nothing past."""
    about = parse_value({"about": 90}, "duration", tolerance=5)
    assert about == Span(85, 95) and not about.low_open and not about.high_open
    assert contains(about, parse_value(85, "duration"))
    assert contains(about, parse_value(95, "duration"))
    assert disjoint(about, parse_value(95.5, "duration"))
    assert disjoint(about, parse_value(84.75, "duration"))
    # Two approximate values whose ranges only touch still share a value.
    assert not disjoint(about, parse_value({"about": 100}, "duration", tolerance=5))


def test_within_is_used_instead_of_the_propertys_tolerance() -> None:
    assert parse_value({"about": 90, "within": 0}, "duration", tolerance=5) == Span(90, 90)
    assert parse_value({"about": 90, "within": 10}, "duration", tolerance=5) == Span(80, 100)
    assert parse_value({"about": 2.5, "within": 0.25}, "number") == Span(2.25, 2.75)


def test_a_bare_number_carries_the_tolerance_an_interval_does_not() -> None:
    assert parse_value(90, "duration", tolerance=5) == Span(85, 95)
    assert parse_value(3.5, "number", tolerance=0.5) == Span(3, 4)
    assert parse_value({"from": 90, "to": 100}, "number", tolerance=5) == Span(90, 100)
    assert parse_value({"from": 90}, "number", tolerance=5) == Span(90, None)


@pytest.mark.parametrize(
    ("raw", "span"),
    [
        ({"from": 60, "to": 90}, Span(60, 90)),
        ({"from": 60}, Span(60, None)),
        ({"to": 90}, Span(None, 90)),
        ({"from": 90, "to": 90}, Span(90, 90)),
    ],
)
def test_a_number_interval_is_closed_with_either_end_open(raw: dict[str, Any], span: Span) -> None:
    parsed = parse_value(raw, "number")
    assert parsed == span and not parsed.low_open and not parsed.high_open
    for end in (span.low, span.high):
        if end is not None:
            assert contains(parsed, Span(end, end))


def test_a_number_interval_that_ends_before_it_starts_is_refused() -> None:
    with pytest.raises(ValueProblem) as caught:
        parse_value({"from": 5, "to": 4.5}, "number")
    assert caught.value.message == "the interval 5..4.5 ends before it starts; swap from and to"


@pytest.mark.parametrize(
    ("raw", "kind", "keywords", "span"),
    [
        (0, "percent", {}, Span(0, 0)),
        (100, "percent", {}, Span(100, 100)),
        ("100 %", "percent", {}, Span(100, 100)),
        (" 96.5% ", "percent", {}, Span(96.5, 96.5)),
        (0, "duration", {}, Span(0, 0)),
        (5, "integer", {"minimum": 5, "maximum": 5}, Span(5, 5)),
        ({"from": 0, "to": 10}, "integer", {"minimum": 0, "maximum": 10}, Span(0, 10)),
    ],
)
def test_a_range_includes_its_ends(
    raw: object, kind: str, keywords: dict[str, float], span: Span
) -> None:
    assert parse_value(raw, kind, **keywords) == span


@pytest.mark.parametrize(
    ("raw", "kind", "keywords", "message"),
    [
        (-0.5, "percent", {}, "-0.5 is not from 0 to 100, the range of a percentage"),
        (100.5, "percent", {}, "100.5 is not from 0 to 100, the range of a percentage"),
        ("-1 min", "duration", {}, "'-1 min' is not a duration"),
        (
            9.5,
            "number",
            {"minimum": 10},
            "9.5 is not 10 or more, the range the dataset declares for the property",
        ),
    ],
)
def test_just_past_a_range_is_out_of_it(
    raw: object, kind: str, keywords: dict[str, float], message: str
) -> None:
    with pytest.raises(ValueProblem) as caught:
        parse_value(raw, kind, **keywords)
    assert caught.value.message.startswith(message)


# --- units -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "unit", "expected"),
    [
        ("1 day", "hours", 24.0),
        ("1 week", "days", 7.0),
        ("2 weeks", "hours", 336.0),
        ("90 s", "minutes", 1.5),
        ("30 sec", "seconds", 30.0),
        ("2 min", "seconds", 120.0),
        ("1h", "Minutes", 60.0),  # the property's unit in any case
        ("2 HOURS", "minutes", 120.0),
        ("1 hour and 30 minutes", "hours", 1.5),
        ("1 day, 12 hrs.", "days", 1.5),
        (90, None, 90.0),  # no unit declared: minutes
        ("2 hours", None, 120.0),
    ],
)
def test_a_duration_is_converted_to_the_propertys_unit(
    raw: object, unit: str | None, expected: float
) -> None:
    assert parse_duration(raw, unit) == expected


@pytest.mark.parametrize("unit", ["years", "months", "episodes"])
def test_a_duration_with_units_is_refused_for_a_unit_factlint_cannot_convert_to(
    unit: str,
) -> None:
    """A property unit with no known conversion was taken for minutes: "2 hours" in a
    property counted in years was 120 years. A bare number is still in the unit."""
    assert parse_duration(3, unit) == 3.0
    assert parse_duration("3", unit) == 3.0
    with pytest.raises(ValueProblem) as caught:
        parse_duration("2 hours", unit)
    assert caught.value.message == (
        f"'2 hours' is written with a unit, and factlint cannot convert to {unit}, the "
        f"property's unit; write a bare number of {unit}"
    )


def test_the_unit_of_a_duration_is_not_remembered_across_properties() -> None:
    assert parse_value("2 hours", "duration", unit="minutes") == Span(120, 120)
    assert parse_value("2 hours", "duration", unit="hours") == Span(2, 2)
    assert parse_value("2 hours", "duration", unit="days") == Span(2 / 24, 2 / 24)


# --- in words --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("values", "unit", "words"),
    [
        (Span(22, 22), "years", "22 years"),
        (Span(85, 95), "minutes", "85..95 minutes"),
        # Open at one end, as the claim's own words read (`{from: 60}`, `{to: 100}`).
        (Span(60, None), "minutes", "at least 60 minutes"),
        (Span(None, 100), None, "at most 100"),
        (Span(None, None), None, "…..…"),
        (Span(0.1234567, 0.1234567), None, "0.123457"),
        (Span(2.5, 2.5), "hours", "2.5 hours"),
        (EMPTY_SPAN, "minutes", "nothing"),
    ],
)
def test_describe_numbers(values: Span, unit: str | None, words: str) -> None:
    assert describe_numbers(values, unit) == words


def test_the_numeric_types() -> None:
    assert [kind.name for kind in (INTEGER, NUMBER, PERCENT, DURATION)] == [
        "integer",
        "number",
        "percent",
        "duration",
    ]
    assert all(kind.numeric and kind.sets is Span for kind in (INTEGER, NUMBER, PERCENT, DURATION))
    assert INTEGER.words("years") == "integer in years"
    assert DURATION.words(None) == "duration"


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        ("100 per cent", "expected a percentage, not '100 per cent'; write 100 or '100%'"),
        ("93.5 Percent", "expected a percentage, not '93.5 Percent'; write 93.5 or '93.5%'"),
        ("100 pct.", "expected a percentage, not '100 pct.'; write 100 or '100%'"),
        ("a hundred per cent", "expected a percentage, not 'a hundred per cent'"),
        # Past the largest float: either form would be refused in turn. The value is
        # quoted cut short, as every value a message shows.
        ("9" * 400 + " per cent", f"expected a percentage, not '{'9' * 59}…'"),
        # A number of a text's length in leading zeros is finite: both quotes are cut.
        (
            "0" * 5000 + "5 per cent",
            f"expected a percentage, not '{'0' * 59}…'; write {'0' * 39}… or '{'0' * 39}…%'",
        ),
    ],
)
def test_a_percentage_in_words_is_told_the_forms_to_write(raw: str, message: str) -> None:
    """ "100 per cent" is how British prose prints a percentage: refused, with its forms."""
    with pytest.raises(ValueProblem) as caught:
        parse_value(raw, "percent")
    assert caught.value.message == message


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        (
            "4/5",
            "expected a percentage, not '4/5'; it is a score out of 5, 80% of it: write 80 if "
            "the property's percentage is that score",
        ),
        (
            "7.8 / 10",
            "expected a percentage, not '7.8 / 10'; it is a score out of 10, 78% of it: write 78 "
            "if the property's percentage is that score",
        ),
        (
            "8 out of 10",
            "expected a percentage, not '8 out of 10'; it is a score out of 10, 80% of it: "
            "write 80 if the property's percentage is that score",
        ),
        # No share of a whole: nothing is offered.
        ("6/5", "expected a percentage, not '6/5'"),
        ("3/0", "expected a percentage, not '3/0'"),
    ],
)
def test_a_score_out_of_a_number_is_told_its_share(raw: str, message: str) -> None:
    """A review's "4/5" where a percentage goes: the share is given, and the choice of
    writing it is left to the writer, who knows what the property's percentage is."""
    with pytest.raises(ValueProblem) as caught:
        parse_value(raw, "percent")
    assert caught.value.message == message


@pytest.mark.parametrize(
    ("raw", "kind", "keywords", "message"),
    [
        (
            "-3",
            "integer",
            {"unit": "years", "minimum": 0},
            "expected a whole number, not '-3', and -3 is not 0 or more, the range the dataset "
            "declares for the property; correct the value, or the property's minimum or maximum "
            "in the dataset if the value is real",
        ),
        (
            "-3 years",
            "integer",
            {"unit": "years", "minimum": 0},
            "expected a whole number, not '-3 years', and -3 is not 0 or more, the range the "
            "dataset declares for the property; correct the value, or the property's minimum or "
            "maximum in the dataset if the value is real",
        ),
        (
            "150",
            "percent",
            {},
            "expected a percentage, not '150', and 150 is not from 0 to 100, the range of a "
            "percentage; correct the value",
        ),
        # The number is quoted as written the second time too: it was "-3.5" and "-1000".
        (
            "-3.50",
            "integer",
            {"unit": "years", "minimum": 0},
            "expected a whole number, not '-3.50', and -3.50 is not 0 or more, the range the "
            "dataset declares for the property; correct the value, or the property's minimum "
            "or maximum in the dataset if the value is real",
        ),
        (
            "-1,000 years",
            "integer",
            {"unit": "years", "minimum": 0},
            "expected a whole number, not '-1,000 years', and -1,000 is not 0 or more, the "
            "range the dataset declares for the property; correct the value, or the property's "
            "minimum or maximum in the dataset if the value is real",
        ),
        (
            "-90",
            "duration",
            {"unit": "minutes"},
            "expected a duration, not '-90', and -90 is not 0 or more, the range of a duration; "
            "correct the value",
        ),
    ],
)
def test_a_number_in_quotes_out_of_range_is_told_its_range(
    raw: str, kind: str, keywords: dict[str, Any], message: str
) -> None:
    """Told "write -3 without quotes", the writer of an age in quotes met the range
    next: the range is said at once, as it is for the number unquoted."""
    with pytest.raises(ValueProblem) as caught:
        parse_value(raw, kind, **keywords)
    assert caught.value.message == message


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        ("1_000", "expected a whole number, not '1_000'; write 1000, without separators or quotes"),
        (
            "\uff12\uff12",
            "expected a whole number, not '\uff12\uff12'; write 22 in the digits 0 to 9",
        ),
        ("1_00", "expected a whole number, not '1_00'"),
    ],
)
def test_digits_written_otherwise_are_told_the_plain_ones(raw: str, message: str) -> None:
    """YAML 1.1's `1_000` and full-width digits are text to YAML 1.2: told the number."""
    with pytest.raises(ValueProblem) as caught:
        parse_value(raw, "integer")
    assert caught.value.message == message


def test_a_slot_given_by_its_start_is_told_at_the_value(tmp_path: Path) -> None:
    """`broadcast_slot: "21:00"`, the slot's start where its length goes, was told it
    reads as 21 hours or 21 minutes: it reads first as a time of day."""
    from validator import validate

    (tmp_path / "slot.yaml").write_text(
        "source: {id: slot, outlet: O, title: T, published: 2022-12-08}\n"
        "claims:\n"
        "  - id: slot\n"
        "    subject: I Am Ruth\n"
        "    property: broadcast_slot\n"
        "    value: 21:00\n",
        encoding="utf-8",
    )
    root = Path(__file__).resolve().parents[3]
    result = validate(
        [str(tmp_path / "slot.yaml")], dataset=str(root / "dataset"), root=str(tmp_path)
    )
    assert [
        (f.code, f.claims, f.location.line, f.location.column, f.message) for f in result.findings
    ] == [
        (
            "E106",
            ("slot/slot",),
            6,
            12,
            "value does not fit property 'broadcast_slot' (duration in minutes): '21:00' reads "
            "as a time of day, not a length: write how long, such as '1h30m'; if it is a "
            "length, write '21h00m' or '21m00s'",
        )
    ]
