"""The cache folder's files, handled as if a stranger had prepared the folder.

A pull request can commit `.factlint-cache/` with anything in it: a link where a folder
should be (`runs -> ..`), links among the entries, files named like entries. So:

- every level of the cache that factlint creates or enters is checked with `lstat`
  to be a real folder, not a link; a link or anything else there means the cache is
  not used this run (`make_folders`, `is_real_folder`);
- only names of the forms factlint gives its own files are ever deleted (an entry is 64
  hexadecimal digits, a temporary file `.tmp-` and eight characters from `mkstemp`),
  and only when `lstat` shows a regular file (`own_files`); nothing is deleted through
  a link, and nothing else in the folder is touched;
- entries are read with `O_NOFOLLOW` (see `safe_read`), and are named by an HMAC of
  their key with the signing secret, so a planted entry cannot even be addressed.
"""

from __future__ import annotations

import contextlib
import os
import re
import stat
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass

from validator.guard.folders import make_folder_tree
from validator.guard.safe_read import Refused, read_regular

from .signing import unseal

__all__ = [
    "OwnFile",
    "folder_itself",
    "is_real_folder",
    "make_folders",
    "newest_first",
    "own_files",
    "prune",
    "read_entry",
    "usable",
    "write_entry",
]

_ENTRY = re.compile(r"[0-9a-f]{64}\Z")
_TEMPORARY = re.compile(r"\.tmp-[A-Za-z0-9_]{8}\Z")  # tempfile.mkstemp(prefix=".tmp-")
# A temporary file older than this was left by a run that was killed or ran out of
# disk; a younger one may be another run's, still being written.
_STALE_TEMPORARY_S = 3600


_SEPARATORS = os.sep + (os.altsep or "")


def folder_itself(path: str) -> str:
    """`path` without the slashes and `.` ending it: `lstat("link/")` and
    `lstat("link/.")` look through the link, as they ask for what it points to; the
    link itself is what a check of the folder named must look at."""
    bare = path.rstrip(_SEPARATORS)
    while len(bare) > 1 and bare.endswith(".") and bare[-2] in _SEPARATORS:
        bare = bare[:-1].rstrip(_SEPARATORS)
    return bare or path


def is_real_folder(path: str) -> bool:
    """Whether `path` itself (not what a link there points to) is a folder."""
    try:
        return stat.S_ISDIR(os.lstat(folder_itself(path)).st_mode)
    except OSError:
        return False


def usable(*paths: str) -> bool:
    """Whether each of `paths` is a real folder or not there yet: a cache level that is a
    link (to `..`, to another project) or a file means the cache is not used."""
    return all(is_real_folder(p) or not os.path.lexists(folder_itself(p)) for p in paths)


def make_folders(*paths: str) -> bool:
    """Each of `paths` in turn (each inside the one before) made a real folder if it is
    missing; False when one exists as a link or anything but a folder."""
    above = os.path.dirname(os.path.normpath(paths[0])) if paths else ""
    if above and not os.path.isdir(above):
        # The folders above the cache are not the cache's: made as `mkdir -p` makes
        # them, for a cache folder named where none is yet (`--cache-dir build/cache`).
        with contextlib.suppress(OSError):
            make_folder_tree(above, 0o755)
    for path in paths:
        try:
            os.mkdir(path, 0o755)
        except FileExistsError:
            if not is_real_folder(path):
                return False
        except OSError:
            return False
    return True


@dataclass(frozen=True, slots=True)
class OwnFile:
    path: str
    name: str
    mtime_ns: int
    temporary: bool


def own_files(folder: str) -> list[OwnFile]:
    """The files in `folder` with names of the forms factlint gives its own, each a
    regular file by `lstat`; none when `folder` is not a real folder."""
    if not is_real_folder(folder):
        return []
    found = []
    try:
        with os.scandir(folder) as entries:
            for entry in entries:
                temporary = _TEMPORARY.match(entry.name) is not None
                if not (temporary or _ENTRY.match(entry.name)):
                    continue
                try:
                    info = entry.stat(follow_symlinks=False)
                except OSError:
                    continue
                if stat.S_ISREG(info.st_mode):
                    found.append(OwnFile(entry.path, entry.name, info.st_mtime_ns, temporary))
    except OSError:
        return []
    return found


def newest_first(entries: list[OwnFile]) -> list[OwnFile]:
    """`entries` from the most recently written, a file dated in the future last: the
    cache writes at the present time, and a planted file dated ahead (a cache folder
    may come with a pull request) would otherwise outrank every entry written since,
    each new one then pruned at once and no run remembered."""
    now = time.time_ns()
    return sorted(
        entries, key=lambda e: (e.mtime_ns if e.mtime_ns <= now else -1, e.name), reverse=True
    )


def prune(folder: str, doomed: Callable[[list[OwnFile]], list[OwnFile]]) -> None:
    """Delete the entries of `folder` that `doomed` picks from its own entries, and its
    temporary files left over from killed runs. Unlinking never follows a link, and
    only factlint's own files are ever candidates; a failure is left for later."""
    files = own_files(folder)
    limit = time.time_ns() - _STALE_TEMPORARY_S * 1_000_000_000
    stale = [f for f in files if f.temporary and f.mtime_ns < limit]
    for file in doomed([f for f in files if not f.temporary]) + stale:
        with contextlib.suppress(OSError):
            os.unlink(file.path)


def write_entry(folder: str, name: str, blob: bytes) -> None:
    """`blob` as the file `name` in `folder`, whole or not at all: written to a fresh
    temporary file there, then renamed over whatever had the name (a link included, which
    is replaced, never followed). The temporary file never outlives a failure; the
    OSError is the caller's, for whom a failed write only costs the next run time."""
    fd, temporary = tempfile.mkstemp(dir=folder, prefix=".tmp-")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(blob)
        os.replace(temporary, os.path.join(folder, name))
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise


def read_entry(
    root: str, folder: str, name: str, most: int, secret: bytes, magic: bytes
) -> bytes | None:
    """The payload of the entry `name` in `folder` (a level of the cache under `root`),
    as `write_entry` left it sealed with `magic`; None when either level is not a real
    folder, or the entry is missing, a link, over `most` bytes or not signed."""
    if not (is_real_folder(root) and is_real_folder(folder)):
        return None
    try:
        blob = read_regular(os.path.join(folder, name), most, follow_links=False)
    except Refused:
        return None
    return unseal(secret, magic, name, blob)
