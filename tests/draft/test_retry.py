"""Where a cue is looked for again: a list ends before a name of no kind its slot holds,
drafted with a made-up dataset of a race (the code knows nothing of films)."""

from __future__ import annotations

from pathlib import Path

import yaml

from validator.dataset.load import load_dataset
from validator.draft import SourceInfo, draft, read_article

from .play import PLAY_DATASET, relations

_NAMES = {"rider": "Ada Stone", "team": "Blue Team", "trophy": "Gold Cup|Silver Plate"}
RACE_DATASET = (
    "dataset: {id: race, title: Race (made up), checked: 2026-01-02}\n"
    "properties:\n"
    "  prize: {type: entity, subject_kinds: [rider, team], value_kinds: [trophy],"
    ' cues: ["{subject} won {value}"]}\n'
    "entities:\n"
    + "".join(
        f"  - {{id: {name.lower().replace(' ', '-')}, kind: {kind}, names: [{name}]}}\n"
        for kind, names in _NAMES.items()
        for name in names.split("|")
    )
)


def _drafted(tmp_path: Path, text: str, dataset_text: str = RACE_DATASET) -> list[tuple[str, str]]:
    """The (subject, value) of each claim the draft of `text` gives, in its order."""
    (tmp_path / "made-up.yaml").write_text(dataset_text, encoding="utf-8")
    dataset = load_dataset(str(tmp_path / "made-up.yaml"))
    info = SourceInfo(id="daily", outlet="The Daily", title="", published="2024-03-02")
    claims = yaml.safe_load(draft(read_article(text.encode()), dataset, info))["claims"]
    return [(c["subject"], c["value"]) for c in claims or []]


def _prizes(tmp_path: Path, text: str) -> list[tuple[str, str]]:
    return sorted(_drafted(tmp_path, text))


def test_a_list_ends_before_a_name_its_slot_does_not_hold(tmp_path: Path) -> None:
    text = "Race report\n\nBlue Team won Gold Cup and Ada Stone won Silver Plate.\n"
    assert _prizes(tmp_path, text) == [("Ada Stone", "Silver Plate"), ("Blue Team", "Gold Cup")]


def test_a_list_of_names_the_slot_holds_stays_one(tmp_path: Path) -> None:
    text = "Race report\n\nBlue Team won Gold Cup and Silver Plate.\n"
    assert _prizes(tmp_path, text) == [("Blue Team", "Gold Cup"), ("Blue Team", "Silver Plate")]


def test_a_pronoun_standing_for_no_one_is_passed_over(tmp_path: Path) -> None:
    """A match opening with a pronoun that stands for no one is looked for again right
    after it: the name later in the match's words may open one of its own."""
    gapped = RACE_DATASET.replace('"{subject} won {value}"', '"{subject} ... won {value}"')
    text = "Race report\n\nHer old rivals, Blue Team, won Gold Cup.\n"
    assert _drafted(tmp_path, text, gapped) == [("Blue Team", "Gold Cup")]


# A made-up dataset of a song and its singer, the song's title opening with "I".
_SONG_DATASET = (
    "dataset: {id: songs, title: Songs (made up), checked: 2026-01-02}\n"
    "properties:\n"
    "  sister_of: {type: entity, subject_kinds: [singer], value_kinds: [singer],"
    ' cues: ["{value} ... sister[,] {subject}"]}\n'
    "entities:\n"
    "  - {id: i-will-go, kind: song, names: [I Will Go]}\n"
    "  - {id: ada-stone, kind: singer, names: [Ada Stone]}\n"
    "  - {id: bea-stone, kind: singer, names: [Bea Stone]}\n"
)


def test_a_title_opening_with_i_is_no_one(tmp_path: Path) -> None:
    """ "I" of the title took the cue's first slot, and the cue was not looked for after
    it: the sister named later was lost."""
    text = "Song review\n\nI Will Go is sung by Ada Stone and her sister Bea Stone.\n"
    assert _drafted(tmp_path, text, _SONG_DATASET) == [("Bea Stone", "Ada Stone")]


# A made-up dataset of a coach and riders, the cue reaching from a name to a relative.
_KIN_DATASET = (
    "dataset: {id: kin, title: Kin (made up), checked: 2026-01-02}\n"
    "properties:\n"
    "  child_of: {type: entity, subject_kinds: [rider], value_kinds: [rider],"
    ' cues: ["{value} ... sister {subject}"]}\n'
    "entities:\n"
    "  - {id: ada-stone, kind: rider, names: [Ada Stone, Stone]}\n"
    "  - {id: bo-stone, kind: rider, names: [Bo Stone]}\n"
    "  - {id: cy-hale, kind: rider, names: [Cy Hale]}\n"
)


def test_a_relative_owned_by_a_later_name_is_that_names(tmp_path: Path) -> None:
    """A match whose relative another's possessive owns is no claim of the first name's,
    and the cue is looked for again after it: the possessive name's own claim."""
    text = "Race report\n\nCy Hale praised Stone's younger sister Bo Stone.\n"
    assert _drafted(tmp_path, text, _KIN_DATASET) == [("Bo Stone", "Ada Stone")]


# A relation between people whose cue opens with the value and a gap ("{value} ...
# pupil[,] {subject}"), and a teacher the dataset calls "he".
_PUPILS = PLAY_DATASET.replace(
    "properties:\n",
    "properties:\n  pupil_of: {type: entity, subject_kinds: [person], value_kinds: [person],"
    ' cues: ["{value} ... pupil[,] {subject}"]}\n',
    1,
).replace("names: [Tomas Reyes]", "pronoun: he, names: [Tomas Reyes]")


def test_after_a_first_name_no_pronoun_stands_for(play_project: Path) -> None:
    """The cue took the sentence's first name, whom "her pupil" cannot be of, and was
    looked for again after the whole match: the teacher named next was never tried."""
    text = "Tomas Reyes thanked Nora Vell and her pupil Ida Brook.\n"
    assert relations(text, _PUPILS, "pupil_of") == ["Ida Brook -> Nora Vell"]
    # No name between: the pronoun alone is not tried again as the value.
    text = "Tomas Reyes thanked her pupil Ida Brook.\n"
    assert relations(text, _PUPILS, "pupil_of") == []
