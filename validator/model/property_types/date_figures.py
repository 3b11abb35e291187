"""A date written in figures, day and month parted by slashes or points ("08/12/2022",
"31/12/2027", "21/07/94"), as Britain and the United States write one: the day to write
as ISO 8601 writes it, or both where the figures read two ways (8 December or 12
August). A value's date (`date_forms`) and an acknowledgement's `until` are told the
same form: "31/12/2027" can be read one way only, as there is no month 31.
"""

from __future__ import annotations

import re
from datetime import date

from validator.model.typography import shorten

__all__ = ["figure_days", "figures_and_time", "figures_words", "real_date"]

# Day and month in figures: 08/12/2022, 8.12.2022, 21/07/94.
_IN_FIGURES = re.compile(r"([0-9]{1,2})([/.])([0-9]{1,2})\2([0-9]{4}|[0-9]{2})\Z")


def real_date(year: int, month: int, day: int | None = None) -> str | None:
    """The day (or, without `day`, the month) as ISO 8601 writes it; None where the
    calendar has no such day: advice must not lead to another error."""
    try:
        found = date(year, month, 1 if day is None else day)
    except ValueError:
        return None
    return found.isoformat()[:7] if day is None else found.isoformat()


def figures_words(raw: str) -> str | None:
    """What to write instead of `raw`, a date in figures, as a message's end that opens
    with the text quoted: "'31/12/2027' is a date in figures; write it as 2027-12-31";
    None for any other text, or figures that are no day either way."""
    match = _IN_FIGURES.match(raw.strip())
    if match is None:
        return None
    shown = f"'{shorten(raw)}'"
    if len(match[4]) == 2:
        return _two_figure_year(shown, int(match[1]), int(match[3]))
    days = _readings(match)
    if len(days) == 2:
        day_first, month_first = days
        return (
            f"{shown} is a date in figures that reads two ways; write {day_first} if it is "
            f"day then month, {month_first} if it is month then day"
        )
    return f"{shown} is a date in figures; write it as {days[0]}" if days else None


def figure_days(raw: str) -> tuple[str, ...]:
    """The days `raw`, a date in figures with its year in full, may be (day then month
    first, where it reads two ways); none for any other text."""
    match = _IN_FIGURES.match(raw.strip())
    return () if match is None or len(match[4]) == 2 else _readings(match)


def figures_and_time(days: tuple[str, ...], hour: int, minute: str) -> str:
    """The end of a message for a date in figures and its time ("8/12/2022 21:00"), whose
    figures may be `days` (`figure_days`): the date-time to write, both where the
    figures read two ways."""
    times = [f"{day}T{hour:02d}:{minute}" for day in days]
    if len(times) == 2:
        return (
            f"is a date in figures and a time that reads two ways; write {times[0]} if it is "
            f"day then month, {times[1]} if it is month then day"
        )
    return f"is a date in figures and a time; write it as {times[0]}"


def _readings(match: re.Match[str]) -> tuple[str, ...]:
    first, second, year = int(match[1]), int(match[3]), int(match[4])
    day_first = real_date(year, second, first)  # 08/12/2022 as Britain writes it
    month_first = real_date(year, first, second)  # as the United States writes it
    return tuple(dict.fromkeys(day for day in (day_first, month_first) if day))


def _two_figure_year(shown: str, first: int, second: int) -> str | None:
    """The form for a date in figures whose year has two ("21/07/94"): its century is
    the writer's to give, so the year is left as YYYY; both readings where the day and
    month read two ways. Checked against a leap year, so that 29/02 is a day."""
    day_first = real_date(2000, second, first) and f"YYYY-{second:02}-{first:02}"
    month_first = real_date(2000, first, second) and f"YYYY-{first:02}-{second:02}"
    lead = f"{shown} gives its year in two figures; write the date with the year in full"
    if day_first and month_first and day_first != month_first:
        return (
            f"{lead}, as {day_first} if it is day then month, {month_first} if it is month then day"
        )
    form = day_first or month_first
    return None if form is None else f"{lead}, as {form}"
