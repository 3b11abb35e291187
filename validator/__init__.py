"""factlint: a linter for factual claims.

`validate(paths, dataset=...)` checks claim files and returns a `Result`; the
`validate` command is a thin layer over it.
"""

from __future__ import annotations

from validator._version import __version__
from validator.model.findings import Finding, Location, Severity, Side
from validator.model.result import ClaimRecord, Result, SourceRecord, Verdict
from validator.pipeline import validate

__all__ = [
    "ClaimRecord",
    "Finding",
    "Location",
    "Result",
    "Severity",
    "Side",
    "SourceRecord",
    "Verdict",
    "__version__",
    "validate",
]
