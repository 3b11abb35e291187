"""Which of several value sets conflict, and how they fall into sides: intervals and
finite sets alike, without comparing every pair, in an order that depends on the sets
alone."""

from __future__ import annotations

import math

from validator.model.values import Choice, Span
from validator.rules.value_clusters import canonical_order, compatible_with_all, sides


def choice(*members: str) -> Choice:
    return Choice(frozenset(members))


def test_the_order_of_a_set_depends_on_the_set_alone() -> None:
    assert canonical_order(Span(1, 2)) == ((1, 0), (2, 0), False)
    assert canonical_order(Span(1, 2, low_open=True, high_open=True)) == ((1, 1), (2, -1), False)
    assert canonical_order(Span(None, None)) == ((-math.inf, 0), (math.inf, 0), False)
    assert canonical_order(Span(3, 1)) == ((3, 0), (1, 0), True)
    assert canonical_order(choice("b", "a", "c")) == ("a", "b", "c")
    assert canonical_order(choice()) == ()


def test_no_set_or_one_is_compatible_with_all() -> None:
    assert compatible_with_all([]) == []
    assert compatible_with_all([Span(1, 2)]) == [True]
    assert compatible_with_all([Span(2, 1)]) == [True]  # nothing else to share with
    assert compatible_with_all([choice()]) == [True]


def test_intervals_compatible_with_every_other() -> None:
    assert compatible_with_all([Span(1, 2), Span(2, 3), Span(1.5, 1.7)]) == [True, False, False]
    assert compatible_with_all([Span(None, None), Span(0, 1), Span(5, None)]) == [
        True,
        False,
        False,
    ]
    assert compatible_with_all([Span(0, 10), Span(1, 2), Span(2, 3)]) == [True, True, True]
    # Touching ends share their point only where both are closed.
    assert compatible_with_all([Span(1, 2, high_open=True), Span(2, 3)]) == [False, False]
    assert compatible_with_all([Span(1, 2), Span(2, 3, low_open=True)]) == [False, False]
    assert compatible_with_all([Span(4, 4), Span(4, 4)]) == [True, True]


def test_finite_sets_compatible_with_every_other() -> None:
    assert compatible_with_all([choice("a", "b"), choice("b", "c"), choice("a")]) == [
        True,
        False,
        False,
    ]
    assert compatible_with_all([choice("x"), choice("x"), choice("x", "y")]) == [True, True, True]


def test_an_empty_set_leaves_no_set_compatible_with_all() -> None:
    assert compatible_with_all([Span(0, 10), Span(2, 1), Span(1, 2)]) == [False, False, False]
    assert compatible_with_all([choice("a"), choice()]) == [False, False]


def test_intervals_fall_into_the_fewest_sides() -> None:
    spans = [Span(1, 2), Span(5, 6), Span(1.5, 3), Span(5.5, 7), Span(3, 4)]
    assert sides(spans) == [[0, 2], [1, 3], [4]]
    assert sides([Span(None, None), Span(0, 1), Span(5, 6)]) == [[0, 1], [2]]
    assert sides([Span(1, 2, high_open=True), Span(2, 3)]) == [[0], [1]]


def test_finite_sets_fall_into_sides_first_fit() -> None:
    assert sides([choice("a", "b"), choice("c"), choice("b"), choice("a")]) == [[0, 2], [1], [3]]
    assert sides([choice("a"), choice("a", "b"), choice("b")]) == [[0, 1], [2]]


def test_an_empty_set_is_a_side_of_its_own() -> None:
    assert sides([Span(1, 2), Span(2, 1), Span(1.5, 3)]) == [[0, 2], [1]]
    assert sides([choice(), choice("a"), choice()]) == [[0], [1], [2]]
    assert sides([Span(3, 2)]) == [[0]]


def test_no_sets_no_sides() -> None:
    assert sides([]) == []


def test_sides_come_in_order_of_their_first_index() -> None:
    assert sides([Span(5, 6), Span(1, 2), Span(5, 5), Span(1, 1)]) == [[0, 2], [1, 3]]


def test_many_sets_are_sided_without_comparing_every_pair() -> None:
    """100,000 intervals, every one on a side of its own: a sweep, not 10**10 pairs."""
    spans = [Span(n, n + 0.5) for n in range(100_000)]
    found = sides(spans)
    assert len(found) == 100_000 and found[-1] == [99_999]
    assert compatible_with_all(spans) == [False] * 100_000
