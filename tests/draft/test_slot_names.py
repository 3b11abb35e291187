"""The entities a cue's slot names in a sentence: each name of a list, a pronoun
resolved to what it stands for, "I" as the speaker, and the slot's kinds checked."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import pytest

from validator.dataset.load import load_dataset
from validator.draft.cue_parts import THE_EPITHET
from validator.draft.mentions import Mentions
from validator.draft.model import Value
from validator.draft.sentences import split_sentences
from validator.draft.slot_names import antecedent, entities

# A cue's slot and the words after it: "{value} stars in ...".
STARS = r"(?P<value>.+?) (?:stars?|plays?) "

Named = Callable[..., list[Value | None]]


@pytest.fixture()
def named(play_project: Path) -> Named:
    """The entities the `value` slot of `pattern` names in the last sentence of the
    paragraphs, as the drafter finds them with the play dataset (people are persons)."""
    dataset = load_dataset("dataset")

    def find(
        *paragraphs: str,
        pattern: str = STARS,
        kinds: tuple[str, ...] = ("person",),
        owner: bool = False,
        speaker: str | None = None,
    ) -> list[Value | None]:
        sentences = split_sentences(paragraphs)
        mentions = Mentions(dataset, sentences, {"person", "newspaper"}, ("person",))
        index = len(sentences) - 1
        match = re.search(pattern, sentences[index].text)
        assert match is not None
        return entities(mentions, index, match, "value", kinds, owner, speaker)

    return find


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        ("Nora Vell stars in it.", ["nora-vell"]),
        ("Nora Vell and Tomas Reyes star in it.", ["nora-vell", "tomas-reyes"]),
        (
            "Nora Vell, Tomas Reyes and Ida Brook star in it.",
            ["nora-vell", "tomas-reyes", "ida-brook"],
        ),
        ("Nora Vell & Ida Brook star in it.", ["nora-vell", "ida-brook"]),
        # Ages between the names of a list, and a role before one, are no names.
        ("Nora Vell, 43, and Ida Brook, nine, star in it.", ["nora-vell", "ida-brook"]),
        ("The director Nora Vell stars in it.", ["nora-vell"]),
        # Two names parted by ", and" are two clauses, and names parted by commas alone
        # no list: the one beside the cue's words.
        ("Nora Vell, and Ida Brook stars in it.", ["ida-brook"]),
        ("Nora Vell, Ida Brook stars in it.", ["ida-brook"]),
        # Other words in the slot: it names no one.
        ("Nora Vell, who is great, stars in it.", []),
        ("Someone stars in it.", []),
    ],
)  # fmt: skip
def test_the_names_of_a_slot(named: Named, sentence: str, found: list[str]) -> None:
    assert named(sentence) == found


def test_a_pronoun_is_the_entity_named_last_before_it_that_it_may_be(named: Named) -> None:
    assert named("Nora Vell met Ida Brook. They star in it.") == ["ida-brook"]
    # A pronoun of one person ("she") after two people named: the one the article's
    # words call so ("Mr" calls Reyes "he"), else the subject the sentence before opens
    # with, carried on, else no one.
    assert named("Nora Vell met Ida Brook.", "She stars in it.") == ["nora-vell"]
    assert named("Nora Vell and Ida Brook met.", "She stars in it.") == [None]
    assert named("Mr Tomas Reyes met Ida Brook.", "She stars in it.") == ["ida-brook"]
    # A pronoun beside a name in the list is someone else; here no one else is named.
    assert named("Nora Vell and her daughter plays in it.") == ["nora-vell", None]


def test_it_is_a_thing_and_his_a_person(named: Named) -> None:
    assert named("The Glass Orchard opened. It stars in it.") == []  # no person is "it"
    assert named("The Glass Orchard opened. It stars in it.", kinds=("play",)) == [
        "the-glass-orchard"
    ]
    assert named("Nora Vell opened the Lantern. His earlier plays star in it.") == ["nora-vell"]
    assert named(
        "Nora Vell opened The Glass Orchard. His earlier plays star in it.",
        kinds=("person", "play"),
    ) == ["nora-vell"]


def test_i_is_the_speaker_of_the_quotation(named: Named) -> None:
    assert named("I play in it.") == [None]
    assert named("I play in it.", speaker="nora-vell") == ["nora-vell"]


def test_the_slot_s_kinds_are_checked(named: Named) -> None:
    assert named("Nora Vell and the Lantern star in it.", kinds=("theatre",)) == ["lantern-theatre"]
    assert named("The Courier stars in it.") == []  # a newspaper, not a person


def test_an_empty_slot_names_no_one(named: Named) -> None:
    assert named("Nora Vell stars in it.", pattern=r"(?P<value>)Nora") == []


def test_a_long_list_and_a_long_slot_end(named: Named) -> None:
    sentence = ", ".join(["Nora Vell", "Ida Brook"] * 2_000) + " and Tomas Reyes star in it."
    found = named(sentence)
    assert (len(found), found[:2], found[-2:]) == (
        4_001,
        ["nora-vell", "ida-brook"],
        ["ida-brook", "tomas-reyes"],
    )
    assert named("x " * 50_000 + "stars in it.") == []


@pytest.fixture()
def mentions(play_project: Path) -> Mentions:
    paragraphs = ("Nora Vell met Tomas Reyes at the Lantern.", "Later, it opened.", "She wrote it.")
    sentences = split_sentences(paragraphs)
    return Mentions(load_dataset("dataset"), sentences, {"person", "newspaper"}, ("person",))


def test_an_antecedent_named_earlier_in_its_own_sentence_comes_first(mentions: Mentions) -> None:
    assert antecedent(mentions, 0, 20, ("person",), set()) == "nora-vell"
    assert antecedent(mentions, 0, 0, ("person",), set()) is None


def test_an_antecedent_is_else_the_last_named_in_the_three_sentences_before(
    mentions: Mentions,
) -> None:
    assert antecedent(mentions, 2, 0, ("person",), set()) == "tomas-reyes"
    assert antecedent(mentions, 2, 0, ("person",), {"tomas-reyes"}) == "nora-vell"
    assert antecedent(mentions, 2, 0, ("theatre",), set()) == "lantern-theatre"
    assert antecedent(mentions, 2, 0, ("play",), set()) is None
    assert antecedent(mentions, 2, 0, (), set()) == "lantern-theatre"  # of any kind


# A cue's "by" and what the one named is, opening with "the" (cue_parts.AGENT_EPITHET).
BY_THE = rf"by (?P<{THE_EPITHET}>the [a-z]+ )?(?P<value>[A-Z][\w ]+?)\."


@pytest.mark.parametrize(
    ("sentence", "kinds", "found"),
    [
        ("It was written by the acclaimed Nora Vell.", ("person",), ["nora-vell"]),
        ("It was written by Nora Vell.", ("person",), ["nora-vell"]),
        # Before a name of no person, "the" and a word name it as it was, or in part.
        ("It was run by the old Lantern Theatre.", ("theatre",), []),
        ("It was run by Lantern Theatre.", ("theatre",), ["lantern-theatre"]),
    ],
)
def test_the_and_an_epithet_before_a_name_are_a_person_s(
    named: Named, sentence: str, kinds: tuple[str, ...], found: list[str]
) -> None:
    assert named(sentence, pattern=BY_THE, kinds=kinds) == found
