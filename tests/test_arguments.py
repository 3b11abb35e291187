"""The settings the command and the Python API both take, checked by one function: each
problem names the setting as its caller spells it and says what would be accepted; a
path written inside the project is held to it."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from validator.arguments import (
    ArgumentError,
    Checked,
    check_arguments,
    check_codes,
    check_given_paths,
    check_named_file,
    check_named_path,
    control_character,
    did_you_mean,
)
from validator.model.findings import Severity
from validator.settle.selection import RuleSelection

LEADS_OUT = (
    "lies in the project, but a link in it leads outside the project: a link committed "
    "there must not take factlint elsewhere; give the path it leads to instead, if that "
    "is meant"
)


@pytest.mark.parametrize(
    ("found", "words"),
    [
        ((), ""),
        (("D201",), "; did you mean 'D201'?"),
        (("D201", "D202"), "; did you mean 'D201' or 'D202'?"),
        (("D201", "D202", "D203"), "; did you mean 'D201', 'D202' or 'D203'?"),
    ],
)
def test_did_you_mean(found: tuple[str, ...], words: str) -> None:
    assert did_you_mean(found) == words


@pytest.mark.parametrize(
    ("codes", "parsed"),
    [("D2,X", ("D2", "X")), (["D201"], ("D201",)), ("", ()), ((), ()), ("E10", ("E10",))],
)
def test_codes_and_prefixes_are_taken_as_text_or_a_list(
    codes: Any, parsed: tuple[str, ...]
) -> None:
    assert check_codes("select", codes) == parsed


@pytest.mark.parametrize(
    ("codes", "problem"),
    [
        (5, "expected codes such as ['D2', 'X301'], not 5"),
        (["D2", 3], "expected codes such as ['D2', 'X301'], not ['D2', 3]"),
        ("Z9", "'Z9' matches no finding code; validate --list-codes lists them"),
        # Quoted as written, not in upper case ("\x1b[31m" was quoted "\x1b[31M").
        (
            "D20l",
            "'D20l' matches no finding code; did you mean 'D201', 'D202' or 'D203'?; "
            "validate --list-codes lists them",
        ),
        (
            "x3o1",
            "'x3o1' matches no finding code; did you mean 'X301'?; validate --list-codes lists "
            "them",
        ),
        # A configuration's code of any length is quoted cut short.
        ("Q" * 50, f"'{'Q' * 39}…' matches no finding code; validate --list-codes lists them"),
    ],
)
def test_a_code_that_names_nothing_is_refused_with_its_setting(codes: Any, problem: str) -> None:
    with pytest.raises(ArgumentError) as caught:
        check_codes("--select", codes)
    assert (caught.value.name, caught.value.problem) == ("--select", problem)
    assert str(caught.value) == f"--select: {problem}"


def test_the_settings_by_default_and_as_given() -> None:
    assert check_arguments() == Checked(RuleSelection((), ()), Severity.ERROR, 1)
    assert check_arguments(select="D2", ignore=["X301"], fail_on="warning", jobs=0) == Checked(
        RuleSelection(("D2",), ("X301",)), Severity.WARNING, 0
    )


@pytest.mark.parametrize(
    ("given", "message"),
    [
        ({"fail_on": "info"}, "--fail-on: expected 'error' or 'warning', not 'info'"),
        ({"jobs": True}, "--jobs: expected a number of processes, 0 or more, not True"),
        ({"jobs": -1}, "--jobs: expected a number of processes, 0 or more, not -1"),
        ({"jobs": "2"}, "--jobs: expected a number of processes, 0 or more, not '2'"),
        ({"jobs": 1.0}, "--jobs: expected a number of processes, 0 or more, not 1.0"),
        (
            {"ignore": "Z"},
            "--ignore: 'Z' matches no finding code; validate --list-codes lists them",
        ),
    ],
)
def test_a_setting_is_named_as_its_caller_spells_it(given: dict[str, Any], message: str) -> None:
    names = {"fail_on": "--fail-on", "jobs": "--jobs", "ignore": "--ignore"}
    with pytest.raises(ArgumentError) as caught:
        check_arguments(**given, names=names)
    assert str(caught.value) == message
    with pytest.raises(ArgumentError) as python:
        check_arguments(**given)
    assert python.value.name == next(iter(given))  # the Python name by default


@pytest.fixture()
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A project whose `out` is a link to a folder outside it."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "p" / "claims").mkdir(parents=True)
    (tmp_path / "o").mkdir()
    (tmp_path / "p" / "out").symlink_to("../o")
    return tmp_path / "p"


def test_a_path_in_the_project_may_not_lead_out_of_it(project: Path) -> None:
    check_named_path("--dataset", "p/claims", "p", read=True)
    for path in ("p/out", "p/out/x.yaml"):
        with pytest.raises(ArgumentError) as caught:
            check_named_path("--dataset", path, "p", read=True)
        assert str(caught.value) == f"--dataset: '{path}' {LEADS_OUT}"
    with pytest.raises(ArgumentError) as shown:
        check_named_path("--dataset", "p/out", "p", read=True, shown="data")
    assert str(shown.value) == f"--dataset: 'data' {LEADS_OUT}"


def test_a_file_written_is_held_to_the_project_by_its_folder(project: Path) -> None:
    check_named_file("--output-file", "report.txt", "p")
    check_named_file("--output-file", "p/claims/report.txt", "p")
    with pytest.raises(ArgumentError) as caught:
        check_named_file("--output-file", "p/out/report.txt", "p")
    assert str(caught.value) == f"--output-file: 'p/out/report.txt' {LEADS_OUT}"


@pytest.mark.parametrize(
    ("paths", "dataset", "cache_dir", "message"),
    [
        (["-", "p/claims"], None, None, None),  # standard input is no path
        ([Path("p/out")], None, None, f"paths: 'p/out' {LEADS_OUT}"),
        (["p/claims"], "p/out", None, f"dataset: 'p/out' {LEADS_OUT}"),
        (["p/claims"], None, "p/out/cache", f"cache_dir: 'p/out/cache' {LEADS_OUT}"),
    ],
)
def test_the_paths_given_to_the_api_are_named_as_python_spells_them(
    project: Path, paths: list[Any], dataset: str | None, cache_dir: str | None, message: str | None
) -> None:
    if message is None:
        check_given_paths(paths, dataset, cache_dir, "p")
        return
    with pytest.raises(ArgumentError) as caught:
        check_given_paths(paths, dataset, cache_dir, "p")
    assert str(caught.value) == message


def test_a_control_line_or_bidi_character_of_a_path_is_found_and_quoted() -> None:
    """A byte of a name that is not UTF-8 (a lone surrogate) is a name's, not a
    character to refuse."""
    assert control_character("out\x1b[31m") == "'\\x1b'"
    assert control_character("x\n::error::y") == "'\\n'"
    assert control_character("a\u2028\u202e") == "'\\u2028'"
    assert control_character("a\x85") == "'\\x85'"
    assert control_character("r\udce9ports") == ""
    assert control_character("reports/été") == ""
