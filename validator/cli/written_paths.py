"""The files a run writes, checked before anything is checked: each must be a file of
its own, not one the run reads, in a folder that exists.

Nor may one be an archive a claim file of the run names: how that is known before the
run, cheaply, is `archive_outputs`'s to say.

Nothing stopped `--junit claims/tyla.yaml` overwriting a claim file (the folder walk
passes over the files a run writes, so the claim was not even checked first),
`--sarif dataset/film.yaml` a dataset file, `-o pyproject.toml` the configuration,
`--junit reports/consistency.json` a report of the same run, or `--junit out.xml
--sarif out.xml` one output with the other, each with exit status 0. And a missing
folder (`--junit build/junit.xml` before `build/` exists) ended a run of minutes in exit
status 2 once the checks were done. Each is now exit status 2 before the run, with the
option and what to change.

Factlint writes no YAML, so an existing `.yaml` or `.yml` file in a folder the run
walks is a claim file, and one anywhere else is no output of a run either (a claim file
the run was not given, a workflow); a `.json` file may be the last run's own output (the
walk passes over it), so it is refused only where it is named as a claim file or holds
one (an object with `source` and `claims`, which no output of factlint's has; its own
outputs are told by their first key, unparsed). Nothing is
written into the dataset's folder, which is the run's input: an existing file or a YAML
file (which the next run would load) was refused there and any other new file written,
so an output there worked once and was refused on every run after. A device or
pipe (`/dev/null`, `/dev/stdout`) may take several outputs, as a shell would.

The folder `--cache-dir` names is written too, and checked with them: a file there, a
link (which the cache never enters), a folder that may not be written in, or none and a
file or such a folder in the way of making it. The cache treats a folder it cannot use as
none and goes on, which is right for its default folder (a pull request may commit
anything in its place) and for `validate(cache_dir=...)`, where a cache only saves time;
but a folder named on the command line, under a file or in a folder the user may not
write in, was left unused without a word, run after run.

Nor is anything written into a folder that belongs to another program: a `.git` folder
(git's objects, configuration and hooks) or the cache folder. `reports = ".git"` in a
pull request's configuration, or `--reports .git`, wrote the three reports among git's
own files, with exit status 0, and `--cache-dir .git` (or a folder in it, or a link
there) the cache's.
"""

from __future__ import annotations

import argparse
import json
import os
from collections.abc import Iterator

from validator.arguments import ArgumentError, control_character
from validator.config import ConfigError, project_root
from validator.guard.git_folders import git_folder_problem
from validator.guard.safe_read import Refused, read_regular, real_path
from validator.model.typography import shorten
from validator.read.files import STDIN, Limits
from validator.report.registry import report_names
from validator.speed.cache_folder import folder_itself
from validator.speed.file_store import CACHE_FOLDER

from .archive_outputs import ClaimBytes, archive_naming, may_be_archive, own_json
from .output import option_paths
from .plan import Plan

__all__ = ["check_written_paths"]

_YAML = (".yaml", ".yml")


def _written(args: argparse.Namespace, plan: Plan) -> Iterator[tuple[str, str]]:
    """Each file the run writes, with what names it: the option, or `--reports`."""
    if plan.reports is not None:
        for name in report_names():
            yield "--reports", os.path.join(plan.reports, name)
    named = {
        "--output-file": args.output_file,
        **{f"--{name}": path for name, path in option_paths(args).items()},
        "--write-baseline": args.write_baseline,
    }
    for option, path in named.items():
        if isinstance(path, str):
            yield option, path


def _key(path: str) -> str:
    # A chain of more links than can be resolved (`real_path`) is compared as written:
    # the system follows none of it, so writing there fails and says so.
    return os.path.normcase(real_path(path) or os.path.abspath(path))


def _under(path: str, folder: str) -> bool:
    return path.startswith(folder.rstrip(os.sep) + os.sep)


def _special(path: str) -> bool:
    """A device, pipe or socket (or a link to one): written to, never replaced."""
    return os.path.exists(path) and not os.path.isfile(path) and not os.path.isdir(path)


def _read_by_run(path: str, plan: Plan, config_file: str | None, baseline: str | None) -> str:
    """What the run reads at `path` (its real path), in words; empty when nothing."""
    if config_file is not None and path == _key(config_file):
        return "the configuration file"
    if baseline is not None and path == _key(baseline):
        return "the baseline this run reads"
    dataset = _key(plan.dataset)
    if path == dataset:
        return "the dataset"
    if _under(path, dataset):
        # Any file, from the first run on: the dataset's folder is input. Only an
        # existing file and YAML were refused, so `reports = "dataset"` wrote the reports
        # there once and every run after was exit 2, the reports now files in it.
        return "in the dataset"
    for given in plan.paths:
        if given == STDIN:
            continue
        claims = _key(given)
        if path == claims:
            return "a claim file this run reads"
        walked = os.path.isdir(claims) and _under(path, claims)
        if walked and os.path.isfile(path) and _yaml(path):
            return "a claim file this run reads"
    if os.path.isfile(path) and _yaml(path):
        # Not read by this run, but no output of factlint's either: `--sarif
        # claims/b.yaml claims/a.yaml`, the option's file forgotten, replaced the claim
        # file beside the one checked.
        return "a YAML file, which factlint never writes (a claim file?)"
    if os.path.isfile(path) and path.lower().endswith(".json") and _json_claim_file(path):
        return "a claim file (its source and claims); this run does not read it"
    return ""


def _json_claim_file(path: str) -> bool:
    """Whether the JSON file at `path` is a claim file: an object with a source and
    claims. Factlint's own JSON outputs (the report, SARIF, ClaimReview, a baseline)
    have neither, so the last run's may be replaced; a claim file the run was not given
    (`--sarif claims/b.json claims/a.yaml`) may not. A file larger than a claim file may
    be, or no regular file, is none (the last run's report of a large corpus may be
    replaced)."""
    limits = Limits()
    try:
        raw = read_regular(path, limits.max_file_bytes)
    except Refused:
        return False
    if own_json(raw):  # the last run's own, replaced unparsed
        return False
    # Nor is a file of more values than the run reads in one, which json.loads would
    # build whole: a pull request's 30 MB of `{},` where the workflow writes its SARIF
    # took 800 MB and 2 s before the run began. (Every value but the first follows a
    # comma or an opening bracket.)
    if raw.count(b",") + raw.count(b"[") + raw.count(b"{") >= limits.max_nodes:
        return False
    try:
        data = json.loads(raw)
    except (ValueError, RecursionError):
        return False
    return isinstance(data, dict) and "source" in data and "claims" in data


def _made(folder: str, plan: Plan) -> bool:
    """Whether the run creates `folder` before writing into it: the reports folder."""
    return plan.reports is not None and _key(folder) == _key(plan.reports)


def _yaml(path: str) -> bool:
    """Whether a folder of claims or of the dataset reads the file at `path`."""
    return path.lower().endswith(_YAML)


def _shown(path: str) -> str:
    # A workflow may pass on names a pull request chose: cut, as other messages are.
    return shorten(path, 80)


def check_written_paths(
    args: argparse.Namespace,
    plan: Plan,
    config_file: str | None,
    baseline: str | None,
    claims: ClaimBytes | None = None,
) -> None:
    """ArgumentError for the first file the run would write that another output also
    names, that the run reads (a claim file, the dataset, the configuration, the
    baseline), or whose folder does not exist; then for a `--cache-dir` the cache cannot
    be kept in; then, given the run's `claims`, for a file one of them names as its
    archive (see `archive_outputs`). `baseline` is the baseline the run reads, if any:
    `--write-baseline` may replace it, which is what it is for."""
    _check_names(args, plan)
    _check_reports_folder(plan)
    root = project_root(config_file)
    seen: dict[str, str] = {}
    maybe_archives: dict[str, tuple[str, str]] = {}  # real path: option, path
    for option, path in _written(args, plan):
        if _special(path):
            continue
        # A link is replaced as it is, wherever it points: asking whether it points at a
        # folder told whoever committed it whether a folder outside exists.
        if os.path.isdir(path) and not os.path.islink(path):
            raise _folder_in_place(option, path, plan)
        key = _key(path)
        if key in seen:
            first = seen[key]
            if first == option == "--reports":  # two report names never meet
                continue
            if first == "--reports" and plan.reports_setting is not None:
                first = f"the consistency reports ({plan.reports_setting})"
            raise _refused(
                option, plan, path, f"is also written by {first}", "give each output its own file"
            )
        seen[key] = option
        # The folder's links followed, the file's not: a link in an output's place is
        # replaced (`validator.report.write_files`).
        reports = plan.reports if option == "--reports" else None
        kept = _kept_folder(_key(os.path.dirname(path) or "."), plan, root, reports is not None)
        if kept:
            raise _refused(option, plan, reports or path, kept, *_ELSEWHERE[reports is not None])
        read = _read_by_run(
            key, plan, config_file, None if option == "--write-baseline" else baseline
        )
        if read:
            raise _refused(option, plan, path, f"is {read}", "name another file for the output")
        folder = os.path.dirname(path) or "."
        if option != "--reports" and not os.path.isdir(folder) and not _made(folder, plan):
            raise ArgumentError(
                option,
                f"'{_shown(path)}': the folder '{_shown(folder)}' does not exist; "
                "create it, or name a file in a folder that does",
            )
        if claims is not None and may_be_archive(path, claims.root):
            maybe_archives[key] = (option, path)
    if args.cache_dir is not None:
        _check_cache_folder(str(args.cache_dir), root)
    if maybe_archives and claims is not None:
        _check_archives(maybe_archives, claims, plan)


def _refused(
    option: str, plan: Plan, path: str, problem: str, fix: str, own_fix: str = ""
) -> ArgumentError | ConfigError:
    """Why the run may not write `path`, which `option` names: ArgumentError naming the
    option; but for the reports folder the configuration names (`Plan.reports_setting`),
    ConfigError naming its file and key, with `own_fix` (by default, to set the key),
    as the configuration's other refusals do. `reports = "claims"` was refused as
    `--reports: 'claims' is a folder ...`, naming an option nobody typed."""
    named = plan.reports_setting if option == "--reports" else None
    setting = None if named is None else str(named)
    if setting is None:
        return ArgumentError(option, f"'{_shown(path)}' {problem}; {fix}")
    what = setting if path == plan.reports else f"{setting}: '{_shown(path)}'"
    fix = own_fix or "set 'reports' to another folder, or give one with --reports DIR"
    return ConfigError(f"{what} {problem}; {fix}")


def _check_names(args: argparse.Namespace, plan: Plan) -> None:
    """No file or folder the run makes is named with a control character
    (`control_character`), which the system would write into its name."""
    named = [("--reports", plan.reports), ("--cache-dir", args.cache_dir)]
    for option, path in [*named, *((o, p) for o, p in _written(args, plan) if o != "--reports")]:
        found = control_character(str(path)) if path is not None else ""
        if found:
            fix = "write the path without it"
            raise _refused(option, plan, str(path), f"holds a control character ({found})", fix)


def _folder_in_place(option: str, path: str, plan: Plan) -> ArgumentError | ConfigError:
    """An output that is a folder: found only once the checks were done, it ended a run
    of minutes in exit status 2 (and a pull request may commit `reports/consistency.md/`
    as a folder, failing every run so after checking everything)."""
    fix = (
        "remove it, or write the reports to another folder (--reports DIR)"
        if option == "--reports"
        else "name a file for the output"
    )
    own = "remove it, or set 'reports' to another folder"
    return _refused(option, plan, path, "is a folder, not a file", fix, own)


_OTHER_REPORTS = "write the reports to another folder (--reports DIR)"
# What to write instead of a folder kept by another program (`_kept_folder`): for a file
# an option names, then for the reports (on the command line, then in the configuration).
_ELSEWHERE = {
    False: ("name a file outside it", ""),
    True: (
        "name a folder outside it, such as reports",
        "set 'reports' to a folder outside it, or give one with --reports DIR",
    ),
}


def _kept_folder(folder: str, plan: Plan, root: str, itself: bool) -> str:
    """Why nothing may be written in the folder `folder` (a real path): it is or lies in
    a `.git` folder (`git_folder_problem`), or the cache folder (the run's, or the
    project's default one); "" when it may. `itself`: whether `folder` is the output
    named (the reports folder), rather than the folder an output file is in."""
    in_git = git_folder_problem(folder, root, itself)
    if in_git:
        return in_git
    default = os.path.relpath(os.path.join(root, CACHE_FOLDER))
    for cache in (default,) if plan.cache_dir is None else (plan.cache_dir, default):
        if folder == _key(cache) or _under(folder, _key(cache)):
            if itself and folder == _key(cache):
                return "is the cache folder, which holds only the cache's files"
            return f"is in the cache folder '{_shown(cache)}', which holds only the cache's files"
    return ""


def _check_reports_folder(plan: Plan) -> None:
    """The reports folder is one the run can make or write in, and no folder the run is
    given to read claim files from: the walk passes over a reports folder inside one,
    but not one given itself, so the next run (`--reports claims`) read the JSON report
    there as a claim file, with a finding for each of its fields. A file in its place
    (`reports = "pyproject.toml"`) was found only once the checks were done."""
    if plan.reports is None:
        return
    problem = _folder_problem(plan.reports)
    if problem:
        raise _refused("--reports", plan, plan.reports, problem, _OTHER_REPORTS)
    reports = _key(plan.reports)
    for given in plan.paths:
        if given != STDIN and os.path.isdir(given) and _key(given) == reports:
            problem = (
                "is a folder this run reads claim files from, and would read the JSON report in"
            )
            raise _refused("--reports", plan, plan.reports, problem, _OTHER_REPORTS)


def _check_archives(maybe: dict[str, tuple[str, str]], claims: ClaimBytes, plan: Plan) -> None:
    named = archive_naming({key: path for key, (_, path) in maybe.items()}, claims)
    if named is not None:
        key, claim_file = named
        option, path = maybe[key]
        problem = f"is the archive {_shown(claim_file)} names for its excerpts"
        raise _refused(option, plan, path, problem, "name another file for the output")


def _check_cache_folder(path: str, root: str) -> None:
    # Before the link's own check: a link into .git is named for where it leads.
    problem = git_folder_problem(_key(path), root, itself=True) or _cache_folder_problem(path)
    if problem:
        raise ArgumentError(
            "--cache-dir",
            f"'{_shown(path)}' {problem}; name another folder, or run without a cache (--no-cache)",
        )


def _cache_folder_problem(path: str) -> str:
    # "link/" or "link/." names the link too: the link itself is looked at, as the
    # cache's own check looks at it.
    if os.path.islink(folder_itself(path)):
        return "is a symbolic link, which the cache does not enter"
    return _folder_problem(path)


def _folder_problem(path: str) -> str:
    """Why no files can be written in the folder `path`, made where it is missing; or
    "" where they can."""
    if os.path.lexists(path):
        return _not_writable_folder(path)
    # The folders above it are made as `mkdir -p` makes them (see
    # `validator.speed.cache_folder.make_folders`): what decides is the nearest there.
    above = os.path.dirname(os.path.normpath(path))
    while above and not os.path.lexists(above):
        above = os.path.dirname(above)
    problem = _not_writable_folder(above or ".")
    return f"cannot be made: '{_shown(above or '.')}' {problem}" if problem else ""


def _not_writable_folder(path: str) -> str:
    """Why `path` is no folder to make files in, or "" where it is one."""
    if os.path.isfile(path):
        return "is a file, not a folder"
    if not os.path.isdir(path):
        return "is not a folder"
    return "" if os.access(path, os.W_OK | os.X_OK) else "is a folder you may not write in"
