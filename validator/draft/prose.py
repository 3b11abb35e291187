"""How an article writes a value of each property type: the pattern a cue's slot of that
type matches, and how the matched words become the claim's value. One row a type; the
cue compiler and the relation finder look a type up here and know no type by name but
the entity (whose slot matches the dataset's names, see cues).

A property type with no row here cannot fill a cue's slot: a cue that would need one is
refused with a message (`cues.CueError`), never a crash. Adding a property type to the
registry (`validator.model.property_types`) and letting drafting read it from prose is
one row here.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import NamedTuple

from .dates import DATE, Published, parse_date
from .model import Value
from .numbers import (
    DURATION,
    INTEGER,
    NUMBER,
    PERCENT,
    parse_duration,
    parse_integer,
    parse_number,
    parse_percent,
)

__all__ = ["PROSE", "TEXT", "ProseType"]

# A name of up to four capitalised words: what a text slot ("the series {value}") holds.
TEXT = r"(?-i:[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3})"


class ProseType(NamedTuple):
    """A property type as articles write it."""

    pattern: str  # a regular expression with no groups of its own
    # The matched words as the claim's value (the publication date places a date
    # written without its year); None when they do not make one.
    read: Callable[[str, Published], Value | None]


def _words(text: str, _published: Published) -> Value | None:
    """The name; none for a possessive, which names someone else the one meant is
    related to ("plays Ruth's daughter Freya": the character is not "Ruth's")."""
    if text.endswith(("'s", "’s")):
        return None
    return " ".join(text.split())


PROSE: dict[str, ProseType] = {
    "integer": ProseType(INTEGER, lambda text, _: parse_integer(text)),
    "number": ProseType(NUMBER, lambda text, _: parse_number(text)),
    "percent": ProseType(PERCENT, lambda text, _: parse_percent(text)),
    "duration": ProseType(DURATION, lambda text, _: parse_duration(text)),
    "date": ProseType(DATE, parse_date),
    "text": ProseType(TEXT, _words),
}
