"""The `validate` command's options: what each means and how it is spelt.

Values are checked where the Python API checks them too (validator.arguments), so the
two refuse the same mistakes with the same words; argparse only splits the line.
"""

from __future__ import annotations

import argparse
from typing import NoReturn

from .cache import CACHE_FOLDER

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
        "--claimreview",
        metavar="FILE",
        help="also write schema.org ClaimReview JSON-LD from the verdicts "
        "(needs publisher and review-url in [tool.factlint])",
    )
    parser.add_argument(
        "--select", metavar="CODES", help="report only these codes or prefixes (D2,X)"
    )
    parser.add_argument("--ignore", metavar="CODES", help="never report these codes or prefixes")
    parser.add_argument(
        "--fail-on",
        metavar="error|warning",
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


def _jobs(text: str) -> int | str:
    """A whole number, or the text itself for check_arguments to refuse as the API does."""
    try:
        return int(text)
    except ValueError:
        return text
