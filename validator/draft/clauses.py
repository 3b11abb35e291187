"""Where a sentence's clauses start and end, and the last "whose" opening one before a
place: looked up by bisection in the places of its marks, found once a text. Searched
back and on from each cue's match, a long sentence of no clause mark was read whole
again for each of thousands of matches."""

from __future__ import annotations

import functools
import re
from bisect import bisect_left, bisect_right

__all__ = ["clause_end", "clause_start", "last_whose"]

_CLAUSE_MARKS = (",", ";", ":", "(", ")", "–", "—")
_MARK = re.compile("[" + re.escape("".join(_CLAUSE_MARKS)) + "]")
# A possessive relative clause ("Joe, whose father is director Sam Mendes") is about
# someone's relative or belonging: what a cue finds in it is not about the work the
# article is about. ("Winslet, who co-authored the story alongside Savage" is: the
# story is the work's.)
_RELATIVE = re.compile(r"\bwhose\b", re.IGNORECASE)
_WHOSE = 5  # characters: the one word _RELATIVE finds, in any case


# A text's cue matches are read one after the other: the places of the last few texts.
@functools.lru_cache(maxsize=8)
def _marks(text: str) -> tuple[int, ...]:
    return tuple(found.start() for found in _MARK.finditer(text))


@functools.lru_cache(maxsize=8)
def _whose(text: str) -> tuple[tuple[int, ...], tuple[int, ...]]:
    """Where each "whose" of `text` starts, and where each ends."""
    found = list(_RELATIVE.finditer(text))
    return tuple(f.start() for f in found), tuple(f.end() for f in found)


def clause_start(text: str, at: int) -> int:
    """Where the clause holding offset `at` starts: after the last clause mark before it."""
    marks = _marks(text)
    before = bisect_left(marks, at)
    return marks[before - 1] + 1 if before else 0


def clause_end(text: str, end: int) -> int:
    """Where the clause holding offset `end` ends: at the first clause mark from it on,
    or the text's end."""
    marks = _marks(text)
    after = bisect_left(marks, end)
    return marks[after] if after < len(marks) else len(text)


def last_whose(text: str, start: int, end: int) -> int | None:
    """Where the last "whose" between `start` and `end` ends, read as the text up to
    `end` would be (a word right after `end` does not part from it); None where none."""
    near = _RELATIVE.search(text, max(start, end - _WHOSE), end)
    if near is not None:
        return near.end()
    starts, ends = _whose(text)
    last = bisect_right(ends, end) - 1
    return ends[last] if last >= 0 and starts[last] >= start else None
