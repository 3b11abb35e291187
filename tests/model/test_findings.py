from __future__ import annotations

from validator.model.findings import CODES, Location, Severity, make_finding


def test_every_code_has_a_severity_title_description_and_fix() -> None:
    assert list(CODES) == [
        "E101", "E102", "E103", "E104", "E105", "E106", "E107", "E108",
        "D201", "D202", "D203", "D204", "D205", "D206", "D207",
        "X301", "X302", "X303", "Q401", "Q402", "Q403", "S501",
    ]  # fmt: skip
    assert all(info.title and info.description and info.fix for info in CODES.values())
    assert CODES["D202"].severity is Severity.INFO and CODES["X301"].severity is Severity.ERROR


def test_fingerprints_ignore_wording_and_position() -> None:
    one = make_finding(
        "D201", "first wording", claims=("a/b",), locations=(Location("f", 1, 1),), key="age"
    )
    two = make_finding(
        "D201", "other wording", claims=("a/b",), locations=(Location("f", 9, 9),), key="age"
    )
    other_claim = make_finding("D201", "first wording", claims=("a/c",), key="age")
    assert one.fingerprint == two.fingerprint != other_claim.fingerprint
    assert len(one.fingerprint) == 16


def test_acknowledging_keeps_the_fingerprint() -> None:
    finding = make_finding("D201", "m", claims=("a/b",), key="age")
    acknowledged = finding.acknowledge("reviewed")
    assert acknowledged.acknowledged and acknowledged.acknowledgement == "reviewed"
    assert acknowledged.fingerprint == finding.fingerprint
    assert finding.detail("missing") is None
