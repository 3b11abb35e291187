"""Derived properties: the ages a birth date gives over a claim's `as_of`, and the birth
dates an age allows (DESIGN section 4: an age at an as_of denotes the birth dates it
allows), at the edges of the calendar: leap days, partial dates, open as_ofs."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from validator.model.property_types import registry
from validator.model.property_types.dates import describe_span_dates
from validator.model.property_types.derived import AGE, Implied, day_range
from validator.model.values import EMPTY_SPAN, Span


def _when(raw: Any) -> Span:
    span = registry.parse_value(raw, "date")
    assert isinstance(span, Span)
    return span


def test_an_age_is_what_a_birth_date_gives_at_the_claims_date() -> None:
    born = registry.parse_value("1975-10-05", "date")
    assert isinstance(born, Span)
    on_a_day = registry.parse_value("2022-10-06", "date")
    across = registry.parse_value({"from": "2022-10-01", "to": "2022-10-10"}, "date")
    later = registry.parse_value({"from": "2023-05-14"}, "date")
    assert isinstance(on_a_day, Span) and isinstance(across, Span) and isinstance(later, Span)
    assert AGE.implied(born, on_a_day) == Implied(Span(47, 47), "47", "throughout")
    assert AGE.implied(born, across) == Implied(Span(46, 47), "between 46 and 47", "in that time")
    assert AGE.implied(born, later) == Implied(
        Span(47, 8024),
        "47 until 2023-10-04, 48 or more after",
        "",
        "the date gives, over {as_of}, an age of {values}",
    )
    assert AGE.decides(born, across) == (46, 47)
    # Aged 47 on 2022-10-06: born from 1974-10-07 to 1975-10-06, every minute of it.
    assert AGE.base_values(Span(47, 47), on_a_day) == Span(
        registry.parse_value("1974-10-07", "date").low,  # type: ignore[union-attr]
        registry.parse_value("1975-10-06", "date").high,  # type: ignore[union-attr]
    )


def test_an_age_before_the_birth_is_not_yet_born() -> None:
    born = registry.parse_value("2000-10-12", "date")
    before = registry.parse_value("1990-01-01", "date")
    that_year = registry.parse_value("2000", "date")
    since = registry.parse_value({"from": "1990"}, "date")
    assert isinstance(born, Span) and isinstance(before, Span)
    assert isinstance(that_year, Span) and isinstance(since, Span)
    # The set keeps the negative ages, so any age claimed then is refuted.
    assert AGE.implied(born, before) == Implied(
        Span(-11, -11), "not yet born", "then", "the date is after {as_of}"
    )
    assert AGE.implied(born, that_year) == Implied(
        Span(-1, 0),
        "not yet born, then 0",
        "in that time",
        "the date falls within {as_of}: not yet born, then 0",
    )
    assert AGE.implied(born, since).text == "not yet born, then 0 or more"


def test_day_range_gives_the_first_and_last_day_open_ends_the_calendars() -> None:
    assert day_range(_when("2022-12")) == (date(2022, 12, 1), date(2022, 12, 31))
    assert day_range(_when("2022-12-08T21:00")) == (date(2022, 12, 8), date(2022, 12, 8))
    assert day_range(Span(None, None)) == (date(1, 1, 1), date(9999, 12, 31))
    assert day_range(_when({"from": "2024-02-29"})) == (date(2024, 2, 29), date(9999, 12, 31))


@pytest.mark.parametrize(
    ("as_of", "age"),
    [
        ("2001-02-28", 0),  # no 29 February in 2001: the birthday is 1 March
        ("2001-03-01", 1),
        ("2004-02-28", 3),
        ("2004-02-29", 4),
        ("2100-02-28", 99),  # 2100 is no leap year
        ("2100-03-01", 100),
    ],
)
def test_someone_born_on_a_leap_day_is_a_year_older_on_1_march(as_of: str, age: int) -> None:
    born = _when("2000-02-29")
    assert AGE.implied(born, _when(as_of)) == Implied(Span(age, age), str(age), "throughout")


def test_an_open_as_of_after_a_leap_day_birth_names_the_next_birthday() -> None:
    born = _when("2000-02-29")
    # The 23rd birthday falls in 2023, which has no 29 February: 1 March, so 22 until
    # the day before; the 24th is on 29 February 2024 itself.
    assert AGE.implied(born, _when({"from": "2022-05-14"})).text == (
        "22 until 2023-02-28, 23 or more after"
    )
    assert AGE.implied(born, _when({"from": "2023-05-14"})).text == (
        "23 until 2024-02-28, 24 or more after"
    )


def test_a_birth_date_known_to_the_year_gives_every_age_it_allows() -> None:
    born = _when("1975")
    assert AGE.implied(born, _when("2022-10-06")) == Implied(
        Span(46, 47), "between 46 and 47", "in that time"
    )
    # No single next birthday to name: the ages from then on, without inventing one.
    assert AGE.implied(born, _when({"from": "2022"})) == Implied(Span(46, 8024), "46 or more", "")
    assert AGE.decides(born, _when("2022-10-06")) == (46, 47)


def test_an_as_of_open_at_its_start_begins_before_any_birth() -> None:
    implied = AGE.implied(_when("2000-02-29"), _when({"to": "2022"}))
    assert implied == Implied(
        Span(-2000, 22),
        "not yet born, then between 0 and 22",
        "in that time",
        "the date falls within {as_of}: not yet born, then between 0 and 22",
    )


@pytest.mark.parametrize(
    ("ages", "as_of", "births"),
    [
        # Aged 0 on 29 February 2004: born on 1 March 2003 or later, up to that day.
        (Span(0, 0), "2004-02-29", "2003-03-01..2004-02-29"),
        (Span(1, 1), "2004-02-29", "2002-03-01..2003-02-28"),
        # Born on 29 February 2000, four on 29 February 2004: the latest birth date.
        (Span(4, 4), "2004-02-29", "1999-03-01..2000-02-29"),
        (Span(47, None), "2022-10-06", "1975-10-06 or earlier"),
        (Span(None, None), "2022-10-06", "2022-10-06 or earlier"),
        (Span(47, 47), {"to": "2022-10-06"}, "1975-10-06 or earlier"),
        (Span(47, 47), {"from": "2022-10-06"}, "1974-10-07..9952-12-31"),
        # About 47 (an age within half a year either side) is 47: ages are whole years.
        (Span(46.5, 47.5), "2022-10-06", "1974-10-07..1975-10-06"),
    ],
)
def test_an_age_allows_the_birth_dates_that_reach_it(ages: Span, as_of: Any, births: str) -> None:
    assert describe_span_dates(AGE.base_values(ages, _when(as_of))) == births


@pytest.mark.parametrize(
    "ages",
    [
        Span(-1, -1),
        Span(-3, -1),
        Span(None, -1),
        Span(22.2, 22.8),  # no whole age in it
    ],
)
def test_an_age_no_one_can_be_allows_no_birth_date(ages: Span) -> None:
    """An age below 0 allows no birth date: it was taken as every birth date up to the
    as_of (the ages of 0 or more it does not include), so a claim of age -1 compared as
    consistent with every other age claimed of the subject."""
    assert AGE.base_values(ages, _when("2022-10-06")) == EMPTY_SPAN


def test_age_is_an_integer_derived_from_a_date() -> None:
    assert (AGE.name, AGE.base_type, AGE.value_type) == ("age", "date", "integer")
    assert AGE.gives.format(base="birth date", values="47", as_of="2022-10-06") == (
        "the date gives an age of 47 over 2022-10-06"
    )
    assert AGE.held.format(subject="Kate Winslet", values="47") == "Kate Winslet was 47"
    assert AGE.projected.format(subject="Kate Winslet", values="47") == ("Kate Winslet would be 47")
