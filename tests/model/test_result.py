"""The one Result of a run, and what reports derive from it once."""

from __future__ import annotations

from reporting_sample import sample_result

from validator.model.findings import Location, make_finding
from validator.model.result import Result, SourceRecord, claim_source, file_owner
from validator.report._content import (
    severity_counts,
    source_finding_counts,
    source_verdict_counts,
    tally,
    verdict_counts,
)


def test_derived_is_worked_out_once_per_name() -> None:
    result = sample_result()
    calls: list[str] = []

    def count(name: str) -> int:
        calls.append(name)
        return len(result.claims)

    assert result.derived("a", lambda r: count("a")) == len(result.claims)
    assert result.derived("a", lambda r: count("again")) == len(result.claims)
    assert result.derived("b", lambda r: count("b")) == len(result.claims)
    assert calls == ["a", "b"]


def test_what_is_derived_is_not_part_of_the_result() -> None:
    result, fresh = sample_result(), sample_result()
    tally(result)
    assert result == fresh
    assert repr(result) == repr(fresh)


def test_tally_gives_the_counts_each_report_would_work_out() -> None:
    counted, fresh = sample_result(), sample_result()
    tally(counted)
    assert verdict_counts(counted) == verdict_counts(fresh) == fresh.verdict_counts()
    assert severity_counts(counted) == severity_counts(fresh) == fresh.severity_counts()
    assert source_verdict_counts(counted) == source_verdict_counts(fresh)
    assert source_finding_counts(counted) == source_finding_counts(fresh)
    assert source_verdict_counts(fresh) == {s.id: fresh.verdict_counts(s.id) for s in fresh.sources}


def test_changing_the_counts_one_gets_changes_no_later_answer() -> None:
    result: Result = sample_result()
    first_source = result.sources[0].id
    verdicts, severities = verdict_counts(result), severity_counts(result)
    per_source, findings = source_verdict_counts(result), source_finding_counts(result)
    verdicts.clear()
    severities.clear()
    per_source[first_source]["supported"] = -1
    findings.clear()
    assert verdict_counts(result) == result.verdict_counts()
    assert severity_counts(result) == result.severity_counts()
    assert source_verdict_counts(result)[first_source] == result.verdict_counts(first_source)
    assert source_finding_counts(result) == source_finding_counts(sample_result())


def test_the_findings_for_a_source_that_cannot_be_used_are_those_in_its_file() -> None:
    """Its claims' full ids begin as a usable source's do: the findings about them are
    its own (located in its file), not the usable source's."""
    usable = SourceRecord("a-src", "claims/a.yaml", 2, "Example", "A title", "2023-01-01")
    broken = SourceRecord("a-src@claims/c.yaml", "claims/c.yaml", 2, "", "", "", usable=False)
    schema = make_finding("E102", "no title", locations=(Location("claims/c.yaml", 2, 3),))
    entity = make_finding(
        "E104", "no entity", claims=("a-src/c2",), locations=(Location("claims/c.yaml", 6, 14),)
    )
    refuted = make_finding(
        "D201", "refuted", claims=("a-src/c1",), locations=(Location("claims/a.yaml", 9, 12),)
    )
    result = Result(
        findings=(schema, entity, refuted), claims=(), sources=(usable, broken), files=()
    )
    assert result.findings_for_source("a-src") == (refuted,)
    assert result.findings_for_source("a-src@claims/c.yaml") == (schema, entity)
    assert result.findings_for_source("other") == ()


# The files of sources that could not be used, each with its row's id.
UNUSABLE = {"claims/b.yaml": "paper@claims/b.yaml", "claims/x.yaml": "x.yaml"}


def test_a_claim_counts_towards_the_source_its_full_id_names() -> None:
    """A claim of a file whose source id an earlier file has ends in "@" and the file:
    it counts towards that file's row, not towards the source its id begins with."""
    assert claim_source("paper/age@claims/b.yaml", UNUSABLE) == "paper@claims/b.yaml"
    assert claim_source("paper/age", UNUSABLE) == "paper"
    assert claim_source("paper/age@claims/c.yaml", UNUSABLE) == "paper"  # no such row
    assert claim_source("paper/age@claims/b.yaml", {}) == "paper"


def test_a_finding_in_a_file_whose_source_is_unusable_is_its_alone_unless_it_spans() -> None:
    at_b, at_a = Location("claims/b.yaml", 8, 24), Location("claims/a.yaml", 8, 24)
    own = make_finding("E104", "m", claims=("paper/age@claims/b.yaml",), locations=(at_b,))
    across = make_finding(
        "X301", "m", claims=("paper/age@claims/b.yaml", "paper/age"), locations=(at_b, at_a)
    )
    duplicate = make_finding("E103", "m", locations=(at_b, at_a))
    elsewhere = make_finding("D201", "m", claims=("paper/age",), locations=(at_a,))
    assert [file_owner(f, UNUSABLE) for f in (own, across, duplicate, elsewhere)] == [
        "paper@claims/b.yaml",
        None,
        "paper@claims/b.yaml",
        None,
    ]
