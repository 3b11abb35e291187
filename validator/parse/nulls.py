"""A null where a field is optional means the field is not given.

A claim file written by a script (a spreadsheet's empty cell, a JSON export) says `null`
for what it leaves out, as the contract's own example writes `author: null`. So an
optional field of a source, a claim or an acknowledgement, and an end or `within` of an
interval or approximate value, reads as absent when it is null: `archive: null` is no
archive, `as_of: null` the default `as_of`, `{from: 2023-05-14, to: null}` an interval
open at its end. A required field (`value: null`) stays null, and the schema says it is
missing its value; so does an interval both of whose ends are null, which is left empty.

The nulls are dropped from the loaded document before the schema sees it, so every
check and message is the one the same file without them gets.
"""

from __future__ import annotations

from typing import Any

__all__ = ["drop_optional_nulls", "optional_field"]

# `url` and `author` are not here: the schema takes null for them as it is.
_SOURCE_OPTIONAL = ("archive",)
_CLAIM_OPTIONAL = ("qualifiers", "as_of", "excerpt", "note", "acknowledge")
_ACKNOWLEDGEMENT_OPTIONAL = ("until",)
_RANGE_OPTIONAL = ("from", "to", "within")
# The fields whose value may be an interval or an approximate value.
_CLAIM_RANGES = ("value", "as_of")


def drop_optional_nulls(data: dict[str, Any]) -> None:
    """Remove, in place, the optional fields of `data` (a claim file's document) that
    are null."""
    source = data.get("source")
    if isinstance(source, dict):
        if None in source.values():
            _drop(source, _SOURCE_OPTIONAL)
        _drop_range(source.get("published"))
    claims = data.get("claims")
    if isinstance(claims, list):
        for claim in claims:
            if isinstance(claim, dict):
                _drop_in_claim(claim)


def _drop_in_claim(claim: dict[str, Any]) -> None:
    # Runs once per claim of the corpus: `None in values()` runs in C, and the loops
    # below only for a claim that holds a null or a mapping.
    if None in claim.values():
        _drop(claim, _CLAIM_OPTIONAL)
    for key in _CLAIM_RANGES:
        value = claim.get(key)
        if type(value) is dict:
            _drop_range(value)
    qualifiers = claim.get("qualifiers")
    if isinstance(qualifiers, dict):
        for value in qualifiers.values():
            _drop_range(value)
    acknowledgements = claim.get("acknowledge")
    if isinstance(acknowledgements, list):
        for entry in acknowledgements:
            if isinstance(entry, dict) and None in entry.values():
                _drop(entry, _ACKNOWLEDGEMENT_OPTIONAL)


def _drop_range(value: Any) -> None:
    if isinstance(value, dict) and None in value.values():
        _drop(value, _RANGE_OPTIONAL)


def _drop(mapping: dict[str, Any], optional: tuple[str, ...]) -> None:
    for key in optional:
        if key in mapping and mapping[key] is None:
            del mapping[key]


def optional_field(path: tuple[str | int, ...]) -> bool:
    """Whether `path` is an optional field of a claim file: one whose null, like leaving
    it out, says there is none (a source's `url` and `author` too, which the schema
    takes null for as they are)."""
    if len(path) == 2 and path[0] == "source":
        return path[1] in (*_SOURCE_OPTIONAL, "url", "author")
    if len(path) == 3 and path[0] == "claims":
        return path[2] in _CLAIM_OPTIONAL
    if len(path) == 5 and path[0] == "claims" and path[2] == "acknowledge":
        return path[4] in _ACKNOWLEDGEMENT_OPTIONAL
    return False
