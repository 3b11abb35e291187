"""`--explain SOURCE/CLAIM --format json` (validator.report.explain_json): the claim, its
steps, its findings and every related claim as one JSON object, escaped."""

from __future__ import annotations

import json

from validator.model.findings import make_finding
from validator.report.explain_json import explain_json

from .test_explain import _claim, _result


def test_as_json_no_claim_with_that_id_is_none() -> None:
    assert explain_json(_result(_claim("a/age")), "a/ag\u0435") is None


def test_as_json_the_claim_its_steps_findings_and_every_related_claim() -> None:
    mine = _claim("a/age", explanation=("claim: kate-winslet age = 48",))
    others = [_claim(f"s{n:02}/age", line=n) for n in range(12)]  # none of them capped
    found = make_finding("D201", "claims 48; the dataset gives 47", claims=("a/age",))
    text = explain_json(_result(mine, *others, findings=(found,)), "a/age")
    assert text is not None and text.endswith("}\n")
    explained = json.loads(text)
    assert explained["claim"]["id"] == "a/age"
    assert explained["claim"]["verdict"] == "refuted"
    assert explained["steps"] == ["claim: kate-winslet age = 48"]
    assert [(f["code"], f["message"], f["acknowledged"]) for f in explained["findings"]] == [
        ("D201", "claims 48; the dataset gives 47", False)
    ]
    assert [c["id"] for c in explained["related"]] == [f"s{n:02}/age" for n in range(12)]


def test_as_json_hostile_text_is_escaped_and_reads_back_as_written() -> None:
    claim = _claim("a/age", value="48\x1b]0;owned\x07", subject="::warning::Kate ##[error]")
    text = explain_json(_result(claim), "a/age")
    assert text is not None
    assert "\x1b" not in text and "\x07" not in text and "##[" not in text
    explained = json.loads(text)
    assert explained["claim"]["value"] == "48\x1b]0;owned\x07"
    assert explained["claim"]["subject"] == "::warning::Kate ##[error]"
