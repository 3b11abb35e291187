"""Whose "her" is after a name that is itself someone's relative ("A's daughter B and
her husband C"): the one of the two the pronoun can call by person, and no one where it
can call both. A made-up dataset: nothing here comes from the shipped one."""

from __future__ import annotations

from pathlib import Path

import pytest

from .play import PLAY_DATASET, relations

_PEOPLE = {
    "  - {id: tomas-reyes, kind: person, names: [Tomas Reyes]}": "he",
    "  - {id: ida-brook, kind: person, names: [Ida Brook]}": "she",
    "  - {id: nora-vell, kind: person, names: [Nora Vell, Vell],": "she",
}
_MARRIED = PLAY_DATASET.replace(
    "properties:\n",
    "properties:\n"
    "  married_to:\n"
    "    type: entity\n"
    "    subject_kinds: [person]\n"
    "    value_kinds: [person]\n"
    '    cues: ["{subject}\'s husband[,] {value:one}"]\n',
    1,
).replace("entities:\n", "entities:\n  - {id: ada-lowe, kind: person, names: [Ada Lowe]}\n", 1)
for _line, _pronoun in _PEOPLE.items():
    assert _line in _MARRIED
    _MARRIED = _MARRIED.replace(_line, _line.replace("names:", f"pronoun: {_pronoun}, names:"))


def _married(text: str) -> list[str]:
    """Each married_to claim as "subject -> value"."""
    return relations(text + "\n", _MARRIED, "married_to")


CASES = {
    # No chain: the name before "and her" is hers.
    "one-name": ("Nora Vell and her husband Tomas Reyes bowed.", ["Nora Vell -> Tomas Reyes"]),
    # Both women: "her" may be either's.
    "both-she": ("Nora Vell's daughter Ida Brook and her husband Tomas Reyes bowed.", []),
    "owner-a-pronoun": ("Her daughter Ida Brook and her husband Tomas Reyes bowed.", []),
    # "son" says the name's person where the dataset does not: "her" is the mother's.
    "the-kin-noun-tells": (
        "Nora Vell's son Ada Lowe and her husband Tomas Reyes bowed.",
        ["Nora Vell -> Tomas Reyes"],
    ),
    # The owner is a man: "her" is the daughter's.
    "the-owner-he": (
        "Tomas Reyes's daughter Ida Brook and her husband Ada Lowe bowed.",
        ["Ida Brook -> Ada Lowe"],
    ),
    "the-owner-his": (
        "His daughter Ida Brook and her husband Tomas Reyes bowed.",
        ["Ida Brook -> Tomas Reyes"],
    ),
    # A pronoun of neither: no one.
    "their": ("Nora Vell's daughter Ida Brook and their husband Tomas Reyes bowed.", []),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_whose_the_pronoun_after_a_relative_is(play_project: Path, case: str) -> None:
    text, expected = CASES[case]
    assert _married(text) == expected
