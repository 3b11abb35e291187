"""A word's British and American spellings as one word where quotes are compared."""

from __future__ import annotations

import pytest

from validator.rules.spelling import one_spelling, spelt_otherwise


@pytest.mark.parametrize(
    ("word", "spelt"),
    [
        ("recognise", "recognize"),
        ("recognised", "recognized"),
        ("colour", "color"),
        ("centre", "center"),
        ("travelled", "traveled"),
        ("programme", "program"),
        ("recognize", "recognize"),  # already the one spelling
        ("four", "four"),  # no -our word of the table: "for" is another word
        ("prise", "prise"),  # nor "prize", another word
    ],
)
def test_a_word_is_compared_in_its_american_spelling(word: str, spelt: str) -> None:
    assert one_spelling(word) == spelt


def test_words_spelt_otherwise_differ_in_more_than_case() -> None:
    assert spelt_otherwise(["Recognise", "it"], ["recognize", "it"])
    assert not spelt_otherwise(["Recognize", "It"], ["recognize", "it"])
    assert spelt_otherwise(["it"], ["it", "all"])
