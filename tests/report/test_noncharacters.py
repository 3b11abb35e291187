"""The noncharacters U+FFFE and U+FFFF, which a claim file can write as YAML or JSON
escapes, reach no output raw: a terminal and a workflow log show them as escapes, the
HTML, Markdown and XML outputs as U+FFFD, and the JSON outputs give the text back."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from tests.claims_project import claims_project
from validator.cli.main import main
from validator.report.escaping import stderr_line, terminal_safe, visible

CLAIMS = """\
source: {id: nonchar, outlet: Example, title: T, published: 2022-12-07}
claims:
  - {id: who, subject: "Mia \\uffffThreapletonx", property: age, value: 22}
  - {id: date, subject: I Am Ruth, property: first_broadcast, value: "2022-12-08\\ufffe"}
"""
NONCHARACTERS = ("\ufffe", "\uffff")


@pytest.fixture()
def repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.delenv("GITHUB_STEP_SUMMARY", raising=False)
    return claims_project(tmp_path, monkeypatch, {"n.yaml": CLAIMS})


def test_a_terminal_shows_the_noncharacters_as_escapes() -> None:
    assert terminal_safe("Kate \ufffeWinslet\uffff") == "Kate \\ufffeWinslet\\uffff"
    assert terminal_safe("\uffff::error::x ##[y") == "\\uffff::error::x #\\x23[y"
    assert stderr_line("'a\ufffe'") == "validate: 'a\\ufffe'\n"
    assert visible("a\ufffe") == "a\ufffe"  # the reports choose U+FFFD themselves


E104 = (
    "claims/n.yaml:3:24: E104 error nonchar/who: subject 'Mia \\uffffThreapletonx' names no "
    "entity in the dataset; did you mean 'Mia Threapleton' or 'Jim Threapleton'?"
)
E106 = (
    "claims/n.yaml:4:70: E106 error nonchar/date: value does not fit property "
    "'first_broadcast' (date): '2022-12-08\\ufffe' is not a date; write 2022, 2022-12, "
    "2022-12-08 or 2022-12-08T21:00"
)


def test_the_text_format_and_explain_show_them_as_escapes(
    repo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The text format wrote `'2022-12-08\ufffe'` raw, which a terminal draws as
    nothing or a box."""
    assert main(["--no-cache", "--no-reports"]) == 1
    out, err = capsys.readouterr()
    assert out.splitlines()[:2] == [E104, E106]
    assert err == ""
    assert main(["--no-cache", "--explain", "nonchar/date"]) == 1
    out = capsys.readouterr().out
    assert "'2022-12-08\\ufffe' is not a date" in out
    assert not any(char in out for char in NONCHARACTERS)


def test_the_github_annotations_show_them_as_escapes(
    repo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    argv = ["--no-cache", "--no-reports", "--format", "github"]
    assert main(argv) == 1
    assert capsys.readouterr().out.splitlines()[:2] == [
        "::error file=claims/n.yaml,line=3,col=24,title=E104 nonchar/who::subject "
        "'Mia \\uffffThreapletonx' names no entity in the dataset; did you mean "
        "'Mia Threapleton' or 'Jim Threapleton'?",
        "::error file=claims/n.yaml,line=4,col=70,title=E106 nonchar/date::value does not "
        "fit property 'first_broadcast' (date): '2022-12-08\\ufffe' is not a date; write "
        "2022, 2022-12, 2022-12-08 or 2022-12-08T21:00",
    ]


def test_the_reports_write_them_as_the_replacement_character(repo: Path) -> None:
    """XML 1.0 and HTML forbid them: the JUnit XML, the HTML and the Markdown reports
    write U+FFFD; the JSON report and SARIF, which JSON lets hold them, the text."""
    argv = ["--no-cache", "--junit", "r.xml", "--sarif", "r.sarif"]
    assert main(argv) == 1
    junit = (repo / "r.xml").read_text(encoding="utf-8")
    failures = [node.get("message") for node in ET.fromstring(junit).iter("failure")]
    assert failures == [
        "E104: subject 'Mia \ufffdThreapletonx' names no entity in the dataset; did you mean "
        "'Mia Threapleton' or 'Jim Threapleton'?",
        "E106: value does not fit property 'first_broadcast' (date): '2022-12-08\ufffd' is "
        "not a date; write 2022, 2022-12, 2022-12-08 or 2022-12-08T21:00",
    ]
    for name in ("consistency.html", "consistency.md", "../r.xml"):
        text = (repo / "reports" / name).read_text(encoding="utf-8")
        assert not any(char in text for char in NONCHARACTERS), name
        assert "2022-12-08\ufffd" in text, name
    report = json.loads((repo / "reports" / "consistency.json").read_text(encoding="utf-8"))
    assert [claim["value"] for claim in report["claims"]] == ["22", "2022-12-08\ufffe"]
    sarif = json.loads((repo / "r.sarif").read_text(encoding="utf-8"))
    messages = [result["message"]["text"] for result in sarif["runs"][0]["results"]]
    assert any("'2022-12-08\ufffe' is not a date" in message for message in messages)
