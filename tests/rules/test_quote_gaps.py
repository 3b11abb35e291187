"""Marks of omission in a quote, and the words another wording has there."""

from __future__ import annotations

import re

import pytest

from validator.model.typography import plain
from validator.rules.quote_gaps import agree, bracketed, cuts, elided, gaps, supplied
from validator.rules.quote_match import Texts, match, tokens


def test_gaps_are_counted_in_words_before_each_mark() -> None:
    assert gaps("honest … and alarmingly so", tokens) == frozenset({1})
    assert gaps("honest [...] and alarmingly so", tokens) == frozenset({1})
    assert gaps("honest...and so (....) it is", tokens) == frozenset({1, 3})
    assert gaps("… and so it is …", tokens) == frozenset({0, 4})
    assert gaps("no mark here. Two dots.. are none", tokens) == frozenset()


def test_marks_of_omission_as_chinese_and_japanese_set_them_are_gaps() -> None:
    # Each character a word: "……", the midline "⋯⋯" and full-width full stops.
    assert gaps("米娅在镜头前\u2026\u2026我从来没有", tokens) == frozenset({6})
    assert gaps("米娅在镜头前\u22ef\u22ef我从来没有", tokens) == frozenset({6})
    assert gaps("米娅\uff0e\uff0e\uff0e我从来", tokens) == frozenset({2})
    assert gaps("米娅\u3002\u3002我从来", tokens) == frozenset()  # two full stops are none


@pytest.mark.parametrize(
    "text",
    ["é … a…b [...] c", "don't … 'twas (...) so...é", "a.... b ...c'd'... e", "…" * 3],
)
def test_gaps_are_the_words_of_the_text_before_each_mark(text: str) -> None:
    shown = plain(text)
    expected = {len(tokens(shown[: mark.start()])) for mark in re.finditer(r"\.{3,}", shown)}
    assert gaps(text, tokens) == frozenset(expected)


def test_a_quote_of_thousands_of_marks_has_a_gap_at_each() -> None:
    assert gaps("word … " * 20_000, tokens) == frozenset(range(1, 20_001))


def test_only_words_left_out_at_a_mark_are_elided() -> None:
    first, second = "abcde", "abe"  # one word a letter: c and d left out after b
    assert elided(("delete", 2, 4, 2, 2), first, second, frozenset(), frozenset({2}))
    assert not elided(("delete", 2, 4, 2, 2), first, second, frozenset(), frozenset({1}))
    # Words added where the other wording marks a cut are the other's omission.
    assert elided(("insert", 2, 2, 2, 4), second, first, frozenset({2}), frozenset())
    assert not elided(("insert", 2, 2, 2, 4), second, first, frozenset(), frozenset({2}))
    # Words changed are no omission, mark or none.
    assert not elided(("replace", 2, 3, 2, 3), "abc", "abx", frozenset({2}), frozenset({2}))
    assert not elided(("equal", 0, 2, 0, 2), "ab", "ab", frozenset({1}), frozenset({1}))


def test_words_left_out_a_few_words_off_the_mark_are_elided() -> None:
    # "honest and highlighted ... and alarmingly" against "honest … and alarmingly": the
    # alignment leaves out "highlighted ... and" after the first "and", one word past
    # the mark; the same words are as well left out at it.
    first, second = "hax" + "a" + "z", "h" + "a" + "z"
    assert elided(("delete", 2, 4, 2, 2), first, second, frozenset(), frozenset({1}))
    assert not elided(("delete", 2, 4, 2, 2), first, second, frozenset(), frozenset({0}))


@pytest.mark.parametrize(
    ("quoted", "agree"),
    [
        ("We just wanted to tell a story that was honest … and alarmingly so.", True),
        ("We just wanted to tell a story that was honest [...] and alarmingly so.", True),
        ("We just wanted to tell a story … at the moment, and alarmingly so.", True),
        # No mark: the words left out are a change.
        ("We just wanted to tell a story that was honest and alarmingly so.", False),
        # A mark, but a word changed beside it.
        ("We just wanted to tell a tale that was honest … and alarmingly so.", False),
        # A mark, but words added at it.
        ("We just wanted to tell a story that was honest … truly and alarmingly so.", False),
        # Words in brackets are the quoter's own, added or standing in for the speaker's.
        (
            "We [Savage and I] just wanted to tell a story that was honest … and alarmingly so.",
            True,
        ),
        ("[We] just wanted to tell a story that was honest and highlighted [the] issues", True),
        ("We just wanted to tell a story that was [very] honest [sic] and highlighted", True),
        ("[Savage and I] just wanted to tell a story that was honest and highlighted", True),
        # Unbracketed, the same words are a change; so is a word changed beside a bracket.
        ("We Savage and I just wanted to tell a story that was honest and highlighted", False),
        ("We just wanted to tell a story that was honest and highlighted the issues", False),
        ("We just wanted to tell a tale that was [very] honest and highlighted", False),
    ],
)
def test_a_quote_agrees_with_the_words_it_marks_as_left_out(quoted: str, agree: bool) -> None:
    texts = Texts()
    transcript = texts.quote(
        "t",
        "kate-winslet",
        "We just wanted to tell a story that was honest and highlighted those issues that "
        "are so extraordinarily prevalent at the moment, and alarmingly so.",
    )
    found = match(transcript, texts.quote("a/1", "kate-winslet", quoted), texts.spaced)
    assert found is not None
    assert (found.words_agree, found.same_words) == (agree, False)


def test_words_agree_where_every_difference_is_marked_as_left_out() -> None:
    ops = [("equal", 0, 1, 0, 1), ("delete", 1, 3, 1, 1), ("equal", 3, 4, 1, 2)]
    assert agree(ops, "abcd", "ad", "w x y z", "w … z", tokens)
    assert not agree(ops, "abcd", "ad", "w x y z", "w z", tokens)
    assert agree([("equal", 0, 2, 0, 2)], "ab", "ab", "w x", "w x", tokens)


@pytest.mark.parametrize(
    ("cut", "agree", "diff"),
    [
        # The characters left out at the mark are shown as the mark, no change.
        ("\u2026\u2026", True, "米娅在镜头前…我从来没…"),
        ("\u22ef\u22ef", True, "米娅在镜头前…我从来没…"),
        ("\uff0e\uff0e\uff0e", True, "米娅在镜头前…我从来没…"),
        # No mark: the characters left out are a change.
        ("", False, "米娅在镜头前[-那种惊人的自由真的让我非常震惊-]我从来没…"),
    ],
)
def test_a_chinese_quote_agrees_with_the_characters_it_marks_as_left_out(
    cut: str, agree: bool, diff: str
) -> None:
    texts = Texts()
    full = texts.quote(
        "t",
        "kate-winslet",
        "米娅在镜头前那种惊人的自由真的让我非常震惊\uff0c我从来没有见过这样的表演。",
    )
    quoted = texts.quote("a/1", "kate-winslet", f"米娅在镜头前{cut}我从来没有见过这样的表演")
    found = match(full, quoted, texts.spaced)
    assert found is not None
    assert found.words_agree == agree
    assert found.diff == diff


def test_words_in_square_brackets_are_counted_as_the_quoter_s_own() -> None:
    assert bracketed("he [Savage] felt", tokens) == frozenset({1})
    assert bracketed("[We] just [Savage and I] wanted", tokens) == frozenset({0, 2, 3, 4})
    # An ellipsis in brackets has no words: it is a gap. A bracket left open marks none.
    assert bracketed("honest [...] and [sic] so", tokens) == frozenset({2})
    assert bracketed("honest [and so", tokens) == frozenset()
    # Full-width brackets are brackets once plain; within a word, they still split it.
    assert bracketed("\uff3bSavage\uff3d felt", tokens) == frozenset({0})
    assert bracketed("Savage[\u2019s] film", tokens) == frozenset({1})


def test_only_words_one_quote_has_in_brackets_are_supplied() -> None:
    # Added: the second has word 2 in brackets that the first lacks.
    assert supplied(("insert", 2, 2, 2, 3), frozenset(), frozenset({2}))
    assert supplied(("delete", 2, 3, 2, 2), frozenset({2}), frozenset())
    # Standing in for the other's words, one or several.
    assert supplied(("replace", 2, 4, 2, 3), frozenset(), frozenset({2}))
    # A word changed beside the bracketed one is a change all the same.
    assert not supplied(("replace", 2, 4, 2, 4), frozenset(), frozenset({2}))
    assert not supplied(("insert", 2, 2, 2, 3), frozenset({2}), frozenset())
    assert not supplied(("equal", 0, 2, 0, 2), frozenset({0, 1}), frozenset({0, 1}))


def test_words_left_out_at_a_mark_are_shown_as_a_cut() -> None:
    # One word a letter: "w x y z" against "w … z" leaves out x and y at the mark.
    ops = [("equal", 0, 1, 0, 1), ("delete", 1, 3, 1, 1), ("equal", 3, 4, 1, 2)]
    assert cuts(ops, "wxyz", "wz", "w x y z", "w … z", tokens) == [
        ("equal", 0, 1, 0, 1),
        ("cut", 1, 3, 1, 1),
        ("equal", 3, 4, 1, 2),
    ]
    # No mark: the words are a change, as they were.
    assert cuts(ops, "wxyz", "wz", "w x y z", "w z", tokens) == ops


@pytest.mark.parametrize(
    ("second_text", "replaced"),
    [
        # The mark after the changed word: it stands for the first of the other's.
        ("w v … z", [("replace", 1, 2, 1, 2), ("cut", 2, 4, 2, 2)]),
        # The mark before it: it stands for the last.
        ("w … v z", [("cut", 1, 3, 1, 1), ("replace", 3, 4, 1, 2)]),
        # No mark beside it: a replacement of all three.
        ("w v z", [("replace", 1, 4, 1, 2)]),
    ],
)
def test_a_word_changed_beside_a_mark_is_paired_with_one_word(
    second_text: str, replaced: list[tuple[str, int, int, int, int]]
) -> None:
    ops = [("equal", 0, 1, 0, 1), ("replace", 1, 4, 1, 2), ("equal", 4, 5, 2, 3)]
    second = "wvz"
    shown = cuts(ops, "wxyuz", second, "w x y u z", second_text, tokens)
    assert shown == [("equal", 0, 1, 0, 1), *replaced, ("equal", 4, 5, 2, 3)]
    # The other way round, the mark in the first quote.
    turned = [(tag, j1, j2, i1, i2) for tag, i1, i2, j1, j2 in ops]
    expected = [("equal", 0, 1, 0, 1), *[(t, j1, j2, i1, i2) for t, i1, i2, j1, j2 in replaced]]
    assert cuts(turned, second, "wxyuz", second_text, "w x y u z", tokens) == [
        *expected,
        ("equal", 2, 3, 4, 5),
    ]
