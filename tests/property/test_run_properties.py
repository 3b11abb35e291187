"""Any document the claim-file schema accepts goes through the whole run to a Result:
every value the schema allows (dates to year 9999, the largest numbers, empty strings)
is a finding at worst, never an internal error that stops the run for every file.

Documents come from the schema itself; their subjects, properties and entity values are
often swapped for the dataset's own names, so that the values reach the checks that
compare them with facts, not only the lookup that fails on a random name.
"""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, assume, example, given, settings
from hypothesis import strategies as st

from validator import Result, validate
from validator.dataset.load import load_dataset
from validator.model.result import Verdict
from validator.parse.schema import load_schema, validator_for
from validator.report import render_json, render_text

from .strategies import from_schema_composed

ROOT = Path(__file__).resolve().parents[2]
DATASET = load_dataset(str(ROOT / "dataset"))
SCHEMA = load_schema("claim-file.schema.json")
VALIDATOR = validator_for("claim-file.schema.json")

SUBJECTS = sorted({name for e in DATASET.entities.values() for name in (e.id, *e.names)})
PROPERTIES = sorted(DATASET.properties)
# What the dataset has facts about, by property, with the derived properties computed
# from them (an age from a birth date): a claim on one of these is compared with a fact.
FACTS: dict[str, list[str]] = {}
for _subject, _prop in sorted(DATASET.facts):
    FACTS.setdefault(_prop, []).append(_subject)
    for _derived in DATASET.properties.values():
        if _derived.source_property == _prop:
            FACTS.setdefault(_derived.name, []).append(_subject)
# Values the schema allows that once stopped a run, by property type: dates at the ends
# of the calendar, numbers at the ends of the floats, nothing at all.
_DATES = ["9999", "9999-12", "9999-12-31", "9999-12-31T23:59", "0001", "0001-01-01"]
_NUMBERS = [1e308, -1e308, 1.7976931348623157e308, 5e-324, 2**63, -(2**63), 0, -0.0]
EDGES: dict[str, list[Any]] = {
    "date": [*_DATES, {"from": "9999-12-31"}, {"to": "0001-01-01"}, {"from": "0001"}, 9999],
    "number": [*_NUMBERS, {"about": 1e308}, {"about": 9999, "within": 1e308}, {"from": -1e308}],
    "text": ["", " ", "\u202e", "x" * 10_000, 42, 2.5],
}


def _edges(kind: str) -> list[Any]:
    if kind in ("integer", "number", "percent", "duration"):
        return EDGES["number"]
    return EDGES.get(kind, EDGES["text"]) + EDGES["text"]


@st.composite
def documents(draw: st.DrawFn) -> dict[str, Any]:
    document: dict[str, Any] = draw(from_schema_composed(SCHEMA, SCHEMA["$defs"]))
    assume(VALIDATOR.is_valid(document))
    for claim in document.get("claims", []):
        names = draw(st.sampled_from(["schema", "fact", "fact", "any"]))
        if names == "fact":
            claim["property"] = draw(st.sampled_from(sorted(FACTS)))
            claim["subject"] = draw(st.sampled_from(FACTS[claim["property"]]))
            if draw(st.booleans()):
                kind = DATASET.properties[claim["property"]].type
                claim["value"] = draw(st.sampled_from(_edges(kind)))
        elif names == "any":
            claim["subject"] = draw(st.sampled_from(SUBJECTS))
            claim["property"] = draw(st.sampled_from(PROPERTIES))
            if draw(st.booleans()):
                claim["value"] = draw(st.sampled_from(SUBJECTS))
    assume(VALIDATOR.is_valid(document))  # the swapped names and values are allowed too
    return document


@settings(
    max_examples=100,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
)
@given(document=documents())
@example(
    document={
        "source": {"id": "s", "outlet": "O", "title": "T", "published": "2022-12-07"},
        "claims": [
            {"id": c, "subject": "Kate Winslet", "property": "said", "value": v}
            for c, v in (("number", 42), ("blank", " "), ("fraction", 2.5))
        ],
    }
)
@example(
    document={
        "source": {"id": "0", "outlet": "0", "title": "0", "published": "0000"},
        "claims": [{"id": "0", "subject": "bear-winslet", "property": "age", "value": 0.0}],
    }
)
def test_every_document_the_schema_accepts_runs_to_a_result(document: dict[str, Any]) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = os.path.join(folder, "claims.json")
        with open(path, "w", encoding="utf-8") as handle:
            json.dump(document, handle, ensure_ascii=False)
        result = validate([path], DATASET, root=folder)
    assert isinstance(result, Result)
    assert result.files == (result.files[0],)
    assert len(result.claims) == len(document["claims"])
    # A verdict other than supported comes with a finding that says why: a quote written
    # as a number (`said: 42`) was unverifiable without one, so no report listed it. An
    # invalid claim may owe its verdict to its file's own finding, which names no claim:
    # a source published on a day the calendar has not (`0000`, `2022-02-30`) leaves
    # every claim of the file undated, and is one E102 at the source.
    named = {claim for finding in result.findings for claim in finding.claims}
    whole_file = {finding.file for finding in result.findings if not finding.claims}
    unexplained = [
        (c.full_id, c.verdict, c.value)
        for c in result.claims
        if c.verdict is not Verdict.SUPPORTED
        and c.full_id not in named
        and not (c.verdict is Verdict.INVALID and c.file in whole_file)
    ]
    assert unexplained == []
    render_text(result)
    render_json(result)


def test_the_largest_date_and_number_are_findings_not_internal_errors(tmp_path: Path) -> None:
    """Scenario 5: `value: 9999` on birth_date gave an internal OverflowError in
    describe.py, exit 2, and no report for any file."""
    (tmp_path / "a.yaml").write_text(
        "source: {id: a, outlet: X, title: T, published: 2022-12-07}\n"
        "claims:\n"
        "  - {id: born, subject: Mia Threapleton, property: birth_date, value: 9999}\n"
        "  - {id: runs, subject: I Am Ruth, property: runtime, value: 1e308}\n",
        encoding="utf-8",
    )
    result = validate([str(tmp_path / "a.yaml")], DATASET, root=str(tmp_path))
    assert [(f.code, f.claims, f.message) for f in result.findings] == [
        (
            "D201",
            ("a/born",),
            "claims Mia Threapleton birth_date 9999 as of 2022-12-07; the dataset gives "
            "2000-10-12 (Published biographies of Kate Winslet and her family), which the "
            "claim rules out; correct the claim, or acknowledge it with the fact-check's "
            "conclusion",
        ),
        (
            "E106",
            ("a/runs",),
            "value does not fit property 'runtime' (duration in minutes): 1e308 is too "
            "large to be a plausible value",
        ),
    ]


# Numbers no float holds, put in place of a claim's value or nested in an approximate
# value, where the first file has a number a float holds; `_MARK` marks the place.
_UNREAD = ["1e400", "-1e400", "1E+999", "1e-400", "-0.5e-330", "9" * 400, "-" + "1" * 320]
_HELD = "7"
_MARK = "\x00unread\x00"


@settings(
    max_examples=50,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
)
@given(document=documents(), data=st.data())
def test_a_json_number_no_float_holds_changes_no_other_claims_findings(
    document: dict[str, Any], data: st.DataObject
) -> None:
    """Two JSON files alike but for one number of one claim, which a float holds in the
    first and no float holds in the second (`1e400`): the findings on the other claims
    and on the file are the same, and so is every other claim's verdict; that claim is
    invalid, with an E101 at the number. The claim's property is one no other claim of
    the file has, so no check compares the two."""
    claims = document["claims"]
    assume(claims)
    index = data.draw(st.integers(0, len(claims) - 1))
    target = claims[index]
    assume(all(c.get("property") != target.get("property") for c in claims if c is not target))
    nested = data.draw(st.booleans())
    target["value"] = {"about": _MARK} if nested else _MARK
    literal = data.draw(st.sampled_from(_UNREAD))
    # One scalar a line (indent): the number's length moves nothing on any other line.
    text = json.dumps(document, ensure_ascii=False, indent=2)
    assume(text.count(json.dumps(_MARK)) == 1)
    offset = text.index(json.dumps(_MARK))
    line = text.count("\n", 0, offset) + 1
    column = offset - (text.rfind("\n", 0, offset) + 1) + 1
    held, unread = (_run(text.replace(json.dumps(_MARK), n)) for n in (_HELD, literal))
    full_id = unread.claims[index].full_id
    assert held.claims[index].full_id == full_id

    def others(result: Result) -> tuple[list[Any], list[Any]]:
        # A finding on several claims (an archive that cannot be used, on each claim
        # with an excerpt) is one on the others still.
        findings = [
            (f.code, named, [(at.line, at.column) for at in f.locations], f.message)
            for f in result.findings
            if (named := tuple(c for c in f.claims if c != full_id)) or not f.claims
        ]
        verdicts = [(c.full_id, c.verdict) for c in result.claims if c.full_id != full_id]
        return findings, verdicts

    assert others(unread) == others(held)
    assert unread.claims[index].verdict is Verdict.INVALID
    assert [
        (f.code, f.locations[0].line, f.locations[0].column)
        for f in unread.findings
        if f.claims == (full_id,) and f.code == "E101"
    ] == [("E101", line, column)]


def _run(text: str) -> Result:
    with tempfile.TemporaryDirectory() as folder:
        path = os.path.join(folder, "claims.json")
        with open(path, "w", encoding="utf-8") as handle:
            handle.write(text)
        return validate([path], DATASET, root=folder)
