"""Lines as a person's editor and GitHub both count them, for any claim or dataset file.

A line feed ends a line (CR LF too), as GitHub, whose annotations and line links every
output points into, and the editors count them. libyaml also ends a line at a lone
carriage return and at NEL, LS and PS (U+0085, U+2028, U+2029), which GitHub and the
editors do not: one NEL in an early string put every later finding, its annotation and
its report's link, on another line than its claim's. A document holding any of those
characters has its positions, and the positions its messages quote, moved to the lines
a line feed ends; the rest (nearly every document) are read as they were, at no cost.

A file whose lines a lone CR ends (as classic Mac OS saved them), more of them than a
line feed ends, is the exception: every editor shows it line by line, and counted by
line feeds it would be one line, every finding on line 1 at a column in the hundreds.
Its lines are the ones an editor shows, ended by a CR, a line feed or both, as libyaml
counts them too (a tool's final line feed after them is one more line end).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from typing import Any

from .positions import JsonPath, LoadProblem, Positions, duplicate_key

__all__ = [
    "LineFeeds",
    "cr_lines",
    "line_breaks",
    "line_starts",
    "position_after",
    "yaml_line_start",
]

# Where libyaml ends a line: CR LF is one break, so it is tried first.
_YAML_BREAK = re.compile("\r\n|[\n\r\x85\u2028\u2029]")
_YAML_BREAKS = "\n\r\x85\u2028\u2029"


_LINE_FEED = re.compile("\n")
# The breaks an editor shows: CR LF is one, so it is tried first.
_EDITOR_BREAK = re.compile("\r\n|[\r\n]")


def cr_lines(text: str | bytes) -> bool:
    """Whether a lone CR ends more lines of `text` (a whole file's) than a line feed."""
    if isinstance(text, bytes):
        return text.count(b"\r") - text.count(b"\r\n") > text.count(b"\n")
    return "\r" in text and text.count("\r") - text.count("\r\n") > text.count("\n")


def line_breaks(text: str | bytes) -> re.Pattern[str]:
    """What ends a line of `text` (a whole file's): a line feed (CR LF too), or, where
    a lone CR ends more of its lines (`cr_lines`), any of CR, LF and CR LF."""
    return _EDITOR_BREAK if cr_lines(text) else _LINE_FEED


def line_starts(text: str, breaks: re.Pattern[str] | None = None) -> list[int]:
    """The offset where each line of `text` starts, lines ended by `breaks`, which is
    `line_breaks(text)` (given by a caller that has it already: not worked out again)."""
    return [0, *(match.end() for match in (breaks or line_breaks(text)).finditer(text))]


def position_after(prefix: str, breaks: re.Pattern[str]) -> tuple[int, int]:
    """The (line, column), both from 1, of the character after `prefix`, the beginning
    of a text whose lines `breaks` ends (`line_breaks` of the whole text)."""
    line, start = 1, 0
    for match in breaks.finditer(prefix):
        line, start = line + 1, match.end()
    return line, len(prefix) - start + 1


def yaml_line_start(text: str, index: int) -> int:
    """Where the line holding `index` starts as YAML reads it, any of its breaks ending
    the line before (for what YAML makes of that line, not for a position to show)."""
    return max(text.rfind(mark, 0, index) for mark in _YAML_BREAKS) + 1


class LineFeeds:
    """Moves a libyaml (line, column), both from 1, to the file's own line (`line_breaks`)."""

    __slots__ = ("feeds", "yaml")

    def __init__(self, text: str) -> None:
        self.yaml = [0, *(match.end() for match in _YAML_BREAK.finditer(text))]
        self.feeds = line_starts(text)

    @classmethod
    def of(cls, text: str) -> LineFeeds | None:
        """The mover for `text`, or None when libyaml counts its lines as the file's."""
        if "\x85" in text or "\u2028" in text or "\u2029" in text:
            return cls(text)
        if "\n" in text and "\r" in text and text.count("\r") != text.count("\r\n"):
            # A lone CR among lines a line feed ends; libyaml counts the lines of a
            # file whose lines a CR mostly ends as an editor does.
            return None if cr_lines(text) else cls(text)
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
            positions.tags,
        )
        return data, moved, [self._problem(p, positions) for p in problems]

    def _all(self, places: dict[JsonPath, tuple[int, int]]) -> dict[JsonPath, tuple[int, int]]:
        return {path: self(*at) for path, at in places.items()}

    def _problem(self, problem: LoadProblem, positions: Positions) -> LoadProblem:
        at = self(problem.line, problem.column)
        if problem.kind == "duplicate-key":
            first = self(*positions.keys[problem.path])
            return duplicate_key(problem.path, str(problem.path[-1]), at, first)
        return LoadProblem(problem.path, *at, problem.message, problem.kind, problem.about)
