"""The paths a configuration names, held to the project's boundary, and its values as
TOML writes them, for its refusals (`validator.config`)."""

from __future__ import annotations

import datetime
import os

from validator.arguments import control_character
from validator.guard.safe_read import Reach, reach
from validator.model.typography import shorten

__all__ = [
    "DEFAULT_KEYS",
    "READ_KEYS",
    "configured_path_problem",
    "path_problem",
    "shown",
    "written",
]


def configured_path_problem(base: str, value: str, key: str) -> str | None:
    """What is wrong with the path `value` the configuration gives `key`, with what to
    write instead, as its refusal says it after the place; None when nothing.

    A path the configuration names stays inside the project (the configuration's own
    folder), links followed, and one it names for factlint to read is in no hidden file
    or folder of it. The configuration may come with a pull request: it must not make
    factlint read a dataset or baseline elsewhere, walk folders elsewhere, or write
    reports elsewhere; and `.env` files hold secrets, `.git/config` the token
    `actions/checkout` stores (`dataset = ".env"` ended the run with a line quoting its
    text, as `paths = [".env"]` did with `--show-source`). The rule archives and folder
    walks follow too; a path on the command line is held to it only where it is written
    inside the project (`validator.cli.named_paths`)."""
    problem = path_problem(base, value, read=key in READ_KEYS)
    if problem is None:
        return None
    if problem == _NUL or problem.startswith("holds a control"):
        advice = "write the path without it"
    elif problem == _TOO_LONG:
        advice = "name it by a shorter path"
    elif problem == _OUTSIDE:
        advice = (
            "the configuration may name only paths inside its own folder (give a path "
            "outside it on the command line instead)"
        )
    else:
        advice = (
            "the configuration may name only the project's ordinary files and folders for "
            "factlint to read (give it on the command line instead)"
        )
    return f"'{key}' = {shown(value)!r} {problem}; {advice}"


# The keys naming what factlint reads (the reports folder is only written).
READ_KEYS = ("dataset", "paths", "baseline")
_OUTSIDE = "leads outside the project"
_NUL = "names no file (it holds a NUL character)"
# Longer than any path the system opens (PATH_MAX). Resolving links costs the square of a
# path's length: a configured path of 1.5 million `a/` held the run for over ten minutes.
_MAX_PATH = 4096
_TOO_LONG = f"is longer than {_MAX_PATH:,} characters, as no path the system opens is"
# The key that names each default folder instead.
DEFAULT_KEYS = {"claims": "paths", "dataset": "dataset", "reports": "reports"}


def path_problem(base: str, value: str, read: bool) -> str | None:
    """Why `value`, relative to the folder `base` (the project root), cannot be used:
    it leads outside the project, or (for what is `read`) into a hidden file or folder
    of it, links followed; None when it can."""
    if "\0" in value:  # TOML can write one (\u0000); no path holds it
        return _NUL
    if control_character(value):  # `reports = "out\u001b[31m"` made a folder so named
        return f"holds a control character ({control_character(value)})"
    if len(value) > _MAX_PATH:
        return _TOO_LONG
    where = reach(os.path.join(base, value), base or ".")
    if where is Reach.OUTSIDE:
        return _OUTSIDE
    if read and where is Reach.HIDDEN:
        return "is in a hidden file or folder (such as .git or .env)"
    return None


def shown(value: str) -> str:
    return shorten(value, 80)


def written(value: object) -> str:
    """A configured value as TOML writes it, shortened: a text quoted, a number, a date or
    a boolean as written, a list or table by its kind. Python's own forms are no TOML:
    `fail-on = 1979-05-27` was answered "not datetime.date(1979, 5, 27)", and
    `fail-on = true` "not True"."""
    if isinstance(value, str):
        return shown(repr(value))
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        try:
            return shown(str(value).lower())
        except ValueError:  # `0xfff…` of thousands of digits: more than str() writes
            return "an integer of thousands of digits"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "a table"
    if isinstance(value, datetime.date | datetime.time):
        return value.isoformat()
    return shown(str(value))
