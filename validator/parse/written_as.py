"""How a claim's value and qualifiers were written, where the reader took them for a
number or boolean.

A text property takes a scalar as its author wrote it: `character: 007` is the text
"007", and `format: 1.50` is "1.50", not the numbers 7 and 1.5 the YAML core schema
reads. Which property takes text is the dataset's to say, so the reader keeps the text
of every number and boolean (`Positions.written`) and this hands the claim's own to
its resolution, which takes them where the property's type wants text
(`registry.as_written`). Nearly every claim has none: its value is text already.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from typing import Any, NamedTuple

from validator.model.property_types.base import (
    MAX_MAGNITUDE,
    NOT_TEXT,
    NumberTexts,
    ValueProblem,
    number_text,
)
from validator.model.property_types.number_forms import base_of, in_decimal
from validator.model.typography import shorten
from validator.read.files import LoadedFile
from validator.read.positions import JsonPath, Positions
from validator.read.yaml_scalars import YamlParseError, resolve_plain

__all__ = [
    "WrittenAs",
    "glued_comment",
    "other_base",
    "other_base_at",
    "untagged",
    "written_as",
]


class WrittenAs(NamedTuple):
    """The text each number or boolean of a claim was written as: its value's (None
    when it is not one, or its tag chose its type), and its qualifiers' by name."""

    value: str | None
    qualifiers: tuple[tuple[str, str], ...] = ()
    # The tag or block style that made the value text (`!!str 22`, `|`:
    # `Positions.tags`), else "".
    tag: str = ""
    # The same for each qualifier made text so, by name.
    qualifier_tags: tuple[tuple[str, str], ...] = ()
    # The problem of each end of an interval or approximation, the value's or a
    # qualifier's, written in another base than ten (`{to: 0x10}`), by where it is
    # below the claim: ("value", "to") or ("qualifiers", name, "to").
    other_bases: tuple[tuple[tuple[str, ...], str], ...] = ()
    # The text each number or boolean end of the value was written as, by its key
    # (`{from: 1.50}`), which messages and reports quote.
    ends: tuple[tuple[str, str], ...] = ()
    # The same for each qualifier's ends, by its name (`year: {from: 2023.0}`).
    qualifier_ends: tuple[tuple[str, tuple[tuple[str, str], ...]], ...] = ()

    @property
    def numbers(self) -> NumberTexts:
        """How the value's numbers were written: its own under "", its ends' by key."""
        own = () if self.value is None else (("", self.value),)
        return own + self.ends

    def qualifier(self, name: str) -> str | None:
        return number_text(self.qualifiers, name)

    def qualifier_numbers(self, name: str) -> NumberTexts:
        """How the numbers of qualifier `name` were written: its own under "", its
        ends' by key."""
        own = self.qualifier(name)
        return (("", own),) if own is not None else dict(self.qualifier_ends).get(name, ())

    def qualifier_tag(self, name: str) -> str:
        return number_text(self.qualifier_tags, name) or ""

    def other_base_below(self, *where: str) -> tuple[tuple[str, ...], str] | None:
        """The end below `where` (("value",) or ("qualifiers", name)) written in another
        base, as (its key, the problem), or None."""
        for path, problem in self.other_bases:
            if path[:-1] == where:
                return path[-1:], problem
        return None

    def value_in_other_base(self, raw: Any) -> ValueProblem | None:
        """The problem of the value, `raw`, or of an end of it, written in another base
        than ten (`0x10`, `{to: 0x10}`: at that end), or None."""
        problem = other_base(self.value, raw)
        if problem is not None:
            return ValueProblem(problem)
        below = self.other_base_below("value")
        return None if below is None else ValueProblem(below[1], below[0])


def written_as(raw: dict[str, Any], number: int, loaded: LoadedFile) -> WrittenAs | None:
    """How the number or boolean value and qualifiers of claim `number` of `loaded`
    (written as `raw`) were written; None when it has none (nearly every claim)."""
    value = raw.get("value")
    qualifiers = raw.get("qualifiers")
    value_text, tag = None, ""
    texts: tuple[tuple[str, str], ...] = ()
    bases: tuple[tuple[tuple[str, ...], str], ...] = ()
    positions, tags = loaded.positions, loaded.positions.tags
    if type(value) in NOT_TEXT:
        value_text = positions.written_as(("claims", number, "value"))
    elif tags and type(value) is str:
        tag = tags.get(("claims", number, "value"), "")
    elif type(value) is dict:
        at = ("claims", number, "value")
        ends = _ends_in_other_base(positions, at, value)
        bases = tuple((("value", key), problem) for key, problem in ends)
        texts = _end_texts(positions, at, value)
    named: list[tuple[str, str]] = []
    tagged: list[tuple[str, str]] = []
    ended: list[tuple[str, tuple[tuple[str, str], ...]]] = []
    if type(qualifiers) is dict:
        for name, item in qualifiers.items():
            path = ("claims", number, "qualifiers", name)
            if type(item) in NOT_TEXT and (text := positions.written_as(path)) is not None:
                named.append((name, text))
            elif tags and type(item) is str and path in tags:
                tagged.append((name, tags[path]))
            elif type(item) is dict:
                ends = _ends_in_other_base(positions, path, item)
                bases += tuple((("qualifiers", name, key), problem) for key, problem in ends)
                if end_texts := _end_texts(positions, path, item):
                    ended.append((name, end_texts))
    if not (value_text is not None or named or tag or tagged or bases or texts or ended):
        return None
    return WrittenAs(value_text, tuple(named), tag, tuple(tagged), bases, texts, tuple(ended))


def _end_texts(
    positions: Positions, path: JsonPath, ends: dict[str, Any]
) -> tuple[tuple[str, str], ...]:
    """The key and text of each end of `ends` (at `path`) read as a number or boolean."""
    return tuple(
        (key, text)
        for key, end in ends.items()
        if type(end) in NOT_TEXT and (text := positions.written_as((*path, key))) is not None
    )


def _ends_in_other_base(
    positions: Positions, path: JsonPath, ends: dict[str, Any]
) -> Iterator[tuple[str, str]]:
    """The key and problem of each end of the interval or approximation `ends` (at
    `path`) written in another base than ten."""
    for key, end in ends.items():
        if type(end) is int:
            problem = other_base(positions.written_as((*path, key)), end)
            if problem is not None:
                yield key, problem


def other_base_at(positions: Positions, path: JsonPath, raw: Any) -> tuple[JsonPath, str] | None:
    """The number at `path` (`raw`, or an end of the interval it is) written in another
    base than ten, as (where below `path` it is, its problem), or None: a date (`as_of`,
    `published`) takes a year written as a whole number."""
    if type(raw) is int:
        problem = other_base(positions.written_as(path), raw)
        return None if problem is None else ((), problem)
    if type(raw) is not dict:
        return None
    return next(
        (((key,), problem) for key, problem in _ends_in_other_base(positions, path, raw)), None
    )


def other_base(written: str | None, raw: Any) -> str | None:
    """The problem of a whole number `raw` written in another base than ten (`written`:
    `0x10`), or None. YAML's core schema reads it, but no source gives an age or a year
    so, and the claim was checked as 16 with nothing to say the 16 came from `0x10`."""
    found = base_of(written) if written is not None and type(raw) is int else None
    if written is None or found is None:
        return None
    name = found[0]
    if abs(raw) > MAX_MAGNITUDE:
        # Its decimal digits would run to as many again, and be refused in turn. As
        # written, either way, it may be as long as a value is (leading zeros): cut.
        return (
            f"{shorten(written)} is read as {'an' if name[0] in 'aeiou' else 'a'} {name} "
            "number too large to be a plausible value; correct the value"
        )
    return f"{shorten(written)} is read as the {name} number {raw}; {in_decimal(raw)}"


_UNQUOTED = " without quotes"


def untagged(message: str, tag: str, key: str = "value") -> str:
    """`message`, whose next step takes away the quotes of a number written as text,
    with the `tag` to take away instead where a tag made it text (`!!str 22`), or the
    block's `|` or `>` where a block did (`key` its key, whose line it goes on)."""
    if not tag or not message.endswith(_UNQUOTED):
        return message
    if tag in ("|", ">"):
        return (
            f"{message.removesuffix(_UNQUOTED)} on the line of {key}:, without the "
            f"{tag}: what a {tag} begins is always text"
        )
    return f"{message.removesuffix(_UNQUOTED)} without the tag {tag}"


# A text with a '#' straight after its last word: `value: 90# about` is the text
# "90# about", as YAML begins a comment only at a '#' after white space.
_GLUED = re.compile(r"(?P<value>[^#]*[^#\s])#(?P<note>.*)", re.DOTALL)


def glued_comment(raw: Any, fits: Callable[[Any], bool]) -> str | None:
    """The problem of a value that would fit (`fits`) but for a comment written against
    it without a space, or None."""
    found = _GLUED.fullmatch(raw) if type(raw) is str and len(raw) <= 1000 else None
    if found is None:
        return None
    try:
        value = resolve_plain(found["value"], 1, 1)  # what YAML reads the part as
    except YamlParseError:
        return None
    if not fits(value):
        return None
    return (
        f"'{shorten(raw)}' is all text, as a comment begins only at a '#' after a space; "
        f"write {shorten(found['value'])} #{shorten(found['note'])}"
    )
