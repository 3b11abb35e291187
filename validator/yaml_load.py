"""YAML to plain data with YAML 1.2 core-schema meanings, positions and hard limits.

PyYAML resolves scalars the YAML 1.1 way (`yes` is true, `21:00` is 1260, dates become
`date` objects) and lets a duplicate key silently win. So the document is built here
from libyaml's event stream instead of PyYAML's constructor. Building from events,
not composed nodes, also means nesting depth and alias expansion are measured before
anything is expanded: a "billion laughs" file costs a few thousand events, not memory.
No tag is ever constructed: a tag other than the core schema's is an error, so
`!!python/object/apply` and friends never run anything.

It is faster too: composing nodes with libyaml alone takes longer than building the
whole document from events here, and PyYAML's C loader (its constructor in Python)
longer still.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import yaml

from .positions import JsonPath, LoadProblem, Positions, duplicate_key

__all__ = [
    "PARSER",
    "YamlLimits",
    "YamlParseError",
    "check_key",
    "check_text",
    "choose_parser",
    "load_yaml",
    "number_too_large",
    "shorten",
]

# The event sequence of `_PROBE`, as every PyYAML 6 parser gives it.
_PROBE = "a: [1]\n"
_PROBE_EVENTS = (
    yaml.StreamStartEvent,
    yaml.DocumentStartEvent,
    yaml.MappingStartEvent,
    yaml.ScalarEvent,
    yaml.SequenceStartEvent,
    yaml.ScalarEvent,
    yaml.SequenceEndEvent,
    yaml.MappingEndEvent,
    yaml.DocumentEndEvent,
    yaml.StreamEndEvent,
)


def _c_parser_works(parser_class: Any) -> bool:
    """Whether `parser_class` parses as PyYAML 6's C parser does: text in, the public
    event classes out, one at a time through `get_event`, released by `dispose`."""
    try:
        parser = parser_class(_PROBE)
        try:
            events = tuple(type(parser.get_event()) for _ in _PROBE_EVENTS)
            end = parser.get_event()
        finally:
            parser.dispose()
    except Exception:
        return False
    return events == _PROBE_EVENTS and end is None


def choose_parser() -> tuple[Any, str]:
    """The parser the loader uses, and its name for messages and tests.

    libyaml's C parser is ten times faster than PyYAML's own. It is reached through
    `yaml._yaml.CParser`, which PyYAML does not document as public: the bare parser,
    not CSafeLoader, because only its events are used and CSafeLoader would also set up
    a constructor and a resolver for every file. So it is used only after it has parsed
    a probe document exactly as expected; a PyYAML built without libyaml, or one whose
    private interface changed, falls back to the pure-Python parser. That one is slower
    but gives the same events, so the same values, positions and limit findings; only
    the wording of a YAML syntax error is each parser's own.
    """
    try:
        from yaml._yaml import CParser
    except ImportError:
        return yaml.SafeLoader, "python"
    if _c_parser_works(CParser):
        return CParser, "libyaml"
    return yaml.SafeLoader, "python"


_Parser, PARSER = choose_parser()

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
# A plain scalar starting with none of these is text whatever follows: no null, boolean
# or number starts otherwise. Most scalars are words, so this is tested first.
_MAYBE_NOT_TEXT = frozenset("~nNtTfF") | _NUMERIC_START
# Any of the number forms above: text like `2022-12-08` is told from a number by one
# match instead of six.
_NUMBER = re.compile(
    "|".join(
        p.pattern.removesuffix(r"\Z") for p in (_INT10, _INT8, _INT16, _FLOAT, _INF, _NAN)
    ).join(("(?:", r")\Z"))
)
_TAG_TYPES: dict[str, type | tuple[type, ...]] = {
    "int": int,
    "float": (int, float),
    "bool": bool,
    "null": type(None),
}
# What libyaml 0.2.6 and later say when a document nests past their own limit.
_LIBYAML_DEPTH = "maximum nesting depth"
_SURROGATE = re.compile("[\ud800-\udfff]")
_ScalarEvent = yaml.ScalarEvent
_MappingStartEvent = yaml.MappingStartEvent
_MappingEndEvent = yaml.MappingEndEvent
_SequenceStartEvent = yaml.SequenceStartEvent
_SequenceEndEvent = yaml.SequenceEndEvent
_AliasEvent = yaml.AliasEvent
_DocumentStartEvent = yaml.DocumentStartEvent
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
    if text and text[0] in _NUMERIC_START and _NUMBER.match(text):
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


def _tagged(tag: str, text: str, line: int, column: int) -> Any:
    """A scalar written with an explicit tag: only the core schema's own tags are allowed."""
    if not tag.startswith(_CORE):
        raise YamlParseError(
            f"the tag {_show_tag(tag)} is not allowed: claim files hold plain data only",
            line,
            column,
        )
    kind = tag[len(_CORE) :]
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


def _key_text(value: Any, written: str | None, line: int, column: int) -> str:
    """Keys are text in JSON: a YAML key like `2022:` or `0x1F:` keeps the text it was
    written with, so the schema can name it. (A text key never comes here.)"""
    if isinstance(value, dict | list):  # only an alias can bring one
        raise YamlParseError("a mapping key must be a plain value, not a collection", line, column)
    if written:
        return written
    if isinstance(value, bool):
        return "true" if value else "false"
    if value is None:
        return "null"
    return str(value)


def _open_parser(text: str) -> Any:
    try:
        return _Parser(text)
    except yaml.reader.ReaderError as error:  # the pure-Python reader checks at once
        raise _reader_error(error, text) from None
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
    parser = _open_parser(text)
    try:
        return _build(parser.get_event, limits)
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        where = (mark.line + 1, mark.column + 1) if mark is not None else (1, 1)
        if mark is not None and _LIBYAML_DEPTH in str(error.problem):
            raise _own_depth_error(text, where, limits) from None
        raise YamlParseError(_describe(error, text, mark), *where) from None
    except yaml.reader.ReaderError as error:
        raise _reader_error(error, text) from None
    except yaml.YAMLError as error:  # pragma: no cover - libyaml raises only the two above
        raise YamlParseError(f"YAML error: {error}", 1, 1) from None
    finally:
        parser.dispose()


def _own_depth_error(text: str, where: tuple[int, int], limits: YamlLimits) -> YamlParseError:
    """factlint's own depth finding for a document libyaml refused as too deeply nested.

    libyaml 0.2.6 (bundled from PyYAML 6.0.4) refuses more than 1,000 levels while it
    scans ahead, which it does for a run of flow brackets before the first of them reaches
    the event loop; earlier versions have no such limit. Either way, the same bytes must
    give the same finding. Every level libyaml counted is open at the place it stopped, so
    the text before that place already nests deeper than factlint's limit (far below
    1,000). libyaml gives the same events for that text as for the whole one, so building
    it raises the finding the whole text gives without libyaml's limit: the depth where
    factlint's limit is crossed, or an earlier problem such as a collection as a key.
    """
    message = f"nesting is deeper than {limits.max_depth} levels"
    line, column = where
    start = 0
    for _ in range(line - 1):
        start = text.find("\n", start) + 1
        if start == 0:  # pragma: no cover - libyaml's mark is always inside the text
            return YamlParseError(message, line, column)
    parser = _open_parser(text[: start + column - 1])
    try:
        _build(parser.get_event, limits)
    except YamlParseError as own:  # what the whole text gives without libyaml's limit
        return own
    except yaml.YAMLError:
        pass
    finally:
        parser.dispose()
    # Not reached with a libyaml whose limit is above factlint's: the position libyaml
    # gave is still the right place to look.
    return YamlParseError(message, line, column)


def _checked_key(
    value: Any, written: str | None, limits: YamlLimits, line: int, column: int
) -> str:
    """A mapping key as text (a number or a date is written as it was), within limits."""
    key = value if type(value) is str else _key_text(value, written, line, column)
    check_key(key, limits, line, column)
    return key


def _build(
    next_event: Callable[[], Any], limits: YamlLimits
) -> tuple[Any, Positions, list[LoadProblem]]:
    """The document from its events: one loop, one event at a time.

    This loop runs once per node of every claim file, so it is written for speed: the
    innermost open collection lives in local variables (saved on `stack` while a nested
    one is open) rather than in an object, every test is inlined, and the commonest
    event (a scalar) and the commonest scalar (plain text) are tested for first.
    """
    max_depth = limits.max_depth
    max_nodes = limits.max_nodes
    max_string = limits.max_string_chars
    # A key shorter than both limits and all ASCII (a lone surrogate is not) passes
    # `check_key`: only other keys are given to it.
    key_ok = min(limits.max_key_chars, max_string)
    positions = Positions()
    values = positions.values
    keys = positions.keys
    problems: list[LoadProblem] = []
    # anchor -> (value, nodes it expands to, levels of nesting it adds)
    anchors: dict[str, tuple[Any, int, int]] = {}
    # The enclosing collections' state, outermost first; its length is the depth.
    stack: list[tuple[Any, bool, JsonPath, str | None, int, int, str, tuple[int, int]]] = []
    # The innermost open collection (None at the document's top level) and its state.
    container: Any = None
    in_map = False
    path: JsonPath = ()
    anchor: str | None = None
    size = 1  # nodes in it so far, aliases expanded
    height = 1  # levels of nesting from it down
    key = ""  # in a mapping, the key whose value comes next
    key_pos = (0, 0)
    want_key = False  # the next node is a key of `container`
    root: Any = None
    documents = 0
    total = 0
    via_alias = 0
    while True:
        event = next_event()
        cls = type(event)
        if cls is _ScalarEvent:
            mark = event.start_mark
            line = mark.line + 1
            column = mark.column + 1
            written = event.value
            if len(written) > max_string:
                check_text(written, limits, line, column)
            tag = event.tag
            if tag is None:
                # Quoted text stays text, and so does a plain word (most scalars are).
                if event.implicit[0] and (not written or written[0] in _MAYBE_NOT_TEXT):
                    value = _resolve_plain(written, line, column)
                else:
                    value = written
            elif tag == "!":
                value = written
            else:
                value = _tagged(tag, written, line, column)
            if event.anchor is not None:
                anchors[event.anchor] = (value, 1, 0)
            total += 1
            if total > max_nodes:
                raise YamlParseError(_too_many(limits, via_alias), line, column)
            count = 1  # nodes it stands for
            levels = 0  # levels of nesting it adds
        elif cls is _MappingEndEvent or cls is _SequenceEndEvent:
            if anchor is not None:
                anchors[anchor] = (container, size, height)
            done, done_size, done_height = container, size, height
            container, in_map, path, anchor, size, height, key, key_pos = stack.pop()
            size += done_size
            if done_height >= height:
                height = done_height + 1
            want_key = in_map
            if in_map:
                here = (*path, key)
                if key in container:
                    problems.append(duplicate_key(here, key, key_pos, keys[here]))
                else:
                    keys[here] = key_pos
                    container[key] = done
            elif container is not None:
                container.append(done)
            else:
                root = done
            continue
        elif cls is _MappingStartEvent or cls is _SequenceStartEvent:
            mark = event.start_mark
            line = mark.line + 1
            column = mark.column + 1
            mapping = cls is _MappingStartEvent
            if event.tag is not None:
                _check_collection_tag(event.tag, mapping, line, column)
            if len(stack) >= max_depth:
                raise YamlParseError(f"nesting is deeper than {max_depth} levels", line, column)
            if want_key:
                raise YamlParseError(
                    "a mapping key must be a plain value, not a collection", line, column
                )
            if in_map:
                inner: JsonPath = (*path, key)
            elif container is not None:
                inner = (*path, len(container))
            else:
                inner = ()
            # A duplicate key's value keeps the first one's position.
            values.setdefault(inner, (line, column))
            stack.append((container, in_map, path, anchor, size, height, key, key_pos))
            container = {} if mapping else []
            in_map = want_key = mapping
            path = inner
            anchor = event.anchor
            size = height = 1
            total += 1
            if total > max_nodes:
                raise YamlParseError(_too_many(limits, via_alias), line, column)
            continue
        elif cls is _AliasEvent:
            mark = event.start_mark
            line = mark.line + 1
            column = mark.column + 1
            name = event.anchor
            if name not in anchors:
                raise YamlParseError(
                    f"alias *{shorten(name)} refers to no complete anchor", line, column
                )
            value, count, levels = anchors[name]
            if len(stack) + levels > max_depth:
                raise YamlParseError(
                    f"nesting is deeper than {max_depth} levels (through the alias "
                    f"*{shorten(name)})",
                    line,
                    column,
                )
            via_alias += count
            total += count
            if total > max_nodes:
                raise YamlParseError(_too_many(limits, via_alias), line, column)
            written = None
        else:
            if event is None:
                return root, positions, problems
            if cls is _DocumentStartEvent:
                documents += 1
                if documents > 1:
                    mark = event.start_mark
                    raise YamlParseError(
                        "a second YAML document starts here; a claim file holds one document",
                        mark.line + 1,
                        mark.column + 1,
                    )
            continue
        # A value, written out or through an alias: the next key, or a member.
        if want_key:
            if type(value) is str and len(value) <= key_ok and value.isascii():
                key = value  # nearly every key: nothing to check
            else:
                key = _checked_key(value, written, limits, line, column)
            key_pos = (line, column)
            want_key = False
            continue
        if container is None:
            root = value
            values[()] = (line, column)
            continue
        size += count
        if levels >= height:
            height = levels + 1
        if in_map:
            want_key = True
            here = (*path, key)
            if key in container:
                problems.append(duplicate_key(here, key, key_pos, keys[here]))
            else:
                keys[here] = key_pos
                values[here] = (line, column)
                container[key] = value
        else:
            values[(*path, len(container))] = (line, column)
            container.append(value)


def _too_many(limits: YamlLimits, via_alias: int) -> str:
    if via_alias > limits.max_nodes // 2:
        return (
            f"aliases expand the document to more than {limits.max_nodes} nodes "
            "(an alias bomb?); refused before expanding them"
        )
    return f"the document has more than {limits.max_nodes} nodes; split it into one file per source"


def _reader_error(error: yaml.reader.ReaderError, text: str) -> YamlParseError:
    """The parser refuses a character. libyaml's position is a UTF-8 byte offset into
    `text`, the pure-Python reader's a character offset."""
    if _Parser is yaml.SafeLoader:
        prefix = text[: error.position]
    else:
        before = text.encode("utf-8", "surrogatepass")[: error.position]
        prefix = before.decode("utf-8", "replace")
    line = prefix.count("\n") + 1
    column = len(prefix) - (prefix.rfind("\n") + 1) + 1
    character = error.character
    code = ord(character) if isinstance(character, str) else int(character)
    if unicodedata.category(chr(code)) == "Cc":
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
