"""The one table of property types: every stage finds a type here by its name.

A dataset declares each property's type by name (`type: duration`); the loader, the
resolver and the rules ask this table what the name means, and the dataset schema's
lists of type and derivation names are this table's (`schema_enums`; the shipped schema
file is checked against it by a test). A type is added by writing its `PropertyType`
and naming it in `BUILT_IN`, a derived property by its `Derivation` in `DERIVED`; see
docs/architecture.md.

`TYPES` is read at each call, never bound at import, so a test can run the whole
pipeline with a copy that has one more type (`TYPES.copy()`, `register`).
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache
from typing import Any

from validator.model.typography import shorten
from validator.model.values import Choice, ValueSet

from .base import (
    NOT_TEXT,
    EntityLookup,
    NumberTexts,
    PropertyType,
    ValueProblem,
    Written,
    describe_raw,
    number_text,
)
from .choices import BOOLEAN, ENTITY, QUOTE, TEXT, describe_choice
from .dates import DATE, describe_date
from .derived import AGE, Derivation
from .numbers import DURATION, INTEGER, NUMBER, PERCENT

__all__ = [
    "BUILT_IN",
    "DERIVED",
    "DERIVED_ENUM",
    "TYPES",
    "VALUE_TYPE_ENUM",
    "TypeRegistry",
    "as_written",
    "derivation",
    "describe_set",
    "describe_written",
    "parse_value",
    "property_type",
]

# In the order the schema and the docs list them.
BUILT_IN: tuple[PropertyType, ...] = (
    ENTITY,
    TEXT,
    INTEGER,
    NUMBER,
    PERCENT,
    DATE,
    DURATION,
    BOOLEAN,
    QUOTE,
)
DERIVED: tuple[Derivation, ...] = (AGE,)

# Where the dataset schema lists the registered names (JSON pointers to its enums).
VALUE_TYPE_ENUM = "/$defs/valueType/enum"
DERIVED_ENUM = "/$defs/propertyDefinition/properties/derived/enum"


class TypeRegistry:
    """Property types and derivations by name, in the order they were registered."""

    __slots__ = ("_derived", "_types")

    def __init__(
        self, types: Iterable[PropertyType] = (), derived: Iterable[Derivation] = ()
    ) -> None:
        self._types: dict[str, PropertyType] = {}
        self._derived: dict[str, Derivation] = {}
        for kind in types:
            self.register(kind)
        for how in derived:
            self.register_derivation(how)

    def register(self, kind: PropertyType) -> None:
        if kind.name in self._types:
            raise ValueError(f"property type '{kind.name}' is registered twice")
        self._types[kind.name] = kind

    def register_derivation(self, how: Derivation) -> None:
        if how.name in self._derived:
            raise ValueError(f"derivation '{how.name}' is registered twice")
        self._derived[how.name] = how

    def copy(self) -> TypeRegistry:
        return TypeRegistry(self._types.values(), self._derived.values())

    def derivation(self, name: str) -> Derivation | None:
        return self._derived.get(name)

    def get(self, name: str) -> PropertyType | None:
        return self._types.get(name)

    def names(self) -> tuple[str, ...]:
        return tuple(self._types)

    def schema_enums(self) -> tuple[tuple[str, tuple[str, ...]], ...]:
        """The dataset schema's enums this table decides, by JSON pointer."""
        return ((VALUE_TYPE_ENUM, self.names()), (DERIVED_ENUM, tuple(self._derived)))


TYPES = TypeRegistry(BUILT_IN, DERIVED)


def derivation(name: str | None) -> Derivation | None:
    """How a property declared `derived: name` is computed; None for a property the
    dataset records (the schema admits no other name)."""
    return None if name is None else TYPES.derivation(name)


def property_type(name: str) -> PropertyType:
    """The registered type called `name`; raises ValueProblem for any other name."""
    found = TYPES.get(name)
    if found is None:
        raise ValueProblem(f"unknown property type '{name}'")
    return found


def as_written(raw: Any, kind: str, written: str | None) -> Any:
    """The value a property of type `kind` takes for `raw`, which was `written` so (as
    `Positions.written_as` gives it): a type whose values are text whatever they look
    like (`verbatim`) takes a number or boolean as the text written, so `007` stays
    "007" and `1.50` stays "1.50". Else, and when how it was written is not known,
    `raw` itself."""
    if written is not None and type(raw) in NOT_TEXT and property_type(kind).verbatim:
        return written
    return raw


def parse_value(
    raw: Any,
    kind: str,
    *,
    unit: str | None = None,
    tolerance: float | None = None,
    lookup: EntityLookup | None = None,
    widen: bool = True,
    minimum: float | None = None,
    maximum: float | None = None,
    texts: NumberTexts = (),
) -> ValueSet:
    """The set `raw` denotes for a property of type `kind`.

    `widen` is true for claims: an entity named in a claim allows everything narrower
    than it. A dataset fact names exactly one entity. `minimum` and `maximum` are the
    range the dataset declares for the property; a number outside it is a ValueProblem.
    `texts`: how its numbers were written, which a problem quotes.
    """
    found = property_type(kind)
    if type(raw) in _SCALARS and not found.of_entities:
        # Only an entity's set depends on the dataset; every other scalar's set is a
        # pure function of what was written, and the same values recur constantly.
        return _scalar_set(raw, found, unit, tolerance, minimum, maximum, texts)
    return found.parse(Written(raw, unit, tolerance, lookup, widen, minimum, maximum, texts))


_SCALARS = NOT_TEXT | {str}


# typed: 1, 1.0 and True are equal keys but not equal values (True is no number).
@lru_cache(maxsize=16384, typed=True)
def _scalar_set(
    raw: Any,
    kind: PropertyType,
    unit: str | None,
    tolerance: float | None,
    minimum: float | None,
    maximum: float | None,
    texts: NumberTexts,
) -> ValueSet:
    return kind.parse(Written(raw, unit, tolerance, minimum=minimum, maximum=maximum, texts=texts))


def describe_set(values: ValueSet, kind: str, unit: str | None = None) -> str:
    """A set of a property's values in words, for messages and explanations."""
    if isinstance(values, Choice):
        return describe_choice(values)
    return property_type(kind).describe(values, unit)


def describe_written(
    raw: Any, kind: str | None, texts: NumberTexts = (), *, resolved: bool = False
) -> str:
    """A value as every report shows it for a property or qualifier of type `kind`
    (None where the type is not known): a date as `describe_date` words it, so that
    `{from: 2022}` reads "2022 or later" whether or not the claim resolved and whether
    the year was written as a number or as text; any other value as `describe_raw`
    does. A number as `texts` says it was written (`0x7E7`, `2022.50`, `1.50`), as
    the finding that refuses it quotes it; but a date that `resolved` reads as the
    date it was taken as (`2022.0` as 2022)."""
    if kind != "date":
        return describe_raw(raw, texts)
    if resolved:
        return describe_date(raw)
    if isinstance(raw, dict) and "about" not in raw:
        return describe_date({key: _as_written(end, texts, key) for key, end in raw.items()})
    return describe_date(_as_written(raw, texts, ""))


def _as_written(raw: Any, texts: NumberTexts, key: str) -> Any:
    """`raw`, a number, as the text it was written as under `key` of `texts`, where
    that is known; else `raw` itself."""
    if type(raw) in (int, float) and (text := number_text(texts, key)) is not None:
        return shorten(text)
    return raw
