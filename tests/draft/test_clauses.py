"""Where a sentence's clauses start and end, and the last "whose" before a place, looked
up by bisection (validator/draft/clauses.py)."""

from __future__ import annotations

import pytest

from validator.draft.clauses import clause_end, clause_start, last_whose

JOE = "Joe, whose father is Sam Mendes (a director); Mia – whose mother"


@pytest.mark.parametrize(
    ("at", "start", "end"),
    [
        (0, 0, 3),
        (3, 0, 3),  # the mark itself ends the clause before it
        (4, 4, 32),
        (20, 4, 32),
        (32, 4, 32),
        (33, 33, 43),
        (44, 44, 44),
        (51, 51, len(JOE)),  # no mark after: the clause runs to the end
    ],
)
def test_a_clause_starts_after_the_last_mark_and_ends_at_the_next(
    at: int, start: int, end: int
) -> None:
    assert (clause_start(JOE, at), clause_end(JOE, at)) == (start, end)


def test_a_sentence_of_no_clause_mark_is_one_clause() -> None:
    text = "Nora Vell as Ruth and " * 1000
    assert (clause_start(text, 9000), clause_end(text, 9000)) == (0, len(text))


@pytest.mark.parametrize(
    ("text", "start", "end", "found"),
    [
        (JOE, 4, 20, 10),
        (JOE, 11, 20, None),  # the "whose" starts before the clause
        (JOE, 0, len(JOE), 57),  # the last of two
        (JOE, 0, 9, None),  # it ends past `end`
        ("Joe, WHOSE father", 0, 17, 10),
        # Read as the text up to `end`, "whose" ends a word though "ver" follows it.
        ("Joe, whosever he is", 0, 10, 10),
        ("Joe, whosever he is", 0, 19, None),
        ("Joe, prowhose father", 0, 20, None),
    ],
)
def test_the_last_whose_before_a_place(text: str, start: int, end: int, found: int | None) -> None:
    assert last_whose(text, start, end) == found
