"""A claim file whose source id an earlier file already uses (E103) is checked all the
same, under its own row's id: the id as written with "@" and its file after it
(`a-src@claims/copy.yaml`, see `settle.sources`), and each claim's full id with the same
"@" and file after it (`a-src/network@claims/copy.yaml`).

A wrong value in such a file is reported now, not once the id is fixed: the E103 says
what to rename, and the rest of the file is not lost work meanwhile. The file's own
checks (and the cache that keeps them) know nothing of other files, so they name its
claims as its source id does; what they made is relabelled here, once every file is
parsed, before anything compares claims across files. No valid source or claim id has
an "@", so no relabelled id is another claim's.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import replace

from validator.model.findings import Finding, make_finding
from validator.per_file import CheckedClaim, CheckedFile

# The codes of the findings the driver makes itself: a source id used by two files
# (E103), which only shows once every file is parsed.
EMITS: frozenset[str] = frozenset({"E103"})

__all__ = [
    "EMITS",
    "Label",
    "duplicate_sources",
    "labels_of",
    "relabelled_file",
    "relabelled_findings",
]


class Label:
    """How a shadowed file's claims are named: `suffix` after each full id, and `row`
    the source id they count towards (its scorecard row's)."""

    __slots__ = ("row", "suffix")

    def __init__(self, path: str, row: str) -> None:
        self.suffix = f"@{path}"
        self.row = row


def duplicate_sources(files: list[CheckedFile]) -> tuple[list[Finding], set[str]]:
    """E103 for a source id used by more than one file, on each later file; and the
    paths of those files, whose claims are checked under ids of their own."""
    findings: list[Finding] = []
    first_seen: dict[str, CheckedFile] = {}
    shadowed: set[str] = set()
    for checked in files:
        if checked.source_id_at is None:
            continue
        first = first_seen.get(checked.source_id)
        if first is None:
            first_seen[checked.source_id] = checked
            continue
        assert first.source_id_at is not None
        shadowed.add(checked.path)
        findings.append(
            make_finding(
                "E103",
                # Quoted as every message quotes an id (`repr`): an invisible one shows.
                f"source id {checked.source_id!r} is also used by {first.path}; "
                "give each source its own id",
                locations=(checked.source_id_at, first.source_id_at),
                key=f"source-id:{checked.source_id}:{checked.path}",
            )
        )
    return findings, shadowed


def labels_of(
    files: Iterable[CheckedFile], shadowed: set[str], renamed: Mapping[str, str]
) -> dict[str, Label]:
    """By path, the label of each file in `shadowed`, its row's id as `renamed` gives it."""
    return {
        checked.path: Label(
            checked.path, renamed.get(checked.path, f"{checked.source_id}@{checked.path}")
        )
        for checked in files
        if checked.path in shadowed
    }


def relabelled_findings(findings: list[Finding], labels: Mapping[str, Label]) -> None:
    """The findings located in a labelled file, in place, with the claims they name
    relabelled: a file's own checks name only its own claims."""
    for index, finding in enumerate(findings):
        if finding.claims and finding.locations:
            label = labels.get(finding.locations[0].file)
            if label is not None:
                findings[index] = _relabelled(finding, label.suffix)


def relabelled_file(checked: CheckedFile, label: Label) -> CheckedFile:
    """The file's claims, their acknowledgements, records, resolved claims and
    findings under the label's ids."""
    suffix = label.suffix
    claims = tuple(_claim(claim, suffix, label.row) for claim in checked.claims)
    file_findings = tuple(_relabelled(f, suffix) if f.claims else f for f in checked.file_findings)
    return checked._replace(claims=claims, file_findings=file_findings)


def _claim(claim: CheckedClaim, suffix: str, row: str) -> CheckedClaim:
    full_id = claim.full_id + suffix
    compared = claim.compared
    if compared is not None:
        compared = compared._replace(full_id=full_id, source_id=row)
    return claim._replace(
        full_id=full_id,
        acks=tuple(replace(ack, claim=full_id) for ack in claim.acks),
        compared=compared,
        findings=tuple(_relabelled(f, suffix) for f in claim.findings),
        record=claim.record._replace(full_id=full_id, source_id=row),
    )


def _relabelled(finding: Finding, suffix: str) -> Finding:
    # The fingerprint is worked out again from the new ids.
    claims = tuple(claim + suffix for claim in finding.claims)
    return replace(finding, claims=claims, fingerprint="")
