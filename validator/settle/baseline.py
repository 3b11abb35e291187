"""A baseline: fingerprints of findings a team accepted when it adopted factlint.

`validate --write-baseline` records every current unacknowledged finding; later runs
with the baseline treat those findings as acknowledged, so only new ones fail.
"""

from __future__ import annotations

import json
from collections.abc import Iterable

from validator.model.findings import Finding
from validator.model.result import Result

from .acknowledge import MAX_REASON

__all__ = [
    "BaselineError",
    "Stated",
    "apply_baseline",
    "parse_baseline",
    "render_baseline",
    "stated",
]

FORMAT = 1
# Values a baseline may hold, counted as its commas and opening brackets (one of them
# comes before every value but the first): `--write-baseline` writes about nine for each
# finding in some 480 bytes, so a baseline of the most bytes read (256 MiB) holds fewer.
# Python's reader builds every value before anything is checked, 60 bytes each or more:
# a 64 MiB baseline of `{}` took 1.7 GB, and one of 256 MiB would have taken 6.7 GB.
_MAX_VALUES = 6_000_000
# An entry's reason is bounded as a claim file's acknowledgement is (`MAX_REASON`): it
# is copied into every report beside its finding, and one of 100 MB was a line of
# 100 MB in the log, 100 MB of SARIF and of JUnit XML and 200 MB of HTML.


class BaselineError(Exception):
    """The baseline file cannot be used: the run stops (exit 2)."""


# What an entry accepts: a finding's fingerprint, code and claims (`stated`).
Stated = tuple[str, str, tuple[str, ...]]


def render_baseline(result: Result, reason: str = "accepted when the baseline was written") -> str:
    entries = sorted(
        (
            {
                "fingerprint": f.fingerprint,
                "code": f.code,
                "claims": list(f.claims),
                "message": f.message,
                "reason": reason,
            }
            for f in result.findings
            if not f.acknowledged
        ),
        key=lambda e: (str(e["fingerprint"]), str(e["code"])),
    )
    document = {"factlint_baseline": FORMAT, "findings": entries}
    return json.dumps(document, indent=2, ensure_ascii=False) + "\n"


def parse_baseline(text: str, shown: str) -> dict[Stated, str]:
    """Each entry's reason, by the finding it accepts (`stated`: its fingerprint, and
    the code and claims it names); raises `BaselineError` naming the file."""
    if text.count(",") + text.count("[") + text.count("{") >= _MAX_VALUES:
        raise BaselineError(
            f"{shown}: too large to be read as a baseline (more than {_MAX_VALUES:,} values, "
            "where one holds about nine a finding); if it is one, fix or acknowledge findings "
            "and write it again with --write-baseline"
        )
    try:
        document = json.loads(text)
    except json.JSONDecodeError as error:
        where = f"{shown}:{error.lineno}:{error.colno}"
        raise BaselineError(f"{where}: not JSON: {error.msg}") from None
    except (ValueError, RecursionError) as error:
        # A number of more digits than Python converts (ValueError), or arrays nested
        # past the recursion limit: a baseline may come with a pull request, and either
        # ended the run in an internal error.
        raise BaselineError(f"{shown}: not a factlint baseline ({_why(error)})") from None
    # The format is the integer itself: `true` and `1.0` equal 1 in Python, not in JSON.
    version = document.get("factlint_baseline") if isinstance(document, dict) else None
    if type(version) is not int or version != FORMAT:
        raise BaselineError(f"{shown}: not a factlint baseline (format {FORMAT})")
    entries = document.get("findings")
    if not isinstance(entries, list):
        raise BaselineError(f"{shown}: 'findings' should be a list")
    accepted: dict[Stated, str] = {}
    for number, entry in enumerate(entries):
        if not isinstance(entry, dict) or not isinstance(entry.get("fingerprint"), str):
            raise BaselineError(f"{shown}: findings[{number}] has no fingerprint")
        reason = entry.get("reason")
        if isinstance(reason, str) and len(reason) > MAX_REASON:
            raise BaselineError(
                f"{shown}: findings[{number}].reason has {len(reason):,} characters, more "
                f"than an acknowledgement's reason may ({MAX_REASON:,}); shorten it"
            )
        code, claims = entry.get("code"), entry.get("claims")
        if not isinstance(code, str) or not (
            isinstance(claims, list) and all(isinstance(claim, str) for claim in claims)
        ):
            raise BaselineError(
                f"{shown}: findings[{number}] should name its finding's code (text) and "
                "claims (a list of ids), as --write-baseline writes them"
            )
        accepted[stated(entry["fingerprint"], code, tuple(claims))] = (
            reason if isinstance(reason, str) else "in the baseline"
        )
    return accepted


def stated(fingerprint: str, code: str, claims: tuple[str, ...]) -> Stated:
    """What an entry accepts: the finding of this fingerprint, code and claims. A
    baseline may come with a pull request and is read as a diff: an entry naming a
    warning on one claim (`"code": "D203"`) with the fingerprint of an error on another
    accepted the error, its code and claims never compared; and an entry of a
    fingerprint alone names no finding a reviewer can see. A tuple, not the three
    joined: no character an entry writes can move one's text into another."""
    return fingerprint, code, claims


def _why(error: ValueError | RecursionError) -> str:
    if isinstance(error, RecursionError):
        return "nested too deeply"
    return "a number with too many digits"


def apply_baseline(findings: Iterable[Finding], accepted: dict[Stated, str]) -> list[Finding]:
    """The findings, each one a baseline entry accepts (`parse_baseline`) acknowledged."""
    if not accepted:
        return list(findings)
    out: list[Finding] = []
    for finding in findings:
        key = stated(finding.fingerprint, finding.code, finding.claims)
        reason = None if finding.acknowledged else accepted.get(key)
        out.append(finding if reason is None else finding.acknowledge(f"baseline: {reason}"))
    return out
