"""Mapping keys that are no plain value: a collection written as a key (`? [a, b]`), an
alias of one, or an alias inside its own anchor used as a key (`&c {? *c : x}`).

JSON keys are text, and no field of a claim is named by a list. Such a key refused the
whole document, so a file's other claims went unchecked for one. The loader now builds
the key (its anchors may be used later, and its nodes count towards the limits), leaves
its entry out of the mapping, and records a problem at the key (`Aliases.refuse_key`),
which makes only the claim holding it invalid.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from .positions import JsonPath, LoadProblem, duplicate_key
from .yaml_aliases import Aliases, Guessed
from .yaml_scalars import checked_key

__all__ = ["KEY_OPEN", "LEFT_OUT", "close", "duplicate", "key_text"]

# The key of an entry left out of its mapping: no text key is a number, nor is any
# list's index negative, so nothing read takes its place. The value is built (its
# anchors may be used later) under this key, and taken out when the mapping closes.
LEFT_OUT = -1
# The key kept in a mapping's frame while a collection written as its key is open: on
# closing, that collection is a key, not a value.
KEY_OPEN = -2


def close(aliases: Aliases, anchor: str | None, in_map: bool, named: tuple[Any, ...]) -> None:
    """The collection `named` (itself, its nodes, levels and path) closes in a document
    that has an anchor on it or an entry left out somewhere: the entry left out of it
    (`LEFT_OUT`) taken out, then it is named for the aliases of its `anchor`."""
    if in_map:
        named[0].pop(LEFT_OUT, None)
    if anchor is not None:
        aliases.close(anchor, (named[0], named[1], named[2], named[3]))


def key_text(
    value: Any,
    written: str | None,
    at: tuple[int, int],
    aliases: Aliases,
    path: JsonPath,
    container: Any,
    around: Sequence[tuple[Any, ...]],
) -> str | int:
    """A mapping key written at `at` that is not short ASCII text: the text it was
    written as (`checked_key`); or, for a collection or an alias inside its own anchor,
    `LEFT_OUT`, its entry to be left out of the open mapping `container` at `path`
    (`around`: the frames of the collections around it), a problem at the key."""
    if isinstance(value, dict | list | Guessed):
        aliases.refuse_key((*path, LEFT_OUT), value, at, container, around)
        return LEFT_OUT
    return checked_key(value, written, aliases.limits, *at)


def duplicate(
    problems: list[LoadProblem],
    here: JsonPath,
    key: str | int,
    at: tuple[int, int],
    keys: dict[JsonPath, tuple[int, int]],
) -> None:
    """A key written at `at` that its mapping has already: a duplicate key, unless it is
    a second entry left out (`LEFT_OUT`), each of which is a problem of its own."""
    if isinstance(key, str):
        problems.append(duplicate_key(here, key, at, keys[here]))
