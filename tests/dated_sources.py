"""A run over small claim files against a dataset written out for the test: each file a
source published 2024-03-07 whose claims are flow mappings, each finding as (code,
file:line:column, message)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from validator import validate

__all__ = ["findings_of"]


def findings_of(
    tmp_path: Path, dataset: str, files: dict[str, list[str]]
) -> list[tuple[str, str, str]]:
    """(code, file:line:column, message) of each finding of a run over `files` (a source
    id -> the insides of its claims' flow mappings, `id: c, subject: ...`) against
    `dataset` (its text)."""
    (tmp_path / "data.yaml").write_text(dataset, encoding="utf-8")
    (tmp_path / "claims").mkdir()
    for source, claims in files.items():
        listed = "".join(f"  - {{{claim}}}\n" for claim in claims)
        (tmp_path / "claims" / f"{source}.yaml").write_text(
            f"source: {{id: {source}, outlet: O, title: T, published: 2024-03-07}}\n"
            f"claims:\n{listed}",
            encoding="utf-8",
        )
    result = validate(
        str(tmp_path / "claims"), dataset=str(tmp_path / "data.yaml"), today=date(2026, 11, 21)
    )
    return [
        (f.code, str(f.locations[0]).rsplit("claims/", 1)[1], f.message) for f in result.findings
    ]
