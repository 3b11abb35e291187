"""Anchors that no alias uses, on a plain text: prose that starts with '&'.

YAML reads `subject: &Mia Threapleton` as the anchor `Mia` on the text "Threapleton",
and `title: &more` as an empty title anchored `more`. The file reads without an error,
but its text has lost its first word: the finding that followed ("subject 'Threapleton'
names no entity", "title ... is empty") named a text the writer never wrote. An anchor
is there to be aliased; one on a plain text that no alias uses is taken for the prose it
most likely was, and said so where it stands.
"""

from __future__ import annotations

import re
from typing import Any

import yaml

from validator.model.typography import shorten

from .positions import JsonPath, LoadProblem, Positions
from .yaml_parser import open_parser

__all__ = ["unused_anchors"]

# An anchor as YAML writes one: '&' and its name after space or a flow's mark. A text
# without one ("Tom & Jerry") is not read a second time to look for them.
_ANCHOR = re.compile(r"(?:^|[\s\[{,])&[^\s\[\]{},]")


def unused_anchors(text: str, positions: Positions) -> list[LoadProblem]:
    """A problem for each anchor on a plain text of `text` (a document read without
    error, placed by `positions`) that no alias of it uses."""
    if _ANCHOR.search(text) is None:
        return []
    anchored: dict[tuple[int, int], tuple[str, str]] = {}  # where -> (name, text)
    aliased: set[str] = set()
    parser: Any = open_parser(text)
    try:
        event: Any
        while (event := parser.get_event()) is not None:
            kind = type(event)  # compared as a class: the events are read, not narrowed
            if kind is yaml.AliasEvent:
                aliased.add(event.anchor)
            elif kind is yaml.ScalarEvent and event.anchor and not event.style:
                mark = event.start_mark  # a plain text (no style), anchored
                anchored[(mark.line + 1, mark.column + 1)] = (event.anchor, event.value)
    finally:
        parser.dispose()
    unused = {at: found for at, found in anchored.items() if found[0] not in aliased}
    if not unused:
        return []
    paths: dict[tuple[int, int], JsonPath] = {}
    for path, at in positions.values.items():
        paths.setdefault(at, path)
    return [_problem(paths[at], at, *found) for at, found in unused.items() if at in paths]


def _problem(path: JsonPath, at: tuple[int, int], name: str, written: Any) -> LoadProblem:
    left = f"the text {shorten(written, 60)!r}" if written else "nothing"
    return LoadProblem(
        path,
        *at,
        f"'&{shorten(name, 40)}' is read as an anchor, which no alias uses, leaving {left}: "
        "put the whole text in quotes if it starts with '&', or remove the anchor",
        "anchor",
    )
