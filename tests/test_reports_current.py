"""reports/ holds the reports of the shipped claims: byte-identical to a fresh run."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from validator.cli.main import main

ROOT = Path(__file__).resolve().parents[1]
NAMES = ("consistency.html", "consistency.json", "consistency.md")


def run_into(folder: Path) -> None:
    assert main(["claims", "--dataset", "dataset", "--reports", str(folder), "-q"]) == 0


def test_committed_reports_are_current(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    # The reports link to the claims' lines relative to where they are, so they are made
    # where they would be: in reports/ of a copy of the project.
    for folder in ("claims", "dataset"):
        shutil.copytree(ROOT / folder, tmp_path / folder)
    shutil.copy(ROOT / "pyproject.toml", tmp_path / "pyproject.toml")
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("GITHUB_ACTIONS", raising=False)
    run_into(Path("reports"))
    for name in NAMES:
        fresh = (tmp_path / "reports" / name).read_bytes()
        committed = (ROOT / "reports" / name).read_bytes()
        assert fresh == committed, f"reports/{name} is stale: run `validate claims/` and commit"


def test_two_runs_give_byte_identical_reports(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(ROOT)
    monkeypatch.delenv("GITHUB_ACTIONS", raising=False)
    run_into(tmp_path / "one")
    run_into(tmp_path / "two")
    for name in NAMES:
        assert (tmp_path / "one" / name).read_bytes() == (tmp_path / "two" / name).read_bytes()
    text = (tmp_path / "one" / "consistency.json").read_text(encoding="utf-8")
    assert str(ROOT) not in text and str(tmp_path) not in text
