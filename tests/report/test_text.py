"""The text format: one line per finding, then the summary line."""

from __future__ import annotations

from reporting_sample import LONG, check_golden, contradiction, empty_result, sample_result

from validator.model.findings import Finding, Location, Severity, make_finding
from validator.model.result import Result
from validator.report.text import render_text

SUMMARY = (
    "factlint: 4 files, 10 claims (3 supported, 2 refuted, 1 disputed, 0 undetermined, "
    "3 unverifiable, 1 invalid); 12 findings (5 errors, 5 warnings, 2 info), "
    "1 acknowledged \u2014 fail"
)


def _result(*findings: Finding, fail_on: Severity = Severity.ERROR) -> Result:
    return Result(findings=findings, claims=(), sources=(), files=("a.yaml",), fail_on=fail_on)


def test_golden() -> None:
    check_golden("sample.txt", render_text(sample_result()))


def test_same_result_same_text() -> None:
    assert render_text(sample_result()) == render_text(sample_result())


def test_line_with_claim_prints_full_id() -> None:
    lines = render_text(sample_result()).splitlines()
    assert (
        "claims/yahoo.yaml:14:12: D201 error yahoo-2022-12/mia-age: age 21 is refuted: "
        "Mia Threapleton was born 2000-10-07, so 22 at 2022-12-07 "
        "(people-birth-dates <b>registry</b>)"
    ) in lines


def test_line_without_claims_omits_the_claim() -> None:
    lines = render_text(sample_result()).splitlines()
    assert lines[0] == (
        "claims/broken.yaml:3:9: E101 error: cannot parse YAML: mapping values are not "
        "allowed here; fix the syntax"
    )


def test_line_without_location() -> None:
    text = render_text(
        _result(
            make_finding("E101", "no position"),
            make_finding("E108", "unused", claims=("src/claim",)),
        )
    )
    assert text.splitlines()[:2] == ["E101 error: no position", "E108 warning src/claim: unused"]


def test_acknowledged_suffix() -> None:
    lines = render_text(sample_result()).splitlines()
    assert lines[1] == (
        "claims/times.yaml:14:5: D201 error times-2022-12/network: network BBC One is refuted: "
        "the dataset has Channel 4 (radio-times-listing) "
        "[acknowledged: The Times corrected this in print; kept for the record]"
    )


def test_summary_line_is_last() -> None:
    assert render_text(sample_result()).splitlines()[-1] == SUMMARY


def test_info_only_with_verbose() -> None:
    default = render_text(sample_result()).splitlines()
    verbose = render_text(sample_result(), verbose=True).splitlines()
    assert [line for line in default if " info " in line] == []
    assert len(default) == 11  # 10 errors and warnings, the summary
    assert len(verbose) == 13
    assert verbose[1] == (
        "claims/times.yaml:10:5: D202 info times-2022-12/first-broadcast: first_broadcast "
        "2022-12 is supported, but the dataset has 2022-12-08T21:00"
    )


def test_quiet_shows_only_failing_findings() -> None:
    lines = render_text(sample_result(), quiet=True, verbose=True).splitlines()
    codes = [line.split(": ", 1)[1].split(" ", 1)[0] for line in lines[:-1]]
    assert codes == ["E101", "E104", "D201", "X301"]
    assert lines[-1] == SUMMARY


def test_quiet_follows_fail_on() -> None:
    lines = render_text(sample_result(fail_on=Severity.WARNING), quiet=True).splitlines()
    assert len(lines) == 10  # four errors, five warnings, the summary
    assert lines[-1].endswith("\u2014 fail")


def test_empty_run_passes() -> None:
    assert render_text(empty_result()) == (
        "factlint: 0 files, 0 claims (0 supported, 0 refuted, 0 disputed, 0 undetermined, "
        "0 unverifiable, 0 invalid); 0 findings (0 errors, 0 warnings, 0 info), "
        "0 acknowledged \u2014 pass\n"
    )


def test_singular_counts() -> None:
    finding = make_finding("E101", "bad", locations=(Location("a.yaml", 1, 1),))
    assert render_text(_result(finding)).splitlines()[-1] == (
        "factlint: 1 file, 0 claims (0 supported, 0 refuted, 0 disputed, 0 undetermined, "
        "0 unverifiable, 0 invalid); 1 finding (1 error, 0 warnings, 0 info), "
        "0 acknowledged \u2014 fail"
    )


def test_acknowledged_error_passes() -> None:
    finding = make_finding("D201", "wrong", claims=("s/c",)).acknowledge("known")
    assert render_text(_result(finding)) == (
        "D201 error s/c: wrong [acknowledged: known]\n"
        "factlint: 1 file, 0 claims (0 supported, 0 refuted, 0 disputed, 0 undetermined, "
        "0 unverifiable, 0 invalid); 1 finding (1 error, 0 warnings, 0 info), "
        "1 acknowledged \u2014 pass\n"
    )


def test_control_characters_are_escaped() -> None:
    finding = make_finding("D201", "line one\nline two \x1b[31mred\u202e", claims=("s/c",))
    assert render_text(_result(finding)).splitlines()[0] == (
        "D201 error s/c: line one\\nline two \\x1b[31mred\\u202e"
    )


def test_long_finding_is_one_line() -> None:
    lines = render_text(contradiction(LONG)).splitlines()
    assert len(lines) == 2
    assert lines[0] == f"f000.yaml:1:1: X301 error s000/c0000: {LONG}"
    # The message is written once, whole: its length adds to the output exactly once.
    short = render_text(contradiction("x"))
    assert len(render_text(contradiction(LONG))) - len(short) == len(LONG) - 1
