"""Paths named on the command line as paths inside the project stay inside it, links
followed: a pull request commits the links, the workflow names the paths."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest

from tests.claims_project import ROOT, claims_project
from validator.cli.main import main

GOOD = """\
source: {id: good, outlet: Example, title: Good, published: 2022-12-07}
claims:
  - {id: age, subject: Mia Threapleton, property: age, value: 22}
"""
SECRET = "api_token: not-for-the-log\n"
OUTSIDE = "a link in it leads outside the project"
HIDDEN = "a link in it leads into a hidden file or folder (such as .git or .env)"


def refused(name: str, path: str, problem: str) -> str:
    return (
        f"validate: {name}: '{path}' lies in the project, but {problem}: a link committed "
        "there must not take factlint elsewhere; give the path it leads to instead, if that "
        "is meant\n"
    )


def each_refused(
    capsys: pytest.CaptureFixture[str], argv: list[str], cases: list[tuple[list[str], str]]
) -> None:
    """Each run of `argv` and a case's arguments ends with exit 2 and the case's line."""
    for arguments, err in cases:
        assert main([*argv, *arguments]) == 2
        assert capsys.readouterr() == ("", err)


@pytest.fixture()
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    return claims_project(tmp_path / "project", monkeypatch, {"good.yaml": GOOD})


@pytest.fixture()
def outside(tmp_path: Path) -> Path:
    """A folder beside the project holding what must never be read or overwritten."""
    folder = tmp_path / "outside"
    folder.mkdir()
    (folder / "secrets.yaml").write_text(SECRET, encoding="utf-8")
    (folder / "junit.xml").write_text("kept\n", encoding="utf-8")
    return folder


def test_a_claims_folder_or_file_linked_out_of_the_project_is_not_read(
    project: Path, outside: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`validate claims/`, and a workflow naming the changed files: the pull request
    made `claims` a link to a folder elsewhere, or a changed file a link to `.env`; the
    files there were read, and `--show-source` printed their lines."""
    (project / ".env").write_text("API_TOKEN=not-for-the-log\n", encoding="utf-8")
    os.symlink("../.env", project / "claims" / "env.yaml")
    os.symlink(str(outside), project / "more")
    os.symlink(str(outside / "secrets.yaml"), project / "claims" / "secrets.yaml")
    cases = [
        (["more/"], refused("PATH", "more/", OUTSIDE)),
        (["claims/good.yaml", "more/secrets.yaml"], refused("PATH", "more/secrets.yaml", OUTSIDE)),
        (["claims/secrets.yaml"], refused("PATH", "claims/secrets.yaml", OUTSIDE)),
        (["claims/env.yaml"], refused("PATH", "claims/env.yaml", HIDDEN)),
    ]
    each_refused(capsys, ["--no-cache", "--no-reports", "--show-source"], cases)


def test_a_long_path_refused_is_cut_in_the_message(
    project: Path, outside: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A workflow passes on the file names a pull request chose: the line quotes at most
    80 characters of one."""
    os.symlink(str(outside), project / "more")
    name = "more/" + "x" * 200 + ".yaml"
    cut = "more/" + "x" * 74 + "…"
    each_refused(capsys, ["--no-cache", "--no-reports"], [([name], refused("PATH", cut, OUTSIDE))])


def test_a_claims_folder_linked_to_another_project_is_not_read_as_that_project(
    project: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """`claims` committed as a link to another factlint project: its configuration
    made it the project's root, and `validate claims/` printed its claims."""
    other = claims_project(tmp_path / "other", monkeypatch, {"private.yaml": GOOD})
    monkeypatch.chdir(project)
    os.symlink(str(other), project / "more")
    assert main(["--no-cache", "--no-reports", "more/"]) == 2
    assert capsys.readouterr() == ("", refused("PATH", "more/", OUTSIDE))


def test_a_dataset_or_baseline_named_through_a_link_out_is_not_read(
    project: Path, outside: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    os.symlink(str(outside), project / "data")
    os.symlink("../.git", project / "claims" / "git")
    (project / ".git").mkdir()
    (project / ".git" / "config").write_text("[core]\n", encoding="utf-8")
    cases = [
        (["--dataset", "data"], refused("--dataset", "data", OUTSIDE)),
        (["--dataset", "data/secrets.yaml"], refused("--dataset", "data/secrets.yaml", OUTSIDE)),
        (["--baseline", "data/secrets.yaml"], refused("--baseline", "data/secrets.yaml", OUTSIDE)),
        (["--baseline", "claims/git/config"], refused("--baseline", "claims/git/config", HIDDEN)),
    ]
    each_refused(capsys, ["--no-cache", "--no-reports"], cases)


def test_a_configuration_named_through_a_link_out_is_not_read(
    project: Path, outside: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (outside / "factlint.toml").write_text('dataset = "dataset"\n', encoding="utf-8")
    os.symlink(str(outside), project / "conf")
    os.symlink(str(outside / "factlint.toml"), project / "factlint.toml")
    (project / ".env").write_text("API_TOKEN=not-for-the-log\n", encoding="utf-8")
    os.symlink(".env", project / "env.toml")
    cases = [
        (["--config", "conf/factlint.toml"], refused("--config", "conf/factlint.toml", OUTSIDE)),
        (["--config", "factlint.toml"], refused("--config", "factlint.toml", OUTSIDE)),
        (["--config", "env.toml"], refused("--config", "env.toml", HIDDEN)),
    ]
    each_refused(capsys, ["--no-cache", "--no-reports"], cases)
    assert main(["--no-cache", "--no-reports", "-q", "--config", "pyproject.toml"]) == 0


def test_a_configuration_file_linked_out_of_the_project_is_not_read(
    project: Path, outside: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The pull request made `factlint.toml` (or `pyproject.toml`) a link to a file
    elsewhere: it was read as the project's configuration, and its key names were quoted
    (`unknown key 'api_token'`). Nor may it lead to `.git/config`, which holds the token
    `actions/checkout` stores. A link that stays inside the project is followed."""
    (outside / "factlint.toml").write_text('api_token = "not-for-the-log"\n', encoding="utf-8")
    (project / ".git").mkdir()
    (project / ".git" / "config").write_text("[core]\n", encoding="utf-8")
    fix = "so it is not read; replace the link with the file itself"
    out = "outside the project (the folder it is in)"
    hidden = "into a hidden file or folder (such as .git or .env)"
    cases = [
        ("factlint.toml", str(outside / "factlint.toml"), out),
        ("pyproject.toml", str(outside / "factlint.toml"), out),
        ("factlint.toml", ".git/config", hidden),
    ]
    for name, target, leads in cases:
        (project / "factlint.toml").unlink(missing_ok=True)
        (project / name).unlink(missing_ok=True)
        os.symlink(target, project / name)
        assert main(["--no-cache", "--no-reports", "--show-source"]) == 2
        assert capsys.readouterr() == (
            "",
            f"validate: configuration: {name} is a symbolic link leading {leads}, {fix}\n",
        )
    (project / "pyproject.toml").unlink()
    (project / "conf").mkdir()
    (project / "conf" / "factlint.toml").write_text('dataset = "dataset"\n', encoding="utf-8")
    (project / "factlint.toml").unlink()
    os.symlink("conf/factlint.toml", project / "factlint.toml")
    assert main(["--no-cache", "--no-reports", "-q"]) == 0
    assert capsys.readouterr() == (
        "factlint: 1 file, 1 claim (1 supported, 0 refuted, 0 disputed, 0 undetermined, "
        "0 unverifiable, 0 invalid); 0 findings (0 errors, 0 warnings, 0 info), 0 "
        "acknowledged — pass\n",
        "",
    )


def test_no_output_is_written_through_a_folder_linked_out_of_the_project(
    project: Path, outside: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The workflow names `--junit build/junit.xml`; the pull request made `build` a
    link to a folder elsewhere, and the file of that name there was replaced."""
    os.symlink(str(outside), project / "build")
    before = sorted(os.listdir(outside))
    cases = [
        (["--junit", "build/junit.xml"], refused("--junit", "build/junit.xml", OUTSIDE)),
        (["--sarif", "build/f.sarif"], refused("--sarif", "build/f.sarif", OUTSIDE)),
        (["--output-file", "build/out.txt"], refused("--output-file", "build/out.txt", OUTSIDE)),
        (["--reports", "build"], refused("--reports", "build", OUTSIDE)),
        (["--reports", "build/new"], refused("--reports", "build/new", OUTSIDE)),
        (["--cache-dir", "build/cache"], refused("--cache-dir", "build/cache", OUTSIDE)),
        (
            ["--write-baseline", "build/baseline.json"],
            refused("--write-baseline", "build/baseline.json", OUTSIDE),
        ),
    ]
    for options, err in cases:
        assert main(["--no-reports" if options[0] != "--reports" else "-q", *options]) == 2
        assert capsys.readouterr() == ("", err)
    assert sorted(os.listdir(outside)) == before
    assert (outside / "junit.xml").read_text(encoding="utf-8") == "kept\n"


def test_paths_written_outside_the_project_or_whose_links_stay_inside_are_used(
    project: Path, outside: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A path the command line writes outside the project is the user's own choice
    (`--reports "$RUNNER_TEMP/factlint"`); links that stay inside are followed; a path
    written through a hidden folder was chosen so."""
    (project / "out").mkdir()
    os.symlink("out", project / "build")
    os.symlink("claims", project / "more")
    shutil.copytree(project / "claims", project / ".hidden")
    shutil.copytree(ROOT / "dataset", outside / "dataset")
    runs = [
        ["more/", "--junit", "build/junit.xml", "--reports", "build/reports"],
        [".hidden/good.yaml", "--no-reports"],
        [str(outside / "secrets.yaml"), "--no-reports"],
        ["--dataset", str(outside / "dataset"), "--reports", str(outside / "reports")],
        ["--junit", "../outside/junit.xml", "--no-reports"],
    ]
    codes = [main(["--no-cache", "-q", *run]) for run in runs]
    capsys.readouterr()
    assert codes == [0, 0, 1, 0, 0]
    assert sorted(os.listdir(project / "out")) == ["junit.xml", "reports"]
    assert sorted(os.listdir(outside / "reports")) == [
        "consistency.html",
        "consistency.json",
        "consistency.md",
    ]
    assert (outside / "junit.xml").read_text(encoding="utf-8").startswith("<?xml")


LINK_OUT = (
    "is a symbolic link leading outside the project, so it was not read; commit the file "
    "itself in the project, or remove the link"
)
FOLDER_OUT = (
    "is a symbolic link to a folder outside the project, so no claim file in it was read; "
    "commit the claim files themselves in the project, or remove the link"
)
LINK_HIDDEN = (
    "is a symbolic link into a hidden file or folder (such as .env or .git), so it was not "
    "read; commit the file itself in the project, or remove the link"
)


def test_a_link_out_met_in_a_walk_is_an_e101_in_every_output(
    project: Path, outside: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A pull request committed `claims/new.yaml -> ../../outside/secrets.yaml`, `claims/more
    -> ../../outside` and `claims/env.json -> ../.env`: `validate claims` passed over all
    three unsaid, and CI passed. Each is an E101 at the link, in the text, JSON, SARIF and
    JUnit outputs, the run's other files checked as ever; nothing of their targets is read
    or named, not even by `--show-source`."""
    (project / ".env").write_text("API_TOKEN=not-for-the-log\n", encoding="utf-8")
    os.symlink("../../outside/secrets.yaml", project / "claims" / "new.yaml")
    os.symlink("../../outside", project / "claims" / "more")
    os.symlink("../.env", project / "claims" / "env.json")
    argv = ["--no-cache", "--no-reports", "--sarif", "out.sarif", "--junit", "out.xml"]
    assert main([*argv, "--show-source", "claims"]) == 1
    out = capsys.readouterr().out
    assert out.splitlines() == [
        f"claims/env.json:1:1: E101 error: {LINK_HIDDEN}",
        f"claims/more:1:1: E101 error: {FOLDER_OUT}",
        f"claims/new.yaml:1:1: E101 error: {LINK_OUT}",
        "factlint: 4 files, 1 claim (1 supported, 0 refuted, 0 disputed, 0 undetermined, "
        "0 unverifiable, 0 invalid); 3 findings (3 errors, 0 warnings, 0 info), 0 "
        "acknowledged — fail",
    ]
    expected = [
        ("claims/env.json", LINK_HIDDEN),
        ("claims/more", FOLDER_OUT),
        ("claims/new.yaml", LINK_OUT),
    ]
    sarif = json.loads((project / "out.sarif").read_text(encoding="utf-8"))
    assert [
        (
            r["ruleId"],
            r["level"],
            r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"],
            r["locations"][0]["physicalLocation"]["region"],
            r["message"]["text"],
        )
        for r in sarif["runs"][0]["results"]
    ] == [
        ("E101", "error", file, {"startLine": 1, "startColumn": 1}, message)
        for file, message in expected
    ]
    junit = (project / "out.xml").read_text(encoding="utf-8")
    for file, message in expected:
        assert f'<failure message="E101: {message}" type="E101">{file}:1:1: E101 error: ' in junit
    assert main(["--no-cache", "--no-reports", "--format", "json", "claims"]) == 1
    report = json.loads(capsys.readouterr().out)
    assert [
        (f["code"], f["severity"], f["locations"], f["message"]) for f in report["findings"]
    ] == [
        ("E101", "error", [{"file": file, "line": 1, "column": 1}], message)
        for file, message in expected
    ]
    for written in (out, junit, json.dumps(sarif), json.dumps(report)):
        assert "not-for-the-log" not in written and "api_token" not in written
        assert "../outside" not in written and "secrets" not in written
