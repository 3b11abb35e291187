"""JSON to plain data with positions, duplicate-key detection and a depth limit.

The standard `json` module gives no positions and lets a duplicate key win, so this is
a small iterative parser; strings still go through the C-accelerated `scanstring`.
"""

from __future__ import annotations

import bisect
import itertools
import json
import json.decoder
import math
import re
from collections.abc import Callable
from functools import partial
from typing import Any

from validator.model.typography import shorten

from .json_habits import unexpected_key, unexpected_value
from .line_feeds import line_starts
from .positions import JsonPath, LoadProblem, Positions, duplicate_key
from .yaml_load import YamlLimits, YamlParseError, check_key, check_text, number_too_large
from .yaml_scalars import number_too_small, underflows

__all__ = ["load_json"]

_WS = re.compile(r"[ \t\n\r]*")
_NUMBER = re.compile(r"-?(?:0|[1-9][0-9]*)(\.[0-9]+)?([eE][-+]?[0-9]+)?")
_LITERALS = {"true": True, "false": False, "null": None}
_SURROGATE = re.compile("[\ud800-\udfff]")
# The C-accelerated string scanner; typeshed does not declare it.
_scanstring: Callable[[str, int, bool], tuple[str, int]] = json.decoder.scanstring  # type: ignore[attr-defined]
# 10**309 is past the largest float: longer integers are refused before int() spends
# quadratic time on their digits.
_MAX_INT_DIGITS = 309


class _Source:
    def __init__(self, text: str) -> None:
        self.text = text
        self.line_starts = line_starts(text)

    def pos(self, offset: int) -> tuple[int, int]:
        line = bisect.bisect_right(self.line_starts, offset)
        return line, offset - self.line_starts[line - 1] + 1

    def error(self, message: str, offset: int) -> YamlParseError:
        line, column = self.pos(offset)
        return YamlParseError(f"JSON syntax error: {message}", line, column)

    def string(self, start: int, limits: YamlLimits, key: bool = False) -> tuple[str, int]:
        """The string whose opening quote is at `start`, and the offset after it."""
        try:
            value, end = _scanstring(self.text, start + 1, True)
        except json.JSONDecodeError as error:
            raise self.error(_string_problem(self.text, error), error.pos) from None
        limit = limits.max_key_chars if key else limits.max_string_chars
        if len(value) > limit or _SURROGATE.search(value):  # rare: find the place only then
            line, column = self.pos(start)
            if key:
                check_key(value, limits, line, column)
            check_text(value, limits, line, column)
        return value, end

    def number(self, literal: str, is_float: bool, offset: int) -> int | float:
        if is_float:
            value = float(literal)
            if value in (math.inf, -math.inf):
                raise YamlParseError(number_too_large(literal), *self.pos(offset))
            if underflows(value, literal):
                raise YamlParseError(number_too_small(literal), *self.pos(offset))
            return value
        if len(literal.lstrip("-")) > _MAX_INT_DIGITS:
            raise YamlParseError(number_too_large(literal), *self.pos(offset))
        number = int(literal)
        try:
            float(number)
        except OverflowError:
            raise YamlParseError(number_too_large(literal), *self.pos(offset)) from None
        return number


def _string_problem(text: str, error: json.JSONDecodeError) -> str:
    """scanstring's terse message, said the way a person editing the file needs it."""
    if error.msg.startswith("Unterminated string"):
        return 'the string is not closed; add the closing "'
    if error.msg.startswith("Invalid control character"):
        char = text[error.pos]
        if char in "\r\n":
            return 'the string is not closed before the end of the line; add the closing "'
        return (
            f"control character U+{ord(char):04X} inside a string; write it as \\u{ord(char):04x}"
        )
    if error.msg.startswith("Invalid \\uXXXX"):
        return "invalid \\u escape; write \\u and four hexadecimal digits"
    if error.msg.startswith("Invalid \\escape"):
        return (
            f"invalid escape {shorten(text[error.pos : error.pos + 2])!r} in a string; "
            "write \\\\ for a backslash"
        )
    return error.msg  # pragma: no cover - scanstring raises only the four above


def load_json(
    text: str, limits: YamlLimits | None = None
) -> tuple[Any, Positions, list[LoadProblem]]:
    """Parse a JSON text; raises `YamlParseError` (the shared parse error) when it cannot.

    A text the json module reads and that is within the limits, with no key twice in
    an object, is read by `_fast`. Any other text, and any text `_fast` has a doubt
    about, is read by `_parse`, which finds and says what is wrong where it is.
    """
    limits = limits or YamlLimits()
    fast = _fast(text, limits)
    if fast is not None:
        return fast[0], fast[1], []
    return _parse(text, limits)


class _Doubt(Exception):
    """What `_fast` raises to leave a text to `_parse`."""


def _pairs(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    found = dict(pairs)
    if len(found) != len(pairs):  # a key twice: a problem `_parse` reports
        raise _Doubt
    return found


def _constant(name: str) -> float:
    raise _Doubt  # NaN and Infinity are no JSON numbers: `_parse` says so


def _float(literal: str) -> float:
    """A number with a fraction or exponent; a doubt when it is not 0 yet reads as 0
    (`_parse` says so). Judged on the literal, so a document holding 0.0 stays fast."""
    value = float(literal)
    if value == 0.0 and underflows(value, literal):
        raise _Doubt
    return value


# Where each value starts, and each key, in the order they are written: a string (a key
# when a colon follows), a container's opening, a number or literal. What lies between
# (white space, commas, colons, closings) is passed over, and a string is taken whole, so
# nothing inside one is taken for a token. Only applied to a text the json module read.
_TOKEN = re.compile(r'"[^"\\]*(?:\\.[^"\\]*)*"|[{\[]|[-0-9][-+.0-9eE]*|true|false|null')
# A \u escape of a surrogate half: the text may hold a lone one, which `_parse` refuses.
_ESCAPED_SURROGATE = re.compile(r"\\u[dD][89a-fA-F]")
_HUGE = 1 << 1023  # an integer this large may be past the largest float


def _fast(text: str, limits: YamlLimits) -> tuple[Any, Positions] | None:
    """The text's data and the places of its values and keys, read by the json module's
    C parser; None when `_parse` must read it (a syntax error, a key twice, NaN, a
    surrogate escape, a number, text, depth or count past the limits). A claim file's
    text is read about three times as fast as by `_parse` alone, which walks it a
    value at a time in Python."""
    if "\\u" in text and _ESCAPED_SURROGATE.search(text):
        return None
    # Every value but the first follows a comma or an opening bracket (those inside
    # strings only raise the count), so a text with fewer of them than the limit holds
    # fewer values. Past it, the json module would build every value before the count
    # could stop it: a 30 MB claim file of ten million `{}` took 2.6 GB and 12 s to be
    # refused, where `_parse` stops at the limit.
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
    found = _NUMBER.match(text, start)
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
    token's number); _Doubt for anything `_parse` would refuse or report."""
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
                raise _Doubt  # perhaps past a float: `_parse` decides
            if kind is float and value in (math.inf, -math.inf):
                raise _Doubt
            written[own_path] = literal(at - 1)
    if at != len(places):
        raise _Doubt


def _parse(text: str, limits: YamlLimits) -> tuple[Any, Positions, list[LoadProblem]]:
    """One loop reads a value at a time: a container opens (its members come next), or a
    value is complete and is attached to the open containers, closing each that ends
    with it. This runs once per value of every claim file: only what is not done for
    every value (a container opening, a number or literal) calls out."""
    src = _Source(text)
    positions = Positions()
    problems: list[LoadProblem] = []
    # Each frame: [container, path, seen-keys or None, pending key, key position]
    stack: list[list[Any]] = []
    nodes = 0
    i = _WS.match(text, 0).end()  # type: ignore[union-attr]
    n = len(text)
    while True:
        # Expect a value at i.
        if i >= n:
            raise src.error("unexpected end of file; a value was expected", i)
        path: JsonPath
        if stack:
            top = stack[-1]
            path = (*top[1], top[3]) if isinstance(top[0], dict) else (*top[1], len(top[0]))
        else:
            path = ()
        positions.values.setdefault(path, src.pos(i))
        nodes += 1
        if nodes > limits.max_nodes:
            raise YamlParseError(_too_many_values(limits), *src.pos(i))
        value: Any
        ch = text[i]
        if ch == "{" or ch == "[":
            value, i = _open(src, stack, path, i, limits)
            if value is None:  # not closed at once: its first member comes next
                continue
        elif ch == '"':
            value, i = src.string(i, limits)
        else:
            start = i
            value, i = _number_or_literal(src, i)
            # A number or boolean: its text, for a text property. Not a repeated key's,
            # and inside one, the first value's is kept, as the value itself is.
            if value is not None and not _repeated(stack):
                positions.written.setdefault(path, text[start:i])
        # A complete value: attach it, then close as many containers as end here.
        while stack:
            top = stack[-1]
            _attach(top, value, positions, problems)
            i = _WS.match(text, i).end()  # type: ignore[union-attr]
            if i >= n:
                raise src.error("unexpected end of file inside a container", i)
            is_obj = isinstance(top[0], dict)
            if text[i] == ",":
                i = _WS.match(text, i + 1).end()  # type: ignore[union-attr]
                if is_obj:
                    i = _read_key(src, top, i, limits)
                break
            if text[i] != ("}" if is_obj else "]"):
                raise src.error(f"expected ',' or '{'}' if is_obj else ']'}'", i)
            stack.pop()
            value = top[0]
            i += 1
        else:  # the document's value is complete
            i = _WS.match(text, i).end()  # type: ignore[union-attr]
            if i < n:
                raise src.error("extra data after the JSON value", i)
            return value, positions, problems


def _repeated(stack: list[list[Any]]) -> bool:
    """Whether the value that comes next is a repeated key's, which is not kept."""
    return bool(stack) and stack[-1][2] is not None and stack[-1][3] in stack[-1][2]


def _too_many_values(limits: YamlLimits) -> str:
    return (
        f"the document has more than {limits.max_nodes} values; split it into one file per source"
    )


def _open(
    src: _Source, stack: list[list[Any]], path: JsonPath, i: int, limits: YamlLimits
) -> tuple[dict[str, Any] | list[Any] | None, int]:
    """An object or array opens at `i`: its frame pushed on `stack`, and the offset of its
    first member (after its first key, for an object). An empty one is closed at once
    and returned with the offset after it; else None."""
    text = src.text
    if len(stack) >= limits.max_depth:
        raise YamlParseError(f"nesting is deeper than {limits.max_depth} levels", *src.pos(i))
    is_obj = text[i] == "{"
    container: dict[str, Any] | list[Any] = {} if is_obj else []
    stack.append([container, path, {} if is_obj else None, None, None])
    i = _WS.match(text, i + 1).end()  # type: ignore[union-attr]
    if i < len(text) and text[i] == ("}" if is_obj else "]"):
        stack.pop()
        return container, i + 1
    if is_obj:
        i = _read_key(src, stack[-1], i, limits)
    return None, i


def _number_or_literal(src: _Source, i: int) -> tuple[int | float | bool | None, int]:
    """A number, true, false or null at `i`, and the offset after it."""
    text = src.text
    match = _NUMBER.match(text, i)
    if match and match.end() > i:
        value = src.number(match.group(), bool(match.group(1) or match.group(2)), i)
        return value, match.end()
    for word, literal_value in _LITERALS.items():
        if text.startswith(word, i):
            return literal_value, i + len(word)
    if text.startswith(("NaN", "Infinity", "-Infinity"), i):
        raise src.error("NaN and Infinity are not JSON numbers", i)
    raise src.error(*unexpected_value(text, i))


def _read_key(src: _Source, frame: list[Any], i: int, limits: YamlLimits) -> int:
    text = src.text
    if i >= len(text):
        raise src.error("unexpected end of file; a key was expected", i)
    if text[i] != '"':
        raise src.error(*unexpected_key(text, i))
    key, end = src.string(i, limits, key=True)
    frame[3] = key
    frame[4] = src.pos(i)
    end = _WS.match(text, end).end()  # type: ignore[union-attr]
    if end >= len(text) or text[end] != ":":
        raise src.error("expected ':' after the key", end)
    return _WS.match(text, end + 1).end()  # type: ignore[union-attr]


def _attach(
    frame: list[Any], value: Any, positions: Positions, problems: list[LoadProblem]
) -> None:
    container = frame[0]
    if isinstance(container, list):
        container.append(value)
        return
    key: str = frame[3]
    seen: dict[str, tuple[int, int]] = frame[2]
    path = (*frame[1], key)
    if key in seen:
        problems.append(duplicate_key(path, key, frame[4], seen[key], json=True))
        return
    seen[key] = frame[4]
    positions.keys[path] = frame[4]
    container[key] = value
