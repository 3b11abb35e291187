"""A cue naming no subject, set in a work the dataset does not know, is not about the
article's work: made-up articles about the stage play of tests/draft/play.py."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.draft.play import drafted
from validator.dataset.load import load_dataset
from validator.draft.cues import mark_names
from validator.draft.mentions import Mentions
from validator.draft.other_works import in_another_work
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
    dataset = load_dataset("dataset")
    sentences = split_sentences((sentence,))
    mentions = Mentions(dataset, sentences, {"person"}, ("person",))
    spans = [(m.start, m.end) for m in mentions.by_sentence[0]]
    match = re.search(cue, mark_names(sentences[0].text, spans))
    assert match is not None
    assert in_another_work(mentions, 0, match, dataset.properties["written_by"]) is elsewhere
