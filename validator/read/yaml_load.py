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

from collections.abc import Callable
from typing import Any

import yaml

from . import yaml_parser
from .positions import JsonPath, LoadProblem, Positions, duplicate_key
from .yaml_parser import LIBYAML_DEPTH, PARSER, choose_parser, describe, reader_error
from .yaml_scalars import (
    MAYBE_NOT_TEXT,
    YamlLimits,
    YamlParseError,
    check_collection_tag,
    check_key,
    check_text,
    checked_key,
    number_too_large,
    resolve_plain,
    shorten,
    tagged,
)

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

_ScalarEvent = yaml.ScalarEvent
_MappingStartEvent = yaml.MappingStartEvent
_MappingEndEvent = yaml.MappingEndEvent
_SequenceStartEvent = yaml.SequenceStartEvent
_SequenceEndEvent = yaml.SequenceEndEvent
_AliasEvent = yaml.AliasEvent
_DocumentStartEvent = yaml.DocumentStartEvent


def load_yaml(
    text: str, limits: YamlLimits | None = None
) -> tuple[Any, Positions, list[LoadProblem]]:
    """Parse one YAML document into plain data (dict, list, str, int, float, bool, None).

    Raises `YamlParseError` for anything that makes the whole document unusable; a
    duplicate key is reported as a `LoadProblem` on its path (the first value is kept),
    so the rest of the document can still be checked.
    """
    limits = limits or YamlLimits()
    parser = yaml_parser.open_parser(text)
    try:
        return _build(parser.get_event, limits)
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        where = (mark.line + 1, mark.column + 1) if mark is not None else (1, 1)
        if mark is not None and LIBYAML_DEPTH in str(error.problem):
            raise _own_depth_error(text, where, limits) from None
        raise YamlParseError(describe(error, text, mark), *where) from None
    except yaml.reader.ReaderError as error:
        raise reader_error(error, text) from None
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
    parser = yaml_parser.open_parser(text[: start + column - 1])
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
                if event.implicit[0] and (not written or written[0] in MAYBE_NOT_TEXT):
                    value = resolve_plain(written, line, column)
                else:
                    value = written
            elif tag == "!":
                value = written
            else:
                value = tagged(tag, written, line, column)
            if event.anchor is not None:
                anchors[event.anchor] = (value, 1, 0)
            total += 1
            if total > max_nodes:
                raise _too_many(limits, via_alias, line, column)
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
                check_collection_tag(event.tag, mapping, line, column)
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
                raise _too_many(limits, via_alias, line, column)
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
                raise _too_many(limits, via_alias, line, column)
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
                key = checked_key(value, written, limits, line, column)
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


def _too_many(limits: YamlLimits, via_alias: int, line: int, column: int) -> YamlParseError:
    if via_alias > limits.max_nodes // 2:
        return YamlParseError(
            f"aliases expand the document to more than {limits.max_nodes} nodes "
            "(an alias bomb?); refused before expanding them",
            line,
            column,
        )
    remedy = "split it into one file per source"
    return YamlParseError(
        f"the document has more than {limits.max_nodes} nodes; {remedy}", line, column, remedy
    )
