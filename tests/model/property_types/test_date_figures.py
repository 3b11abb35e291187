"""A date in figures (08/12/2022, 31/12/2027, 21/07/94): the day to write, both days
where the figures read two ways, and nothing where neither way is a day."""

from __future__ import annotations

import pytest

from validator.model.property_types.date_figures import (
    figure_days,
    figures_and_time,
    figures_words,
    real_date,
)


@pytest.mark.parametrize(
    ("raw", "words"),
    [
        # 31 is no month: one way to read it.
        ("31/12/2027", "'31/12/2027' is a date in figures; write it as 2027-12-31"),
        ("12/31/2027", "'12/31/2027' is a date in figures; write it as 2027-12-31"),
        ("31.12.2027", "'31.12.2027' is a date in figures; write it as 2027-12-31"),
        (
            "07/12/2022",
            "'07/12/2022' is a date in figures that reads two ways; write 2022-12-07 if it "
            "is day then month, 2022-07-12 if it is month then day",
        ),
        (
            " 21/07/94 ",
            "' 21/07/94 ' gives its year in two figures; write the date with the year in "
            "full, as YYYY-07-21",
        ),
    ],
)
def test_a_date_in_figures_is_told_the_day_to_write(raw: str, words: str) -> None:
    assert figures_words(raw) == words


@pytest.mark.parametrize("raw", ["31/02/2027", "32/13/2027", "31/12-2027", "2027-12-31", ""])
def test_figures_that_are_no_day_are_told_nothing(raw: str) -> None:
    assert figures_words(raw) is None


def test_a_real_date_is_the_day_or_the_month_the_calendar_has() -> None:
    assert real_date(2027, 12, 31) == "2027-12-31"
    assert real_date(2027, 12) == "2027-12"
    assert real_date(2027, 2, 29) is None
    assert real_date(2027, 13) is None


def test_the_days_a_date_in_figures_may_be() -> None:
    """What an `--until` in figures is checked against today by: the message's days."""
    assert figure_days("31/12/2027") == ("2027-12-31",)
    assert figure_days(" 08/12/2027 ") == ("2027-12-08", "2027-08-12")
    assert figure_days("08/08/2027") == ("2027-08-08",)
    assert figure_days("21/07/94") == ()  # its century is the writer's to give
    assert figure_days("31/02/2027") == ()
    assert figure_days("2027-12-31") == ()


def test_a_date_in_figures_and_its_time_is_told_the_date_time_to_write() -> None:
    assert figures_and_time(("2027-12-31",), 21, "00") == (
        "is a date in figures and a time; write it as 2027-12-31T21:00"
    )
    assert figures_and_time(("2027-12-08", "2027-08-12"), 9, "30") == (
        "is a date in figures and a time that reads two ways; write 2027-12-08T09:30 if it is "
        "day then month, 2027-08-12T09:30 if it is month then day"
    )
