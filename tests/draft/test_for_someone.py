"""A prize "for" a person after a sentence about a work is the person's, won for the
work; the list's other prizes are the work's. A made-up dataset: nothing here comes
from the shipped one."""

from __future__ import annotations

from pathlib import Path

import pytest

from .play import PLAY_DATASET, relations

_PRIZES = PLAY_DATASET.replace(
    "properties:\n",
    "properties:\n"
    "  prize:\n"
    "    type: entity\n"
    "    qualifiers: {for_play: entity}\n"
    "    subject_kinds: [play, person]\n"
    "    value_kinds: [trophy]\n"
    '    cues: ["{subject} won ... {value} for {for_play}", "{subject} won ... {value}"]\n',
    1,
).replace(
    "entities:\n",
    "entities:\n"
    "  - {id: best-play, kind: trophy, names: [Best Play]}\n"
    "  - {id: best-actress, kind: trophy, names: [Best Actress]}\n",
    1,
)


def _prizes(text: str) -> list[str]:
    """Each prize claim as "subject -> value; qualifiers"."""
    return relations(text + "\n", _PRIZES, "prize")


CASES = {
    # The last of the list is the person's, won for the play; the first the play's own.
    "a-list": (
        "The Glass Orchard won two prizes: Best Play, and Best Actress for Nora Vell.",
        [
            "Nora Vell -> Best Actress; {for_play: The Glass Orchard}",
            "The Glass Orchard -> Best Play",
        ],
    ),
    "one-prize": (
        "The Glass Orchard won Best Actress for Vell.",
        ["Nora Vell -> Best Actress; {for_play: The Glass Orchard}"],
    ),
    # A prize won by a person for the play is read as written.
    "for-the-play": (
        "Nora Vell won Best Actress for The Glass Orchard.",
        ["Nora Vell -> Best Actress; {for_play: The Glass Orchard}"],
    ),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_a_prize_for_a_person(play_project: Path, case: str) -> None:
    text, expected = CASES[case]
    assert _prizes(text) == expected
