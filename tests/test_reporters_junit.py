"""JUnit XML, validated against the Apache Ant JUnit schema."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from functools import cache

import pytest
import xmlschema
from reporting_sample import SHARED_SCHEMAS, check_golden, empty_result, sample_result

from validator.findings import Location, Severity, make_finding
from validator.reporters.junit import render_junit
from validator.result import ClaimRecord, Result, Verdict

XSD = SHARED_SCHEMAS / "JUnit.xsd"


@cache
def _schema() -> xmlschema.XMLSchema:
    return xmlschema.XMLSchema(str(XSD))


def _validate(text: str) -> None:
    if not XSD.exists():
        pytest.skip(f"the JUnit schema is not beside the repository ({XSD.name})")
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
        ("yahoo-2022-12", "mia-age (Mia Threapleton age)"),
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


def test_same_result_same_text() -> None:
    assert render_junit(sample_result()) == render_junit(sample_result())
