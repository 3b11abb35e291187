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


def test_the_sources_rows_change_no_annotation_nor_the_text_output(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Neither the annotations nor the text lines have a per-source part."""
    result = broken_header_result(tmp_path, monkeypatch)
    usable = replace(result, sources=tuple(s for s in result.sources if s.usable))
    assert render_github(result) == render_github(usable)
    assert render_text(result) == render_text(usable)
