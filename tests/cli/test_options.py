"""The options ruff and flake8 users expect, with those tools' meanings: --exit-zero,
--output-file, --statistics, --show-source, --color, - for standard input, -q in every
format, and the progress line on a terminal. (The project found from the paths given,
and reports only for whole runs: test_plan.)"""

from __future__ import annotations

import functools
import io
import json
import shutil
from pathlib import Path

import pytest

from validator.cli.main import main
from validator.cli.output import use_colour
from validator.cli.progress import Progress

ROOT = Path(__file__).resolve().parents[2]

WRONG = """\
source: {id: wrong, outlet: Example, title: Wrong, published: 2022-12-07}
claims:
  # Mia Threapleton was 22 on the day.
  - {id: age, subject: Mia Threapleton, property: age, value: 21}
  - {id: film, subject: I Am Ruth, property: rotten_tomatoes_score, value: 100}
"""
D201 = (
    "claims/wrong.yaml:4:63: D201 error wrong/age: claims Mia Threapleton age 21 as of "
    "2022-12-07; the dataset gives birth_date 2000-10-12 (Published biographies of Kate "
    "Winslet and her family), so Mia Threapleton was 22 throughout; correct the claim, or "
    "acknowledge it with the fact-check's conclusion"
)
D203 = (
    "claims/wrong.yaml:5:76: D203 warning wrong/film: claims I Am Ruth rotten_tomatoes_score "
    "100% as of 2022-12-07; the dataset has no rotten_tomatoes_score for I Am Ruth to check it "
    "against; add a referenced fact to the dataset if one can be found"
)
SUMMARY = (
    "factlint: 1 file, 2 claims (0 supported, 1 refuted, 0 disputed, 0 undetermined, "
    "1 unverifiable, 0 invalid); 2 findings (1 error, 1 warning, 0 info), 0 acknowledged "
    "\u2014 fail"
)
# --show-source of the failing claim, quiet.
SHOWN_SOURCE = (
    f"{D201}\n"
    "  |\n"
    "4 |   - {id: age, subject: Mia Threapleton, property: age, value: 21}\n"
    "  |                                                               ^\n"
    f"{SUMMARY}\n"
)
REPORTS = (
    "validate: wrote reports/consistency.html, reports/consistency.json, reports/consistency.md\n"
)


@pytest.fixture()
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A claims project with one failing file, run from its root, away from any CI."""
    root = tmp_path / "project"
    shutil.copytree(ROOT / "dataset", root / "dataset")
    (root / "claims").mkdir()
    (root / "claims" / "wrong.yaml").write_text(WRONG, encoding="utf-8")
    (root / "pyproject.toml").write_text(
        '[tool.factlint]\ndataset = "dataset"\npaths = ["claims"]\nreports = "reports"\n'
    )
    monkeypatch.chdir(root)
    for name in ("GITHUB_ACTIONS", "NO_COLOR", "FORCE_COLOR", "CI"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "user-cache"))
    return root


def test_the_text_output(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--no-reports"]) == 1
    assert capsys.readouterr().out == f"{D201}\n{D203}\n{SUMMARY}\n"


def test_exit_zero_passes_a_failing_run_but_not_a_broken_one(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--no-reports", "--exit-zero"]) == 0
    assert capsys.readouterr().out == f"{D201}\n{D203}\n{SUMMARY}\n"
    assert main(["missing", "--no-reports", "--exit-zero"]) == 2


def test_output_file_takes_what_standard_output_would(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--no-reports", "--output-file", "out.txt", "--color", "auto"]) == 1
    assert capsys.readouterr().out == ""
    assert (project / "out.txt").read_text(encoding="utf-8") == f"{D201}\n{D203}\n{SUMMARY}\n"
    assert main(["--no-reports", "-o", "out.json", "--format", "json"]) == 1
    report = json.loads((project / "out.json").read_text(encoding="utf-8"))
    assert [f["code"] for f in report["findings"]] == ["D201", "D203"]


def test_statistics_counts_each_code_most_frequent_first(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (project / "claims" / "more.yaml").write_text(
        WRONG.replace("id: wrong", "id: more").replace("value: 21", "value: 22"),
        encoding="utf-8",
    )
    assert main(["--no-reports", "--statistics"]) == 1
    lines = capsys.readouterr().out.splitlines()
    assert lines[:-1] == [
        "2  D203  warning  unverifiable",
        "1  D201  error    refuted",
    ]
    assert main(["--no-reports", "--statistics", "-q"]) == 1
    assert capsys.readouterr().out.splitlines()[:-1] == [
        "1  D201  error    refuted",
    ]


def test_show_source_puts_the_line_and_a_caret_under_each_finding(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--no-reports", "--show-source", "-q"]) == 1
    assert capsys.readouterr().out == SHOWN_SOURCE


@pytest.mark.parametrize("mark", ["\x85", "\u2028", "\u2029", "\r"])
def test_a_line_break_github_does_not_count_moves_no_finding(
    project: Path, capsys: pytest.CaptureFixture[str], mark: str
) -> None:
    """NEL, LS, PS and a lone CR end a line for YAML and for str.splitlines, not for
    GitHub: one in the source's outlet put the finding two lines down, and
    --show-source printed that other line."""
    broken = WRONG.replace("outlet: Example,", f'outlet: "Ex{mark}am{mark}ple",')
    (project / "claims" / "wrong.yaml").write_text(broken, encoding="utf-8", newline="")
    assert main(["--no-reports", "--show-source", "-q"]) == 1
    assert capsys.readouterr().out == SHOWN_SOURCE


@pytest.mark.parametrize(("ending", "last"), [("\r", "\r"), ("\r\n", "\r\n"), ("\r", "\n")])
def test_show_source_of_a_file_whose_lines_a_cr_ends_is_the_line_an_editor_shows(
    project: Path, capsys: pytest.CaptureFixture[str], ending: str, last: str
) -> None:
    """A file saved with classic Mac OS line endings, a lone CR and no line feed: the
    finding was on line 1, column 184, and --show-source showed the file as that line.
    A final line feed a tool added to it changes no line."""
    saved = WRONG.removesuffix("\n").replace("\n", ending) + last
    (project / "claims" / "wrong.yaml").write_text(saved, encoding="utf-8", newline="")
    assert main(["--no-reports", "--show-source", "-q"]) == 1
    assert capsys.readouterr().out == SHOWN_SOURCE


def test_show_source_leaves_out_a_byte_order_mark(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A file saved by a Windows editor starts with U+FEFF: columns do not count it,
    and the first line shown must not carry it to the terminal."""
    first = "source: {id: Wrong, outlet: Example, title: Wrong, published: 2022-12-07}\n"
    (project / "claims" / "wrong.yaml").write_text("\ufeff" + first + "claims: []\n")
    assert main(["--no-reports", "--show-source", "-q"]) == 1
    assert capsys.readouterr().out.splitlines()[1:4] == [
        "  |",
        f"1 | {first.rstrip()}",
        "  |              ^",
    ]


def test_show_source_shows_a_byte_order_mark_within_the_file(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A second U+FEFF, within the file, is a character like any other: shown raw, the
    line under the finding looked as if nothing was wrong with it. It is shown as
    `\\ufeff`, and the caret stays under the column past it."""
    saved = WRONG.replace("value: 21}", "value: 21}  # \ufeff").replace(
        "  - {id: film", "\ufeff  - {id: film"
    )
    (project / "claims" / "wrong.yaml").write_text("\ufeff" + saved, encoding="utf-8")
    assert main(["--no-reports", "--show-source", "-q"]) == 1
    assert capsys.readouterr().out.splitlines()[:4] == [
        "claims/wrong.yaml:5:4: E101 error: YAML syntax error: did not find expected '-' "
        "indicator while parsing a block collection (started at line 4, column 3) (line 5 "
        "holds a byte order mark, U+FEFF, at column 1: an invisible character YAML takes "
        "only at the very start of a file; delete it)",
        "  |",
        "5 | \\ufeff  - {id: film, subject: I Am Ruth, property: rotten_tomatoes_score, "
        "value: 100}",
        "  |         ^",
    ]
    (project / "claims" / "wrong.yaml").write_text(WRONG.replace("21}", "21}  # \ufeff"))
    assert main(["--no-reports", "--show-source", "-q"]) == 1
    shown = capsys.readouterr().out.splitlines()[2]
    assert (
        shown == "4 |   - {id: age, subject: Mia Threapleton, property: age, value: 21}  # \\ufeff"
    )


def test_show_source_escapes_what_it_shows(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    hostile = WRONG.replace("value: 21}", "value: 21}  # \x1b[2Jgone")
    (project / "claims" / "wrong.yaml").write_text(hostile, encoding="utf-8")
    assert main(["--no-reports", "--show-source", "-q"]) == 1
    out = capsys.readouterr().out
    assert "\x1b" not in out
    assert "value: 21}  # \\x1b[2Jgone\n" in out


@pytest.mark.parametrize(
    ("choice", "environ", "terminal", "expected"),
    [
        ("always", {"NO_COLOR": "1"}, False, True),
        ("never", {"FORCE_COLOR": "1"}, True, False),
        ("auto", {}, True, True),
        ("auto", {}, False, False),
        ("auto", {"NO_COLOR": "1"}, True, False),
        ("auto", {"NO_COLOR": ""}, True, True),  # NO_COLOR counts only when not empty
        ("auto", {"FORCE_COLOR": "1"}, False, True),
        ("auto", {"TERM": "dumb"}, True, False),
    ],
)
def test_when_colour_is_used(
    choice: str, environ: dict[str, str], terminal: bool, expected: bool
) -> None:
    class Stream(io.StringIO):
        def isatty(self) -> bool:
            return terminal

    assert use_colour(choice, Stream(), environ) is expected


def test_colour_always(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--no-reports", "--color", "always", "-q"]) == 1
    out = capsys.readouterr().out
    assert out.splitlines()[0] == (
        "\x1b[1mclaims/wrong.yaml:4:63\x1b[0m: \x1b[1;31mD201 error\x1b[0m wrong/age: claims "
        + D201.split(" wrong/age: claims ", 1)[1]
    )
    assert out.splitlines()[1] == SUMMARY[: -len("fail")] + "\x1b[1;31mfail\x1b[0m"


def test_force_color_and_no_color(
    project: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("FORCE_COLOR", "1")
    assert main(["--no-reports", "-q"]) == 1
    assert "\x1b[1;31mD201 error\x1b[0m" in capsys.readouterr().out
    monkeypatch.setenv("NO_COLOR", "1")
    assert main(["--no-reports", "-q"]) == 1
    assert "\x1b" not in capsys.readouterr().out


def test_a_claim_file_from_standard_input(
    project: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(WRONG.encode())))
    assert main(["-", "--no-reports", "-q"]) == 1
    out = capsys.readouterr().out
    assert out.splitlines()[0] == "-:" + D201.split(":", 1)[1]


def test_quiet_json_lists_only_what_fails(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--no-reports", "--format", "json", "-q"]) == 1
    report = json.loads(capsys.readouterr().out)
    assert [f["code"] for f in report["findings"]] == ["D201"]
    assert report["summary"]["findings"] == 2  # the summary still counts every finding


def test_quiet_github_lists_only_errors(
    project: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("GITHUB_ACTIONS", "true")
    monkeypatch.delenv("GITHUB_STEP_SUMMARY", raising=False)
    assert main(["--no-reports", "-q"]) == 1
    lines = capsys.readouterr().out.splitlines()
    assert [line.split(" ", 1)[0] for line in lines] == ["::error", "factlint:"]


# -- the progress line -------------------------------------------------------------------


def test_the_command_shows_progress_on_a_terminal(
    project: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    ticks = iter(range(0, 1000, 2))  # every reading of the clock two seconds later
    clock = functools.partial(Progress, clock=lambda: float(next(ticks)))
    monkeypatch.setattr("validator.cli.run.Progress", clock)
    monkeypatch.setattr("validator.cli.run.progress_wanted", lambda stream, environ: True)
    assert main(["--no-reports", "--no-cache", "--jobs", "1"]) == 1
    captured = capsys.readouterr()
    assert captured.err == (
        "\r\x1b[Kvalidate: checking files 1/1"
        "\r\x1b[Kvalidate: comparing sources"
        "\r\x1b[Kvalidate: writing reports"
        "\r\x1b[K"
    )
    assert captured.out == f"{D201}\n{D203}\n{SUMMARY}\n"
