"""Where a quote marks words left out: an ellipsis ("…", "...", "[…]", "(...)").

A source that quotes part of a passage marks the cut; the words another wording has
there (the transcript's, another source's) are the ones it left out, not words it
changed. `quote_match.match` takes words missing at such a mark to agree with the
other wording, as it takes the words one quote has past the other's ends.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence

from validator.model.typography import plain

__all__ = ["agree", "elided", "gaps"]

_MARK = re.compile(r"\.{3,}")  # "…" and "⋯" are "..." once plain


def agree(
    ops: Iterable[tuple[str, int, int, int, int]],
    first: Sequence[str],
    second: Sequence[str],
    first_text: str,
    second_text: str,
    words: Callable[[str], list[str]],
) -> bool:
    """Whether two quotes' words agree over the opcodes between their shared stretch's
    ends: every difference there is words one of them marks as left out."""
    changed = [op for op in ops if op[0] != "equal"]
    if not changed:
        return True
    first_gaps, second_gaps = gaps(first_text, words), gaps(second_text, words)
    return all(elided(op, first, second, first_gaps, second_gaps) for op in changed)


def gaps(text: str, words: Callable[[str], list[str]]) -> frozenset[int]:
    """The places of a quote's marks of omission: the number of `words` before each.
    Counted a stretch between marks at a time (a mark is no part of a word): counting
    the whole text before each took seconds for a quote of thousands of marks."""
    shown = plain(text)
    # Found once plain: full-width full stops and "⋯" are marks too.
    if "..." not in shown:
        return frozenset()
    places: set[int] = set()
    count = end = 0
    for mark in _MARK.finditer(shown):
        count += len(words(shown[end : mark.start()]))
        places.add(count)
        end = mark.end()
    return frozenset(places)


def elided(
    op: tuple[str, int, int, int, int],
    first: Sequence[str],
    second: Sequence[str],
    first_gaps: frozenset[int],
    second_gaps: frozenset[int],
) -> bool:
    """Whether a difference between two quotes' words (an opcode from `first` to
    `second`) is only words one of them leaves out where it marks an omission: words of
    the first missing at a mark of the second, or the other way round. The words left
    out may be aligned a few words off the mark ("honest … and alarmingly so" against
    "honest and highlighted … and alarmingly so" leaves out "highlighted … and" after
    the first "and"): each place the same alignment allows is tried."""
    tag, i1, i2, j1, j2 = op
    if tag == "delete":
        return not second_gaps.isdisjoint(_places(first, second, i1, i2, j1))
    if tag == "insert":
        return not first_gaps.isdisjoint(_places(second, first, j1, j2, i1))
    return False


def _places(words: Sequence[str], other: Sequence[str], start: int, end: int, at: int) -> set[int]:
    """Where in `other` the words [start, end) that `other` lacks at `at` may equally
    be missing: the block slides over a word it both begins or ends with and has
    beside it."""
    found = {at}
    s, e, p = start, end, at
    while s > 0 and p > 0 and words[s - 1] == other[p - 1] == words[e - 1]:
        s, e, p = s - 1, e - 1, p - 1
        found.add(p)
    s, e, p = start, end, at
    while e < len(words) and p < len(other) and words[e] == other[p] == words[s]:
        s, e, p = s + 1, e + 1, p + 1
        found.add(p)
    return found
