"""`[tool.factlint]` in pyproject.toml, or a factlint.toml, found by walking up."""

from __future__ import annotations

import datetime
import os
import tomllib
from dataclasses import dataclass
from typing import Any

from validator.arguments import ArgumentError, check_codes, control_character
from validator.config_lists import table_problem
from validator.config_toml import no_file, read_toml
from validator.guard.safe_read import Reach, Refused, below, reach
from validator.model.findings import Severity
from validator.model.result import Verdict
from validator.model.typography import listed, shorten
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
    """The configuration cannot be used; the message names the file and key."""


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
            path, why = self.dataset, f"'dataset' in {os.path.abspath(str(self.file))}"
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
        return path, f"{os.path.abspath(path)}: no such file or folder ({why}); pass --dataset PATH"

    def checked_default(self, name: str) -> str:
        """`default(name)` for a run that reads or writes it, held to the rule of a path
        the configuration names: a committed link in its place (`reports -> /elsewhere`,
        `dataset -> /elsewhere`, `claims -> .secrets`) made the run write reports outside
        the project or read and quote files it must not. ConfigError says which."""
        key = _DEFAULT_KEYS[name]
        base = "" if self.file is None else os.path.dirname(self.file)
        problem = _path_problem(base, name, read=key in _READ)
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


def _one_place(data: dict[str, Any], table: Any, where: str) -> None:
    """A factlint.toml holds its settings at its top level or under [tool.factlint], not
    both: with the table there, the top-level ones were passed over without a word (a
    `[tool.factlint]` added below `ignore = [...]` for the ClaimReview keys undid the
    ignore)."""
    if table is data:
        return
    loose = sorted(key for key in data if key != "tool")
    if loose:
        shown = listed([f"'{_shown(key)}'" for key in loose[:5]], ", ", len(loose))
        raise ConfigError(
            f"{where}: settings both at its top level ({shown}) and under [tool.factlint], "
            "which leaves those at the top level unread; keep them in one place"
        )


def load_config(path: str | None) -> Config:
    if path is None:
        return Config()
    shown = os.path.relpath(path)
    try:
        data = read_toml(path)
    except Refused as refused:
        raise ConfigError(f"{shown}: {refused.reason}") from None
    except tomllib.TOMLDecodeError as error:
        raise ConfigError(f"{shown}: not valid TOML: {error}") from None
    # `tool = 3` is no table of tools: read as none (it stopped the run with an
    # internal error), so a factlint.toml's own check names it as an unknown key.
    tools = data.get("tool")
    tools = tools if isinstance(tools, dict) else {}
    where = Config(file=shown).place()
    pyproject = os.path.basename(path) == "pyproject.toml"
    table = tools.get("factlint", {} if pyproject else data)
    if not pyproject:
        _one_place(data, table, where)
    if not isinstance(table, dict):
        raise ConfigError(f"{where}: expected a table of settings")
    problem = table_problem(table, _KEYS)  # a key it does not know, a list too long
    if problem is not None:
        raise ConfigError(f"{where}: {problem}")
    base = os.path.dirname(path)

    def rel(value: Any, key: str) -> str:
        if not isinstance(value, str) or not value:
            raise ConfigError(f"{where}: '{key}' should be a path (text)")
        _check_path(base, value, key, where)
        return os.path.relpath(os.path.join(base, value))

    def codes(key: str) -> tuple[str, ...]:
        value = table.get(key, [])
        if not isinstance(value, str | list) or (
            isinstance(value, list) and not all(isinstance(v, str) for v in value)
        ):
            raise ConfigError(
                f'{where}: \'{key}\' should be a list of codes such as ["D2", "X301"]'
            )
        try:
            return check_codes(f"'{key}'", value)
        except ArgumentError as error:
            raise ConfigError(f"{where}: {error}") from None

    paths = table.get("paths", [])
    if isinstance(paths, str):
        paths = [paths]
    if not isinstance(paths, list):
        raise ConfigError(f"{where}: 'paths' should be a list of paths")
    fail_on = table.get("fail-on")
    if fail_on is not None and fail_on not in ("error", "warning"):
        raise ConfigError(
            f'{where}: \'fail-on\' should be "error" or "warning", not {_written(fail_on)}'
        )
    return Config(
        file=shown,
        dataset=rel(table["dataset"], "dataset") if "dataset" in table else None,
        paths=tuple(rel(p, "paths") for p in paths),
        reports=rel(table["reports"], "reports") if "reports" in table else None,
        select=codes("select"),
        ignore=codes("ignore"),
        fail_on=Severity(fail_on) if fail_on else None,
        baseline=rel(table["baseline"], "baseline") if "baseline" in table else None,
        **_web_settings(table, where),
    )


def _check_path(base: str, value: str, key: str, where: str) -> None:
    """A path the configuration names stays inside the project (the configuration's own
    folder), links followed, and one it names for factlint to read is in no hidden file
    or folder of it. The configuration may come with a pull request: it must not make
    factlint read a dataset or baseline elsewhere, walk folders elsewhere, or write
    reports elsewhere; and `.env` files hold secrets, `.git/config` the token
    `actions/checkout` stores (`dataset = ".env"` ended the run with a line quoting its
    text, as `paths = [".env"]` did with `--show-source`). The rule archives and folder
    walks follow too; a path on the command line is held to it only where it is written
    inside the project (`validator.cli.named_paths`)."""
    problem = _path_problem(base, value, read=key in _READ)
    if problem is None:
        return
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
    raise ConfigError(f"{where}: '{key}' = {_shown(value)!r} {problem}; {advice}")


# The keys naming what factlint reads (the reports folder is only written).
_READ = ("dataset", "paths", "baseline")
_OUTSIDE = "leads outside the project"
_NUL = "names no file (it holds a NUL character)"
# Longer than any path the system opens (PATH_MAX). Resolving links costs the square of a
# path's length: a configured path of 1.5 million `a/` held the run for over ten minutes.
_MAX_PATH = 4096
_TOO_LONG = f"is longer than {_MAX_PATH:,} characters, as no path the system opens is"
# The key that names each default folder instead.
_DEFAULT_KEYS = {"claims": "paths", "dataset": "dataset", "reports": "reports"}


def _path_problem(base: str, value: str, read: bool) -> str | None:
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


def _shown(value: str) -> str:
    return shorten(value, 80)


def _written(value: object) -> str:
    """A configured value as TOML writes it, shortened: a text quoted, a number, a date or
    a boolean as written, a list or table by its kind. Python's own forms are no TOML:
    `fail-on = 1979-05-27` was answered "not datetime.date(1979, 5, 27)", and
    `fail-on = true` "not True"."""
    if isinstance(value, str):
        return _shown(repr(value))
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        try:
            return _shown(str(value).lower())
        except ValueError:  # `0xfff…` of thousands of digits: more than str() writes
            return "an integer of thousands of digits"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "a table"
    if isinstance(value, datetime.date | datetime.time):
        return value.isoformat()
    return _shown(str(value))


def _web_settings(table: dict[str, Any], where: str) -> dict[str, Any]:
    """The keys that end up in published files (ClaimReview's, the SARIF docs address)
    that are present, checked now: a bad one is an error even in a run that writes
    neither file."""
    try:
        return {
            "docs_url": parse_docs_url(table["docs-url"]) if "docs-url" in table else None,
            "publisher": parse_publisher(table["publisher"]) if "publisher" in table else None,
            "review_url": parse_review_url(table["review-url"]) if "review-url" in table else None,
            "claimreview_verdicts": parse_verdicts(table["claimreview-verdicts"])
            if "claimreview-verdicts" in table
            else None,
        }
    except SettingsError as error:
        raise ConfigError(f"{where}: {error}") from None
