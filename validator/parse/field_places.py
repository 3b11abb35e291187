"""A claim file's field written in the wrong place: where it goes, for its unknown-field
message (`validator.parse.schema_words`).

A `unit` beside a claim's value (`value: 47` and `unit: minutes`) was told only the
fields a claim allows, which left the writer to guess where a unit goes.
"""

from __future__ import annotations

from typing import Any

from validator.model.typography import shorten
from validator.read.positions import JsonPath

__all__ = ["UNIT_ADVICE", "unit_words"]

# A `unit` written beside a claim's value: the value carries its unit in itself. What
# the note begins with, which the resolve stage replaces with the property's own form.
_UNIT = "unit"
UNIT_ADVICE = ": a value carries its own unit"


def unit_words(given: dict[Any, Any], path: JsonPath, value_text: str | None) -> str | None:
    """For the `unit` field of the claim `given` at `path`, how to write the unit into
    the value (`value: 47 min`), as an E106 says for a value written with a unit; None
    for any other field. `value_text`: the claim's number as written (`47.50`). The
    property's type is not known here: which form applies is said for both."""
    if len(path) != 2 or path[0] != "claims" or _UNIT not in given:
        return None
    unit, value = given[_UNIT], given.get("value")
    if type(value) in (int, float) and isinstance(unit, str) and unit.strip():
        number = shorten(value_text if value_text is not None else str(value))
        shown = f"'value: {number} {shorten(unit.strip(), 40)}'"
    else:
        shown = "such as 'value: 90 min'"
    return (
        f"{UNIT_ADVICE}; write it into the value, {shown}, where the property is a "
        "duration, else write the number in the property's unit alone"
    )
