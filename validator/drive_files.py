"""The driver's first half: the stages of one claim file (validator.stages) run for
every file, with a cache between parsing and checking and the work shared between
processes (validator.speed).

What a cache entry may hold and what travels back from a child process is registered
here, from the domain's data types; the stages know nothing of either.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, TypeVar

import validator.stages as stages
from validator.dataset.model import Dataset, PropertyDef
from validator.model.findings import Finding, Location, Severity
from validator.model.result import ClaimRecord, SourceRecord
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
from validator.read.positions import LoadProblem, Positions
from validator.resolve.claims import ResolvedClaim
from validator.settle.acknowledge import AckEntry
from validator.speed.file_store import FileCache
from validator.speed.forked import processes_for
from validator.speed.gc_pause import collector_paused
from validator.speed.memo import memoised
from validator.speed.pickling import Carrier
from validator.speed.restricted import EntryCodec
from validator.speed.schedule import Carry, Entries, map_items, naming

__all__ = [
    "CACHE_ENTRIES",
    "CHECKED",
    "Settings",
    "cache_salt",
    "check_files",
    "load_claim_files",
    "open_cache",
]

R = TypeVar("R")


@dataclass(frozen=True, slots=True)
class Settings:
    """How the driver runs the stages, which never changes what they find: caches,
    processes, and what the caller already has or does not need."""

    cache_dir: str | None = None  # where parsed, schema-checked files are cached; None: nowhere
    jobs: int = 1  # processes that parse and check claim files (0: one per idle core)
    # Move what loading built, and then the Result, out of the garbage collector's sight
    # (gc.freeze): the later stages and the reports then run 10-15 % faster. For a
    # process that ends with the run: the command.
    freeze_loaded: bool = False
    # Each claim record's `explanation`, the reasoning behind its verdict. Only
    # `--explain` shows it, so the command asks for it only then: on 100,000 claims,
    # building those texts and passing them between processes took 0.3 s of 5.7 s.
    explanations: bool = True
    # Claim files already read, by path as found (the command reads them to key a
    # remembered run): loading takes these bytes instead of reading the files again.
    read: Mapping[str, bytes | Finding] = field(default_factory=dict)


# A cache entry holds a `stages.FileOutcome`, built of these classes and only these.
CACHE_ENTRIES = EntryCodec(
    (
        ParsedFile,
        ClaimEntry,
        LoadedFile,
        Positions,
        LoadProblem,
        Finding,
        Location,
        Severity,
        Claim,
        Source,
        ClaimFile,
        Acknowledgement,
        Approximate,
        DateInterval,
        Interval,
    )
)
# What a file's checks send back from a child process (`FileChecker`'s result) is built
# of these: pickled by their constructors, which unpickles in half the time.
CHECKED = Carrier(
    (
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
)


def cache_salt(limits: Limits, check: stages.Checker = check_claim_file) -> str:
    """What besides the code an entry depends on: the reading limits, and the checker
    (a substitute never reads what the real one wrote)."""
    return f"{limits!r}\0{check.__module__}.{check.__qualname__}"


def open_cache(
    folder: str, limits: Limits, check: stages.Checker = check_claim_file
) -> FileCache | None:
    """The cache of parsed files in `folder`, or None when it cannot be used."""
    return FileCache.open(folder, cache_salt(limits, check), CACHE_ENTRIES)


def check_files(
    files: list[str],
    dataset: Dataset,
    settings: Settings,
    limits: Limits,
    root: str | None,
    progress: Callable[[str, int, int], None] | None,
) -> tuple[list[CheckedFile], list[Finding]]:
    """Stages 1-2 for every file, from the cache when it has the file's exact bytes, then
    stages 3-4 as far as one file decides them; on `settings.jobs` processes."""
    checker = FileChecker(dataset, settings.explanations, root, memoised)
    checked_files: list[CheckedFile] = []
    findings: list[Finding] = []
    total = len(files)
    # Checking a file costs more than sending its results from another process, even
    # when the file itself comes from the cache: cached files are shared out too.
    outcomes = _run_stages(files, limits, checker, CHECKED, settings, True, check_claim_file)
    for done, (checked, file_findings) in enumerate(outcomes, start=1):
        if progress is not None:
            progress("checking files", done, total)
        if checked is not None:
            checked_files.append(checked)
        findings.extend(file_findings)
    return checked_files, findings


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


def _run_stages(
    files: Sequence[str],
    limits: Limits,
    finish: Callable[[stages.FileOutcome], R],
    carry: Carry,
    settings: Settings,
    spread_cached: bool,
    check: stages.Checker = check_claim_file,
) -> list[R]:
    """The stages in order for every file: each read here, then parsed (or taken from the
    cache) and finished on whichever process takes it; the results in `files`' order.
    Every file is read in this process, before any is forked: a child must never be the
    one to take standard input."""
    cache_dir = settings.cache_dir
    store = open_cache(cache_dir, limits, check) if cache_dir is not None else None
    processes = processes_for(settings.jobs)
    results: list[Any] = [None] * len(files)
    readable: list[tuple[int, str, bytes, str]] = []  # index, path as shown, bytes, digest
    try:
        with collector_paused(settings.freeze_loaded):
            for index, path in enumerate(files):
                shown = display_path(path)
                with naming(shown):
                    raw = stages.read(path, limits, settings.read)
                    if isinstance(raw, Finding):
                        results[index] = finish((None, (raw,)))
                        continue
                readable.append((index, shown, raw, hashlib.sha256(raw).hexdigest()))
            entries = None
            if store is not None:
                keys = [store.key(shown, digest) for _, shown, _, digest in readable]
                entries = Entries(store, keys, lambda n, v: stages.well_formed(v, readable[n][1]))

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
                spread_cached=spread_cached,
                processes=processes,
            )
    finally:
        if store is not None:
            store.close()  # waits for the cache writes
    for (index, *_), result in zip(readable, finished, strict=True):
        results[index] = result
    return results
