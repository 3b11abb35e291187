"""The longest stretch of characters an excerpt shares with its archived text: where the
nearest passage to an excerpt not found is (`validator.rules.excerpts`).

Found with `str.find` and `in`, each a search in C charged to a budget of work
(`archives.SearchBudget`), never a walk over either text a character at a time in
Python: the archive may be an article of megabytes, and each excerpt not found in it is
placed on its own.
"""

from __future__ import annotations

from collections.abc import Callable

from .archives import SearchBudget

__all__ = ["longest_common"]


def longest_common(
    archive: str, excerpt: str, budget: SearchBudget | None = None
) -> tuple[int, int, int] | None:
    """The longest stretch of `excerpt` found in `archive`: (where in the archive, where in
    the excerpt, its length), the earliest in the archive and then in the excerpt among
    the longest; (0, 0, 0) when they share no character; None when `budget` runs out.

    What `difflib.SequenceMatcher(None, archive, excerpt, autojunk=False)
    .find_longest_match()` answers, but found with `str.find` (`_longest_from`), where
    difflib walks the archive character by character in Python. The shorter of the two
    is the one cut into stretches, each searched for in the other and charged its length
    to `budget`: cut into the excerpt's stretches, a 40-character archive was searched
    for at every place of a 36,000-character excerpt, each place a turn of Python the
    charge of 41 does not cover, and 300 such excerpts took 18 s.
    """
    afford = budget.spend if budget is not None else (lambda _: True)
    cut, searched = (archive, excerpt) if len(archive) < len(excerpt) else (excerpt, archive)
    cost = len(searched) + 1
    longest = _longest_from(cut, searched, afford, cost)
    if longest is None:
        return None
    size, first = longest
    if size == 0:
        return (0, 0, 0)
    if not afford(cost):
        return None
    stretch = cut[first : first + size]
    if cut is archive:  # `first` is the earliest place in the archive
        return (first, excerpt.find(stretch), size)
    best = (archive.find(stretch), first)
    # No stretch of that length starts in the excerpt before `first`; one starting later
    # wins only by being earlier in the archive (`find` gives its earliest place there).
    start = first + 1
    while (j := _next_held(excerpt, archive, start, size, afford, cost)) is not None:
        if j + size > len(excerpt):
            return (best[0], best[1], size)
        if not afford(cost):
            return None
        i = archive.find(excerpt[j : j + size], 0, best[0] + size - 1)
        if 0 <= i < best[0]:
            best = (i, j)
        start = j + 1
    return None


def _longest_from(
    cut: str, searched: str, afford: Callable[[int], bool], cost: int
) -> tuple[int, int] | None:
    """The length of the longest stretch of `cut` that `searched` holds, and the first
    place in `cut` where one starts; None when `afford` refuses a search (each charged
    `cost`). Only a stretch longer than the longest so far is looked for: the next place
    holding one a character longer (`_next_held`), grown there as far as `searched`
    holds it (`_grown`). A binary search on the length searched up to len(cut) times
    in each of its log2(len(cut)) rounds, and took six times as long for excerpts of a
    sentence, a word changed, against articles of 15,000 characters."""
    size = first = start = 0
    while (j := _next_held(cut, searched, start, size + 1, afford, cost)) is not None:
        if j + size >= len(cut):
            return size, first
        longer = _grown(cut, searched, j, size + 1, afford, cost)
        if longer is None:
            return None
        size, first, start = longer, j, j + 1
    return None


def _grown(
    cut: str, searched: str, j: int, held: int, afford: Callable[[int], bool], cost: int
) -> int | None:
    """The length of the longest stretch of `cut` at `j` that `searched` holds, given that
    it holds the one of `held` characters; None when `afford` refuses a search. Tried
    twice as long each time, then halved between: an excerpt found whole but for its
    last word grows in a dozen searches, not one a character."""
    low, step = held, 1  # cut[j:j + low] is held
    high = len(cut) - j  # no stretch there is longer
    while low < high:
        trial = min(low + step, high)
        if not afford(cost):
            return None
        if cut[j : j + trial] in searched:
            low, step = trial, 2 * step
        else:
            high = trial - 1
            break
    while low < high:
        middle = (low + high + 1) // 2
        if not afford(cost):
            return None
        if cut[j : j + middle] in searched:
            low = middle
        else:
            high = middle - 1
    return low


def _next_held(
    cut: str, searched: str, start: int, length: int, afford: Callable[[int], bool], cost: int
) -> int | None:
    """The first place from `start` on where `searched` holds the stretch of `cut` of
    `length` characters: a place past len(cut) - length if there is none, None when
    `afford` refuses a search. Where a stretch is not held, the stretches starting
    after it up to the start of the shortest piece of it not held, up to its end, are
    not held either: they hold that piece. Its start is found by halving, and those
    places are passed over: a word changed in an excerpt rules out every stretch over it
    in a few searches, not one a place."""
    j = start
    while j + length <= len(cut):
        if not afford(cost):
            return None
        end = j + length
        if cut[j:end] in searched:
            return j
        low, high = j, end - 1  # cut[low:end] is not held; cut[high + 1:end] may be
        while low < high:
            middle = (low + high + 1) // 2
            if not afford(cost):
                return None
            if cut[middle:end] in searched:
                high = middle - 1
            else:
                low = middle
        j = low + 1
    return j
