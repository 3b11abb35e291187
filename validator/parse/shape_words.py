"""The next step for a value of the wrong shape that a desk's habits give a claim file:
several authors as a list, claims as a mapping keyed by their ids, a number in quotes
where a number goes. Each is still a schema error (E102); these say what to write.
"""

from __future__ import annotations

import json
import math
import re
from typing import Any

from validator.model.property_types.dates import day_as_number
from validator.model.typography import shorten
from validator.read.positions import JsonPath

__all__ = ["authors_words", "bound_words", "keyed_words", "quoted_number_words"]


def authors_words(path: JsonPath, instance: Any) -> str:
    """The next step for a source's several authors given as a list, as a byline credits
    them: one text naming them all, which is what reports and the ClaimReview show."""
    if path != ("source", "author") or not isinstance(instance, list) or not instance:
        return ""
    # Names only: an item that is a mapping or a list may be as large as the file, and
    # would be turned whole into text before being cut.
    names = [shorten(name, 40) for name in instance[:10] if isinstance(name, str)]
    if not names:
        return ""
    together = names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]
    return f": write the authors as one text, such as {shorten(together, 100)!r}"


def keyed_words(path: JsonPath, instance: Any) -> str:
    """The next step for claims written as a mapping keyed by their ids, as a script
    that keeps records by key writes them: a list, each key the claim's own `id`."""
    if path != ("claims",) or not isinstance(instance, dict) or not instance:
        return ""
    first = shorten(str(next(iter(instance))), 40)
    # Quoted as each format quotes a text wherever the key holds more than an id's
    # characters (a quote, a line break): the example must be one to copy as it is.
    quoted = json.dumps(first, ensure_ascii=False)
    plain = first if _PLAIN_ID.fullmatch(first) else quoted
    return (
        f": write them as a list, each claim's key as its id (in YAML '- id: {plain}', "
        f'in JSON [{{"id": {quoted}, ...}}])'
    )


_PLAIN_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.-]*")


# A number as a spreadsheet's cell may hold it: thousands parted by commas ("1,090").
_NUMBER_TEXT = re.compile(r"\s*(-?[0-9]{1,3}(?:,[0-9]{3})+|-?[0-9]+(?:\.[0-9]+)?)\s*")


def quoted_number_words(instance: Any, takes_a_number: bool, schema: Any = None) -> str:
    """The next step for a number written as text where a number goes (`{about: "90"}`,
    `{from: "85"}`, as a spreadsheet's export writes every cell): without the quotes
    (and the commas). `schema`: the place's, whose `minimum` it may have (a tolerance's)."""
    found = _NUMBER_TEXT.fullmatch(instance) if isinstance(instance, str) else None
    if not found or not takes_a_number:
        return ""
    number = found[1].replace(",", "")
    # Past the largest float a number is refused as too large (E101): no advice then,
    # which would lead to that error (and run past the message's length).
    if not math.isfinite(float(number)):
        return ""
    minimum = schema.get("minimum") if isinstance(schema, dict) else None
    if isinstance(minimum, int | float) and float(number) < minimum:
        # Without the quotes it is refused again, as below the least: say so now.
        return f"; write a number of at least {minimum}, without quotes"
    return f"; write {number} without quotes"


def bound_words(path: JsonPath, number: Any, bound: Any) -> str:
    """The next step for a number past the least or most (`bound`) its place takes,
    where there is one to name."""
    if bound == 9999 and type(number) is int:
        # A day written as one number (20221208) where a year goes: the day as text.
        return day_as_number(number)
    if path[-1:] == ("within",) and type(number) in (int, float):
        # `{about: 90, within: -5}`, as "90 ± 5" reads: the tolerance is both ways.
        return f"; a tolerance counts both ways from about: write {-number}"
    return ""
