"""The alignment of two quotes' words beyond their longest common subsequence."""

from __future__ import annotations

from rapidfuzz.distance import Indel

from validator.rules.quote_align import TIE_WORDS, claimed, slid, stretch, tidy


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


def _aligned(first: str, second: str) -> list[tuple[str, int, int, int, int]]:
    """Two quotes' words, coded one character a word, as the longest common
    subsequence aligns them, merged and slid."""
    return tidy(Indel.opcodes(first, second).as_list(), first, second)


def test_a_word_of_the_second_quote_a_tie_left_out_is_paired() -> None:
    # "The fact that she is" (t f h s i) against "fact the she is" (f t s i): "the"
    # paired with "The" left the second's "fact" out at its start, unseen in a diff.
    first, second = "tfhsi", "ftsi"
    ops = _aligned(first, second)
    assert ops == [
        ("insert", 0, 0, 0, 1),
        ("equal", 0, 1, 1, 2),
        ("delete", 1, 3, 2, 2),
        ("equal", 3, 5, 2, 4),
    ]
    # As long an alignment pairs "fact" with "fact": "the" is a word changed from "that".
    assert claimed(ops, first, second) == [
        ("delete", 0, 1, 0, 0),
        ("equal", 1, 2, 0, 1),
        ("replace", 2, 3, 1, 2),
        ("equal", 3, 5, 2, 4),
    ]


def test_a_word_of_the_second_quote_left_out_at_its_end_is_paired() -> None:
    first, second = "bbabd", "bcddc"
    ops = _aligned(first, second)
    assert ops[-2:] == [("equal", 4, 5, 2, 3), ("insert", 5, 5, 3, 5)]  # "d c" left out
    assert claimed(ops, first, second) == [
        ("equal", 0, 1, 0, 1),
        ("replace", 1, 4, 1, 3),
        ("equal", 4, 5, 3, 4),
        ("insert", 5, 5, 4, 5),  # "c": no alignment as long pairs it
    ]


def test_words_no_alignment_as_long_can_pair_stay_out() -> None:
    ops = _aligned("tcs", "ytcs")
    assert ops == [("insert", 0, 0, 0, 1), ("equal", 0, 3, 1, 4)]
    assert claimed(ops, "tcs", "ytcs") is ops


def test_only_the_words_nearest_the_alignment_are_tried() -> None:
    """The second quote's "a" can pair with the first's, as long an alignment: it is,
    `TIE_WORDS` words from the alignment, and is not, one word farther."""
    for others, paired in ((TIE_WORDS - 1, True), (TIE_WORDS, False)):
        first, second = "bacd", "a" + "0123456789"[:others] + "bcd"
        ops = _aligned(first, second)
        assert ops[0] == ("insert", 0, 0, 0, others + 1)
        found = claimed(ops, first, second)
        assert (found[:2] == [("delete", 0, 1, 0, 0), ("equal", 1, 2, 0, 1)]) is paired
        assert (found is ops) is not paired
