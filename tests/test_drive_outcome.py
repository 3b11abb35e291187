"""Early cutoff (validator.drive_outcome, validator.cli.same_run): a re-run whose claim
files changed only where their checks do not look repeats the last run without running
the checks across files or the reports; any change the checks see means a full run,
whose output is what a run without the cache gives.

Nothing here times anything: the speed is measured by benchmarks/run.py.
"""

from __future__ import annotations

import os
import shutil
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

import validator.drive_outcome as drive_outcome
import validator.pipeline
from validator.cli.main import main

ROOT = Path(__file__).resolve().parents[1]

PAPER = """\
source:
  id: paper
  outlet: Example Paper
  title: A review
  published: 2022-12-08
claims:
  - id: age
    subject: Mia Threapleton
    property: age
    value: 30
  - id: network
    subject: I Am Ruth
    property: network
    value: Channel 4
"""
OTHER = """\
source: {id: other, outlet: Other Paper, title: A profile, published: 2022-12-09}
claims:
  - {id: age, subject: Mia Threapleton, property: age, value: 22}
"""
Outcome = tuple[int, str, dict[str, bytes]]


@pytest.fixture()
def project(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Path]:
    """The shipped dataset and two claim files, one with a finding (an age 8 years out)."""
    shutil.copytree(ROOT / "dataset", tmp_path / "dataset")
    (tmp_path / "claims").mkdir()
    (tmp_path / "claims" / "paper.yaml").write_text(PAPER, encoding="utf-8")
    (tmp_path / "claims" / "other.yaml").write_text(OTHER, encoding="utf-8")
    (tmp_path / "pyproject.toml").write_text('[tool.factlint]\ndataset = "dataset"\n')
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("GITHUB_ACTIONS", raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path_factory.mktemp("xdg")))
    yield tmp_path


@pytest.fixture()
def full_runs(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """How many runs ran the checks (one entry a run)."""
    ran: list[int] = []
    real = validator.pipeline.run

    def counted(*args: Any, **kwargs: Any) -> Any:
        ran.append(1)
        return real(*args, **kwargs)

    monkeypatch.setattr(validator.pipeline, "run", counted)
    return ran


def _validate(capsys: pytest.CaptureFixture[str], *options: str) -> Outcome:
    code = main(["claims", *options])
    out = capsys.readouterr().out
    return code, out, {p.name: p.read_bytes() for p in sorted(Path("reports").iterdir())}


def _edit(path: Path, change: Callable[[str], str]) -> None:
    path.write_text(change(path.read_text(encoding="utf-8")), encoding="utf-8")


UNSEEN = {
    "a comment appended": lambda text: text + "# checked by the desk on 9 December\n",
    "blank lines at the end": lambda text: text + "\n\n",
    "a comment at a line's end": lambda text: text.replace("value: 30\n", "value: 30  # sic\n"),
    "a text quoted": lambda text: text.replace("outlet: Example Paper", 'outlet: "Example Paper"'),
}


SEEN = {
    "a value changed": lambda text: text.replace("value: 30", "value: 31"),
    "a line added above the claims": lambda text: "# The desk's copy\n" + text,
    "a claim's id changed": lambda text: text.replace("id: network", "id: channel"),
    "a claim removed": lambda text: text[: text.index("  - id: network")],
    "the source's title changed": lambda text: text.replace("A review", "A review, updated"),
}


@pytest.mark.parametrize("edit", [*UNSEEN, *SEEN])
def test_a_re_run_repeats_the_last_run_only_where_the_checks_see_no_change(
    project: Path, capsys: pytest.CaptureFixture[str], full_runs: list[int], edit: str
) -> None:
    first = _validate(capsys)
    assert first[0] == 1
    assert "claims/paper.yaml:10:12: D201 error paper/age: " in first[1]
    _edit(project / "claims" / "paper.yaml", (UNSEEN | SEEN)[edit])
    again = _validate(capsys)
    if edit in UNSEEN:
        assert again == first
        assert len(full_runs) == 1
    else:
        assert again != first
        assert len(full_runs) == 2
    # What a run without the cache finds in the edited files.
    assert _validate(capsys, "--no-cache") == again


def test_a_repeated_run_is_remembered_under_the_re_runs_own_key(
    project: Path,
    capsys: pytest.CaptureFixture[str],
    full_runs: list[int],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    first = _validate(capsys)
    _edit(project / "claims" / "paper.yaml", UNSEEN["a comment appended"])
    assert _validate(capsys) == first
    monkeypatch.setattr(drive_outcome, "same_outcome", _refuse)
    assert _validate(capsys) == first  # without comparing again
    assert len(full_runs) == 1


def _refuse(*args: object) -> bool:
    raise AssertionError("compared again")


def test_a_line_added_above_moves_every_finding_of_the_file(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _validate(capsys)
    _edit(project / "claims" / "paper.yaml", SEEN["a line added above the claims"])
    _, out, _ = _validate(capsys)
    assert "claims/paper.yaml:11:12: D201 error paper/age: " in out
    assert "claims/paper.yaml:10:12:" not in out


def test_show_source_shows_the_edited_line(
    project: Path, capsys: pytest.CaptureFixture[str], full_runs: list[int]
) -> None:
    """--show-source shows the files' own lines: a comment there is in the output."""
    _, out, _ = _validate(capsys, "--show-source")
    assert "    value: 30\n" in out
    _edit(project / "claims" / "paper.yaml", UNSEEN["a comment at a line's end"])
    _, out, _ = _validate(capsys, "--show-source")
    assert "    value: 30  # sic\n" in out
    assert len(full_runs) == 2


def test_an_edited_report_or_a_changed_archive_means_a_full_run(
    project: Path, capsys: pytest.CaptureFixture[str], full_runs: list[int]
) -> None:
    first = _validate(capsys)
    _edit(project / "claims" / "paper.yaml", UNSEEN["a comment appended"])
    (project / "reports" / "consistency.md").write_text("edited\n", encoding="utf-8")
    assert _validate(capsys) == first  # written again
    assert len(full_runs) == 2


@pytest.mark.parametrize("change", ["renamed", "added", "removed"])
def test_another_set_of_files_means_a_full_run(
    project: Path, capsys: pytest.CaptureFixture[str], full_runs: list[int], change: str
) -> None:
    _validate(capsys)
    claims = project / "claims"
    if change == "renamed":
        os.rename(claims / "other.yaml", claims / "profile.yaml")
    elif change == "added":
        (claims / "more.yaml").write_text(OTHER.replace("other", "more"), encoding="utf-8")
    else:
        (claims / "other.yaml").unlink()
    _edit(claims / "paper.yaml", UNSEEN["a comment appended"])
    again = _validate(capsys)
    assert (len(full_runs), _validate(capsys, "--no-cache")) == (2, again)


def test_past_the_most_files_compared_a_full_run(
    project: Path,
    capsys: pytest.CaptureFixture[str],
    full_runs: list[int],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(drive_outcome, "MAX_CHANGED", 1)
    first = _validate(capsys)
    _edit(project / "claims" / "paper.yaml", UNSEEN["a comment appended"])
    _edit(project / "claims" / "other.yaml", UNSEEN["a comment appended"])
    assert _validate(capsys) == first
    assert len(full_runs) == 2


def _file_entries(project: Path) -> list[Path]:
    cache = project / ".factlint-cache"
    return sorted(
        p for folder in cache.iterdir() if len(folder.name) == 24 for p in folder.iterdir()
    )


def test_earlier_checks_missing_from_the_cache_mean_a_full_run(
    project: Path, capsys: pytest.CaptureFixture[str], full_runs: list[int]
) -> None:
    first = _validate(capsys)
    for entry in _file_entries(project):
        entry.unlink()
    _edit(project / "claims" / "paper.yaml", UNSEEN["a comment appended"])
    assert _validate(capsys) == first
    assert len(full_runs) == 2


def test_comparing_deletes_no_entry_of_the_other_files(
    project: Path, capsys: pytest.CaptureFixture[str], full_runs: list[int]
) -> None:
    """Checking the changed files alone, the cache would have dropped as stale every old
    entry of the other files, which those checks did not read."""
    first = _validate(capsys)
    old = time.time() - 30 * 86_400
    entries = _file_entries(project)
    for entry in entries:
        os.utime(entry, (old, old))
    _edit(project / "claims" / "paper.yaml", UNSEEN["a comment appended"])
    assert _validate(capsys) == first
    assert len(full_runs) == 1
    assert all(entry.exists() for entry in entries)


def test_a_damaged_latest_run_means_a_full_run(
    project: Path, capsys: pytest.CaptureFixture[str], full_runs: list[int]
) -> None:
    first = _validate(capsys)
    for entry in (project / ".factlint-cache" / "runs").iterdir():
        entry.write_bytes(entry.read_bytes().replace(b'"exit_code":1', b'"exit_code":0'))
    _edit(project / "claims" / "paper.yaml", UNSEEN["a comment appended"])
    assert _validate(capsys) == first
    assert len(full_runs) == 2
