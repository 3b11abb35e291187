"""What a rule declares: its name, the codes it emits, what it needs and its check.

What a rule needs decides where it runs. A rule given one resolved claim (`ClaimRule`)
or one parsed file (`FileRule`) runs in `validator.per_file`, on whichever process
parsed the file; a rule given claims of every source (`CrossRule`) runs in
`validator.pipeline` once every file is in, and says which resolved claims it wants
(`wants`), so that only those travel back from the processes that resolved them.

Rules with state (an index of the dataset's transcripts, a memo of assessments, the
archives read so far) are started once per run and process: `start` builds the check
from the dataset and the run's settings. The registry of every rule is
`validator.rules.RULES`.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from typing import TYPE_CHECKING, Protocol, TypeAlias, TypeVar

from validator.dataset.model import Dataset
from validator.model.findings import Finding
from validator.model.result import ClaimRecord, SharedWording, SourceRecord, Verdict
from validator.parse.claim_file import ParsedFile
from validator.resolve.claims import ResolvedClaim

if TYPE_CHECKING:  # the rule modules import this one: no import back at run time
    from .archives import Archives
    from .fact_words import Assessment

__all__ = [
    "CLAIMS_ONLY",
    "Across",
    "AcrossFound",
    "ClaimRule",
    "CrossRule",
    "FileRule",
    "Judge",
    "Needs",
    "Recall",
    "Remember",
    "Rule",
    "Setting",
    "Undated",
    "always_dated",
    "recall_nothing",
    "remember_nothing",
]


class Needs(StrEnum):
    """What a rule is given."""

    CLAIM = "one resolved claim"
    FILE = "one parsed file: its source and its claims' excerpts"
    SAME_PROPERTY = "the resolved claims of every source about one subject and property"
    QUOTES = "the quote claims of every source"
    RECORDS = "every claim with its record, and the sources that share wording"


# The needs of the rules across sources that read only the dataset, the claims, their
# verdicts and tokens, and `recall` of what they are given (`Across`), never its records
# nor the shared wording: they may run before those are built, and elsewhere.
CLAIMS_ONLY: frozenset[Needs] = frozenset({Needs.QUOTES})


_A = TypeVar("_A")
_V = TypeVar("_V")


class Remember(Protocol):
    """Wraps a pure function of one argument so that its results are remembered by
    `key(argument)` (None: by the argument itself)."""

    def __call__(
        self, function: Callable[[_A], _V], key: Callable[[_A], Hashable | None] | None, /
    ) -> Callable[[_A], _V]: ...


def remember_nothing(
    function: Callable[[_A], _V], key: Callable[[_A], Hashable | None] | None, /
) -> Callable[[_A], _V]:
    return function


class Recall(Protocol):
    """Gives `compute()`, or what it gave in an earlier run under the same `key`, if
    `accept` takes that. A key must name everything the computation reads: the driver
    may keep outcomes from run to run (see `Across.recall`)."""

    def __call__(
        self, key: Hashable, compute: Callable[[], _V], accept: Callable[[object], bool], /
    ) -> _V: ...


def recall_nothing(
    key: Hashable, compute: Callable[[], _V], accept: Callable[[object], bool], /
) -> _V:
    return compute()


@dataclass(frozen=True, slots=True)
class Setting:
    """What starting a rule may use besides the dataset."""

    # Whether assessments carry their reasoning (`--explain`); without it they are
    # built without steps.
    explain: bool
    root: str  # the project root no file a rule reads may lead out of
    # How a rule's pure functions are remembered for the run: the driver passes
    # `speed.memo.memoised`; by default nothing is remembered.
    remember: Remember = field(default_factory=lambda: remember_nothing)
    # The archived texts the excerpt rule reads, when its starter keeps them where it
    # can ask what each was when read (`per_file.FileChecker.archives`); None: the rule
    # keeps its own.
    archives: Archives | None = None


# A claim rule's check, started: the claim's verdict, findings and reasoning.
Judge: TypeAlias = "Callable[[ResolvedClaim], Assessment]"


# Whether a claim rule, having given a claim an assessment, gives every claim that says
# the same at any other date the same assessment (but for the claim its findings name).
Undated: TypeAlias = "Callable[[ResolvedClaim, Assessment], bool]"


def always_dated(dataset: Dataset) -> Undated:
    """A rule's `undated` that never answers yes: each date judged apart."""
    return _dated


def _dated(claim: ResolvedClaim, assessment: Assessment) -> bool:
    return False


@dataclass(frozen=True, slots=True)
class ClaimRule:
    """A rule that judges one resolved claim: it gives the claim's verdict, with its
    findings and reasoning. Exactly one claim rule applies to each claim.

    What it gives depends on nothing of the claim but what it says (its statement, its
    date and its value as written), and its findings name that claim alone, at its
    value: the run judges each distinct statement and date once, and places the
    findings anew on every other claim that says it (`validator.per_file`). `undated`,
    started with the dataset, tells the run when the date does not matter either, so
    that it judges the statement once for every date."""

    name: str
    codes: frozenset[str]
    applies: Callable[[ResolvedClaim], bool]
    start: Callable[[Dataset, Setting], Judge]
    undated: Callable[[Dataset], Undated] = always_dated
    needs: Needs = field(default=Needs.CLAIM, init=False)


@dataclass(frozen=True, slots=True)
class FileRule:
    """A rule that checks one parsed file as a whole."""

    name: str
    codes: frozenset[str]
    start: Callable[[Dataset, Setting], Callable[[ParsedFile], Sequence[Finding]]]
    needs: Needs = field(default=Needs.FILE, init=False)


@dataclass(frozen=True, slots=True)
class Across:
    """What the rules across sources are given, once every file is settled."""

    dataset: Dataset
    records: Sequence[ClaimRecord]  # every claim's record, as the run settled it
    # The resolved claims of the files that stand, those some cross rule wants; and
    # their verdicts against the dataset.
    claims: Sequence[ResolvedClaim]
    verdicts: Mapping[str, Verdict]
    shared: tuple[SharedWording, ...]  # the pairs of sources that share wording
    # Each compared claim's token (by full id): a string that fixes everything the
    # claim and its verdict are made of (its file's bytes and path, the dataset, the
    # code). A claim without one cannot name a part of the work it is in; by default
    # none has one.
    tokens: Mapping[str, str] = field(default_factory=dict)
    # How a rule takes a part of its work (a group of claims, a pair of quotes) from an
    # earlier run, keyed by everything that part reads; by default it is computed. The
    # driver passes outcomes kept in the cache (`speed.recall`); a rule's findings must
    # be the same either way.
    recall: Recall = field(default_factory=lambda: recall_nothing)
    # Every scorecard row: where two give one address, the second's url is the place
    # to report it.
    sources: Sequence[SourceRecord] = ()


@dataclass(frozen=True, slots=True)
class AcrossFound:
    """What a rule across sources found: its own findings, and how it amends the findings
    of other rules (a D201 saying how many sources agree with the dataset)."""

    findings: Sequence[Finding]
    amend: Callable[[list[Finding]], list[Finding]] | None = None


@dataclass(frozen=True, slots=True)
class CrossRule:
    """A rule that compares the claims of different sources."""

    name: str
    codes: frozenset[str]
    needs: Needs  # SAME_PROPERTY, QUOTES or RECORDS
    check: Callable[[Across], AcrossFound]
    # Which resolved claims it wants; None: it reads only the records.
    wants: Callable[[ResolvedClaim], bool] | None = None
    # The codes of other rules' findings its `amend` may change.
    amends: frozenset[str] = frozenset()


Rule = ClaimRule | FileRule | CrossRule
