"""Memos of the Markdown and HTML reports: pieces that repeat (a claim's cells, a
location's link), each worked out once and remembered, within bounds.

A large report names the same claims and locations many times (the sample of a
majority wording stands in the table of every variant's finding), so working each out
once saves most of a report's time. What is remembered is bounded: a memo that is full
starts again (what repeats is soon back in it), so a report of a million claims does
not hold everything it wrote; the text written is the same either way.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from typing import TypeVar

from ._text import line_href

__all__ = ["MEMO_ENTRIES", "FileLinks", "Memo"]

# What a memo holds at most. The 100,000-claim small-vocabulary corpus has 56,785
# distinct locations in its tables (11 MB of the HTML report's cells), 49,995 claims:
# each remembered until the report ends. A million claims start again now and then.
MEMO_ENTRIES = 1 << 16

K = TypeVar("K", bound=Hashable)
V = TypeVar("V")


class Memo(dict[K, V]):
    """`make(key)` of each key, worked out on its first lookup (`memo[key]`) and
    remembered; at most `limit` of them at once."""

    def __init__(self, make: Callable[[K], V], limit: int = MEMO_ENTRIES) -> None:
        super().__init__()
        self.make = make
        self.limit = limit

    def __missing__(self, key: K) -> V:
        if len(self) >= self.limit:
            self.clear()
        value = self[key] = self.make(key)
        return value


class FileLinks(Memo[str, str | None]):
    """`line_href` of each file without its line (`root/file`, or None), worked out once:
    percent-encoding is most of what a link costs, and every line of a file shares it.
    `href(file, line)` is `line_href(file, line, root)` exactly."""

    def __init__(self, root: str | None, limit: int = MEMO_ENTRIES) -> None:
        super().__init__(lambda file: line_href(file, 0, root), limit)

    def href(self, file: str, line: int) -> str | None:
        base = self[file]
        return f"{base}#L{line}" if base is not None and line >= 1 else base
