"""Stage 3: a part of an approximate value or an interval written with its unit, told
the number to write in the property's own unit.

`value: {about: 1 hour}` is refused by the schema (E102) before the dataset is
consulted, so its message could only say "write the number alone, in the unit the
dataset gives the property (1 if that unit is 'hour')": for a runtime counted in
minutes, the step a desk followed wrote a claim of one minute. With the property
known, the number is said in its unit (`about: 60`), or, where the text is no value
of the property alone, the unit it is to be written in.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable
from dataclasses import replace

from validator.dataset.model import Dataset, PropertyDef
from validator.model.findings import Finding
from validator.model.property_types.base import (
    EntityLookup,
    UnknownEntity,
    ValueProblem,
)
from validator.model.property_types.registry import parse_value
from validator.model.property_types.vague import one_number
from validator.model.typography import shorten
from validator.model.values import Span
from validator.parse.claim_file import ParsedFile
from validator.parse.shape_words import PART_UNIT_ADVICE

__all__ = ["told_part_units"]

# The key of a schema error at a part of a claim's value (`format_path`):
# claims[3].value.about.
_AT_PART = re.compile(r"claims\[([0-9]+)\]\.value\.(from|to|about|within)\Z")
# A percentage in words, which a percentage's property reads with its sign alone.
_PERCENT_WORDS = re.compile(r"\s*([0-9]+(?:\.[0-9]+)?)\s*(?:per\s?cent|pct)\.?\s*\Z", re.I)


def told_part_units(
    findings: Iterable[Finding], parsed: ParsedFile, dataset: Dataset
) -> tuple[Finding, ...]:
    """`findings`, each E102 for a part of a value written as a number with its unit
    told what to write in the unit of the claim's property (its key, and so its
    fingerprint, kept)."""
    out: list[Finding] = []
    for finding in findings:
        # Only the schema's errors are keyed by a bare path, and only one given the
        # parse stage's step for a number with its unit says PART_UNIT_ADVICE.
        at = _AT_PART.match(finding.key) if PART_UNIT_ADVICE in finding.message else None
        said = _next_step(parsed, int(at[1]), at[2], dataset) if at else None
        if said is not None:
            head = finding.message.split(PART_UNIT_ADVICE)[0]
            finding = replace(finding, message=head + said)
        out.append(finding)
    return tuple(out)


def _next_step(parsed: ParsedFile, index: int, part: str, dataset: Dataset) -> str | None:
    """What the claim at `index` is to write for its value's `part`, or None where the
    claim names no property of the dataset with a unit, a percentage or a date (or
    names it inverted)."""
    claim = parsed.written(index)
    if claim is None:
        return None
    value, name = claim.get("value"), claim.get("property")
    text = value.get(part) if isinstance(value, dict) else None
    found = dataset.property(name) if isinstance(name, str) else None
    if not isinstance(text, str) or found is None or found[1]:
        return None
    prop, named = found[0], shorten(str(name))
    if prop.type == "date" and part in ("from", "to"):  # "{from: 2 hours}" for a broadcast
        return f"; property '{named}' takes dates: write each end as a date, such as 2022-12-08"
    if prop.type == "date" and part == "about":
        return (
            f"; property '{named}' takes dates, which are not approximate: write the span "
            "the date may lie in as an interval, such as {from: 2022-12-01, to: 2022-12-08}"
        )
    if prop.unit is not None:
        unit = shorten(prop.unit, 40)
        step = f"; write the number alone, in {unit}, the unit the dataset gives property '{named}'"
    elif prop.type == "percent":  # "{from: 90%}": the sign is the property's own
        step = f"; write the number alone, as property '{named}' reads a percentage"
    else:
        return None
    number = _in_unit(text, prop, dataset)
    return step if number is None else f"{step}: '{part}: {number}'"


def _in_unit(text: str, prop: PropertyDef, dataset: Dataset) -> str | None:
    """`text` as one number in the property's unit (`vague.one_number`): read as a value
    of the property's type, without its tolerance ("1 hour" for a duration in minutes is
    60), or the figure before the unit's own word or a percent sign ("20 years" for an
    age in years), or a percentage in words; None where it is neither."""
    lookup = EntityLookup(dataset.resolve_entity, dataset.with_narrower)

    def read(raw: object) -> float:
        try:
            found = parse_value(raw, prop.type, unit=prop.unit, lookup=lookup)
        except UnknownEntity as unknown:
            raise ValueProblem("no number") from unknown
        low = found.low if isinstance(found, Span) and found.low == found.high else None
        if low is None or not math.isfinite(low):
            raise ValueProblem("no one number")
        return low

    words = _PERCENT_WORDS.match(text) if prop.type == "percent" else None
    return one_number(f"{words[1]}%" if words else text, read, prop.unit)
