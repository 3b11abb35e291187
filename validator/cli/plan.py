"""What one run of the command will do, decided before anything is checked.

The project is found from the paths given, as ruff finds it: the configuration is the
nearest `factlint.toml` or `pyproject.toml` with `[tool.factlint]` in the first path's
folder or a folder above it (the working folder when no path is given), so
`cd /tmp && validate ~/proj/claims` is the same run as `validate claims` inside the
project. The cache lives in that project's root, or in the user's cache folder when no
configuration was found: never in whatever folder the command happened to run from.
"""

from __future__ import annotations

import argparse
import os
from dataclasses import dataclass

from validator.arguments import check_named_path
from validator.config import Config, ConfigError, find_config, load_config
from validator.config_toml import no_file
from validator.dataset.files import DatasetError
from validator.guard.safe_read import real_path
from validator.model.typography import shorten
from validator.read.files import STDIN
from validator.report.claimreview_settings import ClaimReviewSettings
from validator.report.project_urls import codes_url
from validator.speed.file_store import CACHE_FOLDER, user_cache_folder

__all__ = ["Plan", "ReportsSetting", "find_project", "plan_run"]


@dataclass(frozen=True, slots=True)
class Plan:
    paths: tuple[str, ...]
    dataset: str
    cache_dir: str | None
    reports: str | None  # the folder the three reports go to, or None
    in_actions: bool
    format: str  # text, json or github
    # --claimreview's settings from the configuration, checked before the run: a run of
    # minutes should not end in a settings error.
    claimreview: ClaimReviewSettings | None
    # --sarif's documentation address: the configuration's docs-url, else the installed
    # metadata's (see validator.report.project_urls); None without --sarif.
    docs_url: str | None
    # Part of the project: some of its files, or standard input (see `_covers`).
    partial: bool = False
    # Why the configured reports are not written by this run, when they are not though
    # reports were not turned off (`_reports`): said on standard error.
    reports_left: str | None = None
    # How the configuration names the reports folder, when the folder is its own rather
    # than --reports DIR: a refusal names it so, never `--reports`.
    reports_setting: ReportsSetting | None = None


def _start(paths: list[str]) -> str:
    """The folder the configuration is looked for from: the first path's own folder."""
    for path in paths:
        if path == STDIN:
            continue
        full = os.path.abspath(path)
        return full if os.path.isdir(full) else os.path.dirname(full)
    return os.getcwd()


def find_project(args: argparse.Namespace) -> Config:
    """The configuration named by --config, or found from the paths given."""
    if args.config is not None:
        # Written inside the working folder, it stays there, links followed: the
        # configuration names the project's root (see validator.cli.named_paths).
        check_named_path("--config", str(args.config), os.getcwd(), read=True)
        if not os.path.isfile(args.config):
            # A folder or a pipe is there, but no file: "no such file" sent the user to
            # look for a typing mistake.
            there = os.path.lexists(args.config)
            why = no_file(str(args.config)) if there else "no such file"
            raise ConfigError(f"{os.path.abspath(args.config)}: {why} (--config)")
        return load_config(args.config)
    return load_config(find_config(_start(list(args.paths))))


def _covers(given: list[str], configured: list[str]) -> bool:
    """Whether the paths given include every configured path (a folder includes what is
    under it): only such a run may rewrite the project's reports."""
    # A path whose links cannot be resolved (`real_path`) covers nothing and is not
    # covered: it is refused once the paths are checked (`check_named_paths`).
    real = [r for r in (real_path(p) for p in given if p != STDIN) if r is not None]
    for path in configured:
        wanted = real_path(path)
        if wanted is None or not any(
            wanted == g or wanted.startswith(g.rstrip(os.sep) + os.sep) for g in real
        ):
            return False
    return True


def _partial(given: list[str], config: Config, configured: list[str]) -> bool:
    """Whether the paths given are part of the project's claim files (see
    `Options.partial`): they leave out a configured path. With no configuration and no
    `claims` folder for the default to name, nothing names the place the claim files
    are kept, so a folder at the top of the project given on the command line (`validate
    data/`) is that place, as `claims/` is by default: such a run is over all of them,
    and reports an unused acknowledgement across sources (E108) as `validate claims/`
    does. A file, or a folder inside another (`validate data/2022/`), is still part:
    the other side of a finding across sources may be beside it."""
    if not given or _covers(given, configured):
        return False
    if config.file is not None or os.path.lexists(config.default("claims")):
        return True
    root = os.getcwd()
    folders = [path for path in given if path != STDIN]
    return not folders or not all(
        os.path.isdir(path) and os.path.dirname(os.path.abspath(path)) == root for path in folders
    )


@dataclass(frozen=True, slots=True)
class ReportsSetting:
    """The configuration's reports `folder`, which a refusal names as `str` of this:
    where its value is written and its key (`pyproject.toml:12:11: 'reports' =
    'claims'`), or its file and its default (`pyproject.toml [tool.factlint]: the
    default reports folder ...`). Worked out only when a refusal asks: placing the key
    reads the configuration again, which a run that refuses nothing need not."""

    config: Config
    folder: str

    def __str__(self) -> str:
        shown = repr(shorten(self.folder, 80))
        if self.config.reports is None:
            place = self.config.place()
            return f"{place + ': ' if place else ''}the default reports folder {shown}"
        return f"{self.config.at('reports')}: 'reports' = {shown}"


def _reports(
    args: argparse.Namespace, config: Config, configured: list[str]
) -> tuple[str | None, str | None]:
    """--reports DIR always; the configured folder only for a run over the whole project
    from its root, so that checking one file, or checking from another folder, does not
    replace the committed reports. With it, why the configured folder is left as it is,
    if it is (`Plan.reports_left`)."""
    if args.no_reports:
        return None, None
    if args.reports is not None:
        return str(args.reports), None
    if args.paths and not _covers(list(args.paths), configured):
        return None, "this run checks part of the project, and they describe all of it"
    if config.file is not None and not _at_root(config.file):
        # Reports show paths relative to the folder the command runs in: written from
        # elsewhere, the committed ones would change with it.
        return None, "this run is not in the project's root, and they show paths from there"
    return config.reports or config.checked_default("reports"), None


def _at_root(config_file: str) -> bool:
    root = os.path.dirname(os.path.abspath(config_file))
    return os.path.realpath(os.getcwd()) == os.path.realpath(root)


def _dataset(args: argparse.Namespace, config: Config) -> str:
    """The dataset's path; DatasetError naming the full path tried and why that one."""
    given = None if args.dataset is None else str(args.dataset)
    path, problem = config.dataset_path(given, _start(list(args.paths)))
    if problem is not None:
        raise DatasetError([problem])
    return path


def _cache(args: argparse.Namespace, config: Config) -> str | None:
    if args.no_cache:
        return None
    if args.cache_dir is not None:
        return str(args.cache_dir)
    if config.file is not None:
        return config.default(CACHE_FOLDER)
    return user_cache_folder()


def _configured(paths: tuple[str, ...]) -> tuple[str, ...]:
    """The configuration's claim paths, where "-" is a file of that name: only the
    command line may ask for standard input, and `paths = ["-"]` in a pull request's
    configuration made the run wait on it."""
    return tuple(os.path.join(os.curdir, path) if path == STDIN else path for path in paths)


def _configured_paths(config: Config) -> tuple[str, ...]:
    """The configuration's claim paths (`_configured`), each of which must exist:
    `paths = ["nope"]` was refused as `nope: no such file or folder; name claim files or
    folders`, as if the path had been typed on the command line."""
    paths = _configured(config.paths)
    for entry, path in enumerate(paths):
        if not os.path.lexists(path):
            raise ConfigError(
                f"{config.at('paths', entry)}: 'paths' holds {shorten(path, 80)!r}, which is "
                "no file or folder; fix 'paths', or name claim files or folders on the command "
                "line"
            )
    return paths


def plan_run(args: argparse.Namespace, config: Config) -> Plan:
    configured = list(config.paths) or [config.default("claims")]
    in_actions = os.environ.get("GITHUB_ACTIONS") == "true"
    reports, reports_left = _reports(args, config, configured)
    return Plan(
        paths=tuple(args.paths) or _configured_paths(config) or (config.checked_default("claims"),),
        dataset=_dataset(args, config),
        cache_dir=_cache(args, config),
        reports=reports,
        in_actions=in_actions,
        format=args.format or ("github" if in_actions else "text"),
        claimreview=config.claimreview() if args.claimreview else None,
        docs_url=(config.docs_url or codes_url()) if args.sarif else None,
        partial=_partial(list(args.paths), config, configured),
        reports_left=reports_left,
        reports_setting=(
            ReportsSetting(config, reports)
            if reports is not None and args.reports is None
            else None
        ),
    )
