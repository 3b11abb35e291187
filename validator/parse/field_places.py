"""A claim file's field written in the wrong place: where it goes, for its unknown-field
message (`validator.parse.schema_words`).

A claim's field under `source:`, a source's on a claim, either flush left at the top of
the file, and a `unit` beside a claim's value (`value: 47` and `unit: minutes`) were each
told only the fields of the mapping they were in, or a near one (`outlet` on a claim
was "did you mean 'note'?"), which left the writer to guess where it goes.
"""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from typing import Any

from validator.model.typography import shorten
from validator.read.positions import JsonPath

__all__ = ["UNIT_ADVICE", "belongs_elsewhere", "unit_words"]

_IN_CLAIMS = ": it is a field of a claim; write it in an item of the 'claims' list"
_FLUSH = ": it is a field of the source; indent it under 'source:'"
_ON_CLAIM = ": it is a field of the source; write it once, under 'source:'"


def belongs_elsewhere(schema: Any, path: JsonPath, allowed: list[str]) -> dict[str, str]:
    """Where each field written in the wrong mapping of a claim file goes, by name; `schema`
    and `allowed`: the mapping's at `path`, and the fields it allows. At the top level,
    a field of its source or of a claim written flush left under `source:` (not
    indented); under `source:`, a claim's field; on a claim, the source's."""
    if not path:
        if "source" not in allowed or "claims" not in allowed or not isinstance(schema, dict):
            return {}
        defs = schema.get("$defs") or {}
        return {**_fields_of(defs, "claim"), **_fields_of(defs, "source", _FLUSH)}
    defs, here = _claim_defs(), set(allowed)
    if path == ("source",) and here == set(_fields_of(defs, "source")):
        other = _fields_of(defs, "claim")
    elif len(path) == 2 and path[0] == "claims" and here == set(_fields_of(defs, "claim")):
        other = _fields_of(defs, "source", _ON_CLAIM)
    else:
        return {}
    # An `id` is either's: in its own mapping, it is that mapping's.
    return {name: place for name, place in other.items() if name not in here}


def _fields_of(defs: Any, item: str, place: str = _IN_CLAIMS) -> dict[str, str]:
    """Each field of the claim file's `item` (claim or source) in `defs`, the schema's
    definitions, with `place`, where it goes."""
    found = defs.get(item) if isinstance(defs, dict) else None
    fields = found.get("properties") if isinstance(found, dict) else None
    return dict.fromkeys(fields or {}, place)


@cache
def _claim_defs() -> dict[str, Any]:
    """The claim file schema's definitions: a nested mapping's error carries only its
    own schema, not the file's."""
    text = resources.files("validator").joinpath("schemas", "claim-file.schema.json")
    defs = json.loads(text.read_text("utf-8")).get("$defs")
    return defs if isinstance(defs, dict) else {}


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
