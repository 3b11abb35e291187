"""The settings the command and the Python API both take, checked by one function.

`validate(..., select=["Z9"])` and `validate --select Z9` must be refused alike: a
library call that silently reports nothing for a mistyped code is worse than the
command it wraps. Each problem names the setting as its caller spells it (`--fail-on`
on the command line, `fail_on` in Python) and says what would be accepted.

A path a command line (`validate`'s, `factlint draft`'s) writes inside the project is
held to it here too (`check_named_path`, see `validator.cli.named_paths`), and so is
one `validate()` is given inside its `root` (`check_given_paths`).
"""

from __future__ import annotations

import os
import re
from collections.abc import Sequence
from dataclasses import dataclass

from validator.guard.safe_read import redirected
from validator.model.findings import CODES, Severity
from validator.model.names import Suggester
from validator.model.typography import shorten
from validator.read.files import STDIN
from validator.report.escaping import UNSAFE_CHARACTERS
from validator.settle.selection import RuleSelection, UnknownCode, parse_codes

__all__ = [
    "ArgumentError",
    "Checked",
    "check_arguments",
    "check_codes",
    "check_given_paths",
    "check_named_file",
    "check_named_path",
    "control_character",
    "did_you_mean",
]

FAIL_ON = (Severity.ERROR, Severity.WARNING)

_CODE_SUGGESTER = Suggester(CODES)

# What a terminal, a log or a reader of a listing would act on or not see in a file's
# name: every character `visible` escapes but a lone surrogate, which is a byte of a
# name that is not UTF-8 (a real name, if an old one), not a character at all.
_CONTROL = re.compile(f"[{UNSAFE_CHARACTERS.replace(chr(0xD800) + '-' + chr(0xDFFF), '')}]")


class ArgumentError(ValueError):
    """A setting that cannot be used: `name` as the caller spells it, and why."""

    def __init__(self, name: str, problem: str) -> None:
        super().__init__(f"{name}: {problem}")
        self.name = name
        self.problem = problem


@dataclass(frozen=True, slots=True)
class Checked:
    rules: RuleSelection
    fail_on: Severity
    jobs: int


def did_you_mean(found: Sequence[str]) -> str:
    """`; did you mean 'a' or 'b'?`, or nothing when there is nothing close."""
    if not found:
        return ""
    quoted = [f"'{name}'" for name in found]
    listed = quoted[0] if len(quoted) == 1 else f"{', '.join(quoted[:-1])} or {quoted[-1]}"
    return f"; did you mean {listed}?"


def check_codes(
    name: str, codes: str | Sequence[str], command: str = "validate"
) -> tuple[str, ...]:
    """Codes or prefixes (`"D2,X"` or `["D2", "X"]`); each must name at least one code.
    `command` is the command whose --list-codes a refusal points to."""
    if not isinstance(codes, str) and (
        not isinstance(codes, Sequence) or not all(isinstance(c, str) for c in codes)
    ):
        raise ArgumentError(name, f"expected codes such as ['D2', 'X301'], not {codes!r}")
    try:
        return parse_codes(codes if isinstance(codes, str) else list(codes))
    except UnknownCode as error:
        close = did_you_mean(_CODE_SUGGESTER.suggest(error.code))
        # A code is a few characters; a configuration's 3 MB one was quoted whole.
        code = error.code if len(error.code) <= 40 else error.code[:39] + "…"
        raise ArgumentError(
            name,
            f"'{code}' matches no finding code{close}; {command} --list-codes lists them",
        ) from None


def _fail_on(name: str, value: object) -> Severity:
    if isinstance(value, str) and value in FAIL_ON:
        return Severity(value)
    accepted = " or ".join(f"'{s.value}'" for s in FAIL_ON)
    raise ArgumentError(name, f"expected {accepted}, not {value!r}")


def _jobs(name: str, value: object) -> int:
    # bool is an int to Python, but `jobs=True` is a mistake, not one process.
    if isinstance(value, int) and not isinstance(value, bool) and value >= 0:
        return value
    raise ArgumentError(name, f"expected a number of processes, 0 or more, not {value!r}")


def check_arguments(
    *,
    select: str | Sequence[str] = (),
    ignore: str | Sequence[str] = (),
    fail_on: object = Severity.ERROR,
    jobs: object = 1,
    names: dict[str, str] | None = None,
    command: str = "validate",
) -> Checked:
    """The settings checked, or ArgumentError for the first that cannot be used.

    `names` maps each setting to how the caller spells it (the command passes
    `{"fail_on": "--fail-on", ...}`); by default the Python names are used. `command`
    is the command as typed (`factlint check`), whose --list-codes a refusal names.
    """
    spelt = {"select": "select", "ignore": "ignore", "fail_on": "fail_on", "jobs": "jobs"}
    spelt.update(names or {})
    return Checked(
        rules=RuleSelection(
            check_codes(spelt["select"], select, command),
            check_codes(spelt["ignore"], ignore, command),
        ),
        fail_on=_fail_on(spelt["fail_on"], fail_on),
        jobs=_jobs(spelt["jobs"], jobs),
    )


def control_character(path: str) -> str:
    """The first control, line-separating or bidi character of `path`, as Python quotes
    it (`'\\x1b'`); empty when there is none. A path holding one is refused where it would
    name a file or folder factlint makes: `reports = "out\\u001b[31m"` made a folder
    whose name turned every listing of the project red, and `--reports $'x\\n::error::y'`
    one whose name, listed in a log, was a workflow command."""
    found = _CONTROL.search(path)
    return repr(found.group(0)) if found else ""


def check_named_file(name: str, path: str, root: str) -> None:
    """`check_named_path` for a file written: its folder, as a link in its own place is
    replaced, never followed."""
    check_named_path(name, os.path.dirname(path) or ".", root, read=False, shown=path)


def check_named_path(
    name: str, path: str, root: str, *, read: bool, shown: str | None = None
) -> None:
    """ArgumentError naming the option `name` when `path` is `redirected`. The path is
    cut for the message: a workflow may pass on the file names a pull request chose."""
    problem = redirected(path, root, read=read)
    if problem is None:
        return
    written = shorten(shown or path, 80)
    raise ArgumentError(
        name,
        f"'{written}' lies in the project, but {problem}: a link committed there "
        "must not take factlint elsewhere; give the path it leads to instead, if that is "
        "meant",
    )


def check_given_paths(
    paths: Sequence[str], dataset: str | None, cache_dir: str | None, root: str
) -> None:
    """`check_named_path` for the paths `validate()` is given, as the command checks its
    own (`validator.cli.named_paths`), each named as Python spells it: a script or a
    service handing a pull request's checkout to the API took `claims -> ~/.config` as
    claims, and read what was there, though the command refused it."""
    # str(): a caller may well pass pathlib paths, as the run itself takes them.
    for path in map(str, paths):
        if path != STDIN:
            check_named_path("paths", path, root, read=True)
    if dataset is not None:
        check_named_path("dataset", dataset, root, read=True)
    if cache_dir is not None:
        check_named_path("cache_dir", str(cache_dir), root, read=False)
