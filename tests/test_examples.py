"""The example corpus: each folder under tests/examples/ holds claim files and, in
`expected.txt`, every finding and verdict the run must produce, exactly.

Regenerate after a deliberate change with FACTLINT_UPDATE_EXAMPLES=1 and review the diff.
"""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

import pytest

from validator import Result, validate

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = Path(__file__).resolve().parent / "examples"
CASES = sorted(
    p.name
    for p in EXAMPLES.iterdir()
    if (p / "expected.txt").exists() or os.environ.get("FACTLINT_UPDATE_EXAMPLES")
)
TODAY = date(2026, 11, 21)


def describe(result: Result) -> str:
    lines = ["# findings"]
    for finding in result.findings:
        where = ", ".join(str(loc) for loc in finding.locations)
        ack = f" [acknowledged: {finding.acknowledgement}]" if finding.acknowledged else ""
        lines.append(
            f"{where}: {finding.code} {finding.severity.value} {' '.join(finding.claims)}: "
            f"{finding.message}{ack}"
        )
    lines.append("# verdicts")
    lines.extend(f"{claim.full_id}: {claim.verdict.value}" for claim in result.claims)
    lines.append(f"# exit {result.exit_code}")
    return "\n".join(lines) + "\n"


@pytest.mark.parametrize("case", CASES)
def test_example(case: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
    folder = EXAMPLES.relative_to(ROOT) / case
    actual = describe(validate(str(folder), dataset="dataset", today=TODAY))
    expected_file = EXAMPLES / case / "expected.txt"
    if os.environ.get("FACTLINT_UPDATE_EXAMPLES"):
        expected_file.write_text(actual, encoding="utf-8")
    assert actual == expected_file.read_text(encoding="utf-8")
