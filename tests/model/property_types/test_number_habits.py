"""Numbers written as a newsroom's habits write them (money with its sign, a decimal comma,
points parting thousands, "none"): the E106 names the number to write."""

from __future__ import annotations

import pytest

from validator.model.property_types.base import ValueProblem
from validator.model.property_types.number_habits import (
    decimal_comma,
    habit_words,
    is_score,
    points_parting_thousands,
    scaled_unit,
)
from validator.model.property_types.registry import parse_value


@pytest.mark.parametrize(
    ("raw", "kind", "unit", "step"),
    [
        # Money in the property's own currency: the number in its unit.
        ("£295", "number", "pounds", "write 295: the property's unit is pounds"),
        ("€12.50", "number", "euros", "write 12.5: the property's unit is euros"),
        ("US$370", "number", "US dollars", "write 370: the property's unit is US dollars"),
        # Scaled by a newsroom's short word, or the unit holding a scale.
        ("£48.5m", "number", "million pounds", "write 48.5, the number in million pounds"),
        ("£1.2bn", "number", "million pounds", "write 1200, the number in million pounds"),
        ("£48,500,000", "number", "million pounds", "write 48.5, the number in million pounds"),
        ("£2k", "integer", "pounds", "write 2000, the number in pounds"),
        # Another currency: only the writer can convert it.
        ("$370", "number", "pounds", "write the number in pounds alone, without '$'"),
        # No unit: the figures alone.
        ("£48.5m", "number", None, "write 48500000, without '£'"),
        # A decimal comma.
        (
            "74,5",
            "number",
            None,
            "write 74.5, with a decimal point, if the comma marks the decimals",
        ),
        (
            "74,5 %",
            "percent",
            None,
            "write 74.5, with a decimal point, if the comma marks the decimals",
        ),
        # Points parting thousands: two are never a fraction; one is, but for a count.
        ("1.234.567", "number", None, "write 1234567: the points part its thousands"),
        (
            4.212,
            "integer",
            "infants",
            "write 4212 if the point parts thousands (4.212 for 4,212), else a whole number such "
            "as 4 or 5",
        ),
        (
            "4.212",
            "integer",
            None,
            "write 4212 if the point parts thousands (4.212 for 4,212), else a whole number such "
            "as 4 or 5",
        ),
        # A count of nothing in words.
        ("none", "integer", "deaths", "write 0, if the source means none at all"),
        ("Nil", "number", None, "write 0, if the source means none at all"),
        # A score out of a scale, as a review gives it.
        (
            "4/5",
            "integer",
            "stars",
            "it is a score out of 5: write 4 if the property counts out of 5",
        ),
        (
            "8 out of 10",
            "number",
            None,
            "it is a score out of 10: write 8 if the property counts out of 10",
        ),
        # A rating drawn in stars, as a review prints it: the filled ones.
        ("★★★★", "integer", "stars", "it is 4 stars: write 4"),
        ("★★★☆☆", "integer", "stars", "it is 3 stars out of 5: write 3"),
        ("****", "integer", "stars", "it is 4 stars: write 4"),
        ("★", "number", None, "it is 1 star: write 1"),
        # An ordinal in words.
        ("third", "integer", None, "write 3: an ordinal is written as its number"),
        ("The Twelfth", "integer", "series", "write 12: an ordinal is written as its number"),
        ("no deaths", "integer", "deaths", "write 0, if the source means none at all"),
        # A Roman numeral, as a trial's phase is written, for a whole number.
        ("III", "integer", None, "write 3, if III is the Roman numeral"),
        ("phase III", "integer", None, "write 3, without 'phase', if III is the Roman numeral"),
        ("xl", "integer", None, "write 40, if xl is the Roman numeral"),
        # A currency's code, where the unit names that currency.
        ("GBP 295", "number", "pounds", "write 295: the property's unit is pounds"),
        ("295 gbp", "number", "pounds", "write 295: the property's unit is pounds"),
        ("295 USD", "number", "pounds", "write the number in pounds alone, without 'USD'"),
        # A unit's own short form is no conversion ("12 mo is 12" said nothing).
        ("12mo", "integer", "months", "write 12: the property's unit is months"),
        # A thousand as a newsroom's "k".
        ("4k", "integer", "infants", "write 4000, the number in infants"),
        # Years where the unit is months, or months where it is years: exact.
        (
            "1 year",
            "integer",
            "months",
            "write 12: the property's unit is months, and 1 year is 12",
        ),
        (
            "1.5 years",
            "integer",
            "months",
            "write 18: the property's unit is months, and 1.5 years is 18",
        ),
        (
            "24 months",
            "integer",
            "years",
            "write 2: the property's unit is years, and 24 months is 2",
        ),
    ],
)
def test_the_number_to_write_is_named(raw: object, kind: str, unit: str | None, step: str) -> None:
    with pytest.raises(ValueProblem) as caught:
        parse_value(raw, kind, unit=unit)
    assert caught.value.message.split("; ", 1)[1] == step


@pytest.mark.parametrize(
    ("raw", "kind", "unit", "message"),
    [
        # The sign of a percentage beside a decimal comma is for a percentage only.
        ("74,5 %", "number", None, "expected a number, not '74,5 %'"),
        # A point before three figures in a number that may be a fraction is one.
        ("4.212", "number", None, "expected a number, not '4.212'; write 4.212 without quotes"),
        # A scale no newsroom writes after money, and money past the size of a number.
        ("£12 dozen", "number", "pounds", "expected a number, not '£12 dozen'"),
        ("no", "integer", None, "expected a whole number, not 'no'"),
        # A score past its scale, and a word that is no ordinal.
        ("6/5", "integer", "stars", "expected a whole number, not '6/5'"),
        ("0/0", "integer", "stars", "expected a whole number, not '0/0'"),  # out of nothing
        ("thirds", "integer", None, "expected a whole number, not 'thirds'"),
        # "No data" says nothing of the count; a numeral no one writes is no numeral.
        ("no data", "integer", "deaths", "expected a whole number, not 'no data'"),
        ("IIII", "integer", None, "expected a whole number, not 'IIII'"),
        ("Phase IIb", "integer", None, "expected a whole number, not 'Phase IIb'"),
        ("III", "number", None, "expected a number, not 'III'"),
        # Pounds where the unit is millions of them: the writer's to convert.
        (
            "295 pounds",
            "number",
            "million pounds",
            "expected a number, not '295 pounds'; write the number in million pounds alone, "
            "without 'pounds'",
        ),
        # Months that make no whole number of years: the writer's to say which.
        (
            "18 months",
            "integer",
            "years",
            "expected a whole number, not '18 months'; write the number in years alone, "
            "without 'months'",
        ),
    ],
)
def test_what_is_no_habit_gets_no_step_of_it(
    raw: object, kind: str, unit: str | None, message: str
) -> None:
    with pytest.raises(ValueProblem) as caught:
        parse_value(raw, kind, unit=unit)
    assert caught.value.message == message


def test_a_decimal_comma_before_three_figures_parts_thousands() -> None:
    assert decimal_comma("4,478", percent=False) is None
    assert decimal_comma("74,5 %", percent=False) is None
    assert decimal_comma("74,5 %", percent=True) is not None


def test_one_point_parts_thousands_only_where_a_whole_number_goes() -> None:
    assert points_parting_thousands("4.212", whole=False) is None
    assert points_parting_thousands("4.21", whole=True) is None


def test_figures_past_the_scale_a_unit_holds_may_be_in_its_units() -> None:
    assert scaled_unit("48500000", "million pounds") == (
        "; write 48.5, the number in million pounds, if the source's figure is in pounds"
        " (else 48500000, without separators or quotes)"
    )
    assert scaled_unit("480", "million pounds") is None
    assert scaled_unit("48500000", "pounds") is None
    with pytest.raises(ValueProblem) as caught:
        parse_value("48,500,000", "number", unit="million pounds")
    assert caught.value.message == (
        "expected a number, not '48,500,000'; write 48.5, the number in million pounds, if the "
        "source's figure is in pounds (else 48500000, without separators or quotes)"
    )


def test_a_long_text_is_read_as_no_money() -> None:
    assert habit_words("£" + "1" * 200, "pounds", whole=False) == ""


def test_figures_over_figures_are_a_score_out_of_a_usual_scale_only() -> None:
    # "47/48" is two values a source gives (`value_parts` tells them), not a score out
    # of 48; out of five, ten, twenty or a hundred it is one.
    assert [is_score(raw) for raw in ("4/5", "7.5 / 10", "17 out of 20", "6/5", "3/0")] == [
        True
    ] * 5
    assert [is_score(raw) for raw in ("47/48", "90/95", "4/5/6", "four/5")] == [False] * 4
    assert habit_words("47/48", "years", True) == ""
    assert habit_words("4/5", "stars", True) == (
        "; it is a score out of 5: write 4 if the property counts out of 5"
    )
