"""The problems the YAML builder (`yaml_load`) records at a node and the refusals it
raises for a whole document: a tag refused, a number no float holds, a second document,
too many nodes. Each says where and what to write instead."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import yaml

from . import yaml_parser
from .positions import JsonPath, LoadProblem
from .yaml_scalars import FileKind, RefusedTag, YamlLimits, YamlParseError, one_of

__all__ = ["refusal", "second_document", "too_many", "unread_number"]

_DocumentStartEvent = yaml.DocumentStartEvent


def unread_number(path: JsonPath, error: YamlParseError) -> LoadProblem:
    """A number no claim can hold (not finite, too large or too small for a float), at
    `path`: the node is read as the text written, so that the rest of the file, its other
    claims included, is still checked (the whole file was refused for one `.inf`). The
    JSON reader records one (`1e400`) the same way."""
    return LoadProblem(path, error.line, error.column, error.message, "number")


def refusal(path: JsonPath, refused: RefusedTag) -> LoadProblem:
    """A tag refused at `path`: the node is read as the plain data written."""
    return LoadProblem(path, refused.line, refused.column, refused.message, "tag")


def second_document(event: Any, documents: int, files: FileKind, after: Callable[[], Any]) -> int:
    """1 for a document's start (refused if one came before: a file of `files` holds one
    document), 0 for the stream's start and end and the document's end. A '---' ending
    the file starts an empty document, which is said, with its fix."""
    if type(event) is not _DocumentStartEvent:
        return 0
    if documents:
        empty = ", with nothing in it" if yaml_parser.only_an_empty_document(after) else ""
        # Else most likely a second source or a second part of a dataset: a file each.
        fix = ": remove this '---'" if empty else ": move it to a file of its own"
        message = f"a second YAML document starts here{empty}; {one_of(files)} holds one document"
        mark: Any = event.start_mark
        raise YamlParseError(message + fix, mark.line + 1, mark.column + 1)
    return 1


def too_many(limits: YamlLimits, via_alias: int, line: int, column: int) -> YamlParseError:
    """The refusal of a document past `limits.max_nodes`, said as an alias bomb where
    aliases made most of its nodes (`via_alias`)."""
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
