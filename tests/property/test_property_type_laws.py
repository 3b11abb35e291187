"""Laws of the property types (`validator.model.property_types`): a written value is
the set of exact values it allows (DESIGN section 4), so compatibility is symmetric,
every value is compatible with itself, and writing a value less precisely (a month
for a day, a wider tolerance) never turns a compatible value into an incompatible one.
Precision beyond what was written is never invented."""

from __future__ import annotations

import math
from datetime import date, datetime, timedelta
from itertools import pairwise
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from validator.model.property_types.dates import date_span, describe_span_dates
from validator.model.property_types.derived import AGE
from validator.model.property_types.numbers import parse_duration
from validator.model.property_types.registry import parse_value
from validator.model.values import Span, ValueSet, age_on, contains, disjoint, overlaps

from .strategies import PRECISIONS, dates, moments, spans, written_at, written_dates

SETTINGS = settings(max_examples=200, deadline=None)


# --- written values of every type that needs no dataset --------------------------------

_numbers = st.integers(0, 500)
_tolerances = st.sampled_from([None, 0.0, 0.5, 5.0])


def _interval(ends: st.SearchStrategy[Any]) -> st.SearchStrategy[dict[str, Any]]:
    """`{from, to}` with the ends in order, or with one of them left open."""
    both = st.tuples(ends, ends).map(sorted).map(lambda p: {"from": p[0], "to": p[1]})
    return st.one_of(both, ends.map(lambda e: {"from": e}), ends.map(lambda e: {"to": e}))


_dated = st.one_of(
    written_dates,
    st.builds(
        lambda a, b: {"from": min(a, b), "to": max(a, b)},
        moments.map(lambda m: written_at(m, "day")),
        moments.map(lambda m: written_at(m, "day")),
    ),
    moments.map(lambda m: {"from": written_at(m, "month")}),
    moments.map(lambda m: {"to": written_at(m, "minute")}),
)
_counted = st.one_of(
    _numbers,
    _interval(_numbers),
    st.builds(lambda n, w: {"about": n, "within": w}, _numbers, st.integers(0, 20)),
    _numbers.map(lambda n: {"about": n}),
)
_durations = st.one_of(
    _counted,
    st.builds(lambda h, m: f"{h}h{m}m", st.integers(0, 9), st.integers(0, 59)),
    st.builds(lambda n, u: f"{n} {u}", _numbers, st.sampled_from(["min", "hours", "days"])),
)
_words = st.lists(st.sampled_from(["Ruth", "Freya", "free", "FREE", " was "]), min_size=1).map(
    " ".join
)

# (type, unit, written values of it): two values of one pair are compared with each other.
typed_values: st.SearchStrategy[tuple[str, str | None, st.SearchStrategy[Any]]] = st.sampled_from(
    [
        ("date", None, _dated),
        ("integer", "years", _counted),
        ("number", None, _counted),
        ("percent", None, st.one_of(st.integers(0, 100), _interval(st.integers(0, 100)))),
        ("duration", "minutes", _durations),
        ("duration", "hours", _durations),
        ("text", None, _words),
        ("quote", None, _words),
        ("boolean", None, st.booleans()),
    ]
)


@st.composite
def two_values(draw: st.DrawFn) -> tuple[ValueSet, ValueSet]:
    """Two values written for one property, parsed as a claim's are."""
    kind, unit, written = draw(typed_values)
    tolerance = draw(_tolerances) if kind in ("number", "duration") else None

    def parsed() -> ValueSet:
        return parse_value(draw(written), kind, unit=unit, tolerance=tolerance)

    return parsed(), parsed()


@SETTINGS
@given(two_values())
def test_a_written_value_is_compatible_with_itself(values: tuple[ValueSet, ValueSet]) -> None:
    for value in values:
        assert not value.empty
        assert contains(value, value)
        assert overlaps(value, value)


@SETTINGS
@given(two_values())
def test_compatibility_is_symmetric(values: tuple[ValueSet, ValueSet]) -> None:
    a, b = values
    assert overlaps(a, b) == overlaps(b, a)
    assert disjoint(a, b) == disjoint(b, a)
    if contains(a, b) and contains(b, a):
        assert a == b


# --- dates: precision ----------------------------------------------------------------


@SETTINGS
@given(moments)
def test_a_date_of_less_precision_contains_the_more_precise(moment: datetime) -> None:
    spans_by_precision = [date_span(written_at(moment, p)) for p in PRECISIONS]
    for wider, narrower in pairwise(spans_by_precision):
        assert contains(wider, narrower)
    minute = spans_by_precision[-1]
    assert minute.is_point


@SETTINGS
@given(written_dates)
def test_a_date_is_described_at_the_precision_it_was_written_with(written: str) -> None:
    """Never more precise, never less: `2022-12` is `2022-12`, not its first day."""
    assert describe_span_dates(date_span(written)) == written


@SETTINGS
@given(moments, st.sampled_from(PRECISIONS), st.sampled_from(PRECISIONS), written_dates)
def test_a_less_precise_date_is_never_worse_off(
    moment: datetime, one: str, other: str, fact: str
) -> None:
    """A claim written to the month is supported wherever the same claim written to the
    day is, and refuted only where that one is too."""
    wider, narrower = sorted((one, other), key=PRECISIONS.index)
    claim, precise = date_span(written_at(moment, wider)), date_span(written_at(moment, narrower))
    held = date_span(fact)
    if contains(precise, held):
        assert contains(claim, held)
    if disjoint(claim, held):
        assert disjoint(precise, held)


@SETTINGS
@given(written_dates, written_dates)
def test_an_interval_runs_from_its_starts_first_minute_to_its_ends_last(
    one: str, other: str
) -> None:
    start, end = date_span(one), date_span(other)
    if start.low is not None and end.high is not None and start.low <= end.high:
        interval = parse_value({"from": one, "to": other}, "date")
        assert interval == Span(start.low, end.high)
        assert contains(interval, Span(start.low, start.low))
        assert contains(interval, Span(end.high, end.high))


# --- numbers: tolerance and units ------------------------------------------------------


@SETTINGS
@given(st.integers(-1000, 1000), st.integers(0, 50), st.sampled_from([0.25, 0.5, 1.0]))
def test_a_tolerance_takes_in_its_bounds_and_nothing_past_them(
    centre: int, tolerance: int, step: float
) -> None:
    about = parse_value({"about": centre}, "number", tolerance=float(tolerance))
    assert about == parse_value(centre, "number", tolerance=float(tolerance))
    for end in (centre - tolerance, centre + tolerance):
        assert contains(about, Span(end, end))
    assert disjoint(about, Span(centre + tolerance + step, centre + tolerance + step))
    assert disjoint(about, Span(centre - tolerance - step, centre - tolerance - step))


@SETTINGS
@given(st.integers(-1000, 1000), st.integers(0, 50), st.integers(0, 50), spans())
def test_a_wider_tolerance_is_never_worse_off(
    centre: int, one: int, other: int, fact: Span
) -> None:
    small, large = sorted((one, other))
    narrow = parse_value(centre, "number", tolerance=float(small))
    wide = parse_value(centre, "number", tolerance=float(large))
    assert contains(wide, narrow)
    if contains(narrow, fact):
        assert contains(wide, fact)
    if overlaps(narrow, fact):
        assert overlaps(wide, fact)


@SETTINGS
@given(st.integers(0, 10_000), st.sampled_from(["minutes", "hours", "days", "weeks"]))
def test_a_duration_is_one_length_in_every_unit(minutes: int, unit: str) -> None:
    per_unit = {"minutes": 1, "hours": 60, "days": 1440, "weeks": 10080}[unit]
    assert math.isclose(parse_duration(f"{minutes} min", unit) * per_unit, minutes)
    hours, rest = divmod(minutes, 60)
    assert math.isclose(parse_duration(f"{hours}h{rest}m", unit) * per_unit, minutes)
    assert parse_duration(f"{minutes}", unit) == minutes  # a bare number is in the unit


# --- ages ------------------------------------------------------------------------------


def _day(day: date) -> Span:
    return date_span(day.isoformat())


@SETTINGS
@given(dates, st.integers(0, 40_000))
def test_a_birth_day_gives_one_age_on_a_day_and_that_age_allows_it(born: date, days: int) -> None:
    on = born + timedelta(days=days)
    age = age_on(born, on)
    implied = AGE.implied(_day(born), _day(on))
    assert implied.values == Span(age, age)
    assert implied.text == str(age)
    assert contains(AGE.base_values(Span(age, age), _day(on)), _day(born))
    assert disjoint(AGE.base_values(Span(age + 1, age + 1), _day(on)), _day(born))


@SETTINGS
@given(dates, st.integers(0, 40_000), st.sampled_from(["year", "month"]))
def test_a_less_precise_birth_date_or_as_of_allows_more_ages(
    born: date, days: int, precision: str
) -> None:
    on = born + timedelta(days=days)
    exact = AGE.implied(_day(born), _day(on)).values
    moment_born = datetime(born.year, born.month, born.day)
    moment_on = datetime(on.year, on.month, on.day)
    coarse_born = date_span(written_at(moment_born, precision))
    coarse_on = date_span(written_at(moment_on, precision))
    assert contains(AGE.implied(coarse_born, _day(on)).values, exact)
    assert contains(AGE.implied(_day(born), coarse_on).values, exact)
    age = exact.low
    assert age is not None
    claimed = Span(age, age)
    assert contains(AGE.base_values(claimed, coarse_on), AGE.base_values(claimed, _day(on)))
