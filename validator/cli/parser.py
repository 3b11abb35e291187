"""The `validate` command's options: what each means and how it is spelt.

Values are checked where the Python API checks them too (validator.arguments), so the
two refuse the same mistakes with the same words; argparse only splits the line. The
options are in groups, as `validate --help` lists them: what to check, how to check
it, what to write, and what to do instead of a run.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable, Mapping
from typing import NoReturn

from validator.report.registry import REPORTERS, Reporter, stdout_formats
from validator.speed.file_store import CACHE_FOLDER

__all__ = ["OPTION_NAMES", "UsageError", "build_parser"]

# How the command spells the settings it shares with the Python API.
OPTION_NAMES = {
    "select": "--select",
    "ignore": "--ignore",
    "fail_on": "--fail-on",
    "jobs": "--jobs",
}


class UsageError(Exception):
    """A bad command line: exit 2 with one line."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        raise UsageError(message)


def build_parser(
    reporters: Mapping[str, Reporter] = REPORTERS, command: str = "validate"
) -> argparse.ArgumentParser:
    """The options, with --format's choices and the options naming a reporter's file
    taken from `reporters` (validator.report.registry); `command` is the command as typed
    (`factlint check`), which --help's usage line shows."""
    parser = _Parser(
        prog=command,
        description="Check claim files against a JSON Schema, a canonical dataset and each other.",
        epilog=(
            "Exit status: 0 pass, 1 findings at or above --fail-on, 2 the run could not be done."
        ),
    )
    _inputs(parser.add_argument_group("what to check"))
    _checks(parser.add_argument_group("how to check it"))
    _outputs(parser.add_argument_group("what to write"), reporters)
    _answers(parser.add_argument_group("instead of a run"))
    return parser


def _inputs(group: argparse._ArgumentGroup) -> None:
    group.add_argument(
        "paths",
        nargs="*",
        metavar="PATH",
        help=(
            "files or folders to check, - for standard input (default: the configured "
            "paths, else claims/)"
        ),
    )
    group.add_argument(
        "--dataset",
        metavar="PATH",
        type=_PATH,
        help="the canonical dataset (default: the configured dataset, else dataset/)",
    )
    group.add_argument(
        "--config",
        metavar="FILE",
        type=_FILE,
        help="the configuration file (default: found from the first PATH upwards)",
    )


def _checks(group: argparse._ArgumentGroup) -> None:
    group.add_argument(
        "--select", metavar="CODES", help="report only these codes or prefixes (D2,X)"
    )
    group.add_argument("--ignore", metavar="CODES", help="never report these codes or prefixes")
    group.add_argument(
        "--fail-on",
        metavar="error|warning",
        help="the lowest severity that fails the run (default: the configured fail-on, else error)",
    )
    group.add_argument(
        "--exit-zero", action="store_true", help="exit 0 even when findings fail the run"
    )
    group.add_argument(
        "--baseline",
        metavar="FILE",
        type=_FILE,
        help="treat findings listed in this baseline as acknowledged",
    )
    cache = group.add_mutually_exclusive_group()
    cache.add_argument(
        "--no-cache",
        action="store_true",
        help="read and check every file afresh; neither use nor write the cache",
    )
    cache.add_argument(
        "--cache-dir",
        metavar="DIR",
        type=_FOLDER,
        help=f"where parsed files are cached (default: {CACHE_FOLDER} in the project's root)",
    )
    group.add_argument(
        "--jobs",
        metavar="N",
        type=_jobs,
        default=0,
        help="check claim files on N processes; 0: one per idle core (default: 0); fewer "
        "where memory is short",
    )


def _outputs(group: argparse._ArgumentGroup, reporters: Mapping[str, Reporter]) -> None:
    reports = group.add_mutually_exclusive_group()
    reports.add_argument(
        "--reports",
        metavar="DIR",
        type=_FOLDER,
        help="write the reports to DIR (default: the configured folder, on a whole-project run)",
    )
    reports.add_argument("--no-reports", action="store_true", help="write no report files")
    group.add_argument(
        "--format",
        choices=stdout_formats(reporters),
        help="what goes to standard output (default: text; github under GitHub Actions)",
    )
    group.add_argument(
        "-o",
        "--output-file",
        metavar="FILE",
        type=_FILE,
        help="write what would go to standard output to FILE",
    )
    group.add_argument(
        "--statistics", action="store_true", help="a count per code instead of each finding"
    )
    group.add_argument(
        "--show-source", action="store_true", help="show each finding's line of its claim file"
    )
    group.add_argument(
        "--color",
        choices=("auto", "always", "never"),
        default="auto",
        help=(
            "colour the text output (default: auto, on a terminal; honours NO_COLOR and "
            "FORCE_COLOR)"
        ),
    )
    for name, reporter in reporters.items():
        if reporter.option:
            # args.NAME: the file, by the reporter's format name (cli.output.option_paths).
            group.add_argument(
                reporter.option,
                dest=name,
                metavar="FILE",
                type=_FILE,
                help=f"also write {reporter.what}",
            )
    group.add_argument(
        "-q", "--quiet", action="store_true", help="only what fails the run, in every format"
    )
    group.add_argument(
        "-v",
        "--verbose",
        action="store_true",
        help="also info findings; tracebacks on internal errors",
    )


def _answers(group: argparse._ArgumentGroup) -> None:
    group.add_argument(
        "--explain",
        metavar="SOURCE/CLAIM",
        type=_given("a claim's id, SOURCE/CLAIM"),
        help="show the reasoning behind one claim's verdict",
    )
    group.add_argument(
        "--write-baseline",
        metavar="FILE",
        nargs="?",
        const="factlint-baseline.json",
        type=_FILE,
        help=(
            "record every unacknowledged finding in a baseline (default: factlint-baseline.json)"
        ),
    )
    group.add_argument(
        "--acknowledge",
        nargs=2,
        metavar=("SOURCE/CLAIM", "CODE"),
        help="write an acknowledgement of the claim's finding into its file (with --reason)",
    )
    group.add_argument("--reason", metavar="TEXT", help="why --acknowledge accepts the finding")
    group.add_argument(
        "--until",
        metavar="DATE",
        help="the last day --acknowledge's acknowledgement holds; it expires after it",
    )
    group.add_argument("--list-codes", action="store_true", help="list every finding code and exit")
    group.add_argument("--version", action="store_true", help="print the version and exit")
    group.add_argument(
        "--completion",
        choices=("bash", "zsh"),
        help="print a shell completion script and exit (needs factlint[completion])",
    )


def _given(what: str) -> Callable[[str], str]:
    """An option's value, refused when empty: `--sarif "$SARIF"` with the variable unset
    wrote no SARIF without a word, `--explain ""` ran the whole run and wrote the
    reports, and `-o ""` failed only once the checks were done."""

    def value(text: str) -> str:
        if not text:
            raise argparse.ArgumentTypeError(f"expected {what}, not an empty value")
        return text

    return value


_FILE = _given("a file")
_FOLDER = _given("a folder")
_PATH = _given("a file or folder")


def _jobs(text: str) -> int | str:
    """A whole number, or the text itself for check_arguments to refuse as the API does."""
    try:
        return int(text)
    except ValueError:
        return text
