"""A text slot right after a copula, on a made-up dataset of another subject (an opera
house's season): the name is the slot's where the dataset records it there, or where an
appositive after it says what it is; never any other complement "is" takes."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from validator.dataset.load import load_dataset
from validator.draft import SourceInfo, draft, read_article

OPERA_DATASET = """\
dataset: {id: season, title: A season (made up), checked: 2026-01-02}
references:
  bill: {title: The season's playbill}
properties:
  sung_by:
    type: entity
    qualifiers: {role: text}
    subject_kinds: [production]
    value_kinds: [person]
    cues: ["{value} is {role}", "{value} sings {role}"]
  interval:
    type: duration
    unit: minutes
    subject_kinds: [production]
    cues: ["interval is {value}"]
entities:
  - id: tosca-2025
    kind: production
    names: [Tosca at the Lyric]
    facts:
      - {property: sung_by, value: ada-stone, qualifiers: {role: Floria Tosca}, ref: bill}
  - {id: ada-stone, kind: person, names: [Ada Stone]}
  - {id: ben-ray, kind: person, names: [Ben Ray]}
"""


def _claims(tmp_path: Path, text: str) -> list[tuple[str, str, object, dict[str, object]]]:
    (tmp_path / "season.yaml").write_text(OPERA_DATASET, encoding="utf-8")
    dataset = load_dataset(str(tmp_path / "season.yaml"))
    info = SourceInfo(id="daily", outlet="The Daily", title="", published="2025-03-02")
    article = f"Tosca at the Lyric\n\n{text}\n"
    drafted = yaml.safe_load(draft(read_article(article.encode()), dataset, info))
    return [
        (c["subject"], c["property"], c["value"], c.get("qualifiers") or {})
        for c in drafted["claims"]
    ]


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("Ada Stone is Floria Tosca, and thrilling.", "Floria Tosca"),  # the dataset's
        ("Ada Stone is FLORIA TOSCA tonight.", "FLORIA TOSCA"),  # in any case
        ("Ben Ray is Cavaradossi, a painter in love.", "Cavaradossi"),  # an appositive
        ("Ben Ray is Scarpia, the chief of police.", "Scarpia"),
        ("Ben Ray is Mario, a grieving stage-struck widower.", "Mario"),
    ],
)
def test_a_copula_casts_a_part_known_or_described(tmp_path: Path, text: str, role: str) -> None:
    person = text.split(" is ")[0].title()
    assert _claims(tmp_path, text) == [("Tosca at the Lyric", "sung_by", person, {"role": role})]


@pytest.mark.parametrize(
    "text",
    [
        "Ben Ray is Cavaradossi.",  # a name the dataset does not know, said nothing of
        "Ben Ray is Italian.",
        "Ben Ray is an Opera Award winner, a first.",  # words before the name
        "Ben Ray is brilliant, a revelation.",
        "Ben Ray is 47, a tenor at his peak.",
        "Ben Ray is Tosca's lover.",
        # An appositive that calls the name no one: a nationality or a place, not a part.
        "Ben Ray is Italian, a fact he mentions often.",
        "Ben Ray is Verona, a city of his youth.",
        "Ben Ray is Mario, the opera's finest role.",
    ],
)
def test_a_copula_casts_no_other_complement(tmp_path: Path, text: str) -> None:
    assert _claims(tmp_path, text) == []


def test_other_slots_after_a_copula_are_read_as_their_type_says(tmp_path: Path) -> None:
    """A duration after "is" is no name to look up: "the interval is 20 minutes"."""
    assert _claims(tmp_path, "The interval is 20 minutes, and Ben Ray sings Mario.") == [
        ("Tosca at the Lyric", "interval", "20 min", {}),
        ("Tosca at the Lyric", "sung_by", "Ben Ray", {"role": "Mario"}),
    ]
