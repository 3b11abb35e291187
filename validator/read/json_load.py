"""JSON to plain data with positions, duplicate-key detection and a depth limit.

The standard `json` module gives no positions and lets a duplicate key win, so this is
a small iterative parser; strings still go through the C-accelerated `scanstring`. A
text the json module reads without a doubt is read the fast way (`json_fast`) instead.
"""

from __future__ import annotations

import bisect
import json
import json.decoder
import math
import re
from collections.abc import Callable
from typing import Any

from validator.model.typography import shorten

from .json_fast import NUMBER, read_fast
from .json_habits import unexpected_key, unexpected_value
from .line_feeds import line_starts
from .positions import JsonPath, LoadProblem, Positions, duplicate_key, in_claim, key_about
from .too_deep import NOT_READ, STRING_REST, after_json
from .yaml_keys import LEFT_OUT
from .yaml_load import YamlLimits, YamlParseError, check_text, number_too_large
from .yaml_problems import unread_number
from .yaml_scalars import long_key, number_too_small, underflows

__all__ = ["load_json"]

_WS = re.compile(r"[ \t\n\r]*")
_LITERALS = {"true": True, "false": False, "null": None}
_SURROGATE = re.compile("[\ud800-\udfff]")
# The C-accelerated string scanner; typeshed does not declare it.
_scanstring: Callable[[str, int, bool], tuple[str, int]] = json.decoder.scanstring  # type: ignore[attr-defined]
# 10**309 is past the largest float: longer integers are problems before int() spends
# quadratic time on their digits.
_MAX_INT_DIGITS = 309


class BadString(Exception):
    """A string closed on its line with a bad escape or a control character: `problem`
    says what, `written` is its text between the quotes, `end` the offset after it."""

    def __init__(self, problem: YamlParseError, written: str, end: int) -> None:
        super().__init__(problem.message)
        self.problem, self.written, self.end = problem, written, end


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
        """The string whose opening quote is at `start`, and the offset after it. One
        that closes on its line but holds a bad escape or a control character, or an
        escaped lone surrogate, is `BadString`, which a value's reader recovers from
        (`_recovered`), and a key's (`_read_key`)."""
        # Only the string is scanned, up to its closing quote on its line: a fault's
        # error counts the lines of all the text it is given, and 200,000 bad escapes
        # in a 3 MB file took minutes when each was given the whole file. One not
        # closed on its line is the file's one syntax error, found in the whole text.
        closed = STRING_REST.match(self.text, start + 1)
        base = 0 if closed is None else start
        scanned = self.text if closed is None else self.text[start : closed.end()]
        try:
            value, end = _scanstring(scanned, start - base + 1, True)
        except json.JSONDecodeError as error:
            problem = self.error(_string_problem(scanned, error), base + error.pos)
            if closed is None:
                raise problem from None
            raise BadString(problem, scanned[1:-1], closed.end()) from None
        end += base
        limit = limits.max_key_chars if key else limits.max_string_chars
        if len(value) > limit or _SURROGATE.search(value):  # rare: find the place only then
            if key and len(value) > limit:
                return value, end  # whatever it holds, `_read_key` leaves its entry out
            try:
                check_text(value, limits, *self.pos(start))
            except YamlParseError as problem:
                # A value too long, or a lone surrogate: read as written (its escapes as
                # text), cut to the limit by `_recovered`.
                raise BadString(problem, self.text[start + 1 : end - 1], end) from None
        return value, end

    def number(self, literal: str, is_float: bool, offset: int) -> int | float:
        """The number written as `literal` at `offset`; `YamlParseError` at it when no
        float holds it (`1e400`, `1e-400`, an integer of hundreds of digits)."""
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
    an object, is read by `read_fast`. Any other text, and any text `read_fast` has a
    doubt about, is read by `_parse`, which finds and says what is wrong where it is.
    """
    limits = limits or YamlLimits()
    fast = read_fast(text, limits)
    if fast is not None:
        return fast[0], fast[1], []
    return _parse(text, limits)


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
            value, i = _open(src, stack, path, i, limits, problems)
            if value is None:  # not closed at once: its first member comes next
                continue
        elif ch == '"':
            try:
                value, i = src.string(i, limits)
            except BadString as bad:
                value, i = _recovered(bad, path, limits, problems)
        else:
            start = i
            value, i = _number_or_literal(src, i, limits, path, problems)
            # A number or boolean: its text, for a text property. Not a repeated key's,
            # and inside one, the first value's is kept, as the value itself is. (Not a
            # number no float holds, read as its text.)
            if value is not None and type(value) is not str and not _repeated(stack):
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
                    i = _read_key(src, top, i, limits, problems)
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


def _recovered(
    bad: BadString, path: JsonPath, limits: YamlLimits, problems: list[LoadProblem]
) -> tuple[str, int]:
    """A string value with a bad escape or a control character (`"see C:\\docs"`), or
    too long, read as written and cut to the length limit, and one of the `problems` at
    the fault (at the string, for one too long): the whole file was refused for one, its
    other claims unchecked. The offset after it comes second."""
    error = bad.problem
    problems.append(LoadProblem(path, error.line, error.column, error.message, "text"))
    return bad.written[: limits.max_string_chars], bad.end


def _repeated(stack: list[list[Any]]) -> bool:
    """Whether the value that comes next is a repeated key's, which is not kept."""
    return bool(stack) and stack[-1][2] is not None and stack[-1][3] in stack[-1][2]


def _too_many_values(limits: YamlLimits) -> str:
    return (
        f"the document has more than {limits.max_nodes} values; split it into one file per source"
    )


def _open(
    src: _Source,
    stack: list[list[Any]],
    path: JsonPath,
    i: int,
    limits: YamlLimits,
    problems: list[LoadProblem],
) -> tuple[dict[str, Any] | list[Any] | None, int]:
    """An object or array opens at `i`: its frame pushed on `stack`, and the offset of its
    first member (after its first key, for an object, a problem of `problems` if it is
    too long). An empty one is closed at once and returned with the offset after it;
    else None."""
    text = src.text
    is_obj = text[i] == "{"
    if len(stack) >= limits.max_depth:  # passed over, a problem at it, if it can be
        message = f"nesting is deeper than {limits.max_depth} levels"
        end = after_json(text, i) if in_claim(path) else None
        if end is None:
            raise YamlParseError(message, *src.pos(i))
        problems.append(LoadProblem(path, *src.pos(i), f"{message}; {NOT_READ}", "depth"))
        return ({} if is_obj else []), end
    container: dict[str, Any] | list[Any] = {} if is_obj else []
    stack.append([container, path, {} if is_obj else None, None, None])
    i = _WS.match(text, i + 1).end()  # type: ignore[union-attr]
    if i < len(text) and text[i] == ("}" if is_obj else "]"):
        stack.pop()
        return container, i + 1
    if is_obj:
        i = _read_key(src, stack[-1], i, limits, problems)
    return None, i


def _number_or_literal(
    src: _Source, i: int, limits: YamlLimits, path: JsonPath, problems: list[LoadProblem]
) -> tuple[int | float | str | bool | None, int]:
    """A number, true, false or null at `i` (the value at `path`), and the offset after
    it. A number no float holds (`1e400`) is one of the `problems`, at its node, and is
    read as the text written, as the YAML reader reads one: the rest of the file, its
    other claims included, is still checked (the whole file was refused for one)."""
    text = src.text
    match = NUMBER.match(text, i)
    if match and match.end() > i:
        literal = match.group()
        try:
            value = src.number(literal, bool(match.group(1) or match.group(2)), i)
        except YamlParseError as error:
            problems.append(unread_number(path, error))
            return literal[: limits.max_string_chars], match.end()  # as a text that long
        return value, match.end()
    for word, literal_value in _LITERALS.items():
        if text.startswith(word, i):
            return literal_value, i + len(word)
    for word in _NOT_NUMBERS:
        if text.startswith(word, i):
            # Python's json module reads these, so a file another tool wrote holds them:
            # a problem at its node, read as the text written, as `1e400` is (the whole
            # file, its other claims too, was refused as a syntax error for one).
            problem = YamlParseError(_not_a_number(word), *src.pos(i))
            problems.append(unread_number(path, problem))
            return word, i + len(word)
    raise src.error(*unexpected_value(text, i))


# What Python's json module reads as numbers but JSON has none for; the longest first.
_NOT_NUMBERS = ("-Infinity", "Infinity", "NaN")


def _not_a_number(word: str) -> str:
    return f"'{word}' is not a JSON number; write a number, or quote it if it is text"


def _read_key(
    src: _Source, frame: list[Any], i: int, limits: YamlLimits, problems: list[LoadProblem]
) -> int:
    """The key at `i` of the object `frame` is open on, and the offset of its value. A
    key over the length limit is one of the `problems`, at the key, and its entry is
    left out (`LEFT_OUT`, as the YAML reader leaves one out): the whole file was refused
    for one, its other claims unchecked. So is a key closed on its line that holds a bad
    escape, a control character or an escaped lone surrogate (`BadString`), its problem
    where a value's is: at the fault, or at the key for a surrogate."""
    text = src.text
    if i >= len(text):
        raise src.error("unexpected end of file; a key was expected", i)
    if text[i] != '"':
        raise src.error(*unexpected_key(text, i))
    frame[4] = src.pos(i)
    left_out: tuple[int, int, str, str] | None = None
    try:
        key, end = src.string(i, limits, key=True)
    except BadString as bad:  # the text written tells it from another left out
        error, end = bad.problem, bad.end
        left_out = (error.line, error.column, error.message, key_about(bad.written))
    else:
        too_long = long_key(len(key), limits)
        if too_long:
            left_out = (*frame[4], too_long, key_about(key))
    frame[3] = LEFT_OUT if left_out else key
    if left_out:
        problems.append(LoadProblem((*frame[1], LEFT_OUT), *left_out[:3], "key", left_out[3]))
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
    if frame[3] == LEFT_OUT:  # too long a key: a problem already
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
