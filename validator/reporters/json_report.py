"""The JSON report (consistency.json), following schema/report.schema.json."""

from __future__ import annotations

from typing import Any

from ..findings import Finding
from ..result import ClaimRecord, Result, SourceRecord
from ._common import code_title, dump_json, source_finding_counts, source_verdict_counts

__all__ = ["render_json", "report_dict"]


def render_json(result: Result) -> str:
    """`report_dict(result)` as indented JSON with a fixed key order and a final newline."""
    return dump_json(report_dict(result))


def report_dict(result: Result) -> dict[str, Any]:
    """The whole report as plain data: every claim and every finding, nothing capped."""
    finding_counts = source_finding_counts(result)
    verdict_counts = source_verdict_counts(result)
    dataset = result.dataset
    return {
        "tool": {"name": "factlint", "version": result.tool_version},
        "dataset": (
            None
            if dataset is None
            else {"id": dataset.id, "title": dataset.title, "checked": dataset.checked}
        ),
        "summary": {
            "passed": result.passed,
            "exit_code": result.exit_code,
            "fail_on": result.fail_on.value,
            "files": len(result.files),
            "sources": len(result.sources),
            "claims": len(result.claims),
            "verdicts": result.verdict_counts(),
            "findings": len(result.findings),
            "severities": result.severity_counts(),
            "acknowledged": sum(1 for f in result.findings if f.acknowledged),
        },
        "sources": [
            _source(s, verdict_counts[s.id], finding_counts.get(s.id, 0)) for s in result.sources
        ],
        "claims": [_claim(c) for c in result.claims],
        "findings": [_finding(f) for f in result.findings],
    }


def _source(source: SourceRecord, verdicts: dict[str, int], findings: int) -> dict[str, Any]:
    return {
        "id": source.id,
        "file": source.file,
        "line": source.line,
        "outlet": source.outlet,
        "title": source.title,
        "author": source.author,
        "url": source.url,
        "published": source.published,
        "claims": sum(verdicts.values()),
        "verdicts": verdicts,
        "findings": findings,
    }


def _claim(claim: ClaimRecord) -> dict[str, Any]:
    return {
        "id": claim.full_id,
        "source": claim.source_id,
        "file": claim.file,
        "line": claim.line,
        "column": claim.column,
        "subject": claim.subject,
        "subject_id": claim.subject_id,
        "property": claim.property,
        "value": claim.value,
        "as_of": claim.as_of,
        "excerpt": claim.excerpt,
        "verdict": claim.verdict.value,
    }


def _finding(finding: Finding) -> dict[str, Any]:
    return {
        "code": finding.code,
        "severity": finding.severity.value,
        "title": code_title(finding.code),
        "message": finding.message,
        "claims": list(finding.claims),
        "locations": [
            {"file": loc.file, "line": loc.line, "column": loc.column} for loc in finding.locations
        ],
        "details": dict(finding.details),
        "acknowledged": finding.acknowledged,
        "acknowledgement": finding.acknowledgement,
        "fingerprint": finding.fingerprint,
    }
