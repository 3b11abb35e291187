"""One run of the command (validator.cli.run): what --explain suggests for a claim id
it cannot find."""

from __future__ import annotations

import io
import json
import os
import sys
from pathlib import Path

import pytest

from tests.claims_project import claims_project
from validator.cli.main import main

FIRST = """\
source: {id: first, outlet: Example, title: First, published: 2022-12-07}
claims:
  - {id: mia-age, subject: Mia Threapleton, property: age, value: 22}
"""
SECOND = """\
source: {id: second, outlet: Example, title: Second, published: 2022-12-07}
claims:
  - {id: mia-age, subject: Mia Threapleton, property: age, value: 22}
"""


@pytest.fixture()
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    files = {"first.yaml": FIRST, "second.yaml": SECOND}
    return claims_project(tmp_path / "project", monkeypatch, files)


def explained(capsys: pytest.CaptureFixture[str], full_id: str, suggested: str) -> None:
    """An id not of the form SOURCE/CLAIM is told the form; one of it, where it was
    looked for."""
    formed = full_id.count("/") == 1 and "" not in full_id.split("/")
    where, form = (" in the files checked", "") if formed else ("", " (write it as SOURCE/CLAIM)")
    assert main(["--no-cache", "--no-reports", "--explain", full_id]) == 2
    assert capsys.readouterr() == (
        "",
        f"validate: --explain: no claim '{full_id}'{where}{suggested}{form} "
        "(see validate --help)\n",
    )


@pytest.mark.parametrize("full_id", ["/first/mia-age", "first//mia-age", "first/mia-age/"])
def test_an_id_with_slashes_out_of_place_is_told_the_claim_it_names(
    project: Path, capsys: pytest.CaptureFixture[str], full_id: str
) -> None:
    """The suggester compares ids without their punctuation, so it took these for
    `first/mia-age` itself and left that out of its suggestions."""
    explained(capsys, full_id, "; did you mean 'first/mia-age' or 'second/mia-age'?")


def test_a_claim_s_own_id_is_told_each_source_s_claim_of_that_id(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    explained(capsys, "mia-age", "; did you mean 'first/mia-age' or 'second/mia-age'?")


def test_an_id_like_no_claim_is_told_none(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    explained(capsys, "/", "")
    explained(capsys, "elsewhere/height", "")


def test_an_id_is_quoted_escaped_and_cut_short_on_one_line(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A terminal escape, a right-to-left override, a newline and a zero width space
    are shown as escapes, and the id is cut at 80 characters as other quoted values."""
    full_id = "a\x1b[2J\u202eb\nc\u200b" + "d" * 99
    assert main(["--no-cache", "--no-reports", "--explain", full_id]) == 2
    assert capsys.readouterr() == (
        "",
        "validate: --explain: no claim 'a\\x1b[2J\\u202eb\\nc\\u200b" + "d" * 69 + "\u2026' "
        "(write it as SOURCE/CLAIM) (see validate --help)\n",
    )


class _ClosedPipe(io.StringIO):
    """Standard output whose reader has gone, as `validate | head -1` leaves it."""

    def write(self, text: str) -> int:
        raise BrokenPipeError(32, "Broken pipe")


def test_a_reader_that_stops_reading_leaves_the_exit_status_as_it_is(
    project: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """`validate --junit /dev/stdout | head -3` ended in "internal error: BrokenPipeError
    ...; please report it" and exit status 2."""
    monkeypatch.setattr(sys, "stdout", _ClosedPipe())
    assert main(["--no-cache", "--no-reports"]) == 0
    assert capsys.readouterr().err == ""
    (project / "claims" / "third.yaml").write_text(
        "source: {id: third, outlet: X, title: T, published: 2022-12-07}\n"
        "claims:\n  - {id: mia-age, subject: Mia Threapleton, property: age, value: 30}\n",
        encoding="utf-8",
    )
    assert main(["--no-cache", "--no-reports"]) == 1
    assert capsys.readouterr().err == ""


class _FullDisk(io.StringIO):
    """Standard output on a full disk, as `validate > /dev/full` has it."""

    def write(self, text: str) -> int:
        raise OSError(28, "No space left on device")


def test_standard_output_that_cannot_be_written_is_said_so_not_an_internal_error(
    project: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """It said "validate: internal error: OSError: [Errno 28] No space left on device;
    please report it (run with -v for the traceback)"."""
    monkeypatch.setattr(sys, "stdout", _FullDisk())
    assert main(["--no-cache", "--no-reports"]) == 2
    assert capsys.readouterr().err == (
        "validate: cannot write standard output: No space left on device\n"
    )


@pytest.mark.parametrize(
    ("full_id", "shown"),
    [
        ("FIRST/MIA-AGE", "FIRST/MIA-AGE"),
        ("first/mia-age\n", "first/mia-age\\n"),
        ("\u202efirst/mia-age", "\\u202efirst/mia-age"),
        (" first/mia age", " first/mia age"),
    ],
)
def test_an_id_differing_only_in_case_spacing_or_invisible_characters_is_told_the_claim(
    project: Path, capsys: pytest.CaptureFixture[str], full_id: str, shown: str
) -> None:
    """The suggester compares ids without their case and punctuation, so it took these for
    `first/mia-age` itself and left that out, suggesting only `second/mia-age`."""
    assert main(["--no-cache", "--no-reports", "--explain", full_id]) == 2
    assert capsys.readouterr() == (
        "",
        f"validate: --explain: no claim '{shown}' in the files checked; did you mean "
        "'first/mia-age' or 'second/mia-age'? (see validate --help)\n",
    )


HOSTILE = """\
source: {id: hostile, outlet: Example, title: Hostile, published: 2022-12-07}
claims:
  - id: said
    subject: Kate Winslet
    property: said
    value: "x\\u202e\\u2066 \\x7f\\x9b ##vso[task.prependpath]/tmp/evil ##[error]y"
"""


def test_a_written_baseline_holds_no_control_bidi_or_runner_command_but_reads_back_exactly(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """A baseline is committed and reviewed as a diff: it held a claim's bidi controls,
    DEL and C1 as they are (so a diff showed its lines reordered), and `##vso[` and
    `##[`, which a runner acts on when a step prints the diff. Written as the JSON
    reports are, it reads back as the same findings."""
    claims_project(tmp_path / "project", monkeypatch, {"hostile.yaml": HOSTILE})
    assert main(["--no-cache", "--no-reports", "--write-baseline"]) == 0
    capsys.readouterr()
    text = (tmp_path / "project" / "factlint-baseline.json").read_text(encoding="utf-8")
    assert (
        'claims Kate Winslet said \\"x\\u202e\\u2066 \\u007f\\u009b ##vso\\u005btask.prependpath]'
        '/tmp/evil ##\\u005berror]y\\"; the dataset has no transcript' in text
    )
    assert all(c.isprintable() or c == "\n" for c in text)
    assert main(["--no-cache", "--no-reports", "--baseline", "factlint-baseline.json"]) == 0
    out = capsys.readouterr().out
    assert "acknowledged: baseline: accepted when the baseline was written" in out


def _unknown_subjects(project: Path, count: int) -> None:
    rows = "".join(
        f"  - {{id: c{i}, subject: Nobody {i}, property: running_time, value: 150}}\n"
        for i in range(count)
    )
    (project / "claims" / "a.yaml").write_text(
        f"source: {{id: a, outlet: A, title: T, published: 2025-03-07}}\nclaims:\n{rows}",
        encoding="utf-8",
    )


def test_a_run_without_reports_names_none_in_its_notes_of_what_it_left_out(
    play_project: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Past the annotations' limit the log said "consistency.json lists them all", and
    the job summary sent the reader there too, in a --no-reports run that wrote none."""
    _unknown_subjects(play_project, 1_002)
    summary = play_project / "summary.md"
    monkeypatch.setenv("GITHUB_ACTIONS", "true")
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", str(summary))
    assert main(["claims", "--no-reports", "--no-cache"]) == 1
    lines = capsys.readouterr().out.splitlines()
    assert lines[1000] == "factlint: 2 more findings not annotated; --format json lists them all"
    text = summary.read_text(encoding="utf-8")
    assert "*952 more findings not shown here; --format json lists them all.*" in text
    assert "consistency." not in text
    summary.unlink()
    assert main(["claims", "--no-cache"]) == 1
    lines = capsys.readouterr().out.splitlines()
    assert lines[1000] == "factlint: 2 more findings not annotated; consistency.json lists them all"
    text = summary.read_text(encoding="utf-8")
    assert "*952 more findings not shown here; consistency.json lists them all.*" in text


def test_the_job_summary_fits_beside_what_the_step_wrote_before(
    play_project: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The summary kept to its own budget but ignored what the file held already: after
    an earlier command's 1,040,000 bytes it took the file over GitHub's 1 MiB."""
    _unknown_subjects(play_project, 60)
    summary = play_project / "summary.md"
    monkeypatch.setenv("GITHUB_ACTIONS", "true")
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", str(summary))
    summary.write_bytes(b"x" * 1_040_000)
    assert main(["claims", "--no-reports", "--no-cache", "-q"]) == 1
    capsys.readouterr()
    text = summary.read_bytes()
    assert 1_040_000 < len(text) <= 1_048_576
    assert text.endswith(
        b"\n*The summary stops here to stay under GitHub's size limit; "
        b"--format json has everything.*\n"
    )
    summary.write_bytes(b"x" * 1_048_500)
    assert main(["claims", "--no-reports", "--no-cache"]) == 1
    assert capsys.readouterr().err == (
        "validate: job summary not written: GITHUB_STEP_SUMMARY holds 1,048,500 bytes "
        "already, and GitHub shows no step's summary over 1 MiB\n"
    )
    assert summary.read_bytes() == b"x" * 1_048_500


def test_sarif_paths_are_relative_to_the_project_root_wherever_the_run_starts(
    play_project: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Run from a folder of the project, SARIF's paths were relative to that folder
    (`../claims/a.yaml`), which code scanning resolves against the repository's root."""
    _unknown_subjects(play_project, 1)
    assert main(["claims", "--no-reports", "--no-cache", "--sarif", "root.sarif"]) == 1
    capsys.readouterr()
    (play_project / "docs").mkdir()
    monkeypatch.chdir(play_project / "docs")
    assert main(["../claims", "--no-reports", "--no-cache", "--sarif", "../docs.sarif"]) == 1
    assert capsys.readouterr().out.startswith("../claims/a.yaml:3:")
    root = (play_project / "root.sarif").read_text(encoding="utf-8")
    assert (play_project / "docs.sarif").read_text(encoding="utf-8") == root
    assert '"uri": "claims/a.yaml",\n                  "uriBaseId": "%SRCROOT%"' in root


def test_a_configured_baseline_that_cannot_be_read_names_the_configuration(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A baseline named by the configuration was refused as one named by --baseline."""
    (project / "pyproject.toml").write_text(
        '[tool.factlint]\ndataset = "dataset"\nbaseline = "kept.json"\n'
    )
    fix = "; fix it, or write it anew with --write-baseline\n"
    assert main(["--no-cache", "--no-reports"]) == 2
    assert capsys.readouterr() == (
        "",
        f"validate: baseline: kept.json ('baseline' in pyproject.toml:3:12): does not exist{fix}",
    )
    (project / "kept.json").write_text("{\n", encoding="utf-8")
    assert main(["--no-cache", "--no-reports"]) == 2
    assert capsys.readouterr() == (
        "",
        "validate: baseline: kept.json:2:1: not JSON: Expecting property name enclosed in "
        f"double quotes ('baseline' in pyproject.toml:3:12){fix}",
    )
    assert main(["--no-cache", "--no-reports", "--baseline", "kept.json"]) == 2
    assert capsys.readouterr() == (
        "",
        "validate: baseline: kept.json:2:1: not JSON: Expecting property name enclosed in "
        f"double quotes{fix}",
    )


@pytest.mark.parametrize("start", ["parent", "sibling"])
def test_sarif_paths_are_the_same_bytes_from_outside_the_project(
    play_project: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    start: str,
) -> None:
    """Run from the folder above the project (`validate proj/claims`), SARIF's paths
    were relative to that folder (`proj/claims/a.yaml`), which code scanning resolves
    against the repository's root, so every alert pointed at no file."""
    _unknown_subjects(play_project, 1)
    assert main(["claims", "--no-reports", "--no-cache", "--sarif", "root.sarif"]) == 1
    capsys.readouterr()
    name = play_project.name
    folder = play_project.parent
    if start == "sibling":
        folder = play_project.parent / f"{name}-sibling"
        folder.mkdir()
    monkeypatch.chdir(folder)
    claims = os.path.relpath(play_project / "claims")
    output = os.path.relpath(play_project / "outside.sarif")
    assert main([claims, "--no-reports", "--no-cache", "--sarif", output]) == 1
    assert capsys.readouterr().out.startswith(f"{claims}/a.yaml:3:")
    root = (play_project / "root.sarif").read_bytes()
    assert (play_project / "outside.sarif").read_bytes() == root


def test_a_file_outside_the_project_is_named_by_no_uri_and_linked_by_no_report(
    play_project: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """`validate claims ../other/x.yaml` wrote the outside file's result at the URI
    `../other/x.yaml` under %SRCROOT% (outside every checkout, and code scanning refuses
    the whole file for it), and the reports and the job summary linked it from the
    reports folder (`../../other/x.yaml#L3`) and the commit (`.../blob/SHA/../other`).
    The SARIF file counts it instead; the reports and the summary name it unlinked."""
    _unknown_subjects(play_project, 1)
    other = play_project.parent / f"{play_project.name}-other"
    other.mkdir()
    (other / "x.yaml").write_text(
        (play_project / "claims" / "a.yaml").read_text().replace("id: a,", "id: x,")
    )
    summary = play_project / "summary.md"
    monkeypatch.setenv("GITHUB_ACTIONS", "true")
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", str(summary))
    monkeypatch.setenv("GITHUB_SERVER_URL", "https://github.com")
    monkeypatch.setenv("GITHUB_REPOSITORY", "o/r")
    monkeypatch.setenv("GITHUB_SHA", "a" * 40)
    monkeypatch.setenv("GITHUB_WORKSPACE", str(play_project))
    outside = f"../{other.name}/x.yaml"
    assert main(["claims", outside, "--no-cache", "--sarif", "out.sarif"]) == 1
    capsys.readouterr()
    sarif = json.loads((play_project / "out.sarif").read_text(encoding="utf-8"))
    (run,) = sarif["runs"]
    uris = {
        r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] for r in run["results"]
    }
    assert uris == {"claims/a.yaml"}
    assert run["properties"] == {"resultsOutsideProject": 1}
    markdown = (play_project / "reports" / "consistency.md").read_text(encoding="utf-8")
    escaped = outside.replace("_", "\\_")  # as Markdown shows it
    assert f"| {escaped}:3:23 |" in markdown
    assert "| [claims/a.yaml:3:23](../claims/a.yaml#L3) |" in markdown
    html = (play_project / "reports" / "consistency.html").read_text(encoding="utf-8")
    assert f'<span class="loc">{outside}:3:23</span>' in html
    assert '<a class="loc" href="../claims/a.yaml#L3">claims/a.yaml:3:23</a>' in html
    shown = summary.read_text(encoding="utf-8")
    assert f"| {escaped}:3:23 |" in shown
    assert f"(https://github.com/o/r/blob/{'a' * 40}/claims/a.yaml#L3)" in shown
    for text in (markdown, html, shown):
        assert "/x.yaml#L" not in text and "x.yaml)" not in text
