"""The driver's first half: the stages of one claim file (validator.stages) run for
every file, with the cache around them and the work shared between processes
(validator.speed).

The cache keeps two entries per file: what parsing made of its bytes (stages 1-2), and
what its checks made of it (stages 3-4, `FileChecker`'s result). A file whose checked
entry holds is neither parsed nor checked; one whose parsed entry holds is only
checked. The checked entry's key covers everything that result depends on (see
`check_files`), and an archive its excerpts were checked against is stamped in it.

What a cache entry may hold and what travels back from a child process is registered
here, from the domain's data types; the stages know nothing of either.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, TypeVar

import validator.stages as stages
from validator.dataset.model import Dataset, PropertyDef
from validator.drive_stamps import Stamps, note_read
from validator.model.findings import Finding, Location, Severity, Side
from validator.model.result import ClaimRecord, SourceRecord, Verdict
from validator.model.values import Choice, Span
from validator.parse.claim_file import ClaimEntry, ParsedFile, check_claim_file
from validator.parse.models import (
    Acknowledgement,
    Approximate,
    Claim,
    ClaimFile,
    DateInterval,
    Interval,
    Source,
)
from validator.per_file import CheckedClaim, CheckedFile, FileChecker
from validator.read.files import Limits, LoadedFile, display_path
from validator.read.held_bytes import HeldBytes
from validator.read.positions import LoadProblem, Positions
from validator.resolve.claims import ResolvedClaim
from validator.run_settings import Settings
from validator.settle.acknowledge import AckEntry
from validator.speed.file_store import FileCache
from validator.speed.forked import processes_for
from validator.speed.gc_pause import collector_paused
from validator.speed.memo import memoised
from validator.speed.pickling import Carrier
from validator.speed.recall import Tokens
from validator.speed.restricted import EntryCodec
from validator.speed.schedule import Carry, Entries, map_items, naming

__all__ = [
    "CACHE_ENTRIES",
    "CHECKED",
    "Checked",
    "Settings",
    "cache_salt",
    "check_files",
    "checks_context",
    "load_claim_files",
    "open_cache",
]

R = TypeVar("R")


# What a file's checks send back from a child process (`FileChecker`'s result) is built
# of these: pickled by their constructors, which unpickles in half the time.
_CHECKED_TYPES = (
    CheckedFile,
    CheckedClaim,
    ClaimRecord,
    ResolvedClaim,
    AckEntry,
    Choice,
    Finding,
    Location,
    PropertyDef,
    SourceRecord,
    Span,
)
CHECKED = Carrier(_CHECKED_TYPES)
# A cache entry holds a `stages.FileOutcome` (what parsing made of a file) or a stamped
# `FileChecker` result (what its checks made of it), built of these classes and only these.
CACHE_ENTRIES = EntryCodec(
    (
        ParsedFile,
        ClaimEntry,
        LoadedFile,
        Positions,
        LoadProblem,
        Severity,
        Side,
        Verdict,
        Claim,
        Source,
        ClaimFile,
        Acknowledgement,
        Approximate,
        DateInterval,
        Interval,
        *_CHECKED_TYPES,
    )
)
# A file's checks: what `FileChecker` returns for it.
Checked = tuple[CheckedFile | None, tuple[Finding, ...]]
# ... and what its entry holds: with the stamp of its archive (None: it names none).
_Stamped = tuple[str | None, Checked]


def cache_salt(limits: Limits, check: stages.Checker = check_claim_file) -> str:
    """What besides the code an entry depends on: the reading limits, and the checker
    (a substitute never reads what the real one wrote)."""
    return f"{limits!r}\0{check.__module__}.{check.__qualname__}"


def open_cache(
    folder: str,
    limits: Limits,
    check: stages.Checker = check_claim_file,
    dataset: Dataset | None = None,
) -> FileCache | None:
    """The cache of parsed and checked files in `folder`, or None when it cannot be
    used. With `dataset` (the one the checked entries are keyed by), a checked entry
    names each of its properties rather than holding it: every compared claim holds
    its property, cue phrases and all, and the dataset is at hand to read them back."""
    codec = CACHE_ENTRIES
    if dataset is not None:
        codec = codec.referring(PropertyDef, dataset.properties, _property_name)
    return FileCache.open(folder, cache_salt(limits, check), codec)


def _property_name(prop: PropertyDef) -> str:
    return prop.name


def check_files(
    files: list[str],
    dataset: Dataset,
    settings: Settings,
    limits: Limits,
    root: str | None,
    progress: Callable[[str, int, int], None] | None,
    tokens: Tokens | None = None,
    read: dict[str, str] | None = None,
    noted: Callable[[CheckedFile], None] | None = None,
) -> tuple[list[CheckedFile], list[Finding]]:
    """Stages 1-4 (as far as one file decides them) for every file, on `settings.jobs`
    processes; from the cache what it holds. `read` is given each archive the files name
    and the stamp of what their results read in it (`drive_stamps.note_read`). `noted` is
    given each file's checks in this process as soon as they are here (checked here,
    sent by a child or read from the cache), in whatever order they come.

    A file's checks are taken from the cache (with a cache folder and the dataset's
    digest) when everything they depend on is what it was: the file's bytes and its
    path as shown; the dataset's files; whether explanations are built; the project
    root and the working directory (which decide where the archive it names is and
    whether it may be read); the reading limits, the checker and factlint's code (the
    store's folder); and the archive its excerpts were checked against: the entry holds
    the stamp of the bytes the rule read (`drive_stamps`), and is taken while the
    archive bears it; not today's date (acknowledgements expire in `settle`)."""
    checker = FileChecker(dataset, settings.explanations, root, memoised)
    project = os.getcwd() if root is None else root
    cached = settings.cache_dir is not None and settings.dataset_digest is not None
    stamps = Stamps(checker, project)

    note = _in_this_process(noted)

    def finish(outcome: stages.FileOutcome) -> _Stamped:
        result = checker(outcome)
        note(result)
        return stamps.read_by(outcome[0]), result  # asked after the checks, not before

    context = checks_context(settings, project) if cached else None
    checked_files: list[CheckedFile] = []
    findings: list[Finding] = []
    total = len(files)

    # Checking a file costs more than sending its results from another process, even
    # when the file itself comes from the cache: cached files are shared out too.
    # What a child sends back arrives as new strings: the records' repeated texts are
    # shared as each file arrives, so that the run never holds a copy per file. So do
    # the results read back from the cache.
    def arrive(stamped: _Stamped) -> _Stamped:
        result = _shared(checker, stamped[1])
        note(result)
        return stamped[0], result

    carry = _Arriving(_carrier(dataset), arrive)
    kept = None if context is None else _Kept(context, stamps.holds, dataset, arrive)
    outcomes = _run_stages(files, limits, finish, carry, settings, True, check_claim_file, kept)
    for done, (mark, (checked, file_findings)) in enumerate(outcomes, start=1):
        if progress is not None:
            progress("checking files", done, total)
        if checked is not None:
            checked_files.append(checked)
            if read is not None and mark is not None and checked.archive is not None:
                note_read(read, checked.archive, mark)
            if tokens is not None and kept is not None:  # told what fixes its checks
                tokens.tell(checked.path, kept.keys.get(checked.path), mark, kept.context)
        findings.extend(file_findings)
    return checked_files, findings


def _in_this_process(noted: Callable[[CheckedFile], None] | None) -> Callable[[Checked], None]:
    """`noted` for a file's checks, called in this process alone: a forked child checks
    files too (and reads them from the cache), and what it would note is its own."""
    here = os.getpid()

    def note(checked: Checked) -> None:
        if noted is not None and checked[0] is not None and os.getpid() == here:
            noted(checked[0])

    return note


def checks_context(settings: Settings, project: str) -> str:
    """What a file's cached checks depend on besides the file (see `check_files`)."""
    values = (settings.dataset_digest, settings.explanations, os.path.realpath(project))
    names = ("dataset", "explanations", "root", "cwd")
    return "\0".join(f"{n}={v}" for n, v in zip(names, (*values, os.getcwd()), strict=True))


def _carrier(dataset: Dataset) -> Carrier:
    """`CHECKED`, with the dataset's properties sent by name: every resolved claim holds
    one, and the children have the very same dataset (forked from this process)."""
    return CHECKED.referring(PropertyDef, dataset.properties, _property_name)


def _shared(checker: FileChecker, checked: Checked) -> Checked:
    """A file's checks with its records' texts shared with `checker`'s own."""
    return checker.texts.file(checked[0]), checked[1]


@dataclass(frozen=True, slots=True)
class _Arriving:
    """A `Carry` that hands each result of a run, as it arrives from a child, to `arrive`."""

    carry: Carry
    arrive: Callable[[Any], Any]

    def dumps(self, value: Any) -> bytes:
        return self.carry.dumps(value)

    def loads(self, blob: bytes) -> Any:
        return list(map(self.arrive, self.carry.loads(blob)))


def load_claim_files(
    paths: Sequence[str],
    limits: Limits,
    *,
    cache_dir: str | None = None,
    jobs: int = 1,
    check: stages.Checker = check_claim_file,
    freeze: bool = False,
    read: Mapping[str, bytes | Finding] | None = None,
) -> list[stages.FileOutcome]:
    """What stages 1 and 2 make of each of `paths`, in their order (the stages' own
    cost, as the benchmarks measure it, and the cache's tests).

    `cache_dir`: where cached outcomes are kept (None: no cache). `jobs`: processes that
    parse files not found in the cache. `check`: stage 2 for one document (with `jobs`,
    a module-level function, so workers can be given it). `freeze`, `read`: as in
    `Settings`.
    """
    settings = Settings(cache_dir, jobs, freeze, read=read or {})
    return _run_stages(paths, limits, _as_loaded, CACHE_ENTRIES, settings, False, check)


def _as_loaded(outcome: stages.FileOutcome) -> stages.FileOutcome:
    return outcome


@dataclass(frozen=True, slots=True)
class _Kept:
    """How finished results are cached: keyed by the file and `context` (what else they
    depend on), taken from an entry only when `holds(value, shown)` and then handed to
    `arrive`, and written naming the properties of `dataset` (see `open_cache`)."""

    context: str
    holds: Callable[[object, str], bool]
    dataset: Dataset
    arrive: Callable[[Any], Any]
    keys: dict[str, str] = field(default_factory=dict)  # path as shown -> its entry's key


def _run_stages(
    files: Sequence[str],
    limits: Limits,
    finish: Callable[[stages.FileOutcome], R],
    carry: Carry,
    settings: Settings,
    spread_cached: bool,
    check: stages.Checker = check_claim_file,
    kept: _Kept | None = None,
) -> list[Any]:
    """The stages in order for every file: each read here, then parsed (or taken from the
    cache) and finished on whichever process takes it; the results in `files`' order.
    Every file is read in this process, before any is forked: a child must never be the
    one to take standard input. `kept`: how the finished results are cached too (None:
    they are not)."""
    cache_dir, dataset = settings.cache_dir, kept.dataset if kept else None
    store = None if cache_dir is None else open_cache(cache_dir, limits, check, dataset)
    processes = processes_for(settings.jobs)
    results: list[Any] = [None] * len(files)
    readable: list[tuple[int, str, bytes, str]] = []  # index, path as shown, bytes, digest
    held = HeldBytes(limits)  # all of them are held until they are checked
    try:
        with collector_paused(settings.freeze_loaded):
            for index, path in enumerate(files):
                shown = display_path(path)
                with naming(shown):
                    raw = stages.read(path, limits, settings.read, held)
                    if isinstance(raw, Finding):
                        results[index] = finish((None, (raw,)))
                        continue
                readable.append((index, shown, raw, hashlib.sha256(raw).hexdigest()))
            entries = done = None
            if store is not None:
                keys = [store.key(shown, digest) for _, shown, _, digest in readable]
                entries = Entries(store, keys, lambda n, v: stages.well_formed(v, readable[n][1]))
                if kept is not None:
                    holds = kept.holds
                    checked_keys = [
                        store.key("checked", shown, digest, kept.context)
                        for _, shown, _, digest in readable
                    ]
                    kept.keys.update(
                        (item[1], key) for item, key in zip(readable, checked_keys, strict=True)
                    )
                    done = Entries(
                        store, checked_keys, lambda n, v: holds(v, readable[n][1]), kept.arrive
                    )

            def parse(n: int) -> stages.FileOutcome:
                _, shown, raw, digest = readable[n]
                return stages.parsed(shown, raw, digest, limits, check)

            finished = map_items(
                len(readable),
                parse,
                finish,
                carry,
                name=lambda n: readable[n][1],
                entries=entries,
                results=done,
                spread_cached=spread_cached,
                processes=processes,
            )
    finally:
        if store is not None:
            store.flush()  # waits for the cache writes
            if settings.prune:
                store.prune()
    for (index, *_), result in zip(readable, finished, strict=True):
        results[index] = result
    return results
