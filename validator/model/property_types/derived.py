"""Derived properties: a property whose value the dataset does not record but computes
from another property's fact at a claim's `as_of`. An age is the one there is: the
ages a recorded birth date allows over the claim's `as_of`, and, the other way round,
the birth dates a claimed age allows (so ages given at different dates compare).

A property declares `derived: age` and `from: birth_date`; the loader checks the base
property's type, and the rules ask the derivation instead of naming an age.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from typing import NamedTuple

from validator.model.values import (
    EMPTY_SPAN,
    Span,
    age_on,
    ages_between,
    birth_dates_for_age,
    date_to_minutes,
    minutes_to_date,
)

__all__ = ["AGE", "Derivation", "Implied", "day_range"]

_EARLIEST = date(1, 1, 1)
_LATEST = date(9999, 12, 31)


class Implied(NamedTuple):
    """What a base fact gives over a claim's `as_of`: the derived values, in words."""

    values: Span
    text: str  # the values in words: "47", "between 47 and 48"
    when: str  # over the as_of: "throughout", "in that time", or nothing
    # The step from the base fact in words where the derivation's `gives` does not fit
    # ("an age of not yet born"); empty for the derivation's own.
    gives: str = ""


# eq=False: a derivation is itself alone, and hashes by identity.
@dataclass(frozen=True, slots=True, eq=False)
class Derivation:
    """How a derived property is computed, and the words its findings use.

    `implied(base, as_of)` is what the base fact's set gives over the as_of;
    `decides(base, as_of)` is all of the as_of that `implied` depends on, beyond its
    words (claims that agree on it get the same assessment); `base_values(claimed,
    as_of)` is the base property's set a claimed value allows, for comparing claims
    made at different dates.
    """

    name: str
    base_type: str  # the type the property it is derived `from` must have
    value_type: str  # the type its values are described as
    implied: Callable[[Span, Span], Implied]
    decides: Callable[[Span, Span], object]
    base_values: Callable[[Span, Span], Span]
    # Words: after "the dataset has no <base> for <subject>, ", the step from the base
    # fact ({values}, {as_of}), and what the subject was ({subject}, {values}); {base} is
    # the base property's name as the dataset writes it. The step follows the one naming
    # the base fact, so it says "the date", not the name: an age is also a company's or
    # a building's, and "the founded gives" or "the opened gives" is no English.
    # `projected` is `held` for an as_of after the day the dataset was last checked: what
    # the subject would be then, not a past fact.
    no_base: str
    gives: str
    held: str
    projected: str


def day_range(span: Span) -> tuple[date, date]:
    """The first and last day of a span, open ends made the first and last day a date holds."""
    first = _EARLIEST if span.low is None else minutes_to_date(span.low)
    last = _LATEST if span.high is None else minutes_to_date(span.high)
    return first, last


def _ages(born: Span, as_of: Span) -> tuple[int, int]:
    born_first, born_last = day_range(born)
    first, last = day_range(as_of)
    return ages_between(born_first, born_last, first, last)


def _implied_ages(born: Span, as_of: Span) -> Implied:
    youngest, oldest = _ages(born, as_of)
    if youngest < 0:
        # Before the birth there is no age: "was -11" or "between -1 and 0" would be
        # read as a typo. The set keeps the negative ages, so every age is refuted there.
        return _unborn(youngest, oldest, as_of)
    text = f"{youngest}" if youngest == oldest else f"between {youngest} and {oldest}"
    when = "throughout" if youngest == oldest else "in that time"
    if as_of.high is None:
        # An as_of with no end ("2023-05-14 or later") would give "between 47 and 8024".
        born_first, born_last = day_range(born)
        text = _open_ended_age(born_first, born_last, day_range(as_of)[0])
        # Ages that run over time ("47 until 2023-10-04, 48 or more after") take the
        # as_of first, or the step reads "48 or more after over 2023-05-14 or later".
        gives = _GIVES_FIRST if " until " in text else ""
        return Implied(Span(youngest, oldest), text, "", gives)
    return Implied(Span(youngest, oldest), text, when)


_GIVES_FIRST = "the date gives, over {as_of}, an age of {values}"


def _unborn(youngest: int, oldest: int, as_of: Span) -> Implied:
    """The ages over an as_of that starts before the birth: "not yet born" throughout,
    or "not yet born, then 0" where the birth falls in it."""
    values = Span(youngest, oldest)
    if oldest < 0:
        return Implied(values, "not yet born", "then", "the date is after {as_of}")
    born_to = "0" if oldest == 0 else f"between 0 and {oldest}"
    if as_of.high is None:
        born_to = "0 or more"
    text = f"not yet born, then {born_to}"
    return Implied(values, text, "in that time", f"the date falls within {{as_of}}: {text}")


def _open_ended_age(born_first: date, born_last: date, first: date) -> str:
    """The ages over days from `first` on, with no last day: "47 until 2023-10-04, 48 or
    more after" for a known birthday, "47 or more" for a birth date known less precisely."""
    youngest = age_on(born_last, first)
    if born_first != born_last:
        return f"{youngest} or more"
    try:
        until = _years_after(born_first, youngest + 1) - timedelta(days=1)
    except (ValueError, OverflowError):
        return f"{youngest} or more"
    return f"{youngest} until {until.isoformat()}, {youngest + 1} or more after"


def _years_after(born: date, years: int) -> date:
    """The day someone born on `born` turns `years`: 29 February counts as 1 March."""
    year = born.year + years
    try:
        return born.replace(year=year)
    except ValueError:  # 29 February in a year that has none
        return date(year, 3, 1)


@lru_cache(maxsize=4096)  # pure, and the same ages at the same dates recur constantly
def _births(ages: Span, as_of: Span) -> Span:
    first, last = day_range(as_of)
    oldest = None if ages.high is None else math.floor(ages.high)
    youngest = 0 if ages.low is None else max(0, math.ceil(ages.low))
    if oldest is not None and oldest < youngest:
        # No whole age of 0 or more (an age of -1): no birth date gives one. Left to
        # the search below, an oldest age below 0 found no earliest birth date and
        # left the span open, so the age allowed every birth date up to the as_of.
        return EMPTY_SPAN
    earliest = None
    if oldest is not None:
        found = birth_dates_for_age(oldest, first, last)
        earliest = None if found is None else found[0]
    latest_range = birth_dates_for_age(youngest, first, last)
    if latest_range is None:
        return EMPTY_SPAN
    low = None if earliest is None or earliest <= _EARLIEST else date_to_minutes(earliest)
    high = date_to_minutes(latest_range[1]) + 1439
    return Span(low, high)


AGE = Derivation(
    name="age",
    base_type="date",
    value_type="integer",
    implied=_implied_ages,
    decides=_ages,
    base_values=_births,
    no_base=(
        "so the age cannot be checked; add a referenced {base} fact to the dataset if one can be "
        "found"
    ),
    gives="the date gives an age of {values} over {as_of}",
    held="{subject} was {values}",
    projected="{subject} would be {values}",
)
