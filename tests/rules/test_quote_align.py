"""The alignment of two quotes' words beyond their longest common subsequence."""

from __future__ import annotations

from validator.rules.quote_align import slid, stretch


def test_a_stretch_is_found_as_it_stands_with_the_rest_as_unmatched_ends() -> None:
    # "abcab" holds "cab" from its third word: the two words before it and none after.
    assert stretch("abcab", "cab") == [("delete", 0, 2, 0, 0), ("equal", 2, 5, 0, 3)]
    assert stretch("cab", "abcab") == [("insert", 0, 0, 0, 2), ("equal", 0, 3, 2, 5)]
    assert stretch("abcd", "bc") == [
        ("delete", 0, 1, 0, 0),
        ("equal", 1, 3, 0, 2),
        ("delete", 3, 4, 2, 2),
    ]
    assert stretch("abcd", "bd") is None
    # Words not coded as characters are coded for the search: the same stretch. Left
    # to the longest common subsequence, "b b a a" in "b b b a a a" paired its ends
    # apart, and the longer quote's middle "b a" read as words added inside it.
    assert stretch(["the", "cast", "is"], ["cast", "is"]) == stretch("abc", "bc")
    assert stretch(["b", "b", "a", "a"], ["b", "b", "b", "a", "a", "a"]) == [
        ("insert", 0, 0, 0, 1),
        ("equal", 0, 4, 1, 5),
        ("insert", 4, 4, 5, 6),
    ]
    assert stretch(["a", "b"], ["b", "a"]) is None


def test_an_end_block_moves_onto_the_stretch_beyond_its_gap() -> None:
    # "t x y t c": the quote "t c" had its "t" paired with the first "t".
    first, second = "txytc", "tc"
    paired_early = [("equal", 0, 1, 0, 1), ("delete", 1, 4, 1, 1), ("equal", 4, 5, 1, 2)]
    assert slid(paired_early, first, second) == [("delete", 0, 3, 0, 0), ("equal", 3, 5, 0, 2)]
    # The same at the last block, the other way round.
    first, second = "ctyxt", "ct"
    paired_late = [("equal", 0, 1, 0, 1), ("delete", 1, 4, 1, 1), ("equal", 4, 5, 1, 2)]
    assert slid(paired_late, first, second) == [("equal", 0, 2, 0, 2), ("delete", 2, 5, 2, 2)]


def test_a_block_stays_where_the_words_beyond_its_gap_differ() -> None:
    ops = [("equal", 0, 1, 0, 1), ("delete", 1, 3, 1, 1), ("equal", 3, 4, 1, 2)]
    assert slid(ops, "txyc", "tc") == ops
