"""Where two quotes' words line up, beyond what the longest common subsequence alone
says (`quote_match` computes that): a quote that is a stretch of the other, word for
word, is found as it stands (`stretch`), and the equal blocks at the ends of an
alignment are moved across the gaps beside them onto the stretch beyond where the words
allow (`slid`). A quote of the middle of a passage ("the chemistry, the connection")
has several alignments as long, and the one found may pair its first "the" with an
earlier one of the passage, leaving the words between as a gap inside the quote. Where
the one found leaves words of the second quote (the claim's) outside it at an end,
which the diff does not show, an alignment as long that takes them in is preferred
(`claimed`).

Opcodes are rapidfuzz's, as tuples `(tag, i1, i2, j1, j2)`, merged (`tidy`): never
two gaps side by side, nor two equal blocks.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import cast

from rapidfuzz.distance import Indel

__all__ = ["TIE_WORDS", "claimed", "coded", "slid", "stretch", "tidy"]

Opcodes = list[tuple[str, int, int, int, int]]
_GAPS = ("delete", "insert")  # words of one quote only
# Words of the second quote, left outside an alignment at an end, that `claimed` tries
# to take in, the nearest the alignment first: each try is one compiled comparison.
TIE_WORDS = 8


def tidy(
    opcodes: Iterable[tuple[str, int, int, int, int]], first: Sequence[str], second: Sequence[str]
) -> Opcodes:
    """rapidfuzz's opcodes `_merged` and `slid`, as an alignment's diff is made of."""
    return slid(_merged(opcodes), first, second)


def stretch(first: Sequence[str], second: Sequence[str]) -> Opcodes | None:
    """The opcodes of a quote that is a stretch of the other, word for word ("the
    chemistry, the connection" of a longer passage), found as it stands: the longest
    common subsequence may pair its first "the" with an earlier one, leaving the words
    between as a gap inside it. The rest of the longer quote is unmatched ends. Words
    coded as characters are searched as they are (a stretch is then a substring);
    lists of words are coded here first, so that a quote without codes is aligned as
    the same quote with them is. None where neither is a stretch of the other."""
    if not isinstance(first, str) or not isinstance(second, str):
        first, second = coded(first, second)
    if len(second) < len(first):
        at, size, whole = first.find(second), len(second), len(first)
        gap, ends = "delete", ((0, at, 0, 0), (at + size, whole, size, size))
        found = ("equal", at, at + size, 0, size)
    else:
        at, size, whole = second.find(first), len(first), len(second)
        gap, ends = "insert", ((0, 0, 0, at), (size, size, at + size, whole))
        found = ("equal", 0, size, at, at + size)
    if at < 0:
        return None
    head, tail = ends
    ops: Opcodes = [(gap, *head)] if at else []
    ops.append(found)
    if at + size < whole:
        ops.append((gap, *tail))
    return ops


def slid(ops: Opcodes, first: Sequence[str], second: Sequence[str]) -> Opcodes:
    """The opcodes with the first and the last equal block each moved across the gap
    beside it where the words there are the same, so that it joins the stretch past
    the gap. A quote of the middle of a passage ("the chemistry, the connection") has
    more than one alignment as long: its first "the" may pair with an earlier "the" of
    the passage, which leaves the words between as a gap inside the quote ("The [-fact
    that ... because the-] chemistry"); moved, they are words the quote leaves out
    before its start, as a cut quote does. A block moves only where what lies beyond
    it is a gap of the same kind, or nothing. (Merged opcodes never have two gaps side
    by side, so that is one opcode at most.)"""
    equal = [n for n, op in enumerate(ops) if op[0] == "equal"]
    if len(equal) < 2:
        return ops
    at = equal[0]  # an equal block is never beside another: a gap and a block follow
    gap = ops[at + 1][0]
    if gap in _GAPS and ops[at + 2][0] == "equal" and all(op[0] == gap for op in ops[:at]):
        ops = _first_moved(ops, at, first, second)
    at = max(n for n, op in enumerate(ops) if op[0] == "equal")
    gap = ops[at - 1][0] if at >= 2 else "equal"
    if gap in _GAPS and ops[at - 2][0] == "equal" and all(op[0] == gap for op in ops[at + 1 :]):
        ops = _last_moved(ops, at, first, second)
    return ops


def _first_moved(ops: Opcodes, at: int, first: Sequence[str], second: Sequence[str]) -> Opcodes:
    """`slid` for the equal block `ops[at]`, the first, onto the one after its gap."""
    _, i1, i2, j1, j2 = ops[at]
    gap, _, g2, _, h2 = ops[at + 1]
    after = ops[at + 2]
    if gap == "delete":
        to = g2 - (i2 - i1)
        if first[to:g2] != second[j1:j2]:
            return ops
        moved = [("delete", i1, to, j1, j1), ("equal", to, after[2], j1, after[4])]
    else:
        to = h2 - (j2 - j1)
        if second[to:h2] != first[i1:i2]:
            return ops
        moved = [("insert", i1, i1, j1, to), ("equal", i1, after[2], to, after[4])]
    if at:  # the gap before the block, of the same kind: one gap with the words moved
        tag, p1, _, q1, _ = ops[0]
        moved[0] = (tag, p1, moved[0][2], q1, moved[0][4])
    return [*moved, *ops[at + 3 :]]


def _last_moved(ops: Opcodes, at: int, first: Sequence[str], second: Sequence[str]) -> Opcodes:
    """`slid` for the equal block `ops[at]`, the last, onto the one before its gap."""
    _, i1, i2, j1, j2 = ops[at]
    gap, g1, _, h1, _ = ops[at - 1]
    before = ops[at - 2]
    if gap == "delete":
        to = g1 + (i2 - i1)
        if first[g1:to] != second[j1:j2]:
            return ops
        moved = [("equal", before[1], to, before[3], j2), ("delete", to, i2, j2, j2)]
    else:
        to = h1 + (j2 - j1)
        if second[h1:to] != first[i1:i2]:
            return ops
        moved = [("equal", before[1], i2, before[3], to), ("insert", i2, i2, to, j2)]
    if at + 1 < len(ops):  # the gap after the block, of the same kind
        tag, _, p2, _, q2 = ops[-1]
        moved[1] = (tag, moved[1][1], p2, moved[1][3], q2)
    return [*ops[: at - 2], *moved]


def claimed(ops: Opcodes, first: Sequence[str], second: Sequence[str]) -> Opcodes:
    """The opcodes (as `tidy` gives them), or those of an alignment as long that leaves
    fewer of the second quote's words out at its ends. Words of one quote only at an
    end are taken for more of the passage than the other quote covers, and the diff
    leaves them out; where the alignment has a tie, words the second quote wrote there
    may be left out for it. "fact the she is" against "The fact that she is" paired
    "the" with "The", and the diff read "The [-fact that-] she is": the quote's "fact"
    was hidden. Preferred, "fact" pairs with "fact": "fact [-that-] {+the+} she is".

    Of the `TIE_WORDS` words nearest the alignment at an end, the one farthest from it
    that an alignment as long can pair is paired; then the same at the other end, with
    that pair kept. Of the given alignment, the one tried from the start and the one
    from the end, the one that leaves out the fewest words is kept (the earliest, on a
    tie). Only for quotes that differ (`quote_match.match` asks no more): where they
    agree, the words one has past the other's end are more of the passage."""
    hidden = _hidden(ops)
    if hidden == (0, 0):
        return ops
    total = sum(i2 - i1 for tag, i1, i2, _, _ in ops if tag == "equal")
    best, fewest = ops, sum(hidden)
    for from_start in (True, False):
        found = _realigned(first, second, hidden, total, from_start)
        if found is not None and (left := sum(_hidden(found))) < fewest:
            best, fewest = found, left
    return best


_Pair = tuple[int, int]  # a word of the first quote and one of the second, paired


def _hidden(ops: Opcodes) -> tuple[int, int]:
    """How many words of the second quote merged opcodes leave out of the alignment at
    its start and at its end: words of that quote only, where the first has none. (A
    replacement there is a changed end, which the diff shows.)"""
    head = ops[0][4] if ops and ops[0][0] == "insert" else 0
    tail = ops[-1][4] - ops[-1][3] if ops and ops[-1][0] == "insert" else 0
    return head, tail


def _realigned(
    first: Sequence[str],
    second: Sequence[str],
    hidden: tuple[int, int],
    total: int,
    from_start: bool,
) -> Opcodes | None:
    """An alignment of `total` words pairing a word of the second quote's `hidden` ones
    at its start (or end), then, that pair kept, at its other end, as `tidy` gives its
    opcodes; None where none can."""
    size = len(second)
    if from_start:
        start = _first_pair(first, second, hidden[0], total, None) if hidden[0] else None
        if start is None:
            return None
        ops = tidy(_anchored(first, second, start, None), first, second)
        tail = _hidden(ops)[1]
        end = _last_pair(first, second, size - tail, total, start) if tail else None
        return ops if end is None else tidy(_anchored(first, second, start, end), first, second)
    end = _last_pair(first, second, size - hidden[1], total, None) if hidden[1] else None
    if end is None:
        return None
    ops = tidy(_anchored(first, second, None, end), first, second)
    head = _hidden(ops)[0]
    start = _first_pair(first, second, head, total, end) if head else None
    return ops if start is None else tidy(_anchored(first, second, start, end), first, second)


def _anchored(
    first: Sequence[str], second: Sequence[str], start: _Pair | None, end: _Pair | None
) -> Opcodes:
    """The opcodes of an alignment that begins with the pair `start` and ends with the
    pair `end` (either, where given), rapidfuzz's between them."""
    low, high = start or (-1, -1), end or (len(first), len(second))
    # `as_list` gives tuples, as documented (its type stub says `Opcode`).
    found = Indel.opcodes(first[low[0] + 1 : high[0]], second[low[1] + 1 : high[1]])
    di, dj = low[0] + 1, low[1] + 1
    between = cast(Opcodes, found.as_list())
    inner = [(t, i1 + di, i2 + di, j1 + dj, j2 + dj) for t, i1, i2, j1, j2 in between]
    out: Opcodes = []
    if start is not None:
        out += [("delete", 0, start[0], 0, 0), ("insert", start[0], start[0], 0, start[1])]
        out.append(("equal", start[0], start[0] + 1, start[1], start[1] + 1))
    out += inner
    if end is not None:
        size, after = len(first), end[0] + 1
        out.append(("equal", end[0], end[0] + 1, end[1], end[1] + 1))
        out.append(("delete", after, size, end[1] + 1, end[1] + 1))
        out.append(("insert", size, size, end[1] + 1, len(second)))
    return _joined(out)


def _lcs(first: Sequence[str], second: Sequence[str]) -> int:
    """How many words the longest common subsequence of two quotes has."""
    return (len(first) + len(second) - Indel.distance(first, second)) // 2


def _at(words: Sequence[str], word: str, low: int, high: int, last: bool) -> int:
    """Where `word` is first (or `last`) in `words[low:high]`, a string of codes or a
    list, counted from the start of `words`; -1 where it is not."""
    if isinstance(words, str):
        return words.rfind(word, low, high) if last else words.find(word, low, high)
    found = [n for n in range(low, high) if words[n] == word]
    return (found[-1] if last else found[0]) if found else -1


def _first_pair(
    first: Sequence[str], second: Sequence[str], head: int, total: int, end: _Pair | None
) -> _Pair | None:
    """The earliest of the second quote's first `head` words (of the `TIE_WORDS`
    nearest the alignment) that an alignment of `total` words (ending with the pair
    `end`, where given) can begin with, and its earliest place in the first quote,
    which leaves the most after it."""
    high, last = end or (len(first), len(second))
    for j in range(max(0, head - TIE_WORDS), min(head, last)):
        i = _at(first, second[j], 0, high, last=False)
        if i >= 0 and 1 + _lcs(first[i + 1 : high], second[j + 1 : last]) + bool(end) == total:
            return i, j
    return None


def _last_pair(
    first: Sequence[str], second: Sequence[str], tail: int, total: int, start: _Pair | None
) -> _Pair | None:
    """`_first_pair` at the end: the latest of the second quote's words from `tail` on
    that an alignment of `total` words (beginning with the pair `start`, where given)
    can end with, and its latest place in the first quote."""
    low, begin = start or (-1, -1)
    for j in range(min(len(second), tail + TIE_WORDS) - 1, max(tail, begin + 1) - 1, -1):
        i = _at(first, second[j], low + 1, len(first), last=True)
        if i >= 0 and bool(start) + _lcs(first[low + 1 : i], second[begin + 1 : j]) + 1 == total:
            return i, j
    return None


def _joined(ops: Opcodes) -> Opcodes:
    """Opcodes without empty ones, and equal blocks side by side made one."""
    out: Opcodes = []
    for op in ops:
        if op[1] == op[2] and op[3] == op[4]:
            continue
        if out and op[0] == "equal" and out[-1][0] == "equal":
            out[-1] = ("equal", out[-1][1], op[2], out[-1][3], op[4])
        else:
            out.append(op)
    return out


def coded(first: Sequence[str], second: Sequence[str]) -> tuple[str, str]:
    """Two lists of words as strings of one character a distinct word, alike in both:
    a sublist is then a substring. (At most `quote_match.MAX_WORDS` words each reach
    here, so the characters stay within Unicode's range.)"""
    codes: dict[str, str] = {}
    for word in (*first, *second):
        if word not in codes:
            codes[word] = chr(len(codes))
    return "".join(codes[w] for w in first), "".join(codes[w] for w in second)


def _merged(
    opcodes: Iterable[tuple[str, int, int, int, int]],
) -> list[tuple[str, int, int, int, int]]:
    """rapidfuzz's opcodes (as tuples: read in C, not attribute by attribute), a deletion
    and an insertion side by side made one replacement (as difflib writes them), so
    that a diff reads `[-whilst-] {+while+}`."""
    out: list[tuple[str, int, int, int, int]] = []
    for tag, i1, i2, j1, j2 in opcodes:
        if out and tag != "equal" and out[-1][0] != "equal":
            _, p1, p2, q1, q2 = out[-1]
            out[-1] = ("replace", min(p1, i1), max(p2, i2), min(q1, j1), max(q2, j2))
        else:
            out.append((tag, i1, i2, j1, j2))
    return out
