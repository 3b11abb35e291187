"""A cue naming no subject, set in a work the dataset does not know, is not about the
article's work: made-up articles about the stage play of tests/draft/play.py."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.draft.play import PLAY_DATASET, drafted, relations
from validator.dataset.load import load_dataset
from validator.draft.cues import mark_names
from validator.draft.mentions import Mentions
from validator.draft.model import DraftClaim
from validator.draft.other_works import (
    another_of_kind,
    in_another_work,
    note_given,
    opens_another,
    read_again,
    subject_another,
    titled_after,
)
from validator.draft.sentences import split_sentences


@pytest.mark.parametrize(
    ("sentence", "claims"),
    [
        # Another play, after an owner's name: no part in The Glass Orchard.
        ("Ida Brook, who plays Wren in Tom Hale's Winter Quarters, is back.", []),
        ("Ida Brook plays Wren in The Winter Quarters.", []),
        ("Ida Brook plays Wren in Winter Quarters.", []),
        # The play itself, a month, a place the dataset knows, a lower-case word: the
        # article's play.
        ("Ida Brook plays Wren in The Glass Orchard.", ["Ida Brook as Wren"]),
        ("Ida Brook plays Wren in March.", ["Ida Brook as Wren"]),
        ("Ida Brook plays Wren in the Lantern's new season.", ["Ida Brook as Wren"]),
        ("Ida Brook plays Wren in a revival.", ["Ida Brook as Wren"]),
    ],
)
def test_a_part_played_in_another_work(
    play_project: Path, capsys: pytest.CaptureFixture[str], sentence: str, claims: list[str]
) -> None:
    """ "Winslet, who played Rose DeWitt Bukater in James Cameron's Titanic" in an article
    about I Am Ruth cast her as Rose in I Am Ruth."""
    out = drafted(f"The Glass Orchard\n\nThe Glass Orchard opens soon.\n\n{sentence}\n", capsys)
    found = [
        f"{block.split('value: ')[1].split(chr(10))[0]} as {block.split('role: ')[1].split('}')[0]}"
        for block in out.split("  - id: ")[1:]
        if "property: cast_member" in block
    ]
    assert found == claims


# The play dataset with another play and a place it knows.
_TWO_PLAYS = PLAY_DATASET + (
    "  - {id: winter-quarters, kind: play, names: [Winter Quarters]}\n"
    "  - {id: bath, kind: city, names: [Bath]}\n"
)


@pytest.mark.usefixtures("play_project")
@pytest.mark.parametrize(
    ("sentence", "cast"),
    [
        # The other play the dataset knows, titled alone or after its owner and kind.
        (
            "Ida Brook plays Wren in Winter Quarters.",
            ["Winter Quarters -> Ida Brook; {role: Wren}"],
        ),
        (
            "Ida Brook plays Wren in Tom Hale's Winter Quarters, which ran in May.",
            ["Winter Quarters -> Ida Brook; {role: Wren}"],
        ),
        # A place the dataset knows is no work: the article's play.
        ("Ida Brook plays Wren in Bath.", ["The Glass Orchard -> Ida Brook; {role: Wren}"]),
        ("Ida Brook plays Wren.", ["The Glass Orchard -> Ida Brook; {role: Wren}"]),
    ],
)
def test_a_part_played_in_another_work_the_dataset_knows(sentence: str, cast: list[str]) -> None:
    """ "Lesley Manville plays Maria in I Am Maria" in an article about I Am Ruth casts her
    in I Am Maria, not in I Am Ruth."""
    text = f"The Glass Orchard opens soon.\n\n{sentence}\n"
    assert relations(text, _TWO_PLAYS, "cast_member") == cast


@pytest.mark.usefixtures("play_project")
@pytest.mark.parametrize(
    ("sentence", "cue", "elsewhere"),
    [
        # A title set off after a cue's closing comma names the work its words are of.
        ("Tom Hale's new play, Winter Quarters, opens soon.", r"new play,", True),
        ("His new play, The Glass Orchard, opens soon.", r"new play,", False),
        ("His new play, which opens soon, is long.", r"new play,", False),
        # After a name and a comma, the words go on to someone else.
        ("It was written by Nora Vell, Ida Brook said.", r"written by \ue000\ue001+,", False),
    ],
)
def test_a_title_set_off_after_a_cue_s_comma(sentence: str, cue: str, elsewhere: bool) -> None:
    mentions, marked = _read(sentence)
    match = re.search(cue, marked)
    assert match is not None
    written_by = mentions.dataset.properties["written_by"]
    assert in_another_work(mentions, 0, match, written_by) is elsewhere


def _read(sentence: str) -> tuple[Mentions, str]:
    """The shipped dataset's mentions of one sentence, and its text with names marked."""
    dataset = load_dataset("dataset")
    sentences = split_sentences((sentence,))
    mentions = Mentions(dataset, sentences, {"person"}, ("person",))
    spans = [(m.start, m.end) for m in mentions.by_sentence[0]]
    return mentions, mark_names(sentences[0].text, spans)


@pytest.mark.parametrize(
    ("sentence", "kind", "titled"),
    [
        # A title the dataset does not know, bare or set off, after the work's kind.
        ("Winslet starred in the BBC film Mildred Pierce.", "the BBC film", True),
        ("Winslet starred in the film “Mildred Pierce”.", "the film", True),
        ("Winslet starred in the film, Mildred Pierce, in 2011.", "the film", True),
        # A name the dataset knows, a month, a day, a lower-case word: no other title.
        ("Winslet starred in the film I Am Ruth.", "the film", False),
        ("The film Kate Winslet made is long.", "The film", False),
        ("The film December brought is long.", "The film", False),
        ("The drama Thursday brought is long.", "The drama", False),
        ("Winslet starred in the Channel 4 film.", "the Channel 4 film", False),
        ("The film is long.", "The film", False),
    ],
)
def test_a_title_right_after_a_work_s_kind(sentence: str, kind: str, titled: bool) -> None:
    mentions, marked = _read(sentence)
    end = sentence.index(kind) + len(kind)
    assert titled_after(mentions, 0, end, marked) is titled


@pytest.mark.parametrize(
    ("sentence", "kind", "another"),
    [
        # A channel the dataset gives the film differently, a year none of its dates is in.
        ("The ITV drama, which aired in 2011, starred Kate Winslet.", "The ITV drama", True),
        ("The 2011 drama, which aired in May, starred Kate Winslet.", "The 2011 drama", True),
        # Its own channel and year, or none: the film.
        ("The Channel 4 drama starred Kate Winslet.", "The Channel 4 drama", False),
        ("The 2022 drama starred Kate Winslet.", "The 2022 drama", False),
        ("The new drama starred Kate Winslet.", "The new drama", False),
    ],
)
def test_a_work_called_by_its_kind_said_to_be_another(
    sentence: str, kind: str, another: bool
) -> None:
    mentions, _ = _read(sentence)
    start = sentence.index(kind)
    assert another_of_kind(mentions, 0, (start, start + len(kind)), "i-am-ruth") is another


def test_a_subject_slot_or_a_cue_opening_with_another_work() -> None:
    """The subject slot "the BBC film" titled after it, and a cue's words opening with
    "the ITV drama,", are no words about I Am Ruth; "the Channel 4 drama," is."""
    dataset = load_dataset("dataset")
    mentions, marked = _read("Winslet starred in the BBC film Mildred Pierce.")
    slot = re.search(r"in (?P<subject>the BBC film)", marked)
    assert slot is not None
    assert subject_another(mentions, 0, slot, "i-am-ruth")
    network = dataset.properties["network"]
    mentions, _ = _read("The ITV drama, which aired in 2011, starred Kate Winslet.")
    assert opens_another(mentions, 0, 0, network, "i-am-ruth")
    mentions, _ = _read("The Channel 4 drama, which aired in 2022, starred Kate Winslet.")
    assert not opens_another(mentions, 0, 0, network, "i-am-ruth")
    mentions, _ = _read("Kate Winslet starred in the ITV drama.")
    assert not opens_another(mentions, 0, 0, network, "i-am-ruth")  # no kind opens the words


def test_a_value_the_article_gives_in_a_sentence_before() -> None:
    """The dataset gives I Am Nicola no channel: "The ITV drama" is another work only
    where a sentence before gives it Channel 4, not where the sentence itself does."""
    dataset = load_dataset("dataset")
    text = ("I Am Nicola aired on Channel 4.", "The ITV drama stars Vicky McClure.")
    kind = (0, len("The ITV drama"))
    aired = DraftClaim("i-am-nicola", "network", "channel-4", text[0], (0, 0))
    cast = DraftClaim("i-am-nicola", "cast_member", "vicky-mcclure", text[1], (1, 0))
    mentions = Mentions(dataset, split_sentences(text), {"person"}, ("person",))
    assert not another_of_kind(mentions, 1, kind, "i-am-nicola")
    note_given(mentions, 1, [aired, cast])
    assert not another_of_kind(mentions, 1, kind, "i-am-nicola")
    mentions = Mentions(dataset, split_sentences(text), {"person"}, ("person",))
    note_given(mentions, 0, [aired])
    assert another_of_kind(mentions, 1, kind, "i-am-nicola")


def test_a_value_a_sentence_after_gives_the_work_by_its_name() -> None:
    """ "The ITV drama" read as I Am Nicola before a sentence naming it gives it Channel
    4: the article is read again, and in that reading it is another work. A value given
    by a work called by its kind after it, or by none, asks no second reading."""
    dataset = load_dataset("dataset")
    text = ("The ITV drama stars Vicky McClure.", "I Am Nicola aired on Channel 4.")
    kind = (0, len("The ITV drama"))
    named = re.match(r"(?P<subject>I Am Nicola) aired", text[1])
    aired = DraftClaim("i-am-nicola", "network", "channel-4", text[1], (1, 0))
    mentions = Mentions(dataset, split_sentences(text), {"person"}, ("person",))
    assert not another_of_kind(mentions, 0, kind, "i-am-nicola")
    note_given(mentions, 1, [aired])  # a cue naming no subject: "which aired on ..."
    assert not read_again(mentions)
    note_given(mentions, 1, [aired], named)
    assert read_again(mentions)
    assert another_of_kind(mentions, 0, kind, "i-am-nicola")
    assert not read_again(mentions)  # a second reading is the last
