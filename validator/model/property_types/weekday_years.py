"""The year a day written without one ("Thursday 8 December") names by its weekday.

A listing or an article names a day of its own year with its weekday and no year, and a
desk copies it so: E106 says the day gives no year and the form to write, `YYYY-12-08`.
Beside the source's publication date the weekday often settles the year (8 December
was a Thursday in 2022, a Friday in 2023, a Wednesday in 2021), which the message then
names, leaving the writing of it to the writer: a source may give the wrong weekday.
"""

from __future__ import annotations

import re
from datetime import date

from .date_forms import MONTH_NAMES, NO_YEAR, weekday_number

__all__ = ["year_by_weekday"]

_DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
# What `date_forms` says of a day without its year: the day quoted, then the form.
_TOLD = re.compile(
    rf"'(?P<weekday>[A-Za-z]{{3,9}})\.?,?\s[^']{{1,60}}' {re.escape(NO_YEAR)}"
    r"(?: and time)? with its year, as YYYY-(?P<month>[0-9]{2})-(?P<day>[0-9]{2})"
)
_YEAR = re.compile(r"(?<![0-9])[0-9]{4}(?![0-9])")  # "2022", "2022-12-07", "2022-12"


def year_by_weekday(message: str, published: str | None) -> str:
    """`message` with the year its day's weekday names, where it tells a day with its
    weekday and no year and, of the years around the source's publication (`published`,
    as messages show it: "2022-12-07", "2022-12-01..2022-12-08"), only one has that day
    on that weekday; as it was otherwise."""
    found = _TOLD.search(message) if published else None
    index = None if found is None else weekday_number(found["weekday"])
    if found is None or index is None or published is None:
        return message
    month, day = int(found["month"]), int(found["day"])
    years = [int(y) for y in _YEAR.findall(published)]
    if not years:
        return message
    around = range(min(years) - 1, max(years) + 2)
    fits = [year for year in around if _weekday(year, month, day) == index]
    if len(fits) != 1:
        return message
    named = f"{day} {MONTH_NAMES[month - 1].capitalize()}"
    return (
        f"{message}; of the years around the source's publication ({around[0]} to "
        f"{around[-1]}), {named} is a {_DAYS[index]} only in {fits[0]}"
    )


def _weekday(year: int, month: int, day: int) -> int | None:
    try:
        return date(year, month, day).weekday()
    except ValueError:  # 29 February of a year that has none
        return None
