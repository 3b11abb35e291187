"""Parts listed beside players, drafted with a made-up dataset of a stage play (the code
knows nothing of films): the two lists go together name by name where they are as long
as each other, and where they are not, no player is given a part."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from validator.dataset.load import load_dataset
from validator.draft import SourceInfo, draft, read_article

PLAY_DATASET = """\
dataset: {id: stage, title: Stage (made up), checked: 2026-01-02}
references:
  programme: {title: The printed programme}
properties:
  performer:
    type: entity
    qualifiers: {role: text}
    subject_kinds: [play]
    value_kinds: [person]
    cues: ["{value} play {role}", "{value} as {role}", "{subject} features {value}"]
entities:
  - {id: low-tide, kind: play, names: [Low Tide]}
  - {id: ada-stone, kind: person, names: [Ada Stone]}
  - {id: ben-ray, kind: person, names: [Ben Ray]}
  - {id: cy-moss, kind: person, names: [Cy Moss]}
"""


def _performers(tmp_path: Path, sentence: str) -> list[tuple[str, str | None]]:
    (tmp_path / "stage.yaml").write_text(PLAY_DATASET, encoding="utf-8")
    dataset = load_dataset(str(tmp_path / "stage.yaml"))
    article = f"Low Tide review\n\n{sentence}\n"
    info = SourceInfo(id="daily", outlet="The Daily", title="", published="2024-03-02")
    claims = yaml.safe_load(draft(read_article(article.encode()), dataset, info))["claims"]
    return [(c["value"], (c.get("qualifiers") or {}).get("role")) for c in claims or []]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Ada Stone and Ben Ray play Wren and Pike in Low Tide.",
            [("Ben Ray", "Pike"), ("Ada Stone", "Wren")],
        ),
        (
            "Low Tide features Ada Stone, Ben Ray and Cy Moss as Wren, Pike and Gull.",
            [("Cy Moss", "Gull"), ("Ben Ray", "Pike"), ("Ada Stone", "Wren")],
        ),
        (
            "Low Tide features Ada Stone and Ben Ray as Wren and Pike respectively.",
            [("Ben Ray", "Pike"), ("Ada Stone", "Wren")],
        ),
        # Three players, two parts: whose part is whose cannot be told.
        (
            "Low Tide features Ada Stone, Ben Ray and Cy Moss as Wren and Pike.",
            [("Cy Moss", None), ("Ben Ray", None), ("Ada Stone", None)],
        ),
        # A name of the dataset after "and" is another player, with no part; and a name
        # a clause goes on from ends no list.
        (
            "Low Tide features Ada Stone as Wren and Ben Ray.",
            [("Ada Stone", "Wren"), ("Ben Ray", None)],
        ),
        (
            "Low Tide features Ada Stone as Wren and Ben Ray directs.",
            [("Ada Stone", "Wren")],
        ),
        (
            "Ada Stone play Wren and Ben Ray plays Pike in Low Tide.",
            [("Ada Stone", "Wren")],
        ),
    ],
)
def test_listed_parts_go_with_the_listed_players_in_turn(
    tmp_path: Path, sentence: str, expected: list[tuple[str, str | None]]
) -> None:
    assert sorted(_performers(tmp_path, sentence), key=str) == sorted(expected, key=str)
