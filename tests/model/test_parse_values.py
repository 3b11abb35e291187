"""Each value form denotes the set DESIGN.md section 2 gives it."""

from __future__ import annotations

import re
from datetime import date

import pytest

from validator.model.property_types import numbers
from validator.model.property_types.base import (
    EntityLookup,
    UnknownEntity,
    ValueProblem,
    describe_raw,
)
from validator.model.property_types.dates import date_span
from validator.model.property_types.numbers import parse_duration
from validator.model.property_types.registry import BUILT_IN, as_written, parse_value
from validator.model.values import Choice, Span, date_to_minutes, span_of_days

DAY = 1440


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
        (True, "expected a date such as 2022-12-08, not 'true'"),
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
    ],
)
def test_durations_in_the_property_unit(raw: object, expected: float) -> None:
    assert parse_duration(raw, "minutes") == expected


def test_duration_units_convert() -> None:
    assert parse_duration("3 weeks", "days") == 21.0
    assert parse_duration(2, "hours") == 2.0
    assert parse_duration("90 min", "hours") == 1.5


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        ("ninety", "'ninety' is not a duration; write 90, '90 min', '2 hours' or '1h30m'"),
        ("2 fortnights", "'2 fortnights': unknown unit 'fortnights' (use min, hours, days)"),
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
        ("twenty-two", "integer", "expected a whole number, not 'twenty-two'"),
        (22.5, "integer", "expected a whole number, not 22.5"),
        (True, "integer", "expected a whole number, not 'true'"),
        (1e300, "integer", "1e+300 is too large to be a plausible value"),
        (
            "yes",
            "boolean",
            "expected true or false, not the text 'yes'; write true or false without quotes",
        ),
        # Quoted, "true" is text: the message must not read "expected true, not 'true'".
        (
            "true",
            "boolean",
            "expected true or false, not the text 'true'; write true or false without quotes",
        ),
        (1, "boolean", "expected true or false, not the number 1"),
        ({"from": 1}, "text", "a text value cannot be an interval or approximate; write one value"),
        (
            {"about": 4},
            "entity",
            "an entity value cannot be an interval or approximate; write one value",
        ),
        # A film called 1917, unquoted in YAML, is a number: quoting it is the fix.
        (
            1917,
            "entity",
            "expected the name of an entity, not the number 1917; put the name in quotes",
        ),
        (True, "entity", "expected the name of an entity, not true; put the name in quotes"),
        (42, "quote", "expected the words said, as text, not 42; put them in quotes"),
        (22.5, "quote", "expected the words said, as text, not 22.5; put them in quotes"),
        (True, "quote", "expected the words said, as text, not true; put them in quotes"),
        (" \t ", "quote", "the value is blank (only white space); write the words"),
        ("\u3000", "text", "the value is blank (only white space); write the words"),
        # A number or boolean comes to a text property as the text it was written as
        # (`as_written`): one still a number was made so by its tag (`!!int 007`).
        (
            7,
            "text",
            "expected text, not the number 7, which its tag asks for; write the text in "
            "quotes, without the tag",
        ),
        (
            1.5,
            "text",
            "expected text, not the number 1.5, which its tag asks for; write the text in "
            "quotes, without the tag",
        ),
        (
            False,
            "text",
            "expected text, not false, which its tag asks for; write the text in quotes, "
            "without the tag",
        ),
    ],
)
def test_values_that_do_not_fit_their_type(raw: object, kind: str, message: str) -> None:
    lookup = EntityLookup(lambda name: None, lambda entity: frozenset({entity}))
    with pytest.raises(ValueProblem) as caught:
        parse_value(raw, kind, lookup=lookup)
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
        ("2.5", "number", None, "expected a number, not '2.5'; write 2.5 without quotes"),
        # No step that would lead to another finding, or that guesses at a unit.
        ("22.5", "integer", "years", "expected a whole number, not '22.5'"),
        ("22 yrs", "integer", "years", "expected a whole number, not '22 yrs'"),
        ("22 stars", "integer", "years", "expected a whole number, not '22 stars'"),
        ("22 years", "integer", None, "expected a whole number, not '22 years'"),
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


def test_entities_widen_to_narrower_for_claims_only() -> None:
    narrower = {"awards": frozenset({"awards", "single-drama"})}
    lookup = EntityLookup(
        lambda name: {"BAFTA TV Awards": "awards"}.get(name),
        lambda entity: narrower.get(entity, frozenset({entity})),
    )
    assert parse_value("BAFTA TV Awards", "entity", lookup=lookup) == Choice(
        frozenset({"awards", "single-drama"})
    )
    assert parse_value("BAFTA TV Awards", "entity", lookup=lookup, widen=False) == Choice(
        frozenset({"awards"})
    )
    with pytest.raises(UnknownEntity) as caught:
        parse_value("Channel 5", "entity", lookup=lookup)
    assert caught.value.name == "Channel 5"


def test_text_is_compared_after_normalising_case_and_space() -> None:
    assert parse_value("  Feature   Length ", "text") == Choice(frozenset({"feature length"}))
    assert parse_value(True, "boolean") == Choice(frozenset({"true"}))


def test_describe_raw() -> None:
    assert describe_raw({"from": "2022-12-01", "to": "2022-12-08"}) == "2022-12-01..2022-12-08"
    assert describe_raw({"from": "2023-05-14"}) == "2023-05-14 or later"
    assert describe_raw({"to": 100}) == "at most 100"
    assert describe_raw({}) == "{}"
    assert describe_raw({"about": 90, "within": 5}) == "about 90 ± 5"
    assert describe_raw(90.0) == "90"
    assert describe_raw(False) == "false"


def test_an_open_interval_shows_its_end_as_a_claim_file_writes_it() -> None:
    """An invalid claim's open interval ended in Python's repr in the reports: "at least
    None", "at most {'a': 1}", "at least True"; now as the closed interval shows its ends."""
    assert describe_raw({"from": None}) == "at least null"
    assert describe_raw({"to": {"a": 1}}) == "at most {a: 1}"
    assert describe_raw({"from": True}) == "at least true"
    assert describe_raw({"from": [1, 2]}) == "at least [1, 2]"
    assert describe_raw({"to": 90.0}) == "at most 90"
    assert describe_raw({"from": 60.5}) == "at least 60.5"


def test_remembered_parses_keep_equal_values_of_other_types_apart() -> None:
    """Scalar parses are cached; 1, 1.0 and True are equal keys in Python."""
    assert parse_value(1, "integer") == Span(1.0, 1.0)
    assert parse_value(1.0, "integer") == Span(1.0, 1.0)
    for _ in range(2):  # a problem is raised again, not remembered as a value
        with pytest.raises(ValueProblem, match="whole number"):
            parse_value(True, "integer")
    assert parse_value(True, "boolean") == parse_value(True, "boolean")
    assert parse_value("90", "duration", unit="minutes", tolerance=5) == Span(85.0, 95.0)
    assert parse_value("90", "duration", unit="hours") == Span(90.0, 90.0)


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


def test_a_list_or_mapping_written_as_a_value_is_shown_as_written_not_as_python() -> None:
    """An invalid value still has its row in the reports (the JSON `value`, the HTML
    matrix): shown the way a claim file writes it, never as Python's repr."""
    assert describe_raw(["Joe", "Bear"]) == "[Joe, Bear]"
    assert describe_raw([True, 2.0, None, {"from": 1}]) == "[true, 2, null, at least 1]"
    assert describe_raw({"colour": "red", "size": [1]}) == "{colour: red, size: [1]}"
    assert describe_raw([]) == "[]"
    # Bounded however long the list: its first items, the rest counted.
    assert describe_raw(list(range(100_000))) == "[0, 1, 2, 3, 4, 5, 6, 7, 8, 9, and 99,990 more]"


@pytest.mark.parametrize(
    ("raw", "kind", "written", "taken"),
    [
        (7, "text", "007", "007"),
        (1.5, "text", "1.50", "1.50"),
        (True, "text", "TRUE", "TRUE"),
        (31, "text", "0x1F", "0x1F"),
        (7, "text", None, 7),  # not known how it was written: the type says what is wrong
        ("007", "text", "7", "007"),  # text is never replaced
        (7, "integer", "007", 7),
        (90, "duration", "90.0", 90),
        (True, "boolean", "True", True),
        (1917, "entity", "1917", 1917),
        (42, "quote", "42", 42),  # words said are written in quotes (E106 says so)
    ],
)
def test_only_a_text_type_takes_a_number_or_boolean_as_written(
    raw: object, kind: str, written: str | None, taken: object
) -> None:
    found = as_written(raw, kind, written)
    assert found == taken and type(found) is type(taken)


def test_text_is_the_one_type_that_takes_a_value_as_written() -> None:
    assert [kind.name for kind in BUILT_IN if kind.verbatim] == ["text"]


def test_a_year_written_as_a_whole_float_is_the_year() -> None:
    assert date_span(2022.0) == date_span(2022) == date_span("2022")
