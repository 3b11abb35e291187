"""`[tool.factlint]` in pyproject.toml, or a factlint.toml, found by walking up."""

from __future__ import annotations

import os
import tomllib
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any

from validator.arguments import ArgumentError, check_codes
from validator.config_lists import table_problem
from validator.config_paths import (
    DEFAULT_KEYS,
    READ_KEYS,
    configured_path_problem,
    path_problem,
    shown,
    written,
)
from validator.config_places import setting_place
from validator.config_toml import no_file, read_toml
from validator.guard.safe_read import Reach, Refused, below, reach
from validator.model.findings import Severity
from validator.model.result import Verdict
from validator.model.typography import listed
from validator.report.claimreview_settings import (
    ClaimReviewSettings,
    SettingsError,
    parse_publisher,
    parse_review_url,
    parse_verdicts,
    settings_from,
)
from validator.report.project_urls import parse_docs_url

__all__ = ["Config", "ConfigError", "find_config", "load_config", "project_root"]

# What the command line can set too, then what only the configuration can.
_SHARED_KEYS = ("dataset", "paths", "reports", "select", "ignore", "fail-on", "baseline")
_KEYS = (*_SHARED_KEYS, "publisher", "review-url", "claimreview-verdicts", "docs-url")


class ConfigError(Exception):
    """The configuration cannot be used; the message names the file and key, and where
    the key's value is written (`Config.at`)."""


@dataclass(frozen=True, slots=True)
class Config:
    file: str | None = None
    dataset: str | None = None
    paths: tuple[str, ...] = ()
    reports: str | None = None
    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    fail_on: Severity | None = None
    baseline: str | None = None
    # For --claimreview: the reviews' publisher (name, url), the address of each review
    # and the verdicts that get one (see validator.report.claimreview_settings).
    publisher: tuple[str, str] | None = None
    review_url: str | None = None
    claimreview_verdicts: tuple[Verdict, ...] | None = None
    # The published address of docs/codes.md, for SARIF's helpUri (see
    # validator.report.project_urls).
    docs_url: str | None = None
    # The table its settings are in, by its dotted parts: () for a factlint.toml's top
    # level. Where a refusal finds the key it names (`at`).
    table: tuple[str, ...] = ("tool", "factlint")

    def claimreview(self) -> ClaimReviewSettings:
        """The ClaimReview settings, or ConfigError saying which keys to add."""
        # Where to add them: a factlint.toml takes them at its top level, where a
        # [tool.factlint] table written beside its settings would leave those unread.
        named = os.path.basename(self.file) if self.file else "pyproject.toml"
        place = "[tool.factlint]" if named == "pyproject.toml" else named
        try:
            return settings_from(self.publisher, self.review_url, self.claimreview_verdicts, place)
        except SettingsError as error:
            where = f"{self.file}: " if self.file else ""
            raise ConfigError(f"{where}{error}") from None

    def place(self) -> str:
        """Its settings as refusals name them (`pyproject.toml [tool.factlint]`)."""
        named = os.path.basename(self.file or "")
        return f"{self.file} [tool.factlint]" if named == "pyproject.toml" else self.file or ""

    def at(self, key: str, entry: int | None = None, of_key: bool = False) -> str:
        """Where this configuration writes the value of `key` (the key itself with
        `of_key`; the list entry `entry` where given), as a refusal names it:
        `FILE:LINE:COLUMN`, as a claim file's findings are placed; its file and table
        (`place`) where the key is not found. A refusal named only the file and key."""
        return self.placed(key, entry, of_key) or self.place()

    def placed(self, key: str, entry: int | None = None, of_key: bool = False) -> str | None:
        """`FILE:LINE:COLUMN` of `at`, or None where the key is not found."""
        if self.file is None:
            return None
        return setting_place(self.file, self.file, self.table, key, entry, of_key)

    def default(self, name: str) -> str:
        """A default folder (claims, dataset, reports) beside the configuration file."""
        if self.file is None:
            return name
        return os.path.relpath(os.path.join(os.path.dirname(self.file), name))

    def dataset_path(self, given: str | None, start: str) -> tuple[str, str | None]:
        """The dataset a command reads: `given` (its --dataset), else this configuration's,
        else the default; and, when nothing is there, the one line saying which path was
        tried and why that one. `start`: the folder the configuration was looked for
        from, named when none was found."""
        if given is not None:
            path, why = given, "--dataset"
        elif self.dataset is not None:
            path, why = self.dataset, "'dataset' in "  # placed below, only if refused
        elif self.file is not None:
            path = self.checked_default("dataset")
            why = f"the default beside {os.path.abspath(self.file)}"
        else:
            path = self.checked_default("dataset")
            why = (
                "the default: no factlint.toml or pyproject.toml with [tool.factlint] in "
                f"{start} or a folder above it"
            )
        if os.path.exists(path):
            return path, None
        if why == "'dataset' in ":  # placing it reads the configuration again
            why += os.path.abspath(self.placed("dataset") or str(self.file))
        return path, f"{os.path.abspath(path)}: no such file or folder ({why}); pass --dataset PATH"

    def checked_default(self, name: str) -> str:
        """`default(name)` for a run that reads or writes it, held to the rule of a path
        the configuration names: a committed link in its place (`reports -> /elsewhere`,
        `dataset -> /elsewhere`, `claims -> .secrets`) made the run write reports outside
        the project or read and quote files it must not. ConfigError says which."""
        key = DEFAULT_KEYS[name]
        base = "" if self.file is None else os.path.dirname(self.file)
        problem = path_problem(base, name, read=key in READ_KEYS)
        if problem is not None:
            where = f"{self.file}: " if self.file else ""
            raise ConfigError(
                f"{where}the default {name} folder {problem}, by a link in its place; set "
                f"'{key}' to a folder inside the project, or give one on the command line"
            )
        return self.default(name)


def project_root(config_file: str | None) -> str:
    """The project's root, the boundary of what claim files may name: the folder of the
    configuration file, else the working directory."""
    if config_file is None:
        return os.getcwd()
    return os.path.dirname(os.path.abspath(config_file))


def find_config(start: str | None = None) -> str | None:
    """The nearest factlint.toml, or pyproject.toml with a [tool.factlint] table;
    ConfigError for a pyproject.toml on the way that cannot be read as TOML, or for
    either linked out of its folder (`_not_linked_away`). A folder below the working
    folder reached through a link there is passed over (`_through_link`)."""
    here = os.getcwd()
    folder = os.path.abspath(start or here)
    while True:
        if not _through_link(folder, here):
            candidate = os.path.join(folder, "factlint.toml")
            if os.path.lexists(candidate):
                _not_linked_away(candidate, folder)
                return candidate
            pyproject = os.path.join(folder, "pyproject.toml")
            if os.path.lexists(pyproject):
                _not_linked_away(pyproject, folder)
                if _has_table(pyproject):
                    return pyproject
        parent = os.path.dirname(folder)
        if parent == folder:
            return None
        folder = parent


def _through_link(folder: str, here: str) -> bool:
    """Whether `folder`, below the working folder `here`, is reached through a link
    below `here`. Such a link may be a pull request's (`claims -> /elsewhere`): a
    configuration where it leads made that folder the project's root, and `validate
    claims/` read another project's claims and printed them, though a path the command
    line writes inside the project must stay inside it. Links above the working folder
    are the user's own."""
    names = below(folder, here)
    path = here
    for name in names or ():
        path = os.path.join(path, name)
        if os.path.islink(path):
            return True
    return False


def _not_linked_away(file: str, folder: str) -> None:
    """ConfigError, before a byte is read, when the configuration file `file` is a link
    out of its `folder` (the project it roots) or into a hidden file or folder of it: a
    pull request's `factlint.toml -> /elsewhere/x.toml` was read, and its key names
    quoted. The rule of a path the command line writes inside the project
    (`safe_read.redirected`); the file's own name is no hidden one. Nor may it be no
    regular file at all (`no_file`)."""
    where = reach(file, folder)
    if where is not Reach.IN_VIEW:
        leads = "outside the project (the folder it is in)"
        if where is Reach.HIDDEN:
            leads = "into a hidden file or folder (such as .git or .env)"
        raise ConfigError(
            f"{os.path.relpath(file)} is a symbolic link leading {leads}, so it is not read; "
            "replace the link with the file itself"
        )
    if no_file(file):  # a pipe, a folder, a device: nothing said why it was passed over
        raise ConfigError(
            f"{os.path.relpath(file)} {no_file(file)}, so it cannot be read as the "
            "configuration; replace it with the file itself, or remove it"
        )


def _has_table(pyproject: str) -> bool:
    """Whether `pyproject` has a [tool.factlint] table. One that cannot be read as TOML
    stops the run, as it does ruff's: whether it holds the settings cannot be known, and
    passing over it ran with other settings (a parent folder's, or the defaults)
    without a word, as if the project's `ignore` or `dataset` had never been written."""
    shown = os.path.relpath(pyproject)
    try:
        data = read_toml(pyproject, keep=_names_factlint)
    except Refused as refused:
        raise ConfigError(f"{shown}: {refused.reason}") from None
    except tomllib.TOMLDecodeError as error:
        raise ConfigError(
            f"{shown}: not valid TOML: {error}; fix it, or name the configuration with --config"
        ) from None
    return _names_factlint(data)


def _names_factlint(data: dict[str, Any]) -> bool:
    """Whether a TOML document has a [tool.factlint] table."""
    return isinstance(data.get("tool"), dict) and "factlint" in data["tool"]


def _one_place(data: dict[str, Any], table: Any, config: Config) -> None:
    """A factlint.toml holds its settings at its top level or under [tool.factlint], not
    both: with the table there, the top-level ones were passed over without a word (a
    `[tool.factlint]` added below `ignore = [...]` for the ClaimReview keys undid the
    ignore)."""
    if table is data:
        return
    loose = sorted(key for key in data if key != "tool")
    if loose:
        named = listed([f"'{shown(key)}'" for key in loose[:5]], ", ", len(loose))
        # At the first of them written at the top level: the table is found by its header.
        where = replace(config, table=()).at(loose[0], of_key=True)
        raise ConfigError(
            f"{where}: settings both at its top level ({named}) and under [tool.factlint], "
            "which leaves those at the top level unread; keep them in one place"
        )


def load_config(path: str | None) -> Config:
    if path is None:
        return Config()
    named = os.path.relpath(path)
    try:
        data = read_toml(path)
    except Refused as refused:
        raise ConfigError(f"{named}: {refused.reason}") from None
    except tomllib.TOMLDecodeError as error:
        raise ConfigError(f"{named}: not valid TOML: {error}") from None
    # `tool = 3` is no table of tools: read as none (it stopped the run with an
    # internal error), so a factlint.toml's own check names it as an unknown key.
    tools = data.get("tool")
    tools = tools if isinstance(tools, dict) else {}
    pyproject = os.path.basename(path) == "pyproject.toml"
    table = tools.get("factlint", {} if pyproject else data)
    placed = Config(file=named, table=() if table is data else ("tool", "factlint"))
    if not pyproject:
        _one_place(data, table, placed)
    if not isinstance(table, dict):
        where = replace(placed, table=("tool",)).at("factlint")
        raise ConfigError(f"{where}: expected a table of settings")
    problem = table_problem(table, _KEYS)  # a key it does not know, a list too long
    if problem is not None:
        key, said, unknown = problem
        raise ConfigError(f"{placed.at(key, of_key=unknown)}: {said}")
    base = os.path.dirname(path)

    def rel(value: Any, key: str, entry: int | None = None) -> str:
        if not isinstance(value, str) or not value:
            raise ConfigError(f"{placed.at(key, entry)}: '{key}' should be a path (text)")
        problem = configured_path_problem(base, value, key)
        if problem is not None:
            raise ConfigError(f"{placed.at(key, entry)}: {problem}")
        return os.path.relpath(os.path.join(base, value))

    def codes(key: str) -> tuple[str, ...]:
        value = table.get(key, [])
        if not isinstance(value, str | list) or (
            isinstance(value, list) and not all(isinstance(v, str) for v in value)
        ):
            raise ConfigError(
                f'{placed.at(key)}: \'{key}\' should be a list of codes such as ["D2", "X301"]'
            )
        try:
            return check_codes(f"'{key}'", value)
        except ArgumentError as error:
            raise ConfigError(f"{placed.at(key)}: {error}") from None

    paths = table.get("paths", [])
    if isinstance(paths, str):
        paths = [paths]
    if not isinstance(paths, list):
        raise ConfigError(f"{placed.at('paths')}: 'paths' should be a list of paths")
    fail_on = table.get("fail-on")
    if fail_on is not None and fail_on not in ("error", "warning"):
        raise ConfigError(
            f'{placed.at("fail-on")}: \'fail-on\' should be "error" or "warning", not '
            f"{written(fail_on)}"
        )
    return replace(
        placed,
        dataset=rel(table["dataset"], "dataset") if "dataset" in table else None,
        paths=tuple(rel(p, "paths", n) for n, p in enumerate(paths)),
        reports=rel(table["reports"], "reports") if "reports" in table else None,
        select=codes("select"),
        ignore=codes("ignore"),
        fail_on=Severity(fail_on) if fail_on else None,
        baseline=rel(table["baseline"], "baseline") if "baseline" in table else None,
        **_web_settings(table, placed),
    )


def _web_settings(table: dict[str, Any], placed: Config) -> dict[str, Any]:
    """The keys that end up in published files (ClaimReview's, the SARIF docs address)
    that are present, checked now: a bad one is an error even in a run that writes
    neither file. The refusal is placed at the key's value (`Config.at`)."""
    settings: dict[str, Any] = {}
    for key, name, parse in _WEB_KEYS:
        try:
            settings[name] = parse(table[key]) if key in table else None
        except SettingsError as error:
            raise ConfigError(f"{placed.at(key)}: {error}") from None
    return settings


# Each key that ends up in a published file, its field of `Config` and its reader.
_WEB_KEYS: tuple[tuple[str, str, Callable[[Any], Any]], ...] = (
    ("docs-url", "docs_url", parse_docs_url),
    ("publisher", "publisher", parse_publisher),
    ("review-url", "review_url", parse_review_url),
    ("claimreview-verdicts", "claimreview_verdicts", parse_verdicts),
)
