"""Turning a written value into the set it denotes, given its property's type."""

from __future__ import annotations

import math
import re
from calendar import monthrange
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from typing import Any

from validator.model.values import Choice, Span, ValueSet, date_to_minutes, span_of_days

__all__ = [
    "UnknownEntity",
    "ValueProblem",
    "date_span",
    "describe_raw",
    "normalise_text",
    "parse_duration",
    "parse_value",
]

# Magnitudes beyond this are typing accidents, not facts; floats lose integer precision.
MAX_MAGNITUDE = 1e15

_DATE = re.compile(
    r"(?P<y>[0-9]{4})(?:-(?P<m>[0-9]{2})(?:-(?P<d>[0-9]{2})(?:T(?P<H>[0-9]{2}):(?P<M>[0-9]{2}))?)?)?\Z"
)
_DURATION_PART = re.compile(
    r"\s*(?P<n>[0-9]+(?:\.[0-9]+)?)\s*(?P<unit>[a-z]+)\.?\s*,?\s*(?:and\s+)?", re.IGNORECASE
)
_UNIT_MINUTES = {
    "s": 1 / 60,
    "sec": 1 / 60,
    "secs": 1 / 60,
    "second": 1 / 60,
    "seconds": 1 / 60,
    "m": 1.0,
    "min": 1.0,
    "mins": 1.0,
    "minute": 1.0,
    "minutes": 1.0,
    "h": 60.0,
    "hr": 60.0,
    "hrs": 60.0,
    "hour": 60.0,
    "hours": 60.0,
    "d": 1440.0,
    "day": 1440.0,
    "days": 1440.0,
    "w": 10080.0,
    "wk": 10080.0,
    "wks": 10080.0,
    "week": 10080.0,
    "weeks": 10080.0,
}
_PERCENT = re.compile(r"\s*(-?[0-9]+(?:\.[0-9]+)?)\s*%\s*\Z")


class ValueProblem(Exception):
    """The value does not fit its property's type (E106)."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class UnknownEntity(Exception):
    """An entity value names no entity (E104)."""

    def __init__(self, name: str) -> None:
        super().__init__(name)
        self.name = name


@dataclass(frozen=True, slots=True)
class EntityLookup:
    resolve: Callable[[str], str | None]
    widen: Callable[[str], frozenset[str]]


def describe_raw(raw: Any) -> str:
    """A written value as one line of text, the way reports show it."""
    if isinstance(raw, bool):
        return "true" if raw else "false"
    if isinstance(raw, float) and raw.is_integer() and abs(raw) < MAX_MAGNITUDE:
        return str(int(raw))
    if isinstance(raw, dict):
        if "about" in raw:
            within = raw.get("within")
            suffix = f" ± {describe_raw(within)}" if within is not None else ""
            return f"about {describe_raw(raw['about'])}{suffix}"
        if "from" not in raw and "to" not in raw:
            return "{}"  # only an invalid claim gets here: the schema wants an end
        if "to" not in raw:
            start = raw["from"]
            return f"{start} or later" if isinstance(start, str) else f"at least {start}"
        if "from" not in raw:
            end = raw["to"]
            return f"{end} or earlier" if isinstance(end, str) else f"at most {end}"
        return f"{describe_raw(raw['from'])}..{describe_raw(raw['to'])}"
    return str(raw)


def normalise_text(text: str) -> str:
    return " ".join(text.casefold().split())


def date_span(raw: Any) -> Span:
    """A date of any precision as the span of minutes it covers; raises ValueProblem."""
    if type(raw) is str:
        # The same few hundred dates recur across thousands of claims (publication
        # dates, as_of); a span is immutable, so one parse serves them all.
        return _text_date_span(raw)
    return _date_span(raw)


@lru_cache(maxsize=8192)
def _text_date_span(raw: str) -> Span:
    return _date_span(raw)


def _date_span(raw: Any) -> Span:
    if isinstance(raw, bool) or not isinstance(raw, int | str):
        raise ValueProblem(f"expected a date such as 2022-12-08, not {describe_raw(raw)!r}")
    if isinstance(raw, int):
        if not 1 <= raw <= 9999:
            raise ValueProblem(f"{raw} is not a year between 1 and 9999")
        return span_of_days(date(raw, 1, 1), date(raw, 12, 31))
    match = _DATE.match(raw.strip())
    if not match:
        raise ValueProblem(
            f"'{raw}' is not a date; write 2022, 2022-12, 2022-12-08 or 2022-12-08T21:00"
        )
    year = int(match["y"])
    try:
        if match["m"] is None:
            return span_of_days(date(year, 1, 1), date(year, 12, 31))
        month = int(match["m"])
        if match["d"] is None:
            # Its last day from the calendar: the day after December 9999 does not exist.
            last = date(year, month, monthrange(year, month)[1])
            return span_of_days(date(year, month, 1), last)
        day = date(year, month, int(match["d"]))
        if match["H"] is None:
            return span_of_days(day, day)
        hour, minute = int(match["H"]), int(match["M"])
        if hour > 23 or minute > 59:
            raise ValueError("time out of range")
    except ValueError:
        raise ValueProblem(f"'{raw}' is not a real date") from None
    point = date_to_minutes(day) + hour * 60 + minute
    return Span(point, point)


def parse_duration(raw: Any, unit: str | None) -> float:
    """A duration in the property's unit: a bare number is already in it."""
    factor = _UNIT_MINUTES.get((unit or "minutes").lower(), 1.0)
    if isinstance(raw, bool):
        raise ValueProblem("expected a duration such as 90, '90 min' or '1h30m', not a boolean")
    if isinstance(raw, int | float):
        return _finite_number(raw)
    text = str(raw).strip().lower()
    if not text:
        raise ValueProblem("expected a duration such as '90 min', not empty text")
    if re.fullmatch(r"[0-9]+(?:\.[0-9]+)?", text):
        return float(text)
    total = 0.0
    position = 0
    for match in _DURATION_PART.finditer(text):
        if match.start() != position:
            break
        minutes = _UNIT_MINUTES.get(match["unit"])
        if minutes is None:
            raise ValueProblem(f"'{raw}': unknown unit '{match['unit']}' (use min, hours, days)")
        total += float(match["n"]) * minutes
        position = match.end()
    if position != len(text) or position == 0:
        raise ValueProblem(f"'{raw}' is not a duration; write 90, '90 min', '2 hours' or '1h30m'")
    return total / factor


def _finite_number(raw: Any) -> float:
    if isinstance(raw, bool) or not isinstance(raw, int | float):
        raise ValueProblem(f"expected a number, not {describe_raw(raw)!r}")
    try:
        value = float(raw)
    except OverflowError:  # an integer past the largest float
        raise ValueProblem("the number is too large to be a plausible value") from None
    if not math.isfinite(value) or abs(value) > MAX_MAGNITUDE:
        raise ValueProblem(f"{describe_raw(raw)} is too large to be a plausible value")
    return value


def _number(raw: Any, kind: str, unit: str | None) -> float:
    if kind == "duration":
        return parse_duration(raw, unit)
    if kind == "percent" and isinstance(raw, str):
        match = _PERCENT.match(raw)
        if match:
            return _finite_number(float(match.group(1)))
    if isinstance(raw, bool) or not isinstance(raw, int | float):
        words = {"integer": "a whole number", "number": "a number", "percent": "a percentage"}
        raise ValueProblem(f"expected {words.get(kind, 'a number')}, not {describe_raw(raw)!r}")
    value = _finite_number(raw)
    if kind == "integer" and not value.is_integer():
        raise ValueProblem(f"expected a whole number, not {describe_raw(raw)}")
    return value


def _numeric_set(raw: Any, kind: str, unit: str | None, tolerance: float | None) -> Span:
    if isinstance(raw, dict):
        if "about" in raw:
            centre = _number(raw["about"], kind, unit)
            within = raw.get("within")
            spread = _finite_number(within) if within is not None else (tolerance or 0.0)
            return Span(centre - spread, centre + spread)
        low = _number(raw["from"], kind, unit) if "from" in raw else None
        high = _number(raw["to"], kind, unit) if "to" in raw else None
        if low is not None and high is not None and low > high:
            raise ValueProblem(f"the interval {describe_raw(raw)} ends before it starts")
        return Span(low, high)
    value = _number(raw, kind, unit)
    # A property's tolerance is the precision its values are given with: a running
    # time of "90 min" means about 90, so a bare number carries it too.
    spread = tolerance or 0.0
    return Span(value - spread, value + spread)


def _date_set(raw: Any) -> Span:
    if isinstance(raw, dict):
        if "about" in raw:
            raise ValueProblem("a date cannot be approximate; give an interval {from, to}")
        low = date_span(raw["from"]).low if "from" in raw else None
        high = date_span(raw["to"]).high if "to" in raw else None
        if low is not None and high is not None and low > high:
            raise ValueProblem(f"the interval {describe_raw(raw)} ends before it starts")
        return Span(low, high)
    return date_span(raw)


def parse_value(
    raw: Any,
    kind: str,
    *,
    unit: str | None = None,
    tolerance: float | None = None,
    lookup: EntityLookup | None = None,
    widen: bool = True,
) -> ValueSet:
    """The set `raw` denotes for a property of type `kind`.

    `widen` is true for claims: an entity named in a claim allows everything narrower
    than it. A dataset fact names exactly one entity.
    """
    if type(raw) in _SCALARS and kind != "entity":
        # Only an entity's set depends on the dataset; every other scalar's set is a
        # pure function of what was written, and the same values recur constantly.
        return _scalar_set(raw, kind, unit, tolerance)
    return _parse(raw, kind, unit, tolerance, lookup, widen)


_SCALARS = frozenset((str, int, float, bool))


# typed: 1, 1.0 and True are equal keys but not equal values (True is no number).
@lru_cache(maxsize=16384, typed=True)
def _scalar_set(raw: Any, kind: str, unit: str | None, tolerance: float | None) -> ValueSet:
    return _parse(raw, kind, unit, tolerance, None, True)


def _parse(
    raw: Any,
    kind: str,
    unit: str | None,
    tolerance: float | None,
    lookup: EntityLookup | None,
    widen: bool,
) -> ValueSet:
    if kind in ("integer", "number", "percent", "duration"):
        return _numeric_set(raw, kind, unit, tolerance)
    if kind == "date":
        return _date_set(raw)
    if isinstance(raw, dict):
        raise ValueProblem(f"a {kind} value cannot be an interval or approximate")
    if kind == "boolean":
        if not isinstance(raw, bool):
            raise ValueProblem(f"expected true or false, not {describe_raw(raw)!r}")
        return Choice(frozenset(("true" if raw else "false",)))
    if kind == "entity":
        if not isinstance(raw, str):
            raise ValueProblem(f"expected the name of an entity, not {describe_raw(raw)!r}")
        if lookup is None:
            raise ValueProblem("entity values need a dataset to resolve against")
        entity = lookup.resolve(raw)
        if entity is None:
            raise UnknownEntity(raw)
        return Choice(lookup.widen(entity) if widen else frozenset((entity,)))
    if kind in ("text", "quote"):
        if isinstance(raw, bool):
            raise ValueProblem(f"expected text, not {describe_raw(raw)}")
        return Choice(frozenset((normalise_text(str(raw)),)))
    raise ValueProblem(f"unknown property type '{kind}'")
