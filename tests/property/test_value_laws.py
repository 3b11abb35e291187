"""Laws of the value algebra (`validator.model.values`): every value is a set, and containment,
intersection and disjointness behave as they do on sets; an age denotes exactly the birth
dates it allows."""

from __future__ import annotations

from datetime import date, timedelta
from fractions import Fraction
from itertools import pairwise

from hypothesis import given, settings
from hypothesis import strategies as st

from validator.model.values import (
    Choice,
    Span,
    ValueSet,
    age_on,
    ages_between,
    birth_dates_for_age,
    contains,
    disjoint,
    equal,
    intersect,
    overlaps,
)

from .strategies import choices, dates, spans, value_sets_of_one_kind

SETTINGS = settings(max_examples=200, deadline=None)
ONE_DAY = timedelta(days=1)


def member(x: float | Fraction, span: Span) -> bool:
    if span.empty:
        return False
    if span.low is not None and (x < span.low or (x == span.low and span.low_open)):
        return False
    return not (span.high is not None and (x > span.high or (x == span.high and span.high_open)))


def witnesses(*sets: Span) -> list[float | Fraction]:
    """Points enough to tell any two of these spans apart: each bound, and a point between
    and beyond every two neighbouring bounds. The point between is exact (a Fraction,
    which compares exactly with floats): between two neighbouring floats, such as
    -5e-324 and 0.0, no float lies, and their float midpoint rounded onto a bound, so an
    open span between them looked empty though it is not."""
    bounds = sorted({b for s in sets for b in (s.low, s.high) if b is not None})
    if not bounds:
        return [0.0]
    points: list[float | Fraction] = [bounds[0] - 1.0, bounds[-1] + 1.0, *bounds]
    points += [(Fraction(a) + Fraction(b)) / 2 for a, b in pairwise(bounds)]
    return points


def elements(value: ValueSet, universe: list[float | Fraction]) -> frozenset[object]:
    if isinstance(value, Choice):
        return frozenset(value.members)
    return frozenset(x for x in universe if member(x, value))


@SETTINGS
@given(value_sets_of_one_kind)
def test_the_operations_agree_with_set_membership(sets: tuple[ValueSet, ...]) -> None:
    a, b, _ = sets
    universe = witnesses(*(s for s in sets if isinstance(s, Span)))
    in_a, in_b = elements(a, universe), elements(b, universe)
    assert contains(a, b) == (in_b <= in_a)
    assert disjoint(a, b) == (not in_a & in_b)
    assert overlaps(a, b) == bool(in_a & in_b)
    assert elements(intersect(a, b), universe) == in_a & in_b
    assert equal(a, b) == (in_a == in_b)


@SETTINGS
@given(value_sets_of_one_kind)
def test_containment_is_reflexive_and_transitive(sets: tuple[ValueSet, ...]) -> None:
    a, b, c = sets
    assert contains(a, a)
    assert equal(a, a)
    if contains(a, b) and contains(b, c):
        assert contains(a, c)
    if contains(a, b) and contains(b, a):
        assert equal(a, b)


@SETTINGS
@given(value_sets_of_one_kind)
def test_disjointness_is_symmetric_and_means_an_empty_intersection(
    sets: tuple[ValueSet, ...],
) -> None:
    a, b, _ = sets
    assert disjoint(a, b) == disjoint(b, a)
    assert disjoint(a, b) == intersect(a, b).empty
    assert overlaps(a, b) == (not disjoint(a, b))


@SETTINGS
@given(value_sets_of_one_kind)
def test_containment_is_an_intersection_that_changes_nothing(sets: tuple[ValueSet, ...]) -> None:
    a, b, _ = sets
    assert contains(a, b) == equal(intersect(a, b), b)
    assert contains(a, intersect(a, b))
    assert contains(b, intersect(a, b))


@SETTINGS
@given(value_sets_of_one_kind)
def test_intersection_is_commutative_associative_and_idempotent(
    sets: tuple[ValueSet, ...],
) -> None:
    a, b, c = sets
    assert equal(intersect(a, b), intersect(b, a))
    assert equal(intersect(intersect(a, b), c), intersect(a, intersect(b, c)))
    assert equal(intersect(a, a), a)


@st.composite
def widenings(draw: st.DrawFn) -> tuple[Span, Span]:
    """A span and a wider one: ends moved out, opened ends closed, ends let go."""
    span = draw(spans())
    extra = st.floats(min_value=0, max_value=100, allow_nan=False)
    low = span.low
    if low is not None:
        low = None if draw(st.booleans()) and draw(st.booleans()) else low - draw(extra)
    high = span.high
    if high is not None:
        high = None if draw(st.booleans()) and draw(st.booleans()) else high + draw(extra)
    low_open = span.low_open and draw(st.booleans()) and low == span.low
    high_open = span.high_open and draw(st.booleans()) and high == span.high
    return span, Span(low, high, low_open, high_open)


@SETTINGS
@given(widenings(), spans())
def test_a_less_precise_claim_is_never_worse_off(pair: tuple[Span, Span], fact: Span) -> None:
    claim, wider = pair
    assert contains(wider, claim)
    if contains(claim, fact):
        assert contains(wider, fact)
    if not disjoint(claim, fact):
        assert not disjoint(wider, fact)


@SETTINGS
@given(choices, choices)
def test_choices_are_sets_of_their_members(a: Choice, b: Choice) -> None:
    assert contains(a, b) == (b.members <= a.members)
    assert intersect(a, b) == Choice(a.members & b.members)


# --- ages ------------------------------------------------------------------------------

LEAP_DAYS = st.sampled_from([date(2000, 2, 29), date(2004, 2, 29), date(1996, 2, 29)])
AROUND_LEAP_DAYS = st.sampled_from(
    [date(2001, 2, 28), date(2001, 3, 1), date(2004, 2, 28), date(2004, 2, 29), date(2004, 3, 1)]
)


@st.composite
def age_cases(draw: st.DrawFn) -> tuple[date, date, date, int]:
    """A birth date, a range of days and an age that someone born then reaches in it."""
    born = draw(st.one_of(dates, LEAP_DAYS))
    first = draw(
        st.one_of(st.dates(min_value=born, max_value=date(2100, 12, 31)), AROUND_LEAP_DAYS)
    )
    first = max(first, born)
    last = first + timedelta(days=draw(st.integers(min_value=0, max_value=800)))
    day = first + timedelta(days=draw(st.integers(min_value=0, max_value=(last - first).days)))
    return born, first, last, age_on(born, day)


def reaches(born: date, age: int, first: date, last: date) -> bool:
    """Whether someone born on `born` is `age` on some day from `first` to `last`.

    Age never falls as days pass, so the ages over the range run from the first day's
    to the last day's.
    """
    return age_on(born, first) <= age <= age_on(born, last)


@SETTINGS
@given(dates, dates, dates)
def test_age_never_falls_as_days_pass(born: date, one: date, other: date) -> None:
    earlier, later = sorted((one, other))
    assert age_on(born, earlier) <= age_on(born, later)


@SETTINGS
@given(age_cases(), st.integers(min_value=0, max_value=10_000))
def test_the_birth_dates_for_an_age_are_exactly_those_that_reach_it(
    case: tuple[date, date, date, int], offset: int
) -> None:
    born, first, last, age = case
    found = birth_dates_for_age(age, first, last)
    assert found is not None
    earliest, latest = found
    assert earliest <= born <= latest
    inside = earliest + timedelta(days=offset % ((latest - earliest).days + 1))
    for candidate in (earliest, latest, inside):
        assert reaches(candidate, age, first, last), candidate
    assert not reaches(earliest - ONE_DAY, age, first, last)
    assert not reaches(latest + ONE_DAY, age, first, last)


@SETTINGS
@given(LEAP_DAYS, st.integers(min_value=1, max_value=30), st.integers(min_value=0, max_value=3))
def test_someone_born_on_29_february_has_a_birthday_on_1_march(
    born: date, years: int, spread: int
) -> None:
    year = born.year + years
    birthday = date(year, 3, 1) if year % 4 else date(year, 2, 29)
    assert age_on(born, birthday) == years
    assert age_on(born, birthday - ONE_DAY) == years - 1
    found = birth_dates_for_age(years, birthday, birthday + timedelta(days=spread))
    assert found is not None
    assert found[0] <= born <= found[1]


@SETTINGS
@given(st.integers(min_value=-5, max_value=-1), dates)
def test_a_negative_age_allows_no_birth_date(age: int, day: date) -> None:
    assert birth_dates_for_age(age, day, day) is None


@SETTINGS
@given(dates, st.integers(0, 4000), dates, st.integers(0, 800), st.integers(0, 10_000))
def test_ages_between_bounds_every_age_in_the_ranges(
    born_first: date, born_spread: int, first: date, spread: int, pick: int
) -> None:
    born_last = born_first + timedelta(days=born_spread)
    last = first + timedelta(days=spread)
    youngest, oldest = ages_between(born_first, born_last, first, last)
    born = born_first + timedelta(days=pick % (born_spread + 1))
    day = first + timedelta(days=pick % (spread + 1))
    assert youngest <= age_on(born, day) <= oldest
