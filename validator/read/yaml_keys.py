"""Mapping keys that are no plain value: a collection written as a key (`? [a, b]`), an
alias of one, or an alias inside its own anchor used as a key (`&c {? *c : x}`); and
keys over the length limit, which no field's name is.

JSON keys are text, and no field of a claim is named by a list or by a thousand
characters. Such a key refused the whole document, so a file's other claims went
unchecked for one. The loader now builds the key (its anchors may be used later, and
its nodes count towards the limits), leaves its entry out of the mapping, and records a
problem at the key (`Aliases.refuse_key`, `long_key`), which makes only the claim
holding it invalid. The JSON reader leaves a long key's entry out the same way.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from .positions import JsonPath, LoadProblem, duplicate_key, key_about
from .yaml_aliases import Aliases, Guessed
from .yaml_scalars import check_text, key_as_text, long_key

__all__ = [
    "KEY_OPEN",
    "LEFT_OUT",
    "close",
    "duplicate",
    "key_text",
    "long_key_hint",
]

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
    written as (`key_as_text`); or, for a collection or an alias inside its own anchor,
    or for text over the length limit, `LEFT_OUT`, its entry to be left out of the open
    mapping `container` at `path` (`around`: the frames of the collections around it),
    a problem at the key."""
    if isinstance(value, dict | list | Guessed):
        aliases.refuse_key((*path, LEFT_OUT), value, at, container, around)
        return LEFT_OUT
    key = key_as_text(value, written, *at)
    too_long = long_key(len(key), aliases.limits)
    if too_long:  # looked at no further: a long key costs no more than reading it
        problems, aliases.left_out = aliases.problems, True
        if (
            problems
            and problems[-1].kind == "number"
            and (problems[-1].line, problems[-1].column) == at
        ):
            problems.pop()  # read as a number no float holds (`1000…0:`): one problem here
        problems.append(LoadProblem((*path, LEFT_OUT), *at, too_long, "key", key_about(key)))
        return LEFT_OUT
    check_text(key, aliases.limits, *at)
    return key


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


# The longest key YAML reads written without `? ` (an implicit key). Past it the
# document cannot be read at all, and libyaml's message names no key.
_YAML_KEY_CHARS = 1024
# Where a key written in a block ends: a colon and white space, or the line's end.
_KEY_END = re.compile(r":(?:[ \t]|$)")


def long_key_hint(problem: str, source: str, index: int) -> str:
    """A note for libyaml's syntax error `problem` at `index` of `source` when a key too
    long for YAML caused it: in a block the error is at the key's start and its colon
    comes more than `_YAML_KEY_CHARS` later on the line; in a flow collection the error is
    at the colon, as far from the comma or bracket before the key. "" otherwise. Looks
    at one line, or back to one comma: no more than reading the key."""
    if problem.startswith("could not find expected ':'"):
        end = source.find("\n", index)
        colon = _KEY_END.search(source, index, len(source) if end < 0 else end)
        long = colon is not None and colon.start() - index > _YAML_KEY_CHARS
    elif problem.startswith("did not find expected ',' or") and source[index : index + 1] == ":":
        start = max(source.rfind(mark, 0, index) for mark in ",{[\n")
        long = index - start - 1 > _YAML_KEY_CHARS
    else:
        return ""
    if not long:
        return ""
    return (
        f" (a key longer than {_YAML_KEY_CHARS:,} characters, which YAML does not read as a "
        "key written without '? '; keys are field names: write the field's name as the key, "
        "or remove the entry)"
    )
