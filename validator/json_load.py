"""JSON to plain data with positions, duplicate-key detection and a depth limit.

The standard `json` module gives no positions and lets a duplicate key win, so this is
a small iterative parser; strings still go through the C-accelerated `scanstring`.
"""

from __future__ import annotations

import bisect
import json.decoder
import re
from typing import Any

from .positions import JsonPath, LoadProblem, Positions
from .yaml_load import YamlLimits, YamlParseError

__all__ = ["load_json"]

_WS = re.compile(r"[ \t\n\r]*")
_NUMBER = re.compile(r"-?(?:0|[1-9][0-9]*)(\.[0-9]+)?([eE][-+]?[0-9]+)?")
_LITERALS = {"true": True, "false": False, "null": None}
_MAX_NUMBER_CHARS = 4000


class _Source:
    def __init__(self, text: str) -> None:
        self.text = text
        self.line_starts = [0] + [m.end() for m in re.finditer("\n", text)]

    def pos(self, offset: int) -> tuple[int, int]:
        line = bisect.bisect_right(self.line_starts, offset)
        return line, offset - self.line_starts[line - 1] + 1

    def error(self, message: str, offset: int) -> YamlParseError:
        line, column = self.pos(offset)
        return YamlParseError(f"JSON syntax error: {message}", line, column)


def load_json(
    text: str, limits: YamlLimits | None = None
) -> tuple[Any, Positions, list[LoadProblem]]:
    """Parse a JSON text; raises `YamlParseError` (the shared parse error) when it cannot."""
    limits = limits or YamlLimits()
    src = _Source(text)
    positions = Positions()
    problems: list[LoadProblem] = []
    # Each frame: [container, path, seen-keys or None, pending key, key position]
    stack: list[list[Any]] = []
    root: Any = None
    nodes = 0
    i = _WS.match(text, 0).end()  # type: ignore[union-attr]
    n = len(text)
    while True:
        # Expect a value at i.
        if i >= n:
            raise src.error("unexpected end of file; a value was expected", i)
        ch = text[i]
        path: JsonPath
        if stack:
            top = stack[-1]
            path = (*top[1], top[3]) if isinstance(top[0], dict) else (*top[1], len(top[0]))
        else:
            path = ()
        positions.values.setdefault(path, src.pos(i))
        nodes += 1
        if nodes > limits.max_nodes:
            raise src.error(f"more than {limits.max_nodes} values", i)
        value: Any
        if ch == "{" or ch == "[":
            if len(stack) >= limits.max_depth:
                raise src.error(f"nesting is deeper than {limits.max_depth} levels", i)
            container: dict[str, Any] | list[Any] = {} if ch == "{" else []
            stack.append([container, path, {} if ch == "{" else None, None, None])
            i = _WS.match(text, i + 1).end()  # type: ignore[union-attr]
            closing = "}" if ch == "{" else "]"
            if i < n and text[i] == closing:
                stack.pop()
                value = container
                i += 1
            elif ch == "{":
                i = _read_key(src, stack[-1], i, positions)
                continue
            else:
                continue
        elif ch == '"':
            try:
                value, i = json.decoder.scanstring(text, i + 1, True)
            except json.JSONDecodeError as error:
                raise src.error(error.msg, error.pos) from None
        else:
            match = _NUMBER.match(text, i)
            if match and match.end() > i:
                literal = match.group()
                if len(literal) > _MAX_NUMBER_CHARS:
                    raise src.error(f"number of {len(literal)} characters is too long", i)
                value = float(literal) if match.group(1) or match.group(2) else int(literal)
                if isinstance(value, float) and value in (float("inf"), float("-inf")):
                    raise src.error("number is too large to be finite", i)
                i = match.end()
            else:
                for word, literal_value in _LITERALS.items():
                    if text.startswith(word, i):
                        value = literal_value
                        i += len(word)
                        break
                else:
                    if text.startswith(("NaN", "Infinity", "-Infinity"), i):
                        raise src.error("NaN and Infinity are not JSON numbers", i)
                    raise src.error(f"unexpected character {ch!r}; a value was expected", i)
        # A complete value: attach it, then close as many containers as end here.
        while True:
            if not stack:
                root = value
                i = _WS.match(text, i).end()  # type: ignore[union-attr]
                if i < n:
                    raise src.error("extra data after the JSON value", i)
                return root, positions, problems
            top = stack[-1]
            _attach(top, value, positions, problems)
            i = _WS.match(text, i).end()  # type: ignore[union-attr]
            if i >= n:
                raise src.error("unexpected end of file inside a container", i)
            is_obj = isinstance(top[0], dict)
            if text[i] == ",":
                i = _WS.match(text, i + 1).end()  # type: ignore[union-attr]
                if is_obj:
                    i = _read_key(src, top, i, positions)
                break
            if text[i] == ("}" if is_obj else "]"):
                stack.pop()
                value = top[0]
                i += 1
                continue
            expected = "',' or '}'" if is_obj else "',' or ']'"
            raise src.error(f"expected {expected}", i)


def _read_key(src: _Source, frame: list[Any], i: int, positions: Positions) -> int:
    text = src.text
    if i >= len(text) or text[i] != '"':
        raise src.error("expected a double-quoted key", i)
    try:
        key, end = json.decoder.scanstring(text, i + 1, True)
    except json.JSONDecodeError as error:
        raise src.error(error.msg, error.pos) from None
    frame[3] = key
    frame[4] = src.pos(i)
    end = _WS.match(text, end).end()  # type: ignore[union-attr]
    if end >= len(text) or text[end] != ":":
        raise src.error("expected ':' after the key", end)
    return _WS.match(text, end + 1).end()  # type: ignore[union-attr]


def _attach(frame: list[Any], value: Any, positions: Positions, problems: list[LoadProblem]) -> None:
    container = frame[0]
    if isinstance(container, list):
        container.append(value)
        return
    key: str = frame[3]
    seen: dict[str, tuple[int, int]] = frame[2]
    path = (*frame[1], key)
    if key in seen:
        first = seen[key]
        line, column = frame[4]
        problems.append(
            LoadProblem(
                path,
                line,
                column,
                f"duplicate key '{key}' (first at line {first[0]}, column {first[1]}); "
                "keep one of them",
            )
        )
        return
    seen[key] = frame[4]
    positions.keys[path] = frame[4]
    container[key] = value
