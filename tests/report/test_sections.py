"""The reports' sections: errors first, then warnings, then info; every code placed."""

from __future__ import annotations

from dataclasses import replace

from validator.model.findings import CODES, Severity, make_finding
from validator.report._sections import (
    SECTIONS,
    findings_shown_by_section,
    section_of,
)


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
    sections, shown = findings_shown_by_section([d201, d203], 0)
    assert shown == sections
    assert sections["refuted"] == [d201]
    assert sections["gaps"] == [d203]
    assert sections["acknowledged"] == [d201]
    assert [key for key, found in sections.items() if found] == ["refuted", "gaps", "acknowledged"]


def test_the_shown_findings_are_every_error_and_warning_and_the_first_info() -> None:
    s501 = [make_finding("S501", f"shared {n}", claims=(f"s/{n}",)) for n in range(4)]
    s501[3] = s501[3].acknowledge("copied on purpose")
    d201 = make_finding("D201", "refuted", claims=("s/a",)).acknowledge("known")
    d203 = make_finding("D203", "unverifiable", claims=("s/b",))
    other = replace(make_finding("D203", "m"), code="Z999", severity=Severity.INFO)
    findings = [s501[0], d201, s501[1], other, d203, s501[2], s501[3]]
    every, shown = findings_shown_by_section(findings, 2)
    assert {key: found for key, found in every.items() if found} == {
        "refuted": [d201],
        "gaps": [d203],
        "shared-wording": s501,
        "other-info": [other],
        "acknowledged": [d201, s501[3]],
    }
    assert every["shared-wording"] == s501
    assert every["other-info"] == [other]
    assert every["acknowledged"] == [d201, s501[3]]
    # The first two info findings are shown, whichever section they are in.
    assert [key for key, found in shown.items() if found] == [
        "refuted",
        "gaps",
        "shared-wording",
        "acknowledged",
    ]
    assert shown["shared-wording"] == [s501[0], s501[1]]
    assert shown["acknowledged"] == [d201]
    assert shown["refuted"] == [d201] and shown["gaps"] == [d203]
    assert findings_shown_by_section(findings, 10) == (every, every)
