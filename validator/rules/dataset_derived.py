"""A derived property held against the fact it is derived from (D201-D204 for an `age`
claim): the dataset records when someone was born, not how old they were, so the
values the base fact allows over the claim's `as_of` are worked out (by the property's
`Derivation`, from the type registry) and compared with the claimed value.
"""

from __future__ import annotations

from datetime import date
from functools import lru_cache

from validator.dataset.model import Dataset
from validator.model.property_types.derived import Derivation
from validator.model.result import Verdict
from validator.model.values import MINUTES_PER_DAY, Span, date_to_minutes, equal
from validator.resolve.claims import Statement

from .fact_compare import Relation, relation
from .fact_words import REFUTED_STEP, Conclusion, Writer

__all__ = ["assess_derived", "what_as_of_decides"]


def what_as_of_decides(
    claim: Statement, dataset: Dataset, derived: Derivation
) -> tuple[object, ...]:
    """All `assess_derived` makes of the claim's as_of span, besides showing its text."""
    base = dataset.facts_for(claim.subject, claim.prop.source_property or "")
    settled = [f for f in base if not f.disputed]
    if not settled or not isinstance(settled[0].value, Span):
        return (derived.name,)
    decided = derived.decides(settled[0].value, claim.as_of)
    return (derived.name, decided, _after_checked(claim.as_of, dataset.checked))


def _after_checked(as_of: Span, checked: str | None) -> bool:
    """Whether the as_of starts after the day the dataset was last checked (`checked`),
    so that what it gives there is a projection: an age `as_of: 2030-01-01` read "was
    29 throughout", a past fact. The dataset's day, not the run's: a finding is a
    function of the claim and the dataset, and the reports are the same whenever run."""
    end = _end_of(checked)
    return end is not None and as_of.low is not None and as_of.low >= end


@lru_cache(maxsize=16)
def _end_of(checked: str | None) -> float | None:
    """The first minute after the day `checked`, or None for no (real) day."""
    try:
        return (
            None
            if checked is None
            else date_to_minutes(date.fromisoformat(checked)) + MINUTES_PER_DAY
        )
    except ValueError:
        return None


def assess_derived(
    claim: Statement, dataset: Dataset, w: Writer, derived: Derivation
) -> Conclusion:
    """The claim against what the base property's settled fact gives at its as_of."""
    base = claim.prop.source_property or ""
    facts = [f for f in dataset.facts_for(claim.subject, base) if not f.disputed]
    if not facts:
        message = f"the dataset has no {base} for {w.subject}, {derived.no_base.format(base=base)}"
        return w.done(Verdict.UNVERIFIABLE, w.finding("D203", message))
    fact = facts[0]
    assert isinstance(fact.value, Span)
    implied = derived.implied(fact.value, claim.as_of)
    w.step(f"fact: {base} {w.fact_text(fact)}")
    # The claim's date as written is put in when the conclusion is worded for a claim
    # (see `Conclusion.as_of`).
    before, as_of, after = (implied.gives or derived.gives).partition("{as_of}")
    values = implied.text
    w.step(
        before.format(values=values, base=base),
        after.format(values=values, base=base) if as_of else None,
    )
    found = relation(claim.value, implied.values)
    w.step(f"compare: {found.value}")
    words_for = derived.projected if _after_checked(claim.as_of, dataset.checked) else derived.held
    held = words_for.format(subject=w.subject, values=implied.text)
    so = f"the dataset gives {base} {w.fact_text(fact)}, so {held}"
    so = f"{so} {implied.when}" if implied.when else so
    if found is Relation.SUPPORTS:
        if equal(claim.value, implied.values):
            return w.done(Verdict.SUPPORTED)
        message = f"{so}: supported, but less precise; a more precise value would say more"
        return w.done(Verdict.SUPPORTED, w.finding("D202", message, fact))
    if found is Relation.REFUTES:
        message = f"{so}; correct the claim, {REFUTED_STEP}"
        return w.done(Verdict.REFUTED, w.finding("D201", message, fact))
    message = (
        f"{so}; the claim cannot be confirmed for the whole period; find the date the "
        "source meant and give it as the claim's as_of"
    )
    return w.done(Verdict.UNDETERMINED, w.finding("D204", message, fact))
