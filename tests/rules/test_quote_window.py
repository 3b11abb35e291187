"""Where a quote fits in a much longer one, and the alignment there as one of the whole
quotes, its end blocks drawn in."""

from __future__ import annotations

import pytest

from validator.rules.quote_window import fitted, widened


def test_a_quote_fits_where_the_much_longer_text_has_its_words() -> None:
    """Word codes: the shorter fits at 40..45 of the longer, widened by its length."""
    longer = "abcdefghij" * 4 + "KLMxO" + "abcdefghij" * 4
    assert fitted(longer, "KLMNO", 1000) == (35, 50, 0, 5)
    assert fitted("KLMNO", longer, 1000) == (0, 5, 35, 50)


def test_quotes_of_like_length_are_compared_whole() -> None:
    assert fitted("abcdefghij" * 2, "abcdefgh", 1000) is None  # not 2 times and 8 words longer


def test_lists_of_words_fit_where_their_codes_would() -> None:
    longer = "abcdefghij" * 4 + "KLMxO" + "abcdefghij" * 4
    assert fitted(list(longer), list("KLMNO"), 1000) == (35, 50, 0, 5)


def test_an_alignment_of_the_fitted_stretches_is_moved_to_the_whole_quotes() -> None:
    """The words outside the stretch are unmatched ends, joined to a gap beside them (a
    replacement then, where the gap is one: never two gaps side by side)."""
    inner = [("delete", 0, 2, 0, 0), ("equal", 2, 5, 0, 3), ("replace", 5, 6, 3, 4)]
    first, second = "abcdefghijklABCDEFGHIJKLMNOPQRSTUVWXYZ"[:30], "CDEz"
    assert widened(inner, (10, 16, 0, 4), first, second) == [
        ("delete", 0, 12, 0, 0),
        ("equal", 12, 15, 0, 3),
        ("replace", 15, 30, 3, 4),
    ]
    assert widened([("equal", 0, 3, 0, 3)], (0, 3, 2, 5), "abc", "xyabcdefg") == [
        ("insert", 0, 0, 0, 2),
        ("equal", 0, 3, 2, 5),
        ("insert", 3, 3, 5, 9),
    ]


def test_the_first_block_is_drawn_in_to_the_last_place_its_words_stand_before_the_rest() -> None:
    """ "The truly shares the screen" against "... of the Spotless Mind The actor shares
    the screen": the quote's "The" paired with the earlier "the" left "Spotless Mind The
    actor" as a gap inside it. Codes: t = the, a = actor, z = truly."""
    longer, shorter = "xxotSMtashsc", "tzshsc"  # o = of, S M = Spotless Mind
    inner = [("delete", 0, 3, 0, 0), ("equal", 3, 4, 0, 1), ("replace", 4, 8, 1, 2)]
    inner += [("equal", 8, 12, 2, 6)]
    assert widened(inner, (0, 12, 0, 6), longer, shorter) == [
        ("delete", 0, 6, 0, 0),
        ("equal", 6, 7, 0, 1),
        ("replace", 7, 8, 1, 2),
        ("equal", 8, 12, 2, 6),
    ]


_LAST_DRAWN_IN = [
    ("equal", 0, 3, 0, 3),
    ("replace", 3, 4, 3, 4),
    ("equal", 4, 5, 4, 5),
    ("delete", 5, 8, 5, 5),
]


@pytest.mark.parametrize("turned", [False, True])
def test_the_last_block_is_drawn_in_to_the_first_place_its_words_stand_after_the_rest(
    turned: bool,
) -> None:
    """On the longer quote's side, whichever of the two it is."""
    longer, shorter = "abcXdYYd", "abcZd"
    inner = [("equal", 0, 3, 0, 3), ("replace", 3, 7, 3, 4), ("equal", 7, 8, 4, 5)]
    if not turned:
        assert widened(inner, (0, 8, 0, 5), longer, shorter) == _LAST_DRAWN_IN
        return
    swap = {"delete": "insert", "insert": "delete"}
    flipped = [(swap.get(t, t), j1, j2, i1, i2) for t, i1, i2, j1, j2 in _LAST_DRAWN_IN]
    back = [(swap.get(t, t), j1, j2, i1, i2) for t, i1, i2, j1, j2 in inner]
    assert widened(back, (0, 5, 0, 8), shorter, longer) == flipped


def test_blocks_stay_where_their_words_stand_nowhere_nearer() -> None:
    longer, shorter = "abcXYZdef", "abcQdef"
    inner = [("equal", 0, 3, 0, 3), ("replace", 3, 6, 3, 4), ("equal", 6, 9, 4, 7)]
    assert widened(inner, (0, 9, 0, 7), longer, shorter) == inner


def test_only_a_bounded_search_is_made_for_where_a_quote_fits() -> None:
    """A longer past 20 times the limit, or a shorter whose stretch cannot be within it,
    is not searched: the pair is compared as any is, cut to the limit."""
    assert fitted("ab" * 50 + "KLMNO" + "ab" * 50, "KLMNO", 10) is None  # 210 > 20 * 10
    assert fitted("ab" * 30 + "KLMNO" + "ab" * 30, "KLMNO", 14) is None  # 3 * 5 > 14
    assert fitted("ab" * 30 + "KLMNO" + "ab" * 30, "KLMNO", 15) == (55, 70, 0, 5)
