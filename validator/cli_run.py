"""One run of the `validate` command: options in, outputs written, an exit status out.

Everything here raises on a run that cannot be done; `validator.cli.main` turns each
kind of failure into its one line and exit status 2.
"""

from __future__ import annotations

import argparse
import functools
import hashlib
import os
from collections.abc import Callable
from dataclasses import replace
from datetime import date
from typing import TextIO

from .arguments import check_arguments
from .baseline import BaselineError, parse_baseline, render_baseline
from .cache import CACHE_FOLDER
from .claimreview import ClaimReviewSettings
from .cli_parser import OPTION_NAMES, UsageError
from .config import Config
from .dataset_load import dataset_files, load_dataset
from .explain import explain
from .findings import Finding, Severity
from .forked import processes_for
from .load import discover, read_bytes
from .pipeline import Options, run
from .report_files import (
    append_text,
    report_renderers,
    write_files,
    write_text_atomic,
)
from .reporters.claimreview import render_claimreview
from .reporters.github import render_github
from .reporters.json_report import render_json
from .reporters.junit import render_junit
from .reporters.markdown import render_markdown
from .reporters.sarif import render_sarif
from .reporters.text import render_text
from .result import Result
from .run_cache import RememberedRun, RunCache, digest_file, file_signature

__all__ = ["keep_results", "run_command"]

# Below this many claims the reports take milliseconds: rendering them on other
# processes would cost more than it saves.
_PARALLEL_REPORTS = 5000

# Set by `keep_results`: the process ends with the run, so its Result is kept here for
# the exit to discard rather than freed when `run_command` returns.
_keep = [False]
_kept: list[Result] = []


def keep_results() -> None:
    """For a process that ends with the run: never free its Result (see cli.command)."""
    _keep[0] = True


def run_command(args: argparse.Namespace, config: Config, out: TextIO, err: TextIO) -> int:
    """One run as the options and the configuration ask; its exit status."""
    checked = check_arguments(
        select=config.select if args.select is None else args.select,
        ignore=config.ignore if args.ignore is None else args.ignore,
        fail_on=args.fail_on or config.fail_on or Severity.ERROR,
        jobs=args.jobs,
        names=OPTION_NAMES,
    )
    # Checked before the run: a run of minutes should not end in a settings error.
    claimreview = config.claimreview() if args.claimreview else None
    paths = list(args.paths) or list(config.paths) or [config.default("claims")]
    dataset_path = args.dataset or config.dataset or config.default("dataset")
    baseline_path = args.baseline or config.baseline
    use_baseline = baseline_path is not None and not args.write_baseline
    options = Options(
        dataset=dataset_path,
        fail_on=checked.fail_on,
        rules=checked.rules,
        # A baseline is written from what the claims alone leave open, never from itself.
        baseline=_read_baseline(baseline_path) if use_baseline and baseline_path else {},
        cache_dir=None if args.no_cache else (args.cache_dir or CACHE_FOLDER),
        jobs=checked.jobs,
        freeze_loaded=True,  # this process ends with the run
        explanations=bool(args.explain),
    )
    in_actions = os.environ.get("GITHUB_ACTIONS") == "true"
    runs = None
    # --write-baseline and --explain are answers about one run, not outputs to repeat.
    if options.cache_dir is not None and not args.write_baseline and not args.explain:
        runs = RunCache.open(options.cache_dir)
    key = ""
    if runs is not None:
        key, read = _run_key(runs, paths, options, args, config, in_actions, claimreview)
        options = replace(options, read=read)  # loading takes these bytes, not the files
        remembered = runs.get(key)
        if remembered is not None:
            _github_summary(remembered.summary, in_actions)
            out.write(remembered.stdout)
            return remembered.exit_code
    result = run(paths, load_dataset(dataset_path), options)
    if _keep[0]:
        _kept.append(result)
    if args.write_baseline:
        write_text_atomic(args.write_baseline, render_baseline(result))
        count = sum(1 for f in result.findings if not f.acknowledged)
        err.write(f"validate: wrote {count} findings to {args.write_baseline}\n")
        return 0
    if args.explain:
        text = explain(result, args.explain)
        if text is None:
            raise UsageError(f"--explain: no claim '{args.explain}' (write it as SOURCE/CLAIM)")
        out.write(text)
        return result.exit_code
    fmt = args.format or ("github" if in_actions else "text")
    written = _write_outputs(args, config, result, options.jobs, claimreview)
    summary = render_markdown(result, max_rows=50) if _summary_path(in_actions) else None
    _github_summary(summary, in_actions)
    if fmt == "json":
        stdout = render_json(result)
    elif fmt == "github":
        stdout = render_github(result)
    else:
        stdout = render_text(result, quiet=args.quiet, verbose=args.verbose)
    if runs is not None:
        runs.put(
            key,
            RememberedRun(
                exit_code=result.exit_code,
                stdout=stdout,
                written=tuple((path, file_signature(path)) for path in written),
                read=tuple((path, digest_file(path)) for path in result.read),
                summary=summary,
            ),
        )
    out.write(stdout)
    return result.exit_code


def _run_key(
    runs: RunCache,
    paths: list[str],
    options: Options,
    args: argparse.Namespace,
    config: Config,
    in_actions: bool,
    claimreview: ClaimReviewSettings | None,
) -> tuple[str, dict[str, bytes | Finding]]:
    """Everything a run's outputs depend on, hashed (see validator.run_cache), and the
    claim files as read for it."""
    read = {path: read_bytes(path, options.limits) for path in discover(paths)}
    # Paths as found: with the working directory, they decide the paths findings show.
    claim_files = [(path, _digest(raw)) for path, raw in read.items()]
    dataset = [(path, digest_file(path)) for path in dataset_files(options.dataset)]
    baseline = sorted(options.baseline.items())
    settings = (
        f"cwd={os.getcwd()}",
        f"today={(options.today or date.today()).isoformat()}",
        f"fail_on={options.fail_on.value}",
        f"rules={options.rules!r}",
        f"limits={options.limits!r}",
        f"baseline={baseline!r}",
        f"format={args.format!r}",
        f"quiet={args.quiet!r}",
        f"verbose={args.verbose!r}",
        f"reports={_reports_folder(args, config)!r}",
        f"junit={args.junit!r}",
        f"sarif={args.sarif!r}",
        f"claimreview={args.claimreview!r} {claimreview!r}",
        f"actions={in_actions!r}",
        f"summary={_summary_path(in_actions) is not None!r}",
    )
    return runs.key(claim_files, dataset, settings), read


def _digest(raw: bytes | Finding) -> str:
    if isinstance(raw, bytes):
        return hashlib.sha256(raw).hexdigest()
    return f"unreadable: {raw.message}"  # the same problem next time gives the same finding


def _read_baseline(path: str) -> dict[str, str]:
    try:
        with open(path, encoding="utf-8") as handle:
            text = handle.read()
    except OSError as error:
        raise BaselineError(f"{path}: cannot be read: {error.strerror}") from None
    except UnicodeDecodeError:
        raise BaselineError(f"{path}: not UTF-8") from None
    return parse_baseline(text, path)


def _reports_folder(args: argparse.Namespace, config: Config) -> str | None:
    if args.no_reports:
        return None
    return str(args.reports or config.reports or config.default("reports"))


def _write_outputs(
    args: argparse.Namespace,
    config: Config,
    result: Result,
    options_jobs: int,
    claimreview: ClaimReviewSettings | None,
) -> list[str]:
    """All report files of a run, written by report_files; returns their paths."""
    files: list[tuple[str, Callable[[], str]]] = []
    folder = _reports_folder(args, config)
    if folder is not None:
        files.extend(report_renderers(result, folder))
    if args.junit:
        files.append((args.junit, functools.partial(render_junit, result)))
    if args.sarif:
        files.append((args.sarif, functools.partial(render_sarif, result)))
    if args.claimreview and claimreview is not None:
        files.append((args.claimreview, functools.partial(render_claimreview, result, claimreview)))
    folders = () if folder is None else (folder,)
    processes = processes_for(options_jobs) if len(result.claims) >= _PARALLEL_REPORTS else 1
    return write_files(files, folders, processes=processes)


def _summary_path(in_actions: bool) -> str | None:
    """Where GitHub Actions takes a job summary from, when it does."""
    return os.environ.get("GITHUB_STEP_SUMMARY") or None if in_actions else None


def _github_summary(summary: str | None, in_actions: bool) -> None:
    """GitHub drops job summaries over 1 MiB: the summary shows the first rows of each
    table (render_markdown's max_rows), and consistency.md keeps everything."""
    path = _summary_path(in_actions)
    if path is not None and summary is not None:
        append_text(path, summary)
