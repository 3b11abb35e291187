"""The reports' content model: the claims a finding concerns, with their locations."""

from __future__ import annotations

from reporting_sample import CLAIMS, sample_result

from validator.model.findings import Location, make_finding
from validator.model.result import Result
from validator.report._content import claim_places, involved_claims, summary_counts

TIMES_CLAIM = CLAIMS[0]
TIMES_AT = Location(TIMES_CLAIM.file, TIMES_CLAIM.line, TIMES_CLAIM.column)


def test_a_finding_that_locates_each_claim() -> None:
    result = sample_result()
    here, there, own = Location("a.yaml", 3, 1), Location("b.yaml", 4, 2), Location("c", 1, 1)
    finding = make_finding(
        "D202",
        "m",
        claims=(TIMES_CLAIM.full_id, "nowhere/x"),
        locations=(here, there, own),  # one beyond the claims: the finding's own
    )
    assert involved_claims(result, finding) == [
        (TIMES_CLAIM.full_id, TIMES_CLAIM, here),
        ("nowhere/x", None, there),
    ]
    places = [(TIMES_CLAIM.full_id, here), ("nowhere/x", there)]
    assert list(claim_places(result, finding)) == places


def test_a_claim_beyond_the_locations_is_where_its_record_says() -> None:
    result = sample_result()
    here = Location("a.yaml", 3, 1)
    finding = make_finding(
        "D202", "m", claims=("nowhere/x", TIMES_CLAIM.full_id, "nowhere/y"), locations=(here,)
    )
    assert involved_claims(result, finding) == [
        ("nowhere/x", None, here),
        (TIMES_CLAIM.full_id, TIMES_CLAIM, TIMES_AT),
        ("nowhere/y", None, None),
    ]
    assert list(claim_places(result, finding)) == [
        ("nowhere/x", here),
        (TIMES_CLAIM.full_id, TIMES_AT),
        ("nowhere/y", None),
    ]


def test_a_finding_without_claims_concerns_none() -> None:
    finding = make_finding("E108", "m", locations=(Location("a.yaml", 1, 1),))
    assert involved_claims(sample_result(), finding) == []
    assert list(claim_places(sample_result(), finding)) == []


def test_the_summary_writes_its_counts_with_thousands_commas_as_the_messages_do() -> None:
    findings = (make_finding("D203", "m"),) * 1_204 + (make_finding("S501", "m"),) * 1_000
    result = Result(findings=findings, claims=(), sources=(), files=("a.yaml",))
    assert summary_counts(result) == (
        "1 file, 0 claims (0 supported, 0 refuted, 0 disputed, 0 undetermined, "
        "0 unverifiable, 0 invalid); 2,204 findings (0 errors, 1,204 warnings, 1,000 info), "
        "0 acknowledged"
    )
