"""factlint: a linter for factual claims.

`validate(paths, dataset=...)` checks claim files and returns a `Result`; the
`validate` command is a thin layer over it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from validator._version import __version__
from validator.model.findings import Finding, Location, Severity, Side
from validator.model.result import ClaimRecord, Result, SourceRecord, Verdict

if TYPE_CHECKING:
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


def __getattr__(name: str) -> Any:
    """`validate` is imported on first use: the command imports this package too, and a
    re-run that repeats a remembered run needs none of the checks (most of its time
    was importing them)."""
    if name == "validate":
        from validator.pipeline import validate

        return validate
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
