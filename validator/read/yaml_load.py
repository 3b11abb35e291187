"""YAML to plain data with YAML 1.2 core-schema meanings, positions and hard limits.

PyYAML resolves scalars the YAML 1.1 way (`yes` is true, `21:00` is 1260, dates become
`date` objects) and lets a duplicate key silently win. So the document is built here
from libyaml's event stream instead of PyYAML's constructor. Building from events,
not composed nodes, also means nesting depth and alias expansion are measured before
anything is expanded: a "billion laughs" file costs a few thousand events, not memory.
No tag is ever constructed: a tag other than the core schema's is a problem at the tag,
so `!!python/object/apply` and friends never run anything, and the node it stands on is
read as the plain data it is written as, so the rest of the document is still checked.

It is faster too: composing nodes with libyaml alone takes longer than building the
whole document from events here, and PyYAML's C loader (its constructor in Python)
longer still.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, cast

import yaml

from . import too_deep, yaml_parser
from .line_feeds import LineFeeds, line_starts
from .positions import JsonPath, LoadProblem, Positions
from .yaml_aliases import Aliases
from .yaml_anchors import unused_anchors
from .yaml_breaks import NonBreaks
from .yaml_keys import KEY_OPEN, close, duplicate, key_text
from .yaml_parser import LIBYAML_DEPTH, describe, reader_error
from .yaml_problems import refusal, second_document, too_many, unread_number
from .yaml_scalars import (
    MAYBE_NOT_TEXT,
    FileKind,
    RefusedTag,
    YamlLimits,
    YamlParseError,
    check_collection_tag,
    check_text,
    long_text,
    number_too_large,
    plain_not_text,
    resolve_plain,
    tagged,
)

__all__ = [
    "FileKind",
    "YamlLimits",
    "YamlParseError",
    "check_text",
    "load_yaml",
    "number_too_large",
]

_ScalarEvent = yaml.ScalarEvent
_MappingStartEvent = yaml.MappingStartEvent
_MappingEndEvent = yaml.MappingEndEvent
_SequenceStartEvent = yaml.SequenceStartEvent
_SequenceEndEvent = yaml.SequenceEndEvent
_AliasEvent = yaml.AliasEvent
_DocumentStartEvent = yaml.DocumentStartEvent


_NO_COLON = "could not find expected ':'"


def load_yaml(
    text: str, limits: YamlLimits | None = None, files: FileKind = "claim files"
) -> tuple[Any, Positions, list[LoadProblem]]:
    """Parse one YAML document into plain data (dict, list, str, int, float, bool, None).

    Raises `YamlParseError` for anything that makes the whole document unusable; a
    duplicate key is reported as a `LoadProblem` on its path (the first value is kept),
    and so is a tag refused (the node keeps the text or collection written, untagged),
    so the rest of the document can still be checked. `files`: what the document is (the
    dataset's files are read here too), for the messages that name it.
    """
    limits = limits or YamlLimits()
    if (kept := NonBreaks.of(text)) is not None:  # NEL, LS, PS: no line ends at them
        return kept.load(lambda stood_in: load_yaml(stood_in, limits, files))
    moved = LineFeeds.of(text)  # None for a document whose lines libyaml counts alike
    parser = yaml_parser.open_parser(text)
    try:
        loaded = _build(parser.get_event, limits, files)
        too_deep.emptied(loaded[0], loaded[2])  # what nests past the limit in a claim
        if moved is None:  # a comment alone's line is libyaml's (see `comments_alone`)
            loaded[1].comments.update(yaml_parser.comments_alone(text))
        return loaded if moved is None else moved.document(loaded)
    except YamlParseError as error:  # factlint's own, placed by libyaml's lines
        raise _moved(error, moved) from None
    except yaml.MarkedYAMLError as error:
        if (blanked := yaml_parser.end_markers_blanked(text)) is not None:
            return load_yaml(blanked, limits, files)
        mark = error.problem_mark or error.context_mark
        if error.problem == _NO_COLON and error.context_mark is not None:
            # A field without its colon (`title T`): libyaml notices on a later line;
            # the key it was scanning, where the colon is missing, is what to point at.
            mark = error.context_mark
        where = (mark.line + 1, mark.column + 1) if mark is not None else (1, 1)
        if moved is not None and mark is not None:
            where = moved(*where)
        if mark is not None and LIBYAML_DEPTH in str(error.problem):
            raise _own_depth_error(text, where, limits, files, moved) from None
        raise YamlParseError(describe(error, text, mark, moved), *where) from None
    except yaml.reader.ReaderError as error:
        raise reader_error(error, text) from None
    except yaml.YAMLError as error:  # pragma: no cover - libyaml raises only the two above
        raise YamlParseError(f"YAML error: {error}", 1, 1) from None
    finally:
        parser.dispose()


def _moved(error: YamlParseError, moved: LineFeeds | None) -> YamlParseError:
    """`error`, placed by libyaml's lines, moved to the file's own (`LineFeeds`)."""
    if moved is not None:
        error.line, error.column = moved(error.line, error.column)
    return error


def _own_depth_error(
    text: str,
    where: tuple[int, int],
    limits: YamlLimits,
    files: FileKind,
    moved: LineFeeds | None = None,
) -> YamlParseError:
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
    starts = line_starts(text)  # `where` is on the file's lines, as every position
    if line > len(starts):  # pragma: no cover - libyaml's mark is always inside the text
        return YamlParseError(message, line, column)
    parser = yaml_parser.open_parser(text[: starts[line - 1] + column - 1])
    try:
        _build(parser.get_event, limits, files)
    except YamlParseError as own:  # what the whole text gives without libyaml's limit
        return _moved(own, moved)
    except yaml.YAMLError:
        pass
    finally:
        parser.dispose()
    # Not reached with a libyaml whose limit is above factlint's: the position libyaml
    # gave is still the right place to look.
    return YamlParseError(message, line, column)


# The state of the innermost open collection, saved on the stack while a nested one is
# open: the collection (None at the document's top level), whether it is a mapping, its
# path, its anchor, its nodes so far (aliases expanded), the levels of nesting from it
# down, and in a mapping the key whose value comes next and where that key is written.
_Frame = tuple[Any, bool, JsonPath, "str | None", int, int, "str | int", tuple[int, int]]
_TOP: _Frame = (None, False, (), None, 1, 1, "", (0, 0))


# `_build` runs once per node of every claim file, so it is written for speed: the open
# collection lives in local variables (a `_Frame` saved on `stack` while a nested one is
# open) rather than in an object, the commonest event (a scalar) and the commonest
# scalar (plain text) are tested for first, and only the rarer events (a collection
# opening, an alias, a document starting, a scalar that may not be text) call out.
def _build(
    next_event: Callable[[], Any], limits: YamlLimits, files: FileKind
) -> tuple[Any, Positions, list[LoadProblem]]:
    """The document from its events: one loop, one event at a time."""
    max_nodes, max_string, key_ok = limits.max_nodes, limits.max_string_chars, _key_chars(limits)
    values, keys = (positions := Positions()).values, positions.keys
    problems: list[LoadProblem] = []
    stack: list[_Frame] = []  # the enclosing collections, outermost first: the depth
    container, in_map, path, anchor, size, height, key, key_pos = _TOP
    want_key = False  # the next node is a key of `container`
    root: Any = None
    documents, total, via_alias, written = 0, 0, 0, cast("str | None", None)  # no text yet
    aliases = Aliases(limits, problems)  # the anchors so far, and what their aliases repeat
    while True:
        event = next_event()
        cls, origin = type(event), None  # origin: how its numbers were written (`Origin`)
        if cls is _ScalarEvent:
            line, column = event.start_mark.line + 1, event.start_mark.column + 1
            value = written = event.value
            if event.tag is not None or len(written) > max_string or event.style in _BLOCK:
                at = (container, in_map, path, key, want_key, anchor, stack)  # where it is
                value = _scalar(event, limits, line, column, files, (problems, positions.tags), at)
            elif event.implicit[0] and (not written or written[0] in MAYBE_NOT_TEXT):
                try:
                    value = resolve_plain(written, line, column)  # else text: most scalars
                except YamlParseError as error:  # `.inf`, `1e400`: a problem at the node
                    _unread(error, problems, container, in_map, path, key, want_key, written)
                origin = None if type(value) is str or value is None else written
            if event.anchor is not None:
                aliases.scalar(event, value, origin, line, column)
            total, count, levels = total + 1, 1, 0  # the nodes it stands for, levels it adds
        elif cls is _MappingEndEvent or cls is _SequenceEndEvent:
            if anchor is not None or aliases.left_out:
                close(aliases, anchor, in_map, (container, size, height, path))
            value, count, levels, (line, column) = container, size, height, values[path]
            container, in_map, path, anchor, size, height, key, key_pos = stack.pop()
            want_key = key == KEY_OPEN  # it was a key: refused below
        elif cls is _MappingStartEvent or cls is _SequenceStartEvent:
            total += 1
            stack.append((container, in_map, path, anchor, size, height, key, key_pos))
            frame = _open(event, want_key, stack, values, limits, total, via_alias, files, problems)
            container, in_map, path, anchor, size, height, key, key_pos = frame
            want_key = in_map
            continue
        elif cls is _AliasEvent:
            value, count, levels, origin, line, column = aliases.use(event, anchor, stack, want_key)
            total, via_alias, written = total + count, via_alias + count, None
        elif event is None:
            return root, positions, _with_unused_anchors(problems, aliases, positions, files)
        else:
            documents += second_document(event, documents, files, next_event)
            continue
        if total > max_nodes:  # never after a closing collection: it adds no node
            raise too_many(limits, via_alias, line, column)
        # A value, written out, through an alias or just closed: the next key, or a member.
        if want_key:
            if type(value) is not str or len(value) > key_ok or not value.isascii():
                value = key_text(value, written, (line, column), aliases, path, container, stack)
            key, key_pos, want_key = value, (line, column), False
            continue
        if container is None:
            root, values[()] = value, (line, column)
            continue
        size += count
        if levels >= height:
            height = levels + 1
        if in_map:
            want_key = True
            here = (*path, key)
            if key in container:
                duplicate(problems, here, key, key_pos, keys)
                continue
            keys[here] = key_pos
            container[key] = value
        else:
            here = (*path, len(container))
            container.append(value)
        values[here] = (line, column)
        if origin is not None:  # rare: a number or boolean, or an alias
            aliases.place(positions, here, origin, container, stack)


def _with_unused_anchors(
    problems: list[LoadProblem], aliases: Aliases, positions: Positions, files: FileKind
) -> list[LoadProblem]:
    """`problems`, then a claim file's unused anchors (a dataset's are its team's)."""
    if aliases.plain and files == "claim files":
        problems.extend(unused_anchors(aliases.plain, aliases.used, positions))
    return problems


def _key_chars(limits: YamlLimits) -> int:
    """A key up to this long and all ASCII (a lone surrogate is not) is kept as it is:
    only other keys are given to `key_text`."""
    return min(limits.max_key_chars, limits.max_string_chars)


def _anchored(anchor: str | None, stack: list[_Frame]) -> bool:
    """Whether the open collection (its `anchor`) or one around it has an anchor."""
    return anchor is not None or any(frame[3] is not None for frame in stack)


def _unread(error: YamlParseError, problems: list[LoadProblem], *where: Any) -> None:
    """A plain number no float holds (`.inf`, `1e400`), the next node of the open
    collection `where` (as `_next_path` takes it, with the text written): a problem at
    the node, which keeps the text, not the whole file's."""
    problems.append(unread_number(_next_path(*where), error))


def _scalar(
    event: Any,
    limits: YamlLimits,
    line: int,
    column: int,
    files: FileKind,
    found: tuple[list[LoadProblem], dict[JsonPath, str]],
    where: tuple[Any, bool, JsonPath, str | int, bool, str | None, list[_Frame]],
) -> Any:
    """A scalar too long, tagged or a block, at `line`:`column`, the next node of the
    open collection `where` (its first five as `_next_path` takes them, then its anchor
    and the collections around it). Untagged, it is text unless plain. `found`: the
    problems and the tags (`Positions.tags`) so far. A tag refused is one of the
    problems, and the scalar the text written; so is a plain number no float holds."""
    written: str = event.value
    at = where[:5]
    if at[4] and len(written) > limits.max_key_chars:
        # Too long a key whatever it is: its tag, form and length as a text are not
        # looked at, and `key_text` leaves its entry out (a problem of its claim's).
        return written
    if len(written) > limits.max_string_chars:
        # Its aliases, or those of a collection holding it (`&q {character: ...}` and
        # `qualifiers: *q`), would repeat it cut, unmarked: an E102 on their claim said
        # a text of 1,000,000 characters was written.
        if event.anchor is not None or _anchored(*where[5:]):
            check_text(written, limits, line, column)
        # A problem at the node, not the whole file's: read as written, cut to the
        # limit, whatever its tag or form, and looked at no further.
        problem = long_text(len(written), limits)
        found[0].append(LoadProblem(_next_path(*at, written), line, column, problem, "text"))
        return written[: limits.max_string_chars]
    tag = event.tag
    if tag is None:
        if event.implicit[0] and (not written or written[0] in MAYBE_NOT_TEXT):
            try:
                return resolve_plain(written, line, column)
            except YamlParseError as error:  # `.inf`, `1e400`: a problem at the node
                _unread(error, found[0], *at, written)
                return written
        if event.style in _BLOCK and plain_not_text(written.strip()):
            found[1][_next_path(*at, written)] = event.style
        return written
    if tag == "!":
        return written
    try:
        value = tagged(tag, written, line, column, files)
    except RefusedTag as refused:
        found[0].append(refusal(_next_path(*at, written), refused))
        return written
    except YamlParseError as error:  # `!!float .inf`: as plain
        _unread(error, found[0], *at, written)
        return written
    if tag == _STR_TAG:
        found[1][_next_path(*at, written)] = "!!str"
    return value


_STR_TAG = "tag:yaml.org,2002:str"
_BLOCK = ("|", ">")


def _next_path(
    container: Any, in_map: bool, path: JsonPath, key: str | int, want_key: bool, written: str
) -> JsonPath:
    """The path of the node that comes next in the open collection: `written` when it is
    a mapping's key (the key's own path), or the document itself at the top level."""
    if want_key:
        return (*path, written)
    if in_map:
        return (*path, key)
    if container is not None:
        return (*path, len(container))
    return ()


def _open(
    event: Any,
    want_key: bool,
    stack: list[_Frame],
    values: dict[JsonPath, tuple[int, int]],
    limits: YamlLimits,
    total: int,
    via_alias: int,
    files: FileKind,
    problems: list[LoadProblem],
) -> _Frame:
    """A mapping or sequence opens: checked (no deeper than the limit, the `total`
    nodes so far within the limit; a tag outside the core schema is one of the
    `problems`) and its position recorded, the enclosing collection's frame last on
    `stack`; returns its own frame. As a mapping's key (`want_key`) it is built like
    any other, at a path of its own (`KEY_OPEN`), and refused when it closes. Once per
    collection: nothing here calls out on the way."""
    mark = event.start_mark
    line = mark.line + 1
    column = mark.column + 1
    mapping = type(event) is _MappingStartEvent
    container, in_map, path, _, _, _, key, _ = stack[-1]
    if want_key:  # the frame says so, for when it closes: a key, not a value
        key = KEY_OPEN
        stack[-1] = (*stack[-1][:6], key, stack[-1][7])
    # The path of the node that comes next in the enclosing collection.
    inner = _next_path(container, in_map, path, key, False, "")
    if event.tag is not None:
        try:
            check_collection_tag(event.tag, mapping, line, column, files)
        except RefusedTag as refused:
            problems.append(refusal(inner, refused))
    if len(stack) > limits.max_depth:  # the enclosing frames, the top level's included
        found = None if want_key else problems  # a key: refused as a collection is
        too_deep.opened(stack, inner, (line, column), values, limits, found, event.anchor)
    if total > limits.max_nodes:
        raise too_many(limits, via_alias, line, column)
    if want_key:  # where the key is written, for its problem: each its own
        values[inner] = (line, column)
    else:
        values.setdefault(inner, (line, column))  # a duplicate key's value keeps the first's
    return ({} if mapping else []), mapping, inner, event.anchor, 1, 1, "", (0, 0)
