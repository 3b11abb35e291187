"""Where an archive a claim file names may be read, and its stamp.

An archive is named by a claim file, which may come from a stranger: it is read only
when it lies inside the project root by name and through every link, and in no hidden
file or folder (`archive_place`). `archive_stamp` names what such an archive is now (its
real path and the digest of its bytes, or why it is not read), the same way the
excerpt rule (`validator.rules.archives`) names what it read, so that a result cached
with a stamp is used only while the stamp holds. Kept apart from the rule so that a
re-run checking its remembered stamps loads no checks.
"""

from __future__ import annotations

import os
from dataclasses import dataclass

from .safe_read import Reach, Refused, below, digest_regular, reach, real_path

__all__ = [
    "MAX_ARCHIVE_BYTES",
    "OUTSIDE_FIX",
    "Unusable",
    "archive_place",
    "archive_stamp",
    "named_archive",
    "read_stamp",
    "refused_stamp",
    "unusable_stamp",
]

MAX_ARCHIVE_BYTES = 16 * 1024 * 1024

OUTSIDE_FIX = (
    "keep archived texts inside the project (the folder of the configuration file) "
    "and name them relative to this file"
)
HIDDEN_FIX = "keep archived texts in the project's ordinary folders"


@dataclass(frozen=True, slots=True)
class Unusable:
    """An archive that may not or cannot be read, and what to do about it."""

    reason: str  # completes "archive 'x' cannot be used: it ..."
    fix: str
    # What the file was when it was refused, as `archive_stamp` names it; "" when the
    # refusal is by name alone (`archive_place` gives "unusable\0" and the reason).
    stamp: str = ""


def named_archive(claim_file: str, archive: str) -> str:
    """The path of the archive a claim file names as `archive`: relative to the claim
    file's folder, normalised (where it may be read is `archive_place`'s)."""
    return os.path.normpath(os.path.join(os.path.dirname(claim_file), archive))


def archive_place(path: str, root: str) -> str | Unusable:
    """The real path of the archive at `path` when it may be read: inside the project
    `root` by name and through every link, and in no hidden folder. `root` as the run
    names it: a project reached through a link names its archives through the link too,
    and they are inside it by name as much as by their real paths."""
    if "\x00" in path:
        return Unusable("names no file (it holds a NUL character)", OUTSIDE_FIX)
    if not inside_lexically(path, root):
        return Unusable("leads outside the project", OUTSIDE_FIX)
    real = real_path(path)
    if real is None:  # a chain of links longer than the system follows (`real_path`)
        return Unusable("passes through more symbolic links than can be followed", OUTSIDE_FIX)
    where = reach(real, root)
    if where is Reach.OUTSIDE:
        return Unusable("is a symbolic link leading outside the project", OUTSIDE_FIX)
    # .git/config holds the checkout's token, .env files secrets: never an archive. (The
    # project root itself, `archive: ..` from a claims folder, is in view: a folder.)
    if where is Reach.HIDDEN:
        return Unusable("is in a hidden file or folder (such as .git or .env)", HIDDEN_FIX)
    return real


def archive_stamp(path: str, root: str, max_bytes: int = MAX_ARCHIVE_BYTES) -> str:
    """What the archive at `path` is to the excerpt rule, besides what the claim file writes:
    its real path and the sha256 of its bytes, read as `Archives` reads them (bounded,
    never a pipe or device, never outside the project `root` or in a hidden folder);
    or why it is not read. Two equal stamps mean the rule finds the same in it: a
    remembered result of the rule is used only while the stamp it was made with holds.
    """
    real = archive_place(path, root)
    if isinstance(real, Unusable):
        return unusable_stamp(real)
    try:
        digest = digest_regular(real, max_bytes)
    except Refused as refused:
        return refused_stamp(real, refused)
    return read_stamp(real, digest)


# The three kinds of stamp, the same whether `archive_stamp` or `Archives` made them.
def unusable_stamp(unusable: Unusable) -> str:
    return f"unusable\0{unusable.reason}"


def refused_stamp(real: str, refused: Refused) -> str:
    return f"refused\0{real}\0{refused.kind.value}\0{refused.reason}"


def read_stamp(real: str, digest: str) -> str:
    return f"read\0{real}\0{digest}"


def inside_lexically(path: str, root: str) -> bool:
    """Whether `path`, its `..` resolved by name alone (links left as they are), lies in
    `root`: an escape written into the claim file, told apart from one through a link."""
    absolute = os.path.abspath(path)
    bases = {os.path.abspath(root), os.path.realpath(root)}
    return any(below(absolute, base) is not None for base in bases)
