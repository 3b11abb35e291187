"""No output is written into a folder another program keeps: a `.git` folder or the
cache folder. Refused before the run with exit 2 and one line naming the option, or the
configuration file and key, and what to write instead; nothing is written."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.claims_project import claims_project
from validator.cli.main import main

GOOD = """\
source: {id: good, outlet: Example, title: Good, published: 2022-12-07}
claims:
  - {id: age, subject: Mia Threapleton, property: age, value: 22}
"""
GIT = "git keeps its own files"
CACHE = "which holds only the cache's files"
FOLDER = "name a folder outside it, such as reports"
SETTING = "set 'reports' to a folder outside it, or give one with --reports DIR"


@pytest.fixture()
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    root = claims_project(tmp_path / "project", monkeypatch, {"good.yaml": GOOD})
    (root / ".git" / "hooks").mkdir(parents=True)
    (root / ".git" / "HEAD").write_text("ref: refs/heads/main\n", encoding="utf-8")
    return root


def _files(folder: Path) -> list[str]:
    return sorted(str(path.relative_to(folder)) for path in folder.rglob("*"))


def _refused(capsys: pytest.CaptureFixture[str], argv: list[str], line: str) -> None:
    assert main(argv) == 2
    assert capsys.readouterr() == ("", f"validate: {line}\n")


@pytest.mark.parametrize(
    ("argv", "line"),
    [
        (
            ["--reports", ".git"],
            f"--reports: '.git' is a .git folder, where {GIT}; {FOLDER}",
        ),
        (
            ["--reports", "./.git/hooks/"],
            f"--reports: './.git/hooks/' is in a .git folder, where {GIT}; {FOLDER}",
        ),
        (
            ["--reports", ".git/new/folder"],
            f"--reports: '.git/new/folder' is in a .git folder, where {GIT}; {FOLDER}",
        ),
        (
            ["--no-reports", "--junit", ".git/hooks/pre-commit"],
            f"--junit: '.git/hooks/pre-commit' is in a .git folder, where {GIT}; "
            "name a file outside it",
        ),
        (
            ["--reports", ".factlint-cache"],
            f"--reports: '.factlint-cache' is the cache folder, {CACHE}; {FOLDER}",
        ),
        (
            ["--no-cache", "--reports", ".factlint-cache/reports"],
            "--reports: '.factlint-cache/reports' is in the cache folder '.factlint-cache', "
            f"{CACHE}; {FOLDER}",
        ),
        (
            ["--cache-dir", "build/cache", "--no-reports", "--sarif", "build/cache/x.sarif"],
            "--sarif: 'build/cache/x.sarif' is in the cache folder 'build/cache', "
            f"{CACHE}; name a file outside it",
        ),
    ],
)
def test_an_output_in_a_folder_another_program_keeps_is_refused(
    project: Path, capsys: pytest.CaptureFixture[str], argv: list[str], line: str
) -> None:
    """`--reports .git` wrote consistency.md, .html and .json among git's files with exit
    status 0."""
    (project / "build" / "cache").mkdir(parents=True)
    before = _files(project)
    _refused(capsys, argv, line)
    assert _files(project) == before


@pytest.mark.parametrize(
    ("config", "line"),
    [
        (
            'reports = ".git"\n',
            f"factlint.toml:2:11: 'reports' = '.git' is a .git folder, where {GIT}; {SETTING}",
        ),
        (
            'reports = ".git/hooks"\n',
            f"factlint.toml:2:11: 'reports' = '.git/hooks' is in a .git folder, where {GIT}; "
            f"{SETTING}",
        ),
        (
            'reports = ".factlint-cache/out"\n',
            "factlint.toml:2:11: 'reports' = '.factlint-cache/out' is in the cache folder "
            f"'.factlint-cache', {CACHE}; {SETTING}",
        ),
    ],
)
def test_a_configured_reports_folder_another_program_keeps_is_refused(
    project: Path, capsys: pytest.CaptureFixture[str], config: str, line: str
) -> None:
    """A pull request's `reports = ".git"` wrote the reports into the repository's .git
    folder; refused naming the configuration file and key."""
    (project / "factlint.toml").write_text(f'dataset = "dataset"\n{config}', encoding="utf-8")
    before = _files(project)
    _refused(capsys, ["--no-cache"], f"configuration: {line}")
    assert _files(project) == before


def test_a_committed_link_in_place_of_the_reports_folder_is_followed_to_git(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    os.symlink(".git", project / "reports")
    before = _files(project / ".git")
    _refused(
        capsys,
        ["--no-cache"],
        "configuration: pyproject.toml [tool.factlint]: the default reports folder 'reports' "
        f"is a .git folder, where {GIT}; {SETTING}",
    )
    assert _files(project / ".git") == before


def test_a_project_inside_a_folder_named_git_writes_its_reports(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """Only the folders below the project's root are looked at for a `.git`."""
    root = claims_project(tmp_path / ".git" / "project", monkeypatch, {"good.yaml": GOOD})
    assert main(["--no-cache", "-q"]) == 0
    assert capsys.readouterr().err == ""
    assert _files(root / "reports") == [
        "consistency.html",
        "consistency.json",
        "consistency.md",
    ]


@pytest.mark.parametrize(
    ("cache_dir", "problem"),
    [
        (".git", "is a .git folder"),
        (".git/factlint", "is in a .git folder"),
        ("./.GIT/hooks/", "is in a .git folder"),
        ("linked", "is a .git folder"),
        ("linked/cache", "is in a .git folder"),
    ],
)
def test_a_cache_folder_in_git_is_refused(
    project: Path, capsys: pytest.CaptureFixture[str], cache_dir: str, problem: str
) -> None:
    """`--cache-dir .git` wrote the cache's entries among git's own files, with exit
    status 0; a link to it too (the link's own check came after, and a folder below a
    link is no link)."""
    os.symlink(".git", project / "linked")
    before = _files(project)
    _refused(
        capsys,
        ["--cache-dir", cache_dir],
        f"--cache-dir: '{cache_dir}' {problem}, where {GIT}; name another folder, or run "
        "without a cache (--no-cache)",
    )
    assert _files(project) == before
