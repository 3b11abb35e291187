"""The `factlint` command: `check` is `validate`, `draft` drafts, anything else exits 2."""

from __future__ import annotations

from pathlib import Path

import pytest

from validator.cli import main as cli
from validator.cli.factlint import main


def test_check_runs_what_validate_runs(
    play_project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (play_project / "claims" / "a.yaml").write_text(
        "source: {id: a, outlet: A, title: T, published: 2025-03-07}\n"
        "claims:\n"
        "  - {id: c, subject: The Glass Orchard, property: running_time, value: 150}\n"
        "  - {id: d, subject: Nobody, property: running_time, value: 150}\n",
        encoding="utf-8",
    )
    args = ["claims", "--no-reports", "--no-cache"]
    expected = cli.main(args)
    validate_out = capsys.readouterr()
    assert main(["check", *args]) == expected == 1
    check_out = capsys.readouterr()
    assert check_out == validate_out
    assert "E104 error a/d: " in check_out.out


def test_draft_is_the_draft_command(play_project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (play_project / "a.txt").write_text("The Glass Orchard is sold out.\n", encoding="utf-8")
    assert main(["draft", "a.txt", "--published", "2025-03-07", "--outlet", "X"]) == 0
    assert "    property: sold_out\n    value: true\n" in capsys.readouterr().out


def test_an_unknown_command_exits_2(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["lint", "claims"]) == 2
    assert capsys.readouterr().err == "factlint: unknown command 'lint'; use check or draft\n"


def test_no_command_is_one_line_saying_to_name_one(capsys: pytest.CaptureFixture[str]) -> None:
    """It printed the whole usage, five lines, where every other exit 2 is one line."""
    assert main([]) == 2
    assert capsys.readouterr() == (
        "",
        "factlint: name a command: check or draft (see factlint --help)\n",
    )


def test_help_exits_0(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--help"]) == 0
    out = capsys.readouterr().out
    assert "factlint check [PATH ...]" in out and "factlint draft ARTICLE" in out
