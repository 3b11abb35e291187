"""One run of the `validate` command: options in, outputs written, an exit status out.

Everything here raises on a run that cannot be done; `validator.cli.main.main` turns each
kind of failure into its one line and exit status 2.
"""

from __future__ import annotations

import argparse
import os
from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import partial
from typing import TextIO

from validator.arguments import check_arguments, did_you_mean
from validator.config import Config, project_root
from validator.dataset.files import DatasetFile
from validator.dataset.model import Dataset
from validator.guard.archive_place import archive_stamp
from validator.guard.safe_read import Refused, read_regular
from validator.model.findings import Severity
from validator.model.result import Result
from validator.read.files import Limits
from validator.report.escaping import json_safe, label, stderr_line
from validator.report.explain import explain
from validator.report.project_place import ProjectPlace
from validator.report.terminal import Style
from validator.report.write_files import ReportWriteError, write_text_atomic
from validator.run_settings import Options, Settings
from validator.settle.baseline import BaselineError, Stated, parse_baseline, render_baseline
from validator.speed.forked import note_load
from validator.speed.run_cache import RememberedRun, RunCache, file_signature

from .acknowledge_write import Request, acknowledge, request
from .archive_outputs import ClaimBytes
from .claim_names import close_ids, typed
from .named_paths import check_named_paths
from .output import (
    option_paths,
    render_stdout,
    reports_line,
    source_lines,
    stdout_style,
    summary_held,
    summary_link_root,
    summary_path,
    write_github_summary,
    write_outputs,
)
from .parser import OPTION_NAMES, UsageError
from .plan import Plan, plan_run
from .progress import Progress, progress_wanted
from .run_key import run_key
from .same_run import same_run
from .written_paths import check_written_paths

__all__ = ["keep_results", "run_command"]

# Set by `keep_results`: the process ends with the run, so its Result is kept here for
# the exit to discard rather than freed when `run_command` returns.
_keep = [False]
_kept: list[Result] = []


def keep_results() -> None:
    """For a process that ends with the run: never free its Result (see cli.command)."""
    _keep[0] = True


@dataclass(frozen=True, slots=True)
class _Outputs:
    """Where a run's words go: standard output or --output-file, and standard error."""

    out: TextIO
    err: TextIO
    file: str | None
    style: Style
    quiet: bool
    command: str = "validate"  # as typed, naming each line on standard error

    def stdout(self, text: str) -> None:
        if self.file is None:
            try:
                self.out.write(text)
                self.out.flush()
            except BrokenPipeError:
                # The reader stopped reading (`validate | head`): nothing more to say,
                # and the run's exit status still stands. It was an "internal error,
                # please report it", exit status 2.
                pass
            except OSError as error:
                # A full disk or a bad descriptor is the run's surroundings, not a fault
                # to report: `validate > /dev/full` said "internal error: OSError: ...;
                # please report it". Exit status 2, as for any output not written.
                raise ReportWriteError("standard output", error.strerror or str(error)) from error
        else:
            write_text_atomic(self.file, text, named_by_user=True)

    def wrote(self, written: list[str] | tuple[str, ...], left: str | None) -> None:
        """Where the run's files went, and why the consistency reports were not written,
        if they were not though not turned off (`Plan.reports_left`): a run over one file
        wrote none and said nothing, and the reports looked current."""
        if self.quiet:
            return
        self.err.write(reports_line(written, self.command))
        if left is not None:
            self.err.write(
                self.line(f"reports not written: {left}; --reports DIR writes this run's")
            )

    def line(self, message: str) -> str:
        """`message` as one line for standard error, named by the command."""
        return stderr_line(message, self.command)


def run_command(
    args: argparse.Namespace, config: Config, out: TextIO, err: TextIO, command: str = "validate"
) -> int:
    """One run as the options and the configuration ask; its exit status (--exit-zero
    turns 1, findings, into 0; a run that cannot be done is still an exception).
    `command`: the command as typed, which names the lines on standard error."""
    # The first of the readings of the load that decide how many processes share the
    # work (`LoadReadings`), taken before the dataset is loaded and the files found.
    note_load()
    checked = check_arguments(
        select=config.select if args.select is None else args.select,
        ignore=config.ignore if args.ignore is None else args.ignore,
        fail_on=args.fail_on or config.fail_on or Severity.ERROR,
        jobs=args.jobs,
        names=OPTION_NAMES,
        command=command,
    )
    plan = plan_run(args, config)
    if (args.reason is not None or args.until is not None) and args.acknowledge is None:
        raise UsageError("--reason and --until go with --acknowledge SOURCE/CLAIM CODE")
    # Checked before the run, so a run of minutes does not end in a missing reason.
    wanted = request(args.acknowledge, args.reason, args.until) if args.acknowledge else None
    baseline_path = args.baseline or config.baseline
    root = project_root(config.file)
    check_named_paths(args, root)
    use_baseline = baseline_path is not None and not args.write_baseline
    skip = _outputs_and_dataset(args, plan, baseline_path, config)
    # Read only where an output might replace an archive; then the run checks these bytes.
    claims = ClaimBytes(plan.paths, root, skip, Limits())
    check_written_paths(args, plan, config.file, baseline_path if use_baseline else None, claims)
    shown = progress_wanted(err, os.environ) and not args.quiet
    progress = Progress(err, command=command) if shown else None
    options = Options(
        dataset=plan.dataset,
        fail_on=checked.fail_on,
        rules=checked.rules,
        # A baseline is written from what the claims alone leave open, never from itself.
        baseline=_read_baseline(baseline_path, _baseline_named(args, config))
        if use_baseline and baseline_path
        else {},
        progress=progress,
        root=root,
        skip=skip,
        partial=plan.partial,
        limits=claims.limits,
    )
    settings = Settings(
        cache_dir=plan.cache_dir,
        jobs=checked.jobs,
        freeze_loaded=True,  # this process ends with the run
        explanations=bool(args.explain),
    )
    if args.show_source:
        # The lines shown are of these very bytes: read again by the name shown, a link
        # the walk did not follow (`claims/env.json -> ../.env`) was read through.
        claims.files()
    if claims.read is not None:
        settings = replace(settings, read=claims.read, found=tuple(claims.read))
    style = stdout_style(args, out)
    outputs = _Outputs(out, err, args.output_file, style, bool(args.quiet), command)
    try:
        if wanted is not None:
            return _acknowledge(wanted, plan, options, settings, outputs)
        code = _run(args, plan, options, settings, outputs, progress, claims)
    finally:
        if progress is not None:
            progress.close()
    return 0 if args.exit_zero and code == 1 else code


def _outputs_and_dataset(
    args: argparse.Namespace, plan: Plan, baseline: str | None, config: Config
) -> tuple[str, ...]:
    """What a folder walk passes over: the dataset, the reports folder and every file
    the run reads or writes besides claim files (`validate .` took them for claim files,
    each run's reports holding the last run's claims again). The configured reports
    folder too when this run writes none (--no-reports, or paths named): it still holds
    the last whole-project run's reports."""
    named = (args.output_file, args.write_baseline, baseline, *option_paths(args).values())
    configured = config.reports or config.default("reports")
    found = (plan.dataset, plan.reports, configured, *named)
    return tuple(path for path in found if isinstance(path, str))


def _run(
    args: argparse.Namespace,
    plan: Plan,
    options: Options,
    settings: Settings,
    outputs: _Outputs,
    progress: Progress | None,
    claims: ClaimBytes,
) -> int:
    runs = None
    # --write-baseline and --explain are answers about one run, not outputs to repeat.
    if settings.cache_dir is not None and not args.write_baseline and not args.explain:
        # An archive a run read, stamped as the checks stamp what they read.
        root = os.getcwd() if options.root is None else options.root
        runs = RunCache.open(settings.cache_dir, partial(archive_stamp, root=root))
    keyed = None
    loaded = None
    if runs is not None:
        keyed = run_key(runs, plan, options, args, outputs.style, claims)
        # The run checks the very files and bytes its key names (see run_key).
        settings = replace(settings, read=keyed.read, found=tuple(keyed.read))
        remembered = runs.get(keyed.key)
        if remembered is None and not args.show_source:  # it shows the bytes themselves
            loaded = _dataset(plan, settings, options, keyed.dataset)
            remembered = same_run(runs, keyed, *loaded, options)
        if remembered is not None:
            _write_summary(remembered.summary, plan, outputs)
            outputs.stdout(remembered.stdout)
            outputs.wrote(tuple(path for path, _ in remembered.written), plan.reports_left)
            return remembered.exit_code
    # The checks and the reports are imported only now: a re-run that repeats a
    # remembered run (above) needs none of them, and importing them was most of its time.
    from validator.drive_reports import kept_texts
    from validator.pipeline import run

    dataset, settings = loaded or _dataset(
        plan, settings, options, None if keyed is None else keyed.dataset
    )
    result = run(list(plan.paths), dataset, options, settings)
    if _keep[0]:
        _kept.append(result)
    if args.write_baseline:
        # Written as the JSON reports are: a baseline is committed and read as a diff, and
        # it held a claim's bidi controls and `##vso[` as they are.
        baseline_text = json_safe(render_baseline(result))
        write_text_atomic(args.write_baseline, baseline_text, named_by_user=True)
        count = sum(1 for f in result.findings if not f.acknowledged)
        noun = "finding" if count == 1 else "findings"
        outputs.err.write(outputs.line(f"wrote {count} {noun} to {args.write_baseline}"))
        return 0
    if args.explain:
        outputs.stdout(_explanation(result, args.explain, args.format == "json"))
        return result.exit_code
    if progress is not None:
        progress("writing reports")
    kept = kept_texts(settings.cache_dir, options.limits)
    written = write_outputs(args, plan, result, settings.jobs, kept=kept, root=options.root)
    summary = _job_summary(result, plan, options.root)
    _write_summary(summary, plan, outputs)
    source = source_lines(result, settings.read) if args.show_source else None
    stdout = render_stdout(result, args, plan, outputs.style, source)
    if runs is not None and keyed is not None:
        remembered = RememberedRun(
            exit_code=result.exit_code,
            stdout=stdout,
            written=tuple((path, file_signature(path)) for path in written),
            read=result.read,  # as the results read them, not as they are now
            summary=summary,
            files=keyed.claims,
        )
        runs.put(keyed.key, remembered, keyed.frame)
    if progress is not None:
        progress.close()  # before the findings, which would otherwise follow it on its line
    outputs.stdout(stdout)
    outputs.wrote(written, plan.reports_left)
    return result.exit_code


def _job_summary(result: Result, plan: Plan, root: str | None) -> str | None:
    """The job summary, where GitHub Actions takes one, within what its file has room
    for beside what earlier commands of the step wrote there. `root`: the project's
    root, outside which it links no file."""
    if not summary_path(plan.in_actions):
        return None
    from validator.report.summary import render_job_summary

    return render_job_summary(
        result,
        link_root=summary_link_root(os.environ, os.getcwd()),
        reports=plan.reports is not None,
        held=summary_held(plan.in_actions),
        place=ProjectPlace(root),
    )


def _write_summary(summary: str | None, plan: Plan, outputs: _Outputs) -> None:
    """The job summary appended to its file; or, where the file had no room left for
    it (an empty summary), a line saying so."""
    write_github_summary(summary, plan.in_actions)
    if summary == "" and not outputs.quiet:
        held = summary_held(plan.in_actions)
        outputs.err.write(
            outputs.line(
                f"job summary not written: GITHUB_STEP_SUMMARY holds {held:,} bytes already, "
                "and GitHub shows no step's summary over 1 MiB"
            )
        )


def _acknowledge(
    wanted: Request, plan: Plan, options: Options, settings: Settings, outputs: _Outputs
) -> int:
    """--acknowledge: the checks run (no reports, nothing remembered), and the
    acknowledgement of a finding they found written into the claim's file."""
    from validator.pipeline import run

    dataset, settings = _dataset(plan, settings, options)
    result = run(list(plan.paths), dataset, options, settings)
    path = acknowledge(wanted, result, options.limits, options.root or os.getcwd())
    shown = label(wanted.full_id)
    outputs.err.write(outputs.line(f"acknowledged {wanted.code} of {shown} in {path}"))
    return 0


def _dataset(
    plan: Plan, settings: Settings, options: Options, files: list[DatasetFile] | None = None
) -> tuple[Dataset, Settings]:
    """The dataset (of `files` where they were read already), from the cache folder the
    run uses when it keeps it (never with --no-cache), and the settings that name its
    digest (which keys the cached checks)."""
    from validator.pipeline import load_dataset_keyed

    dataset, digest = load_dataset_keyed(
        plan.dataset, settings.cache_dir, options.limits, files, options.root
    )
    return dataset, replace(settings, dataset_digest=digest)


def _explanation(result: Result, full_id: str, as_json: bool) -> str:
    if as_json:  # the JSON report's records: imported only here, as a remembered run
        from validator.report.explain_json import explain_json  # imports no report

        text = explain_json(result, full_id)
    else:
        text = explain(result, full_id)
    if text is None:
        close = [label(found) for found in close_ids(result, full_id)]
        # An id of the form (one slash between two parts) is told where it was looked
        # for, as --acknowledge tells it; "write it as SOURCE/CLAIM" told it its own form.
        formed = full_id.count("/") == 1 and "" not in full_id.split("/")
        step = " in the files checked" if formed else ""
        form = "" if formed else " (write it as SOURCE/CLAIM)"
        raise UsageError(f"--explain: no claim '{typed(full_id)}'{step}{did_you_mean(close)}{form}")
    return text


# A baseline of 100,000 findings is about 30 MB.
_MAX_BASELINE_BYTES = 256 * 1024 * 1024


def _baseline_named(args: argparse.Namespace, config: Config) -> Callable[[], str]:
    """What a refusal of the baseline adds to name it: nothing for --baseline; where the
    configuration writes its own, as its other refusals place them. Worked out only for
    a refusal: placing it reads the configuration again."""
    if args.baseline is not None:
        return str
    return lambda: f" ('baseline' in {config.at('baseline')})"


def _read_baseline(path: str, named: Callable[[], str]) -> dict[Stated, str]:
    try:
        text = read_regular(path, _MAX_BASELINE_BYTES).decode("utf-8")
    except Refused as refused:
        raise BaselineError(f"{path}{named()}: {refused.reason}") from None
    except UnicodeDecodeError:
        raise BaselineError(f"{path}{named()}: not UTF-8") from None
    try:
        return parse_baseline(text, path)
    except BaselineError as error:
        raise BaselineError(f"{error}{named()}") from None
