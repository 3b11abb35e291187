"""Whose a possessive pronoun right before a cue's word is ("her pupil"): a name before
it is the owner only where nothing else may be, or the article calls that name by the
pronoun's person. A made-up dataset: nothing here comes from the shipped one."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from validator.draft.kin_titles import titles_a_relative

from .play import PLAY_DATASET, relations

# A relation between people whose cue runs from the value over a gap to "pupil".
_PUPILS = PLAY_DATASET.replace(
    "properties:\n",
    "properties:\n"
    "  pupil_of:\n"
    "    type: entity\n"
    "    subject_kinds: [person]\n"
    "    value_kinds: [person]\n"
    '    cues: ["{value} ... pupil[,] {subject}"]\n',
    1,
)


def _pupils(text: str, dataset: str = _PUPILS) -> list[str]:
    """Each pupil_of claim as "subject -> value"."""
    return relations(text, dataset, "pupil_of")


CASES = {
    "the-only-one-named": (
        "Nora Vell came with her pupil, Ida Brook.\n",
        ["Ida Brook -> Nora Vell"],
    ),
    "and-her": (
        "Tomas Reyes bowed. Nora Vell and her pupil Ida Brook sang.\n",
        ["Ida Brook -> Nora Vell"],
    ),
    "another-named-before": ("Nora Vell sang. Tomas Reyes praised her pupil, Ida Brook.\n", []),
    "called-she-before": (
        "Nora Vell sang. She wrote it. Tomas Reyes bowed. Vell came with her pupil Ida Brook.\n",
        ["Ida Brook -> Nora Vell"],
    ),
    "the-other-called-he": (
        "Tomas Reyes bowed and he left. Nora Vell came with her pupil Ida Brook.\n",
        ["Ida Brook -> Nora Vell"],
    ),
    "the-value-called-he": (
        "Tomas Reyes bowed. He left. Nora Vell sang. Reyes praised her pupil Ida Brook.\n",
        [],
    ),
    "a-word-before-the-name": (
        "Actress Nora Vell sang. Tomas Reyes praised her pupil Ida Brook.\n",
        [],
    ),
    "a-pronoun-in-the-slot": (
        "Nora Vell sang. She came with her pupil Ida Brook.\n",
        ["Ida Brook -> Nora Vell"],
    ),
    # Two named before "her" in the sentence before: no one, unless that sentence opens
    # with one of them and its verb (tests/draft/phrasings.yaml, "Her father is").
    "two-subjects": ("Nora Vell and Tomas Reyes sang. Her pupil, Ida Brook, bowed.\n", []),
    "a-subject-set-off": (
        "Nora Vell, the soprano, sang with Tomas Reyes. Her pupil, Ida Brook, bowed.\n",
        [],
    ),
    # An age set off after the name is no more than the name: the subject carries on.
    "a-subject-with-an-age": (
        "Nora Vell, 40, sang with Tomas Reyes. Her pupil, Ida Brook, bowed.\n",
        ["Ida Brook -> Nora Vell"],
    ),
    "not-opening-its-sentence": (
        "Nora Vell sang with Tomas Reyes. Then her pupil, Ida Brook, bowed.\n",
        [],
    ),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_whose_the_pronoun_is(play_project: Path, case: str) -> None:
    text, expected = CASES[case]
    assert _pupils(text) == expected


@pytest.mark.parametrize(
    ("pronoun", "expected"),
    [("he", []), ("she", ["Ida Brook -> Tomas Reyes"]), ("they", ["Ida Brook -> Tomas Reyes"])],
)
def test_a_pronoun_the_dataset_gives(play_project: Path, pronoun: str, expected: list[str]) -> None:
    """The only one named before "her pupil" is its owner unless the dataset calls that
    one by another person's pronoun: "her" is no one the dataset calls "he"."""
    person = "  - {id: tomas-reyes, kind: person, names: [Tomas Reyes]}"
    assert person in _PUPILS
    declared = _PUPILS.replace(person, person.replace("]}", f"], pronoun: {pronoun}}}"))
    assert _pupils("Tomas Reyes came with her pupil, Ida Brook.\n", declared) == expected


TITLES = {
    "married to director Ada Lowe.": True,
    "her split from director Ada Lowe.": True,
    "Her father is director Ada Lowe.": True,
    "The play is from director Ada Lowe.": False,
    "Director Ada Lowe.": False,
}


@pytest.mark.parametrize("text", sorted(TITLES))
def test_a_title_given_to_someone_s_relative(text: str) -> None:
    match = re.search(r"(?i:director)\s+(?P<value>Ada Lowe)", text)
    assert match is not None
    assert titles_a_relative(match) is TITLES[text]


def test_a_sentence_of_twenty_thousand_pronouns(play_project: Path) -> None:
    # Who the article calls "she" is read in one pass: from each pronoun scanning the
    # quotation marks and names before it again would take minutes here.
    text = "Nora Vell came with her pupil, Ida Brook. " + "Tomas Reyes said she " * 20000
    assert _pupils(text + "sang.\n") == ["Ida Brook -> Nora Vell"]


def test_a_possessive_pronoun_owns_no_word_of_a_cue_that_is_no_noun(play_project: Path) -> None:
    """In "Tomas Reyes recommended her pupil for the part", "her" owns "pupil", not the
    cue's "the": Reyes, whom the dataset calls "he", was dropped as no owner of "her"."""
    person = "  - {id: tomas-reyes, kind: person, names: [Tomas Reyes]}"
    dataset = PLAY_DATASET.replace(person, person.replace("]}", "], pronoun: he}")).replace(
        "properties:\n",
        "properties:\n"
        "  recommended_by:\n"
        "    type: entity\n"
        "    subject_kinds: [play]\n"
        "    value_kinds: [person]\n"
        '    cues: ["{value} recommended ... for the part"]\n',
        1,
    )
    text = (
        "The Glass Orchard opens. Nora Vell sang. Tomas Reyes recommended her pupil for the part.\n"
    )
    assert relations(text, dataset, "recommended_by") == ["The Glass Orchard -> Tomas Reyes"]
