"""Stage 3, a claim's date: its own `as_of`, or its source's publication date, resolved
into the span of minutes it covers and the text reports show, or the problem (E106)
that keeps it from being one.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from validator.model.property_types.base import ValueProblem
from validator.model.property_types.dates import describe_date
from validator.model.property_types.registry import parse_value
from validator.model.typography import curly_quotes_hint
from validator.model.values import Span
from validator.parse.claim_file import ClaimEntry, ParsedFile
from validator.parse.written_as import other_base_at

from .qualifiers import Problem

__all__ = ["Dated", "own_date", "resolve_as_of", "source_published"]

# What a date resolves to: its span and its text.
Dated = tuple[Span, str]


def source_published(parsed: ParsedFile) -> Any:
    """The publication date of a file's source, as written (None when it has none)."""
    return parsed.loaded.data.get("source", {}).get("published")


def resolve_as_of(raw: Any) -> Dated | Problem:
    """A claim's date (its own `as_of`, or its source's publication date) as a span and
    the text reports show, or why it is no date."""
    try:
        span = parse_value(raw, "date")
    except ValueProblem as problem:
        message = f"as_of: {problem.message}{curly_quotes_hint(raw)}"
        return Problem("E106", message, ("as_of",), "as_of")
    assert isinstance(span, Span)
    return span, describe_date(raw)


def own_date(
    entry: ClaimEntry, parsed: ParsedFile, resolve: Callable[[Any], Dated | Problem]
) -> Dated | Problem:
    """The `as_of` of the claim of `entry` in `parsed`, resolved by `resolve` (which a
    run may remember by the value written); a year in it written in another base than
    ten (`0x7E6`) is a problem: resolved as a date alone, it was the year read, and the
    reports said "as of 2022" with nothing to say where 2022 came from."""
    raw = entry.raw["as_of"]
    found = other_base_at(parsed.loaded.positions, ("claims", entry.number, "as_of"), raw)
    if found is None:
        return resolve(raw)
    return Problem("E106", f"as_of: {found[1]}", ("as_of", *found[0]), "as_of")
