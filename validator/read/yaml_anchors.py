"""Anchors that no alias uses, on a plain text: prose that starts with '&'.

YAML reads `subject: &Mia Threapleton` as the anchor `Mia` on the text "Threapleton",
and `title: &more` as an empty title anchored `more`. The file reads without an error,
but its text has lost its first word: the finding that followed ("subject 'Threapleton'
names no entity", "title ... is empty") named a text the writer never wrote. An anchor
is there to be aliased; one on a plain text that no alias uses is taken for the prose it
most likely was, and said so where it stands.

Yet an anchor is plain YAML 1.2, and one no alias uses may be only a leftover
(`title: &t I Am Ruth`). The text it leaves is what the node holds (`as_read`): outside
the claims, where it made every claim of the file invalid, it is used as read and the
claims are checked (`positions.kept_as_read`); inside a claim, whose own words it may
have cut, that claim is not checked.
"""

from __future__ import annotations

from collections.abc import Collection
from typing import Any

from validator.model.typography import shorten

from .positions import JsonPath, LoadProblem, Positions

__all__ = ["unused_anchors"]


def unused_anchors(
    anchored: dict[tuple[int, int], tuple[str, str]], used: Collection[str], positions: Positions
) -> list[LoadProblem]:
    """A problem for each anchor on a plain text (`anchored`: where it stands -> its
    name and text, as the document's one parse met them) whose name no alias `used`,
    placed by the document's `positions` (an anchored key, or a duplicate key's value,
    has none there and is passed over). Gathered while the document is built: a second
    parse of every file with an anchor in it only to find them cost as much again."""
    unused = {at: found for at, found in anchored.items() if found[0] not in used}
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
        as_read=bool(written),
    )
