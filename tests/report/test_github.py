"""GitHub Actions workflow commands."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from broken_headers import broken_header_result
from reporting_sample import LONG, check_golden, contradiction, sample_result

from validator.model.findings import Finding, Location, make_finding
from validator.model.result import Result
from validator.report.github import (
    ANNOTATION_LIMIT,
    MAX_ANNOTATIONS,
    escape_data,
    escape_property,
    render_github,
)
from validator.report.text import render_text


def _render(*findings: Finding) -> list[str]:
    result = Result(findings=findings, claims=(), sources=(), files=())
    return render_github(result).splitlines()


def test_golden() -> None:
    check_golden("sample.github.txt", render_github(sample_result()))


def test_error_annotation() -> None:
    lines = render_github(sample_result()).splitlines()
    assert (
        "::error file=claims/yahoo.yaml,line=14,col=12,title=X301 yahoo-2022-12/mia-age::"
        "yahoo-2022-12 says 21, tyla-2022-12-07 says 22: no single age of Mia Threapleton "
        "fits both; find out which source is right"
    ) in lines


def test_one_command_per_finding_then_summary() -> None:
    result = sample_result()
    lines = render_github(result).splitlines()
    assert len(lines) == len(result.findings) + 1
    # Errors first, then warnings, then notices (info and acknowledged), each by file:
    # GitHub shows only ten warnings and notices per step.
    assert [line.split(" ", 1)[0] for line in lines[:-1]] == [
        *["::error"] * 4,
        *["::warning"] * 5,
        *["::notice"] * 3,
    ]
    files = [line.split("file=", 1)[1].split(",", 1)[0] for line in lines[:4]]
    assert files == sorted(files)
    assert lines[-1] == render_text(result).splitlines()[-1]


def test_quiet_keeps_only_what_fails_the_run_errors_first() -> None:
    result = sample_result()
    lines = render_github(result, quiet=True).splitlines()
    assert len(lines) == len(result.failing) + 1
    assert {line.split(" ", 1)[0] for line in lines[:-1]} == {"::error"}
    assert lines[-1] == render_text(result).splitlines()[-1]


def test_acknowledged_is_a_notice_with_its_reason() -> None:
    finding = make_finding(
        "D201", "wrong", claims=("s/c",), locations=(Location("a.yaml", 2, 3),)
    ).acknowledge("known, 100%")
    assert _render(finding)[0] == (
        "::notice file=a.yaml,line=2,col=3,title=D201 s/c (acknowledged)::"
        "wrong [acknowledged: known, 100%25]"
    )


def test_escaping() -> None:
    finding = make_finding(
        "E101",
        "50% done\r\nnext: line",
        locations=(Location("dir,with:odd%name.yaml", 1, 1),),
    )
    assert _render(finding)[0] == (
        "::error file=dir%2Cwith%3Aodd%25name.yaml,line=1,col=1,title=E101::"
        "50%25 done\\r\\nnext: line"
    )
    assert escape_data("a%b\nc") == "a%25b%0Ac"
    assert escape_property("a:b,c%\r") == "a%3Ab%2Cc%25%0D"


def test_without_location() -> None:
    assert _render(make_finding("E108", "unused", claims=("s/c",)))[0] == (
        "::warning title=E108 s/c::unused"
    )


def test_long_finding_is_one_annotation_capped_at_the_annotation_limit() -> None:
    lines = render_github(contradiction(LONG)).splitlines()
    assert len(lines) == 2
    # The note for 200,000 characters takes 60, which leaves 939 of the 1,000: exactly
    # 94 nine-digit words and the 93 spaces between them.
    shown = (
        " ".join(f"{i:09d}" for i in range(94))
        + " \u2026 (199,061 more characters; consistency.json has it whole)"
    )
    assert len(shown) <= ANNOTATION_LIMIT
    assert lines[0] == f"::error file=f000.yaml,line=1,col=1,title=X301 s000/c0000::{shown}"


def test_a_run_full_of_errors_annotates_the_first_thousand_and_counts_the_rest() -> None:
    """Scenario 10: the log gets at most MAX_ANNOTATIONS annotations, then one line."""
    findings = tuple(
        make_finding(
            "D201",
            f"claim {i} is refuted",
            claims=(f"s/c{i}",),
            locations=(Location("f.yaml", i + 1, 1),),
        )
        for i in range(1_234)
    )
    lines = render_github(Result(findings=findings, claims=(), sources=(), files=())).splitlines()
    assert MAX_ANNOTATIONS == 1_000
    assert len(lines) == 1_002
    # In order of file and line, the first thousand.
    assert (
        lines[999] == "::error file=f.yaml,line=1000,col=1,title=D201 s/c999::claim 999 is refuted"
    )
    assert (
        lines[1000] == "factlint: 234 more findings not annotated; consistency.json lists them all"
    )
    assert lines[1001].startswith("factlint: 0 files, 0 claims")


def test_a_run_without_reports_says_how_to_see_what_it_left_out() -> None:
    """With --no-reports the notes named consistency.json, a file the run did not write."""
    findings = tuple(
        make_finding(
            "D201", f"claim {i}", claims=(f"s/c{i}",), locations=(Location("f.yaml", i, 1),)
        )
        for i in range(1, 1_003)
    )
    result = Result(findings=findings, claims=(), sources=(), files=())
    lines = render_github(result, reports=False).splitlines()
    assert lines[1000] == "factlint: 2 more findings not annotated; --format json lists them all"
    (long,) = render_github(contradiction(LONG), reports=False).splitlines()[:1]
    assert long.endswith(" \u2026 (199,061 more characters; --format json has it whole)")


def test_the_sources_rows_change_no_annotation_nor_the_text_output(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Neither the annotations nor the text lines have a per-source part."""
    result = broken_header_result(tmp_path, monkeypatch)
    usable = replace(result, sources=tuple(s for s in result.sources if s.usable))
    assert render_github(result) == render_github(usable)
    assert render_text(result) == render_text(usable)


def _as_the_runner_reads(line: str) -> tuple[str, dict[str, str], str]:
    """A workflow command as GitHub's runner parses it (`ActionCommand.TryParseV2`): the
    name, the properties split at `,` and their first `=`, the data after the second
    `::`; each property and the data unescaped in the runner's order, `%25` last."""
    assert line.startswith("::")
    end = line.index("::", 2)
    name, _, properties = line[2:end].partition(" ")

    def unescape(text: str, codes: tuple[tuple[str, str], ...]) -> str:
        for code, char in (*codes, ("%25", "%")):
            text = text.replace(code, char)
        return text

    line_breaks = (("%0D", "\r"), ("%0A", "\n"))
    pairs = (pair.split("=", 1) for pair in properties.strip().split(",") if pair)
    read = {
        key: unescape(value, (*line_breaks, ("%3A", ":"), ("%2C", ","))) for key, value in pairs
    }
    return name, read, unescape(line[end + 2 :], line_breaks)


def test_a_hostile_file_name_is_percent_encoded_as_github_documents() -> None:
    """A line break in a file name was written as a literal `\\n`, so the runner read the
    name with a backslash in it and the annotation named a file that does not exist.
    Now CR, LF, `%`, `:` and `,` are written as GitHub's property escapes; the characters
    GitHub has no escape for (ESC, bidi controls) still show as `terminal_safe` escapes,
    and `##vso[` still cannot reach the log whole."""
    names = {
        "claims/a\nb.yaml": "claims/a%0Ab.yaml",
        "c\r\nd.yaml": "c%0D%0Ad.yaml",
        "::e,f%0A.yaml": "%3A%3Ae%2Cf%250A.yaml",
        "g%25h:i,.yaml": "g%2525h%3Ai%2C.yaml",
        "x\n::error::forged.yaml": "x%0A%3A%3Aerror%3A%3Aforged.yaml",
        "j\x1bk\u202e.yaml": "j\\x1bk\\u202e.yaml",
        "##vso[task.setvariable]x\r.yaml": "#\\x23vso[task.setvariable]x%0D.yaml",
    }
    for name, written in names.items():
        line = _render(make_finding("E101", "m", locations=(Location(name, 3, 4),)))[0]
        assert line == f"::error file={written},line=3,col=4,title=E101::m"
    for name in list(names)[:5]:  # those GitHub's escapes cover: read back exactly
        line = _render(make_finding("E101", "m", locations=(Location(name, 3, 4),)))[0]
        assert _as_the_runner_reads(line) == (
            "error",
            {"file": name, "line": "3", "col": "4", "title": "E101"},
            "m",
        )


def test_a_hostile_message_is_one_line_of_the_log_with_its_percent_escaped() -> None:
    """The runner writes a message into the log: a line break in it is shown as `\\n`
    (as the text format shows it), so no decoded line of the claim's choosing follows;
    `%` is `%25`, so `%0A` written in a claim reads back as itself."""
    message = "a\nb\r\n::error::forged 100%0A, ##[error]x: y"
    line = _render(make_finding("E101", message, locations=(Location("f.yaml", 1, 1),)))[0]
    assert line == (
        "::error file=f.yaml,line=1,col=1,title=E101::"
        "a\\nb\\r\\n::error::forged 100%250A, #\\x23[error]x: y"
    )
    assert _as_the_runner_reads(line)[2] == ("a\\nb\\r\\n::error::forged 100%0A, #\\x23[error]x: y")
