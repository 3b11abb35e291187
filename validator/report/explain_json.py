"""`--explain SOURCE/CLAIM --format json`: the reasoning behind one claim's verdict as one
JSON object, its claims and findings as the JSON report lists them.

Apart from `explain`, whose text a remembered run may print without importing the JSON
report's module. The JSON is `dump_json`'s, escaped as the JSON report is."""

from __future__ import annotations

from validator.model.result import Result

from ._json import dump_json
from .explain import gathered
from .json_report import claim_dict, finding_dict

__all__ = ["explain_json"]


def explain_json(result: Result, full_id: str) -> str | None:
    """The explanation as one JSON object (`--explain` with `--format json`), or None
    when no claim has that id: the claim and the findings as the JSON report lists
    them, its reasoning steps, and every other source's claim that bears on it."""
    found = gathered(result, full_id)
    if found is None:
        return None
    claim, own, others = found
    return dump_json(
        {
            "claim": claim_dict(claim),
            "steps": list(claim.explanation),
            "findings": [finding_dict(finding) for finding in own],
            "related": [claim_dict(other) for other in others],
        }
    )
