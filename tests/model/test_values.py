"""Example tests for the set algebra (the laws are property tests in tests/property)."""

from __future__ import annotations

from datetime import date

from validator.model.values import (
    EMPTY_SPAN,
    Choice,
    Span,
    age_on,
    ages_between,
    birth_dates_for_age,
    contains,
    disjoint,
    equal,
    intersect,
    overlaps,
)


def test_span_containment_and_open_ends() -> None:
    assert contains(Span(85, 95), Span(90, 90))
    assert contains(Span(None, None), Span(1, 2))
    assert contains(Span(60, None), Span(85, 95))
    assert not contains(Span(90, 100), Span(85, 95))
    assert contains(Span(0, 1), Span(0, 1, low_open=True))
    assert not contains(Span(0, 1, high_open=True), Span(0, 1))


def test_span_disjoint_and_overlap() -> None:
    assert disjoint(Span(115, 125), Span(85, 95))
    assert overlaps(Span(90, 100), Span(85, 95))
    assert disjoint(Span(0, 1, high_open=True), Span(1, 2))
    assert not disjoint(Span(0, 1), Span(1, 2))
    assert intersect(Span(0, 5), Span(3, 9)) == Span(3, 5)
    assert intersect(Span(0, 1), Span(2, 3)) == EMPTY_SPAN
    assert EMPTY_SPAN.empty and not Span(1, 1).empty and Span(1, 1).is_point


def test_choice_sets() -> None:
    awards = Choice(frozenset({"bafta-tv-awards", "bafta-tv-single-drama"}))
    single = Choice(frozenset({"bafta-tv-single-drama"}))
    assert contains(awards, single) and not contains(single, awards)
    assert overlaps(awards, single)
    assert disjoint(single, Choice(frozenset({"channel-4"})))
    assert equal(single, Choice(frozenset({"bafta-tv-single-drama"})))
    assert intersect(awards, single) == single


def test_age_on_counts_completed_years() -> None:
    assert age_on(date(2000, 10, 12), date(2022, 12, 1)) == 22
    assert age_on(date(2000, 10, 12), date(2022, 10, 11)) == 21
    assert age_on(date(2000, 10, 12), date(2022, 10, 12)) == 22
    # Born on 29 February: the birthday falls on 1 March in other years.
    assert age_on(date(2000, 2, 29), date(2021, 2, 28)) == 20
    assert age_on(date(2000, 2, 29), date(2021, 3, 1)) == 21


def test_birth_dates_for_an_age_over_a_range_of_days() -> None:
    assert birth_dates_for_age(21, date(2022, 12, 1), date(2022, 12, 8)) == (
        date(2000, 12, 2),
        date(2001, 12, 8),
    )
    assert birth_dates_for_age(22, date(2022, 12, 7), date(2022, 12, 7)) == (
        date(1999, 12, 8),
        date(2000, 12, 7),
    )
    assert birth_dates_for_age(-1, date(2022, 1, 1), date(2022, 1, 1)) is None
    # No one can be that old: before year 1, and past what date() takes at all (an age
    # written `{from: 2147483650}`, found by the whole-run property test).
    assert birth_dates_for_age(3000, date(2022, 1, 1), date(2022, 1, 1)) is None
    assert birth_dates_for_age(2_147_483_650, date(2022, 1, 1), date(2022, 1, 1)) is None


def test_ages_between_spans_a_birthday() -> None:
    born = date(1975, 10, 5)
    assert ages_between(born, born, date(2022, 10, 1), date(2022, 10, 10)) == (46, 47)
    assert ages_between(born, born, date(2022, 12, 1), date(2022, 12, 8)) == (47, 47)
