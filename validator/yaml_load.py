"""YAML to plain data with YAML 1.2 core-schema meanings, positions and hard limits.

PyYAML resolves scalars the YAML 1.1 way (`yes` is true, `21:00` is 1260, dates become
`date` objects) and lets a duplicate key silently win. So the document is built here
from libyaml's event stream instead of PyYAML's constructor. Building from events,
not composed nodes, also means nesting depth and alias expansion are measured before
anything is expanded: a "billion laughs" file costs a few thousand events, not memory.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from typing import Any

import yaml

from .positions import JsonPath, LoadProblem, Positions

__all__ = ["YamlLimits", "YamlParseError", "load_yaml"]

try:  # The C parser is ten times faster; fall back so a bare PyYAML install still works.
    _Parser: type[Any] = yaml.CSafeLoader
except AttributeError:  # pragma: no cover - depends on how PyYAML was built
    _Parser = yaml.SafeLoader

_CORE = "tag:yaml.org,2002:"
_NULLS = frozenset({"", "~", "null", "Null", "NULL"})
_TRUE = frozenset({"true", "True", "TRUE"})
_FALSE = frozenset({"false", "False", "FALSE"})
_INT10 = re.compile(r"[-+]?[0-9]+\Z")
_INT8 = re.compile(r"0o[0-7]+\Z")
_INT16 = re.compile(r"0x[0-9a-fA-F]+\Z")
_FLOAT = re.compile(r"[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?\Z")
_INF = re.compile(r"[-+]?\.(?:inf|Inf|INF)\Z")
_NAN = re.compile(r"\.(?:nan|NaN|NAN)\Z")
_NUMERIC_START = frozenset("-+.0123456789")
# Longer integer literals than this are refused: int() on them is quadratic in CPython.
_MAX_INT_DIGITS = 4000


@dataclass(frozen=True, slots=True)
class YamlLimits:
    max_depth: int = 64
    max_nodes: int = 2_000_000


class YamlParseError(Exception):
    """The document cannot be turned into data; carries the 1-based position."""

    def __init__(self, message: str, line: int, column: int) -> None:
        super().__init__(message)
        self.message = message
        self.line = line
        self.column = column


@dataclass(slots=True)
class _Frame:
    container: dict[str, Any] | list[Any]
    path: JsonPath
    anchor: str | None
    size: int = 1
    key: str | None = None  # a mapping frame's key waiting for its value
    key_pos: tuple[int, int] = (0, 0)
    expecting_key: bool = True
    seen: dict[str, tuple[int, int]] = field(default_factory=dict)


def _resolve_plain(text: str, line: int, column: int) -> Any:
    """A plain scalar's value under the YAML 1.2 core schema."""
    if not text or text[0] in "~nN":
        if text in _NULLS:
            return None
    elif text[0] in "tTfF":
        if text in _TRUE:
            return True
        if text in _FALSE:
            return False
    if text and text[0] in _NUMERIC_START:
        if _INT10.match(text):
            if len(text) > _MAX_INT_DIGITS:
                raise YamlParseError(
                    f"number has {len(text)} digits; at most {_MAX_INT_DIGITS} are read",
                    line,
                    column,
                )
            return int(text, 10)
        if _INT8.match(text):
            return int(text[2:], 8)
        if _INT16.match(text):
            return int(text[2:], 16)
        if _FLOAT.match(text):
            return _finite(float(text), text, line, column)
        if _INF.match(text) or _NAN.match(text):
            return _finite(math.nan, text, line, column)
    return text


def _finite(value: float, text: str, line: int, column: int) -> float:
    if math.isfinite(value):
        return value
    raise YamlParseError(
        f"'{text}' is not a finite number; write a number or quote it as text", line, column
    )


def _scalar(event: Any, line: int, column: int) -> Any:
    tag = event.tag
    if tag is None or tag == "!":
        if tag is None and event.implicit[0]:
            return _resolve_plain(event.value, line, column)
        return event.value
    if not tag.startswith(_CORE):
        raise YamlParseError(
            f"the tag {tag} is not allowed: claim files hold plain data only", line, column
        )
    kind = tag[len(_CORE) :]
    text = event.value
    if kind == "str":
        return text
    value = _resolve_plain(text, line, column)
    expected = {"int": int, "float": (int, float), "bool": bool, "null": type(None)}.get(kind)
    if expected is None:
        raise YamlParseError(f"the tag !!{kind} is not allowed on a scalar", line, column)
    if kind == "float" and isinstance(value, int) and not isinstance(value, bool):
        value = float(value)
    if not isinstance(value, expected) or (kind == "int" and isinstance(value, bool)):
        raise YamlParseError(f"'{text}' is not a valid !!{kind}", line, column)
    return value


def load_yaml(text: str, limits: YamlLimits | None = None) -> tuple[Any, Positions, list[LoadProblem]]:
    """Parse one YAML document into plain data (dict, list, str, int, float, bool, None).

    Raises `YamlParseError` for anything that makes the whole document unusable; a
    duplicate key is reported as a `LoadProblem` on its path (the first value is kept),
    so the rest of the document can still be checked.
    """
    limits = limits or YamlLimits()
    positions = Positions()
    problems: list[LoadProblem] = []
    anchors: dict[str, tuple[Any, int]] = {}
    stack: list[_Frame] = []
    root: Any = None
    documents = 0
    total = 0
    parser = _Parser(text)
    try:
        while parser.check_event():
            event = parser.get_event()
            cls = type(event)
            mark = event.start_mark
            line, column = mark.line + 1, mark.column + 1
            if cls is yaml.ScalarEvent or cls is yaml.AliasEvent:
                if cls is yaml.AliasEvent:
                    if event.anchor not in anchors:
                        raise YamlParseError(
                            f"alias *{event.anchor} refers to no complete anchor", line, column
                        )
                    value, size = anchors[event.anchor]
                else:
                    value, size = _scalar(event, line, column), 1
                    if event.anchor is not None:
                        anchors[event.anchor] = (value, 1)
                total += size
                if total > limits.max_nodes:
                    raise YamlParseError(_too_many(limits), line, column)
                if not stack:
                    root = value
                    positions.values[()] = (line, column)
                    continue
                frame = stack[-1]
                if isinstance(frame.container, dict) and frame.expecting_key:
                    _take_key(frame, value, cls is yaml.AliasEvent, line, column)
                    continue
                _place(frame, value, size, (line, column), positions, problems)
            elif cls is yaml.MappingStartEvent or cls is yaml.SequenceStartEvent:
                _check_collection_tag(event.tag, cls is yaml.MappingStartEvent, line, column)
                if len(stack) >= limits.max_depth:
                    raise YamlParseError(
                        f"nesting is deeper than {limits.max_depth} levels", line, column
                    )
                container: dict[str, Any] | list[Any] = (
                    {} if cls is yaml.MappingStartEvent else []
                )
                if stack:
                    parent = stack[-1]
                    if isinstance(parent.container, dict) and parent.expecting_key:
                        raise YamlParseError(
                            "a mapping key must be a plain value, not a collection", line, column
                        )
                    path = _child_path(parent)
                else:
                    path = ()
                positions.values.setdefault(path, (line, column))
                stack.append(_Frame(container, path, event.anchor))
                total += 1
                if total > limits.max_nodes:
                    raise YamlParseError(_too_many(limits), line, column)
            elif cls is yaml.MappingEndEvent or cls is yaml.SequenceEndEvent:
                frame = stack.pop()
                if frame.anchor is not None:
                    anchors[frame.anchor] = (frame.container, frame.size)
                if stack:
                    parent = stack[-1]
                    _place(parent, frame.container, frame.size, None, positions, problems)
                else:
                    root = frame.container
            elif cls is yaml.DocumentStartEvent:
                documents += 1
                if documents > 1:
                    raise YamlParseError(
                        "a second YAML document starts here; a claim file holds one document",
                        line,
                        column,
                    )
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        where = (mark.line + 1, mark.column + 1) if mark is not None else (1, 1)
        raise YamlParseError(_describe(error, text, mark), *where) from None
    except yaml.YAMLError as error:  # reader errors carry no mark, only an offset
        raise YamlParseError(f"YAML error: {error}", 1, 1) from None
    finally:
        parser.dispose()
    return root, positions, problems


def _too_many(limits: YamlLimits) -> str:
    return (
        f"the document expands to more than {limits.max_nodes} nodes "
        "(aliases expanding aliases?); refused before expanding it"
    )


def _check_collection_tag(tag: str | None, mapping: bool, line: int, column: int) -> None:
    if tag is None or tag == "!":
        return
    allowed = f"{_CORE}map" if mapping else f"{_CORE}seq"
    if tag != allowed:
        raise YamlParseError(
            f"the tag {tag} is not allowed: claim files hold plain data only", line, column
        )


def _child_path(frame: _Frame) -> JsonPath:
    if isinstance(frame.container, dict):
        assert frame.key is not None
        return (*frame.path, frame.key)
    return (*frame.path, len(frame.container))


def _take_key(frame: _Frame, value: Any, is_alias: bool, line: int, column: int) -> None:
    if isinstance(value, (dict, list)) or is_alias and not isinstance(value, str):
        raise YamlParseError("a mapping key must be a plain value, not a collection", line, column)
    # Keys are text in JSON; a YAML key like `2022:` or `true:` keeps the digits it was
    # written with so the schema can name it.
    if isinstance(value, bool):
        key = "true" if value else "false"
    elif value is None:
        key = "null"
    else:
        key = str(value)
    frame.key = key
    frame.key_pos = (line, column)
    frame.expecting_key = False


def _place(
    frame: _Frame,
    value: Any,
    size: int,
    pos: tuple[int, int] | None,
    positions: Positions,
    problems: list[LoadProblem],
) -> None:
    frame.size += size
    container = frame.container
    if isinstance(container, list):
        if pos is not None:
            positions.values[(*frame.path, len(container))] = pos
        container.append(value)
        return
    key = frame.key
    assert key is not None
    frame.expecting_key = True
    path = (*frame.path, key)
    first = frame.seen.get(key)
    if first is not None:
        line, column = frame.key_pos
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
    frame.seen[key] = frame.key_pos
    positions.keys[path] = frame.key_pos
    if pos is not None:
        positions.values[path] = pos
    container[key] = value


def _describe(error: yaml.MarkedYAMLError, source: str, mark: Any) -> str:
    problem = error.problem or "syntax error"
    context = f" {error.context}" if error.context else ""
    start = error.context_mark
    if start is not None and mark is not None and start.line != mark.line:
        context += f" (started at line {start.line + 1}, column {start.column + 1})"
    message = f"YAML syntax error: {problem}{context}"
    if mark is not None and 0 <= mark.index < len(source) and source[mark.index] == "\t":
        message += " (a tab; indent YAML with spaces)"
    return message
