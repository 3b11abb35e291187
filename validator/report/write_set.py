"""The files of one run written as a set: never some new and some old.

Each report stays an ordinary file where it is (`reports/consistency.*` are committed,
and a versioned folder behind a link would change what is committed and what a
reader opens). So the set is switched with a journal:

1. every file is written in full to a temporary file beside its target
   (`.NAME.XXXXXXXX.tmp`) and flushed to disk; a failure here (a full disk, a render
   that raises) removes them all and leaves the old set as it was;
2. the journal (`.factlint-switch.json` in the first file's folder), listing each
   temporary file and its target, is written and flushed: this is the commit point;
3. each temporary file is renamed over its target, and the journal removed.

A run killed during step 3 leaves the journal; the next run completes its renames
before anything else, so the set it finds is the whole new one. A run killed before
step 2 leaves only temporary files, which the next run removes: only names of the form
above, for the files it is about to write, and only regular files.

Two runs writing the same files at once (an editor's run and a pre-commit hook's, two
CI steps in one checkout) take turns (`folders_locked`): otherwise each would take the
other's temporary files and journal for a killed run's, remove or rename them, and
fail with "No such file or directory", leaving no new reports at all.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import stat
import tempfile
from collections.abc import Iterable, Iterator, Sequence
from typing import BinaryIO

__all__ = [
    "JOURNAL",
    "folders_locked",
    "holds",
    "recover",
    "stage",
    "switch",
    "sync_folder",
    "target_mode",
]

JOURNAL = ".factlint-switch.json"
_NEW_FILE_MODE = 0o644
# tempfile.mkstemp's names: the prefix, eight characters of its alphabet, the suffix.
_RANDOM = "[a-z0-9_]{8}"
_BLOCK = 1 << 20  # bytes compared at a time


def _temp_pattern(name: str) -> re.Pattern[str]:
    return re.compile(rf"\.{re.escape(name)}\.{_RANDOM}\.tmp")


def holds(path: str, data: bytes) -> bool:
    """Whether `path` is a regular file holding exactly `data`. A link is not followed
    and a pipe or device not read: a reports folder may come from a pull request, and a
    committed `consistency.md -> /some/fifo` must not hang the run."""
    existing = _open_regular(path)
    if existing is None:
        return False  # missing, a link, not a file, or unreadable: write it
    with existing:
        return existing.read(len(data) + 1) == data


def _open_regular(path: str) -> BinaryIO | None:
    """`path` open for reading if it is a regular file, else None. The type is checked
    before the descriptor becomes a file object: opening a folder's as one raises (and
    left the descriptor open)."""
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK)
    except OSError:
        return None
    if not stat.S_ISREG(os.fstat(fd).st_mode):
        os.close(fd)
        return None
    return os.fdopen(fd, "rb")


def target_mode(path: str) -> int:
    """The permission bits a replacement of `path` keeps: its own where it is a regular
    file (a link's target is not looked at), else the default for a new file."""
    with contextlib.suppress(OSError):
        found = os.lstat(path)
        if stat.S_ISREG(found.st_mode):
            return found.st_mode & 0o7777
    return _NEW_FILE_MODE


def stage(path: str, data: bytes | Iterable[bytes]) -> str | None:
    """Write `data` (or its pieces, one after another) to a flushed temporary file
    beside `path`, with `path`'s mode; return its name, or None when `path` already
    holds exactly that. OSError as is."""
    if isinstance(data, bytes) and holds(path, data):
        return None
    folder = os.path.dirname(path) or "."
    mode = target_mode(path)
    fd, temp = tempfile.mkstemp(prefix=f".{os.path.basename(path)}.", suffix=".tmp", dir=folder)
    try:
        with os.fdopen(fd, "wb") as handle:
            if isinstance(data, bytes):
                handle.write(data)
            else:
                handle.writelines(data)
            handle.flush()
            # Pieces are only compared once written: `path` left untouched all the same.
            same = not isinstance(data, bytes) and _same_bytes(path, temp)
            if not same:
                os.fsync(handle.fileno())
        if same:
            os.unlink(temp)
            return None
        os.chmod(temp, mode)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp)
        raise
    return temp


def _same_bytes(path: str, written: str) -> bool:
    """Whether `path` is a regular file holding exactly what the file `written` holds,
    compared a block at a time (`holds` for text written in pieces)."""
    existing = _open_regular(path)
    if existing is None:
        return False
    with existing, open(written, "rb") as new:
        if os.fstat(existing.fileno()).st_size != os.fstat(new.fileno()).st_size:
            return False
        while True:
            block = new.read(_BLOCK)
            if block != existing.read(_BLOCK):
                return False
            if not block:
                return True


def switch(pairs: Sequence[tuple[str, str]], folder: str) -> None:
    """Rename each staged (temporary, target) pair over its target, as one set: the
    journal in `folder` makes a run killed half-way finish at the next `recover`."""
    if not pairs:
        return
    for _, target in pairs:  # what would fail every time is refused before the journal
        if os.path.isdir(target) and not os.path.islink(target):
            raise IsADirectoryError(21, "Is a directory", target)
    journal = os.path.join(folder, JOURNAL)
    _write_flushed(journal, json.dumps([list(pair) for pair in pairs]).encode())
    sync_folder(folder)
    for temp, target in pairs:
        os.replace(temp, target)
    for target_folder in dict.fromkeys(os.path.dirname(t) or "." for _, t in pairs):
        sync_folder(target_folder)
    os.unlink(journal)


def recover(paths: Sequence[str]) -> None:
    """Before writing `paths`: finish a switch a killed run left (its journal is in the
    first path's folder) for those of `paths` it names, then remove the temporary files
    an interrupted run left for any of `paths`."""
    if not paths:
        return
    journal = os.path.join(os.path.dirname(paths[0]) or ".", JOURNAL)
    # Only a file this run writes is finished: a journal committed to the reports folder
    # named `../victim.txt` and a planted `../.victim.txt.abcd1234.tmp`, and replaced
    # a file factlint never wrote with the planted bytes.
    ours = {os.path.abspath(path) for path in paths}
    with contextlib.suppress(FileNotFoundError):
        pairs = _read_journal(journal)
        for temp, target in pairs:
            if os.path.abspath(target) not in ours:
                continue
            if os.path.isfile(temp) and not os.path.islink(temp):
                os.replace(temp, target)
        os.unlink(journal)
    for path in paths:
        folder = os.path.dirname(path) or "."
        pattern = _temp_pattern(os.path.basename(path))
        try:
            names = os.listdir(folder)
        except OSError:
            continue
        for name in names:
            if pattern.fullmatch(name):
                stale = os.path.join(folder, name)
                if os.path.isfile(stale) and not os.path.islink(stale):
                    with contextlib.suppress(OSError):
                        os.unlink(stale)


@contextlib.contextmanager
def folders_locked(paths: Sequence[str]) -> Iterator[None]:
    """Hold an exclusive lock on each folder `paths` are in while one run recovers,
    stages and switches its set, so that two runs writing the same files take turns.

    The lock is `flock` on the folder itself: it leaves no file in a folder that is
    committed, and the system releases it when a run dies, so a killed run never keeps
    the next waiting. The folders are locked in one order (by device and inode), so two
    runs never wait on each other. A folder that cannot be opened is not locked: the
    write into it fails and says why. Where `flock` does not exist, nothing is locked."""
    held: dict[tuple[int, int], int] = {}
    try:
        if os.name == "posix":
            import fcntl  # not on Windows

            for folder in dict.fromkeys(os.path.dirname(p) or "." for p in paths):
                try:
                    # O_NONBLOCK: a folder path that is a named pipe is not waited on.
                    fd = os.open(folder, os.O_RDONLY | os.O_DIRECTORY | os.O_NONBLOCK)
                except OSError:
                    continue
                found = os.fstat(fd)
                identity = (found.st_dev, found.st_ino)
                if identity in held:
                    os.close(fd)
                else:
                    held[identity] = fd
            for identity in sorted(held):
                fcntl.flock(held[identity], fcntl.LOCK_EX)
        yield
    finally:
        for fd in held.values():
            os.close(fd)  # releases its lock


def _read_journal(journal: str) -> list[tuple[str, str]]:
    """The journal's pairs; a journal that is not this tool's (a link, a pipe, not a
    list of pairs of names beside it) is ignored: nothing is renamed from it."""
    try:
        fd = os.open(journal, os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK)
    except OSError as error:
        if isinstance(error, FileNotFoundError):
            raise  # no journal: nothing to finish
        return []  # a link (ELOOP), or unreadable
    if not stat.S_ISREG(os.fstat(fd).st_mode):
        os.close(fd)
        return []  # a pipe would never end, a device never stop, a folder is no file
    with os.fdopen(fd, "rb") as handle:
        raw = handle.read(1 << 20)
    try:
        data = json.loads(raw)
    except (ValueError, RecursionError):  # not JSON, or a committed one nested to fail
        return []
    pairs: list[tuple[str, str]] = []
    for item in data if isinstance(data, list) else []:
        if not (
            isinstance(item, list) and len(item) == 2 and all(isinstance(p, str) for p in item)
        ):
            return []
        temp, target = item
        name = os.path.basename(temp)
        # Only a temporary file of ours, beside its target, may replace the target.
        if os.path.dirname(temp) != os.path.dirname(target) or not _temp_pattern(
            os.path.basename(target)
        ).fullmatch(name):
            return []
        pairs.append((temp, target))
    return pairs


def _write_flushed(path: str, data: bytes) -> None:
    with open(path, "wb") as handle:
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())


def sync_folder(folder: str) -> None:
    """Make renames in `folder` durable, where the platform allows opening a folder."""
    if os.name != "posix":
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        with contextlib.suppress(OSError):
            os.fsync(fd)
    finally:
        os.close(fd)
