"""A small made-up dataset about a stage play, with cues: drafting works for any subject
whose dataset declares them, and nothing in these tests comes from the shipped articles.
`drafted` drafts an article in a project of it (the `play_project` fixture)."""

from __future__ import annotations

from pathlib import Path

import pytest

from validator.dataset.load import load_dataset
from validator.draft import SourceInfo, draft, read_article
from validator.draft.command import main

__all__ = ["OPTIONS", "PLAY_DATASET", "PLAY_NAMES", "drafted", "relations"]

OPTIONS = ["--published", "2025-03-07", "--outlet", "Stage Weekly"]


def drafted(
    text: str, capsys: pytest.CaptureFixture[str], *options: str, name: str = "review.txt"
) -> str:
    """The draft of `text`, saved as the project's article `name`, as the command prints it."""
    path = Path("claims") / "sources" / name
    path.write_text(text, encoding="utf-8")
    assert main([str(path), *OPTIONS, *options]) == 0
    return capsys.readouterr().out


def relations(text: str, dataset: str, prop: str) -> list[str]:
    """Each `prop` claim of the draft of `text` as "subject -> value" (and "; " and its
    qualifiers where it has any), drafted with `dataset` written as the project's (the
    `play_project` fixture)."""
    Path("dataset/dataset.yaml").write_text(dataset, encoding="utf-8")
    info = SourceInfo("s", "Stage Weekly", "T", "2025-03-07")
    out = draft(read_article(f"Stage news\n\n{text}".encode()), load_dataset("dataset"), info)
    found = []
    for block in out.split("  - id: ")[1:]:
        rows = dict(r.strip().split(": ", 1) for r in block.splitlines()[1:5])
        if rows.get("property") == prop:
            more = f"; {rows['qualifiers']}" if "qualifiers" in rows else ""
            found.append(f"{rows['subject']} -> {rows['value']}{more}")
    return found


PLAY_DATASET = """\
dataset: {id: glass-orchard, title: The Glass Orchard (a made-up play), checked: 2026-01-02}
references:
  programme: {title: The printed programme}
properties:
  written_by:
    type: entity
    subject_kinds: [play]
    value_kinds: [person]
    cues: ["written by {value}", "{value}'s new play"]
  cast_member:
    type: entity
    inverse: appears_in
    qualifiers: {role: text}
    subject_kinds: [play]
    value_kinds: [person]
    cues: ["{value} as {role}", "{value} plays {role}"]
  venue:
    type: entity
    single: true
    subject_kinds: [play]
    value_kinds: [theatre]
    cues: ["{subject} opens at {value}", "{subject} transfers to {value}"]
  opening_night:
    type: date
    single: true
    subject_kinds: [play]
    cues: ["{subject} opens ... {value}", "premiere ... {value}"]
  running_time:
    type: duration
    unit: minutes
    single: true
    subject_kinds: [play]
    cues: ["{subject} is a {value}", "runs for {value}"]
  sold_out:
    type: boolean
    single: true
    subject_kinds: [play]
    cues: ["sold out", "sold-out"]
  audience_score:
    type: percent
    single: true
    subject_kinds: [play]
    cues: ["{value} of the audience"]
  birth_date: {type: date, single: true}
  age:
    type: integer
    unit: years
    derived: age
    from: birth_date
    subject_kinds: [person]
    cues: ["{value}-year-old ... {subject}", "{subject}, {value},"]
  said:
    type: quote
    subject_kinds: [person, newspaper]
    cues: ["{subject} said", "said {subject}", "{subject} told", "{subject} wrote"]
entities:
  - id: the-glass-orchard
    kind: play
    names: [The Glass Orchard, Glass Orchard]
    facts:
      - {property: written_by, value: nora-vell, ref: programme}
      - {property: opening_night, value: 2025-03-14T19:30, ref: programme}
      - {property: running_time, value: 150, ref: programme}
  - {id: nora-vell, kind: person, names: [Nora Vell, Vell],
     facts: [{property: birth_date, value: 1981-06-02, ref: programme}]}
  - {id: tomas-reyes, kind: person, names: [Tomas Reyes]}
  - {id: ida-brook, kind: person, names: [Ida Brook]}
  - {id: lantern-theatre, kind: theatre, names: [Lantern Theatre, the Lantern]}
  - {id: the-courier, kind: newspaper, names: [The Courier]}
"""

# Names the play dataset knows, for articles made up by the property tests.
PLAY_NAMES = (
    "The Glass Orchard", "Nora Vell", "Vell", "Tomas Reyes", "Ida Brook", "Lantern Theatre",
    "the Lantern", "The Courier",
)  # fmt: skip
