"""What a remembered run is keyed by: everything the command's outputs depend on, hashed
(see validator.speed.run_cache), so that a re-run over exactly the same inputs, settings
and surroundings repeats its outputs, and any other run does not.
"""

from __future__ import annotations

import argparse
import hashlib
import os
from datetime import date
from typing import NamedTuple

from validator.dataset.files import DatasetFile, dataset_digest, read_dataset_files
from validator.model.findings import Finding
from validator.report.terminal import Style
from validator.run_settings import Options
from validator.speed.run_cache import RunCache

from .archive_outputs import ClaimBytes
from .output import option_paths, summary_held, summary_link_root, summary_path
from .plan import Plan

__all__ = ["RunKey", "run_key"]


class RunKey(NamedTuple):
    """A run's key and what it was worked out from."""

    key: str  # everything the run's outputs depend on, hashed
    read: dict[str, bytes | Finding]  # the claim files by path as found, in order
    dataset: list[DatasetFile]  # the dataset's files
    claims: tuple[tuple[str, str], ...]  # (path as found, digest) of each claim file
    frame: str  # the key without the claim files (see `RunCache.frame`)


def run_key(
    runs: RunCache,
    plan: Plan,
    options: Options,
    args: argparse.Namespace,
    style: Style,
    claims: ClaimBytes | None = None,
) -> RunKey:
    """Everything a run's outputs depend on, hashed (see validator.speed.run_cache), and
    the claim files (by path as found, in order) and the dataset's files as read for it:
    the run checks exactly these bytes, so what it remembers under the key is what the
    key names, whatever changes on disk meanwhile. `claims`: the run's claim files, read
    here unless they were read already (see `archive_outputs`)."""
    if claims is None:
        root = os.getcwd() if options.root is None else options.root
        claims = ClaimBytes(plan.paths, root, options.skip, options.limits)
    read = claims.files()
    # Paths as found: with the working directory, they decide the paths findings show.
    claim_files = tuple((path, _digest(raw)) for path, raw in read.items())
    dataset_read = read_dataset_files(options.dataset, options.limits, options.root)
    dataset = [("dataset", dataset_digest(dataset_read, options.limits))]
    baseline = sorted(options.baseline.items())
    settings = (
        f"cwd={os.getcwd()}",
        f"root={options.root}",
        f"today={(options.today or date.today()).isoformat()}",
        f"fail_on={options.fail_on.value}",
        f"rules={options.rules!r}",
        f"limits={options.limits!r}",
        f"baseline={baseline!r}",
        f"partial={options.partial!r}",
        f"format={plan.format!r}",
        f"quiet={args.quiet!r}",
        f"verbose={args.verbose!r}",
        f"statistics={args.statistics!r}",
        f"show_source={args.show_source!r}",
        f"style={style!r}",
        f"reports={plan.reports!r}",
        *(f"{name}={path!r}" for name, path in sorted(option_paths(args).items())),
        f"claimreview_settings={plan.claimreview!r}",
        f"docs_url={plan.docs_url!r}",
        f"actions={plan.in_actions!r}",
        f"summary={summary_path(plan.in_actions) is not None!r}",
        # What the summary's file holds already may leave less room than it takes.
        f"summary_room={_summary_room(plan.in_actions)!r}",
        # The summary links to the commit under test: another commit, another summary.
        f"summary_links={summary_link_root(os.environ, os.getcwd())!r}",
    )
    key = runs.key(claim_files, dataset, settings)
    return RunKey(key, read, dataset_read, claim_files, runs.frame(dataset, settings))


def _summary_room(in_actions: bool) -> int | None:
    """The room GitHub's limit leaves the job summary beside what earlier commands of
    the step wrote to its file, where that is less than the summary takes on its own:
    what a remembered summary was cut to. None otherwise, so that a re-run after a few
    bytes were written there (the last run's own summary, say) repeats the run."""
    held = summary_held(in_actions)
    if held == 0:
        return None
    from validator.report.summary import GITHUB_SUMMARY_BYTES, SUMMARY_BYTES

    room = GITHUB_SUMMARY_BYTES - held
    return room if room < SUMMARY_BYTES else None


def _digest(raw: bytes | Finding) -> str:
    if isinstance(raw, bytes):
        return hashlib.sha256(raw).hexdigest()
    return f"unreadable: {raw.message}"  # the same problem next time gives the same finding
