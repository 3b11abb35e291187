"""The command's outputs: what goes to standard output (or --output-file), and the
report files.

Colour follows the conventions ruff and most command-line tools share: `--color
always` or `never` decide; otherwise (`auto`) a non-empty NO_COLOR turns it off, a
non-empty FORCE_COLOR turns it on, and else colour is used only when the output is a
terminal that is not `TERM=dumb`. A file written with --output-file is never coloured
unless asked for with --color always.
"""

from __future__ import annotations

import argparse
import functools
import os
import re
from collections.abc import Mapping
from typing import TextIO
from urllib.parse import quote

from validator.model.findings import Finding
from validator.model.result import Result
from validator.read.files import display_path
from validator.read.line_feeds import line_breaks
from validator.report import tally
from validator.report.escaping import stderr_line
from validator.report.project_place import ProjectPlace, root_base
from validator.report.registry import REPORTERS, Kept, Reporter, Settings, option_formats
from validator.report.terminal import COLOUR, PLAIN, SourceLine, Style
from validator.report.write_files import (
    Renderer,
    ReportWriteError,
    append_text,
    report_renderers,
    write_files,
)
from validator.speed.forked import processes_for, share_work

from .plan import Plan

__all__ = [
    "option_paths",
    "render_stdout",
    "reports_line",
    "root_base",
    "source_lines",
    "stdout_style",
    "summary_held",
    "summary_link_root",
    "summary_path",
    "use_colour",
    "write_github_summary",
    "write_outputs",
]

# Below this many claims the reports take milliseconds: rendering them on other
# processes would cost more than it saves.
PARALLEL_REPORTS = 5000


def use_colour(choice: str, stream: TextIO, environ: Mapping[str, str]) -> bool:
    if choice != "auto":
        return choice == "always"
    if environ.get("NO_COLOR"):
        return False
    if environ.get("FORCE_COLOR"):
        return True
    try:
        terminal = stream.isatty()
    except (AttributeError, ValueError):  # a closed or unusual stream
        return False
    return terminal and environ.get("TERM") != "dumb"


def source_lines(result: Result, read: Mapping[str, bytes | Finding]) -> SourceLine:
    """A finding's line of its claim file, for --show-source, from the bytes the run
    read and checked (`read`, by path): a name the run did not read is shown nothing,
    and nothing is read again by name. A finding's location is the run's own, but a
    name re-read from disk could be a link the walk did not follow (`claims/env.json
    -> ../.env`), or a file replaced since, so this refuses it itself rather than
    trusting its callers to have read every file. One file's lines are kept at a
    time: the findings come file by file, and 64 kept of files of 31 MiB took 2 GB."""
    claim_files = set(result.files)
    by_shown = {display_path(path): raw for path, raw in read.items()}

    @functools.lru_cache(maxsize=1)
    def lines_of(shown: str) -> list[str] | None:
        raw = by_shown.get(shown)
        if not isinstance(raw, bytes):
            return None
        # Lines as the findings count them (read.line_feeds): a line feed ends one (CR
        # LF too), not the NEL, LS, PS or lone CR that str.splitlines breaks at as well;
        # in a file whose lines a lone CR mostly ends, any of them. Without a byte order
        # mark, which columns do not count and a terminal may show.
        text = raw.decode("utf-8", errors="replace").removeprefix("\ufeff")
        return [line.removesuffix("\r") for line in line_breaks(text).split(text)]

    def line(shown: str, number: int) -> str | None:
        if shown not in claim_files or shown not in by_shown or number < 1:
            return None
        lines = lines_of(shown)
        if lines is None or number > len(lines):
            return None
        return lines[number - 1]

    return line


def render_stdout(
    result: Result,
    args: argparse.Namespace,
    plan: Plan,
    style: Style,
    source: SourceLine | None,
    reporters: Mapping[str, Reporter] = REPORTERS,
) -> str:
    """What goes to standard output: `plan.format`'s reporter, as the options ask."""
    settings = Settings(
        quiet=bool(args.quiet),
        verbose=bool(args.verbose),
        statistics=bool(args.statistics),
        style=style,
        source=source,
        reports=plan.reports is not None,
    )
    return reporters[plan.format].render(result, settings)


def stdout_style(args: argparse.Namespace, out: TextIO) -> Style:
    stream_is_file = args.output_file is not None
    choice = "never" if stream_is_file and args.color == "auto" else args.color
    return COLOUR if use_colour(choice, out, os.environ) else PLAIN


def write_outputs(
    args: argparse.Namespace,
    plan: Plan,
    result: Result,
    jobs: int,
    reporters: Mapping[str, Reporter] = REPORTERS,
    kept: Kept | None = None,
    root: str | None = None,
) -> list[str]:
    """All report files of a run, written by write_files: the reports folder's, then
    each file an option of a reporter names. Returns their paths. `kept`: where the
    reports folder's reports keep texts between runs (see `report_renderers`); `root`:
    the project's root, to which SARIF's paths are relative, and outside which no
    report links a file (`ProjectPlace`)."""
    place = ProjectPlace(root)
    files: list[tuple[str, Renderer]] = []
    if plan.reports is not None:
        files.extend(report_renderers(result, plan.reports, reporters, kept, place))
    named = option_paths(args, reporters)
    settings = Settings(
        claimreview=plan.claimreview,
        codes_url=plan.docs_url,
        reports=plan.reports is not None,
        place=place,
    )
    for name, path in named.items():
        files.append((path, functools.partial(reporters[name].render, result, settings)))
    folders = () if plan.reports is None else (plan.reports,)
    processes = processes_for(jobs) if len(result.claims) >= PARALLEL_REPORTS else 1
    if processes > 1 and len(files) > 1:
        # The counts several reports show, worked out once here before processes fork
        # to render them, rather than on each of them.
        tally(result)
    share = functools.partial(share_work, processes=processes)
    return write_files(files, folders, share=share, named_by_user=set(named.values()))


def option_paths(
    args: argparse.Namespace, reporters: Mapping[str, Reporter] = REPORTERS
) -> dict[str, str]:
    """The file each reporter's option names on this command line, by format name."""
    paths = ((name, getattr(args, name, None)) for name in option_formats(reporters))
    return {name: str(path) for name, path in paths if path}


def reports_line(written: list[str] | tuple[str, ...], command: str = "validate") -> str:
    """`validate: wrote reports/consistency.md, ...`: where this run's files went."""
    if not written:
        return ""
    return stderr_line(f"wrote {', '.join(written)}", command)


def summary_path(in_actions: bool) -> str | None:
    """Where GitHub Actions takes a job summary from, when it does."""
    return os.environ.get("GITHUB_STEP_SUMMARY") or None if in_actions else None


def summary_held(in_actions: bool) -> int:
    """How many bytes the job summary's file holds already: what earlier commands of
    the step wrote, which counts towards GitHub's limit too. Its size is read, never
    its contents; 0 where there is no such file (the summary creates it)."""
    path = summary_path(in_actions)
    if path is None:
        return 0
    try:
        return max(os.stat(path).st_size, 0)
    except (OSError, ValueError):  # missing, or a name the system refuses: said on writing
        return 0


_REPOSITORY = re.compile(r"[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+")
_SHA = re.compile(r"[0-9a-f]{40}")


def summary_link_root(environ: Mapping[str, str], cwd: str) -> str | None:
    """Where the job summary's locations link: the run's folder in the commit under
    test (`https://github.com/OWNER/REPO/blob/SHA`, and the folder within the checkout),
    from the variables GitHub Actions sets. A summary is shown on the run's page, where
    a relative link leads nowhere. None outside Actions, for values not of their form,
    or when the command ran outside the checkout."""
    server = environ.get("GITHUB_SERVER_URL", "")
    repository = environ.get("GITHUB_REPOSITORY", "")
    sha = environ.get("GITHUB_SHA", "")
    workspace = environ.get("GITHUB_WORKSPACE", "")
    if not (
        server.startswith("https://")
        and "/" not in server.removeprefix("https://")
        and _REPOSITORY.fullmatch(repository)
        and _SHA.fullmatch(sha)
        and workspace
    ):
        return None
    inside = os.path.relpath(os.path.realpath(cwd), os.path.realpath(workspace))
    if inside == os.pardir or inside.startswith(os.pardir + os.sep):
        return None
    root = f"{server}/{repository}/blob/{sha}"
    if inside != os.curdir:
        root += "/" + quote(inside.replace(os.sep, "/"), safe="/-._~")
    return root


def write_github_summary(summary: str | None, in_actions: bool) -> None:
    """GitHub drops job summaries over 1 MiB: the summary shows the first rows of each
    table (render_markdown's max_rows), and consistency.md keeps everything."""
    path = summary_path(in_actions)
    if path is not None and summary is not None:
        try:
            append_text(path, summary)
        except ReportWriteError as error:
            # The path came from the environment, not the command line: name where.
            where = f"the job summary {path} (GITHUB_STEP_SUMMARY)"
            raise ReportWriteError(where, error.reason) from error
