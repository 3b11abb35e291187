"""The `factlint` command: `factlint check ...` is `validate ...`; `factlint draft ARTICLE`
drafts a claim file from an article (validator.draft); `factlint --completion bash|zsh`
prints its shell completion script; `factlint --version`, the version.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
from collections.abc import Sequence
from typing import NoReturn

from validator._version import __version__
from validator.draft import command as draft_command
from validator.report.escaping import terminal_safe

from . import main as cli
from .completion import SHELLS, CompletionUnavailable, completion_script
from .parser import build_parser

__all__ = ["command", "main"]

_USAGE = """usage: factlint {check,draft} ...

  factlint check [PATH ...]   check claim files: the same as validate (see validate --help)
  factlint draft ARTICLE      draft a claim file from an article (see factlint draft --help)
  factlint --completion bash|zsh   print a shell completion script for factlint
  factlint --version          print the version, as validate --version does
"""
_CHECK_HELP = "check claim files: the same as validate"
_DRAFT_HELP = "draft a claim file from an article"


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if not args:
        # One line, as every exit 2 is: a CI log shows what to change at a glance.
        _error("name a command: check or draft (see factlint --help)")
        return 2
    if args[0] in ("-h", "--help"):
        sys.stdout.write(_USAGE)
        return 0
    if args[0] == "--version":  # as `validate --version` and `factlint check --version`
        sys.stdout.write(f"factlint {__version__}\n")
        return 0
    name, rest = args[0], args[1:]
    if name == "check":
        return cli.main(rest, command="factlint check", completed=completion_parser)
    if name == "draft":
        return draft_command.main(rest)
    if name == "--completion" or name.startswith("--completion="):
        shells = [name.partition("=")[2]] if "=" in name else rest
        return _completion(shells)
    _error(f"unknown command {name!r}; use check or draft")
    return 2


def _error(message: str) -> None:
    """One line on standard error, made safe as every message there is: a command name
    as given can hold what a CI runner reads as a workflow command (`##[error]`)."""
    sys.stderr.write(f"factlint: {terminal_safe(message)}\n")


def completion_parser() -> argparse.ArgumentParser:
    """The factlint command as an argparse parser, for its completion script only: `main`
    dispatches by hand, so that `factlint check` hands every argument to validate as it
    was given. The subcommands' parsers are the ones they parse with."""
    parser = argparse.ArgumentParser(prog="factlint")
    parser.add_argument(
        "--completion", choices=SHELLS, help="print a shell completion script and exit"
    )
    parser.add_argument("--version", action="store_true", help="print the version and exit")
    commands = parser.add_subparsers(dest="command", metavar="{check,draft}")
    commands.add_parser("check", parents=[build_parser()], add_help=False, help=_CHECK_HELP)
    commands.add_parser(
        "draft", parents=[draft_command.build_parser()], add_help=False, help=_DRAFT_HELP
    )
    return parser


def _completion(shells: list[str]) -> int:
    if len(shells) != 1 or shells[0] not in SHELLS:
        _error(f"--completion takes one of {', '.join(SHELLS)}")
        return 2
    try:
        script = completion_script(completion_parser(), shells[0])
    except CompletionUnavailable as error:
        _error(str(error))
        return 2
    sys.stdout.write(script)
    return 0


def command() -> NoReturn:
    """The `factlint` console script."""
    code = main()
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(Exception):  # a closed pipe: nothing more to say
            stream.flush()
    os._exit(code)


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
