"""Paths named on the command line, held to the project where they are written inside it.

The command line is the user's (or the workflow's): a path it names outside the project
(`--reports "$RUNNER_TEMP/factlint"`, `/srv/claims`, `../other/claims`) is theirs to
choose, and is used as it is. But a path written as one inside the project (`claims/`,
`--dataset dataset`, `--junit build/junit.xml`) passes through the folders and links a
pull request commits: `claims` made a link to the runner's `~/.config` had `validate
claims/` read every YAML and JSON file there and `--show-source` print their lines, a
changed file `claims/x.yaml -> ../.git/config` named by a workflow that checks only the
changed files was read and shown, and `build -> /elsewhere` made `--junit
build/junit.xml` write there. So a path written inside the project must still lie inside
it once its links are followed, and one factlint reads must also lie in none of its
hidden files or folders (unless the path itself was written through one): the rule the
configuration's paths follow (`validator.guard.safe_read.redirected`). A file factlint
writes may itself be a link, which is replaced, never followed
(`validator.report.write_files`), so only the folder it is written in is held to it.
"""

from __future__ import annotations

import argparse

from validator.arguments import check_named_file, check_named_path
from validator.read.files import STDIN

from .output import option_paths

__all__ = ["check_named_paths"]


def check_named_paths(args: argparse.Namespace, root: str) -> None:
    """ArgumentError for the first path of the command line that is written inside the
    project `root` but that a link leads out of it (or, for a path read, into a hidden
    file or folder of it)."""
    for path in args.paths:
        if path != STDIN:
            check_named_path("PATH", str(path), root, read=True)
    for name, value in (("--dataset", args.dataset), ("--baseline", args.baseline)):
        if value is not None:
            check_named_path(name, str(value), root, read=True)
    if args.reports is not None:
        check_named_path("--reports", str(args.reports), root, read=False)
    if args.cache_dir is not None:
        check_named_path("--cache-dir", str(args.cache_dir), root, read=False)
    written = {
        "--output-file": args.output_file,
        "--write-baseline": args.write_baseline,
        **{f"--{name}": path for name, path in option_paths(args).items()},
    }
    for name, value in written.items():
        if isinstance(value, str):
            check_named_file(name, value, root)
