"""A `unit` written beside a claim's value, told the form its property's type reads.

The schema refuses the field (E102) before the dataset is consulted, so its message
could only say both forms a unit takes: in the value (`value: 47 min`, as a duration
reads it) or as the property's own (`value: 47`, a number in years). With the
property known, it says the one that applies, in the words of the E106 that value
would get.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace

from validator.dataset.fact_values import property_value
from validator.dataset.model import Dataset
from validator.model.findings import Finding
from validator.model.property_types.base import EntityLookup, UnknownEntity, ValueProblem
from validator.model.property_types.registry import property_type
from validator.model.typography import shorten
from validator.parse.claim_file import ParsedFile
from validator.parse.field_places import UNIT_ADVICE

from .part_units import told_part_units
from .property_names import named_properties
from .qualifier_fields import told_qualifier_fields
from .range_values import told_ranges

__all__ = ["in_dataset_words"]

# The key of a schema error at a claim's `unit` (`format_path`): claims[3].unit.
_AT_UNIT = re.compile(r"claims\[([0-9]+)\]\.unit\Z")


def in_dataset_words(
    findings: Iterable[Finding], parsed: ParsedFile, dataset: Dataset
) -> tuple[Finding, ...]:
    """`findings`, each E102 that the dataset lets say more told it: a property written
    as a label its name (`named_properties`), a unit beside a value its form, a range
    where the values are never one what to write instead (`told_ranges`), a qualifier
    written as a field of the claim where it goes (`told_qualifier_fields`), a part of a
    value written with its unit the number in the property's (`told_part_units`)."""
    told = _told_units(named_properties(findings, parsed, dataset), parsed, dataset)
    told = told_qualifier_fields(told_ranges(told, parsed, dataset), parsed, dataset)
    return told_part_units(told, parsed, dataset)


def _told_units(
    findings: Iterable[Finding], parsed: ParsedFile, dataset: Dataset
) -> tuple[Finding, ...]:
    """`findings`, each E102 at a claim's `unit` beside a number told the form its
    property reads the two in, where the claim names a property of the dataset."""
    out: list[Finding] = []
    for finding in findings:
        # Only the schema's errors are keyed by a bare path (a duplicate key's is
        # "kind:path"), and only one at a claim's `unit` says `UNIT_ADVICE`.
        at = _AT_UNIT.match(finding.key)
        said = _next_step(parsed, int(at[1]), dataset) if at else None
        if said is not None and UNIT_ADVICE in finding.message:
            head = finding.message.split(UNIT_ADVICE)[0]
            finding = replace(finding, message=head + UNIT_ADVICE + said)
        out.append(finding)
    return tuple(out)


def _next_step(parsed: ParsedFile, index: int, dataset: Dataset) -> str | None:
    """What the claim at `index` is to write for its number and unit, or None where it
    has no number and unit, or names no property of the dataset (not inverted)."""
    claim = parsed.written(index)
    if claim is None:
        return None
    value, unit, name = claim.get("value"), claim.get("unit"), claim.get("property")
    if type(value) not in (int, float) or not isinstance(unit, str) or not unit.strip():
        return None
    found = dataset.property(name) if isinstance(name, str) else None
    if found is None or found[1]:
        return None
    prop = found[0]
    number = parsed.loaded.positions.written_as(("claims", index, "value")) or str(value)
    text = f"{shorten(number)} {shorten(unit.strip(), 40)}"
    kind = f"property '{shorten(str(name))}' ({property_type(prop.type).words(prop.unit)})"
    lookup = EntityLookup(dataset.resolve_entity, dataset.with_narrower)
    try:
        property_value(text, prop, lookup)
    except (ValueProblem, UnknownEntity) as problem:
        said = problem.message if isinstance(problem, ValueProblem) else "it names no entity"
        return f", but {kind} does not read 'value: {text}': {said}"
    return f"; write it into the value, 'value: {text}', as {kind} reads it"
