"""Claims of a changing value made over a span the value changed within (X301, X303).

Claims of a `time_dependent` property are compared with the claims of the same date
(`sources.comparison_set`). A date may be a span: a year, a month, a period. Where the
dataset records the value changing within it (facts of two values valid in it), a
claim of either value fits the dataset at part of the span (D204), and two sources,
or one source, giving each are both right, each about a part of it: "21000 as of
2022..2023" and "18500 as of 2022..2023" where the count fell from 21000 to 18500 at
the start of 2023 were an X301, "no single value fits every side", and an X303.

Each such claim is compared as its value together with every value the dataset holds
within the span (their hull), so that the claims that fit the dataset there fit each
other; a claim that fits none of them (one the dataset refutes) conflicts with them as
before, and where such a claim lies within the hull, no claim is widened.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import reduce

from validator.dataset.model import Dataset
from validator.model.values import Choice, Span, ValueSet, high_key, low_key, overlaps
from validator.resolve.claims import ResolvedClaim

__all__ = ["within_changes"]

Member = tuple[ResolvedClaim, ValueSet]


def within_changes(members: Sequence[Member], dataset: Dataset) -> list[Member]:
    """`members` (the claims of one subject, time-dependent property and date), each
    that fits a value the dataset holds within the date, where it holds more than one,
    compared as that value with all the others it holds there."""
    if not members:
        return []
    claim = members[0][0]
    if not claim.prop.time_dependent or not isinstance(claim.as_of, Span):
        return list(members)
    facts = dataset.facts_for(claim.subject, claim.prop.name)
    held = [
        fact.value
        for fact in facts
        if isinstance(fact.valid, Span) and overlaps(fact.valid, claim.as_of)
    ]
    if len(set(held)) < 2:
        return list(members)
    fits = [
        any(_comparable(value, other) and overlaps(value, other) for other in held)
        for _, value in members
    ]
    hull = reduce(_joined, held)
    if any(
        not fit and overlaps(value, hull) for (_, value), fit in zip(members, fits, strict=True)
    ):
        # A value between two the dataset holds ("12000" between 11806 and 12400) would
        # fit the hull the others are widened to: compared as they are, it conflicts.
        return list(members)
    return [
        (member, reduce(_joined, held, value) if fit else value)
        for (member, value), fit in zip(members, fits, strict=True)
    ]


def _comparable(a: ValueSet, b: ValueSet) -> bool:
    return isinstance(a, Span) == isinstance(b, Span)


def _joined(a: ValueSet, b: ValueSet) -> ValueSet:
    """The least set holding both: the members of two choices, the hull of two spans."""
    if isinstance(a, Choice) and isinstance(b, Choice):
        return Choice(a.members | b.members)
    if isinstance(a, Span) and isinstance(b, Span):
        low = a if low_key(a) <= low_key(b) else b
        high = a if high_key(a) >= high_key(b) else b
        return Span(low.low, high.high, low.low_open, high.high_open)
    return a
