"""YAML to plain data with YAML 1.2 core-schema meanings, positions and hard limits.

PyYAML resolves scalars the YAML 1.1 way (`yes` is true, `21:00` is 1260, dates become
`date` objects) and lets a duplicate key silently win. So the document is built here
from libyaml's event stream instead of PyYAML's constructor. Building from events,
not composed nodes, also means nesting depth and alias expansion are measured before
anything is expanded: a "billion laughs" file costs a few thousand events, not memory.
No tag is ever constructed: a tag other than the core schema's is an error, so
`!!python/object/apply` and friends never run anything.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from typing import Any

import yaml

from .positions import JsonPath, LoadProblem, Positions, duplicate_key

__all__ = [
    "YamlLimits",
    "YamlParseError",
    "check_key",
    "check_text",
    "load_yaml",
    "number_too_large",
    "shorten",
]

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
_TAG_TYPES: dict[str, type | tuple[type, ...]] = {
    "int": int,
    "float": (int, float),
    "bool": bool,
    "null": type(None),
}
_SURROGATE = re.compile("[\ud800-\udfff]")
# Every number ends up as a float; an integer past the largest float (about 1.8e308,
# just under 2**1024) is refused, and one with more digits than any float has is refused
# before int() spends quadratic time on them.
_MAX_DIGITS = {8: 342, 10: 309, 16: 256}


@dataclass(frozen=True, slots=True)
class YamlLimits:
    max_depth: int = 64
    max_nodes: int = 2_000_000
    max_string_chars: int = 1_000_000
    max_key_chars: int = 1_000


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
    height: int = 1  # levels of nesting from this collection down
    key: str | None = None  # a mapping frame's key waiting for its value
    key_pos: tuple[int, int] = (0, 0)
    expecting_key: bool = True
    seen: dict[str, tuple[int, int]] = field(default_factory=dict)


def shorten(text: str, limit: int = 40) -> str:
    """`text` cut to `limit` characters for a message."""
    return text if len(text) <= limit else text[: limit - 1] + "…"


def number_too_large(text: str) -> str:
    return (
        f"the number {shorten(text)} is too large (the limit is about 1.8e308); "
        "write a smaller number, or quote it if it is text"
    )


def check_text(text: str, limits: YamlLimits, line: int, column: int) -> None:
    """Refuse a text over the length limit, or holding a lone surrogate (not a character)."""
    if len(text) > limits.max_string_chars:
        raise YamlParseError(
            f"a text of {len(text)} characters is over the limit of "
            f"{limits.max_string_chars}; shorten it",
            line,
            column,
        )
    found = _SURROGATE.search(text)
    if found is not None:
        raise YamlParseError(
            f"the text holds a lone surrogate U+{ord(found.group()):04X}, which is not a "
            "character; write the character itself, or both halves of the pair",
            line,
            column,
        )


def check_key(key: str, limits: YamlLimits, line: int, column: int) -> None:
    if len(key) > limits.max_key_chars:
        raise YamlParseError(
            f"a key of {len(key)} characters is over the limit of {limits.max_key_chars}; "
            "keys are field names",
            line,
            column,
        )
    check_text(key, limits, line, column)


def _integer(text: str, digits: str, base: int, line: int, column: int) -> int:
    significant = digits.lstrip("0") or "0"
    if len(significant) > _MAX_DIGITS[base]:  # surely too large: do not parse it
        raise YamlParseError(number_too_large(text), line, column)
    value = int(significant, base)
    try:
        float(value)
    except OverflowError:
        raise YamlParseError(number_too_large(text), line, column) from None
    return value


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
            negative = text[0] == "-"
            value = _integer(text, text.lstrip("+-"), 10, line, column)
            return -value if negative else value
        if _INT8.match(text):
            return _integer(text, text[2:], 8, line, column)
        if _INT16.match(text):
            return _integer(text, text[2:], 16, line, column)
        if _FLOAT.match(text):
            return _finite(float(text), text, line, column)
        if _INF.match(text) or _NAN.match(text):
            return _finite(math.nan, text, line, column)
    return text


def _finite(value: float, text: str, line: int, column: int) -> float:
    if math.isfinite(value):
        return value
    raise YamlParseError(
        f"'{shorten(text)}' is not a finite number; write a number or quote it as text",
        line,
        column,
    )


def _show_tag(tag: str) -> str:
    return f"!!{tag[len(_CORE) :]}" if tag.startswith(_CORE) else tag


def _scalar(event: Any, line: int, column: int) -> Any:
    tag = event.tag
    if tag is None or tag == "!":
        if tag is None and event.implicit[0]:
            return _resolve_plain(event.value, line, column)
        return event.value
    if not tag.startswith(_CORE):
        raise YamlParseError(
            f"the tag {_show_tag(tag)} is not allowed: claim files hold plain data only",
            line,
            column,
        )
    kind = tag[len(_CORE) :]
    text = event.value
    if kind == "str":
        return text
    expected: type | tuple[type, ...] | None = _TAG_TYPES.get(kind)
    if expected is None:
        raise YamlParseError(
            f"the tag !!{kind} is not allowed: claim files hold plain data only", line, column
        )
    value = _resolve_plain(text, line, column)
    if kind == "float" and isinstance(value, int) and not isinstance(value, bool):
        value = float(value)
    if not isinstance(value, expected) or (kind == "int" and isinstance(value, bool)):
        raise YamlParseError(f"'{shorten(text)}' is not a valid !!{kind}", line, column)
    return value


def _open_parser(text: str) -> Any:
    try:
        return _Parser(text)
    except UnicodeEncodeError as error:  # a lone surrogate: only text not read from a file
        line = text.count("\n", 0, error.start) + 1
        column = error.start - (text.rfind("\n", 0, error.start) + 1) + 1
        raise YamlParseError(
            f"the text holds a lone surrogate U+{ord(text[error.start]):04X}, which is not a "
            "character",
            line,
            column,
        ) from None


def load_yaml(
    text: str, limits: YamlLimits | None = None
) -> tuple[Any, Positions, list[LoadProblem]]:
    """Parse one YAML document into plain data (dict, list, str, int, float, bool, None).

    Raises `YamlParseError` for anything that makes the whole document unusable; a
    duplicate key is reported as a `LoadProblem` on its path (the first value is kept),
    so the rest of the document can still be checked.
    """
    limits = limits or YamlLimits()
    max_depth = limits.max_depth
    max_nodes = limits.max_nodes
    max_string = limits.max_string_chars
    positions = Positions()
    problems: list[LoadProblem] = []
    # anchor -> (value, nodes it expands to, levels of nesting it adds)
    anchors: dict[str, tuple[Any, int, int]] = {}
    stack: list[_Frame] = []
    root: Any = None
    documents = 0
    total = 0
    via_alias = 0
    parser = _open_parser(text)
    try:
        while parser.check_event():
            event = parser.get_event()
            cls = type(event)
            mark = event.start_mark
            line, column = mark.line + 1, mark.column + 1
            if cls is yaml.ScalarEvent or cls is yaml.AliasEvent:
                written: str | None = None
                if cls is yaml.AliasEvent:
                    if event.anchor not in anchors:
                        raise YamlParseError(
                            f"alias *{shorten(event.anchor)} refers to no complete anchor",
                            line,
                            column,
                        )
                    value, size, height = anchors[event.anchor]
                    if len(stack) + height > max_depth:
                        raise YamlParseError(
                            f"nesting is deeper than {max_depth} levels "
                            f"(through the alias *{shorten(event.anchor)})",
                            line,
                            column,
                        )
                    via_alias += size
                else:
                    written = event.value
                    if len(written) > max_string:
                        check_text(written, limits, line, column)
                    value, size, height = _scalar(event, line, column), 1, 0
                    if event.anchor is not None:
                        anchors[event.anchor] = (value, 1, 0)
                total += size
                if total > max_nodes:
                    raise YamlParseError(_too_many(limits, via_alias), line, column)
                if not stack:
                    root = value
                    positions.values[()] = (line, column)
                    continue
                frame = stack[-1]
                if frame.expecting_key and isinstance(frame.container, dict):
                    _take_key(frame, value, written, limits, line, column)
                    continue
                _place(frame, value, size, height, (line, column), positions, problems)
            elif cls is yaml.MappingStartEvent or cls is yaml.SequenceStartEvent:
                _check_collection_tag(event.tag, cls is yaml.MappingStartEvent, line, column)
                if len(stack) >= max_depth:
                    raise YamlParseError(f"nesting is deeper than {max_depth} levels", line, column)
                container: dict[str, Any] | list[Any] = {} if cls is yaml.MappingStartEvent else []
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
                if total > max_nodes:
                    raise YamlParseError(_too_many(limits, via_alias), line, column)
            elif cls is yaml.MappingEndEvent or cls is yaml.SequenceEndEvent:
                frame = stack.pop()
                if frame.anchor is not None:
                    anchors[frame.anchor] = (frame.container, frame.size, frame.height)
                if stack:
                    _place(
                        stack[-1],
                        frame.container,
                        frame.size,
                        frame.height,
                        None,
                        positions,
                        problems,
                    )
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
    except yaml.reader.ReaderError as error:
        raise _reader_error(error, text) from None
    except yaml.YAMLError as error:  # pragma: no cover - libyaml raises only the two above
        raise YamlParseError(f"YAML error: {error}", 1, 1) from None
    finally:
        parser.dispose()
    return root, positions, problems


def _too_many(limits: YamlLimits, via_alias: int) -> str:
    if via_alias > limits.max_nodes // 2:
        return (
            f"aliases expand the document to more than {limits.max_nodes} nodes "
            "(an alias bomb?); refused before expanding them"
        )
    return f"the document has more than {limits.max_nodes} nodes; split it into one file per source"


def _reader_error(error: yaml.reader.ReaderError, text: str) -> YamlParseError:
    """libyaml refuses a character; its position is a UTF-8 byte offset into `text`."""
    before = text.encode("utf-8", "surrogatepass")[: error.position]
    prefix = before.decode("utf-8", "replace")
    line = prefix.count("\n") + 1
    column = len(prefix) - (prefix.rfind("\n") + 1) + 1
    character = error.character
    code = ord(character) if isinstance(character, str) else int(character)
    if "control" in str(error.reason):
        message = (
            f"control character U+{code:04X} is not allowed in YAML; remove it, or write it "
            f'as an escape ("\\x{code:02x}") inside a double-quoted string'
        )
    else:
        message = f"character U+{code:04X} is not allowed in YAML ({error.reason}); remove it"
    return YamlParseError(message, line, column)


def _check_collection_tag(tag: str | None, mapping: bool, line: int, column: int) -> None:
    if tag is None or tag == "!":
        return
    allowed = f"{_CORE}map" if mapping else f"{_CORE}seq"
    if tag != allowed:
        raise YamlParseError(
            f"the tag {_show_tag(tag)} is not allowed: claim files hold plain data only",
            line,
            column,
        )


def _child_path(frame: _Frame) -> JsonPath:
    if isinstance(frame.container, dict):
        assert frame.key is not None
        return (*frame.path, frame.key)
    return (*frame.path, len(frame.container))


def _take_key(
    frame: _Frame, value: Any, written: str | None, limits: YamlLimits, line: int, column: int
) -> None:
    """Keys are text in JSON: a YAML key like `2022:` or `0x1F:` keeps the text it was
    written with, so the schema can name it."""
    if isinstance(value, str):
        key = value
    elif isinstance(value, (dict, list)):
        raise YamlParseError("a mapping key must be a plain value, not a collection", line, column)
    elif written:
        key = written
    elif isinstance(value, bool):
        key = "true" if value else "false"
    elif value is None:
        key = "null"
    else:
        key = str(value)
    check_key(key, limits, line, column)
    frame.key = key
    frame.key_pos = (line, column)
    frame.expecting_key = False


def _place(
    frame: _Frame,
    value: Any,
    size: int,
    height: int,
    pos: tuple[int, int] | None,
    positions: Positions,
    problems: list[LoadProblem],
) -> None:
    frame.size += size
    if height >= frame.height:
        frame.height = height + 1
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
        problems.append(duplicate_key(path, key, frame.key_pos, first))
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
