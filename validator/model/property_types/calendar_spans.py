"""A duration written in months or years, which have no one length: the E106 that says
so (`calendar_words`), with how many days a whole number of them run on end lasts, at
least and at most: the span it offers for "18 months" or "4 years".
Any 18 months last 546 to 549 days, not the 504 to 558 of 18 short and 18 long months:
an interval that wide let a follow-up of 17 months pass for 18.
"""

from __future__ import annotations

import calendar
import math
from functools import cache
from itertools import accumulate
from typing import Any

from validator.model.typography import shorten

from .base import MAX_MAGNITUDE, shown_number

__all__ = ["calendar_words", "consecutive_days"]

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


# Years and months, which a desk writes of a long span ("four years of work"): each has a
# length in days between two bounds (a month 28 to 31, a year 365 or 366), so no one
# number of minutes. The names a duration's text may give them, with those bounds.
_CALENDAR = {
    **dict.fromkeys(("y", "yr", "yrs", "year", "years"), ("year", 365, 366)),
    **dict.fromkeys(("mo", "mos", "month", "months"), ("month", 28, 31)),
}


def calendar_words(raw: Any, number: str, word: str, alone: bool, unit: str, per: float) -> str:
    """The message for a duration written in years or months (`number` of `word`, the
    text's one part where `alone`), or "" for another word; `per`: the minutes in the
    property's `unit`. Where the text is that one part, the interval every span of so
    many years or months lies in, in the unit, is the form to write."""
    found = _CALENDAR.get(word.lower())
    if found is None:
        return ""
    name, short, long = found
    shown = shorten(str(raw))
    between = "or" if long - short == 1 else "to"
    length = f"{short} {between} {long} days"
    said = f"'{shown}': a {name} has no one length ({length}), so it is not converted"
    plural = "" if float(number) == 1 else "s"
    count = float(number)
    # Whole months or years run on end (any 18 months last 546 to 550 days); a part of
    # one, as many short and as many long.
    days = consecutive_days(count, name) if count <= 1e9 else None
    span = [d * 1440 / per for d in days or (count * short, count * long)]
    if not alone or not all(math.isfinite(end) and end <= MAX_MAGNITUDE for end in span):
        return f"{said}; write the number of {unit} the source means"
    low, high = map(shown_number, span)
    return (
        f"{said}; write the number of {unit} the source means, or {{from: {low}, to: {high}}}"
        f" (the {unit} in any {shorten(number)} {name}{plural})"
    )
