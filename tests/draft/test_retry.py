"""Where a cue is looked for again: a list ends before a name of no kind its slot holds,
drafted with a made-up dataset of a race (the code knows nothing of films)."""

from __future__ import annotations

from pathlib import Path

import yaml

from validator.dataset.load import load_dataset
from validator.draft import SourceInfo, draft, read_article

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


def _prizes(tmp_path: Path, text: str) -> list[tuple[str, str]]:
    (tmp_path / "race.yaml").write_text(RACE_DATASET, encoding="utf-8")
    dataset = load_dataset(str(tmp_path / "race.yaml"))
    info = SourceInfo(id="daily", outlet="The Daily", title="", published="2024-03-02")
    claims = yaml.safe_load(draft(read_article(text.encode()), dataset, info))["claims"]
    return sorted((c["subject"], c["value"]) for c in claims or [])


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
    (tmp_path / "race.yaml").write_text(gapped, encoding="utf-8")
    dataset = load_dataset(str(tmp_path / "race.yaml"))
    info = SourceInfo(id="daily", outlet="The Daily", title="", published="2024-03-02")
    text = "Race report\n\nHer old rivals, Blue Team, won Gold Cup.\n"
    claims = yaml.safe_load(draft(read_article(text.encode()), dataset, info))["claims"]
    assert [(c["subject"], c["value"]) for c in claims] == [("Blue Team", "Gold Cup")]
