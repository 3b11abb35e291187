"""The dataset's files and their bytes, as a run reads them before anything is parsed.

Kept apart from the loading (`validator.dataset.load`): a re-run that repeats a
remembered run reads these bytes to key it, and parses none of them.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterator, Sequence

from validator.guard.safe_read import link_followed
from validator.read.files import Limits, display_path, read_bytes
from validator.read.held_bytes import file_size
from validator.read.walk import unfollowed

__all__ = [
    "DatasetError",
    "DatasetFile",
    "dataset_digest",
    "dataset_files",
    "read_dataset_files",
]


class DatasetError(Exception):
    """The dataset cannot be used; `problems` are `file:line:col: message` lines."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__(problems[0] if problems else "invalid dataset")
        self.problems = problems


def dataset_files(path: str, root: str | None = None) -> list[str]:
    """The files a dataset is read from: the YAML files under a folder, or the one file.
    A link in the folder is followed only to a file inside the project `root` (default:
    the working directory) or the folder, and in no hidden file or folder there, as in
    a walk for claim files: a committed `dataset/x.yaml` linked to a file outside was
    read, and the run's errors quoted its keys and lines. Nor is a hidden file or folder
    of the walk read: `dataset = "."` read the project's `.env.yaml` so.

    A link not followed, to a folder or named as a dataset file, is given as an
    `UnfollowedLink`, which reading makes a problem at the link that names nothing of
    its target: passed over silently, the facts it was meant to add went missing
    unsaid. A linked folder is searched under the same rule, each folder once
    (`_walk`)."""
    if os.path.isdir(path):
        return sorted(_walk(path, (os.getcwd() if root is None else root, path)))
    if os.path.exists(path):
        return [path]
    raise DatasetError([f"{display_path(path)}: dataset not found; pass --dataset PATH"])


def _walk(top: str, bounds: tuple[str, ...]) -> Iterator[str]:
    """The dataset files under the folder `top`, a folder at a time rather than by
    calling itself for each level as `os.walk` does (before Python 3.12): a committed
    dataset folder 1,500 levels deep ended the run in an internal error (RecursionError).
    A folder that cannot be listed (a path past the system's limit, say) is given
    itself, so that reading it says why: `os.walk` passed over it, and its files,
    unsaid.

    A linked folder `link_followed` follows is searched after the folders reached by
    their own names, and each folder once, by its identity: a link back up the tree
    (`dataset/all -> .`) or to a folder walked already adds nothing and never loops. A
    committed `dataset/shared -> ../facts` inside the project was passed over unsaid,
    and the facts kept there went missing from every run."""
    pending, linked = [top], list[str]()
    walked: set[tuple[int, int]] = set()
    while pending or linked:
        folder = pending.pop() if pending else linked.pop()
        try:
            info = os.stat(folder)
            with os.scandir(folder) as listing:
                entries = sorted(listing, key=lambda entry: entry.name)
        except OSError:
            yield folder
            continue
        if (info.st_dev, info.st_ino) in walked:
            continue
        walked.add((info.st_dev, info.st_ino))
        for entry in entries:
            if entry.name.startswith("."):
                continue  # `.env.yaml`, `.git`, an editor's copy
            full = os.path.join(folder, entry.name)
            try:
                is_dir, is_link = entry.is_dir(), entry.is_symlink()
            except OSError:
                is_dir = is_link = False
            followed = not is_link or link_followed(full, bounds)
            if is_dir:
                if not followed:
                    yield unfollowed(full, bounds, folder=True)
                else:
                    (linked if is_link else pending).append(full)
            elif entry.name.lower().endswith((".yaml", ".yml")):
                yield full if followed else unfollowed(full, bounds, folder=False)


# A dataset file as read: its path as shown and its bytes, or the problem line saying
# why it could not be read.
DatasetFile = tuple[str, bytes | str]


def read_dataset_files(path: str, limits: Limits, root: str | None = None) -> list[DatasetFile]:
    """The bytes of every dataset file under `path` (see `dataset_files` for `root`), in
    order; raises `DatasetError` when there are none. A file that cannot be read is kept
    with its problem, which `build_dataset` reports with the others."""
    files = dataset_files(path, root)
    if not files:
        raise DatasetError([f"{display_path(path)}: no dataset files (*.yaml) found"])
    # Sizes as the files stand before any is read, so a dataset over the total bound is
    # refused before a byte of it is held; each is then replaced by what was read, so a
    # file that grows while the run reads is counted as it was read.
    sizes = [file_size(file) for file in files]
    _check_total(path, sizes, limits)
    read: list[DatasetFile] = []
    for index, file in enumerate(files):
        shown = display_path(file)
        raw = read_bytes(file, limits, kind="dataset files")
        if isinstance(raw, bytes):
            sizes[index] = len(raw)
            _check_total(path, sizes, limits)
        read.append((shown, raw if isinstance(raw, bytes) else f"{shown}:1:1: {raw.message}"))
    return read


def _check_total(path: str, sizes: list[int], limits: Limits) -> None:
    """Raises `DatasetError` when the dataset's files together pass the bound."""
    total, limit = sum(sizes), limits.max_dataset_bytes
    if total > limit:
        raise DatasetError(
            [
                f"{display_path(path)}: the {len(sizes):,} dataset files hold {total:,} bytes "
                f"together, over the limit of {limit:,}; the whole dataset is held in memory, "
                "so keep only the dataset's own *.yaml files in its folder, and its facts "
                f"under {limit:,} bytes"
            ]
        )


def dataset_digest(files: Sequence[DatasetFile], limits: Limits) -> str:
    """What decides the dataset, hashed: each file's path as shown and its bytes (or why
    it could not be read), in order, and the reading limits. The same digest means the
    same `Dataset` from the same code."""
    digest = hashlib.sha256()
    for part in (repr(limits), str(len(files))):
        encoded = part.encode()
        digest.update(len(encoded).to_bytes(8, "big") + encoded)
    for shown, raw in files:
        content = hashlib.sha256(raw).hexdigest() if isinstance(raw, bytes) else f"unread:{raw}"
        for part in (shown, content):
            encoded = part.encode("utf-8", "surrogatepass")
            digest.update(len(encoded).to_bytes(8, "big") + encoded)
    return digest.hexdigest()
