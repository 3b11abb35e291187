"""How long whole months and years run on end last (calendar_spans)."""

from __future__ import annotations

from datetime import date

import pytest

from validator.model.property_types.calendar_spans import consecutive_days


@pytest.mark.parametrize(
    ("count", "name", "days"),
    [
        (1, "month", (28, 31)),
        (5, "month", (150, 153)),
        (18, "month", (546, 550)),
        (12, "month", (365, 366)),
        (1, "year", (365, 366)),
        # Four years hold one leap day, or none across a century's end (1897 to 1900).
        (4, "year", (1460, 1461)),
        (100, "year", (36524, 36525)),
        (400, "year", (146097, 146097)),
        (401, "year", (146462, 146463)),
    ],
)
def test_whole_months_and_years_on_end(count: int, name: str, days: tuple[int, int]) -> None:
    assert consecutive_days(count, name) == days


def test_the_bounds_are_what_the_calendar_gives() -> None:
    """Every run of 18 months from the first of a month in 1896 to 2304 lies within the
    bounds, and both bounds are met."""
    lengths = set()
    for year in range(1896, 2304):
        for month in range(1, 13):
            end_year, end_month = divmod(month - 1 + 18, 12)
            end = date(year + end_year, end_month + 1, 1)
            lengths.add((end - date(year, month, 1)).days)
    assert (min(lengths), max(lengths)) == consecutive_days(18, "month")


@pytest.mark.parametrize("count", [1.5, 0, -2])
def test_a_part_or_none_is_no_run(count: float) -> None:
    assert consecutive_days(count, "year") is None
