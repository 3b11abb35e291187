"""The command's options as argparse reads them: an option that names a file, a folder
or a claim is refused when its value is empty, before anything is read or written."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.claims_project import claims_project
from validator.cli.main import main
from validator.cli.parser import build_parser

GOOD = """\
source: {id: good, outlet: Example, title: Good, published: 2022-12-07}
claims:
  - {id: age, subject: Mia Threapleton, property: age, value: 22}
"""

EMPTY = [
    ("--dataset", "--dataset", "a file or folder"),
    ("--config", "--config", "a file"),
    ("--baseline", "--baseline", "a file"),
    ("--cache-dir", "--cache-dir", "a folder"),
    ("--reports", "--reports", "a folder"),
    ("-o", "-o/--output-file", "a file"),
    ("--output-file", "-o/--output-file", "a file"),
    ("--junit", "--junit", "a file"),
    ("--sarif", "--sarif", "a file"),
    ("--claimreview", "--claimreview", "a file"),
    ("--write-baseline", "--write-baseline", "a file"),
    ("--explain", "--explain", "a claim's id, SOURCE/CLAIM"),
]


@pytest.mark.parametrize(("option", "spelt", "what"), EMPTY)
def test_an_empty_value_is_refused_before_the_run(
    option: str,
    spelt: str,
    what: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """`--sarif "$SARIF"` with the variable unset wrote no SARIF and said nothing;
    `--explain ""` ran the whole run and wrote the reports."""
    project = claims_project(tmp_path, monkeypatch, {"good.yaml": GOOD})
    assert main([option, ""]) == 2
    assert capsys.readouterr() == (
        "",
        f"validate: argument {spelt}: expected {what}, not an empty value (see validate --help)\n",
    )
    assert sorted(p.name for p in project.iterdir()) == ["claims", "dataset", "pyproject.toml"]


def test_write_baseline_without_a_value_still_names_the_default(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    project = claims_project(tmp_path, monkeypatch, {"good.yaml": GOOD})
    assert main(["--no-cache", "--write-baseline"]) == 0
    assert capsys.readouterr().err == "validate: wrote 0 findings to factlint-baseline.json\n"
    assert (project / "factlint-baseline.json").is_file()


def test_the_defaults_a_configuration_sets_are_named_before_the_built_in_ones() -> None:
    """`--dataset` said "(default: dataset/)" where a `dataset` key in [tool.factlint]
    is the default, and the built-in one only without it; so for PATH and --fail-on."""
    helps = {
        action.dest: action.help for action in build_parser()._actions if action.help is not None
    }
    assert helps["paths"] == (
        "files or folders to check, - for standard input (default: the configured paths, "
        "else claims/)"
    )
    assert (
        helps["dataset"] == "the canonical dataset (default: the configured dataset, else dataset/)"
    )
    assert helps["fail_on"] == (
        "the lowest severity that fails the run (default: the configured fail-on, else error)"
    )


def test_until_is_told_as_the_last_day_the_acknowledgement_holds() -> None:
    """Said "the day --acknowledge's acknowledgement expires", read as expired on it,
    where an acknowledgement holds through its `until` day and has expired after it."""
    helps = {action.dest: action.help for action in build_parser()._actions}
    assert (
        helps["until"] == "the last day --acknowledge's acknowledgement holds; it expires after it"
    )
