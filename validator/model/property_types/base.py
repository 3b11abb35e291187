"""What a property type is, and what every type shares: the problems a written value
can have, and a written value as one line of text.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, NamedTuple

from validator.model.typography import listed, shorten
from validator.model.values import Choice, Span, ValueSet

__all__ = [
    "MAX_MAGNITUDE",
    "NOT_TEXT",
    "EntityLookup",
    "NumberTexts",
    "PropertyType",
    "UnknownEntity",
    "ValueProblem",
    "Written",
    "describe_raw",
    "finite_number",
    "number_text",
    "number_words",
    "one_end",
    "reversed_interval",
    "shown_number",
    "type_words",
    "with_unit",
    "written_with_sign",
]

# Magnitudes beyond this are typing accidents, not facts; floats lose integer precision.
MAX_MAGNITUDE = 1e15

# What a reader reads a bare scalar as when it is not text (a number or boolean): the
# types whose written text `Positions.written_as` keeps, for a property that takes text.
NOT_TEXT = frozenset((int, float, bool))


class ValueProblem(Exception):
    """The value does not fit its property's type (E106)."""

    def __init__(self, message: str, where: tuple[str, ...] = ()) -> None:
        super().__init__(message)
        self.message = message
        # Where below the value the mistake stands, where one part of it is (an
        # interval's `to`): the finding points there, not at the value's first line.
        self.where = where


class UnknownEntity(Exception):
    """An entity value names no entity (E104)."""

    def __init__(self, name: str) -> None:
        super().__init__(name)
        self.name = name


@dataclass(frozen=True, slots=True)
class EntityLookup:
    """The dataset's names, for the one type whose values are the dataset's entities."""

    resolve: Callable[[str], str | None]
    widen: Callable[[str], frozenset[str]]


# How the numbers of a claim's value were written, where the reader kept the text
# (`1.50` for 1.5, `1e20`, `0x10`): the value's own under "", each end's under its key
# ("from", "about"). Messages and reports quote a number so, never as read.
NumberTexts = tuple[tuple[str, str], ...]


def number_text(texts: NumberTexts, key: str = "") -> str | None:
    """The text under `key` of `texts` (how a number was written; a qualifier's tag),
    or None."""
    for name, text in texts:
        if name == key:
            return text
    return None


def number_words(raw: Any, text: str | None) -> str:
    """A number as a message quotes it: as written (`text`, cut short), where that is
    known, else as `describe_raw` shows it."""
    return describe_raw(raw) if text is None else shorten(text)


class Written(NamedTuple):
    """A written value with what its property declares about it. (A named tuple: one is
    made for every fact a dataset loads.)"""

    raw: Any
    unit: str | None = None
    tolerance: float | None = None
    lookup: EntityLookup | None = None
    widen: bool = True  # a claim's entity allows everything narrower; a fact's does not
    # The range the dataset declares for the property (`minimum`, `maximum`), beside
    # the one its type implies (a percentage is 0 to 100).
    minimum: float | None = None
    maximum: float | None = None
    # How its numbers were written, where that is known (a claim's, not a fact's).
    texts: NumberTexts = ()


# eq=False: a type is itself alone, and hashes by identity (it keys the parse cache).
@dataclass(frozen=True, slots=True, eq=False)
class PropertyType:
    """One property type: what it parses, what it says, what it compares as.

    `parse` turns a written value into the set it denotes, or raises `ValueProblem`
    (or `UnknownEntity`); `describe` puts a set of it back into words, with the
    property's unit. `sets` is the kind of set its values are, so the set algebra
    (`contains`, `disjoint`, ...) compares any two of them; two types compare with each
    other only when their sets are of one kind.
    """

    name: str
    sets: type[Span] | type[Choice]
    parse: Callable[[Written], ValueSet]
    describe: Callable[[ValueSet, str | None], str]
    # What a value of the type is, for "value does not fit property 'x' (...)".
    words: Callable[[str | None], str]
    # Whether a fact's display gives the property's unit after the value ("90 minutes").
    shows_unit: bool = False
    # What a fact's display gives straight after the value, whatever the unit: a
    # percentage's sign ("51.6%": "the dataset gives 51.6" beside a claim's "52%" read
    # as a different kind of number).
    sign: str = ""
    # Whether its values are the dataset's entities: their sets then depend on the
    # dataset (never cached across datasets) and they are shown by the entities' labels.
    of_entities: bool = False
    # Whether its values are numbers, so that a property of it may declare a range.
    numeric: bool = False
    # Whether its values are text however they are written: a bare number or boolean
    # is taken as the text it was written as (`character: 007` is "007", not 7).
    verbatim: bool = False


def type_words(name: str) -> Callable[[str | None], str]:
    """The usual words for a value of type `name`: its name, then its unit."""

    def words(unit: str | None) -> str:
        return f"{name} in {unit}" if unit else name

    return words


# Items of a list or mapping written as a value that its description shows; the rest
# are counted. Only an invalid claim has one, and a hostile file may make it huge.
_SHOWN_ITEMS = 10


def reversed_interval(raw: Any, texts: NumberTexts = ()) -> ValueProblem:
    """The problem of an interval written from its later end to its earlier one, with
    the next step: the two ends the other way round."""
    shown = describe_raw(raw, texts)
    return ValueProblem(f"the interval {shown} ends before it starts; swap from and to")


def describe_raw(raw: Any, texts: NumberTexts = ()) -> str:
    """A written value as one line of text, the way reports show it: as a claim file
    writes it (a list as `[Joe, Bear]`, null as `null`), never as Python's repr; a
    number as `texts` says it was written (`1.50`, not 1.5), cut short as any value a
    message shows (its leading zeros may run to a text's length)."""
    if raw is None:
        return "null"
    if isinstance(raw, bool):
        return "true" if raw else "false"
    if texts and type(raw) in (int, float) and (text := number_text(texts)) is not None:
        return number_words(raw, text)
    if isinstance(raw, list):
        return _flow("[", [describe_raw(item) for item in raw[:_SHOWN_ITEMS]], len(raw), "]")
    if isinstance(raw, float) and raw.is_integer() and abs(raw) < MAX_MAGNITUDE:
        return str(int(raw))
    if isinstance(raw, dict):
        return _describe_ends(raw, texts)
    return str(raw)


def _describe_ends(raw: dict[Any, Any], texts: NumberTexts) -> str:
    """An interval or approximation as `describe_raw` shows it, each end as written."""

    def end(key: str) -> str:
        text = number_text(texts, key) if texts else None
        return describe_raw(raw[key], () if text is None else (("", text),))

    if "about" in raw:
        suffix = f" ± {end('within')}" if raw.get("within") is not None else ""
        return f"about {end('about')}{suffix}"
    if "from" not in raw and "to" not in raw:
        # Only an invalid claim gets here (the schema wants an end): as written.
        items = list(raw.items())[:_SHOWN_ITEMS]
        shown = [f"{key}: {describe_raw(value)}" for key, value in items]
        return _flow("{", shown, len(raw), "}")
    if "to" not in raw or "from" not in raw:
        key = "to" if "from" not in raw else "from"
        dated = isinstance(raw[key], str)  # a date is written as text, a number not
        return one_end(raw[key] if dated else end(key), key == "from", dated=dated)
    return f"{end('from')}..{end('to')}"


def one_end(bound: str, lower: bool, *, dated: bool) -> str:
    """An interval with one end, `bound` (its `lower` one, or its upper), in words, as
    every report words one: a date "2022 or later" / "2022 or earlier", a number "at
    least 60" / "at most 100"."""
    if dated:
        return f"{bound} or later" if lower else f"{bound} or earlier"
    return f"at least {bound}" if lower else f"at most {bound}"


def with_unit(text: str, raw: Any, kind: PropertyType, unit: str | None) -> str:
    """`text`, the value `raw` of a property of type `kind` and `unit` as written, as
    reports show it: a number, or an interval or approximation of numbers, followed by
    the unit where the type shows one ("about 45 minutes") and by its sign ("51.6%").
    A fact's value and a claim's are both shown so, so that the two sides of a finding
    read alike: a claim's bare 45 was "about 45" against the dataset's "90 minutes". A
    value written with a unit of its own ("47 min", "52%") is shown as written."""
    if not _numbers(raw):
        return text
    if unit and kind.shows_unit:
        text = f"{text} {_singular(unit) if _one(raw) else unit}"
    # After a value, not after a list of them ("[51, 52]%").
    if kind.sign and not isinstance(raw, list) and not text.endswith(kind.sign):
        text = f"{text}{kind.sign}"
    return text


def written_with_sign(raw: Any, kind: PropertyType) -> bool:
    """Whether `raw`, a value as written, says what its number is in: a text ending in
    the sign of its type (`"0.99%"` for a percentage), or a duration written as text
    (`"2 minutes"`, `"3d"`). A percentage so written is no share of 1 (`rules.shares`),
    a duration no bare number meant in another unit (`rules.bare_units`); a claim so
    written is a statement of its own, as its findings differ from those of the bare
    number's."""
    if kind.name == "duration":
        return isinstance(raw, str)
    return bool(kind.sign) and isinstance(raw, str) and raw.rstrip().endswith(kind.sign)


def _one(raw: Any) -> bool:
    """Whether `raw` is the number one, alone or as the one end of an interval or
    approximation ("1", "about 1", "at least 1"): a unit after it is one thing."""
    if isinstance(raw, dict):
        ends = [v for v in raw.values() if v is not None]
        return len(ends) == 1 and _one(ends[0])
    return type(raw) in (int, float) and raw == 1


# A unit written as one plural word: its singular is read off its ending ("minutes",
# "stories", "inches"); a unit of capitals or other characters ("Mbps", "km/h", "mph"),
# or one ending in "ss" or "us" ("census"), is left as written.
_PLURAL_WORD = re.compile(r"[a-z]{2,}(?<![su])s|[a-z]*(?:ch|sh|x|z|ss)es")
# Words in "-ies" or "-s" that are the same in the singular.
_SAME_IN_SINGULAR = frozenset({"series", "species", "news", "means"})


def _singular(unit: str) -> str:
    """The dataset's unit after a value of one: "1 minute", not "1 minutes"."""
    if unit in _SAME_IN_SINGULAR or not _PLURAL_WORD.fullmatch(unit):
        return unit
    if unit.endswith("ies") and len(unit) > 4:
        return unit[:-3] + "y"
    if unit.endswith(("ches", "shes", "xes", "zes", "sses")):
        return unit[:-2]
    return unit[:-1]


def _numbers(raw: Any) -> bool:
    """Whether `raw` is a number, or a list, interval or approximation of numbers only."""
    if isinstance(raw, dict | list):
        items = [v for v in (raw.values() if isinstance(raw, dict) else raw) if v is not None]
        return bool(items) and all(_numbers(v) for v in items)
    return type(raw) is int or type(raw) is float


def _flow(opening: str, shown: list[str], count: int, closing: str) -> str:
    """Items in YAML's flow style, those past the shown ones counted."""
    return opening + listed(shown, ", ", count) + closing


def finite_number(raw: Any, text: str | None = None) -> float:
    """A number as written (as `text`, where that is known), if it is one of a
    plausible size."""
    if isinstance(raw, bool) or not isinstance(raw, int | float):
        raise ValueProblem(f"expected a number, not {describe_raw(raw)!r}")
    try:
        value = float(raw)
    except OverflowError:  # an integer past the largest float
        raise ValueProblem("the number is too large to be a plausible value") from None
    if not math.isfinite(value) or abs(value) > MAX_MAGNITUDE:
        raise ValueProblem(f"{number_words(raw, text)} is too large to be a plausible value")
    return value


def shown_number(value: float) -> str:
    """A number as a message shows one: a whole number without its point, any other to
    six significant figures."""
    return str(int(value)) if float(value).is_integer() else f"{value:.6g}"
