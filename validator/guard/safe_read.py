"""One way to read a file that may be hostile, and the project's boundary.

Every file factlint reads (claim files, archived source texts, the dataset, the
baseline, the configuration, cache entries) may come from a pull request. Each is read
here, the same way:

- opened with `O_NONBLOCK`, so a pipe with no writer opens at once instead of waiting
  for one (a hang), and with `O_NOFOLLOW` where a link must not be followed (cache
  entries);
- checked with `fstat` on what was opened (not on the name, which may change between a
  check and the open) to be a regular file: pipes, sockets and devices (`/dev/zero`,
  `/dev/urandom`, a terminal) are refused before a byte is read;
- refused when its size is over the caller's limit, so a 40 GB sparse file costs one
  `fstat`, and read in bounded chunks of at most the limit and one byte more, so a file
  that grows while it is read is refused too.

A refusal is a `Refused` exception whose `reason` completes a sentence about the file
("is not a regular file (a pipe, socket or device)"): callers put it in their own
finding or one-line error, in their own words about what the file was for.

The boundary: the project root is the folder of the configuration file, else the
working directory. A file a claim file names (an archive) is used only when its real
path, every link resolved, lies inside the root (`inside`).
"""

from __future__ import annotations

import errno
import hashlib
import os
import stat
import sys
from collections.abc import Iterator
from enum import Enum

__all__ = [
    "Reach",
    "Refusal",
    "Refused",
    "below",
    "digest_regular",
    "inside",
    "link_followed",
    "reach",
    "read_head",
    "read_regular",
    "real_path",
    "redirected",
]

_CHUNK = 1 << 20
# A pipe opened without O_NONBLOCK waits for a writer: a hang, not a finding.
_FLAGS = (
    os.O_RDONLY
    | getattr(os, "O_NONBLOCK", 0)
    | getattr(os, "O_BINARY", 0)
    | getattr(os, "O_CLOEXEC", 0)
)
_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)


class Refusal(Enum):
    """Why a file is not read: callers word some of these for what the file was for."""

    MISSING = "missing"
    DANGLING = "dangling"  # a symbolic link to nothing
    LINK = "link"  # a symbolic link where none is followed
    LOOP = "loop"
    FOLDER = "folder"
    NOT_REGULAR = "not-regular"
    TOO_LARGE = "too-large"
    DENIED = "denied"
    OTHER = "other"


class Refused(Exception):
    """A file that was not read; `reason` completes a sentence that starts with its name."""

    def __init__(self, kind: Refusal, reason: str, size: int = 0) -> None:
        super().__init__(reason)
        self.kind = kind
        self.reason = reason
        self.size = size


# A path past the system's limit (4,096 bytes on Linux): a folder some 1,400 levels deep.
_TOO_LONG = (
    "cannot be read: its path is longer than the system allows; move it to a folder "
    "fewer levels deep, or give the folders shorter names"
)


def _refusal(error: OSError, path: str, follow_links: bool) -> Refused:
    number = error.errno
    if number == errno.ENOENT:
        if os.path.islink(path):
            return Refused(Refusal.DANGLING, "is a symbolic link to a file that does not exist")
        return Refused(Refusal.MISSING, "does not exist")
    if number == errno.ELOOP:
        if not follow_links:
            return Refused(Refusal.LINK, "is a symbolic link, which is not followed here")
        return Refused(Refusal.LOOP, "cannot be read: a loop of symbolic links")
    if number in (errno.EACCES, errno.EPERM):
        return Refused(Refusal.DENIED, "cannot be read: permission denied")
    if number == errno.EISDIR:
        return Refused(Refusal.FOLDER, "is a folder, not a file")
    if number == errno.ENXIO:  # a socket, or a pipe's far end
        return _not_regular()
    if number == errno.ENAMETOOLONG:
        return Refused(Refusal.OTHER, _TOO_LONG)
    return Refused(Refusal.OTHER, f"cannot be read: {error.strerror or error}")


def _not_regular() -> Refused:
    return Refused(Refusal.NOT_REGULAR, "is not a regular file (a pipe, socket or device)")


def _too_large(size: int, max_bytes: int) -> Refused:
    return Refused(
        Refusal.TOO_LARGE, f"is {size:,} bytes, over the limit of {max_bytes:,}", size=size
    )


def _open(path: str, max_bytes: int, follow_links: bool) -> tuple[int, int]:
    """A descriptor on `path` once it is known to be a regular file of at most
    `max_bytes` bytes, and that size (as the file system gives it)."""
    try:
        fd = os.open(path, _FLAGS | (0 if follow_links else _NOFOLLOW))
    except OSError as error:
        raise _refusal(error, path, follow_links) from None
    try:
        info = os.fstat(fd)
        if stat.S_ISDIR(info.st_mode):
            raise Refused(Refusal.FOLDER, "is a folder, not a file")
        if not stat.S_ISREG(info.st_mode):
            raise _not_regular()
        if info.st_size > max_bytes:
            raise _too_large(info.st_size, max_bytes)
    except BaseException:
        os.close(fd)
        raise
    return fd, info.st_size


def _chunks(path: str, max_bytes: int, follow_links: bool) -> Iterator[bytes]:
    """The file's bytes in chunks; raises `Refused` (before the first chunk, or when the
    file turns out longer than `max_bytes` while it is read)."""
    fd, size = _open(path, max_bytes, follow_links)
    total = 0
    try:
        # Bounded: at most max_bytes + 1 bytes are read, whatever the file claims.
        while total <= max_bytes:
            # Up to the size the file gave and one byte more (which shows one that grew),
            # then to its end a chunk at a time: `os.read` allocates all it is asked for,
            # and a buffer of a whole chunk for a file of 400 bytes (and another for the
            # empty read at its end) cost more than the rest of reading it.
            want = size + 1 - total if total <= size else _CHUNK
            try:
                chunk = os.read(fd, min(want, _CHUNK, max_bytes + 1 - total))
            except OSError as error:
                raise _refusal(error, path, follow_links) from None
            if not chunk:
                return
            total += len(chunk)
            if total > max_bytes:  # it grew while being read
                raise _too_large(total, max_bytes)
            yield chunk
    finally:
        os.close(fd)


def read_regular(path: str, max_bytes: int, *, follow_links: bool = True) -> bytes:
    """The bytes of the regular file at `path`, at most `max_bytes` of them; raises
    `Refused`. With `follow_links` False, a link at `path` itself is refused."""
    return b"".join(_chunks(path, max_bytes, follow_links))


def read_head(path: str, max_bytes: int) -> bytes:
    """The first `max_bytes` bytes of the regular file at `path` (all of it when shorter),
    however long it is; raises `Refused` as `read_regular` does for a file that is no
    regular file or cannot be opened."""
    fd, _size = _open(path, sys.maxsize, follow_links=True)
    try:
        return os.read(fd, max_bytes)
    except OSError as error:
        raise _refusal(error, path, True) from None
    finally:
        os.close(fd)


def digest_regular(path: str, max_bytes: int, *, follow_links: bool = True) -> str:
    """The sha256 of the regular file at `path`, read in bounded chunks; raises
    `Refused` as `read_regular` does, without holding the whole file in memory."""
    digest = hashlib.sha256()
    for chunk in _chunks(path, max_bytes, follow_links):
        digest.update(chunk)
    return digest.hexdigest()


def below(path: str, folder: str) -> list[str] | None:
    """The names leading from `folder` down to `path` (none for the folder itself), or
    None when `path` is neither `folder` nor under it. Compared as written, no link
    resolved: the one way every check here, and the configuration's search
    (`validator.config`), asks whether one path is under another."""
    if path == folder:
        return []
    prefix = folder.rstrip(os.sep) + os.sep
    if not path.startswith(prefix):
        return None
    return path[len(prefix) :].split(os.sep)


def _hidden(names: list[str]) -> bool:
    return any(name.startswith(".") for name in names)


class Reach(Enum):
    """Where a path leads, every link in it resolved, from a folder: `reach`."""

    IN_VIEW = "in-view"  # inside the folder, in none of its hidden files or folders
    HIDDEN = "hidden"  # inside the folder, in a hidden file or folder of it
    OUTSIDE = "outside"


def real_path(path: str) -> str | None:
    """`os.path.realpath(path)`, or None where it cannot be worked out: Python resolves
    each link of a chain by calling itself again, and a committed chain of 1,500 links
    (`l0 -> l1 -> … -> dataset`) raised RecursionError, an internal error wherever a
    path was checked. The system follows at most 40 links in a path, so such a path
    opens nothing either."""
    try:
        return os.path.realpath(path)
    except RecursionError:
        return None


def reach(path: str, root: str) -> Reach:
    """Where `path` leads from the folder `root`, each resolved once: a check that asks
    both whether a path stays inside and whether it stays in view resolves it once. A
    path whose links cannot be resolved (`real_path`) is taken as leading outside."""
    real, real_root = real_path(path), real_path(root)
    names = None if real is None or real_root is None else below(real, real_root)
    if names is None:
        return Reach.OUTSIDE
    return Reach.HIDDEN if _hidden(names) else Reach.IN_VIEW


def inside(path: str, root: str) -> bool:
    """Whether `path`, every link in it resolved, lies inside the folder `root`."""
    return reach(path, root) is not Reach.OUTSIDE


def in_view(path: str, root: str) -> bool:
    """Whether `path`, every link in it resolved, lies inside the folder `root` and in
    none of its hidden files or folders (a name starting with a dot): a folder walk
    passes over hidden names, and a link must not lead to one either, since
    `.git/config` holds the token `actions/checkout` stores and `.env` files secrets."""
    return reach(path, root) is Reach.IN_VIEW


def redirected(path: str, root: str, *, read: bool) -> str | None:
    """Why `path`, written as a path inside the folder `root` (links not followed),
    cannot be used: a link in it leads outside `root`, or, for a path `read` not written
    through a hidden name itself, into a hidden file or folder of it. None when it can,
    and for a path written outside `root`, which is the writer's own choice. The rule for
    paths a command line names: the user wrote them, a pull request committed the links
    they pass through."""
    written = below(os.path.abspath(path), os.path.abspath(root))
    if written is None:
        return None
    where = reach(path, root)
    if where is Reach.OUTSIDE:
        return "a link in it leads outside the project"
    if read and where is Reach.HIDDEN and not _hidden(written):
        return "a link in it leads into a hidden file or folder (such as .git or .env)"
    return None


def link_followed(link: str, bounds: tuple[str, ...]) -> bool:
    """Whether a folder walk follows the link `link` it met: when it is broken (reading it
    says so) or its target is `in_view` of one of `bounds`. One rule for the walks for
    claim files and for dataset files."""
    return not os.path.exists(link) or any(in_view(link, bound) for bound in bounds)
