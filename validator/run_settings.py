"""What a run is asked to do (`Options`) and how its driver runs it (`Settings`).

Plain settings, kept apart from the driver that reads them (`validator.pipeline`,
`validator.drive_files`): the command builds them before it knows whether a remembered
run answers, and such a re-run then loads none of the checks.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date

from validator.model.findings import Finding, Severity
from validator.read.files import Limits
from validator.settle.baseline import Stated
from validator.settle.selection import RuleSelection

__all__ = ["Options", "Settings"]


@dataclass(frozen=True, slots=True)
class Options:
    """What a run checks and how it judges: the same whoever runs it."""

    dataset: str = "dataset"
    fail_on: Severity = Severity.ERROR
    rules: RuleSelection = field(default_factory=RuleSelection)
    limits: Limits = field(default_factory=Limits)
    today: date | None = None
    # What each baseline entry accepts (`settle.baseline.stated`) -> its reason.
    baseline: dict[Stated, str] = field(default_factory=dict)
    # Told how far the run has got: `progress(stage, done, total)` (the command's
    # progress line); it must not raise.
    progress: Callable[[str, int, int], None] | None = None
    # The project root: no archive a claim file names, and no link a folder walk meets,
    # leads out of it (see validator.guard.safe_read). None: the working directory.
    root: str | None = None
    # What a folder walk passes over (see validator.read.files.discover): the dataset
    # and the run's own outputs, YAML and JSON that are no claim files.
    skip: tuple[str, ...] = ()
    # The run reads part of the project's claim files (some files, or standard input):
    # what sources share or dispute may lie in a file it did not read, so an
    # acknowledgement of a finding across sources is not called unused (E108).
    partial: bool = False


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
    # The claim files the caller found (the command, for its key): not searched again.
    found: tuple[str, ...] | None = None
    # What the dataset was loaded from (`drive_dataset.dataset_digest`): with it, what
    # each file's checks found is cached too; None (a dataset built elsewhere): only
    # what parsing made of each file.
    dataset_digest: str | None = None
    # Whether the cache drops, when the files are checked, the old entries they did not
    # use: not when they are only some of the run's files (see validator.drive_outcome).
    prune: bool = True
