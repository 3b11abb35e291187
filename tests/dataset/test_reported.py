"""What of a dataset file's positions is kept once it has passed its schema: the nodes
the checks across files report at, each cue's place, and how the numbers of its
entities were written."""

from __future__ import annotations

from validator.dataset.reported import reported
from validator.read.positions import JsonPath, Positions

KEPT: list[JsonPath] = [
    (),
    ("dataset",),
    ("references", "listing"),
    ("properties", "runtime"),
    ("entities", 0, "id"),
    ("entities", 0, "names"),
    ("entities", 0, "broader"),
    ("entities", 0, "complete"),
    ("entities", 0, "facts", 2, "property"),
    ("entities", 0, "facts", 2, "ref"),
    ("entities", 0, "facts", 2, "value"),
    ("entities", 0, "facts", 2, "valid"),
    ("entities", 0, "facts", 2, "qualifiers", "character"),
    ("properties", "cast_member", "inverse"),
    ("properties", "age", "from"),
    ("properties", "said", "cues", 0),  # a cue's place, for drafting
]
DROPPED: list[JsonPath] = [
    ("dataset", "id", "x"),
    ("references", "listing", "title"),
    ("properties", "runtime", "unit"),
    ("properties", "said", "cues"),
    ("properties", "said", "qualifiers", "about"),
    ("entities", 0, "kind"),
    ("entities", 0, "names", 1),  # a name's problem is reported at the list of names
    ("entities", 0, "facts", 2),
    ("entities", 0, "facts", 2, "value", "about"),
    ("entities", 0, "facts", 2, "valid", "from"),
    ("entities", 0, "facts", 2, "qualifiers", "character", "x"),
]


def test_only_the_positions_a_check_across_files_reports_are_kept() -> None:
    positions = Positions(
        values={path: (number + 1, 1) for number, path in enumerate(KEPT + DROPPED)},
        keys={path: (1, 2) for path in KEPT},
    )
    kept = reported(positions)
    assert kept.values == {path: (number + 1, 1) for number, path in enumerate(KEPT)}
    assert kept.keys == {}  # every problem across files is reported at a value


def test_how_an_entitys_numbers_were_written_is_kept_and_nothing_else_of_it() -> None:
    written = {
        ("entities", 0, "facts", 1, "value"): "007",
        ("entities", 0, "facts", 1, "qualifiers", "character"): "1.50",
        ("properties", "runtime", "tolerance"): "5.0",
        ("dataset", "checked"): "2026",
    }
    aliases = {("entities", 1, "facts"): ("entities", 0, "facts")}
    kept = reported(Positions(written=written, aliases=aliases))
    assert kept.written == {
        ("entities", 0, "facts", 1, "value"): "007",
        ("entities", 0, "facts", 1, "qualifiers", "character"): "1.50",
    }
    assert kept.aliases == aliases
    assert kept.written_as(("entities", 1, "facts", 1, "value")) == "007"


def test_nothing_is_kept_of_nothing() -> None:
    assert reported(Positions()) == Positions()
