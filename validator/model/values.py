"""The set algebra every check uses: a value denotes the set of exact values it allows.

Two kinds of set cover every property type:

- `Span`, an interval of real numbers with open or closed ends, either end unbounded.
  Numbers, percents and durations live here directly; dates and date-times as whole
  minutes since 0001-01-01 (a day is the closed span of its 1,440 minutes).
- `Choice`, a finite set of discrete values: entity ids (an entity with everything
  narrower than it), normalised text, booleans.

`contains`, `disjoint`, `intersect` and `overlaps` work on any two sets of one kind;
checks never special-case a property.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date, timedelta

__all__ = [
    "EMPTY_SPAN",
    "MINUTES_PER_DAY",
    "Choice",
    "Span",
    "ValueSet",
    "age_on",
    "ages_between",
    "birth_dates_for_age",
    "contains",
    "date_to_minutes",
    "disjoint",
    "equal",
    "high_key",
    "intersect",
    "low_key",
    "minutes_to_date",
    "overlaps",
    "span_of_days",
]

MINUTES_PER_DAY = 1440


@dataclass(frozen=True, slots=True)
class Span:
    """The real numbers between `low` and `high`; `None` is an unbounded end."""

    low: float | None
    high: float | None
    low_open: bool = False
    high_open: bool = False

    @property
    def empty(self) -> bool:
        if self.low is None or self.high is None:
            return False
        if self.low > self.high:
            return True
        return self.low == self.high and (self.low_open or self.high_open)

    @property
    def is_point(self) -> bool:
        return self.low is not None and self.low == self.high and not self.empty

    @property
    def bounded(self) -> bool:
        return self.low is not None and self.high is not None


EMPTY_SPAN = Span(1.0, 0.0)


@dataclass(frozen=True, slots=True)
class Choice:
    """A finite set of discrete values (entity ids, normalised text, booleans)."""

    members: frozenset[str]

    @property
    def empty(self) -> bool:
        return not self.members


ValueSet = Span | Choice


def low_key(span: Span) -> tuple[float, int]:
    # Orders lower ends: an unbounded end first, a closed end before an open one.
    if span.low is None:
        return (-math.inf, 0)
    return (span.low, 1 if span.low_open else 0)


def high_key(span: Span) -> tuple[float, int]:
    # Orders upper ends: an open end before a closed one, an unbounded end last.
    if span.high is None:
        return (math.inf, 0)
    return (span.high, -1 if span.high_open else 0)


def _intersect_spans(a: Span, b: Span) -> Span:
    low_src = a if low_key(a) >= low_key(b) else b
    high_src = a if high_key(a) <= high_key(b) else b
    result = Span(low_src.low, high_src.high, low_src.low_open, high_src.high_open)
    return EMPTY_SPAN if result.empty else result


def intersect(a: ValueSet, b: ValueSet) -> ValueSet:
    if isinstance(a, Span) and isinstance(b, Span):
        return _intersect_spans(a, b)
    if isinstance(a, Choice) and isinstance(b, Choice):
        return Choice(a.members & b.members)
    raise TypeError(f"cannot compare {type(a).__name__} with {type(b).__name__}")


def disjoint(a: ValueSet, b: ValueSet) -> bool:
    return intersect(a, b).empty


def overlaps(a: ValueSet, b: ValueSet) -> bool:
    return not disjoint(a, b)


def contains(outer: ValueSet, inner: ValueSet) -> bool:
    """Whether every value `inner` allows is one `outer` allows (the empty set is in all)."""
    if inner.empty:
        return True
    if isinstance(outer, Choice) and isinstance(inner, Choice):
        return inner.members <= outer.members
    if isinstance(outer, Span) and isinstance(inner, Span):
        if outer.empty:
            return False
        return low_key(outer) <= low_key(inner) and high_key(inner) <= high_key(outer)
    raise TypeError(f"cannot compare {type(outer).__name__} with {type(inner).__name__}")


def equal(a: ValueSet, b: ValueSet) -> bool:
    return contains(a, b) and contains(b, a)


# --- dates -----------------------------------------------------------------------------


def date_to_minutes(day: date) -> int:
    return day.toordinal() * MINUTES_PER_DAY


def minutes_to_date(minutes: float) -> date:
    return date.fromordinal(int(minutes // MINUTES_PER_DAY))


def span_of_days(first: date, last: date) -> Span:
    """Every minute from the start of `first` to the end of `last`."""
    return Span(date_to_minutes(first), date_to_minutes(last) + MINUTES_PER_DAY - 1)


def age_on(born: date, when: date) -> int:
    """Completed years; someone born on 29 February has a birthday on 1 March otherwise."""
    return when.year - born.year - ((when.month, when.day) < (born.month, born.day))


def _years_before(when: date, years: int) -> date:
    """The same calendar day `years` earlier; 29 February becomes 28 February."""
    year = when.year - years
    day = when.day
    if when.month == 2 and day == 29 and not _leap(year):
        day = 28
    return date(year, when.month, day)


def _leap(year: int) -> bool:
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def birth_dates_for_age(age: int, first: date, last: date) -> tuple[date, date] | None:
    """The birth dates of someone aged `age` on some day from `first` to `last`.

    Aged `age` on day t means born after t less `age`+1 years and on or before t less
    `age` years; over a range of days the union of those ranges is one range.
    """
    if age < 0:
        return None
    try:
        latest = _years_before(last, age)
    except (ValueError, OverflowError):  # before year 1, or past what a C int holds
        return None
    try:
        earliest = _years_before(first, age + 1) + timedelta(days=1)
    except (ValueError, OverflowError):
        earliest = date.min
    return earliest, latest


def ages_between(born_first: date, born_last: date, first: date, last: date) -> tuple[int, int]:
    """The youngest and oldest ages someone born in a range can have on days in a range."""
    return age_on(born_last, first), age_on(born_first, last)
