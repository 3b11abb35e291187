"""Stage 3: an interval or approximate value where the values are never one: an entity
(a cast member), a text, a quote or a boolean, as a claim's value or a qualifier.

`value: {from: Kate Winslet, to: Mia Threapleton}` for a cast member is a list written
as a range. The schema refused its ends (E102: "the text 'Kate Winslet' does not have
the expected form (a date ..., or a number ...)"), and ends that are dates or numbers
were told "an entity value cannot be an interval or approximate; write one value"
(E106): neither said what to write. With the property known, the next step is said: a
claim for each name the range holds; for dates, the property's date qualifiers
(`spouse`'s `from` and `to`, an award's `year`) or the claim's `as_of`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace
from typing import Any

from validator.dataset.model import Dataset, PropertyDef
from validator.model.findings import Finding
from validator.model.property_types.base import ValueProblem
from validator.model.property_types.choices import ONE_VALUE
from validator.model.property_types.registry import parse_value, property_type
from validator.model.typography import shorten
from validator.model.values import Choice
from validator.parse.claim_file import ParsedFile

__all__ = ["never_ranged", "one_value_step", "ranged_words", "told_ranges"]

# The fields of an interval and of an approximate value: an interval's first.
_FIELDS = ("from", "to", "about", "within")
# The key of a schema error at an end of a claim's value or of one of its qualifiers
# (`format_path`): claims[3].value.from, claims[3].qualifiers.character.to.
_AT_END = re.compile(
    r"claims\[([0-9]+)\]\.(value|qualifiers\.([a-z][a-z0-9_]*))\.(from|to|about|within)\Z"
)
# How much of a name a message shows.
_SHOWN = 60


def never_ranged(kind: str) -> bool:
    """Whether values of the type `kind` are never an interval or approximate: the
    discrete types, whose values are members of a set, not points on a line."""
    try:
        return property_type(kind).sets is Choice
    except ValueProblem:
        return False


def one_value_step(raw: dict[str, Any], field: str, prop: PropertyDef | None = None) -> str:
    """What to write instead of `raw`, an interval or approximate value given for `field`
    (`value`, or a qualifier's name) whose values are never one: a claim for each name
    it holds; for the value (`prop` given), dates in the property's date qualifiers or
    in the claim's `as_of`; else one value."""
    ends = [raw[key] for key in _FIELDS[:3] if key in raw]
    names = list(dict.fromkeys(shorten(e, _SHOWN) for e in ends if _is_name(e)))
    if len(names) > 1:
        each = " and ".join(f"'{field}: {name}'" for name in names)
        return f"one claim holds one value: write a claim for each, {each}"
    if names:
        return f"write the value itself, '{field}: {names[0]}'"
    if prop is None or not ends or not all(map(_is_date, ends)):
        return "write one value"
    # An approximate date is written as its date: neither `as_of` nor a date qualifier
    # takes one approximate, and its `within` is no date (nor bounded in length).
    if "about" in raw:
        shown, dates = str(raw["about"]), "the date"
    else:
        shown = "{" + ", ".join(f"{key}: {raw[key]}" for key in _FIELDS[:2] if key in raw) + "}"
        dates = "the dates"
    dated = [name for name, kind in prop.qualifiers if kind == "date"]
    if {"from", "to"} <= set(dated) and set(raw) <= {"from", "to"}:
        return f"write one value, and the dates as the claim's qualifiers, 'qualifiers: {shown}'"
    if len(dated) == 1:
        return (
            f"write one value, and {dates} as the claim's qualifier '{dated[0]}', "
            f"'qualifiers: {{{dated[0]}: {shown}}}'"
        )
    return f"write one value; dates that say when the claim holds go in its as_of, 'as_of: {shown}'"


def ranged_words(message: str, raw: Any, field: str, prop: PropertyDef | None = None) -> str:
    """`message`, a discrete type's refusal of a range (`raw`) ending in "write one
    value", with the step `one_value_step` says for `field` instead."""
    if isinstance(raw, dict) and message.endswith(ONE_VALUE):
        return message[: -len(ONE_VALUE)] + one_value_step(raw, field, prop)
    return message


def _is_name(end: Any) -> bool:
    """Whether an end of a range is a text that is no date: a name, or words."""
    return isinstance(end, str) and not _is_date(end)


def _is_date(end: Any) -> bool:
    """Whether an end of a range is a date: a text of a date's form, or a year written
    as a bare number (`{from: 2020}`: YAML reads 2020 as a number)."""
    if type(end) is int:
        return 1000 <= end <= 9999
    if not isinstance(end, str):
        return False
    try:
        parse_value(end, "date")
    except ValueProblem:
        return False
    return True


def told_ranges(
    findings: Iterable[Finding], parsed: ParsedFile, dataset: Dataset
) -> tuple[Finding, ...]:
    """`findings`, each E102 at an end of a range whose property or qualifier takes
    values that are never one told so, and what to write instead (its key, and so its
    fingerprint, kept)."""
    out: list[Finding] = []
    for finding in findings:
        # Only the schema's errors are keyed by a bare path (a reading problem's is
        # "kind:path").
        at = _AT_END.match(finding.key)
        said = _said(parsed, int(at[1]), at[3], dataset) if at else None
        if at is not None and said is not None:
            shape = "an approximate value" if at[4] in ("about", "within") else "an interval"
            where = f"claims[{at[1]}].{at[2]}"
            message = f"{where} is {shape}, but {said}"
            finding = replace(finding, message=message)
        out.append(finding)
    return tuple(out)


def _said(parsed: ParsedFile, index: int, qualifier: str | None, dataset: Dataset) -> str | None:
    """What the claim at `index` takes for its value (`qualifier` None) or that
    qualifier, where that is never a range, and what to write; else None."""
    claim = parsed.written(index)
    if claim is None:
        return None
    name = claim.get("property")
    found = dataset.property(name) if isinstance(name, str) else None
    if found is None:
        return None
    prop, inverted = found
    if qualifier is None:
        kind, owner, field = ("entity" if inverted else prop.type), f"property '{name}'", "value"
        raw = claim.get("value")
    else:
        kind = prop.qualifier_type(qualifier) or ""
        owner, field = f"qualifier '{qualifier}'", qualifier
        qualifiers = claim.get("qualifiers")
        raw = qualifiers.get(qualifier) if isinstance(qualifiers, dict) else None
    if not never_ranged(kind) or not isinstance(raw, dict):
        return None
    words = property_type(kind).words(None if inverted else prop.unit)
    step = one_value_step(raw, field, prop if qualifier is None else None)
    return f"{owner} takes {words}, never an interval or approximate; {step}"
