"""Early cutoff: a re-run whose claim files changed only where their checks do not look
(a comment, a blank line at the end, another quoting of the same text) repeats the last
run's outputs rather than redoing the checks across files and the reports.

A run's outputs are a function of what each claim file's checks made of it (stages 1-4:
`FileChecker`'s result), of the archives those checks read, the dataset and the
settings; not of the files' bytes themselves (but for --show-source, which shows them,
and which the caller leaves out). So when the last run over the same dataset and
settings (`RunCache.frame`) checked the same files in the same order, and each file whose
bytes changed since checks to exactly what it checked to then, this run's outputs are
that run's. The earlier checks come from the cache, which keeps them under the bytes
they were made from; the new ones are made here, and kept there for the full run should
any differ. "Exactly" is compared on the values pickled without a memo
(`EntryCodec.canonical`): equal values give equal bytes whatever objects they share.

The archives the last run read, and the reports it wrote, are held to what they were
by the remembered run itself (`RememberedRun.still_holds`).
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import replace
from functools import partial

from validator.dataset.model import Dataset
from validator.drive_files import Checked, check_files, checks_context, open_cache
from validator.drive_stamps import Stamps
from validator.per_file import FileChecker
from validator.read.files import Limits, display_path
from validator.run_settings import Settings
from validator.speed.file_store import FileCache
from validator.speed.memo import memoised

__all__ = ["same_outcome"]

# Past this many changed files, a re-run is a full one without comparing: comparing
# costs each file an entry read and two picklings, on top of its checks.
MAX_CHANGED = 64


def same_outcome(
    before: Sequence[tuple[str, str]],
    now: Sequence[tuple[str, str]],
    dataset: Dataset,
    settings: Settings,
    limits: Limits,
    root: str | None,
) -> bool:
    """Whether the claim files `now` ((path as found, digest) in order, their bytes in
    `settings.read`) check to what the files `before` checked to, file for file: the
    same paths in the same order, and each whose digest changed checking to what the
    cache holds of its checks under its earlier digest."""
    if len(before) != len(now):
        return False
    changed: list[tuple[str, str]] = []  # (path as found, its earlier digest)
    for (path, was), (found, digest) in zip(before, now, strict=True):
        if path != found:
            return False
        if was != digest:
            changed.append((path, was))
    if len(changed) > MAX_CHANGED or not all(
        isinstance(settings.read.get(path), bytes) for path, _ in changed
    ):
        return False  # many changes, or a file not read now: its problem is its own finding
    store = None
    if settings.cache_dir is not None and settings.dataset_digest is not None:
        store = open_cache(settings.cache_dir, limits, dataset=dataset)
    earlier = None if store is None else _cached_checks(store, changed, dataset, settings, root)
    if store is None or earlier is None:
        return False
    paths = [path for path, _ in changed]
    # The changed files checked as the full run checks them, and kept: a full run after
    # a difference takes them from the cache.
    checked = check_files(
        paths,
        dataset,
        replace(settings, jobs=1, found=tuple(paths), prune=False),
        limits,
        root,
        None,
    )
    was_files = [files for files, _ in earlier if files is not None]
    was_findings = [finding for _, found in earlier for finding in found]
    return store.codec.canonical((was_files, was_findings)) == store.codec.canonical(checked)


def _cached_checks(
    store: FileCache,
    files: Sequence[tuple[str, str]],
    dataset: Dataset,
    settings: Settings,
    root: str | None,
) -> list[Checked] | None:
    """What the cache holds of the checks of each of `files` (path as found, digest),
    as the full run would take it (its archive still bearing its stamp); None when it
    holds nothing usable for one of them."""
    project = os.getcwd() if root is None else root
    context = checks_context(settings, project)
    stamps = Stamps(FileChecker(dataset, settings.explanations, root, memoised), project)
    found: list[Checked] = []
    for path, digest in files:
        shown = display_path(path)
        key = store.key("checked", shown, digest, context)
        value = store.get(key, partial(_holds, stamps, shown))
        if value is None:
            return None
        found.append(value[1])
    return found


def _holds(stamps: Stamps, shown: str, value: object) -> bool:
    return stamps.holds(value, shown)
