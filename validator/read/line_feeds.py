"""Lines as GitHub counts them, for a YAML document that breaks lines elsewhere too.

libyaml ends a line at a line feed, at CR LF, and also at a lone carriage return and at
NEL, LS and PS (U+0085, U+2028, U+2029). GitHub, whose annotations and line links every
output points into, ends a line only at a line feed, as the JSON reader does. One NEL
in an early string put every later finding, its annotation and its report's link, on
another line than its claim's. A document holding any of those characters has its
positions, and the positions its messages quote, moved to the lines a line feed ends;
the rest (nearly every document) are read as they were, at no cost.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from typing import Any

from .positions import JsonPath, LoadProblem, Positions, duplicate_key

__all__ = ["LineFeeds"]

# Where libyaml ends a line: CR LF is one break, so it is tried first.
_YAML_BREAK = re.compile("\r\n|[\n\r\x85\u2028\u2029]")
_LINE_FEED = re.compile("\n")


class LineFeeds:
    """Moves a libyaml (line, column), both from 1, to the line a line feed ends."""

    __slots__ = ("feeds", "yaml")

    def __init__(self, text: str) -> None:
        self.yaml = [0, *(match.end() for match in _YAML_BREAK.finditer(text))]
        self.feeds = [0, *(match.end() for match in _LINE_FEED.finditer(text))]

    @classmethod
    def of(cls, text: str) -> LineFeeds | None:
        """The mover for `text`, or None when libyaml counts its lines as GitHub does."""
        if "\x85" in text or "\u2028" in text or "\u2029" in text:
            return cls(text)
        if "\r" in text and text.count("\r") != text.count("\r\n"):
            return cls(text)
        return None

    def __call__(self, line: int, column: int) -> tuple[int, int]:
        if not 0 < line <= len(self.yaml):  # pragma: no cover - libyaml's marks are in the text
            return line, column
        offset = self.yaml[line - 1] + column - 1
        moved = bisect_right(self.feeds, offset)
        return moved, offset - self.feeds[moved - 1] + 1

    def document(
        self, loaded: tuple[Any, Positions, list[LoadProblem]]
    ) -> tuple[Any, Positions, list[LoadProblem]]:
        """What the loader made of the text, every position moved (and the first
        place a duplicate key's message names)."""
        data, positions, problems = loaded
        moved = Positions(
            self._all(positions.values),
            self._all(positions.keys),
            positions.written,
            positions.aliases,
        )
        return data, moved, [self._problem(p, positions) for p in problems]

    def _all(self, places: dict[JsonPath, tuple[int, int]]) -> dict[JsonPath, tuple[int, int]]:
        return {path: self(*at) for path, at in places.items()}

    def _problem(self, problem: LoadProblem, positions: Positions) -> LoadProblem:
        at = self(problem.line, problem.column)
        if problem.kind == "duplicate-key":
            first = self(*positions.keys[problem.path])
            return duplicate_key(problem.path, str(problem.path[-1]), at, first)
        return LoadProblem(problem.path, *at, problem.message, problem.kind)
