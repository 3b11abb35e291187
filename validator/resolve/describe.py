"""Sets back into words, for messages and explanations."""

from __future__ import annotations

from calendar import monthrange
from datetime import date

from validator.model.values import MINUTES_PER_DAY, Choice, Span, ValueSet, minutes_to_date

__all__ = ["describe_set", "describe_span_dates", "format_number"]


def format_number(value: float) -> str:
    if float(value).is_integer():
        return str(int(value))
    return f"{value:.6g}"


def _minute_text(minutes: float) -> str:
    day = minutes_to_date(minutes)
    within = int(minutes - day.toordinal() * MINUTES_PER_DAY)
    return f"{day.isoformat()}T{within // 60:02d}:{within % 60:02d}"


def describe_span_dates(span: Span) -> str:
    """A span of minutes as the dates it covers: a day, a range of days, or a minute."""
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
        return f"{start}..{end}"
    if low is not None and high is not None:
        if low == high:
            return low.isoformat()
        # The last day of its month, found without stepping past 9999-12-31.
        if low.day == 1 and high.day == monthrange(high.year, high.month)[1]:
            if low.year == high.year and low.month == high.month:
                return f"{low.year:04d}-{low.month:02d}"
            if (low.month, high.month, high.day) == (1, 12, 31) and low.year == high.year:
                return f"{low.year:04d}"
    return f"{_day(low)}..{_day(high)}"


def _day(day: date | None) -> str:
    return "…" if day is None else day.isoformat()


def describe_set(values: ValueSet, kind: str, unit: str | None = None) -> str:
    if isinstance(values, Choice):
        return ", ".join(sorted(values.members)) or "nothing"
    if kind == "date":
        return describe_span_dates(values)
    suffix = f" {unit}" if unit else ""
    if values.empty:
        return "nothing"
    if values.is_point and values.low is not None:
        return f"{format_number(values.low)}{suffix}"
    low = "…" if values.low is None else format_number(values.low)
    high = "…" if values.high is None else format_number(values.high)
    return f"{low}..{high}{suffix}"
