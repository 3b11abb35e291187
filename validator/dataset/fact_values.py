"""A fact's written value, qualifiers and validity as the sets they denote and the text
reports show, each through its property's type in the type registry.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from validator.model.property_types import registry
from validator.model.property_types.base import (
    EntityLookup,
    NumberTexts,
    UnknownEntity,
    ValueProblem,
    with_unit,
)
from validator.model.property_types.dates import describe_date
from validator.model.property_types.relative_dates import as_a_fact
from validator.model.typography import shorten
from validator.model.values import Choice, Span, ValueSet
from validator.read.positions import JsonPath

from .model import Dataset, PropertyDef

__all__ = [
    "FactProblem",
    "fact_display",
    "fact_parts",
    "fact_qualifiers",
    "fact_value",
    "fits_property",
    "property_value",
    "range_problems",
    "validity",
]


def fact_value(raw: Any, prop: PropertyDef, lookup: EntityLookup) -> ValueSet:
    """The set a fact's value denotes: exactly the entity it names, not those narrower."""
    return property_value(raw, prop, lookup, widen=False)


def property_value(
    raw: Any,
    prop: PropertyDef,
    lookup: EntityLookup,
    *,
    widen: bool = True,
    inverted: bool = False,
    texts: NumberTexts = (),
) -> ValueSet:
    """The set a value of `prop` denotes, held to the range the property declares; a
    claim's value written with the inverse name is an entity (the declared subject).
    `texts`: how its numbers were written, which a problem quotes."""
    if inverted:
        return registry.parse_value(raw, "entity", lookup=lookup, widen=widen)
    return registry.parse_value(
        raw,
        prop.type,
        unit=prop.unit,
        tolerance=prop.tolerance,
        lookup=lookup,
        widen=widen,
        minimum=prop.minimum,
        maximum=prop.maximum,
        texts=texts,
    )


def fits_property(raw: Any, prop: PropertyDef, lookup: EntityLookup, inverted: bool) -> bool:
    """Whether `raw` is a value of `prop` (as a claim writes it: `property_value`)."""
    try:
        property_value(raw, prop, lookup, inverted=inverted)
    except (UnknownEntity, ValueProblem):
        return False
    return True


def range_problems(prop: PropertyDef) -> list[str]:
    """What is wrong with the range a property declares: only a numeric property has
    one, and its minimum is at most its maximum."""
    if prop.minimum is None and prop.maximum is None:
        return []
    if not registry.property_type(prop.type).numeric:
        return [
            f"property '{prop.name}' declares a minimum or maximum, which only a number, "
            "integer, percent or duration property can have; remove it"
        ]
    if prop.minimum is not None and prop.maximum is not None and prop.minimum > prop.maximum:
        return [f"property '{prop.name}' has a minimum above its maximum; swap or correct them"]
    return []


def fact_display(raw: Any, prop: PropertyDef, dataset: Dataset) -> str:
    """A fact's value as reports show it: an entity by its label, a number with its unit."""
    kind = registry.property_type(prop.type)
    if kind.of_entities and isinstance(raw, str):
        entity = dataset.resolve_entity(raw)
        return dataset.label(entity) if entity else raw
    return with_unit(registry.describe_written(raw, prop.type), raw, kind, prop.unit)


def fact_qualifiers(
    raw: dict[str, Any],
    prop: PropertyDef,
    lookup: EntityLookup,
    labels: Callable[[str], str],
    written: Callable[[JsonPath], str | None] = lambda path: None,
    fact: JsonPath = (),
) -> tuple[tuple[str, ValueSet, str], ...]:
    """Each qualifier's name, set and display, in name order; raises ValueProblem.
    `written`: how the number or boolean at a path was written (`Positions.written_as`),
    the fact being at `fact`: a qualifier that takes text takes that, as a claim's
    does, so that `character: 007` in a fact and in a claim compare alike."""
    return tuple(
        _qualifier(name, value, prop, lookup, labels, written, fact)
        for name, value in sorted(raw.items())
    )


def _qualifier(
    name: str,
    value: Any,
    prop: PropertyDef,
    lookup: EntityLookup,
    labels: Callable[[str], str],
    written: Callable[[JsonPath], str | None],
    fact: JsonPath,
) -> tuple[str, ValueSet, str]:
    """One qualifier's name, set and display (`fact_qualifiers`); raises ValueProblem."""
    kind = prop.qualifier_type(name)
    if kind is None:
        raise ValueProblem(f"qualifier '{name}' is not defined for property '{prop.name}'")
    if type(value) is not str:
        value = registry.as_written(value, kind, written((*fact, "qualifiers", name)))
    parsed = registry.parse_value(value, kind, lookup=lookup, widen=False)
    display = registry.describe_written(value, kind)
    if registry.property_type(kind).of_entities and isinstance(parsed, Choice):
        display = ", ".join(labels(m) for m in sorted(parsed.members))
    return name, parsed, display


def validity(raw: Any) -> tuple[Span | None, str | None]:
    """When a fact holds, as a span of time and as written."""
    if raw is None:
        return None, None
    span = registry.parse_value(raw, "date")
    assert isinstance(span, Span)
    # As dates read: `{from: 2020}`, a year YAML reads as a number, is "2020 or later".
    return span, describe_date(raw)


# A fact's value as written and as a set, its qualifiers, and when it holds.
FactParts = tuple[
    Any, ValueSet, tuple[tuple[str, ValueSet, str], ...], tuple[Span | None, str | None]
]


@dataclass(frozen=True, slots=True)
class FactProblem:
    """Why a fact cannot be used, and the node of the fact (its path) it is about."""

    at: JsonPath
    message: str


def _unusable(problem: ValueProblem | UnknownEntity) -> str:
    if isinstance(problem, ValueProblem):
        return as_a_fact(problem.message)
    return f"'{shorten(problem.name, 80)}' names no entity"


def fact_parts(
    raw: dict[str, Any],
    prop: PropertyDef,
    lookup: EntityLookup,
    labels: Callable[[str], str],
    written: Callable[[JsonPath], str | None],
    path: JsonPath,
) -> FactParts | FactProblem:
    """The fact at `path` (`raw`, of `prop`): its value as written and as a set, its
    qualifiers and its validity, or the problem with one of them at that very node: a
    qualifier's or a validity's problem was reported at the fact's value, a line or
    more away. `written` as for `fact_qualifiers`."""
    # A number or boolean for a property that takes text is the text written; a
    # text, nearly every value, is looked up nowhere.
    raw_value = raw["value"]
    if type(raw_value) is not str:
        raw_value = registry.as_written(raw_value, prop.type, written((*path, "value")))
    try:
        value = fact_value(raw_value, prop, lookup)
    except (ValueProblem, UnknownEntity) as problem:
        return FactProblem((*path, "value"), f"fact value: {_unusable(problem)}")
    qualifiers: list[tuple[str, ValueSet, str]] = []
    for name, given in sorted((raw.get("qualifiers") or {}).items()):
        try:
            qualifiers.append(_qualifier(name, given, prop, lookup, labels, written, path))
        except (ValueProblem, UnknownEntity) as problem:
            known = prop.qualifier_type(name) is not None
            prefix = f"fact qualifier '{name}': " if known else ""
            return FactProblem((*path, "qualifiers", name), f"{prefix}{_unusable(problem)}")
    try:
        valid = validity(raw.get("valid"))
    except ValueProblem as problem:
        return FactProblem((*path, "valid"), f"fact validity: {as_a_fact(problem.message)}")
    return raw_value, value, tuple(qualifiers), valid
