"""Where an article names the dataset's people: by given name, once named in full."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from validator.dataset.load import load_dataset
from validator.draft.mentions import Mention, Mentions
from validator.draft.sentences import split_sentences

from .play import drafted


def _claims(text: str, capsys: pytest.CaptureFixture[str]) -> list[tuple[str, str, object]]:
    claims = yaml.safe_load(drafted(text, capsys, name="story.txt"))["claims"]
    return [(c["subject"], c["property"], c["value"]) for c in claims]


def test_a_given_name_after_the_full_name_is_the_person(
    play_project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A showbiz story names "NORA Vell" (its first word in capitals) once, then "Nora"."""
    text = (
        "The Glass Orchard\n\n"
        "NORA Vell has a hit on her hands at the Lantern Theatre.\n\n"
        "Playwright Nora, 43, was in the front row.\n"
    )
    assert ("Nora Vell", "age", 43) in _claims(text, capsys)


def test_a_given_name_before_the_full_name_is_nobody(
    play_project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = "The Glass Orchard\n\nPlaywright Nora, 43, was in the front row.\n"
    assert _claims(text, capsys) == []


def test_a_given_name_beside_the_full_name_is_someone_else(
    play_project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """ "Tomas Reyes as Tomas": the part shares the actor's given name, and is the part."""
    text = "The Glass Orchard\n\nThe Glass Orchard stars Tomas Reyes as Tomas.\n"
    assert _claims(text, capsys) == [("The Glass Orchard", "cast_member", "Tomas Reyes")]


def test_a_thing_s_name_in_lower_case_fills_a_cue_s_slot_but_a_person_s_does_not(
    play_project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """ "lantern theatre" is the Lantern Theatre where a cue takes a theatre; "tomas
    reyes" is nobody, as a person's name written so may be no name."""
    text = (
        "The Glass Orchard\n\n"
        "The Glass Orchard transfers to lantern theatre in May.\n\n"
        "It is written by nora vell.\n"
    )
    assert _claims(text, capsys) == [("The Glass Orchard", "venue", "Lantern Theatre")]


def test_a_name_before_an_apostrophe_s_is_an_owner() -> None:
    """Straight or typographic: "Winslet's daughter" is not about Winslet."""
    text = "Winslet's daughter and Winslet’s son thanked Winslet"
    assert Mention(0, 7, "Kate Winslet").owns(text)
    assert Mention(23, 30, "Kate Winslet").owns(text)
    assert not Mention(45, 52, "Kate Winslet").owns(text)


def test_the_last_name_before_a_place_and_the_first_few(play_project: Path) -> None:
    """`before` and `within(..., most=)` read a sentence's names by bisection, not all of
    them for each cue's match: a name running past the place is not before it."""
    text = "Nora Vell, Tomas Reyes and Ida Brook opened The Glass Orchard."
    mentions = Mentions(load_dataset("dataset"), split_sentences((text,)), {"person"})
    assert [(m.start, m.entity) for m in mentions.by_sentence[0]] == [
        (0, "nora-vell"),
        (11, "tomas-reyes"),
        (27, "ida-brook"),
        (44, "the-glass-orchard"),
    ]
    assert mentions.before(0, 0) is None
    assert mentions.before(0, 9) == Mention(0, 9, "nora-vell")
    assert mentions.before(0, 30) == Mention(11, 22, "tomas-reyes")  # Ida Brook runs past
    assert mentions.before(0, len(text)) == Mention(44, 61, "the-glass-orchard")
    assert [m.entity for m in mentions.within(0, 0, 30, most=1)] == ["nora-vell"]
    assert [m.entity for m in mentions.within(0, 0, 30, most=2)] == ["nora-vell", "tomas-reyes"]
    assert [m.entity for m in mentions.within(0, 0, 30, most=3)] == ["nora-vell", "tomas-reyes"]
    assert [m.entity for m in mentions.within(0, 10, 37, most=5)] == ["tomas-reyes", "ida-brook"]


SHIPPED = Path(__file__).parents[2] / "dataset"


@pytest.mark.parametrize(
    ("kin", "expected"),
    [
        # Named once each: the one named as someone's kin is named in passing.
        ("with her first husband, Jim Threapleton", "mia-threapleton"),
        ("with her ex-husband Jim Threapleton", "mia-threapleton"),
        # Named as himself, the one named last takes the surname on a tie, as before.
        ("with Jim Threapleton", "jim-threapleton"),
    ],
)
def test_a_surname_two_share_is_not_the_one_named_as_kin(kin: str, expected: str) -> None:
    text = (
        f"Freya is played by Mia Threapleton, Winslet's daughter {kin}. "
        "Threapleton, 22, trained at drama school."
    )
    mentions = Mentions(load_dataset(SHIPPED), split_sentences((text,)), {"person"})
    assert [(m.start, m.entity) for m in mentions.by_sentence[1]] == [(0, expected)]


def test_the_topic_on_a_tie_is_of_the_kind_listed_first() -> None:
    """Named once each, the film is the topic where the kinds list films first, the
    programme where they list programmes first; the earliest named breaks a tie of one
    kind."""
    dataset = load_dataset(Path(__file__).parents[2] / "dataset")
    text = ("Appearing on Lorraine, she smiled.", "I Am Ruth airs next week.")
    mentions = Mentions(dataset, split_sentences(text), {"person"}, ("person",))
    assert mentions.topic(("film", "tv-programme")) == "i-am-ruth"
    assert mentions.topic(("tv-programme", "film")) == "lorraine"
    assert mentions.topic(()) == "lorraine"
