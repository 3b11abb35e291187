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

from validator.model.property_types.base import ValueProblem
from validator.model.property_types.numbers import parse_duration as in_unit

from .dates import DATE, Published, parse_date, tense
from .model import Drafted, Value
from .numbers import (
    DURATION,
    INTEGER,
    NUMBER,
    PERCENT,
    SCALED,
    parse_duration,
    parse_integer,
    parse_number,
    parse_percent,
    without_about,
)

__all__ = ["PROSE", "implied_value"]

# A name of up to four capitalised words: what a text slot ("the series {value}") holds.
TEXT = r"(?-i:[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3})"
# Words the press sets before a part's name, which the value leaves out: "plays troubled
# teen Freya", "plays 17-year-old Freya", "as Freya's brother Billy", "plays her mum
# Ruth", "plays Ruth's son, Billy". Up to three, none a word that leads to someone or
# something else ("mum to Freya", "the mother of Freya", "alongside Freya"). A
# possessive may be a name the dataset knows, which a cue sees as name marks (see
# cues.NAME_MARK).
_LEADS_ELSEWHERE = (
    "to|of|with|and|or|but|for|by|in|on|at|from|as|than|who|whose|which|that|while|"
    "opposite|alongside|against|beside|whom|is|was|are|were"
)
_BEFORE_NAME = (
    r"(?:(?-i:(?:[A-Z][\w-]*|\ue000\ue001*)[’']s"
    rf"|(?!(?:{_LEADS_ELSEWHERE})(?![\w’'-]))[a-z0-9][\w’'-]*),?\s+){{0,3}}"
)
DESCRIBED = _BEFORE_NAME + TEXT


class ProseType(NamedTuple):
    """A property type as articles write it."""

    pattern: str  # a regular expression with no groups of its own
    # The matched words as the claim's value (the publication date places a date
    # written without its year, the property's unit an approximate duration, and the
    # sentence's words up to the cue's end, by their tense, a day of the week or a
    # month written alone); None when they do not make one.
    read: Callable[[str, Published, str | None, str], Drafted | None]


def _duration(text: str, _published: Published, unit: str | None, _cue: str) -> Drafted | None:
    """ "two hours" is "2 hours", in the words' own unit; "about 90 minutes" is {about:
    90}, in the property's unit, as an approximate value is written."""
    exact, about = without_about(text)
    value = parse_duration(exact)
    if value is None or not about:
        return value
    try:
        number = in_unit(value, unit)
    except ValueProblem:
        return None
    if number.is_integer():
        return {"about": int(number)}
    # An hour and a half in a property counted in hours is 1.5; where the unit makes no
    # short number of the words (90 minutes in days), the words' own duration stands.
    return {"about": number} if round(number, 3) == number else value


def _words(text: str, _published: Published, _unit: str | None, _cue: str) -> Value | None:
    """The name; none for a possessive, which names someone else the one meant is
    related to ("plays Ruth's daughter Freya": the character is not "Ruth's")."""
    if _owner(text):
        return None
    words = text.split()
    # The name is the capitalised words ending the slot, after any words describing it.
    start = len(words)
    while start > 0 and words[start - 1][:1].isupper() and not _owner(words[start - 1]):
        start -= 1
    return " ".join(words[start:]) or None


def _owner(word: str) -> bool:
    """Whether the word (or the words' last) is a possessive: "Ruth's"."""
    return word.endswith(("'s", "’s"))


PROSE: dict[str, ProseType] = {
    "integer": ProseType(f"(?:{SCALED}|{INTEGER})", lambda text, _, __, ___: parse_integer(text)),
    "number": ProseType(f"(?:{SCALED}|{NUMBER})", lambda text, _, __, ___: parse_number(text)),
    "percent": ProseType(PERCENT, lambda text, _, __, ___: parse_percent(text)),
    "duration": ProseType(DURATION, _duration),
    "date": ProseType(
        DATE, lambda text, published, _, cue: parse_date(text, published, tense(cue))
    ),
    "text": ProseType(DESCRIBED, _words),
}


def implied_value(kind: str, time: str | None, published: Published) -> Drafted | None:
    """The value of a cue of a property of type `kind` with no `{value}` slot: true, for
    a boolean's; for a date's, the `time` its `{time}` slot took where a listing's line
    gives it alone, on the day the headline sets off ("9pm, Channel 4" under "TV
    listings: Thursday 8 December 2022"); else none."""
    if kind == "boolean":
        return True
    return published.listed(time) if kind == "date" and time is not None else None
