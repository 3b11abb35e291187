"""What the reports count per source: its claims by verdict, its findings, and the
scorecard's numbers made of them, each worked out once a run (`Result.derived`).

A wiki keeps a file, and so a source, for each article it cites: 100,000 sources of a
claim each are as ordinary as 2,000 of fifty. Nothing here walks the claims or the
findings once per source.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from itertools import repeat
from operator import attrgetter, itemgetter
from types import MappingProxyType

from validator.model.result import Result, Verdict, claim_source, file_owner

__all__ = [
    "SCORECARD_HEADER",
    "VERDICT_ORDER",
    "scorecard_numbers",
    "source_finding_counts",
    "source_verdict_counts",
]

# The order verdicts are listed in summaries: the good news first, the invalid last.
VERDICT_ORDER: tuple[Verdict, ...] = (
    Verdict.SUPPORTED,
    Verdict.REFUTED,
    Verdict.DISPUTED,
    Verdict.UNDETERMINED,
    Verdict.UNVERIFIABLE,
    Verdict.INVALID,
)

# Getters for counting in C (see source_verdict_counts).
_SOURCE_ID = attrgetter("source_id")
_VERDICT = attrgetter("verdict")
_FIRST = itemgetter(0)


def source_finding_counts(result: Result) -> dict[str, int]:
    """Findings per source id in one pass: those naming one of its claims, and those
    without claims located in its file. A finding located in the file of a source that
    could not be used counts for that source alone (`Result.findings_for_source`)."""
    return dict(result.derived("source_finding_counts", _count_source_findings))


def _count_source_findings(result: Result) -> dict[str, int]:
    by_file: dict[str, list[str]] = {}
    for source in result.sources:
        by_file.setdefault(source.file, []).append(source.id)
    counts = {source.id: 0 for source in result.sources}
    # The claims of a source that could not be used may have full ids that begin as
    # another source's do: a finding about them alone is located in its file, and one
    # across sources names them with "@" and their file (see `model.result.file_owner`).
    unusable = result.unusable_files
    for finding in result.findings:
        claims = finding.claims
        owner = file_owner(finding, unusable) if unusable else None
        if owner is not None:
            touched: Iterable[str] = (owner,)
        elif unusable and claims:  # a claim's full id may end in such a file's name
            touched = {claim_source(claim, unusable) for claim in claims}
        elif len(claims) == 1:  # most findings: no set needed
            touched = (claims[0].partition("/")[0],)
        elif claims:
            # The source id before each claim's "/", collected in C: a contradiction
            # can name hundreds of claims.
            touched = set(map(_FIRST, map(str.partition, claims, repeat("/"))))
        elif finding.location is not None:
            touched = set(by_file.get(finding.location.file, ()))
        else:
            continue
        for source_id in touched:
            if source_id in counts:
                counts[source_id] += 1
    return counts


def source_verdict_counts(result: Result) -> dict[str, dict[str, int]]:
    """Verdict counts per source id (every verdict present, zeros included), in one pass.

    `Result.verdict_counts(source_id)` scans every claim; called per source it would
    make a report over many sources quadratic.
    """
    counted = result.derived("source_verdict_counts", _count_source_verdicts)
    return {source_id: dict(counts) for source_id, counts in counted.items()}


def _count_source_verdicts(result: Result) -> dict[str, dict[str, int]]:
    # Counter counts the (source, verdict) pairs in C; a verdict is a str enum, so it
    # finds its count under the plain value the dict is keyed by.
    claims = result.claims
    pairs = Counter(zip(map(_SOURCE_ID, claims), map(_VERDICT, claims), strict=True))
    zeros = {v.value: 0 for v in Verdict}
    counts: dict[str, dict[str, int]] = {}
    for (source_id, verdict), count in pairs.items():
        per_source = counts.get(source_id)
        if per_source is None:
            per_source = counts[source_id] = zeros.copy()
        per_source[verdict] += count
    for source in result.sources:
        counts.setdefault(source.id, zeros.copy())
    return counts


SCORECARD_HEADER: tuple[str, ...] = (
    "Source",
    "Outlet",
    "Published",
    "Claims",
    *(v.value.capitalize() for v in VERDICT_ORDER),
    "Findings",
)


def scorecard_numbers(result: Result) -> Mapping[str, tuple[str, ...]]:
    """Per source, the scorecard's number cells: claims, each verdict, findings. Worked
    out once a run, however many reports show the scorecard (see `tally`)."""
    return MappingProxyType(result.derived("scorecard_numbers", _scorecard_numbers))


def _scorecard_numbers(result: Result) -> dict[str, tuple[str, ...]]:
    # The counts read where they are kept rather than copied, and each distinct row of
    # numbers made once: sources of a claim or two have a handful between them.
    verdicts = result.derived("source_verdict_counts", _count_source_verdicts)
    findings = result.derived("source_finding_counts", _count_source_findings)
    names = [v.value for v in VERDICT_ORDER]
    rows: dict[tuple[int, ...], tuple[str, ...]] = {}
    numbers: dict[str, tuple[str, ...]] = {}
    for source in result.sources:
        counts = verdicts[source.id]
        key = (sum(counts.values()), *map(counts.__getitem__, names), findings.get(source.id, 0))
        row = rows.get(key)
        if row is None:
            row = rows[key] = tuple(map("{:,}".format, key))
        numbers[source.id] = row
    return numbers
