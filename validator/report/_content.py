"""The content model of the reports: what each shows, worked out once per run.

Counts (verdicts, severities, per source), summary wording, the sections findings go
in, and the claims each finding concerns. Nothing here formats for one output or does
I/O; every function depends on its arguments only, so the same `Result` always renders
to the same text.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Iterable
from operator import attrgetter

from validator.model.findings import CODES, Finding, Location, Severity
from validator.model.result import ClaimRecord, Result, SourceRecord

from ._memo import Memo
from ._per_source import (
    SCORECARD_HEADER,
    VERDICT_ORDER,
    scorecard_numbers,
    source_finding_counts,
    source_verdict_counts,
)
from ._sections import code_counts
from ._text import plural
from .escaping import label

__all__ = [
    "CELL_ITEMS",
    "INFO_LIMIT",
    "SCORECARD_HEADER",
    "VERDICT_ORDER",
    "Anchors",
    "SourceCells",
    "acknowledged_count",
    "claim_anchor",
    "claim_label",
    "claim_places",
    "claimed_value",
    "code_title",
    "finding_anchor",
    "gap_groups",
    "involved_claims",
    "meta_sentence",
    "row_label",
    "scorecard_numbers",
    "severity_counts",
    "source_finding_counts",
    "source_verdict_counts",
    "subject_name",
    "summary_counts",
    "summary_line",
    "tally",
    "verdict_counts",
    "verdict_sentence",
]

# Getters for counting in C.
_ACKNOWLEDGED = attrgetter("acknowledged")

# At most this many info findings are shown in the Markdown and HTML reports; errors and
# warnings are always shown in full. consistency.json always holds every finding.
INFO_LIMIT = 500

# A table cell listing more than this many items (claims, values) shows the first ones
# and the rest folded under "+N more", which opens without scripts (<details>).
CELL_ITEMS = 3


def finding_anchor(finding: Finding) -> str:
    """The id of a finding's place in the reports: from its fingerprint, so a link to it
    survives edits elsewhere in the claim files."""
    return "f-" + finding.fingerprint


def claim_anchor(full_id: str) -> str:
    """The id of a claim's first place in the reports: `claim-source/claim` for an id of
    the form the schema allows, else `claim-` and 16 hex digits worked out from the id
    alone. An invalid claim's id may be anything, cut to the schema's length with a note
    of where the file has it whole: the anchor held that note, spaces and all (which an
    HTML id may not hold), hundreds of characters long. The digits are bounded, stable
    from run to run, and never take the form of a valid id's anchor, which has a `/`."""
    if _ANCHORED.fullmatch(full_id):
        return "claim-" + full_id
    digest = hashlib.sha256(full_id.encode("utf-8", "surrogatepass")).hexdigest()
    return "claim-" + digest[:16]


# A full id (source id, claim id) of the form the claim-file schema allows: the bounds
# are the schema's (100 characters each), which a longer id is cut to.
_ANCHORED = re.compile(r"[a-z0-9][a-z0-9-]{0,99}/[a-z0-9][a-z0-9-]{0,99}")


class Anchors:
    """Which claims and findings a report has given their anchor: each gets one, where it
    first appears, and later mentions link to it."""

    def __init__(self) -> None:
        self.claims: set[str] = set()
        self.findings: set[str] = set()

    def claim_first(self, full_id: str) -> bool:
        """Whether this is the claim's first appearance (and from now on, not)."""
        if full_id in self.claims:
            return False
        self.claims.add(full_id)
        return True

    def finding_first(self, finding: Finding) -> bool:
        """Whether this is the finding's first appearance (and from now on, not)."""
        anchor = finding_anchor(finding)
        if anchor in self.findings:
            return False
        self.findings.add(anchor)
        return True

    def finding_shown(self, finding: Finding) -> bool:
        return finding_anchor(finding) in self.findings


def tally(result: Result) -> None:
    """Work out the counts every report shows. Each is worked out once per run and
    remembered by the Result (see `Result.derived`); done before the report processes
    fork, it is done once for all of them."""
    verdict_counts(result)
    severity_counts(result)
    scorecard_numbers(result)  # and the counts per source it is made of
    code_counts(result)


def verdict_counts(result: Result) -> dict[str, int]:
    """`result.verdict_counts()`, counted once however many reports show it."""
    return dict(result.derived("verdict_counts", Result.verdict_counts))


def severity_counts(result: Result) -> dict[str, int]:
    """`result.severity_counts()`, counted once however many reports show it."""
    return dict(result.derived("severity_counts", Result.severity_counts))


def acknowledged_count(result: Result) -> int:
    """How many findings are acknowledged (True counts as 1), summed in C."""
    return int(sum(map(_ACKNOWLEDGED, result.findings)))


def summary_counts(result: Result) -> str:
    """`3 files, 42 claims (30 supported, ...); 5 findings (1 error, ...), 2 acknowledged`."""
    verdicts = verdict_counts(result)
    verdict_text = ", ".join(f"{verdicts[v.value]:,} {v.value}" for v in VERDICT_ORDER)
    severities = severity_counts(result)
    severity_text = ", ".join(
        (
            plural(severities[Severity.ERROR.value], "error"),
            plural(severities[Severity.WARNING.value], "warning"),
            f"{severities[Severity.INFO.value]:,} info",
        )
    )
    acknowledged = acknowledged_count(result)
    return (
        f"{plural(len(result.files), 'file')}, {plural(len(result.claims), 'claim')} "
        f"({verdict_text}); {plural(len(result.findings), 'finding')} ({severity_text}), "
        f"{acknowledged:,} acknowledged"
    )


def summary_line(result: Result) -> str:
    """The one summary line of the text and GitHub formats."""
    outcome = "pass" if result.passed else "fail"
    return f"factlint: {summary_counts(result)} \u2014 {outcome}"


def meta_sentence(result: Result, escape: Callable[[str], str]) -> str:
    """`Checked against the dataset D (checked DATE), by factlint V.`, each piece passed
    through `escape` for the report's format; "" when there is nothing to say."""
    meta: list[str] = []
    if result.dataset is not None:
        dataset = result.dataset
        text = f"Checked against the dataset {escape(dataset.id)}"
        if dataset.checked:
            text += f" (checked {escape(dataset.checked)})"
        meta.append(text)
    if result.tool_version:
        meta.append(f"factlint {escape(result.tool_version)}")
    return ", by ".join(meta) + "." if meta else ""


def verdict_sentence(result: Result, passed: str, failed: str) -> str:
    """`FAIL: 4 unacknowledged findings at error or above.` with the words given for the
    outcome (plain, or marked up by the caller)."""
    level = result.fail_on.value
    if result.passed:
        return f"{passed}: no unacknowledged findings at {level} or above."
    count = len(result.failing)
    return f"{failed}: {plural(count, 'unacknowledged finding')} at {level} or above."


# (full id, record, location): one claim a finding concerns, with what the reports
# show about it; a plain tuple, as a report builds one per row of its tables.
InvolvedClaim = tuple[str, ClaimRecord | None, Location | None]


def claimed_value(record: ClaimRecord | None, finding: Finding) -> str | None:
    """What a refuted claim says, for the table beside the dataset's value: the value as
    written, and where a qualifier decides it (the value agrees) that qualifier too, so
    the row reads "Lorraine, date 2022-12-02" against "Lorraine, date 2022-12-01"."""
    if finding.detail("qualifier") is not None:
        return finding.detail("claimed")
    return record.value if record is not None else None


def involved_claims(result: Result, finding: Finding) -> list[InvolvedClaim]:
    """The claims of `finding`, each with its record and its location.

    The finding's own locations are paired with its claims in order; a claim beyond
    them falls back to where its record says it is.
    """
    claims = finding.claims
    locations = finding.locations
    if len(locations) >= len(claims):
        # Any locations beyond the claims are the finding's own, not a claim's.
        return list(zip(claims, map(result.claim_lookup, claims), locations, strict=False))
    out: list[InvolvedClaim] = []
    lookup = result.claim_lookup
    for index, full_id in enumerate(claims):
        record = lookup(full_id)
        location: Location | None
        if index < len(locations):
            location = locations[index]
        elif record is not None:
            location = Location(record.file, record.line, record.column)
        else:
            location = None
        out.append((full_id, record, location))
    return out


def claim_places(result: Result, finding: Finding) -> Iterable[tuple[str, Location | None]]:
    """The (full id, location) of each claim of `finding`: `involved_claims` without the
    records, paired in C when the finding locates each of its claims itself (most do)."""
    claims = finding.claims
    locations = finding.locations
    if len(locations) >= len(claims):
        return zip(claims, locations, strict=False)
    return [(full_id, location) for full_id, _, location in involved_claims(result, finding)]


def row_key(claim: ClaimRecord) -> tuple[str, str]:
    """The (subject, property) a claim is about, in the property's declared direction:
    a claim written with an inverse (`X acted_in Y`) is about Y's `cast_member`."""
    if claim.forward is not None:
        return claim.forward
    return (claim.subject_id or claim.subject, claim.property)


def row_label(result: Result, claim: ClaimRecord) -> tuple[str, str]:
    """How reports name a claim's row: the entity's first name in the dataset (not the
    name this source wrote), and the declared property. A subject that names no entity
    is shown as written."""
    subject, prop = row_key(claim)
    labels = result.dataset.labels if result.dataset is not None else {}
    label = labels.get(subject)
    if label is None:  # no entity, or none the run named: as written
        label = claim.subject if claim.forward is None else subject
    return label, prop


def subject_name(result: Result, claim: ClaimRecord) -> str:
    """A claim's subject as reports name it, in the direction it was written: the
    entity's first name in the dataset, as `row_label` names it; as written when it
    names no entity."""
    labels = result.dataset.labels if result.dataset is not None else {}
    found = labels.get(claim.subject_id) if claim.subject_id is not None else None
    return claim.subject if found is None else found


def claim_label(result: Result, finding: Finding) -> tuple[str, str]:
    """`row_label` of the first claim a finding concerns, for headings."""
    for full_id in finding.claims:
        record = result.claim(full_id)
        if record is not None:
            return row_label(result, record)
    return "", ""


# One claim of a gap: (full id, its record, the D203 finding about it).
GapClaim = tuple[str, ClaimRecord | None, Finding]


def gap_groups(
    result: Result, findings: Iterable[Finding]
) -> list[tuple[str, str, list[GapClaim]]]:
    """D203 findings grouped by (subject, property), in order of first appearance.

    Each group is (subject, property, [(full id, record, finding)]).
    """
    groups: dict[tuple[str, str], tuple[str, str, list[GapClaim]]] = {}
    lookup = result.claim_lookup
    for finding in findings:
        for full_id in finding.claims or ("",):
            record = lookup(full_id) if full_id else None
            if record is None:
                key: tuple[str, str] = ("", "")
            else:  # row_key, inline: once per claim of every gap
                key = record.forward or (record.subject_id or record.subject, record.property)
            group = groups.get(key)
            if group is None:  # a group is labelled by its first claim
                label = row_label(result, record) if record is not None else key
                group = groups[key] = (label[0], label[1], [])
            group[2].append((full_id, record, finding))
    return list(groups.values())


class SourceCells:
    """The source column of a claims table, the same for all of a source's rows: each
    source's cell is made once. A renderer sets `sources`, `source_cells` and `esc`, and
    says how the outlet follows the id."""

    sources: dict[str, SourceRecord]
    source_cells: Memo[str, str]
    esc: dict[str | None, str]

    def with_outlet(self, escaped_outlet: str) -> str:
        raise NotImplementedError

    def source_cell(self, full_id: str, record: ClaimRecord | None) -> str:
        source_id = record.source_id if record is not None else full_id.partition("/")[0]
        cell = self.source_cells.get(source_id)
        if cell is None:
            cell = self.esc[label(source_id)]  # ids alike on screen told apart
            source = self.sources.get(source_id)
            if source is not None and source.outlet:  # none when the source is unusable
                cell += self.with_outlet(self.esc[source.outlet])
            self.source_cells.keep(source_id, cell)
        return cell


def code_title(code: str) -> str:
    info = CODES.get(code)
    return info.title if info else code
