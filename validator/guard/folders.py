"""Making a folder and the folders above it, however deeply it is named.

`os.makedirs` calls itself once for each missing level, so a folder named 2,000 levels
below the last existing one (`reports = "x/x/…/x"`, 4,000 characters, under the length
a path may have, in a configuration a pull request may change) ended the run in an
internal error, a RecursionError, after every claim had been checked. The reports
folder and the cache folder are made here instead, a level at a time.
"""

from __future__ import annotations

import errno
import os

__all__ = ["make_folder_tree"]


def make_folder_tree(path: str, mode: int = 0o777) -> None:
    """`os.makedirs(path, mode, exist_ok=True)` without its recursion: each missing
    level of `path` made in turn, from the highest, with `mode`. FileExistsError when
    `path` is there but no folder (a link to a folder counts as one, as for makedirs);
    any other OSError as the system gives it (a level below a file: not a folder)."""
    if not path:
        raise FileNotFoundError(errno.ENOENT, os.strerror(errno.ENOENT), path)
    missing: list[str] = []
    level = path
    while level and not os.path.exists(level):
        missing.append(level)
        parent = os.path.dirname(level)
        if parent == level:
            break
        level = parent
    for name in reversed(missing):
        try:
            os.mkdir(name, mode)
        except FileExistsError:
            # Made meanwhile by another run, or named twice (`a/b/` after `a/b`).
            if not os.path.isdir(name):
                raise
    if not os.path.isdir(path):
        raise FileExistsError(errno.EEXIST, os.strerror(errno.EEXIST), path)
