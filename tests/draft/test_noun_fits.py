"""Whom a person's noun fits, where the dataset says (validator/draft/noun_fits.py): by
the pronoun it gives a person, and by the properties whose cue sets the noun before a
name as a title."""

from __future__ import annotations

from pathlib import Path

import pytest

from validator.dataset.load import load_dataset
from validator.draft.mentions import Mentions
from validator.draft.noun_fits import fitting, speaker_fits
from validator.draft.sentences import split_sentences

DATASET = load_dataset(Path(__file__).parents[2] / "dataset")
PEOPLE = ["kate-winslet", "dominic-savage", "lorraine-kelly", "krishnendu-majumdar"]


def _mentions() -> Mentions:
    return Mentions(DATASET, split_sentences(("I Am Ruth review",)), {"person"}, ("person",))


@pytest.mark.parametrize(
    ("noun", "fits"),
    [
        # A noun of one person: whom the dataset calls so ("she"), never "he".
        ("actress", ["kate-winslet", "lorraine-kelly"]),
        ("Actress", ["kate-winslet", "lorraine-kelly"]),
        ("husband", ["dominic-savage", "krishnendu-majumdar"]),
        # A noun made with "of", "to" or "in" after it is its first word's; another
        # compound its last word's.
        ("mum-of-three", ["kate-winslet", "lorraine-kelly"]),
        ("father-to-be", ["dominic-savage", "krishnendu-majumdar"]),
        ("mother-in-law", ["kate-winslet", "lorraine-kelly"]),
        ("single-mother", ["kate-winslet", "lorraine-kelly"]),
        ("of-three", []),
        # A title a cue sets before a name ("director {value}", "host {value}"): whom the
        # dataset's facts give as that property's value.
        ("director", ["dominic-savage"]),
        ("host", ["lorraine-kelly"]),
        ("producer", ["krishnendu-majumdar"]),
        # Nothing the dataset tells: no preference ("starring {value}" is a verb's).
        ("star", []),
        ("starring", []),
        ("writer", []),
        ("47-year-old", []),
    ],
)
def test_whom_a_noun_fits(noun: str, fits: list[str]) -> None:
    assert fitting(_mentions(), noun, PEOPLE) == fits


def test_a_person_the_dataset_gives_no_pronoun_fits_no_noun_of_one_person() -> None:
    # The further cast carry names and no pronoun: neither fitting nor excluded by it.
    assert fitting(_mentions(), "actress", ["seroca-davis"]) == []


def test_a_speaker_called_by_a_noun_the_dataset_says_fits_another() -> None:
    paragraphs = ("Kate Winslet plays Ruth. Dominic Savage directs.", "The actress said: ...")
    mentions = Mentions(DATASET, split_sentences(paragraphs), {"person"}, ("person",))
    kinds = ("person",)
    # "The actress" is not Savage, the one meant otherwise: Winslet, named before.
    assert speaker_fits(mentions, "The actress", "dominic-savage", (1, 0), kinds) == (
        "kate-winslet"
    )
    # A pronoun of another person than the dataset calls the one meant: no one.
    assert speaker_fits(mentions, "she", "dominic-savage", (1, 0), kinds) is None
    # A pronoun of theirs, a noun the dataset says nothing of, or one that fits: the one meant.
    assert speaker_fits(mentions, "he", "dominic-savage", (1, 0), kinds) == "dominic-savage"
    assert speaker_fits(mentions, "The star", "dominic-savage", (1, 0), kinds) == "dominic-savage"
    assert speaker_fits(mentions, "The director", "dominic-savage", (1, 0), kinds) == (
        "dominic-savage"
    )
    # No one fitting named before the quotation: the one meant, unless the dataset
    # calls them by the other person's pronoun ("the actress" is no "he"): no one.
    assert speaker_fits(mentions, "The actress", "dominic-savage", (0, 0), kinds) is None
    assert speaker_fits(mentions, "The star", "dominic-savage", (0, 0), kinds) == ("dominic-savage")
    assert speaker_fits(mentions, "The actress", None, (1, 0), kinds) is None
