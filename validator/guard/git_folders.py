"""Whether a folder is, or lies in, a `.git` folder: git's objects, configuration and
hooks, where no output of factlint's belongs (`--reports .git` wrote the reports among
them, `--cache-dir .git` the cache's files, `factlint draft -o .git/hooks/x` a draft).
"""

from __future__ import annotations

import os

from .safe_read import below, real_path

__all__ = ["git_folder_problem"]


def git_folder_problem(folder: str, root: str, itself: bool) -> str:
    """Why nothing may be written in `folder` (a real path, case-normalised): it is or
    lies in a `.git` folder; "" when it is in none. `itself`: whether `folder` is the
    output named (a reports or cache folder) rather than the folder a file is in. A
    `.git` is looked for below the project's `root` where the folder is inside it (a
    project may itself lie in a folder so named), else in the whole path; compared
    case-blind, as a case-blind file system opens `.GIT` as `.git`."""
    real_root = real_path(root) or os.path.abspath(root)
    inside = below(folder, os.path.normcase(real_root))
    names = folder.split(os.sep) if inside is None else inside
    if not any(name.casefold() == ".git" for name in names):
        return ""
    own = itself and names[-1].casefold() == ".git"
    return f"is {'a' if own else 'in a'} .git folder, where git keeps its own files"
