"""Whether an English noun calls a person (validator/draft/person_words.py): what an
age set off after it may be given to."""

from __future__ import annotations

import re

import pytest

from validator.draft.person_words import PERSON_NOUN, calls_a_person, calls_kin


@pytest.mark.parametrize(
    "noun",
    [
        "actress",
        "Actress",
        "mother-of-two",
        "singer-songwriter",
        "co-star",
        "chairwoman",
        "playwright",
        "spokesperson",
        "novelist",
        "journalist",
        "tourist",
        "winner",
        "grandmother",
        # Who is of an age, called by it: "the 47-year-old said".
        "47-year-old",
        "8-years-old",
    ],
)
def test_nouns_that_call_a_person(noun: str) -> None:
    assert calls_a_person(noun)


@pytest.mark.parametrize(
    "noun",
    [
        "episode",
        "film",
        "thriller",
        "drama",
        "list",
        "playlist",
        "wrist",
        "insist",
        "series",
        "year-old",
        "1000-year-old",
        "report",
        "statement",
    ],
)
def test_nouns_that_call_no_one(noun: str) -> None:
    assert not calls_a_person(noun)


def test_a_dataset_s_own_words_for_its_people() -> None:
    assert not calls_a_person("diver")
    assert calls_a_person("diver", frozenset({"diver"}))


@pytest.mark.parametrize(
    "noun", ["husband", "Ex-Wife", "mother-in-law", "step-son", "daughter", "great-aunt", "son’"]
)
def test_nouns_that_call_someone_s_kin(noun: str) -> None:
    assert calls_kin(noun)


@pytest.mark.parametrize("noun", ["mother-of-two", "actress", "director", "husbandry", "ex-"])
def test_nouns_that_call_no_one_s_kin(noun: str) -> None:
    """ "mother-of-two" says what she is, not whose kin she is."""
    assert not calls_kin(noun)


@pytest.mark.parametrize(
    ("word", "found"),
    [
        ("actress", True),
        ("47-year-old", True),
        ("mother-of-two", True),
        ("chairwoman", True),
        ("novelist", True),
        ("Co-star", True),
        ("drama", False),
        ("first", False),
        ("stars", False),
        ("actresses", False),
    ],
)
def test_a_word_calling_a_person_as_a_pattern(word: str, found: bool) -> None:
    """The pattern finds the words `calls_a_person` takes, whole."""
    assert (re.fullmatch(PERSON_NOUN, word) is not None) is found
    assert calls_a_person(word) is found
