"""A duration written as a bare number where the source gave another unit: 2 for a
two-hour slot, in a property counted in minutes. A bare number is in the property's
unit (DESIGN section 2), so 2 is 2 minutes, which may be what the source said. Where
that reading decides a finding (a D201 against the dataset's 120 minutes, an X301 or
X303 against another claim's), the finding says what the number is in the unit that
fits and what to write if the source meant that: it said only "2 minutes", and a desk
that meant hours was told to correct a claim that was right.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import partial

from validator.model.property_types.base import ValueProblem
from validator.model.property_types.numbers import parse_duration
from validator.model.property_types.registry import describe_set
from validator.model.values import Span, ValueSet, overlaps
from validator.resolve.claims import ResolvedClaim, Statement

__all__ = ["unit_note", "unit_words"]

# The units a duration's number may have been meant in, smallest first: the first
# larger than the property's that fits is named.
_UNITS = ("seconds", "minutes", "hours", "days", "weeks")
# The claims an X301 or X303 looks through for another unit: a group may hold thousands.
_LOOKED = 20
_NUMBER = re.compile(r"[0-9]+(?:\.[0-9]+)?")


def unit_words(claim: Statement | ResolvedClaim, fits: Callable[[ValueSet], bool]) -> str | None:
    """ "though 2 hours is 120 minutes: a bare number is read in minutes, the property's
    unit; write '2 hours' if the source meant that" for a duration claim whose number,
    written in the property's unit, `fits` (a set of the property's values) in another
    unit; None where it is written otherwise (an interval, approximate, with another
    unit) or fits in none."""
    found = _reading(claim, fits)
    if found is None:
        return None
    other, shown, _ = found
    return (
        f"though {other} is {shown}: a bare number is read in {claim.prop.unit}, the "
        f"property's unit; write '{other}' if the source meant that"
    )


def _reading(
    claim: Statement | ResolvedClaim, fits: Callable[[ValueSet], bool]
) -> tuple[str, str, Span] | None:
    """(the number in the first larger unit that `fits` it, that in the property's unit,
    and as a set). Only larger units are tried: a bare 45 read as 45 seconds "fitted" a
    claim of 1.5 minutes within the property's tolerance, nothing a desk writes."""
    prop, value = claim.prop, claim.value
    # Written as text ("2 minutes", "3d"), the unit is the writer's own.
    if prop.type != "duration" or claim.value_signed or not isinstance(value, Span):
        return None
    if value.low is None or value.high is None:
        return None
    number = (value.low + value.high) / 2  # a tolerance widens a number both ways
    # The figures as written ("1.50" of "1.50 minutes"); an interval or "about" has more.
    figures = _NUMBER.fullmatch(claim.value_display.partition(" ")[0])
    if figures is None or float(figures[0]) != number:
        return None
    for name in _UNITS:
        factor = _in_unit(f"1 {name}", prop.unit)
        if factor is None or factor <= 1.0:
            continue
        # The number itself in that unit, not widened by the tolerance: "2 hours is 120
        # minutes" is said only of a value that holds 120.
        meant = Span(number * factor, number * factor)
        if fits(meant):
            other = f"{figures[0]} {name[:-1] if number == 1 else name}"
            return other, describe_set(meant, prop.type, prop.unit), meant
    return None


def _in_unit(text: str, unit: str | None) -> float | None:
    """The duration `text` in `unit`; None where it is no duration factlint reads."""
    try:
        return parse_duration(text, unit)
    except ValueProblem:
        return None


def _given_by(
    members: Sequence[tuple[ResolvedClaim, ValueSet]], claim: ResolvedClaim, meant: ValueSet
) -> ResolvedClaim | None:
    """The first of `members` other than `claim` whose set overlaps `meant`."""
    return next((o for o, value in members if o is not claim and overlaps(value, meant)), None)


def _given(
    members: Sequence[tuple[ResolvedClaim, ValueSet]], claim: ResolvedClaim, meant: ValueSet
) -> bool:
    """Whether another of `members` than `claim` gives `meant`: looked through as each
    unit is tried, with no list of the others built for each claim looked at."""
    return _given_by(members, claim, meant) is not None


def unit_note(members: Sequence[tuple[ResolvedClaim, ValueSet]]) -> str:
    """The next step for a contradiction (`members`: its claims and the sets compared)
    where a claim's number, in another unit, is the duration another claim gives: the
    first such claim, and what to write; "" where there is none."""
    for claim, _ in members[:_LOOKED]:
        if claim.prop.type != "duration":  # nothing looked through for any other
            continue
        found = _reading(claim, partial(_given, members, claim))
        if found is None:
            continue
        other, shown, meant = found
        by = _given_by(members, claim, meant)
        assert by is not None  # `_reading` found `meant` given by another claim
        return (
            f"; {claim.full_id}'s {claim.value_display} is read in {claim.prop.unit}, the "
            f"property's unit, though {other} is {shown}, as {by.full_id} gives: write "
            f"'{other}' if the source meant that"
        )
    return ""
