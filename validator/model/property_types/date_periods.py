"""Periods a desk gives a date as, which factlint writes otherwise: a quarter of a year
("2019-Q2", "Q2 2019") and an ISO 8601 week ("2022-W49", "2022-W49-4") as an interval,
a month and year in figures ("12/2022") as the month. Each is refused with the form it
stands for: a week was told only "is not a date".
"""

from __future__ import annotations

import re
from datetime import date, timedelta

__all__ = ["period_words"]

# A quarter of a year, as a company's results or a project's plan gives a date:
# "2019-Q2", "2019 Q2", "Q2 2019".
_QUARTER = re.compile(r"(?:([0-9]{4})[-\s]?Q([1-4])|Q([1-4])[-\s]?([0-9]{4}))\Z", re.I)
# A week as ISO 8601 numbers it, with a day of it or not: "2022-W49", "2022W49", "2022-W49-4".
_WEEK = re.compile(r"([0-9]{4})-?W([0-9]{2})(?:-?([1-7]))?\Z", re.I)


# A month and its year in figures, month first, as a form or a card writes them:
# "12/2022", "03.2019", "3-2019".
_MONTH_YEAR = re.compile(r"(0?[1-9]|1[0-2])[/.-]([0-9]{4})\Z")


def period_words(text: str) -> str | None:
    """What to write for `text`, a quarter, a week or a month in figures, as the end of
    a message that opens with the text quoted; None for anything else, or a period the
    calendar has not (week 53 of most years)."""
    return _quarter(text) or _week(text) or _month_year(text)


def _month_year(text: str) -> str | None:
    """A month and year in figures ("12/2022"), which was told only that it lacked a
    date's form, as the month."""
    match = _MONTH_YEAR.match(text)
    if match is None or int(match[2]) < 1:
        return None
    return f"is a month and year in figures; write it as {match[2]}-{int(match[1]):02d}"


def _quarter(text: str) -> str | None:
    """A quarter, as the interval of its three months."""
    match = _QUARTER.match(text)
    if match is None:
        return None
    year, quarter = int(match[1] or match[4]), int(match[2] or match[3])
    if year < 1:
        return None
    first, last = f"{year:04d}-{quarter * 3 - 2:02d}", f"{year:04d}-{quarter * 3:02d}"
    return (
        f"is a quarter of a year; write it as an interval of months: {{from: {first}, to: {last}}}"
    )


def _week(text: str) -> str | None:
    """An ISO week, as the interval of its days, Monday to Sunday; a day of it, as
    that day."""
    match = _WEEK.match(text)
    if match is None:
        return None
    try:
        monday = date.fromisocalendar(int(match[1]), int(match[2]), 1)
        day = None if match[3] is None else date.fromisocalendar(*map(int, match.groups()))
        sunday = monday + timedelta(days=6)
    except (ValueError, OverflowError):
        return None
    if day is not None:
        return f"is a day of an ISO week; write the day itself, {day.isoformat()}"
    return (
        f"is an ISO week; write it as an interval of days: "
        f"{{from: {monday.isoformat()}, to: {sunday.isoformat()}}}"
    )
