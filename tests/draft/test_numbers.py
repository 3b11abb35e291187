"""Numbers, percentages and durations as articles write them: what each pattern finds
in a sentence, and the claim value its parser makes of what was found (DESIGN.md
section 2: a bare number, or a duration string keeping the words' own unit)."""

from __future__ import annotations

import re

import pytest

from validator.draft.numbers import (
    DURATION,
    INTEGER,
    NUMBER,
    PERCENT,
    SCALED,
    claims_no_value,
    on_a_scale,
    one_end_of_range,
    parse_duration,
    parse_integer,
    parse_number,
    parse_percent,
    without_about,
)


def _found(pattern: str, sentence: str) -> list[str]:
    return [match.group(0) for match in re.finditer(pattern, sentence)]


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        ("Mia Threapleton, 22, plays Freya", ["22"]),
        ("her twenty-two-year-old daughter", ["twenty-two"]),
        ("Twenty Two years on", ["Twenty Two"]),
        ("Nineteen of them", ["Nineteen"]),
        ("seventy\u00a0five fans", ["seventy\u00a0five"]),
        ("1,149 metres and 12,000 fans", ["1,149", "12,000"]),
        # A figure a word scales is no integer of its own (see SCALED).
        ("12 thousand fans and 3 Million views", []),
        ("mum to Joe, 18, and Bear, nine", ["18", "nine"]),
        # No part of a longer number, word or version.
        ("12345 fans", []),
        ("v1.2 build", []),
        ("3.14159", []),
        ("1,2345", []),
        ("x22 and 22x", []),
        ("someone and everyone", []),
        ("", []),
    ],
)
def test_an_integer_as_an_article_writes_it(sentence: str, found: list[str]) -> None:
    assert _found(INTEGER, sentence) == found


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("22", 22),
        ("0", 0),
        ("twenty-two", 22),
        ("Twenty Two", 22),
        ("twenty\u00a0two", 22),
        ("twenty", 20),
        ("nineteen", 19),
        ("zero", 0),
        ("a", 1),
        ("an", 1),
        ("1,149", 1149),
        ("1,000,000", 1_000_000),
        ("ninety-nine", 99),
        # What no integer pattern finds has no value.
        ("hundred", None),
        ("one two", None),
        ("forty-", None),
        ("22.5", None),
        ("1,2", None),
        ("", None),
    ],
)
def test_an_integer_s_value(text: str, value: int | None) -> None:
    assert parse_integer(text) == value


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        ("12345 fans", ["12345"]),
        ("rated 7.5 of 10", ["7.5", "10"]),
        ("1,149.25 metres", ["1,149.25"]),
        ("1234567 views", []),  # more digits than a figure in prose has
        ("3.14159", []),
        ("aged twenty-two", []),  # words are integers, not numbers
        ("£4.2 million and 1.5 billion", []),  # the amounts are scaled (SCALED)
    ],
)
def test_a_number_as_an_article_writes_it(sentence: str, found: list[str]) -> None:
    assert _found(NUMBER, sentence) == found


@pytest.mark.parametrize(
    ("text", "value"),
    [("12345", 12345), ("7.5", 7.5), ("7.0", 7), ("1,149.25", 1149.25), ("1,2", None)],
)
def test_a_number_s_value_is_an_integer_where_it_is_whole(
    text: str, value: int | float | None
) -> None:
    found = parse_number(text)
    assert (found, type(found)) == (value, type(value))


@pytest.mark.parametrize(
    ("sentence", "found", "number", "integer"),
    [
        ("it cost £4.2 million to build", "4.2 million", 4_200_000, 4_200_000),
        ("12 thousand fans", "12 thousand", 12_000, 12_000),
        ("a 1.5\u00a0Billion budget", "1.5\u00a0Billion", 1_500_000_000, 1_500_000_000),
        ("4.25 million people", "4.25 million", 4_250_000, 4_250_000),
        ("2.5 thousand and 0.5 thousand", "2.5 thousand", 2_500, 2_500),
    ],
)
def test_a_figure_scaled_by_a_word_is_read_whole(
    sentence: str, found: str, number: int | None, integer: int | None
) -> None:
    """ "£4.2 million" was read as 4.2 where a cue put a number slot before it ("cost
    £{value}"), and "12 thousand" as 12: the amount is the figure times its scale."""
    assert _found(SCALED, sentence)[0] == found
    assert (parse_number(found), parse_integer(found)) == (number, integer)


@pytest.mark.parametrize("text", ["4.2m", "1.5bn", "x million", "4.2 millions", "million"])
def test_what_is_no_scaled_figure(text: str) -> None:
    assert (_found(SCALED, text), parse_number(text)) == ([], None)


def test_a_scaled_figure_finer_than_a_unit_is_no_integer() -> None:
    assert (parse_number("1.2345 thousand"), parse_integer("1.2345 thousand")) == (None, None)


@pytest.mark.parametrize(
    ("sentence", "found", "value"),
    [
        ("a score of 45% on", "45%", 45),
        ("45.5 % of critics", "45.5 %", 45.5),
        ("100 per cent fresh", "100 per cent", 100),
        ("7 Percent", "7 Percent", 7),
        ("99.99%", "99.99%", 99.99),
    ],
)
def test_a_percentage_and_its_value(sentence: str, found: str, value: int | float) -> None:
    assert _found(PERCENT, sentence) == [found]
    assert parse_percent(found) == value


@pytest.mark.parametrize(
    "sentence", ["1000%", "x45%", "45 percentage points", "a 45 percentile", "forty per cent"]
)
def test_what_is_no_percentage(sentence: str) -> None:
    assert _found(PERCENT, sentence) == []


@pytest.mark.parametrize(
    ("sentence", "found", "value"),
    [
        ("it runs for 90 minutes", "90 minutes", "90 min"),
        ("a 90-minute film", "90-minute", "90 min"),
        ("a 90\u00a0min drama", "90\u00a0min", "90 min"),
        ("twenty-five mins of it", "twenty-five mins", "25 min"),
        ("it lasts 2 hours", "2 hours", "2 hours"),
        ("a two-hour special", "two-hour", "2 hours"),
        ("two hrs long", "two hrs", "2 hours"),
        ("an hour of television", "an hour", "1 hour"),
        ("the hour-long drama", "hour", "1 hour"),
        ("a half-hour show", "half-hour", "30 min"),
        ("in half an hour", "half an hour", "30 min"),
        ("an hour and a half", "an hour and a half", "90 min"),
        ("one and a half hours", "one and a half hours", "90 min"),
        ("a two-and-a-half-hour epic", "two-and-a-half-hour", "150 min"),
        ("1.5 hours", "1.5 hours", "90 min"),
        ("0.25 hours", "0.25 hours", "15 min"),
        ("it runs 1h30m", "1h30m", "1h30m"),
        ("1h 05min", "1h 05min", "1h5m"),
        # As a listings box prints it: "2hr 30min" was no duration.
        ("Running time: 2hr 30min", "2hr 30min", "2h30m"),
        ("runs 2 hrs 15 mins", "2 hrs 15 mins", "2h15m"),
        # Hours and minutes written out: "one hour and 32 minutes" was "1 hour".
        ("it runs one hour and 32 minutes", "one hour and 32 minutes", "1h32m"),
        ("1 hour, 32 minutes long", "1 hour, 32 minutes", "1h32m"),
        ("two hours 15 minutes", "two hours 15 minutes", "2h15m"),
        ("an hour and 30 minutes", "an hour and 30 minutes", "1h30m"),
        ("filmed over three weeks", "three weeks", "3 weeks"),
        ("in a day", "a day", "1 day"),
        ("1 week", "1 week", "1 week"),
    ],
)
def test_a_duration_and_its_value_in_its_own_unit(sentence: str, found: str, value: str) -> None:
    assert _found(DURATION, sentence) == [found]
    assert parse_duration(found) == value


@pytest.mark.parametrize(
    "sentence",
    ["an hourly bulletin", "hours of fun", "the 90s", "5 hoursx", "x5 hours", "1h30"],
)
def test_what_is_no_duration(sentence: str) -> None:
    assert _found(DURATION, sentence) == []


@pytest.mark.parametrize("text", ["foo minutes", "minutes", "half a day", "", "90"])
def test_words_that_are_no_duration_have_no_value(text: str) -> None:
    assert parse_duration(text) is None


@pytest.mark.parametrize(
    ("sentence", "found", "exact", "about"),
    [
        ("about 90 minutes long", "about 90 minutes", "90 minutes", True),
        ("Around an hour and a half", "Around an hour and a half", "an hour and a half", True),
        ("roughly  2 hours", "roughly  2 hours", "2 hours", True),
        ("approximately 30 mins", "approximately 30 mins", "30 mins", True),
        ("90 minutes", "90 minutes", "90 minutes", False),
    ],
)
def test_an_approximate_duration(sentence: str, found: str, exact: str, about: bool) -> None:
    assert _found(DURATION, sentence) == [found]
    assert without_about(found) == (exact, about)
    assert parse_duration(exact) is not None


def test_a_long_run_of_digits_and_words_is_read_in_one_pass() -> None:
    """No pattern backtracks over a hostile sentence: each ends, with nothing found."""
    digits = "1" * 100_000
    assert _found(INTEGER, digits) == []
    assert _found(NUMBER, digits) == []
    assert _found(PERCENT, digits + "%") == []
    assert _found(DURATION, "and a half " * 10_000) == []


def _one_end(text: str, value: str) -> bool:
    start = text.index(value)
    return one_end_of_range(text, start, start + len(value))


def test_one_end_of_a_range() -> None:
    """Either end of "eight to ten hours", "8-10 hours", "between 2013 and 2015" is one
    end of a range; a value with no other end beside it is not."""
    ends = [
        ("It takes eight to ten hours.", "ten hours"),
        ("It takes 8-10 hours.", "10 hours"),
        ("It takes 8 – 10 hours.", "10 hours"),
        ("It takes three or four days.", "four days"),
        ("It was rebuilt between 2013 and 2015.", "2013"),
        ("It was rebuilt between 2013 and 2015.", "2015"),
        ("It ran from 2013 to 2015.", "2013"),
    ]
    alone = [
        ("It takes ten hours.", "ten hours"),
        ("It was rebuilt in 2015 to a new design.", "2015"),
        ("It is shown from 8 December.", "8 December"),
        ("Its 47-year-old star.", "47"),
    ]
    assert [_one_end(*case) for case in ends] == [True] * len(ends)
    assert [_one_end(*case) for case in alone] == [False] * len(alone)


@pytest.mark.parametrize(
    ("cue", "text", "scaled"),
    [
        (r"rated (?P<value>\d+)", "It is rated 4/5 by our critic.", True),
        (r"rated (?P<value>\d+)", "It is rated 8 out of 10.", True),
        (r"(?P<value>\d+) stars", "It gets 4/5 stars.", True),  # the 5 of 4/5
        (r"(?P<value>\d+) out of 5", "It is rated 4 out of 5.", False),  # the cue says so
        (r"(?P<value>\d+)/5", "It is rated 4/5.", False),
        (r"rated (?P<value>\d+)", "It is rated 4 by our critic.", False),
        (r"(?P<value>\d+) stars", "Shot under 300 stars.", False),
    ],
)
def test_a_mark_out_of_a_scale_is_no_number_of_its_own(cue: str, text: str, scaled: bool) -> None:
    match = re.search(cue, text)
    assert match is not None
    assert on_a_scale(match, "value") is scaled


@pytest.mark.parametrize(
    ("cue", "text", "claimed"),
    [
        (r"(?P<value>\d+%) of the audience", "Nearly 90% of the audience stood.", False),
        (r"(?P<value>\d+%) of the audience", "Some 90% of the audience stood.", True),
        (r"(?i:more than) (?P<value>\d+%)", "More than 90% of the audience stood.", True),
        (r"runs for up to (?P<value>\d+)", "It runs for up to 150 minutes.", True),
        (r"(?P<value>\d+) minutes", "It runs for up to 150 minutes.", False),
        (r"(?P<value>\d+) minutes", "It runs for eight to 150 minutes.", False),
        (r"rated (?P<value>\d+)", "It is rated 4/5.", False),
    ],
)
def test_a_bound_a_range_or_a_scale_is_no_value(cue: str, text: str, claimed: bool) -> None:
    """A bound, one end of a range or a mark out of a scale is no value the article
    claims; a cue whose words take in the bound says it is."""
    match = re.search(cue, text)
    assert match is not None
    assert claims_no_value(match, "value") is not claimed
