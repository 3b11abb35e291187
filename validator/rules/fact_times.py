"""When a fact of a time-dependent property holds, against a claim's date (D204, D206).

A claim's `as_of` may be a span: a year, or a publication date known to a month. A fact
valid for only part of it neither confirms nor refutes the claim, whether another value
followed within it (a single value that changed) or the value ended there with none
after it yet (a manager who left in May, the next appointed in June), or the entry of a
list did (a player who left: "in the squad as of 2023", of one there until May 2023, was
supported). A fact no longer valid is true then; the later fact says since when (D206).
"""

from __future__ import annotations

import math
from collections.abc import Hashable, Sequence

from validator.dataset.model import Fact
from validator.model.result import Verdict
from validator.model.values import Span, contains, overlaps
from validator.resolve.claims import Statement

from .fact_words import Conclusion, Writer

__all__ = ["changed_within", "date_decides", "held_elsewhen", "superseded", "throughout"]


def throughout(facts: Sequence[Fact], claim: Statement) -> bool:
    """Whether the facts hold, between them, over the whole of the claim's date: one
    with no `valid` period holds at any date, and periods that meet join (a player's
    entry with one shirt number to May, and another from June, hold all year)."""
    if any(fact.valid is None for fact in facts):
        return True
    start, end = claim.as_of.low, claim.as_of.high
    spans = sorted(
        (f.valid for f in facts if isinstance(f.valid, Span)),
        key=lambda span: -math.inf if span.low is None else span.low,
    )
    reached = None if start is None else start - 1  # the last minute known to be held
    for span in spans:
        if span.low is not None and (reached is None or span.low > reached + 1):
            return False  # a minute of the date before this period that none holds
        if span.high is None or (end is not None and span.high >= end):
            return True
        reached = span.high if reached is None else max(reached, span.high)
    return False


def date_decides(fact: Fact, claim: Statement) -> Hashable:
    """What the claim's date decides of the fact, for remembering a conclusion by it:
    whether the fact holds at none, all, or only part of the date; for part of it, the
    two periods themselves, as where it starts and ends decides whether facts join."""
    valid = fact.valid
    if valid is None or contains(valid, claim.as_of):
        return True
    if not overlaps(valid, claim.as_of):
        return False
    return (valid, claim.as_of)


def changed_within(fits: Fact, other: Fact | None, w: Writer) -> Conclusion:
    """The claim fits a fact valid for only part of its `as_of`: with `other`, a single
    value that changed within it ("80 as of 2023" was supported, with "true then",
    beside 85 from February); without, a value or a list's entry that held for part of
    it, with no other valid in the rest."""
    if other is not None:
        held = f"and also {w.fact_text(other)}: the value changed within the claim's date"
    else:
        held = "which holds for only part of the claim's date"
    message = (
        f"the dataset gives {w.fact_text(fits)}, {held}, so the dataset neither confirms "
        "nor refutes it; find the date the source meant and give it as the claim's as_of"
    )
    return w.done(Verdict.UNDETERMINED, w.finding("D204", message, fits))


def superseded(fact: Fact, w: Writer) -> Fact | None:
    """A later fact of a time-dependent property, when `fact` has stopped being valid."""
    valid = fact.valid
    if not w.claim.prop.time_dependent or not isinstance(valid, Span) or valid.high is None:
        return None
    ended = valid.high
    later: list[tuple[float, Fact]] = []
    for other in w.dataset.facts_for(w.claim.subject, w.claim.prop.name):
        starts = other.valid.low if isinstance(other.valid, Span) else None
        if starts is not None and starts > ended and not contains(w.claim.value, other.value):
            later.append((starts, other))
    return min(later, key=lambda pair: pair[0])[1] if later else None


def held_elsewhen(w: Writer) -> str:
    """For a claim of a time-dependent value that the facts valid at its date rule out,
    the fact that gives its value at another time, as words to follow the refutation;
    "" where there is none. A researcher's former university, or last winter's uptake,
    named as of today was refuted as though the source had made it up."""
    claim = w.claim
    if not claim.prop.time_dependent:
        return ""
    for fact in w.dataset.facts_for(claim.subject, claim.prop.name):
        valid = fact.valid
        elsewhen = isinstance(valid, Span) and not overlaps(valid, claim.as_of)
        if elsewhen and contains(claim.value, fact.value):
            return (
                f"; the dataset has {w.fact_text(fact)}, so the claim held at another "
                "time: if the source meant then, give that date as the claim's as_of"
            )
    return ""
