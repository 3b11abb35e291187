"""A person called by what they are in place of their name, opening a sentence ("The
actress, 47, ..."): which words are such a stand-in, and whom they stand for."""

from __future__ import annotations

import re

import pytest

from validator.dataset.load import load_dataset
from validator.draft.mentions import Mentions
from validator.draft.sentences import split_sentences
from validator.draft.stand_ins import STAND_IN, is_stand_in, stands_for


@pytest.mark.parametrize(
    ("words", "stands_in"),
    [
        ("The actress", True),
        ("The 47-year-old", True),
        ("The Oscar-winning actress", True),
        ("The Titanic star", True),
        ("The acclaimed playwright", True),
        ("The mother-of-two", True),
        # A thing by its kind, and a verb among the words, are no person.
        ("The play", False),
        ("The drama was first", False),
        ("The film stars actress", False),
        ("The playlist", False),
        # Only "The" opening the sentence: "the actress" inside it may be anyone.
        ("the actress", False),
        ("Nora Vell", False),
    ],
)
def test_which_words_stand_in_for_a_person(words: str, stands_in: bool) -> None:
    assert is_stand_in(words) is stands_in


def test_a_stand_in_opens_its_sentence() -> None:
    assert re.search(STAND_IN, "Then the actress left") is None
    assert re.search(STAND_IN, "“The actress, 47, left")
    assert re.match(STAND_IN, "The actress, 47, left").group(0) == "The actress"  # type: ignore[union-attr]


def _stands_for(*paragraphs: str, kinds: tuple[str, ...] = ("person",)) -> list[str] | None:
    """Whom the opening words of the last sentence stand for, up to their first comma or
    the word "told", with the play dataset."""
    sentences = split_sentences(paragraphs)
    mentions = Mentions(load_dataset("dataset"), sentences, {"person"}, ("person",))
    index = len(sentences) - 1
    words = re.split(r",| told", sentences[index].text)[0]
    return stands_for(mentions, index, words, kinds)


@pytest.mark.usefixtures("play_project")
@pytest.mark.parametrize(
    ("paragraphs", "meant"),
    [
        # The one named in the latest sentence naming anyone.
        (("Nora Vell wrote it. Ida Brook plays Wren.", "The actress, 25, told us."), ["ida-brook"]),
        # Of those, the one the article names most; an owner is not whom it is about.
        (
            ("Nora Vell directs. Nora Vell and Ida Brook rehearse.", "The writer told us."),
            ["nora-vell"],
        ),
        (("Ida Brook plays Wren. Nora Vell's star shines.", "The actress told us."), ["ida-brook"]),
        # Never one its own sentence names after it.
        (
            ("Ida Brook and Nora Vell met.", "The 25-year-old told Nora Vell."),
            ["ida-brook"],
        ),
        # No one named before: no one; words calling no person: no stand-in at all.
        (("The actress told us.",), []),
        (("Ida Brook plays Wren.", "The play told us."), None),
    ],
)
def test_whom_a_stand_in_stands_for(paragraphs: tuple[str, ...], meant: list[str] | None) -> None:
    assert _stands_for(*paragraphs) == meant


@pytest.mark.usefixtures("play_project")
def test_a_stand_in_is_only_of_the_slot_s_people() -> None:
    assert _stands_for("Ida Brook plays Wren.", "The actress told us.", kinds=("play",)) == []
