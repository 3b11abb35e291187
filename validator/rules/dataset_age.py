"""A derived age held against the recorded birth date (D201-D204 for an `age` claim).

The dataset records when someone was born, not how old they were: the ages the birth
date allows over the claim's `as_of` are worked out and compared with the claimed age.
"""

from __future__ import annotations

from datetime import date, timedelta

from validator.dataset.model import Dataset
from validator.model.result import Verdict
from validator.model.values import Span, age_on, ages_between, equal, minutes_to_date
from validator.resolve.claims import ResolvedClaim

from .fact_compare import Relation, relation
from .fact_words import Assessment, Writer

__all__ = ["assess_age", "day_range"]

_EARLIEST = date(1, 1, 1)
_LATEST = date(9999, 12, 31)


def day_range(span: Span) -> tuple[date, date]:
    """The first and last day of a span, open ends made the first and last day a date holds."""
    first = _EARLIEST if span.low is None else minutes_to_date(span.low)
    last = _LATEST if span.high is None else minutes_to_date(span.high)
    return first, last


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


def assess_age(claim: ResolvedClaim, dataset: Dataset, w: Writer) -> Assessment:
    """An age is checked as the ages the recorded birth date allows at the claim's as_of."""
    prop = claim.prop
    base = prop.source_property or ""
    facts = [f for f in dataset.facts_for(claim.subject, base) if not f.disputed]
    if not facts:
        message = (
            f"{w.claimed()}; the dataset has no {base} for {w.subject}, so the age cannot be "
            "checked; add a referenced birth date to the dataset if one can be found"
        )
        return w.done(Verdict.UNVERIFIABLE, w.finding("D203", message))
    fact = facts[0]
    assert isinstance(fact.value, Span)
    born_first, born_last = day_range(fact.value)
    first, last = day_range(claim.as_of)
    youngest, oldest = ages_between(born_first, born_last, first, last)
    implied = Span(youngest, oldest)
    w.steps.append(f"fact: {base} {w.fact_text(fact)}")
    span_text = f"{youngest}" if youngest == oldest else f"between {youngest} and {oldest}"
    when = "throughout" if youngest == oldest else "in that time"
    if claim.as_of.high is None:
        # An as_of with no end ("2023-05-14 or later") would give "between 47 and 8024".
        span_text, when = _open_ended_age(born_first, born_last, first), ""
    w.steps.append(f"the birth date gives an age of {span_text} over {claim.as_of_display}")
    found = relation(claim.value, implied)
    w.steps.append(f"compare: {found.value}")
    so = f"the dataset gives {base} {w.fact_text(fact)}, so {w.subject} was {span_text}"
    so = f"{so} {when}" if when else so
    if found is Relation.SUPPORTS:
        if equal(claim.value, implied):
            return w.done(Verdict.SUPPORTED)
        message = f"{w.claimed()}; {so}: supported, but less precise"
        return w.done(Verdict.SUPPORTED, w.finding("D202", message, fact))
    if found is Relation.REFUTES:
        message = f"{w.claimed()}; {so}; correct the claim, or acknowledge it with the conclusion"
        return w.done(Verdict.REFUTED, w.finding("D201", message, fact))
    message = f"{w.claimed()}; {so}; the claim cannot be confirmed for the whole period"
    return w.done(Verdict.UNDETERMINED, w.finding("D204", message, fact))
