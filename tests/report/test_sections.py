"""The reports' sections: errors first, then warnings, then info; every code placed."""

from __future__ import annotations

from dataclasses import replace

from validator.model.findings import CODES, Severity, make_finding
from validator.report._sections import SECTIONS, findings_by_section, section_of


def test_sections_go_from_the_worst_severity_down() -> None:
    ranks = [s.severity.rank for s in SECTIONS if s.severity is not None]
    assert ranks == sorted(ranks, reverse=True)
    assert [s.key for s in SECTIONS if s.severity is None] == ["acknowledged"]
    assert SECTIONS[-1].key == "acknowledged"
    assert len({s.key for s in SECTIONS}) == len(SECTIONS)


def test_every_code_is_in_a_section_of_its_own_severity() -> None:
    severities = {s.key: s.severity for s in SECTIONS}
    for code, info in CODES.items():
        finding = make_finding(code, "message")
        assert severities[section_of(finding)] == info.severity, code


def test_the_errors_of_invalid_claims_come_before_every_warning_and_info() -> None:
    keys = [s.key for s in SECTIONS]
    first_warning = next(n for n, s in enumerate(SECTIONS) if s.severity == Severity.WARNING)
    for code in ("E101", "E102", "E103", "E104", "E105", "E106", "E107"):
        assert keys.index(section_of(make_finding(code, "m"))) < first_warning


def test_a_code_without_a_section_goes_with_others_of_its_severity() -> None:
    finding = make_finding("D202", "m")
    for severity, key in (
        (Severity.ERROR, "other-errors"),
        (Severity.WARNING, "other-warnings"),
        (Severity.INFO, "other-info"),
    ):
        assert section_of(replace(finding, code="Z999", severity=severity)) == key


def test_acknowledged_findings_are_also_listed_together() -> None:
    d201 = make_finding("D201", "refuted", claims=("s/a",)).acknowledge("known")
    d203 = make_finding("D203", "unverifiable", claims=("s/b",))
    sections = findings_by_section([d201, d203])
    assert sections["refuted"] == [d201]
    assert sections["gaps"] == [d203]
    assert sections["acknowledged"] == [d201]
    assert [key for key, found in sections.items() if found] == ["refuted", "gaps", "acknowledged"]
