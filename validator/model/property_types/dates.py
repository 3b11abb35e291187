"""The date type: a date of any precision (a year, a month, a day, a minute) is the span
of whole minutes it covers, and an interval `{from, to}` runs from the first minute of
its start to the last of its end.
"""

from __future__ import annotations

import re
from calendar import monthrange
from datetime import date
from functools import lru_cache
from typing import Any

from validator.model.typography import shorten
from validator.model.values import (
    MINUTES_PER_DAY,
    Span,
    ValueSet,
    date_to_minutes,
    minutes_to_date,
    span_of_days,
)

from .base import (
    NumberTexts,
    PropertyType,
    ValueProblem,
    Written,
    describe_raw,
    number_text,
    number_words,
    one_end,
    reversed_interval,
    type_words,
)
from .date_forms import TIME_ZONE, written_otherwise
from .relative_dates import relative_day_words

__all__ = [
    "DATE",
    "date_span",
    "day_as_number",
    "describe_date",
    "describe_span_dates",
    "month_as_number",
    "seconds_words",
    "time_words",
]

_DATE = re.compile(
    r"(?P<y>[0-9]{4})(?:-(?P<m>[0-9]{2})(?:-(?P<d>[0-9]{2})(?:T(?P<H>[0-9]{2}):(?P<M>[0-9]{2}))?)?)?\Z"
)
# A date-time to the second (or a fraction of one), as ISO 8601 and most systems write it.
_WITH_SECONDS = re.compile(
    r"([0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}):[0-9]{2}(?:\.[0-9]+)?\Z"
)


def _real_minute(form: re.Pattern[str], raw: object) -> re.Match[str] | None:
    """`raw` matched by `form` when its first group is a real minute of the calendar:
    advice to write that minute must not lead to another error."""
    match = form.match(raw) if isinstance(raw, str) else None
    if match is None:
        return None
    try:
        _date_span(match[1])
    except ValueProblem:
        return None
    return match


def seconds_words(raw: object) -> str | None:
    """What to write instead of a real date-time with seconds, else None:
    `2022-12-08T21:00:00` is `2022-12-08T21:00`. Dates go down to the minute (DESIGN
    section 2), so seconds are refused, but with the form to write: "not a date" sent a
    desk looking for a mistake in a date that had none. The seconds are dropped, not
    rounded: the minute they fall in is the span that contains them."""
    match = _real_minute(_WITH_SECONDS, raw)
    if match is None:
        return None
    return (
        f"'{shorten(match.string)}' has seconds, but factlint takes date-times to the minute; "
        f"drop the seconds: write {match[1]}"
    )


# A date-time with a time zone, as ISO 8601 and Wikidata's exports write it, or as a
# listing does, in letters after a space ("2022-12-08T21:00 GMT").
_WITH_ZONE = re.compile(
    r"([0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2})(?::[0-9]{2}(?:\.[0-9]+)?)?"
    r"\s*(" + TIME_ZONE + r")\Z"
)


def time_words(raw: object) -> str | None:
    """What to write instead of a real date-time to the second or with a time zone, or
    of a date written another way (`date_forms`: "8 December 2022"), or why a date of
    the right form is no minute of the calendar, else None. A zone is not dropped
    silently: the time to write is the one the source meant, which the zone may have
    moved."""
    seconds = seconds_words(raw)
    if seconds is not None:
        return seconds
    match = _real_minute(_WITH_ZONE, raw)
    if match is None:
        return _unreal_words(raw) or written_otherwise(raw)
    return (
        f"'{shorten(match.string)}' has a time zone ({match[2]}), but factlint's dates and "
        f"times have none: write the time as the source gives it, such as {match[1]}"
    )


def _unreal_words(raw: object) -> str | None:
    """Why a text of a date's form (`2022-13-01`, `2022-12-08T24:00`) is no minute of the
    calendar, as a value's E106 says it ("there is no month 13"), else None. The
    schema's pattern refuses such a `published` or `as_of`, and its E102 said only that
    the text "does not have the expected form (a date such as ... 2022-12-08 ...)",
    which it plainly has."""
    if not isinstance(raw, str) or _DATE.match(raw) is None:
        return None
    try:
        _date_span(raw)
    except ValueProblem as problem:
        return problem.message
    return None


def describe_date(raw: Any) -> str:
    """A written date or date interval as reports show it. A year written as a number
    is a date like any other: `{from: 2022}` reads "2022 or later", as `{from: "2022"}`
    does, not "at least 2022", which is how a number's interval reads."""
    if isinstance(raw, dict) and "about" not in raw:
        raw = {key: _year_words(end) for key, end in raw.items()}
    return describe_raw(_year_words(raw))


def _year_words(raw: Any) -> Any:
    if isinstance(raw, int | float) and not isinstance(raw, bool) and float(raw).is_integer():
        return str(int(raw)) if abs(raw) < 1e6 else raw
    return raw


def date_span(raw: Any, text: str | None = None) -> Span:
    """A date of any precision as the span of minutes it covers; raises ValueProblem,
    quoting a number as written (`text`), where that is known."""
    if type(raw) is str:
        # The same few hundred dates recur across thousands of claims (publication
        # dates, as_of); a span is immutable, so one parse serves them all.
        return _text_date_span(raw)
    return _date_span(raw, text)


@lru_cache(maxsize=8192)
def _text_date_span(raw: str) -> Span:
    return _date_span(raw)


def day_as_number(raw: int) -> str:
    """The next step for a day written as one number, as a spreadsheet or a script may
    export 8 December 2022 (20221208): the day as text."""
    text = str(raw)
    if len(text) != 8:
        return ""
    try:
        day = date(int(text[:4]), int(text[4:6]), int(text[6:]))
    except ValueError:
        return ""
    return f"; for the day {day.isoformat()}, write it as text: '{day.isoformat()}'"


# A year and a month parted by a point, as some write a month (2022.12): a number to YAML.
# Two figures of month: 2022.5 may as well be a year and a half.
_MONTH_AS_NUMBER = re.compile(r"([0-9]{4})\.(0[1-9]|1[0-2])\Z")


def month_as_number(shown: str) -> str:
    """The next step for a number written where a date goes, as `shown` (its figures as
    written): the month it reads as, where it is a year and a month parted by a point
    (2022.12), else ""."""
    month = _MONTH_AS_NUMBER.match(shown)
    if month is None:
        return ""
    written = f"{month[1]}-{month[2]}"
    return f"for the month {written}, write it as text: '{written}'"


def _date_span(raw: Any, text: str | None = None) -> Span:
    if type(raw) is float and raw.is_integer() and abs(raw) <= 1e6:
        raw = int(raw)  # 2022.0, as some JSON writers print 2022: the year, as the schema has it
    if isinstance(raw, bool):
        # Not quoted: `'true'` read as the text "true", which was not what was written.
        raise ValueProblem(
            f"expected a date such as 2022-12-08, not the boolean {describe_raw(raw)}; "
            "write the date the source gives"
        )
    if type(raw) is float:
        # Not quoted, as a text would be: `2022.12` is a number, and told as one.
        shown = number_words(raw, text)
        raise ValueProblem(
            f"expected a date such as 2022-12-08, not the number {shown}; "
            f"{month_as_number(shown) or 'write the date as text, such as 2022-12-08'}"
        )
    if not isinstance(raw, int | str):
        raise ValueProblem(f"expected a date such as 2022-12-08, not {describe_raw(raw)!r}")
    if isinstance(raw, int):
        if not 1 <= raw <= 9999:
            shown = number_words(raw, text)
            raise ValueProblem(f"{shown} is not a year between 1 and 9999{day_as_number(raw)}")
        return span_of_days(date(raw, 1, 1), date(raw, 12, 31))
    match = _DATE.match(raw.strip())
    if not match:
        # A relative day is told here, not in `time_words`: an `as_of` so written is
        # told, in its E102, that it may be left out.
        words = time_words(raw.strip()) or relative_day_words(raw)
        if words is not None:
            raise ValueProblem(words)
        raise ValueProblem(
            f"'{shorten(raw)}' is not a date; write 2022, 2022-12, 2022-12-08 or 2022-12-08T21:00"
        )
    year = int(match["y"])
    try:
        if match["m"] is None:
            return span_of_days(date(year, 1, 1), date(year, 12, 31))
        month = int(match["m"])
        if match["d"] is None:
            # Its last day from the calendar: the day after December 9999 does not exist.
            last = date(year, month, monthrange(year, month)[1])
            return span_of_days(date(year, month, 1), last)
        day = date(year, month, int(match["d"]))
        if match["H"] is None:
            return span_of_days(day, day)
        hour, minute = int(match["H"]), int(match["M"])
        if hour > 23 or minute > 59:
            raise ValueError("time out of range")
    except ValueError:
        why = _not_real(match)
        raise ValueProblem(f"'{raw}' is not a real date{why}") from None
    point = date_to_minutes(day) + hour * 60 + minute
    return Span(point, point)


# In English whatever the locale (calendar.month_name follows it): reports are the same
# bytes on every machine.
_MONTHS = (
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
)  # fmt: skip


def _not_real(match: re.Match[str]) -> str:
    """Why a date of the right form names no minute of the calendar: the part that
    is out of its range, so the message says which one to correct."""
    year, month = int(match["y"]), int(match["m"] or 1)
    if year < 1:
        return ": there is no year 0"
    if not 1 <= month <= 12:
        return f": there is no month {month}"
    days = monthrange(year, month)[1]
    if match["d"] is not None and not 1 <= int(match["d"]) <= days:
        return f": {_MONTHS[month - 1]} {year} has days 1 to {days}"
    if match["H"] is not None:
        return ": a time of day runs from 00:00 to 23:59"
    return ""


def _parse(written: Written) -> ValueSet:
    raw = written.raw
    if isinstance(raw, dict):
        if "about" in raw:
            raise ValueProblem("a date cannot be approximate; give an interval {from, to}")
        texts = written.texts
        low = date_span(raw["from"], number_text(texts, "from")).low if "from" in raw else None
        high = date_span(raw["to"], number_text(texts, "to")).high if "to" in raw else None
        if low is not None and high is not None and low > high:
            raise _year_as_number(raw, texts) or reversed_interval(raw, texts)
        return Span(low, high)
    return date_span(raw, number_text(written.texts))


def _year_as_number(raw: dict[str, Any], texts: NumberTexts) -> ValueProblem | None:
    """The problem of an interval that ends in a number too small to be the year meant
    (`{from: 2022-12-01, to: 90}`: 90 days, say), or None. A number is a year, so the
    interval ran backwards, and "swap from and to" made the year 90 its start."""
    end = raw["to"]
    if type(end) not in (int, float) or abs(end) >= 1000:
        return None
    shown = describe_raw(end)
    return ValueProblem(
        f"to: {number_words(end, number_text(texts, 'to'))} is read as the year {shown}, "
        "before the interval's start "
        f"({describe_date(raw['from'])}); write to: as a date, as from: is",
        ("to",),
    )


def _minute_text(minutes: float) -> str:
    day = minutes_to_date(minutes)
    within = int(minutes - day.toordinal() * MINUTES_PER_DAY)
    return f"{day.isoformat()}T{within // 60:02d}:{within % 60:02d}"


def describe_span_dates(span: Span) -> str:
    """A span of minutes as the dates it covers: a day, a range of days, or a minute.
    A span open at one end reads as a written date interval does (`describe_date`):
    "2022-12-01 or later", "2022-12-08 or earlier", not "2022-12-01..…"."""
    if span.empty:
        return "no date"
    if span.is_point and span.low is not None:
        return _minute_text(span.low)
    low = None if span.low is None else minutes_to_date(span.low)
    high = None if span.high is None else minutes_to_date(span.high)
    whole_days = (span.low is None or span.low % MINUTES_PER_DAY == 0) and (
        span.high is None or span.high % MINUTES_PER_DAY == MINUTES_PER_DAY - 1
    )
    if not whole_days:
        start = "…" if span.low is None else _minute_text(span.low)
        end = "…" if span.high is None else _minute_text(span.high)
        return _open_ended(start, end)
    if low is not None and high is not None:
        if low == high:
            return low.isoformat()
        # The last day of its month, found without stepping past 9999-12-31.
        if low.day == 1 and high.day == monthrange(high.year, high.month)[1]:
            if low.year == high.year and low.month == high.month:
                return f"{low.year:04d}-{low.month:02d}"
            if (low.month, high.month, high.day) == (1, 12, 31) and low.year == high.year:
                return f"{low.year:04d}"
    return _open_ended(_day(low), _day(high))


def _day(day: date | None) -> str:
    return "…" if day is None else day.isoformat()


def _open_ended(start: str, end: str) -> str:
    """`start..end`, or where one end is open ("…"), the other as `one_end` words it."""
    if (start == "…") != (end == "…"):
        return one_end(end if start == "…" else start, start != "…", dated=True)
    return f"{start}..{end}"


def _describe(values: ValueSet, unit: str | None) -> str:
    assert isinstance(values, Span)
    return describe_span_dates(values)


DATE = PropertyType("date", Span, _parse, _describe, type_words("date"))
