"""The verb after "who" read for its number."""

from __future__ import annotations

import pytest

from validator.draft.verb_number import (
    list_cut,
    plural_verb,
    pronoun_after_opening,
    singular_after_who,
    singular_verb,
    together_verb,
)


@pytest.mark.parametrize(
    ("text", "plural"),
    [
        (" play her children", True),
        (" both play her children", True),
        (" are her children", True),
        (" were cast", True),
        (" have starred", True),
        (" plays her daughter", False),
        (" is her daughter", False),
        (" directed it", False),  # either's
        (" can act", False),
        (" will star", False),
    ],
)
def test_a_plural_verb(text: str, plural: bool) -> None:
    assert plural_verb(text, 0) is plural


@pytest.mark.parametrize(
    ("text", "singular"),
    [
        (", who plays Freya", True),
        (", who also stars", True),
        (", who is her daughter", True),
        (", who has won", True),
        (", who play Freya and Billy", False),
        (", who discuss it", False),  # a word's "-ss"
        (", who directed it", False),
        (" who plays Freya", False),  # no comma: no clause set off
    ],
)
def test_a_singular_verb_after_who(text: str, singular: bool) -> None:
    assert singular_after_who(text, 0) is singular


@pytest.mark.parametrize(
    ("text", "singular"),
    [
        (" directs it", True),
        (" plays Billy", True),
        (" is the director", True),
        (" also stars", True),
        (", her son with Sam Mendes, is Billy", True),  # past what is set off
        (", 19, plays Billy", True),
        (", her son, are there", False),
        (" as Ruth", False),  # no verb, though it ends in "s"
        (" plus Joe Anders", False),
        (" star in it", False),
        (" directed it", False),  # either's
    ],
)
def test_a_singular_verb_right_after_a_name(text: str, singular: bool) -> None:
    assert singular_verb(text, 0) is singular


@pytest.mark.parametrize(
    ("text", "together"),
    [(" star in it", True), (" stars in it", False), (" was born", False), (" play", True)],
)
def test_a_verb_two_may_do_together(text: str, together: bool) -> None:
    assert together_verb(text, 0) is together


@pytest.mark.parametrize(
    ("text", "at"),
    [
        ("British Academy Television Awards, it", 35),
        ("Bafta TV Awards, she", 17),
        ("Bafta TV Awards,they", 16),
        ("Bafta TV Awards, her", None),  # no pronoun that acts
        ("Kate Winslet and Mia, she", None),  # "and": a list
        ("Bafta TV Awards, Kate", None),
        ("it", None),  # no opening names
    ],
)
def test_the_pronoun_after_opening_names(text: str, at: int | None) -> None:
    assert pronoun_after_opening(text) == at


def test_a_list_ending_the_cue_ends_before_a_name_a_singular_verb_follows() -> None:
    text = "stars Ada and Ben directs"
    assert list_cut(text, [10, 17], 17, 17) == 10
    assert list_cut("stars Ada and Ben", [10, 17], 17, 17) is None
    assert list_cut(text, [17], 17, 17) is None  # one name is no list
    assert list_cut(text, [10, 17], 17, 25) is None  # the cue's words go on
