"""The `validate` command: a thin layer over `validator.pipeline.run`.

Exit status: 0 no finding at or above --fail-on; 1 there are; 2 the run itself could
not be done (bad option, missing path, invalid dataset or configuration).
"""

from __future__ import annotations

import argparse
import contextlib
import functools
import hashlib
import os
import sys
import traceback
from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import date
from typing import NoReturn, TextIO

from . import __version__
from .baseline import BaselineError, parse_baseline, render_baseline
from .cache import CACHE_FOLDER
from .config import Config, ConfigError, find_config, load_config
from .dataset_load import DatasetError, dataset_files, load_dataset
from .explain import explain
from .findings import CODES, Finding, Severity
from .forked import processes_for
from .load import PathNotFound, discover, read_bytes
from .pipeline import Options, run
from .report_files import (
    ReportWriteError,
    append_text,
    report_renderers,
    write_files,
    write_text_atomic,
)
from .reporters.github import render_github
from .reporters.json_report import render_json
from .reporters.junit import render_junit
from .reporters.markdown import render_markdown
from .reporters.sarif import render_sarif
from .reporters.text import render_text
from .result import Result
from .rules import RuleSelection, UnknownCode, parse_codes
from .run_cache import RememberedRun, RunCache, digest_file, file_signature

__all__ = ["command", "main"]

# Below this many claims the reports take milliseconds: rendering them on other
# processes would cost more than it saves.
_PARALLEL_REPORTS = 5000


class UsageError(Exception):
    """A bad command line: exit 2 with one line."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        raise UsageError(message)


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="validate",
        description="Check claim files against a JSON Schema, a canonical dataset and each other.",
        epilog=(
            "Exit status: 0 pass, 1 findings at or above --fail-on, 2 the run could not be done."
        ),
    )
    parser.add_argument(
        "paths", nargs="*", metavar="PATH", help="files or folders to check (default: claims/)"
    )
    parser.add_argument(
        "--dataset", metavar="PATH", help="the canonical dataset (default: dataset/)"
    )
    reports = parser.add_mutually_exclusive_group()
    reports.add_argument(
        "--reports", metavar="DIR", help="where to write consistency reports (default: reports/)"
    )
    reports.add_argument("--no-reports", action="store_true", help="write no report files")
    parser.add_argument(
        "--format",
        choices=("text", "json", "github"),
        help="what goes to standard output (default: text; github under GitHub Actions)",
    )
    parser.add_argument(
        "--junit", metavar="FILE", help="also write JUnit XML (a testcase per claim)"
    )
    parser.add_argument("--sarif", metavar="FILE", help="also write SARIF 2.1.0")
    parser.add_argument(
        "--select", metavar="CODES", help="report only these codes or prefixes (D2,X)"
    )
    parser.add_argument("--ignore", metavar="CODES", help="never report these codes or prefixes")
    parser.add_argument(
        "--fail-on",
        choices=("error", "warning"),
        help="the lowest severity that fails the run (default: error)",
    )
    parser.add_argument(
        "--baseline", metavar="FILE", help="treat findings listed in this baseline as acknowledged"
    )
    parser.add_argument(
        "--write-baseline",
        metavar="FILE",
        nargs="?",
        const="factlint-baseline.json",
        help="record every current finding in a baseline (default: factlint-baseline.json)",
    )
    cache = parser.add_mutually_exclusive_group()
    cache.add_argument(
        "--no-cache",
        action="store_true",
        help="read and check every file afresh; neither use nor write the cache",
    )
    cache.add_argument(
        "--cache-dir",
        metavar="DIR",
        help=f"where parsed, schema-checked files are cached (default: {CACHE_FOLDER})",
    )
    parser.add_argument(
        "--jobs",
        metavar="N",
        type=_jobs,
        default=0,
        help="parse claim files on N processes; 0: one per core (default: 0)",
    )
    parser.add_argument(
        "--explain", metavar="SOURCE/CLAIM", help="show the reasoning behind one claim's verdict"
    )
    parser.add_argument(
        "--list-codes", action="store_true", help="list every finding code and exit"
    )
    parser.add_argument("--version", action="store_true", help="print the version and exit")
    parser.add_argument(
        "-q", "--quiet", action="store_true", help="only failing findings and the summary"
    )
    parser.add_argument(
        "-v",
        "--verbose",
        action="store_true",
        help="also info findings; tracebacks on internal errors",
    )
    return parser


def _jobs(text: str) -> int:
    try:
        jobs = int(text)
    except ValueError:
        jobs = -1
    if jobs < 0:
        raise argparse.ArgumentTypeError(f"expected a number of processes, 0 or more, not {text!r}")
    return jobs


def list_codes() -> str:
    lines = [
        f"{info.code}  {info.severity.value:<7}  {info.description}" for info in CODES.values()
    ]
    return "\n".join(lines) + "\n"


def _codes(option: str | None, configured: tuple[str, ...]) -> tuple[str, ...]:
    if option is None:
        return configured
    return parse_codes(option)


def command() -> NoReturn:
    """The `validate` console script and `python -m validator`: `main`, and then the
    process ends at once, without freeing what the run built object by object and
    tearing the interpreter down (0.2 s of a 5 s run on 100,000 claims). Everything the
    run writes is closed by then; standard output and error are flushed here."""
    global _keep_results
    _keep_results = True
    code = main()
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(Exception):  # a closed pipe: nothing more to say
            stream.flush()
    os._exit(code)


# Set by `command`: the process ends with the run, so its Result is kept here for the
# exit to discard rather than freed when `_run` returns.
_keep_results = False
_kept: list[Result] = []


def main(argv: Sequence[str] | None = None) -> int:
    out: TextIO = sys.stdout
    err: TextIO = sys.stderr
    verbose = False
    try:
        try:
            args = build_parser().parse_args(argv)
        except SystemExit as stop:  # --help
            return int(stop.code or 0)
        verbose = bool(args.verbose)
        if args.version:
            out.write(f"factlint {__version__}\n")
            return 0
        if args.list_codes:
            out.write(list_codes())
            return 0
        config = load_config(find_config())
        return _run(args, config, out, err)
    except UsageError as error:
        err.write(f"validate: {error} (see validate --help)\n")
        return 2
    except UnknownCode as error:
        err.write(f"validate: {error}\n")
        return 2
    except ConfigError as error:
        err.write(f"validate: configuration: {error}\n")
        return 2
    except DatasetError as error:
        for problem in error.problems[:20]:
            err.write(f"validate: dataset: {problem}\n")
        if len(error.problems) > 20:
            err.write(f"validate: dataset: … and {len(error.problems) - 20} more problems\n")
        return 2
    except PathNotFound as error:
        err.write(f"validate: {error}: no such file or folder; name claim files or folders\n")
        return 2
    except BaselineError as error:
        err.write(f"validate: baseline: {error}\n")
        return 2
    except ReportWriteError as error:
        err.write(f"validate: cannot write reports: {error}\n")
        return 2
    except KeyboardInterrupt:
        err.write("validate: interrupted\n")
        return 2
    except Exception as error:  # one line, not a traceback: CI logs must stay readable
        where = getattr(error, "factlint_file", None)
        context = f" while checking {where}" if where else ""
        detail = " ".join(str(error).split())  # one line, whatever the error says
        err.write(
            f"validate: internal error{context}: {type(error).__name__}: {detail}; "
            "please report it (run with -v for the traceback)\n"
        )
        if verbose:
            traceback.print_exc(file=err)
        return 2


def _run(args: argparse.Namespace, config: Config, out: TextIO, err: TextIO) -> int:
    select = _codes(args.select, config.select)
    ignore = _codes(args.ignore, config.ignore)
    fail_on = Severity(args.fail_on) if args.fail_on else (config.fail_on or Severity.ERROR)
    paths = list(args.paths) or list(config.paths) or [config.default("claims")]
    dataset_path = args.dataset or config.dataset or config.default("dataset")
    baseline_path = args.baseline or config.baseline
    use_baseline = baseline_path is not None and not args.write_baseline
    options = Options(
        dataset=dataset_path,
        fail_on=fail_on,
        rules=RuleSelection(select, ignore),
        # A baseline is written from what the claims alone leave open, never from itself.
        baseline=_read_baseline(baseline_path) if use_baseline and baseline_path else {},
        cache_dir=None if args.no_cache else (args.cache_dir or CACHE_FOLDER),
        jobs=args.jobs,
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
        key, read = _run_key(runs, paths, options, args, config, in_actions)
        options = replace(options, read=read)  # loading takes these bytes, not the files
        remembered = runs.get(key)
        if remembered is not None:
            _github_summary(remembered.summary, in_actions)
            out.write(remembered.stdout)
            return remembered.exit_code
    result = run(paths, load_dataset(dataset_path), options)
    if _keep_results:
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
    written = _write_outputs(args, config, result)
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


def _write_outputs(args: argparse.Namespace, config: Config, result: Result) -> list[str]:
    """All report files of a run, written by report_files; returns their paths."""
    files: list[tuple[str, Callable[[], str]]] = []
    folder = _reports_folder(args, config)
    if folder is not None:
        files.extend(report_renderers(result, folder))
    if args.junit:
        files.append((args.junit, functools.partial(render_junit, result)))
    if args.sarif:
        files.append((args.sarif, functools.partial(render_sarif, result)))
    folders = () if folder is None else (folder,)
    processes = processes_for(args.jobs) if len(result.claims) >= _PARALLEL_REPORTS else 1
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


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
