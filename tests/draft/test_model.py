"""What a draft holds: claims in the dataset's vocabulary, each with the article's words
and place, and what was found but could not be placed. Two claims saying the same thing
share a key, by which the draft keeps only the first."""

from __future__ import annotations

import dataclasses

import pytest

from validator.draft.model import DraftClaim, Unplaced

AGE = DraftClaim("mia-threapleton", "age", 22, "Mia, 22,", (3, 10))


def test_a_claim_s_key_is_what_it_says() -> None:
    assert AGE.key == ("mia-threapleton", "age", "22", ())
    cast = DraftClaim(
        "i-am-ruth",
        "cast_member",
        "mia-threapleton",
        "Mia plays Freya",
        (5, 0),
        qualifiers=(("character", "Freya"), ("year", 2022)),
    )
    assert cast.key == (
        "i-am-ruth",
        "cast_member",
        "'mia-threapleton'",
        (("character", "'Freya'"), ("year", "2022")),
    )
    runtime = DraftClaim("i-am-ruth", "runtime", {"about": 90}, "about 90 minutes", (1, 4))
    assert runtime.key == ("i-am-ruth", "runtime", "{'about': 90}", ())


def test_the_same_claim_found_twice_has_one_key() -> None:
    """Where and in which words it was found, and its note, are no part of what it says."""
    again = DraftClaim("mia-threapleton", "age", 22, "Mia Threapleton, 22", (9, 0), note="x")
    assert again.key == AGE.key
    assert again != AGE


@pytest.mark.parametrize(
    "other",
    [
        DraftClaim("mia-threapleton", "age", "22", "Mia, 22,", (3, 10)),  # a text, not a number
        DraftClaim("mia-threapleton", "age", 22.0, "Mia, 22,", (3, 10)),
        DraftClaim("mia-threapleton", "age", True, "Mia, 22,", (3, 10)),
        DraftClaim("kate-winslet", "age", 22, "Mia, 22,", (3, 10)),
        DraftClaim("mia-threapleton", "acted_in", 22, "Mia, 22,", (3, 10)),
        DraftClaim("mia-threapleton", "age", 22, "Mia, 22,", (3, 10), (("as_of", "2022"),)),
    ],
)
def test_claims_saying_other_things_have_other_keys(other: DraftClaim) -> None:
    assert other.key != AGE.key


def test_qualifiers_in_another_order_are_another_key() -> None:
    """The drafter writes a claim's qualifiers in one order: the key keeps it."""
    one = DraftClaim("a", "p", "v", "e", (0, 0), (("x", 1), ("y", 2)))
    other = DraftClaim("a", "p", "v", "e", (0, 0), (("y", 2), ("x", 1)))
    assert one.key != other.key


def test_what_a_draft_holds_cannot_be_changed() -> None:
    with pytest.raises(dataclasses.FrozenInstanceError):
        AGE.value = 23  # type: ignore[misc]
    unplaced = Unplaced("age", "22-year-old", "The 22-year-old stars.", (2, 4))
    with pytest.raises(dataclasses.FrozenInstanceError):
        unplaced.found = ""  # type: ignore[misc]
    assert (unplaced.what, unplaced.found, unplaced.sentence, unplaced.where) == (
        "age",
        "22-year-old",
        "The 22-year-old stars.",
        (2, 4),
    )
    assert (AGE.qualifiers, AGE.note) == ((), None)
