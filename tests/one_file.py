"""A run over one claim file written for the test, against the shipped dataset, and its
findings as (code, claims, line, column, message)."""

from __future__ import annotations

from pathlib import Path

from validator import validate
from validator.model.result import Result

__all__ = ["Found", "located", "one_file"]

ROOT = Path(__file__).resolve().parents[1]
# A finding's code, the claims it names, its line and column, and its message.
Found = tuple[str, tuple[str, ...], int, int, str]


def one_file(tmp_path: Path, text: str, name: str = "desk.yaml") -> Result:
    """The result of a run over a claim file `name` of `text` in `tmp_path`."""
    (tmp_path / name).write_text(text, encoding="utf-8")
    return validate([str(tmp_path / name)], dataset=str(ROOT / "dataset"))


def located(result: Result) -> list[Found]:
    """Each finding of `result` as (code, claims, line, column, message)."""
    return [
        (f.code, f.claims, f.location.line, f.location.column, f.message) for f in result.findings
    ]
