"""A wrong value the dataset records at another time: a stale value, not a distinctive one.

Two sources giving the same wrong value for one subject and property is a sign that one
copied the other (S501), unless chance or time explains it. A time-dependent value
goes wrong by itself: last season's manager, last year's population, a former
employer, repeated after the dataset records it changing. Two sources a change behind
need not have copied each other, any more than two a birthday behind (an age); so a
refuted value the dataset records as held at some time is not distinctive.
"""

from __future__ import annotations

import re

from validator.dataset.fact_values import property_value
from validator.dataset.model import Dataset
from validator.model.property_types.base import EntityLookup, UnknownEntity, ValueProblem
from validator.model.values import contains

__all__ = ["StaleValues"]

# A number as a claim's display text shows one: ASCII figures, a sign, a decimal point.
_FIGURES = re.compile(r"-?[0-9]{1,30}(?:\.[0-9]{1,30})?")


class StaleValues:
    """Whether a claim's value (as written) is one the dataset records for its subject and
    property at some time, worked out once for each subject, property and value."""

    def __init__(self, dataset: Dataset) -> None:
        self.dataset = dataset
        self._lookup = EntityLookup(dataset.resolve_entity, dataset.with_narrower)
        self._known: dict[tuple[str, str, str], bool] = {}

    def held_sometime(self, subject_id: str | None, prop: str, value: str) -> bool:
        """Whether the dataset records `value` for `subject_id`'s time-dependent `prop`
        at some time; False for a property that does not change with time, a subject
        that did not resolve, or a value its property does not read."""
        if subject_id is None:
            return False
        key = (subject_id, prop, value)
        known = self._known.get(key)
        if known is None:
            known = self._known[key] = self._held(subject_id, prop, value)
        return known

    def _held(self, subject_id: str, prop: str, value: str) -> bool:
        found = self.dataset.property(prop)
        if found is None or found[1] or not found[0].time_dependent:
            return False
        try:
            claimed = property_value(_as_written(value), found[0], self._lookup)
        except (ValueProblem, UnknownEntity):
            return False
        facts = self.dataset.facts_for(subject_id, found[0].name)
        return any(contains(claimed, fact.value) for fact in facts)


def _as_written(value: str) -> object:
    """A value's display text as the claim file gave it: plain figures as a number (a
    claim's `21000` is shown as the text "21000", which a number's property refuses as
    text); any other text as it is ("nan", "1_000" and other digits than ASCII's are no
    figures a claim file's number is shown as)."""
    if _FIGURES.fullmatch(value) is None:
        return value
    return float(value) if "." in value else int(value)
