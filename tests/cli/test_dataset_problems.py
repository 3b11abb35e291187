"""A dataset that cannot be used stops the run with exit 2 and one line: its first
problem at its file:line:column and how many more; `-v` lists each at its place."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.claims_project import claims_project
from validator.cli.main import main

GOOD = """\
source: {id: good, outlet: Example, title: Good, published: 2022-12-07}
claims:
  - {id: age, subject: Mia Threapleton, property: age, value: 22}
"""
BROKEN = """\
entities:
  - {id: x, kind: thing}
  - {id: y, kind: thing, names: [Y], facts: {age: []}}
"""
FIRST = (
    "validate: dataset: dataset/broken.yaml:2:5: entities[0] is missing the required field 'names'"
)
SECOND = (
    "validate: dataset: dataset/broken.yaml:3:45: entities[1].facts should be a list, not a mapping"
)
THIRD = "validate: dataset: dataset/other.yaml:1:1: the file should be a mapping, not a list"


@pytest.fixture()
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    root = claims_project(tmp_path, monkeypatch, {"good.yaml": GOOD})
    (root / "dataset" / "broken.yaml").write_text(BROKEN, encoding="utf-8")
    (root / "dataset" / "other.yaml").write_text("- a list\n", encoding="utf-8")
    return root


def test_a_dataset_with_several_problems_is_one_line_naming_the_first(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """It printed a line for each problem (up to 20, then a line counting the rest)."""
    assert main(["--no-cache", "--no-reports"]) == 2
    assert capsys.readouterr() == ("", f"{FIRST} (and 2 more problems; -v lists every one)\n")


def test_verbose_lists_every_problem_at_its_place(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--no-cache", "--no-reports", "-v"]) == 2
    assert capsys.readouterr() == ("", f"{FIRST}\n{SECOND}\n{THIRD}\n")


def test_one_problem_is_its_line_alone(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (project / "dataset" / "other.yaml").unlink()
    (project / "dataset" / "broken.yaml").write_text(BROKEN.replace("{id: x", "{names: [X], id: x"))
    assert main(["--no-cache", "--no-reports"]) == 2
    assert capsys.readouterr() == ("", f"{SECOND}\n")


def test_quiet_wins_over_verbose(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--no-cache", "--no-reports", "-v", "-q"]) == 2
    assert capsys.readouterr() == ("", f"{FIRST} (and 2 more problems; -v lists every one)\n")
