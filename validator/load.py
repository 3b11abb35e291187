"""Stage 1: find claim files and read each into plain data with positions.

Every failure here is an E101 finding on that file; nothing a file contains can stop
the others from being read.
"""

from __future__ import annotations

import errno
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from .findings import Finding, Location, make_finding
from .json_load import load_json
from .positions import LoadProblem, Positions
from .yaml_load import YamlLimits, YamlParseError, load_yaml

__all__ = [
    "CLAIM_SUFFIXES",
    "Limits",
    "LoadedFile",
    "PathNotFound",
    "discover",
    "display_path",
    "load_file",
    "parse_text",
]

CLAIM_SUFFIXES = (".yaml", ".yml", ".json")


@dataclass(frozen=True, slots=True)
class Limits:
    """Hard limits that turn a hostile file into an E101 instead of a hang."""

    max_file_bytes: int = 32 * 1024 * 1024
    max_depth: int = 64
    max_nodes: int = 2_000_000

    @property
    def yaml(self) -> YamlLimits:
        return YamlLimits(max_depth=self.max_depth, max_nodes=self.max_nodes)


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
    """Relative to the working directory and with forward slashes, as reports need."""
    try:
        shown = os.path.relpath(path)
    except ValueError:  # another drive on Windows
        shown = path
    return shown.replace(os.sep, "/")


def discover(paths: Iterable[str]) -> list[str]:
    """Claim files under `paths`, sorted, each once, never following a link into a loop.

    A file named explicitly is taken whatever its suffix; folders are searched for
    `*.yaml`, `*.yml` and `*.json`.
    """
    found: dict[str, None] = {}
    for path in paths:
        if os.path.isdir(path):
            for file in _walk(path):
                found.setdefault(file, None)
        elif os.path.lexists(path):
            found.setdefault(os.path.normpath(path), None)
        else:
            raise PathNotFound(path)
    return sorted(found, key=lambda p: display_path(p))


def _walk(root: str) -> Iterator[str]:
    seen_dirs: set[tuple[int, int]] = set()
    pending = [root]
    while pending:
        folder = pending.pop()
        try:
            info = os.stat(folder)
        except OSError:
            continue
        ident = (info.st_dev, info.st_ino)
        if ident in seen_dirs:
            continue
        seen_dirs.add(ident)
        try:
            entries = sorted(os.scandir(folder), key=lambda e: e.name)
        except OSError:
            continue
        for entry in entries:
            if entry.name.startswith("."):
                continue  # .git, .factlint-cache and editors' swap folders
            full = os.path.normpath(entry.path)
            try:
                is_dir = entry.is_dir()
            except OSError:
                is_dir = False
            if is_dir:
                pending.append(full)
            elif entry.name.lower().endswith(CLAIM_SUFFIXES):
                yield full


def _e101(path: str, message: str, line: int = 1, column: int = 1) -> Finding:
    return make_finding(
        "E101",
        message,
        locations=(Location(path, line, column),),
        key=message.split(":")[0],
    )


def read_bytes(path: str, limits: Limits) -> bytes | Finding:
    shown = display_path(path)
    try:
        with open(path, "rb") as handle:
            size = os.fstat(handle.fileno()).st_size
            if size > limits.max_file_bytes:
                return _e101(shown, _too_large(size, limits))
            raw = handle.read(limits.max_file_bytes + 1)
    except IsADirectoryError:
        return _e101(shown, "is a folder, not a file; name the folder to check what it holds")
    except OSError as error:
        return _e101(shown, _os_error(error))
    if len(raw) > limits.max_file_bytes:
        return _e101(shown, _too_large(len(raw), limits))
    return raw


def _too_large(size: int, limits: Limits) -> str:
    return (
        f"file is {size} bytes, over the limit of {limits.max_file_bytes}; "
        "split it into one file per source"
    )


def _os_error(error: OSError) -> str:
    if error.errno == errno.ENOENT:
        return "file disappeared before it could be read (or is a broken link)"
    if error.errno == errno.ELOOP:
        return "cannot be read: a symbolic link loop"
    if error.errno in (errno.EACCES, errno.EPERM):
        return "cannot be read: permission denied"
    return f"cannot be read: {error.strerror or error}"


def decode(raw: bytes, shown: str) -> str | Finding:
    """UTF-8 with an optional byte order mark; anything else is pointed at exactly."""
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        before = raw[: error.start]
        line = before.count(b"\n") + 1
        line_start = before.rfind(b"\n") + 1
        column = len(before[line_start:].decode("utf-8", errors="replace")) + 1
        return _e101(
            shown,
            f"not valid UTF-8: byte 0x{raw[error.start]:02x} at offset {error.start}; "
            "save the file as UTF-8",
            line,
            column,
        )
    if text.startswith("\ufeff"):
        text = text[1:]
    if "\x00" in text:
        offset = text.index("\x00")
        line = text.count("\n", 0, offset) + 1
        column = offset - (text.rfind("\n", 0, offset) + 1) + 1
        return _e101(shown, "contains a NUL character: is this a binary file?", line, column)
    return text


def parse_text(text: str, shown: str, limits: Limits) -> LoadedFile | Finding:
    is_json = shown.lower().endswith(".json")
    if not text.strip():
        return _e101(shown, "file is empty; a claim file needs a source and its claims")
    try:
        if is_json:
            data, positions, problems = load_json(text, limits.yaml)
        else:
            data, positions, problems = load_yaml(text, limits.yaml)
    except YamlParseError as error:
        return _e101(shown, error.message, error.line, error.column)
    except RecursionError:  # pragma: no cover - the depth limit stops this first
        return _e101(shown, "nesting is too deep to read")
    if data is None:
        return _e101(shown, "the document is empty; a claim file needs a source and its claims")
    return LoadedFile(shown, data, positions, tuple(problems))


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
