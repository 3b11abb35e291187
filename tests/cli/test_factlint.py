"""The `factlint` command (validator.cli.factlint): `check` is `validate`, `draft` drafts,
`--completion` prints a script, anything else exits 2 with one line."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from validator._version import __version__
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


def test_factlint_completion_needs_one_known_shell(capsys: pytest.CaptureFixture[str]) -> None:
    for argv in (["--completion"], ["--completion", "fish"], ["--completion=tcsh"]):
        assert main(argv) == 2
        assert capsys.readouterr().err == "factlint: --completion takes one of bash, zsh\n"
    assert main(["--completion=zsh"]) == 0
    assert capsys.readouterr().out.startswith("#compdef factlint\n")


def test_help_is_the_usage_on_standard_output(capsys: pytest.CaptureFixture[str]) -> None:
    for argv in (["-h"], ["--help"], ["--help", "check"]):
        assert main(argv) == 0
        out, err = capsys.readouterr()
        assert err == ""
        assert out.startswith("usage: factlint {check,draft} ...\n\n  factlint check [PATH ...]")


def test_help_after_a_command_is_that_commands(capsys: pytest.CaptureFixture[str]) -> None:
    """Named as typed: `factlint check --help` printed `usage: validate ...`."""
    assert main(["check", "--help"]) == 0
    assert capsys.readouterr().out.startswith(
        "usage: factlint check [-h] [--dataset PATH] [--config FILE] [--select CODES]\n"
    )
    assert main(["draft", "--help"]) == 0
    assert capsys.readouterr().out.startswith("usage: factlint draft [-h] [--published DATE]")


@pytest.mark.parametrize(
    ("argv", "line"),
    [
        (
            ["--bogus"],
            "unrecognized arguments: --bogus (see factlint check --help)",
        ),
        (
            ["--format", "nope"],
            "argument --format: invalid choice: 'nope' (choose from 'text', 'json', 'github') "
            "(see factlint check --help)",
        ),
        (
            ["--select", "Z9"],
            "--select: 'Z9' matches no finding code; factlint check --list-codes lists them",
        ),
        (["nowhere"], "nowhere: no such file or folder; name claim files or folders"),
        (
            ["--reason", "r"],
            "--reason and --until go with --acknowledge SOURCE/CLAIM CODE "
            "(see factlint check --help)",
        ),
    ],
)
def test_check_names_its_errors_as_typed(
    play_project: Path, capsys: pytest.CaptureFixture[str], argv: list[str], line: str
) -> None:
    """Every line `factlint check` wrote to standard error began `validate:` and sent the
    reader to `validate --help`."""
    assert main(["check", *argv]) == 2
    assert capsys.readouterr() == ("", f"factlint check: {line}\n")
    assert cli.main(argv) == 2
    assert capsys.readouterr() == ("", f"validate: {line.replace('factlint check', 'validate')}\n")


def test_check_names_the_files_it_wrote_as_typed(
    play_project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["check", "--no-cache", "-o", "out.txt", "--sarif", "out.sarif"]) == 0
    assert capsys.readouterr() == (
        "",
        "factlint check: wrote reports/consistency.html, reports/consistency.json, "
        "reports/consistency.md, out.sarif\n",
    )


@pytest.mark.parametrize(
    ("name", "shown"),
    [
        ("", "''"),
        ("Check", "'Check'"),
        ("--check", "'--check'"),
        ("a\nb", "'a\\nb'"),
        ("\x1b]0;owned\x07", "'\\x1b]0;owned\\x07'"),
        ("\u202eabc", "'\\u202eabc'"),
        ("##[error]forged", "'#\\x23[error]forged'"),
        ("##vso[task.complete result=Succeeded;]", "'#\\x23vso[task.complete result=Succeeded;]'"),
    ],
)
def test_an_unknown_command_is_one_inert_line(
    capsys: pytest.CaptureFixture[str], name: str, shown: str
) -> None:
    """A command name as given went to standard error as `repr` wrote it: `##[error]`
    in it was a workflow command a CI runner acts on."""
    assert main([name, "claims"]) == 2
    assert capsys.readouterr() == ("", f"factlint: unknown command {shown}; use check or draft\n")


def test_check_completion_is_factlints(capsys: pytest.CaptureFixture[str]) -> None:
    """`factlint check --completion bash` printed a script for `validate` alone."""
    assert main(["--completion", "bash"]) == 0
    expected = capsys.readouterr().out
    assert main(["check", "--completion", "bash"]) == 0
    assert capsys.readouterr().out == expected
    # The last line registers factlint's function for the command factlint (its options
    # before -F differ between shtab's versions).
    last = expected.splitlines()[-1]
    assert last.startswith("complete -o ")
    assert last.endswith(" -F _shtab_factlint factlint")


def test_completion_needs_exactly_one_shell(capsys: pytest.CaptureFixture[str]) -> None:
    for argv in (["--completion", "bash", "zsh"], ["--completion="], ["--completion=##[x"]):
        assert main(argv) == 2
        assert capsys.readouterr() == ("", "factlint: --completion takes one of bash, zsh\n")


def test_version_is_printed_as_validate_prints_it(capsys: pytest.CaptureFixture[str]) -> None:
    """`factlint --version` was "factlint: unknown command '--version'", exit 2, though
    `validate --version` and `factlint check --version` print it."""
    assert main(["--version"]) == 0
    assert capsys.readouterr() == (f"factlint {__version__}\n", "")
    assert main(["check", "--version"]) == 0
    assert capsys.readouterr() == (f"factlint {__version__}\n", "")


def test_python_m_validator_cli_factlint_runs_the_command() -> None:
    """`python -m validator.cli.factlint` printed nothing and exited 0: the module ran no
    command when run as a script."""
    done = subprocess.run(
        [sys.executable, "-m", "validator.cli.factlint", "--help"],
        cwd=Path(__file__).resolve().parents[2],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert (done.returncode, done.stdout.splitlines()[:1], done.stderr) == (
        0,
        ["usage: factlint {check,draft} ..."],
        "",
    )
