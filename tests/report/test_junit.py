"""JUnit XML, validated against the Apache Ant JUnit schema."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from dataclasses import replace
from functools import cache
from pathlib import Path

import pytest
import xmlschema
from broken_headers import HOSTILE, broken_header_result
from reporting_sample import check_golden, empty_result, sample_result
from shared_schemas import shared_schema

from validator.model.findings import Location, Severity, make_finding
from validator.model.result import ClaimRecord, Result, Verdict
from validator.report._text import TEXT_LIMIT
from validator.report.junit import MANY_CLAIMS_LIMIT, render_junit


@cache
def _schema() -> xmlschema.XMLSchema:
    return xmlschema.XMLSchema(str(shared_schema("JUnit.xsd")))


def _validate(text: str) -> None:
    _schema().validate(text)


def _suites(text: str) -> dict[str, ET.Element]:
    root = ET.fromstring(text.encode("utf-8"))
    return {suite.attrib["name"]: suite for suite in root}


def test_golden() -> None:
    check_golden("sample.junit.xml", render_junit(sample_result()))


def test_valid_against_xsd() -> None:
    _validate(render_junit(sample_result()))
    _validate(render_junit(sample_result(fail_on=Severity.WARNING)))
    _validate(render_junit(empty_result()))


def test_declaration_and_root() -> None:
    text = render_junit(sample_result())
    assert text.startswith('<?xml version="1.0" encoding="UTF-8"?>\n<testsuites>\n')
    assert text.endswith("</testsuites>\n")
    assert render_junit(empty_result()) == (
        '<?xml version="1.0" encoding="UTF-8"?>\n<testsuites />\n'
    )


def test_a_suite_per_file_and_counts() -> None:
    suites = _suites(render_junit(sample_result()))
    assert list(suites) == [
        "claims/broken.yaml",
        "claims/times.yaml",
        "claims/tyla.yaml",
        "claims/yahoo.yaml",
    ]
    counts = {
        name: (s.attrib["tests"], s.attrib["failures"], s.attrib["errors"], s.attrib["skipped"])
        for name, s in suites.items()
    }
    assert counts == {
        "claims/broken.yaml": ("1", "1", "0", "0"),
        "claims/times.yaml": ("4", "1", "0", "0"),
        "claims/tyla.yaml": ("4", "1", "0", "0"),
        "claims/yahoo.yaml": ("2", "1", "0", "0"),
    }
    for number, suite in enumerate(suites.values()):
        assert suite.attrib["id"] == str(number)
        assert suite.attrib["timestamp"] == "1970-01-01T00:00:00"
        assert suite.attrib["time"] == "0"


def test_testcase_per_claim() -> None:
    suite = _suites(render_junit(sample_result()))["claims/yahoo.yaml"]
    cases = suite.findall("testcase")
    assert [(c.attrib["classname"], c.attrib["name"]) for c in cases] == [
        ("yahoo-2022-12", "mia-age (Mia age)"),
        ("yahoo-2022-12", "staggering (Kate Winslet said)"),
    ]
    failure = cases[0].find("failure")
    assert failure is not None
    assert failure.attrib["type"] == "D201 X301"
    assert failure.attrib["message"].startswith("D201: age 21 is refuted")
    assert failure.text is not None
    assert failure.text.splitlines() == [
        "claims/yahoo.yaml:14:12: D201 error yahoo-2022-12/mia-age: age 21 is refuted: "
        "Mia Threapleton was born 2000-10-07, so 22 at 2022-12-07 "
        "(people-birth-dates <b>registry</b>)",
        "claims/yahoo.yaml:14:12: X301 error yahoo-2022-12/mia-age: yahoo-2022-12 says 21, "
        "tyla-2022-12-07 says 22: no single age of Mia Threapleton fits both; find out which "
        "source is right",
    ]
    assert cases[1].find("failure") is None
    out = suite.find("system-out")
    assert out is not None and out.text is not None
    assert [line.split(" ")[1] for line in out.text.splitlines()] == ["D203", "Q402"]


def test_file_level_finding_is_a_file_testcase() -> None:
    suite = _suites(render_junit(sample_result()))["claims/broken.yaml"]
    (case,) = suite.findall("testcase")
    assert case.attrib == {"name": "(file)", "classname": "claims/broken.yaml", "time": "0"}
    failure = case.find("failure")
    assert failure is not None and failure.attrib["type"] == "E101"


def test_acknowledged_error_does_not_fail() -> None:
    suite = _suites(render_junit(sample_result()))["claims/times.yaml"]
    network = next(c for c in suite.findall("testcase") if c.attrib["name"].startswith("network"))
    assert network.find("failure") is None
    out = suite.find("system-out")
    assert out is not None and out.text is not None
    assert "[acknowledged: The Times corrected this in print; kept for the record]" in out.text


def test_invalid_claim_fails_with_its_e1xx() -> None:
    suite = _suites(render_junit(sample_result()))["claims/times.yaml"]
    director = next(c for c in suite.findall("testcase") if c.attrib["name"].startswith("director"))
    failure = director.find("failure")
    assert failure is not None and failure.attrib["type"] == "E104"


def test_fail_on_warning_fails_warnings() -> None:
    suites = _suites(render_junit(sample_result(fail_on=Severity.WARNING)))
    assert suites["claims/tyla.yaml"].attrib["failures"] == "3"


def test_illegal_characters_and_unknown_claims() -> None:
    claim = ClaimRecord(
        "s/c", "s", "c", "a.yaml", 2, 3, "Sub\x00ject\x0b", "prop", "v\x01", Verdict.REFUTED
    )
    findings = (
        make_finding(
            "D201",
            "bad \x00 value\ud800 \ufffe",
            claims=("s/c",),
            locations=(Location("a.yaml", 2, 3),),
        ),
        make_finding("E102", "schema", claims=("s/gone",), locations=(Location("b.yaml", 5, 1),)),
    )
    result = Result(findings=findings, claims=(claim,), sources=(), files=("a.yaml",))
    text = render_junit(result)
    _validate(text)
    suites = _suites(text)
    assert list(suites) == ["a.yaml", "b.yaml"]
    (gone,) = suites["b.yaml"].findall("testcase")
    assert gone.attrib["name"] == "gone"
    assert gone.attrib["classname"] == "s"
    assert "\x00" not in text


def test_a_printed_file_holds_no_command_a_ci_runner_reads() -> None:
    """A claim's `##vso[` was written as it is into the names and messages, which a
    step printing the file gave to the runner; an XML reader gets it back exactly."""
    claim = ClaimRecord(
        "s/c", "s", "c", "a.yaml", 2, 3, "##[error]Sub", "said", "v", Verdict.REFUTED
    )
    message = "said ##vso[task.prependpath]/tmp/evil\n::error::forged"
    finding = make_finding("D201", message, claims=("s/c",), locations=(Location("a.yaml", 2, 3),))
    text = render_junit(Result(findings=(finding,), claims=(claim,), sources=(), files=("a.yaml",)))
    _validate(text)
    assert re.search(r"##[A-Za-z]*\[", text) is None
    assert [line for line in text.splitlines() if line.lstrip().startswith("::")] == []
    (case,) = _suites(text)["a.yaml"].findall("testcase")
    assert case.attrib["name"] == "c (##[error]Sub said)"
    failure = case.find("failure")
    assert failure is not None
    assert failure.attrib["message"].startswith("D201: said ##vso[task.prependpath]/tmp/evil")
    # The finding's line as the text format writes it, escaped for a terminal.
    assert failure.text == (
        "a.yaml:2:3: D201 error s/c: said #\\x23vso[task.prependpath]/tmp/evil\\n::error::forged\n"
    )


def _claim(file: str, claim_id: str, verdict: Verdict, source: str = "same") -> ClaimRecord:
    return ClaimRecord(
        f"{source}/{claim_id}", source, claim_id, file, 3, 5, "Mia", "age", "21", verdict
    )


def _failures(suite: ET.Element) -> dict[str, tuple[str, str, str] | None]:
    """Each test case's failure (or skip) as (tag, message, type), by its name."""
    found: dict[str, tuple[str, str, str] | None] = {}
    for case in suite.findall("testcase"):
        element = next(iter(case), None)
        found[case.attrib["name"]] = (
            None
            if element is None
            else (element.tag, element.attrib["message"], element.attrib.get("type", ""))
        )
    return found


E103 = "source id 'same' is also used by a.yaml; give each source its own id"


def test_an_invalid_claim_fails_on_its_files_finding_and_findings_keep_to_their_file() -> None:
    claims = (
        _claim("a.yaml", "mia-age", Verdict.REFUTED),
        _claim("b.yaml", "mia-age", Verdict.INVALID),
        _claim("b.yaml", "other", Verdict.INVALID),
    )
    findings = (
        make_finding(
            "D201", "refuted", claims=("same/mia-age",), locations=(Location("a.yaml", 3, 5),)
        ),
        make_finding("E103", E103, locations=(Location("b.yaml", 1, 14),)),
    )
    result = Result(findings=findings, claims=claims, sources=(), files=("a.yaml", "b.yaml"))
    text = render_junit(result)
    _validate(text)
    suites = _suites(text)
    # The D201 is a.yaml's claim's, though b.yaml's claim has the same full id.
    assert _failures(suites["a.yaml"]) == {
        "mia-age (Mia age)": ("failure", "D201: refuted", "D201")
    }
    not_checked = ("failure", f"not checked (invalid): E103: {E103}", "invalid")
    assert _failures(suites["b.yaml"]) == {
        "mia-age (Mia age)": not_checked,
        "other (Mia age)": not_checked,
        "(file)": ("failure", f"E103: {E103}", "E103"),
    }
    assert suites["b.yaml"].attrib["failures"] == "3"
    failure = suites["b.yaml"].find("testcase/failure")
    assert failure is not None and failure.text == f"b.yaml:1:14: E103 error: {E103}\n"


def test_an_invalid_claim_with_nothing_failing_is_skipped_with_the_reason() -> None:
    # Its own E106 acknowledged; a claim whose invalidating finding was ignored has none.
    acknowledged = replace(
        make_finding("E106", "bad value", claims=("s/a",), locations=(Location("a.yaml", 3, 5),)),
        acknowledged=True,
    )
    claims = (
        _claim("a.yaml", "a", Verdict.INVALID, "s"),
        _claim("a.yaml", "b", Verdict.INVALID, "s"),
    )
    result = Result(findings=(acknowledged,), claims=claims, sources=(), files=("a.yaml",))
    text = render_junit(result)
    _validate(text)
    suite = _suites(text)["a.yaml"]
    assert _failures(suite) == {
        "a (Mia age)": ("skipped", "not checked (invalid): E106: bad value", ""),
        "b (Mia age)": ("skipped", "not checked (invalid)", ""),
    }
    assert (suite.attrib["failures"], suite.attrib["skipped"]) == ("0", "2")


def test_same_result_same_text() -> None:
    assert render_junit(sample_result()) == render_junit(sample_result())


# A contradiction as large as they come on a big corpus: 2,000 claims in 100 files, with
# a 200,000-character message (20,000 nine-digit words and a full stop).
MANY = 2_000
PER_FILE = 20
LONG = " ".join(f"{i:09d}" for i in range(20_000)) + "."
# LONG cut for a test case: the finding names more than MANY_CLAIMS claims, so it is
# written shortened to MANY_CLAIMS_LIMIT (200) characters. The note for 200,000
# characters takes 66, which leaves 133 for the text; the 133rd character is inside the
# 14th word, so the cut is at the space after the 13th (13 words of 9 and 12 spaces).
SHORT = (
    " ".join(f"{i:09d}" for i in range(13))
    + " \u2026 (199,871 more characters; the run's other outputs have it whole)"
)


def _many_claims_result() -> Result:
    """An error (X301) and an info finding (X302) that name the same 2,000 claims."""
    claims = tuple(
        ClaimRecord(
            f"s{i // PER_FILE:03d}/c{i:04d}",
            f"s{i // PER_FILE:03d}",
            f"c{i:04d}",
            f"f{i // PER_FILE:03d}.yaml",
            1 + i % PER_FILE,
            1,
            "Thing",
            "prop",
            str(i),
            Verdict.SUPPORTED,
        )
        for i in range(MANY)
    )
    ids = tuple(c.full_id for c in claims)
    locations = tuple(Location(c.file, c.line, c.column) for c in claims)
    findings = (
        make_finding("X301", LONG, claims=ids, locations=locations),
        make_finding("X302", LONG, claims=ids, locations=locations),
    )
    files = tuple(dict.fromkeys(c.file for c in claims))
    return Result(findings=findings, claims=claims, sources=(), files=files)


def test_long_message_is_shortened_in_every_case_and_suite() -> None:
    text = render_junit(_many_claims_result())
    _validate(text)
    assert len(SHORT) == 196 and len(SHORT) <= MANY_CLAIMS_LIMIT
    suites = _suites(text)
    assert len(suites) == 100
    first = suites["f000.yaml"].findall("testcase")[0]
    failure = first.find("failure")
    assert failure is not None
    assert failure.attrib["message"] == "X301: " + SHORT
    assert failure.text == (
        f"f000.yaml:1:1: X301 error s000/c0000: {SHORT}\n"
        f"f000.yaml:1:1: X302 info s000/c0000: {SHORT}\n"
    )
    # The info finding is not a failure: each suite's output has it once, shortened.
    for suite in suites.values():
        out = suite.find("system-out")
        assert out is not None
        assert out.text == f"f000.yaml:1:1: X302 info s000/c0000: {SHORT}\n"
    # Linear: three times per test case (message, two lines) and once per suite...
    assert text.count(SHORT) == 3 * MANY + 100
    assert LONG[:2000] not in text
    # ...so at most 300 characters for each of those, and under 300 of XML around a
    # test case and 600 around a suite: 1,890,000 characters, where the messages in full
    # would take 2,000 x 3 x 200,000 = 1.2 billion, and at TEXT_LIMIT 6,600,000.
    assert len(text) < MANY * (3 * 300 + 300) + 100 * (300 + 600)


def test_short_message_is_whole() -> None:
    result = _many_claims_result()
    whole = "w" * (TEXT_LIMIT - 1) + "."
    one = make_finding(
        "X301", whole, claims=(result.claims[0].full_id,), locations=(Location("f000.yaml", 1, 1),)
    )
    text = render_junit(Result(findings=(one,), claims=result.claims[:1], sources=(), files=()))
    _validate(text)
    failure = _suites(text)["f000.yaml"].findall("testcase")[0].find("failure")
    assert failure is not None
    assert failure.attrib["message"] == "X301: " + whole
    assert failure.text == f"f000.yaml:1:1: X301 error s000/c0000: {whole}\n"


def test_each_files_suite_names_its_source_a_source_that_cannot_be_used_included(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The suite of a file whose source cannot be used names its row's id, as do its
    claims' test cases and its "(file)" case; XML-escaped, control and bidi characters
    shown as escapes."""
    text = render_junit(broken_header_result(tmp_path, monkeypatch))
    _validate(text)
    suites = _suites(text)
    shown = HOSTILE.replace("\x1b", "\\x1b").replace("\u202e", "\\u202e")
    expected = {
        "claims/a.yaml": "a-src",
        "claims/b.yaml": shown,
        "claims/c.yaml": "a-src@claims/c.yaml",
        "claims/d.yaml": "d.yaml",
    }
    assert {
        name: [
            p.attrib["value"]
            for p in suite.iter("property")
            if p.attrib["name"] == "factlint.source"
        ]
        for name, suite in suites.items()
    } == {name: [source] for name, source in expected.items()}
    assert {
        name: {case.attrib["classname"] for case in suite.iter("testcase")}
        for name, suite in suites.items()
    } == {name: {source} for name, source in expected.items()}
    assert [case.attrib["name"] for case in suites["claims/b.yaml"].iter("testcase")] == [
        "c1 (Nobody Known birth_date)",
        "(file)",
    ]
    assert "<script>" not in text


def test_a_claim_id_used_twice_in_a_file_names_its_second_case_as_its_findings_do() -> None:
    """Both claims of `id: a` were test cases "a (Mia age)" of one class, which a CI's
    list of tests shows as one (or, keyed by name, keeps one of); the second is
    `SOURCE/a#2` in every finding, and `a#2` here. A source id used twice keeps the
    `@file` in the class name alone."""
    claims = (
        _claim("a.yaml", "a", Verdict.REFUTED, "s"),
        _claim("a.yaml", "a", Verdict.INVALID, "s")._replace(full_id="s/a#2"),
        _claim("b.yaml", "a", Verdict.INVALID, "s@b.yaml")._replace(full_id="s/a#2@b.yaml"),
    )
    result = Result(findings=(), claims=claims, sources=(), files=("a.yaml", "b.yaml"))
    text = render_junit(result)
    _validate(text)
    cases = [
        (case.attrib["name"], case.attrib["classname"])
        for suite in _suites(text).values()
        for case in suite.findall("testcase")
    ]
    assert cases == [("a (Mia age)", "s"), ("a#2 (Mia age)", "s"), ("a#2 (Mia age)", "s@b.yaml")]
