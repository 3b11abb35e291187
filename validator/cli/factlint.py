"""The `factlint` command: `factlint check ...` is `validate ...`; `factlint draft ARTICLE`
drafts a claim file from an article (validator.draft).
"""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Sequence
from typing import NoReturn

from validator.draft import command as draft_command

from . import main as cli

__all__ = ["command", "main"]

_USAGE = """usage: factlint {check,draft} ...

  factlint check [PATH ...]   check claim files: the same as validate (see validate --help)
  factlint draft ARTICLE      draft a claim file from an article (see factlint draft --help)
"""


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if not args or args[0] in ("-h", "--help"):
        (sys.stdout if args else sys.stderr).write(_USAGE)
        return 0 if args else 2
    name, rest = args[0], args[1:]
    if name == "check":
        return cli.main(rest)
    if name == "draft":
        return draft_command.main(rest)
    sys.stderr.write(f"factlint: unknown command {name!r}; use check or draft\n")
    return 2


def command() -> NoReturn:
    """The `factlint` console script."""
    code = main()
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(Exception):  # a closed pipe: nothing more to say
            stream.flush()
    os._exit(code)
