"""Laws of the outputs: whatever text a hostile claim file holds, no line of the text or
GitHub output, of `--explain` or of standard error starts a workflow command but the
tool's own annotations, and no raw control or bidi character reaches any format."""

from __future__ import annotations

import json
import os
import re
from dataclasses import replace
from urllib.parse import unquote_to_bytes

from hypothesis import given, settings
from hypothesis import strategies as st

from validator.model.findings import Location, make_finding
from validator.model.result import ClaimRecord, Result, SourceRecord, Verdict
from validator.report import (
    render_github,
    render_html,
    render_json,
    render_junit,
    render_markdown,
    render_sarif,
    render_text,
)
from validator.report.escaping import UNSAFE_CHARACTERS, stderr_line, terminal_safe, visible
from validator.report.explain import explain

from .strategies import file_name_bytes, hostile_text

RAW = re.compile(f"[{UNSAFE_CHARACTERS}]")
# The runner's property escapes, undone as it undoes them (ActionCommand.UnescapeProperty).
_UNESCAPE = (("%0D", "\r"), ("%0A", "\n"), ("%3A", ":"), ("%2C", ","), ("%25", "%"))


def _hostile_result(texts: list[str]) -> Result:
    subject, value, excerpt, message, reason, path, outlet = texts
    source = SourceRecord("s", path, 1, outlet, "title " + subject, "2022-12-07")
    claims = (
        ClaimRecord(
            "s/a",
            "s",
            "a",
            path,
            3,
            5,
            subject,
            "age",
            value,
            Verdict.REFUTED,
            excerpt=excerpt,
            explanation=(message,),
        ),
        ClaimRecord("s/b", "s", "b", path, 7, 5, subject, "age", excerpt, Verdict.REFUTED),
    )
    here = Location(path, 3, 5)
    there = Location(path, 7, 5)
    refuted = make_finding(
        "D201",
        message,
        claims=("s/a",),
        locations=(here,),
        details=(("dataset_value", value), ("reference", reason)),
    )
    acknowledged = replace(refuted, acknowledged=True, acknowledgement=reason, claims=("s/b",))
    findings = (
        refuted,
        acknowledged,
        make_finding("X303", message + excerpt, claims=("s/a", "s/b"), locations=(here, there)),
        make_finding("E101", message, locations=(Location(path, 1, 1),)),
        make_finding(
            "Q402",
            excerpt,
            claims=("s/a",),
            locations=(here,),
            details=(("diff", f"[-{value}-] {{+{excerpt}+}}"),),
        ),
    )
    return Result(findings=findings, claims=claims, sources=(source,), files=(path,))


def _is_command(line: str) -> bool:
    """Whether the Actions runner would read `line` as a workflow command, or the Azure
    Pipelines agent as a logging command."""
    return line.lstrip().startswith("::") or "##[" in line or "##vso[" in line


def _no_command_and_nothing_raw(text: str) -> None:
    for line in text.split("\n"):
        assert not _is_command(line), line
        assert RAW.search(line) is None, line


def _as_github_reads(name: str) -> str:
    """A file name as GitHub gets it from an annotation: itself, but for the characters
    its property escapes do not cover, which show as `terminal_safe` shows them."""
    return re.sub(r"##(?=[A-Za-z]*\[)", r"#\\x23", visible(name, keep="\r\n"))


def _annotation(line: str) -> tuple[str, dict[str, str]]:
    """The command name and properties the runner reads from `line` (TryParseV2)."""
    end = line.index("::", 2)
    name, _, props = line[2:end].partition(" ")
    properties = {}
    for pair in props.split(","):
        key, _, value = pair.partition("=")
        for escaped, char in _UNESCAPE:
            value = value.replace(escaped, char)
        properties[key] = value
    return name, properties


@settings(max_examples=150, deadline=None)
@given(st.lists(hostile_text, min_size=7, max_size=7))
def test_no_output_line_starts_a_command_or_shows_a_raw_control(texts: list[str]) -> None:
    result = _hostile_result(texts)
    _no_command_and_nothing_raw(render_text(result, verbose=True))
    _no_command_and_nothing_raw(explain(result, "s/a") or "")
    _no_command_and_nothing_raw("".join(map(stderr_line, texts)))

    github = render_github(result).split("\n")
    assert github[-1] == ""
    for finding, line in zip(result.findings, github, strict=False):
        # The tool's own annotation: its command, and exactly its own properties.
        assert RAW.search(line) is None, line
        name, properties = _annotation(line)
        assert name in {"error", "warning", "notice"}
        # GitHub reads the file name itself, line breaks, `%`, `:` and `,` included;
        # only what it has no escape for shows as an escape (a control, `##vso[`).
        assert properties["file"] == _as_github_reads(finding.file)
        assert set(properties) == {"file", "line", "col", "title"}
    _no_command_and_nothing_raw("\n".join(github[len(result.findings) :]))

    for render in (render_markdown, render_html, render_junit, render_sarif, render_json):
        report = render(result)
        assert RAW.search(report.replace("\n", "")) is None, render.__name__
    for render in (render_sarif, render_json):  # JSON, a line of which may reach a log
        assert "##[" not in render(result), render.__name__
        assert "##vso[" not in render(result), render.__name__


@settings(max_examples=150, deadline=None)
@given(hostile_text)
def test_terminal_safe_is_one_inert_line(text: str) -> None:
    safe = terminal_safe(text)
    assert "\n" not in safe and "\r" not in safe
    assert not _is_command(safe)
    assert RAW.search(safe) is None
    assert terminal_safe(safe) == safe or safe.lstrip().startswith("\\x3a")


@settings(max_examples=150, deadline=None)
@given(hostile_text)
def test_the_json_report_keeps_the_text_exactly(text: str) -> None:
    result = _hostile_result([text] * 7)
    report = json.loads(render_json(result))
    assert report["claims"][0]["excerpt"] == text
    assert report["findings"][0]["message"] == text


@settings(max_examples=150, deadline=None)
@given(file_name_bytes, file_name_bytes)
def test_a_file_name_of_any_bytes_is_shown_exactly_and_apart_from_any_other(
    name: bytes, other: bytes
) -> None:
    """A claim file's name, as the file system holds it (`os.fsdecode`: each byte that is
    not UTF-8 a lone surrogate), is inert in every output as any text is; the JSON
    report and SARIF give back its exact bytes; and the text of two different names
    is different (a backslash, kept as it is, aside)."""
    path = os.fsdecode(b"claims/" + name)
    result = _hostile_result(["s", "v", "e", "m", "r", path, "o"])
    _no_command_and_nothing_raw(render_text(result, verbose=True))
    for render in (render_markdown, render_html, render_junit, render_sarif, render_json):
        assert RAW.search(render(result).replace("\n", "")) is None, render.__name__
    report = json.loads(render_json(result))
    assert os.fsencode(report["claims"][0]["file"]) == b"claims/" + name
    sarif = json.loads(render_sarif(result))
    location = sarif["runs"][0]["results"][0]["locations"][0]["physicalLocation"]
    assert unquote_to_bytes(location["artifactLocation"]["uri"]) == b"claims/" + name
    if name != other and b"\\" not in name + other:
        assert terminal_safe(path) != terminal_safe(os.fsdecode(b"claims/" + other))
