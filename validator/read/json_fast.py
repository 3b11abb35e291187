"""The fast way through a JSON text: the json module's C parser reads it, and the place
of each value and key is found by scanning its tokens. A text it has a doubt about (a
syntax error, a key twice, a number no float holds, a limit crossed) is left to the full
parser of `json_load`, which says what is wrong where it is.

A claim file's text is read about three times as fast as by the full parser alone,
which walks it a value at a time in Python."""

from __future__ import annotations

import bisect
import itertools
import json
import math
import re
from collections.abc import Callable
from functools import partial
from typing import Any

from .line_feeds import line_starts
from .positions import JsonPath, Positions
from .yaml_scalars import YamlLimits, underflows

__all__ = ["NUMBER", "read_fast"]

# A JSON number as the grammar writes it; group 1 its fraction, group 2 its exponent.
NUMBER = re.compile(r"-?(?:0|[1-9][0-9]*)(\.[0-9]+)?([eE][-+]?[0-9]+)?")


class _Doubt(Exception):
    """What `read_fast` raises to leave a text to the full parser."""


def _pairs(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    found = dict(pairs)
    if len(found) != len(pairs):  # a key twice: a problem the full parser reports
        raise _Doubt
    return found


def _constant(name: str) -> float:
    raise _Doubt  # NaN and Infinity are no JSON numbers: the full parser says so


def _float(literal: str) -> float:
    """A number with a fraction or exponent; a doubt when it is not 0 yet reads as 0
    (the full parser says so). Judged on the literal, so a document holding 0.0 stays fast."""
    value = float(literal)
    if value == 0.0 and underflows(value, literal):
        raise _Doubt
    return value


# Where each value starts, and each key, in the order they are written: a string (a key
# when a colon follows), a container's opening, a number or literal. What lies between
# (white space, commas, colons, closings) is passed over, and a string is taken whole, so
# nothing inside one is taken for a token. Only applied to a text the json module read.
_TOKEN = re.compile(r'"[^"\\]*(?:\\.[^"\\]*)*"|[{\[]|[-0-9][-+.0-9eE]*|true|false|null')
# A \u escape of a surrogate half: the text may hold a lone one, which the full parser refuses.
_ESCAPED_SURROGATE = re.compile(r"\\u[dD][89a-fA-F]")
_HUGE = 1 << 1023  # an integer this large may be past the largest float


def read_fast(text: str, limits: YamlLimits) -> tuple[Any, Positions] | None:
    """The text's data and the places of its values and keys, read by the json module's
    C parser; None when the full parser must read it (a syntax error, a key twice, NaN,
    a surrogate escape, a number, text, depth or count past the limits)."""
    if "\\u" in text and _ESCAPED_SURROGATE.search(text):
        return None
    # Every value but the first follows a comma or an opening bracket (those inside
    # strings only raise the count), so a text with fewer of them than the limit holds
    # fewer values. Past it, the json module would build every value before the count
    # could stop it: a 30 MB claim file of ten million `{}` took 2.6 GB and 12 s to be
    # refused, where the full parser stops at the limit.
    if text.count(",") + text.count("[") + text.count("{") >= limits.max_nodes:
        return None
    try:
        data = json.loads(
            text, object_pairs_hook=_pairs, parse_constant=_constant, parse_float=_float
        )
    except (_Doubt, ValueError, RecursionError):
        return None
    offsets = [match.start() for match in _TOKEN.finditer(text)]
    starts = line_starts(text)
    lines = list(map(bisect.bisect_right, itertools.repeat(starts), offsets))
    columns = [offset - starts[line - 1] + 1 for offset, line in zip(offsets, lines, strict=True)]
    places = list(zip(lines, columns, strict=True))
    positions = Positions()
    try:
        _walk(data, places, positions, limits, partial(_literal, text, offsets))
    except (_Doubt, IndexError):
        return None
    return data, positions


def _literal(text: str, offsets: list[int], token: int) -> str:
    """The text of the number or literal that is token number `token` of `text`."""
    start = offsets[token]
    found = NUMBER.match(text, start)
    if found is not None and found.end() > start:
        return found.group()
    return "true" if text.startswith("true", start) else "false"


def _walk(
    data: Any,
    places: list[tuple[int, int]],
    positions: Positions,
    limits: YamlLimits,
    literal: Callable[[int], str],
) -> None:
    """Give every value and key of `data` its place, in the order they are written
    (`places`, one a token), and every number and boolean its text (`literal` of its
    token's number); _Doubt for anything the full parser would refuse or report."""
    values, keys, written = positions.values, positions.keys, positions.written
    max_string, max_key = limits.max_string_chars, limits.max_key_chars
    at = 0
    # Each frame: the path of a container, its members still to place, its depth.
    stack: list[tuple[JsonPath, Any, int]] = [((), iter((((), data),)), -1)]
    nodes = 0
    while stack:
        path, members, depth = stack[-1]
        member = next(members, None)
        if member is None:
            stack.pop()
            continue
        own, value = member
        if type(own) is str:  # an object's member: its key's token comes first
            if len(own) > max_key:
                raise _Doubt
            own_path = (*path, own)
            keys[own_path] = places[at]
            at += 1
        else:
            own_path = (*path, own) if depth >= 0 else ()
        values[own_path] = places[at]
        at += 1
        nodes += 1
        if nodes > limits.max_nodes:
            raise _Doubt
        kind = type(value)
        if kind is dict or kind is list:
            if depth + 1 >= limits.max_depth:
                raise _Doubt
            children = iter(value.items() if kind is dict else enumerate(value))
            stack.append((own_path, children, depth + 1))
        elif kind is str:
            if len(value) > max_string:
                raise _Doubt
        elif value is not None:  # a number or boolean: its text, for a text property
            if kind is int and (value >= _HUGE or value <= -_HUGE):
                raise _Doubt  # perhaps past a float: the full parser decides
            if kind is float and value in (math.inf, -math.inf):
                raise _Doubt
            written[own_path] = literal(at - 1)
    if at != len(places):
        raise _Doubt
