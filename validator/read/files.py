"""Stage 1: find claim files and read each into plain data with positions.

Every failure here is an E101 finding on that file; nothing a file contains can stop
the others from being read.
"""

from __future__ import annotations

import errno
import functools
import os
import sys
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from validator.guard.safe_read import Refusal, Refused, read_regular
from validator.model.findings import Finding, Location, make_finding

from .legacy_text import not_utf8
from .line_feeds import line_breaks, position_after
from .positions import LoadProblem, Positions
from .walk import Identity, UnfollowedLink, identity, walk
from .wide_text import wide_encoding
from .yaml_scalars import FileKind, YamlLimits, YamlParseError

__all__ = [
    "STDIN",
    "Limits",
    "LoadedFile",
    "PathNotFound",
    "decode",
    "discover",
    "display_path",
    "load_file",
    "parse_text",
    "read_bytes",
]

# A claim file read from standard input, as ruff and flake8 take `-`; findings name it so.
STDIN = "-"


@dataclass(frozen=True, slots=True)
class Limits:
    """Hard limits that turn a hostile file into an E101 finding instead of a hang.

    Each is checked before the work it bounds is done: the size before reading, the
    depth and node count (aliases counted as what they expand to) while parsing.
    """

    max_file_bytes: int = 32 * 1024 * 1024
    max_depth: int = 64  # levels of nested mappings and lists
    max_nodes: int = 2_000_000  # values in one document, aliases expanded
    max_string_chars: int = 1_000_000  # one text value; the schema's own limits are lower
    max_key_chars: int = 1_000  # one mapping key
    max_claims: int = 100_000  # claims in one file
    # The files of a kind together (see docs/security.md): the dataset's, built whole in
    # memory, and a run's claim files, all read before any is checked (`held_bytes`).
    max_dataset_bytes: int = 64 * 1024 * 1024
    max_claim_bytes: int = 256 * 1024 * 1024

    @property
    def yaml(self) -> YamlLimits:
        return _yaml_limits(self)


@functools.lru_cache(maxsize=8)
def _yaml_limits(limits: Limits) -> YamlLimits:
    """The parser's share of `limits`, made once for each set of limits rather than once
    for each file parsed (a wiki's 100,000)."""
    return YamlLimits(
        max_depth=limits.max_depth,
        max_nodes=limits.max_nodes,
        max_string_chars=limits.max_string_chars,
        max_key_chars=limits.max_key_chars,
    )


@dataclass(frozen=True, slots=True)
class LoadedFile:
    path: str  # as shown to the user: relative to the working directory
    data: Any
    positions: Positions
    problems: tuple[LoadProblem, ...]
    digest: str = ""


class PathNotFound(Exception):
    """A path given on the command line does not exist: the run cannot be done."""


def display_path(path: str) -> str:
    """Relative to the working directory and with forward slashes, as reports need.

    A file name that is not valid UTF-8 keeps each odd byte as Python holds it, a lone
    surrogate (U+DC80 to U+DCFF, `os.fsdecode`): the path still names that file (an
    archive beside it is found, `--show-source` reads it), and each output shows the
    byte as it shows what it cannot hold raw (`report.escaping`: `\\xe9` in text,
    `%E9` in a URI, `\\udce9` in JSON, which reads back as the same name). Two files
    whose names differ in such bytes are never shown alike, as U+FFFD showed them.
    """
    # A run shows each file's path several times; os.path.relpath costs 6 µs.
    return _shown_from(os.getcwd(), path)


@functools.lru_cache(maxsize=1 << 16)
def _shown_from(folder: str, path: str) -> str:
    shown = _inside_relative(folder, path)
    if shown is None:
        try:
            shown = os.path.relpath(path, folder)
        except ValueError:  # another drive on Windows
            shown = path
    return shown.replace(os.sep, "/")


def _inside_relative(folder: str, path: str) -> str | None:
    """`os.path.relpath(path, folder)` for the paths a walk gives (normalised, and
    relative without a "..", or inside `folder`) at a fifth of its cost: with more files
    than the cache above holds (a wiki's 100,000), every path shown misses it, several
    times a run. None for any other path, which relpath works out."""
    if os.sep != "/" or os.path.normpath(path) != path:
        return None
    if not path.startswith("/"):
        return None if path == "." or path == ".." or path.startswith("../") else path
    if folder.endswith("/") or not path.startswith(folder + "/"):
        return None
    return path[len(folder) + 1 :]


def discover(paths: Iterable[str], root: str | None = None, skip: Iterable[str] = ()) -> list[str]:
    """Claim files under `paths`, sorted, each once, never following a link into a loop
    nor out of the project.

    A file named explicitly is taken whatever its suffix; folders are searched for
    `*.yaml`, `*.yml` and `*.json` (a folder named like a claim file is searched too).
    A link met in a folder is followed only when its target lies inside `root` (the
    project root; default: the working directory) or inside the folder being searched,
    and in no hidden file or folder there: a committed `claims/usr -> /usr` is not read,
    nor `claims/env.json -> ../.env`, whose line `--show-source` printed. Such a link
    (to a folder, or named as a claim file) is returned as an `UnfollowedLink`, which
    `read_bytes` makes an E101 without opening it: the run says what it did not check. A file
    reached twice (through a link, say) is checked once, under its own name rather than
    a link's. A folder that cannot be listed is returned itself, so that loading it
    reports why the files in it were not checked.

    `skip`: files and folders a walk passes over, the dataset and the run's own outputs
    (reports, baseline): they are YAML and JSON too, and `validate .` read them as claim
    files, each run's reports holding the last run's claims again. Named explicitly,
    they are still checked. A walk passes over installed packages too (see `walk`):
    virtual environments, `node_modules`, `site-packages`; named, they are searched.
    """
    bounds = (os.getcwd() if root is None else root,)
    passed_over = {found for found in map(identity, skip) if found is not None}
    found: dict[str, None] = {}
    by_identity: dict[Identity, str] = {}
    walked: set[Identity] = set()  # `paths = ["claims"] * 4000` searched it 4,000 times
    for path in paths:
        candidates: Iterable[tuple[str, Identity | None]]
        if path == STDIN:
            candidates = [(STDIN, None)]
        elif os.path.isdir(path):
            candidates = walk(path, (*bounds, path), passed_over, walked)
        elif os.path.lexists(path):
            candidates = [(_named_file(path), identity(path))]
        else:
            raise PathNotFound(path)
        for file, same in candidates:
            if file in found:
                continue
            if same is not None:
                kept = by_identity.get(same)
                if kept is not None:
                    if not (os.path.islink(kept) and not os.path.islink(file)):
                        continue
                    del found[kept]  # keep the file's own name, not a link's
                by_identity[same] = file
            found[file] = None
    return sorted(found, key=display_path)


def _named_file(path: str) -> str:
    """A file named on the command line or in the configuration, normalised: `./-`
    stays so, a file called "-" (normalised to "-", it was read as standard input)."""
    normal = os.path.normpath(path)
    return os.path.join(os.curdir, normal) if normal == STDIN else normal


def _e101(path: str, message: str, line: int = 1, column: int = 1) -> Finding:
    return make_finding(
        "E101",
        message,
        locations=(Location(path, line, column),),
        key=message.split(":")[0],
    )


def read_bytes(path: str, limits: Limits, kind: FileKind = "claim files") -> bytes | Finding:
    """The file's bytes, or an E101 finding saying why they cannot be had (see
    `safe_read`: a pipe, device or huge file is refused before it is read). `kind` names
    what the file was meant to be, for the message about a file that is not ordinary."""
    if path == STDIN:
        return _read_stdin(limits)
    if isinstance(path, UnfollowedLink):  # its target is neither opened nor named
        return _e101(display_path(path), _unfollowed(path, kind))
    try:
        return read_regular(path, limits.max_file_bytes)
    except Refused as refused:
        return _e101(display_path(path), _refused(refused, path, limits, kind))


def _unfollowed(link: UnfollowedLink, kind: FileKind) -> str:
    """Why the link `link` a walk met was not followed, and what to do: never where it
    leads, which may be a secret's name. `kind`: the files the walk was looking for."""
    if link.folder:
        where = (
            "into a hidden folder (such as .git)"
            if link.hidden
            else "to a folder outside the project"
        )
        return (
            f"is a symbolic link {where}, so no {kind[:-1]} in it was read; commit the "
            f"{kind} themselves in the project, or remove the link"
        )
    where = (
        "into a hidden file or folder (such as .env or .git)"
        if link.hidden
        else "leading outside the project"
    )
    return (
        f"is a symbolic link {where}, so it was not read; commit the file itself in the "
        "project, or remove the link"
    )


def _read_stdin(limits: Limits) -> bytes | Finding:
    """Standard input, read once and never more than the limit allows."""
    try:
        raw = sys.stdin.buffer.read(limits.max_file_bytes + 1)
    except (OSError, AttributeError, ValueError) as error:  # closed, or not a byte stream
        return _e101(STDIN, f"standard input cannot be read: {error}")
    if len(raw) > limits.max_file_bytes:
        # Read no further than a byte past the limit: how much more there was is unknown.
        return _e101(
            STDIN,
            f"standard input is over the limit of {limits.max_file_bytes:,} bytes; "
            f"{_SPLIT['claim files']}",
        )
    return raw


def _refused(refused: Refused, path: str, limits: Limits, kind: FileKind) -> str:
    if refused.kind is Refusal.FOLDER:
        return _folder_problem(path, kind)
    if refused.kind is Refusal.NOT_REGULAR:
        return f"{refused.reason}; {kind} are ordinary files"
    if refused.kind is Refusal.TOO_LARGE:
        return _too_large(refused.size, limits, kind)
    if refused.kind is Refusal.DANGLING:
        # Never where it leads: `claims/x.yaml -> /home/runner/.ssh/id_rsa` (absent on
        # the runner) printed that path, which may itself be a secret's name.
        return (
            "is a symbolic link whose target does not exist, so it was not read; commit "
            "the file itself in the project, or remove the link"
        )
    if refused.kind is Refusal.MISSING:
        return "file disappeared before it could be read"
    return refused.reason


def _folder_problem(path: str, kind: FileKind) -> str:
    try:
        with os.scandir(path):
            pass
    except OSError as error:
        reason = _os_error(error, path).removeprefix("cannot be read: ")
        return f"folder cannot be read: {reason}; the {kind} in it were not checked"
    return "is a folder, not a file; name the folder to check what it holds"


# What to do about a file over the size limit, by what the file was meant to be.
_SPLIT: dict[FileKind, str] = {
    "claim files": "split it into one file per source",
    "dataset files": (
        "split it into several files in the dataset folder (every *.yaml file in it is "
        "read, and entities, references and properties may be spread over them)"
    ),
}


def _too_large(size: int, limits: Limits, kind: FileKind = "claim files") -> str:
    return f"file is {size:,} bytes, over the limit of {limits.max_file_bytes:,}; {_SPLIT[kind]}"


# What a file with no document in it should hold, by what the file was meant to be.
_NEEDS: dict[FileKind, str] = {
    "claim files": "a claim file needs a source and its claims",
    # The dataset's schema asks for any one of its four parts in each file.
    "dataset files": (
        "a dataset file needs entities, references, properties or the `dataset:` header"
    ),
}


def _os_error(error: OSError, path: str) -> str:
    if error.errno == errno.ELOOP:
        return "cannot be read: a loop of symbolic links"
    if error.errno in (errno.EACCES, errno.EPERM):
        return "cannot be read: permission denied"
    return f"cannot be read: {error.strerror or error}"


def decode(raw: bytes, shown: str) -> str | Finding:
    """UTF-8 with an optional byte order mark; anything else is pointed at exactly."""
    wide = wide_encoding(raw)
    if wide is not None:
        return _e101(shown, f"the file is {wide}; save it as UTF-8")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        before = raw[: error.start].decode("utf-8", errors="replace")
        line, column = position_after(before, line_breaks(raw))
        if line == 1 and raw.startswith(_BOM):
            column -= 1  # editors do not show the byte order mark as a character
        return _e101(shown, not_utf8(raw, error.start), line, column)
    if text.startswith("\ufeff"):
        text = text[1:]
    if "\x00" in text:
        offset = text.index("\x00")
        line, column = position_after(text[:offset], line_breaks(text))
        return _e101(shown, "contains a NUL character: is this a binary file?", line, column)
    return text


_BOM = "\ufeff".encode()


def parse_text(
    text: str, shown: str, limits: Limits, kind: FileKind = "claim files", digest: str = ""
) -> LoadedFile | Finding:
    """Parse the text of a file named `shown` (JSON when it ends in `.json`, else YAML);
    `kind` is what the file is for, as `read_bytes` takes it; `digest`, the loaded
    file's."""
    # Imported here: a re-run repeating a remembered run reads files but parses none.
    from .json_load import load_json
    from .yaml_faults import load_claim_yaml
    from .yaml_load import load_yaml

    is_json = shown.lower().endswith(".json")
    if text.startswith("\ufeff"):
        text = text[1:]
    if not text.strip():
        return _e101(shown, f"file is empty; {_NEEDS[kind]}")
    try:
        if is_json:
            data, positions, problems = load_json(text, limits.yaml)
        elif kind == "claim files":  # one claim's bad escape costs only that claim
            data, positions, problems = load_claim_yaml(text, limits.yaml)
        else:
            data, positions, problems = load_yaml(text, limits.yaml, kind)
    except YamlParseError as error:
        message = error.message
        if error.remedy and message.endswith(error.remedy):
            message = message.removesuffix(error.remedy) + _SPLIT[kind]
        return _e101(shown, message, error.line, error.column)
    except RecursionError:  # pragma: no cover - the depth limit stops this first
        return _e101(shown, "nesting is too deep to read")
    if data is None:
        return _e101(shown, f"the document is empty; {_NEEDS[kind]}")
    return LoadedFile(shown, data, positions, tuple(problems), digest)


def load_file(path: str, limits: Limits | None = None) -> LoadedFile | Finding:
    """Read and parse one claim file; a `Finding` (E101) when that cannot be done."""
    limits = limits or Limits()
    raw = read_bytes(path, limits)
    if isinstance(raw, Finding):
        return raw
    shown = display_path(path)
    text = decode(raw, shown)
    if isinstance(text, Finding):
        return text
    return parse_text(text, shown, limits)
