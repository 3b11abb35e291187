"""The `validate` command: a thin layer over `validator.pipeline.run`.

Exit status: 0 no finding at or above --fail-on; 1 there are; 2 the run itself could
not be done (bad option, missing path, invalid dataset or configuration).

The options are defined in validator.cli.parser, checked with the Python API's own
checks (validator.arguments), and the run itself is validator.cli.run; this module
turns every way a run can fail into one line on standard error, made by
`escaping.stderr_line` (the messages quote configuration keys, paths, codes and
dataset field names, which must not start a workflow command).
"""

from __future__ import annotations

import argparse
import contextlib
import os
import re
import sys
import traceback
from collections.abc import Callable, Sequence
from typing import NoReturn, TextIO

from validator._version import __version__
from validator.arguments import ArgumentError
from validator.config import ConfigError
from validator.dataset.files import DatasetError
from validator.model.findings import CODES
from validator.model.typography import plural
from validator.read.files import PathNotFound
from validator.report.escaping import stderr_line, terminal_safe
from validator.report.write_files import ReportWriteError
from validator.settle.baseline import BaselineError

from .acknowledge_write import AcknowledgeError
from .completion import CompletionUnavailable, completion_script
from .parser import UsageError, build_parser
from .plan import find_project
from .run import keep_results, run_command

__all__ = ["build_parser", "command", "list_codes", "main"]


def list_codes() -> str:
    lines = [
        f"{info.code}  {info.severity.value:<7}  {info.description}" for info in CODES.values()
    ]
    return "\n".join(lines) + "\n"


def command() -> NoReturn:
    """The `validate` console script and `python -m validator`: `main`, and then the
    process ends at once, without freeing what the run built object by object and
    tearing the interpreter down (0.2 s of a 5 s run on 100,000 claims). Everything the
    run writes is closed by then; standard output and error are flushed here."""
    keep_results()
    code = main()
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(Exception):  # a closed pipe: nothing more to say
            stream.flush()
    os._exit(code)


def _missing_path_step(path: str) -> str:
    """What to do about a path that does not exist. One that reads as a finding code
    came from a list of codes written with spaces (`--select D201, X301`), which the
    shell splits into an option's value and a path."""
    code = path.strip(",").upper()
    if re.fullmatch("[A-Z][0-9]{0,3}", code) and any(known.startswith(code) for known in CODES):
        return f"'{code}' is a finding code: list codes with commas and no spaces (D201,X301)"
    return "name claim files or folders"


def main(
    argv: Sequence[str] | None = None,
    command: str = "validate",
    completed: Callable[[], argparse.ArgumentParser] = build_parser,
) -> int:
    """The command's run, its outputs and exit status. `command` is the command as the
    user typed it (`factlint check` runs this too): --help's usage and every line on
    standard error are named by it. `completed` gives the parser of the command whose
    completion script --completion prints (factlint's, for `factlint check`)."""
    out: TextIO = sys.stdout
    err: TextIO = sys.stderr
    verbose = listed = False  # the traceback; every problem of a dataset (`_dataset_lines`)

    def line(message: str) -> str:
        return stderr_line(message, command)

    try:
        try:
            args = build_parser(command=command).parse_args(argv)
        except SystemExit as stop:  # --help
            return int(stop.code or 0)
        verbose = bool(args.verbose)
        listed = verbose and not args.quiet  # --quiet wins, as in the text format
        if args.version:
            out.write(f"factlint {__version__}\n")
            return 0
        if args.list_codes:
            out.write(list_codes())
            return 0
        if args.completion:
            out.write(completion_script(completed(), args.completion))
            return 0
        config = find_project(args)
        return run_command(args, config, out, err, command)
    except UsageError as error:
        err.write(line(f"{error} (see {command} --help)"))
        return 2
    except CompletionUnavailable as error:
        err.write(line(str(error)))
        return 2
    except AcknowledgeError as error:  # quotes claim ids and paths: escaped by stderr_line
        err.write(line(f"--acknowledge: {error}"))
        return 2
    except ArgumentError as error:
        err.write(line(str(error)))
        return 2
    except ConfigError as error:
        err.write(line(f"configuration: {error}"))
        return 2
    except DatasetError as error:
        err.writelines(line(f"dataset: {text}") for text in _dataset_lines(error, listed))
        return 2
    except PathNotFound as error:
        err.write(line(f"{error}: no such file or folder; {_missing_path_step(str(error))}"))
        return 2
    except BaselineError as error:
        # Every baseline problem has the same way out: mend the file or record it anew.
        err.write(line(f"baseline: {error}; fix it, or write it anew with --write-baseline"))
        return 2
    except ReportWriteError as error:
        # "cannot write PATH: why": the path may be any output (--output-file, --sarif,
        # the job summary), not only a report; "cannot write reports: cannot write
        # /dev/full: ..." said it twice, and called the findings a report.
        err.write(line(str(error)))
        return 2
    except KeyboardInterrupt:
        err.write(line("interrupted"))
        return 2
    except Exception as error:  # one line, not a traceback: CI logs must stay readable
        err.write(line(_internal_error(error)))
        if verbose:  # an exception's text can quote a claim file too: each line escaped
            lines = traceback.format_exc().splitlines()
            err.writelines(terminal_safe(text) + "\n" for text in lines)
        return 2


def _dataset_lines(error: DatasetError, listed: bool) -> list[str]:
    """A dataset that cannot be used, said as any run that cannot be done says why: one
    line, its first problem at its file:line:column and how many more; `listed` (`-v`
    without `-q`), each on a line of its own, at its place. It printed a line for each
    of up to 20 problems and then one counting the rest, where a configuration says its
    first problem and `factlint draft` a dataset's first and how many more."""
    problems = error.problems or [str(error)]
    if listed or len(problems) == 1:
        return problems
    more = plural(len(problems) - 1, "more problem")
    return [f"{problems[0]} (and {more}; -v lists every one)"]


def _internal_error(error: Exception) -> str:
    """What a run that failed by a fault of its own says, on one line."""
    where = getattr(error, "factlint_file", None)
    context = f" while checking {where}" if where else ""
    detail = " ".join(str(error).split())  # one line, whatever the error says
    return (
        f"internal error{context}: {type(error).__name__}: {detail}; "
        "please report it (run with -v for the traceback)"
    )


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
