"""The one `Finding` type every stage reports problems with.

A finding's code, and with it its severity, comes from the table of codes in
`validator.model.codes` (whose names this module also offers, as most users of
findings need both).
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import dataclass, field, replace

from validator.model.codes import CODES, INVALIDATING, CodeInfo, Severity, severity_of

__all__ = [
    "CODES",
    "MAX_MESSAGE",
    "CodeInfo",
    "Finding",
    "Location",
    "Severity",
    "Side",
    "bounded",
    "invalidated_claims",
    "make_finding",
]


# The longest message any finding has: full lists go to the JSON report's structured
# fields, and a message is read in a terminal line, an annotation or a table cell.
MAX_MESSAGE = 2_000


def invalidated_claims(findings: Iterable[Finding]) -> set[str]:
    """The full ids of the claims that `findings` keep from being checked."""
    return {claim for f in findings if f.code in INVALIDATING for claim in f.claims}


@dataclass(frozen=True, slots=True, order=True)
class Location:
    """A 1-based position in a file; `file` is relative to where the run started."""

    file: str
    line: int
    column: int

    def __str__(self) -> str:
        return f"{self.file}:{self.line}:{self.column}"


@dataclass(frozen=True, slots=True)
class Side:
    """One side of a disagreement between sources: what it says and who says it, in
    full. Messages only count and sample them (a side may hold thousands of sources);
    the JSON report gives these lists whole."""

    values: tuple[str, ...]  # the values as written, each once
    sources: tuple[str, ...]  # source ids, each once, sorted
    claims: tuple[str, ...]  # full claim ids, sorted by source
    locations: tuple[Location, ...]  # where the claims are, in the order of claims
    count: int  # how many sources the side counts as (see check_sources.side_count)


@dataclass(frozen=True, slots=True)
class Finding:
    """One problem, from any stage.

    `key` is what identifies the finding beyond its code and claims (a schema path, a
    property); together they make the fingerprint, so it survives edits elsewhere in
    the file and changes of wording. `details` carries named facts reporters show
    beside the message (the dataset's value, its reference, a word diff). `sides`,
    for a finding about sources that disagree, lists every side in full.
    """

    code: str
    severity: Severity
    message: str
    claims: tuple[str, ...] = ()
    locations: tuple[Location, ...] = ()
    key: str = ""
    details: tuple[tuple[str, str], ...] = ()
    sides: tuple[Side, ...] = ()
    acknowledged: bool = False
    acknowledgement: str | None = None
    fingerprint: str = field(default="", compare=False)
    # The claim whose acknowledgement this is (its full id); None for a baseline's, which
    # no claim holds. A finding about several claims is acknowledged on any of them, but
    # the reason is the conclusion about that one: a ClaimReview gives it to that claim's
    # review alone.
    acknowledged_by: str | None = field(default=None, compare=False)

    def __post_init__(self) -> None:
        if not self.fingerprint:
            # Content-based: the file path is only part of it for findings that have
            # no claim to name (E101, file-level E102).
            anchor = ",".join(self.claims) if self.claims else self.file
            raw = "\x1f".join((self.code, anchor, self.key))
            digest = hashlib.sha256(raw.encode("utf-8", "surrogateescape")).hexdigest()[:16]
            object.__setattr__(self, "fingerprint", digest)

    @property
    def file(self) -> str:
        return self.locations[0].file if self.locations else ""

    @property
    def location(self) -> Location | None:
        return self.locations[0] if self.locations else None

    def detail(self, name: str) -> str | None:
        for key, value in self.details:
            if key == name:
                return value
        return None

    def acknowledge(self, reason: str, by: str | None = None) -> Finding:
        return replace(self, acknowledged=True, acknowledgement=reason, acknowledged_by=by)

    def sort_key(self) -> tuple[str, int, int, str, str]:
        # `self.location` unrolled: a run sorts 100,000 findings by this.
        if not self.locations:
            return ("", 0, 0, self.code, self.fingerprint)
        loc = self.locations[0]
        return (loc.file, loc.line, loc.column, self.code, self.fingerprint)


def bounded(finding: Finding) -> Finding:
    """The finding with its message cut to `MAX_MESSAGE` characters. Messages summarise
    (counts, samples, shortened values) and stay well under it; this is the last guard,
    for text no rule foresaw (the run applies it to every finding it reports)."""
    if len(finding.message) <= MAX_MESSAGE:
        return finding
    return replace(finding, message=finding.message[: MAX_MESSAGE - 1] + "\u2026")


def make_finding(
    code: str,
    message: str,
    *,
    claims: tuple[str, ...] = (),
    locations: tuple[Location, ...] = (),
    key: str = "",
    details: tuple[tuple[str, str], ...] = (),
    sides: tuple[Side, ...] = (),
) -> Finding:
    """A finding with the code's own severity: stages never choose severities."""
    return Finding(
        code=code,
        severity=severity_of(code),
        message=message,
        claims=claims,
        locations=locations,
        key=key,
        details=details,
        sides=sides,
    )
