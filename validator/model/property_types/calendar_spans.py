"""How many days a whole number of consecutive calendar months or years lasts, at least
and at most: the span an E106 offers for "18 months" or "4 years" written as a duration.
Any 18 months last 546 to 549 days, not the 504 to 558 of 18 short and 18 long months:
an interval that wide let a follow-up of 17 months pass for 18.
"""

from __future__ import annotations

import calendar
from functools import cache
from itertools import accumulate

__all__ = ["consecutive_days"]

# The Gregorian calendar repeats every 400 years: 146,097 days, 4,800 months.
_CYCLE_YEARS = 400


@cache
def _ends(name: str) -> tuple[int, ...]:
    """The days from the start of a 400-year cycle to the end of each of its months (or
    years), the cycle written twice, so that a run of them may start anywhere in it."""
    if name == "year":
        lengths = [366 if calendar.isleap(y) else 365 for y in range(_CYCLE_YEARS)]
    else:
        lengths = [
            calendar.monthrange(2000 + y, m)[1] for y in range(_CYCLE_YEARS) for m in range(1, 13)
        ]
    return (0, *accumulate(lengths * 2))


def consecutive_days(count: float, name: str) -> tuple[int, int] | None:
    """The fewest and the most days `count` consecutive months or years (`name`: "month"
    or "year") last, or None where `count` is no whole number, or none at all."""
    if not float(count).is_integer() or count < 1:
        return None
    ends = _ends(name)
    cycle = (len(ends) - 1) // 2
    whole, rest = divmod(int(count), cycle)
    base = whole * ends[cycle]
    if rest == 0:
        return base, base
    runs = [ends[start + rest] - ends[start] for start in range(cycle)]
    return base + min(runs), base + max(runs)
