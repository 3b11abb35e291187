"""A cue naming no subject, set in a work the dataset does not know, is not about the
article's work: made-up articles about the stage play of tests/draft/play.py."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.draft.play import drafted


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
