"""Where the run's folder stands to the project's root, for reports that name files
from the root (SARIF, whose viewers resolve its paths against their checkout).

The paths findings show are relative to the run's folder. Made relative to the root,
they need the run's folder as seen from the root (a run in `docs/` shows `x.yaml`, the
root's `docs/x.yaml`) and, for a run above the root, the root as seen from the run's
folder (a run beside `proj/` shows `proj/claims/a.yaml`, the root's `claims/a.yaml`).
The two views were separate arguments, and one passed without the other named a file
from the wrong folder: given only the root `proj`, a file `other/x.yaml` beside it was
written as the root's own `other/x.yaml`. `ProjectPlace` works both out from the two
folders at once, so no caller can hold one without the other.
"""

from __future__ import annotations

import os
import posixpath

__all__ = ["AT_ROOT", "ProjectPlace", "outside_name", "root_base"]


def _absolute(shown: str) -> bool:
    """Whether a path as findings show it (forward slashes) is absolute: `/etc/x`, or
    `C:/x` on Windows."""
    return shown.startswith("/") or shown[1:3] == ":/"


def outside_name(shown: str, line: int) -> str:
    """A file outside the project and its line, as a message names it: by the path given
    (`../other/x.yaml, line 2`), but an absolute path by its last part alone, as the
    rest says where this machine keeps its files."""
    if _absolute(shown):
        shown = f"{posixpath.basename(shown)} (given by its absolute path)"
    return f"{shown}, line {line}" if line >= 1 else shown


def root_base(root: str | None, cwd: str) -> str:
    """The folder `cwd` as seen from the folder `root`, with forward slashes: "" when
    they are the same (or there is no `root`), `docs` below it, `..` or `../b` beside
    or above it. Both are resolved first (links included), as the run's walk resolves
    them."""
    if root is None:
        return ""
    inside = os.path.relpath(os.path.realpath(cwd), os.path.realpath(root))
    return "" if inside == os.curdir else inside.replace(os.sep, "/")


class ProjectPlace:
    """The run's folder and the project's root, as each is seen from the other.

    `ProjectPlace(root, cwd)`: `root` is the project's root (None: the run's folder is
    the root), `cwd` the run's folder (by default the working directory)."""

    __slots__ = ("_paths", "base", "root")

    def __init__(self, root: str | None = None, cwd: str | None = None) -> None:
        self._paths: dict[str, str | None] = {}
        if root is None:
            self.base = self.root = ""
            return
        here = os.getcwd() if cwd is None else cwd
        # The run's folder as seen from the root, and the root as seen from it.
        self.base = root_base(root, here)
        self.root = root_base(here, root)

    @property
    def key(self) -> tuple[str, str]:
        """Both views as plain values, for what keys a rendering by them."""
        return (self.base, self.root)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, ProjectPlace):
            return NotImplemented
        return (self.base, self.root) == (other.base, other.root)

    def __hash__(self) -> int:
        return hash((self.base, self.root))

    def __repr__(self) -> str:
        return f"ProjectPlace(base={self.base!r}, root={self.root!r})"

    def path(self, shown: str) -> str | None:
        """A path as findings show it (relative to the run's folder, forward slashes)
        as a path relative to the root, or None for a file outside the project: an
        absolute path, or one that climbs out of the root (`../other/x.yaml`), which no
        viewer can find in its checkout and which would say where this machine keeps
        its files. Worked out once for each file (a report asks for every location of
        every finding, and most share a few files), in at most `_PATHS_HELD` of them."""
        paths = self._paths
        if shown in paths:
            return paths[shown]
        if len(paths) >= _PATHS_HELD:
            paths.clear()
        path = paths[shown] = _from_root(self.base, self.root, shown)
        return path


# The paths a `ProjectPlace` holds worked out: more files than a run of 100,000 shows
# findings in, of some hundred bytes each.
_PATHS_HELD = 1 << 16


def _from_root(base: str, root: str, shown: str) -> str | None:
    """`ProjectPlace.path`, worked out."""
    if not shown:  # a finding placed in no file (a passage found in no source)
        return shown
    if _absolute(shown):
        return None
    normal = posixpath.normpath(shown)
    if root and normal.startswith(root + "/"):
        inside = normal[len(root) + 1 :]
    elif base:
        inside = posixpath.normpath(posixpath.join(base, normal))
    else:  # at the root: `normal` is already the path from it
        inside = normal
    if inside == ".." or inside.startswith("../"):
        return None
    return inside


# A run at the project's root, as the Python API's reports assume by default.
AT_ROOT = ProjectPlace()
