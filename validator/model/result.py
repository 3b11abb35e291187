"""The one `Result` a run produces: what reporters render and the API returns."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from operator import attrgetter
from typing import Any, NamedTuple, TypeVar

from .findings import Finding, Severity

__all__ = [
    "ClaimRecord",
    "DatasetInfo",
    "Result",
    "SharedWording",
    "SourceRecord",
    "Verdict",
    "claim_source",
    "file_owner",
]


T = TypeVar("T")


class Verdict(StrEnum):
    SUPPORTED = "supported"
    REFUTED = "refuted"
    UNDETERMINED = "undetermined"
    DISPUTED = "disputed"
    UNVERIFIABLE = "unverifiable"
    INVALID = "invalid"


class ClaimRecord(NamedTuple):
    """One claim as reports show it; `value` is the value as written, as display text.

    Immutable; a named tuple rather than a frozen data class because a run builds one
    per claim, and passes most of them between processes: a frozen data class takes
    five times as long to build (it sets each field through `object.__setattr__`)."""

    full_id: str
    source_id: str
    claim_id: str
    file: str
    line: int
    column: int
    subject: str
    property: str
    value: str
    verdict: Verdict
    subject_id: str | None = None  # the resolved entity, when resolution succeeded
    excerpt: str | None = None
    as_of: str | None = None  # display text; defaults to the source's publication date
    explanation: tuple[str, ...] = ()  # the reasoning steps behind the verdict
    # For a claim written with an inverse property (`acted_in`), its subject and
    # property turned around to the declared direction: (entity id, `cast_member`).
    forward: tuple[str, str] | None = None
    # The qualifiers the claim gives, in name order: (name, value as display text), as
    # written. A claim whose qualifiers did not resolve lists its first ten, each text cut
    # as a value is.
    qualifiers: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True, slots=True)
class SourceRecord:
    """One claim file's source, as the scorecard shows it: every claim file has one, even
    one that could not be read or parsed, so that the reports list each file a desk gave.

    `usable` False: the file's source could not be used (schema errors in it, or an id
    an earlier file has, E103; or the file could not be read or parsed at all, E101), so
    none of its claims was checked, but for an id an earlier file has: those are checked
    under its row's id, their full ids with "@" and the file after them. Its `id` is
    then the id as written where it is text, else the file's name with its extension
    (as its claims' full ids begin), with "@" and the file appended where another
    source has that id; its outlet, title and date
    are empty unless its header passed the schema."""

    id: str
    file: str
    line: int
    outlet: str
    title: str
    published: str  # display text of the date or interval
    author: str | None = None
    url: str | None = None
    usable: bool = True
    # Where the file gives the url (line, column): a second source at one address is
    # reported there (S501).
    url_at: tuple[int, int] = (0, 0)


@dataclass(frozen=True, slots=True)
class SharedWording:
    """Two sources that share wording (S501), `first` before `second` by id.

    `passages` pairs a claim of each whose texts (excerpts, quotes) share a long run of
    words; `wrong_values` pairs claims that give the same value the dataset refutes.
    `count` is how many distinct passages they share, counted on the side with fewer,
    so that it is the same whichever way round the pair is read. `unspaced`: whether a
    run of words they share holds a character of a script written without spaces
    (Chinese, Japanese, Thai...), which counts half a word. `address`: the page both
    give as their url (`rules.addresses.page_address`), or "" where they give none in
    common: one source under two ids, whatever else they share."""

    first: str
    second: str
    passages: tuple[tuple[str, str], ...] = ()
    wrong_values: tuple[tuple[str, str], ...] = ()
    count: int = 0
    unspaced: bool = False
    address: str = ""


@dataclass(frozen=True, slots=True)
class DatasetInfo:
    id: str
    title: str
    checked: str | None = None
    # The first name in the dataset of each entity the claims are about: what reports
    # call it, whichever name a source wrote.
    labels: dict[str, str] = field(default_factory=dict, compare=False)


@dataclass(frozen=True, slots=True)
class Result:
    """Everything a run found. Findings are sorted by file, line, column, code."""

    findings: tuple[Finding, ...]
    claims: tuple[ClaimRecord, ...]
    sources: tuple[SourceRecord, ...]
    files: tuple[str, ...]
    fail_on: Severity = Severity.ERROR
    dataset: DatasetInfo | None = None
    tool_version: str = ""
    # Files besides the claim files and the dataset that the run read (archived source
    # texts), each with its stamp as the results read it (`rules.archives.archive_stamp`),
    # so that a remembered run can tell whether they changed.
    read: tuple[tuple[str, str], ...] = ()
    # Pairs of sources that share wording, sorted: see validator.rules.wording.
    shared_wording: tuple[SharedWording, ...] = ()
    _claim_index: dict[str, ClaimRecord] = field(default_factory=dict, compare=False, repr=False)
    _derived: dict[str, Any] = field(default_factory=dict, init=False, compare=False, repr=False)

    def __post_init__(self) -> None:
        self._claim_index.update((claim.full_id, claim) for claim in self.claims)

    def claim(self, full_id: str) -> ClaimRecord | None:
        return self._claim_index.get(full_id)

    @property
    def claim_lookup(self) -> Callable[[str], ClaimRecord | None]:
        """`claim`, as the index's own lookup: mapped over the thousands of claims a
        finding may name, it runs in C, with no Python call per claim."""
        return self._claim_index.get

    def derived(self, name: str, compute: Callable[[Result], T]) -> T:
        """`compute(self)`, worked out on the first call with `name` and remembered: for
        what several reports derive from the same run (counts per source, say). The
        caller must not change what it gets."""
        if name not in self._derived:
            self._derived[name] = compute(self)
        found: T = self._derived[name]
        return found

    @property
    def failing(self) -> tuple[Finding, ...]:
        """Unacknowledged findings at or above the --fail-on severity. Worked out once:
        the exit code, the summary and each report ask for it."""
        return self.derived("failing", _failing)

    @property
    def exit_code(self) -> int:
        return exit_code_for(self)

    @property
    def passed(self) -> bool:
        return not self.failing

    def severity_counts(self) -> dict[str, int]:
        # map and Counter count a large run's findings and claims in C.
        counts = Counter(map(_SEVERITY, self.findings))
        return {s.value: counts[s] for s in Severity}

    def verdict_counts(self, source_id: str | None = None) -> dict[str, int]:
        claims: Iterable[ClaimRecord] = self.claims
        if source_id is not None:
            claims = (c for c in claims if c.source_id == source_id)
        counts = Counter(map(_VERDICT, claims))
        return {v.value: counts[v] for v in Verdict}

    @property
    def unusable_files(self) -> dict[str, str]:
        """By file, the id of the source there that could not be used: every finding
        located in such a file concerns that source alone (`findings_for_source`)."""
        return self.derived("unusable_files", _unusable_files)

    def findings_for_source(self, source_id: str) -> tuple[Finding, ...]:
        """The findings naming one of the source's claims. A finding located in the file
        of a source that could not be used concerns that source alone: its claims'
        full ids may begin as another source's do, and every finding about them is
        located in its file."""
        unusable = self.unusable_files
        prefix = source_id + "/"

        def concerns(finding: Finding) -> bool:
            owner = file_owner(finding, unusable) if unusable else None
            if owner is not None:
                return owner == source_id
            if unusable:
                return any(claim_source(c, unusable) == source_id for c in finding.claims)
            return any(c.startswith(prefix) for c in finding.claims)

        return tuple(filter(concerns, self.findings))


def claim_source(full_id: str, unusable: Mapping[str, str]) -> str:
    """The id of the source a claim counts towards, given `Result.unusable_files`: the
    one its full id begins with, unless the id ends in "@" and the file of a source
    that could not be used (a claim of a file whose source id an earlier file has, or
    whose id a claim of another such file has). No valid id has an "@"."""
    if unusable and "@" in full_id:
        owner = unusable.get(full_id.rpartition("@")[2])
        if owner is not None:
            return owner
    return full_id.partition("/")[0]


def file_owner(finding: Finding, unusable: Mapping[str, str]) -> str | None:
    """The source a finding concerns alone, given `Result.unusable_files`: the one of
    the file it is located in, when that source could not be used and the finding
    points into no other file. One about claims of several files (a claim of a file
    whose source id an earlier file has, compared with other sources' claims) concerns
    the source of each claim (`claim_source`)."""
    owner = unusable.get(finding.file)
    if owner is not None and finding.claims:
        file = finding.file
        if any(location.file != file for location in finding.locations):
            return None
    return owner


def _unusable_files(result: Result) -> dict[str, str]:
    return {s.file: s.id for s in result.sources if not s.usable}


def _failing(result: Result) -> tuple[Finding, ...]:
    bar = result.fail_on.rank
    ranks = {severity: severity.rank >= bar for severity in Severity}
    return tuple(f for f in result.findings if not f.acknowledged and ranks[f.severity])


_SEVERITY = attrgetter("severity")
_VERDICT = attrgetter("verdict")


def exit_code_for(result: Result) -> int:
    return 1 if result.failing else 0
