"""A person called by what they are in place of their name, opening a sentence ("The
actress, 47, ..."): which words are such a stand-in, and whom they stand for."""

from __future__ import annotations

import pytest

from validator.dataset.load import load_dataset
from validator.draft.mentions import Mentions
from validator.draft.sentences import split_sentences
from validator.draft.stand_ins import opening_stand_in, stand_in_spans, stands_for


@pytest.mark.parametrize(
    ("sentence", "words"),
    [
        ("The actress, 47, left.", "The actress"),
        ("The 47-year-old left.", "The 47-year-old"),
        ("The Oscar-winning actress left.", "The Oscar-winning actress"),
        ("The Titanic star left.", "The Titanic star"),
        ("The acclaimed playwright left.", "The acclaimed playwright"),
        ("The mother-of-two left.", "The mother-of-two"),
        ("“The actress, 47, left.", "The actress"),
        # A thing by its kind, and a verb among the words, are no person.
        ("The play opens.", None),
        ("The drama was first shown.", None),
        ("The film stars actress Ida Brook.", None),
        ("The playlist grew.", None),
        # An owner's relative is someone else.
        ("The playwright's son, 19, acts.", None),
        # Only "The" opening the sentence: "the actress" inside it may be anyone.
        ("Then the actress left.", None),
        ("the actress left.", None),
    ],
)
def test_which_words_stand_in_for_a_person(sentence: str, words: str | None) -> None:
    span = opening_stand_in(sentence)
    assert (sentence[span[0] : span[1]] if span else None) == words


def _mentions(*paragraphs: str) -> Mentions:
    sentences = split_sentences(paragraphs)
    return Mentions(load_dataset("dataset"), sentences, {"person"}, ("person",))


def _stands_for(*paragraphs: str, kinds: tuple[str, ...] = ("person",)) -> list[str] | None:
    """Whom the opening words of the last sentence stand for, with the play dataset."""
    mentions = _mentions(*paragraphs)
    index = len(mentions.texts) - 1
    span = opening_stand_in(mentions.texts[index]) or (0, 4)
    return stands_for(mentions, index, span, kinds)


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


@pytest.mark.usefixtures("play_project")
def test_a_stand_in_is_marked_as_a_name_of_a_person_alone() -> None:
    mentions = _mentions("Ida Brook plays Wren.", "The actress, 25, left.")
    assert stand_in_spans(mentions, 1, None) == [(0, 11)]
    assert stand_in_spans(mentions, 1, frozenset({"person"})) == [(0, 11)]
    assert stand_in_spans(mentions, 1, frozenset({"theatre"})) == []
    # Words saying what the name after them is are no stand-in.
    mentions = _mentions("Ida Brook plays Wren.", "The actress Ida Brook left.")
    assert stand_in_spans(mentions, 1, None) == []
    mentions = _mentions("Ida Brook plays Wren.", "The writer, Nora Vell, left.")
    assert stand_in_spans(mentions, 1, None) == []


@pytest.mark.usefixtures("play_project")
def test_a_stand_in_after_words_set_before_the_subject() -> None:
    # The sentence's subject, after words set before it and their comma: the one named
    # before, as opening the sentence.
    mentions = _mentions("Ida Brook plays Wren.", "Arriving at the Lantern, the actress waved.")
    assert stand_in_spans(mentions, 1, None) == [(25, 36)]
    assert stands_for(mentions, 1, (25, 36), ("person",)) == ["ida-brook"]
    # Where those words name a person, the words after the comma say what that one is.
    mentions = _mentions("Ida Brook plays Wren.", "Nora Vell, the writer, waved.")
    assert stand_in_spans(mentions, 1, None) == []
    assert stands_for(mentions, 1, (11, 21), ("person",)) is None
    # Inside the sentence, not after its opening words: no stand-in.
    mentions = _mentions("Ida Brook plays Wren.", "Arriving, she saw the actress wave.")
    assert stand_in_spans(mentions, 1, None) == []
