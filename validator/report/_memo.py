"""The reports' memos: pieces that repeat (a claim's cells, a location's link, a string
made safe), each worked out once and remembered, within bounds.

A large report names the same claims and locations many times (the sample of a
majority wording stands in the table of every variant's finding), so working each out
once saves most of a report's time. What is remembered is bounded: a memo that is full
starts again (what repeats is soon back in it), so a report of a million claims does
not hold everything it wrote; the text written is the same either way. The HTML,
Markdown and JSON reports' memos are all `Memo`s, bounded alike.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable
from operator import attrgetter
from typing import Generic, TypeVar

from validator.model.findings import Location

from ._text import line_href
from .project_place import AT_ROOT, ProjectPlace

__all__ = [
    "MEMO_CHARACTERS",
    "MEMO_ENTRIES",
    "FileLinks",
    "LocationCells",
    "Memo",
    "characters",
    "location_fields",
]

# What a memo holds at most. The 100,000-claim small-vocabulary corpus has 56,785
# distinct locations in its tables (11 MB of the HTML report's cells), 49,995 claims:
# each remembered until the report ends. A million claims start again now and then.
MEMO_ENTRIES = 1 << 16
# Characters of text a memo of texts holds at most: claims' values and excerpts may be
# thousands of words each, and 65,536 of them would be gigabytes.
MEMO_CHARACTERS = 1 << 24

# A location's (file, line, column), taken in C: `LocationCells.at`'s arguments.
location_fields: Callable[[Location], tuple[str, int, int]] = attrgetter("file", "line", "column")

K = TypeVar("K", bound=Hashable)
V = TypeVar("V")
T = TypeVar("T")


class Memo(dict[K, V]):
    """`make(key)` of each key, worked out on its first lookup (`memo[key]`) and
    remembered: at most `limit` of them at once (`MEMO_ENTRIES` unless told), and, where
    `size` says how many characters a value holds, at most `MEMO_CHARACTERS` between
    them (a value longer than that is given out, not remembered). A memo without `make`
    is filled only through `keep`. The bounds are read when the memo is made."""

    # Slots: a report looks its memos' own attributes up on every miss (tens of
    # thousands), and a dict subclass's instance dictionary is slow to read them from.
    __slots__ = ("characters", "limit", "make", "room", "size")

    def __init__(
        self,
        make: Callable[[K], V] | None = None,
        limit: int | None = None,
        *,
        size: Callable[[V], int] | None = None,
    ) -> None:
        super().__init__()
        self.make = make
        self.limit = MEMO_ENTRIES if limit is None else limit
        self.size = size
        self.room = MEMO_CHARACTERS
        self.characters = 0  # of the values remembered, where `size` counts them

    def __missing__(self, key: K) -> V:
        if self.make is None:
            raise KeyError(key)
        return self.keep(key, self.make(key))

    def keep(self, key: K, value: V) -> V:
        """`value`, remembered as `key`'s if it fits: a full memo starts again."""
        size = 0 if self.size is None else self.size(value)
        if size > self.room:
            return value
        if len(self) >= self.limit or self.characters + size > self.room:
            self.clear()
            self.characters = 0
        self[key] = value
        self.characters += size
        return value


def characters(texts: Iterable[str]) -> int:
    """The characters of several texts: the size of a memo's value made of them. (Joined
    and measured in C: summing their lengths one by one took three times as long, once
    per claim of a report's tables.)"""
    return len("".join(texts))


class FileLinks(Memo[str, str | None]):
    """`line_href` of each file without its line (`root/file`, or None), worked out once:
    percent-encoding is most of what a link costs, and every line of a file shares it.
    `href(file, line)` is `line_href(file, line, root, place)` exactly."""

    def __init__(
        self, root: str | None, limit: int | None = None, place: ProjectPlace = AT_ROOT
    ) -> None:
        super().__init__(lambda file: line_href(file, 0, root, place), limit)

    def href(self, file: str, line: int) -> str | None:
        return with_line(self[file], line)


def with_line(base: str | None, line: int) -> str | None:
    """A file's link (`base`, None for none) to its line `line` (as `line_href` adds
    it); escaping works character by character, so `base` may be escaped already."""
    return f"{base}#L{line}" if base is not None and line >= 1 else base


class LocationCells(Memo[Location, str], Generic[T]):
    """A report's cell of each location (`cell`), worked out once (a claim stands in
    the table of every finding that names it), and from its file's remembered pieces
    the first time (`file`: the file's text as the report writes it, and its link as
    a destination, None for none). The reports say how text and links are escaped.

    `at(file, line, column)` is the same cell worked out from its file's pieces without
    remembering it: where nearly every location is new (a claims table's rows), hashing
    a `Location` and keeping its cell cost more than the cell itself."""

    def __init__(self, root: str | None, place: ProjectPlace = AT_ROOT) -> None:
        super().__init__(self.cell)
        self.links = FileLinks(root, place=place)
        self.files: Memo[str, tuple[T, str | None]] = Memo(self.file)

    def file(self, file: str) -> tuple[T, str | None]:
        raise NotImplementedError

    def cell(self, location: Location) -> str:
        return self.at(location.file, location.line, location.column)

    def at(self, file: str, line: int, column: int) -> str:
        raise NotImplementedError

    def href(self, file: str, line: int) -> str | None:
        """The link to the line, escaped for the report, or None for no link."""
        return with_line(self.files[file][1], line)
