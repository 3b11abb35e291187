"""Where a quote fits in a much longer one (a transcript, a long passage quoted), so that
the two are compared there and not as wholes (`quote_match.match`): aligned whole, the
longest common subsequence of a short quote and a long transcript may pair the quote's
first word with one far earlier, and the diff then shows every word between as left out.

Opcodes are as `quote_align`'s: tuples `(tag, i1, i2, j1, j2)`, never two gaps side by
side, nor two equal blocks.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence

from rapidfuzz.fuzz import partial_ratio_alignment

from .quote_align import coded

__all__ = ["aligned_within", "fitted", "widened"]

Opcodes = list[tuple[str, int, int, int, int]]
# A quote more than this many times as long as the other, and this many words more, is
# compared where the other fits best in it (`fitted`), not as a whole.
_LONGER = 2
_LONGER_BY = 8
# The longer is searched whole for where the shorter fits (rapidfuzz's partial ratio,
# about its length times the shorter's over 64 steps): only up to this many times
# `limit` words, and only for a shorter whose stretch, three times its length, can be
# within `limit`. A claim's quote may run to a million characters: searched unbounded
# before being cut, two such quotes cost minutes.
_MOST_SEARCHED = 20


def fitted(
    first: Sequence[str], second: Sequence[str], limit: int
) -> tuple[int, int, int, int] | None:
    """Where the shorter of two quotes (as word codes, or lists of words coded here) fits
    best in the much longer other (a transcript, a long passage quoted): (start, end) in
    the first and in the second, the longer's stretch widened by the shorter's length at
    each end (for words the shorter leaves out), the shorter's whole; None where neither
    is much longer, or where a stretch is over `limit` words. Aligned whole, a quote of
    ten words and a transcript of a thousand that has its words one word changed shared
    as many words when its first word was paired with the transcript's first "Winslet",
    nine hundred words earlier, and the diff showed those nine hundred words left out."""
    first_longer = len(first) > _LONGER * len(second) + _LONGER_BY
    if not first_longer and len(second) <= _LONGER * len(first) + _LONGER_BY:
        return None
    longer, shorter = (len(first), len(second)) if first_longer else (len(second), len(first))
    if longer > _MOST_SEARCHED * limit or 3 * shorter > limit:
        return None  # compared as any pair is, each cut to its first `limit` words
    if not isinstance(first, str) or not isinstance(second, str):
        first, second = coded(first, second)  # a run past the codes there are
    if first_longer:
        where = _where_fits(second, first)
        fit = None if where is None else (*where, 0, len(second))
    else:
        where = _where_fits(first, second)
        fit = None if where is None else (0, len(first), *where)
    if fit is None or max(fit[1] - fit[0], fit[3] - fit[2]) > limit:
        return None
    return fit


def _where_fits(shorter: str, longer: str) -> tuple[int, int] | None:
    """The stretch of `longer` most like `shorter` (rapidfuzz's partial ratio), widened
    by the shorter's length at each end."""
    found = partial_ratio_alignment(shorter, longer)
    if found is None:  # only where a cutoff is given, which none is
        return None
    pad = len(shorter)
    return max(0, found.dest_start - pad), min(len(longer), found.dest_end + pad)


Aligned = tuple[float, Opcodes] | None  # the share of the shorter's words matched, and how


def aligned_within(
    first: Sequence[str],
    second: Sequence[str],
    shorter: int,
    fit: tuple[int, int, int, int] | None,
    align: Callable[[Sequence[str], Sequence[str], int], Aligned],
    limit: int,
) -> Aligned:
    """`align` (`quote_match`'s) of two quotes, and where `fit` says the shorter fits in
    the longer (`fitted`), its opcodes those of the alignment there, `widened`. The
    share of words in common, and whether they share too little, are the two whole
    quotes' as for any pair, but where the longer is past `limit` words (which a
    comparison of wholes would cut to their first `limit`): there, where it fits alone."""
    if fit is None:
        return align(first, second, shorter)
    f1, f2, s1, s2 = fit
    inner = align(first[f1:f2], second[s1:s2], shorter)
    whole = inner if max(len(first), len(second)) > limit else align(first, second, shorter)
    if whole is None or inner is None:
        return whole
    return whole[0], widened(inner[1], fit, first, second)


def widened(
    ops: Opcodes, fit: tuple[int, int, int, int], first: Sequence[str], second: Sequence[str]
) -> Opcodes:
    """`ops`, an alignment of the stretches `fit` of two quotes (`fitted`), as one of the
    whole quotes: moved to their places, the words outside the stretches unmatched ends,
    and its end blocks drawn in (`_drawn_in`)."""
    f1, f2, s1, s2 = fit
    if not isinstance(first, str) or not isinstance(second, str):
        first, second = coded(first, second)
    sizes = (len(first), len(second))
    ends = [("delete" if f1 else "insert", 0, f1, 0, s1)]
    ends.append(("delete" if f2 < sizes[0] else "insert", f2, sizes[0], s2, sizes[1]))
    moved = [(tag, i1 + f1, i2 + f1, j1 + s1, j2 + s1) for tag, i1, i2, j1, j2 in ops]
    out = _rejoined([ends[0], *moved, ends[1]])
    if sizes[0] >= sizes[1]:  # blocks move on the longer's side, where the gaps are
        return _drawn_in(out, first)
    return _turned(_drawn_in(_turned(out), second))


def _drawn_in(ops: Opcodes, longer: str) -> Opcodes:
    """The first equal block moved to the last place in the gap after it where the longer
    (the first quote) has its words, and the last block to the first place in the gap
    before it: as long an alignment, with the words passed over more of the passage
    beyond the quote's ends. A quote of one word changed, "The truly shares the screen",
    paired its "The" with the transcript's "the" of "Eternal Sunshine of the Spotless
    Mind. The actor shares the screen", and read `the [-Spotless Mind The actor-]
    {+truly+} shares`; now `The [-actor-] {+truly+} shares`. (`slid` moves a block only
    across a gap of one quote's words, onto the block beyond.)"""
    equal = [n for n, op in enumerate(ops) if op[0] == "equal"]
    if len(equal) < 2:
        return ops
    k = equal[0]
    _, i1, i2, j1, j2 = ops[k]
    _, _, g2, h1, h2 = ops[k + 1]
    to = longer.rfind(longer[i1:i2], i1 + 1, g2)
    if to > i1:
        block = ("equal", to, to + i2 - i1, j1, j2)
        gap = ("replace", to + i2 - i1, g2, h1, h2)
        ops = _rejoined([*ops[:k], ("delete", i1, to, j1, j1), block, gap, *ops[k + 2 :]])
    equal = [n for n, op in enumerate(ops) if op[0] == "equal"]
    if len(equal) < 2:
        return ops
    m = equal[-1]
    _, i1, i2, j1, j2 = ops[m]
    _, g1, _, h1, h2 = ops[m - 1]
    to = longer.find(longer[i1:i2], g1, i2 - 1)
    if 0 <= to < i1:
        block, gap = ("equal", to, to + i2 - i1, j1, j2), ("replace", g1, to, h1, h2)
        ops = _rejoined(
            [*ops[: m - 1], gap, block, ("delete", to + i2 - i1, i2, j2, j2), *ops[m + 1 :]]
        )
    return ops


def _turned(ops: Opcodes) -> Opcodes:
    """The opcodes with the two quotes' places swapped."""
    swap = {"delete": "insert", "insert": "delete"}
    return [(swap.get(tag, tag), j1, j2, i1, i2) for tag, i1, i2, j1, j2 in ops]


def _rejoined(ops: Iterable[tuple[str, int, int, int, int]]) -> Opcodes:
    """Opcodes without empty ones, two gaps side by side made one (a replacement where
    they are of different quotes, or a gap holding words of both), equal blocks side by
    side made one."""
    out: Opcodes = []
    for tag, i1, i2, j1, j2 in ops:
        if i1 == i2 and j1 == j2:
            continue
        if tag != "equal":
            tag = "replace" if i2 > i1 and j2 > j1 else "delete" if i2 > i1 else "insert"
        if out and (tag == "equal") == (out[-1][0] == "equal"):
            _, p1, _, q1, _ = out[-1]
            merged = tag if tag == out[-1][0] else "replace"
            out[-1] = (merged, p1, i2, q1, j2)
        else:
            out.append((tag, i1, i2, j1, j2))
    return out
