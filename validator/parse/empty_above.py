"""An unknown field written under a field left empty: it was meant to go inside it.

    qualifiers:
    character: Freya

is a claim with an empty `qualifiers` and a field `character` of its own, which the
schema calls unknown, listing the claim's fields. What was meant is plain from the
layout: `character` belongs in `qualifiers`, indented under it. The note says so, for the
fields that hold a mapping (`qualifiers`; `value`, `as_of` and `published` as intervals).
"""

from __future__ import annotations

from typing import Any

from validator.read.positions import JsonPath, Positions

__all__ = ["under_empty_field"]

# The fields that hold a mapping, each with the names that go in it (None: any name).
_HOLDERS: dict[str, frozenset[str] | None] = {
    "qualifiers": None,
    "value": frozenset({"from", "to", "about", "within"}),
    "as_of": frozenset({"from", "to"}),
    "published": frozenset({"from", "to"}),
}


def under_empty_field(data: Any, positions: Positions, path: JsonPath) -> str:
    """A note that the unknown field at `path` belongs in the field right above it in
    its mapping, at the same column, which is empty (null, or dropped as an optional
    field's null) and holds such fields; "" when it does not."""
    if not path:
        return ""
    parent, key = path[:-1], path[-1]
    at = positions.keys.get(path)
    mapping = _node(data, parent)
    if at is None or not isinstance(mapping, dict):
        return ""
    above: tuple[str, tuple[int, int]] | None = None
    for name in {*mapping, *_HOLDERS}:
        where = positions.keys.get((*parent, name))
        if name == key or where is None or not where[0] < at[0]:
            continue
        if above is None or where[0] > above[1][0]:
            above = (str(name), where)
    if above is None:
        return ""
    name, where = above
    if where[1] != at[1] or mapping.get(name) is not None or name not in _HOLDERS:
        return ""  # the field above is set, not the field's neighbour, or holds no fields
    holds = _HOLDERS[name]
    if holds is not None and key not in holds:
        return ""
    return (
        f"; the field above it, '{name}', is empty: to put '{key}' in '{name}', indent it "
        f"under '{name}'"
    )


def _node(data: Any, path: JsonPath) -> Any:
    for part in path:
        found = isinstance(data, dict) and part in data
        found = found or (
            isinstance(data, list) and isinstance(part, int) and 0 <= part < len(data)
        )
        if not found:
            return None
        data = data[part]
    return data
