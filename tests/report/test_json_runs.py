"""The JSON report's text of each file's records, kept from one run to the next: the
report is the same bytes whatever the store held, and a run is written afresh only when
its records changed (validator.report._json_runs)."""

from __future__ import annotations

from dataclasses import fields, replace
from typing import Any

import pytest
from kept_store import KeptStore, claim_record
from reporting_sample import empty_result, sample_result

from validator.model.findings import Finding, Location, Severity, Side, make_finding
from validator.model.result import ClaimRecord, Result, SourceRecord, Verdict
from validator.report._json_runs import (
    CLAIM_FIELDS,
    UNWRITTEN,
    RunNames,
    claims_name,
    finding_file,
)
from validator.report.json_report import json_parts, render_json


def _joined(result: Result, kept: KeptStore, quiet: bool = False) -> str:
    parts = json_parts(result, quiet=quiet, kept=kept)
    return "".join(p.decode("utf-8") if isinstance(p, bytes) else p for p in parts)


def _claim(file: int, number: int, value: str = "22") -> ClaimRecord:
    # Escaped and encoded alike, kept or not.
    return claim_record(file, number, value, "Mia Thr\u00e9apleton \u202e", "\x1b[31m")


def _finding(file: int, number: int, message: str = "wrong") -> Finding:
    side = Side(
        ("22",), (f"s{file}",), (f"s{file}/c{number}",), (Location(f"{file}.yaml", 2, 3),), 1
    )
    return make_finding(
        "X301",
        message,
        claims=(f"s{file}/c{number}",),
        locations=(Location(f"{file}.yaml", number + 2, 3),),
        details=(("dataset", "21"),),
        sides=(side, side),
    )


def _files(value: str = "22", message: str = "wrong") -> Result:
    """Three files of four claims each, and findings beginning in two of them."""
    sources = tuple(SourceRecord(f"s{n}", f"{n}.yaml", 1, "O", "T", "2022") for n in range(3))
    claims = tuple(
        _claim(file, number, value if (file, number) == (1, 2) else "22")
        for file in range(3)
        for number in range(4)
    )
    findings = tuple(
        _finding(file, number, message if file == 2 else "wrong")
        for file in (0, 2)
        for number in range(2)
    )
    return Result(findings=findings, claims=claims, sources=sources, files=("0.yaml",))


@pytest.mark.parametrize("quiet", [False, True])
def test_the_text_is_the_reports_whatever_the_store_holds(quiet: bool) -> None:
    for result in (_files(), sample_result(), empty_result()):
        kept = KeptStore()
        whole = render_json(result, quiet=quiet)
        assert _joined(result, kept, quiet) == whole  # every run written and handed over
        handed = len(kept.put_names)
        assert _joined(result, kept, quiet) == whole  # every run taken back
        assert len(kept.put_names) == handed
        assert kept.finished == 2
        assert kept.parts == ["json", "json"]  # apart from the other reports' texts


def test_each_files_claims_and_findings_are_one_run_each() -> None:
    kept = KeptStore()
    _joined(_files(), kept)
    # Three files' claims; the findings of two files.
    assert kept.asked == len(kept.put_names) == 5
    assert all(isinstance(text, bytes) for text in kept.texts.values())


def test_only_the_runs_whose_records_changed_are_written_again() -> None:
    kept = KeptStore()
    _joined(_files(), kept)
    kept.put_names.clear()
    changed = _files(value="23")
    assert _joined(changed, kept) == render_json(changed)
    assert len(kept.put_names) == 1  # file 1's claims
    kept.put_names.clear()
    reworded = _files(message="wrong again")
    assert _joined(reworded, kept) == render_json(reworded)
    assert len(kept.put_names) == 1  # the findings of file 2


def test_a_kept_text_is_taken_only_by_the_name_of_its_records() -> None:
    """What the store holds under a name stands for records with every field equal:
    a text planted under another run's name is never asked for."""
    kept = KeptStore()
    result = _files()
    _joined(result, kept)
    names = set(kept.texts)
    kept.texts = {f"{name}x": b"planted" for name in names}
    assert _joined(result, kept) == render_json(result)


def _anew(value: object) -> object:
    if isinstance(value, Verdict) or not isinstance(value, str) or not value:
        return value
    return value.encode().decode()


def test_equal_records_are_named_alike_whatever_objects_they_are() -> None:
    first = [_claim(0, 1), _claim(0, 2)]
    # The same texts as new strings: pickle would write them otherwise, marshal does not.
    copied = [ClaimRecord(*(_anew(v) for v in r)) for r in first]
    assert copied[0].subject is not first[0].subject
    assert claims_name(first) == claims_name(copied)
    assert claims_name(first) != claims_name([first[0], first[1]._replace(column=4)])
    assert claims_name(first) != claims_name([first[0], first[1]._replace(verdict=Verdict.REFUTED)])
    names = RunNames()
    finding = _finding(0, 1)
    assert names.findings([finding]) == RunNames().findings([_finding(0, 1)])
    assert names.findings([finding]) != names.findings([finding.acknowledge("known")])


def test_a_run_marshal_cannot_name_is_written_and_not_kept() -> None:
    class Text(str):
        pass

    result = _files()
    odd = replace(result, claims=(result.claims[0]._replace(value=Text("22")), *result.claims[1:]))
    kept = KeptStore()
    assert _joined(odd, kept) == render_json(odd)
    assert len(kept.put_names) == 4  # file 0's claims are not kept


def test_a_finding_without_a_location_begins_in_no_file() -> None:
    finding = make_finding("E101", "unreadable")
    assert finding_file(finding) == ""
    assert finding_file(_finding(3, 1)) == "3.yaml"


def test_a_claims_name_reads_every_field_its_text_does() -> None:
    """Any field the report writes changes the name; the others change neither the name
    nor the text, so leaving them out (a claim's reasoning is long) keeps nothing stale."""
    record = _claim(0, 1)._replace(as_of="2022", subject_id="Q1", forward=("Q1", "cast"))
    result = Result(findings=(), claims=(record,), sources=(), files=())
    for field in ClaimRecord._fields:
        value = getattr(record, field)
        other = Verdict.REFUTED if field == "verdict" else 7 if isinstance(value, int) else None
        if field in ("explanation", "forward"):
            other = ("another step",) if field == "explanation" else ("Q2", "cast")
        changed = record._replace(**{field: other})
        text = render_json(replace(result, claims=(changed,)))
        if field not in UNWRITTEN:
            assert field in (*CLAIM_FIELDS, "verdict")
            assert claims_name([changed]) != claims_name([record]), field
        else:
            assert claims_name([changed]) == claims_name([record]), field
            assert text == render_json(result), field


# A value of each field of a finding, of a side and of a location, other than `_finding`'s.
_OTHER_FINDING: dict[str, Any] = {
    "code": "X302",
    "severity": Severity.WARNING,
    "message": "wrong again",
    "claims": ("s0/c1", "s0/c2"),
    "locations": (Location("0.yaml", 3, 3), Location("0.yaml", 9, 1)),
    "key": "another key",
    "details": (("dataset", "20"),),
    "sides": (),
    "acknowledged": True,
    "acknowledgement": "known",
    "fingerprint": "another fingerprint",
    "acknowledged_by": "s0/c2",
}
_OTHER_SIDE: dict[str, Any] = {
    "values": ("23",),
    "sources": ("s9",),
    "claims": ("s9/c1",),
    "locations": (),
    "count": 2,
}
_OTHER_LOCATION: dict[str, Any] = {"file": "9.yaml", "line": 7, "column": 8}


def test_a_findings_name_reads_every_field_its_text_does() -> None:
    """Any field of a finding, of one of its sides or of one of their locations that
    changes the finding's text changes the name of its run: a field written by the report
    but left out of the name would bring back a text kept without it. A field added to
    any of the three fails here until it has a value above."""
    finding = _finding(0, 1)
    side = finding.sides[0]
    changed: list[tuple[str, Finding]] = [
        (f"finding.{f.name}", replace(finding, **{f.name: _OTHER_FINDING[f.name]}))
        for f in fields(Finding)
    ]
    changed += [
        (f"side.{f.name}", replace(finding, sides=(replace(side, **{f.name: value}), side)))
        for f in fields(Side)
        for value in [_OTHER_SIDE[f.name]]
    ]
    for f in fields(Location):
        moved = replace(finding.locations[0], **{f.name: _OTHER_LOCATION[f.name]})
        changed.append((f"location.{f.name}", replace(finding, locations=(moved,))))
        changed.append(
            (
                f"side location.{f.name}",
                replace(finding, sides=(replace(side, locations=(moved,)),)),
            )
        )

    def text(one: Finding) -> str:
        return render_json(Result(findings=(one,), claims=(), sources=(), files=()))

    name = RunNames().findings([finding])
    assert name is not None
    for field_name, other in changed:
        if text(other) != text(finding):
            assert RunNames().findings([other]) != name, field_name
