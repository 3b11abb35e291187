"""The one place factlint writes files: the reports folder, JUnit and SARIF files, and
the GitHub job summary.

Writes are atomic: the text goes to a temporary file in the target's folder, is flushed
to disk, and replaces the target in one step, so a reader (or a crash) never sees half a
report; the files of one run are switched in as a set (validator.report.write_set). A file
whose content is already the same is left untouched. A target that is not a regular
file (/dev/null, /dev/stdout, a named pipe) is written to, never replaced.
"""

from __future__ import annotations

import contextlib
import functools
import os
import stat
import sys
import tempfile
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping, Sequence

from validator.guard.folders import make_folder_tree
from validator.model.result import Result

from ._json_runs import Kept, names_of
from .project_place import AT_ROOT, ProjectPlace
from .registry import REPORTERS, Reporter, Settings, report_names
from .write_set import (
    JOURNAL,
    folders_locked,
    holds,
    recover,
    stage,
    switch,
    sync_folder,
    target_mode,
)

__all__ = [
    "Renderer",
    "ReportWriteError",
    "append_text",
    "report_renderers",
    "write_files",
    "write_reports",
    "write_text_atomic",
]


# What gives a file's text: the whole of it, or pieces to write one after another
# (joined, the same text), so that a large report is never held whole. A piece may be
# text already encoded (UTF-8 bytes): kept from an earlier run, it is written as it is.
Renderer = Callable[[], str | Iterable[str | bytes]]


# Characters of text encoded and written at once: a reporter's pieces (a table row,
# say) gathered up to this, so that a file is written in few large writes.
_BATCH = 1 << 20


def _encoded(text: str | Iterable[str | bytes]) -> Iterator[bytes]:
    """The text as UTF-8, a batch of pieces at a time; a piece given as bytes is
    written as it is, after the text before it."""
    if isinstance(text, str):
        yield text.encode("utf-8")
        return
    batch: list[str] = []
    size = 0
    for piece in text:
        if isinstance(piece, bytes):
            if batch:
                yield "".join(batch).encode("utf-8")
                batch = []
                size = 0
            yield piece
            continue
        batch.append(piece)
        size += len(piece)
        if size >= _BATCH:
            yield "".join(batch).encode("utf-8")
            batch = []
            size = 0
    if batch:
        yield "".join(batch).encode("utf-8")


class ReportWriteError(Exception):
    """A report could not be written; the command turns it into exit status 2."""

    def __init__(self, path: str, reason: str) -> None:
        super().__init__(f"cannot write {path}: {reason}")
        self.path = path
        self.reason = reason


def _reason(error: OSError) -> str:
    return error.strerror or str(error)


def write_text_atomic(path: str, text: str, *, named_by_user: bool = False) -> None:
    """Write `text` (UTF-8, newlines as given) to `path`, atomically.

    `named_by_user`: the path was given on the command line, so a device or pipe there
    (/dev/null, /dev/stdout) is written to (see `_special_target`). The folder must
    exist. Raises ReportWriteError on any OS error.
    """
    data = text.encode("utf-8")
    special = _special_target(path, named_by_user)
    if special:
        _write_special(path, data)
        return
    if holds(path, data):
        return
    folder = os.path.dirname(path) or "."
    name = os.path.basename(path)
    temp: str | None = None
    try:
        mode = target_mode(path)
        fd, temp = tempfile.mkstemp(prefix=f".{name}.", suffix=".tmp", dir=folder)
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(temp, mode)
        os.replace(temp, path)
        temp = None
        sync_folder(folder)
    except OSError as error:
        raise ReportWriteError(path, _reason(error)) from error
    finally:
        if temp is not None:
            with contextlib.suppress(OSError):
                os.unlink(temp)


def _special_target(path: str, named_by_user: bool) -> bool:
    """Whether `path` is written to as it is rather than replaced by a new file.

    A folder is refused. A path the user named on the command line that is a character
    device, a named pipe or a socket (`--sarif /dev/null`), or a link into this
    process's own descriptors (`/dev/stdout`, a shell's `/dev/fd/63`), is written to:
    replacing it would destroy it (as root, /dev/null itself for the whole machine) and
    leave a temporary file in /dev. Any other link is replaced, never followed, named
    or not: a pull request may have committed it where the workflow names a file
    (`junit.xml -> /dev/kmsg`), or filled the reports folder with them
    (`consistency.md -> /dev/mem`).
    """
    link = os.path.islink(path)
    if link and not (named_by_user and _into_descriptors(path)):
        # Replaced without a look at what it points at: a link to a folder outside was
        # refused as a folder, and the run's exit status told whether that folder exists.
        return False
    try:
        target = os.stat(path)
    except OSError:
        return False  # missing (or unreachable: the write says why)
    if stat.S_ISDIR(target.st_mode):
        raise ReportWriteError(path, "it is a folder; name a file")
    if not named_by_user:
        return False
    mode = target.st_mode
    special = stat.S_ISCHR(mode) or stat.S_ISFIFO(mode) or stat.S_ISSOCK(mode)
    if link:  # into this process's descriptors (`_into_descriptors`)
        # A descriptor that is a regular file is written to only as the run's own
        # output: another (standard input, say) is no file to truncate.
        return special or _stream(path) is not None
    return special


_MAX_HOPS = 40  # as the system itself follows at most


def _into_descriptors(path: str) -> bool:
    """Whether the link at `path` leads, link by link, to an entry of this process's
    descriptor folder (/proc/self/fd, /dev/fd): what /dev/stdout and /dev/fd/N are."""
    folders = {os.path.realpath(f) for f in ("/proc/self/fd", "/dev/fd") if os.path.isdir(f)}
    for _ in range(_MAX_HOPS):
        if os.path.realpath(os.path.dirname(os.path.abspath(path))) in folders:
            return True
        try:
            path = os.path.join(os.path.dirname(path), os.readlink(path))
        except OSError:  # no longer a link: the chain ended elsewhere
            return False
    return False


def _stream(path: str) -> int | None:
    """The descriptor of this process's standard output or error that `path` is a link
    to, whatever that stream is: `--sarif /dev/stdout` with the output redirected to a
    file led to a regular file, so the link /dev/stdout itself was replaced (as root,
    for the whole machine) and the SARIF never reached the output."""
    if not os.path.islink(path):
        return None
    try:
        target = os.stat(path)
    except OSError:
        return None
    for fd in (1, 2):
        try:
            stream = os.fstat(fd)
        except OSError:
            continue
        if (stream.st_dev, stream.st_ino) == (target.st_dev, target.st_ino):
            return fd
    return None


def _write_special(path: str, data: bytes | Iterable[bytes]) -> None:
    """Write `data` (or its pieces, one after another) into a device or pipe the user
    named, as a shell redirection would; into the process's own stream where `path`
    leads to it, at its place in it (opened afresh, a file it is redirected to would be
    written from its start, and what the run prints next written over it)."""
    pieces = [data] if isinstance(data, bytes) else data
    try:
        fd = _stream(path)
        if fd is not None:
            for stream in (sys.stdout, sys.stderr):
                stream.flush()
            for piece in pieces:
                view = memoryview(piece)
                while view:
                    view = view[os.write(fd, view) :]
            return
        with open(path, "wb") as handle:
            handle.writelines(pieces)
    except OSError as error:
        raise ReportWriteError(path, _reason(error)) from error


def append_text(path: str, text: str) -> None:
    """Append `text` (UTF-8) to `path`, creating it; for $GITHUB_STEP_SUMMARY."""
    try:
        with open(path, "ab") as handle:
            handle.write(text.encode("utf-8"))
    except OSError as error:
        raise ReportWriteError(path, _reason(error)) from error


def write_reports(result: Result, folder: str) -> list[str]:
    """Write the reports of the reports folder (consistency.html, .json and .md) to
    `folder`.

    Creates the folder. Returns the paths of the reports (joined to `folder` as given),
    in the order they are written. Raises ReportWriteError on any OS error.
    """
    write_files(report_renderers(result, folder), folders=(folder,))
    return [os.path.join(folder, name) for name in report_names()]


def report_renderers(
    result: Result,
    folder: str,
    reporters: Mapping[str, Reporter] = REPORTERS,
    kept: Kept | None = None,
    place: ProjectPlace = AT_ROOT,
) -> list[tuple[str, Renderer]]:
    """The reports of `result` in `folder`, those of `reporters` with a file name:
    each path with what renders it (in pieces where the reporter can), in the table's
    order. `kept`: where the text of each file's records is kept between runs, for
    the reporters that keep it (see `Settings`); `place`: where the run's folder stands
    to the project's root, whose outside the reports do not link to."""
    # Locations link to their lines relative to the reports, so that the links work
    # wherever the folder is browsed: in a forge, or checked out.
    settings = Settings(link_root=link_root(folder), kept=kept, place=place)
    if kept is not None:
        # What the reports that keep texts name them by, worked out here, once, rather
        # than in each process the reports are then rendered in.
        names_of(result)
    return [
        (
            os.path.join(folder, reporter.report),
            functools.partial(reporter.pieces or reporter.render, result, settings),
        )
        for reporter in reporters.values()
        if reporter.report
    ]


def link_root(folder: str) -> str | None:
    """The run's folder as seen from `folder`, with forward slashes ("..", say); None
    for a folder outside the run's folder, whose links would spell out this machine's
    folders."""
    root = os.path.relpath(os.curdir, folder).replace(os.sep, "/")
    return root if all(part in ("..", ".") for part in root.split("/")) else None


# How the files are shared out: `share(count, here, elsewhere, deliver)` calls
# `here(n)` for each file it renders in this process, `elsewhere(n)` in another process
# for the others, and `deliver(n, what_elsewhere_returned)` here for each of those (the
# command passes validator.speed.forked.share_work; reporting knows no processes).
Share = Callable[
    [int, Callable[[int], None], Callable[[int], bytes], Callable[[int, bytes], None]], None
]


def in_turn(
    count: int,
    here: Callable[[int], None],
    elsewhere: Callable[[int], bytes],
    deliver: Callable[[int, bytes], None],
) -> None:
    """A `Share` that renders every file here, one after another."""
    for number in range(count):
        here(number)


def write_files(
    files: Sequence[tuple[str, Renderer]],
    folders: Sequence[str] = (),
    share: Share = in_turn,
    named_by_user: Collection[str] = (),
) -> list[str]:
    """Create `folders`, then write each `(path, render)`: the text `render()` gives
    (written a piece at a time where it gives pieces), all of them as one set (see
    validator.report.write_set): either every file is the new one, or, when any fails,
    every file is as it was. A set a killed run left half switched is finished first,
    and the temporary files it left removed. Two runs writing the same files at once
    take turns (see `folders_locked`). Returns the paths. Raises ReportWriteError on
    any OS error.

    `named_by_user`: the paths given on the command line (--junit, --sarif, ...), where
    a device or pipe is written to rather than replaced (see `_special_target`).

    `share`: how rendering and staging are shared out (see `Share`); the command shares
    them between processes, each file here or in a forked child, whichever is free.
    (On 100,000 claims the three reports take 1.7 s one after another.) A file a child
    could not write is done again here, so its error is raised here.
    """
    for folder in folders:
        try:
            make_folder_tree(folder)
        except FileExistsError as error:  # "File exists" said nothing of what to change
            raise ReportWriteError(folder, "it is a file, not a folder; name a folder") from error
        except OSError as error:
            raise ReportWriteError(folder, _reason(error)) from error

    paths = [path for path, _ in files]
    if not paths:
        return paths
    with folders_locked(paths):
        _write_set(files, paths, share, named_by_user)
    return paths


def _write_set(
    files: Sequence[tuple[str, Renderer]],
    paths: list[str],
    share: Share,
    named_by_user: Collection[str],
) -> None:
    """`write_files` once its folders are locked: recover, stage, switch."""
    journal_folder = os.path.dirname(paths[0]) or "."
    try:
        recover(paths)
    except OSError as error:
        # Name what is in the way: a folder committed in the journal's place was blamed
        # on the first report, which had nothing wrong with it.
        where = error.filename if isinstance(error.filename, str) else paths[0]
        raise ReportWriteError(where, _reason(error)) from error
    staged: dict[int, str | None] = {}

    def here(number: int) -> None:
        path, render = files[number]
        if _special_target(path, path in named_by_user):
            # Written to as it is, never replaced: it is no file of the set to switch.
            _write_special(path, _encoded(render()))
            staged[number] = None
            return
        try:
            staged[number] = stage(path, _encoded(render()))
        except OSError as error:
            raise ReportWriteError(path, _reason(error)) from error

    def staged_elsewhere(number: int) -> bytes:
        here(number)
        temp = staged[number]
        return b"" if temp is None else os.fsencode(temp)  # empty: already current

    def deliver(number: int, data: bytes) -> None:
        staged[number] = os.fsdecode(data) if data else None

    try:
        share(len(files), here, staged_elsewhere, deliver)
        pairs = [(temp, paths[n]) for n, temp in sorted(staged.items()) if temp is not None]
        switch(pairs, journal_folder)
    except BaseException as error:
        # Before the journal, the old set stands: its would-be replacements go. After
        # it, they are what the next run's recover() finishes the switch with.
        if not os.path.exists(os.path.join(journal_folder, JOURNAL)):
            for temp in staged.values():
                if temp is not None:
                    with contextlib.suppress(OSError):
                        os.unlink(temp)
            # A child stopped half-way through a file (killed when another file
            # failed here) never said which temporary file it had begun: those go too.
            with contextlib.suppress(OSError):
                recover(paths)
        if isinstance(error, OSError):
            where = error.filename if error.filename in paths else paths[0]
            raise ReportWriteError(where, _reason(error)) from error
        raise
