"""Where a quote marks words left out (an ellipsis: "…", "...", "[…]", "(...)") or
words of the quoter's own (square brackets: "he [Savage] felt", "[the] issues").

A source that quotes part of a passage marks the cut; the words another wording has
there (the transcript's, another source's) are the ones it left out, not words it
changed. Words in square brackets are the quoter's, by the same convention: added to
make the passage read on its own, or standing in for the speaker's words there, never
put in the speaker's mouth. `quote_match.match` takes words missing at a cut, and
words one wording has in brackets, to agree with the other wording, as it takes the
words one quote has past the other's ends.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from itertools import chain

from validator.model.typography import plain

__all__ = ["agree", "bracketed", "cuts", "elided", "gaps", "supplied"]

_MARK = re.compile(r"\.{3,}")  # "…" and "⋯" are "..." once plain
# Words in square brackets, which no bracket interrupts (a full-width one is "[" once plain); an
# ellipsis in them ("[…]") has no words, and is a mark of omission (`gaps`).
_OWN = re.compile(r"\[([^\[\]]*)\]")


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
    first_own, second_own = bracketed(first_text, words), bracketed(second_text, words)
    return all(
        elided(op, first, second, first_gaps, second_gaps) or supplied(op, first_own, second_own)
        for op in changed
    )


def cuts(
    ops: Sequence[tuple[str, int, int, int, int]],
    first: Sequence[str],
    second: Sequence[str],
    first_text: str,
    second_text: str,
    words: Callable[[str], list[str]],
) -> list[tuple[str, int, int, int, int]]:
    """The opcodes as a word diff shows them: words one quote leaves out where it marks
    an omission as ("cut", ...), which the diff writes as "…", not as words removed; a
    change beside such a mark as the words changed there alone ("my [-mother-]
    {+father+} … was already there", where "my father … was already there" was shown
    with the thirty words it leaves out as though it had dropped them for "father")."""
    if all(op[0] == "equal" for op in ops):  # most pairs: no mark is looked for
        return list(ops)
    first_gaps, second_gaps = gaps(first_text, words), gaps(second_text, words)
    if not first_gaps and not second_gaps:
        return list(ops)
    shown: list[tuple[str, int, int, int, int]] = []
    for op in ops:
        if op[0] == "replace":
            shown.extend(_beside_mark(op, first_gaps, second_gaps))
        elif op[0] != "equal" and elided(op, first, second, first_gaps, second_gaps):
            shown.append(("cut", *op[1:]))
        else:
            shown.append(op)
    return shown


def _beside_mark(
    op: tuple[str, int, int, int, int], first_gaps: frozenset[int], second_gaps: frozenset[int]
) -> list[tuple[str, int, int, int, int]]:
    """A replacement where the quote with fewer words marks an omission at one end of
    them: its words paired with as many of the other's beside the words both share, the
    rest of the other's left out at the mark."""
    _, i1, i2, j1, j2 = op
    size, other = i2 - i1, j2 - j1
    if size > other and j2 in second_gaps:
        return [("replace", i1, i1 + other, j1, j2), ("cut", i1 + other, i2, j2, j2)]
    if size > other and j1 in second_gaps:
        return [("cut", i1, i2 - other, j1, j1), ("replace", i2 - other, i2, j1, j2)]
    if other > size and i2 in first_gaps:
        return [("replace", i1, i2, j1, j1 + size), ("cut", i2, i2, j1 + size, j2)]
    if other > size and i1 in first_gaps:
        return [("cut", i1, i1, j1, j2 - size), ("replace", i1, i2, j2 - size, j2)]
    return [op]


def gaps(text: str, words: Callable[[str], list[str]]) -> frozenset[int]:
    """The places of a quote's marks of omission: the number of `words` before each."""
    shown = plain(text)
    # Found once plain: full-width full stops and "⋯" are marks too.
    if "..." not in shown:
        return frozenset()
    return frozenset(before for before, _ in _counted(shown, _MARK, words))


def bracketed(text: str, words: Callable[[str], list[str]]) -> frozenset[int]:
    """The places (word numbers, from 0) of a quote's words in square brackets: the
    quoter's own."""
    shown = plain(text)
    if "[" not in shown:
        return frozenset()
    marked = _counted(shown, _OWN, words)
    return frozenset(chain.from_iterable(range(at, at + inside) for at, inside in marked))


def _counted(
    shown: str, pattern: re.Pattern[str], words: Callable[[str], list[str]]
) -> Iterator[tuple[int, int]]:
    """For each match of `pattern` in a plain text, the number of `words` before it and
    within it (its group's; none for a mark without one). Counted a stretch between
    matches at a time (a match is no part of a word): counting the whole text before
    each took seconds for a quote of thousands of marks."""
    count = end = 0
    for mark in pattern.finditer(shown):
        count += len(words(shown[end : mark.start()]))
        inside = len(words(mark.group(1))) if pattern.groups else 0
        yield count, inside
        count += inside
        end = mark.end()


def supplied(
    op: tuple[str, int, int, int, int], first_own: frozenset[int], second_own: frozenset[int]
) -> bool:
    """Whether a difference between two quotes' words (an opcode from the first to the
    second) is words one of them has in square brackets: added ("he [Savage] felt"
    against "he felt") or standing in for the other's ("[the] issues" against "those
    issues"). Words the other changes beside them are a change all the same."""
    tag, i1, i2, j1, j2 = op
    if tag == "equal":
        return False
    first_words, second_words = range(i1, i2), range(j1, j2)
    return bool(
        (first_words and first_own.issuperset(first_words))
        or (second_words and second_own.issuperset(second_words))
    )


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
