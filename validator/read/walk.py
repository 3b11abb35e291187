"""A folder's claim files: a walk that stays inside the project and passes over what holds
no claims, hidden names, the run's own files and the packages tools install beside them.

`validate .` in a project with a virtual environment or `node_modules` in it read every
JSON and YAML file installed there as a broken claim file (`package.json`, the schemas a
library ships): four errors for each `package.json`, on files nobody wrote, failing the
run. ruff and black pass over the same folders by default.
"""

from __future__ import annotations

import os
from collections.abc import Collection, Iterator

from validator.guard.safe_read import Reach, link_followed, reach

__all__ = ["Identity", "UnfollowedLink", "identity", "unfollowed", "walk"]

CLAIM_SUFFIXES = (".yaml", ".yml", ".json")

Identity = tuple[int, int]  # (device, inode): the same file under two names

# Folders that hold what is installed rather than written, by the name every installer
# gives them: npm's and yarn's `node_modules`, pip's `site-packages` (`dist-packages` in
# Debian's Pythons) in any Python's tree, a conda environment's too, PEP 582's
# `__pypackages__` (PDM's), and Python's compiled modules. A claims folder is never
# called so.
INSTALLED = frozenset(
    {"node_modules", "site-packages", "dist-packages", "__pypackages__", "__pycache__"}
)

# What every Python virtual environment (venv, virtualenv, uv) holds at its top (PEP
# 405), whatever the folder is called: `venv`, `env` or `py312` alike. A folder that is
# only called `env` may hold claims, so the name alone decides nothing. A conda
# environment has no such file but a `conda-meta` folder, the record of what conda
# installed there (its `*.json` are read as claim files otherwise, as are the YAML and
# JSON files of its `share/` and `etc/`).
ENVIRONMENT_MARK = "pyvenv.cfg"
CONDA_MARK = "conda-meta"


class UnfollowedLink(str):
    """The path of a link a walk met and did not follow (out of the project, or into a
    hidden file or folder of it), which would have been read as a claim file or searched
    for them: the run's files include it, and reading it (`read.files.read_bytes`) is an
    E101 that opens nothing of its target. Passed over silently, a pull request's
    `claims/new.yaml -> ../../elsewhere/x.yaml` went unchecked and unsaid."""

    folder: bool  # a link to a folder, which would have been searched
    hidden: bool  # leading into a hidden file or folder of the project, not outside it

    def __new__(cls, path: str, folder: bool = False, hidden: bool = False) -> UnfollowedLink:
        link = super().__new__(cls, path)
        link.folder = folder
        link.hidden = hidden
        return link


def unfollowed(full: str, bounds: tuple[str, ...], folder: bool) -> UnfollowedLink:
    """The link `full`, which `link_followed` refused, and whether it leads into a hidden
    place of one of `bounds` rather than out of them all. The walks for claim files and
    for dataset files both give it."""
    hidden = any(reach(full, bound) is Reach.HIDDEN for bound in bounds)
    return UnfollowedLink(full, folder, hidden)


def identity(path: str) -> Identity | None:
    try:
        info = os.stat(path)
    except OSError:
        return None  # broken or looping: loading it will say so
    return (info.st_dev, info.st_ino)


def walk(
    top: str, bounds: tuple[str, ...], skip: Collection[Identity], walked: set[Identity]
) -> Iterator[tuple[str, Identity | None]]:
    """Claim files under `top`, skipping folders in `walked` (adding each one searched).

    `top` itself is searched whatever it is, being named: a virtual environment, or a
    folder in `skip`. Below it, a virtual environment or an `INSTALLED` folder is passed
    over, whether met by its own name or through a link; it is not added to `walked`,
    so that named later it is still searched. A link leading out of `bounds`, or into a
    hidden file or folder of them, is not followed: a folder, or a file named as a claim
    file is, is given as an `UnfollowedLink`, with no identity, for reading it to say so."""
    named = identity(top)
    passed_over = {folder for folder in skip if folder != named}
    pending = [top]
    while pending:
        folder = pending.pop()
        try:
            info = os.stat(folder)
        except OSError:  # a path past the system's limit, say: reading it tells why
            yield os.path.normpath(folder), None
            continue
        ident = (info.st_dev, info.st_ino)
        if ident in walked or ident in passed_over:
            continue
        try:
            with os.scandir(folder) as listing:
                entries = sorted(listing, key=lambda e: e.name)
        except OSError:
            walked.add(ident)
            yield os.path.normpath(folder), None
            continue
        if ident != named and _environment(entries):
            passed_over.add(ident)  # each link to it costs no second listing
            continue
        walked.add(ident)
        for entry in entries:
            if entry.name.startswith("."):
                continue  # .git, .factlint-cache and editors' swap folders
            full = os.path.normpath(entry.path)
            try:
                is_dir = entry.is_dir()
                is_link = entry.is_symlink()
            except OSError:
                is_dir = is_link = False
            if is_link and not link_followed(full, bounds):
                # Not followed, but said: a folder of installed packages would be
                # passed over anyway, and a file not named as a claim file is none.
                if is_dir and not _installed(entry.name, full, is_link):
                    yield unfollowed(full, bounds, folder=True), None
                elif not is_dir and entry.name.lower().endswith(CLAIM_SUFFIXES):
                    yield unfollowed(full, bounds, folder=False), None
                continue
            if is_dir:
                if not _installed(entry.name, full, is_link):
                    pending.append(full)
            elif entry.name.lower().endswith(CLAIM_SUFFIXES):
                found = identity(full) if is_link else (info.st_dev, entry.inode())
                if found not in skip:
                    yield full, found


def _environment(entries: list[os.DirEntry[str]]) -> bool:
    """Whether a folder listing `entries` is an environment's: a virtual environment
    holds the file `pyvenv.cfg`, as Python itself decides (a link to a file counts, a
    folder does not), and a conda environment the folder `conda-meta`."""
    for entry in entries:
        if entry.name in (ENVIRONMENT_MARK, CONDA_MARK):
            try:
                kind_right = entry.is_file() if entry.name == ENVIRONMENT_MARK else entry.is_dir()
            except OSError:
                kind_right = False
            if kind_right:
                return True
    return False


def _installed(name: str, full: str, is_link: bool) -> bool:
    """Whether the folder `full`, met as `name`, is one of the `INSTALLED`: a link is
    judged by its target's name as well (`claims/lib -> ../web/node_modules`)."""
    if name in INSTALLED:
        return True
    return is_link and os.path.basename(os.path.realpath(full)) in INSTALLED
