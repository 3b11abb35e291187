"""A value of the wrong size in words: a text too short or too long, a list too long,
each with what to do (`validator.parse.schema_words` words every other schema error).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from validator.read.positions import JsonPath

if TYPE_CHECKING:
    from jsonschema.exceptions import ValidationError

__all__ = ["size_words"]


def size_words(error: ValidationError, path: JsonPath, where: str) -> str:
    """A text too short or too long, or a list too long, in words."""
    limit = error.validator_value
    if error.validator == "maxItems":
        # Each acknowledgement that matches nothing is an E108 of its own: 50,000 on one
        # claim were 50,000 findings from a 1.5 MB file.
        what = " (one for each finding a review settled)" if path[-1:] == ("acknowledge",) else ""
        count = len(error.instance) if isinstance(error.instance, list) else 0
        return f"{where} has {count:,} items; at most {limit} are allowed{what}"
    if error.validator == "minLength":
        if path[-1:] == ("reason",):  # an acknowledgement's: what it is for
            return f"{where} is empty; write what the review concluded"
        unit = "character" if limit == 1 else "characters"
        return f"{where} is empty; write at least {limit} {unit}"
    size = len(error.instance) if isinstance(error.instance, str) else 0
    return f"{where} is {size:,} characters long; at most {limit:,} are allowed: shorten it"
