"""The forms to write for numbers and durations written otherwise: each next step names
what was read and what to write, and none is offered that would be refused in turn."""

from __future__ import annotations

import pytest

from validator.model.property_types.number_forms import (
    TOO_LARGE,
    base_of,
    duration_words,
    figures_alone,
    in_decimal,
    other_base,
    unquoted_words,
    written_form,
    written_number,
)
from validator.model.property_types.registry import parse_value


@pytest.mark.parametrize(
    ("raw", "unit", "whole", "step"),
    [
        (
            "0b10110",
            "years",
            True,
            "; it is the binary number 22, written as text: write numbers in decimal digits "
            "(22, if that is the number meant)",
        ),
        (
            " 0X10 ",
            None,
            True,
            "; it is the hexadecimal number 16, written as text: write numbers in decimal "
            "digits (16, if that is the number meant)",
        ),
        ("0b12", None, True, ""),  # no binary number
        # A place in a chart, as the chart prints it.
        (
            "No. 2",
            "position",
            True,
            "; write 2: a place in a ranking is written as its number alone",
        ),
        ("#3", None, True, "; write 3: a place in a ranking is written as its number alone"),
        ("no.12", None, True, "; write 12: a place in a ranking is written as its number alone"),
        # An age as a headline hyphenates it.
        ("29-year-old", "years", True, "; write 29: the property's unit is years"),
        ("29 - year-old", "years", True, "; write 29: the property's unit is years"),
        (
            "22%",
            "years",
            True,
            "; it is a percentage, where a number of years goes: write 22, if that is the "
            "number meant",
        ),
        (
            "22.5 %",
            "years",
            True,
            "; it is a percentage, where a number of years goes; write a whole number, such "
            "as 22 or 23",
        ),
        (
            "2.5%",
            None,
            False,
            "; it is a percentage, where a plain number goes: write 2.5, if that is the "
            "number meant",
        ),
    ],
)
def test_a_number_in_a_form_of_its_own_is_told_what_was_read(
    raw: str, unit: str | None, whole: bool, step: str
) -> None:
    assert unquoted_words(raw, written_form(raw), unit, whole) == step


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("90'", "'90'' marks minutes with a prime ('); write '90 min'"),
        ("90\u2032", "'90\u2032' marks minutes with a prime (\u2032); write '90 min'"),
        # Decimals of a text's length: the minutes to write are cut short as well.
        (
            "9." + "0" * 5000 + "'",
            f"'9.{'0' * 37}…' marks minutes with a prime ('); write '9.{'0' * 37}… min'",
        ),
        # Minutes and seconds, as a track or a match is timed.
        ("47'12\"", "'47'12\"' marks minutes and seconds with primes; write '47m12s'"),
        (
            "4\u203232\u2033",
            "'4\u203232\u2033' marks minutes and seconds with primes; write '4m32s'",
        ),
        ("4'05", "'4'05' marks minutes and seconds with primes; write '4m5s'"),
        ("4'75\"", None),  # no second of a minute
        ("1h 30", "'1h 30' gives 30 no unit; write '1h30m'"),
        ("2 hrs 15", "'2 hrs 15' gives 15 no unit; write '2h15m'"),
        ("1,090", "'1,090' parts its thousands; write 1090"),
        ("1h 75", None),  # no minute of an hour
        ("90 minutes", None),
    ],
)
def test_a_duration_written_as_a_listing_writes_it_is_told_its_form(
    text: str, message: str | None
) -> None:
    assert duration_words(text, text, written_form(text)) == message


def test_a_percentage_stays_one_where_a_percentage_goes() -> None:
    assert parse_value("22%", "percent") == parse_value(22, "percent")


def test_the_advice_for_a_long_value_is_bounded() -> None:
    grouped = "1" + ",000" * 4000
    # Past 40 characters no duration is parted by thousands: the generic step follows.
    assert duration_words(grouped, grouped, written_form(grouped)) is None
    assert other_base("0x" + "f" * 41) is None
    # 12,001 figures: too large to be a number, quoted or not.
    assert unquoted_words(grouped, written_form(grouped), "years", whole=True) == TOO_LARGE
    long = "0." + "5" * 4000  # in range, and cut as any value a message shows
    step = unquoted_words(long, written_form(long), "years", whole=False)
    assert step == f"; write 0.{'5' * 37}… without quotes"


@pytest.mark.parametrize(
    ("raw", "unit", "step"),
    [
        ("1e400", None, TOO_LARGE),
        (" -1E+400 ", None, TOO_LARGE),
        ("9" * 400, None, TOO_LARGE),
        ("1" + "0" * 16, None, TOO_LARGE),
        ("1" + "0" * 15, None, "; write 1000000000000000 without quotes"),
        ("10,000,000,000,000,000 years", "years", TOO_LARGE),
        ("10,000,000,000,000,000 CHF", "years", ""),  # no unit of the property's
        ("\uff11" * 20, None, TOO_LARGE),  # full-width digits
        ("1e5", None, "; write 100000 without an exponent or quotes"),
    ],
)
def test_a_number_too_large_is_not_told_to_lose_its_quotes(
    raw: str, unit: str | None, step: str
) -> None:
    """Without its quotes it was refused again, as too large to be a plausible value."""
    assert unquoted_words(raw, written_form(raw), unit, whole=True) == step
    assert TOO_LARGE == (
        "; it is too large to be a plausible value, with or without quotes: correct the value"
    )


def test_a_value_of_spaces_is_read_in_linear_time() -> None:
    """Two `\\s*` in a row over a run of spaces took nine seconds for one such value."""
    spaces = " " * 19_990 + "x"
    assert unquoted_words(spaces, written_form(spaces), "years", whole=True) == ""
    assert written_number(written_form(spaces), "years") is None


@pytest.mark.parametrize(
    ("text", "separators", "figures"),
    [
        (" -2.5 ", ",", "-2.5"),
        ("1,090", ",", "1090"),
        ("1 090", ",", None),  # a place that takes commas only
        ("1 090", ", ", "1090"),
        ("1_090", ", ", None),
        ("90 min", ", ", None),  # a unit's word
        ("CHF 150", ", ", None),
        ("1,09", ",", None),
    ],
)
def test_the_figures_of_a_number_alone(text: str, separators: str, figures: str | None) -> None:
    """One reading of a number as text serves the E102 of a quoted number (commas) and a
    duration parted by thousands (commas or spaces), each taking the forms it names."""
    assert figures_alone(written_form(text), separators) == figures


def test_the_number_a_text_holds_with_the_property_unit() -> None:
    assert written_number(written_form("-3"), "years") == -3
    assert written_number(written_form("-3 years"), "years") == -3
    assert written_number(written_form("CHF 150"), "years") is None
    assert written_number(written_form("1 000"), None) == 1000
    assert other_base("0o26") == ("octal", 22)
    assert in_decimal(16) == "write numbers in decimal digits (16, if that is the number meant)"


@pytest.mark.parametrize(
    ("written", "base"),
    [
        ("0x10", ("hexadecimal", 16)),
        (" 0X1f ", ("hexadecimal", 16)),
        ("0o26", ("octal", 8)),
        ("0O17", ("octal", 8)),
        ("0b101", ("binary", 2)),
        ("0B12", ("binary", 2)),  # the prefix alone: its digits are the caller's to read
        ("0x" + "F" * 50, ("hexadecimal", 16)),
        ("016", None),  # sixteen: a leading zero is no base
        ("0", None),
        ("", None),
        ("x10", None),
    ],
)
def test_the_base_of_a_number_is_named_by_its_prefix(
    written: str, base: tuple[str, int] | None
) -> None:
    assert base_of(written) == base


@pytest.mark.parametrize(
    ("written", "found"),
    [
        ("0x10", ("hexadecimal", 16)),
        (" 0X1f ", ("hexadecimal", 31)),
        ("0B11", ("binary", 3)),
        ("0b" + "1" * 40, ("binary", 2**40 - 1)),
        ("0b12", None),  # not a binary number after all
        ("0o9", None),
        ("0x", None),
        ("0x0x10", None),
        ("0x1_0", None),
        ("+0x10", None),
        ("0x-10", None),
        ("0x\u0661\u0660", None),  # digits of another script are no hexadecimal digits
        ("0x" + "f" * 41, None),  # past 40 digits a text is no age
        ("0x10 years", None),
    ],
)
def test_a_text_in_another_base_is_read_only_in_that_bases_digits(
    written: str, found: tuple[str, int] | None
) -> None:
    assert other_base(written) == found
