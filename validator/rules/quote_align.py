"""Where two quotes' words line up, beyond what the longest common subsequence alone
says (`quote_match` computes that): a quote that is a stretch of the other, word for
word, is found as it stands (`stretch`), and the equal blocks at the ends of an
alignment are moved across the gaps beside them onto the stretch beyond where the words
allow (`slid`). A quote of the middle of a passage ("the chemistry, the connection")
has several alignments as long, and the one found may pair its first "the" with an
earlier one of the passage, leaving the words between as a gap inside the quote.

Opcodes are rapidfuzz's, as tuples `(tag, i1, i2, j1, j2)`, merged (`quote_match`):
never two gaps side by side, nor two equal blocks.
"""

from __future__ import annotations

from collections.abc import Sequence

__all__ = ["slid", "stretch"]

Opcodes = list[tuple[str, int, int, int, int]]
_GAPS = ("delete", "insert")  # words of one quote only


def stretch(first: Sequence[str], second: Sequence[str]) -> Opcodes | None:
    """The opcodes of a quote that is a stretch of the other, word for word ("the
    chemistry, the connection" of a longer passage), found as it stands: the longest
    common subsequence may pair its first "the" with an earlier one, leaving the words
    between as a gap inside it. The rest of the longer quote is unmatched ends. Words
    coded as characters are searched as they are (a stretch is then a substring);
    lists of words are coded here first, so that a quote without codes is aligned as
    the same quote with them is. None where neither is a stretch of the other."""
    if not isinstance(first, str) or not isinstance(second, str):
        first, second = _coded(first, second)
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


def _coded(first: Sequence[str], second: Sequence[str]) -> tuple[str, str]:
    """Two lists of words as strings of one character a distinct word, alike in both:
    a sublist is then a substring. (At most `quote_match.MAX_WORDS` words each reach
    here, so the characters stay within Unicode's range.)"""
    codes: dict[str, str] = {}
    for word in (*first, *second):
        if word not in codes:
            codes[word] = chr(len(codes))
    return "".join(codes[w] for w in first), "".join(codes[w] for w in second)
