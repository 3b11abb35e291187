"""Whole runs, remembered: a re-run over exactly the same inputs repeats its outputs
without resolving, checking or rendering anything.

A run is a pure function of what it reads, so when every input is what it was, its
outputs are what they were. The key of a remembered run covers all of it:

- every claim file's shown path and bytes (sha256), in the order they were found;
- the dataset's files and bytes;
- factlint's code (see `cache.code_fingerprint`), the options that change findings or
  output (the rules, --fail-on, the limits, the baseline's entries, the output format,
  where reports go) and the working directory;
- today's date, since an acknowledgement `until` a date expires.

Files the run reads that cannot be known before it (the archived source texts named
inside claim files) are recorded in the entry with their stamps as the run read them
(the caller's `stamp`: what its outputs were made from, not a read after the run, which
a file changed meanwhile would pass), and compared on use with a stamp taken then.
So are the files the run wrote, by their size, modification time and inode as the run
left them: a remembered run is used only when its report files are untouched since; a
deleted, edited or replaced report means a full run, which rewrites it. (Statting them
costs nothing; hashing 100 MB of reports would cost a warm run a fifth of a second.)

Entries are JSON (no code can hide in them), signed like the file cache's entries, so
a cache folder from elsewhere cannot make a run claim a pass. Any doubt (a missing,
damaged, unsigned or stale entry) means a full run.
"""

from __future__ import annotations

import contextlib
import hashlib
import hmac
import json
import os
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from validator.guard.safe_read import Refused, digest_regular, inside

from .cache_folder import (
    make_folders,
    newest_first,
    prune,
    read_entry,
    usable,
    write_entry,
)
from .fingerprint import code_fingerprint
from .signing import seal, signing_secret

__all__ = ["RememberedRun", "RunCache", "digest_file", "file_signature"]

_MAGIC = b"factlint-run-1\n"
# A frame's entry (see `RunCache.frame`): the key of the latest run of its settings.
_LATEST_MAGIC = b"factlint-run-latest-1\n"
# The most recent entries kept: a few report folders or option sets in turn, each run
# under its key, beside the pointer to it as the latest of its settings.
_KEEP = 16
# Begins the settings of a frame (see `RunCache.frame`); no setting of a run is empty.
_FRAME = ""
_MAX_OUTPUT_BYTES = 64 * 1024 * 1024  # more standard output than this is not remembered
_MISSING = "-"  # the digest of a file that was not there
# Larger than any file a run reads (claim and dataset files 32 MiB, archives 16 MiB):
# a file over it is refused by the run too.
_MAX_DIGEST_BYTES = 64 * 1024 * 1024
# A remembered run's entry: its standard output and what it names, signed.
_MAX_ENTRY_BYTES = 2 * _MAX_OUTPUT_BYTES


def digest_file(path: str, root: str | None = None) -> str:
    """The sha256 of a regular file's bytes, read through the safe reader (a pipe, a
    device or a huge sparse file is never read); for a file that is not read, a marker
    of why (`_MISSING` and the refusal). With `root`, a file whose real path is outside
    it is not read either: an archive a claim file names must lie in the project."""
    if root is not None and not inside(path, root):
        return "outside"
    try:
        return digest_regular(path, _MAX_DIGEST_BYTES)
    except Refused as refused:
        return f"{_MISSING}{refused.kind.value}"


def file_signature(path: str) -> str:
    """Size, modification time and inode of a file: they change whenever it is
    rewritten (reports are replaced whole) or edited; `_MISSING` when it is not there.
    A link is marked as one: a report moved elsewhere and linked back is the same file
    behind it, but a full run replaces the link (reports are never links). What it
    leads to still counts (`--sarif /dev/stdout` is a link to this run's own pipe)."""
    try:
        status = os.stat(path)
        link = "link:" if os.path.islink(path) else ""
    except OSError:
        return _MISSING
    return f"{link}{status.st_size}:{status.st_mtime_ns}:{status.st_dev}:{status.st_ino}"


@dataclass(frozen=True, slots=True)
class RememberedRun:
    """What a run produced, as the next run with the same key repeats it."""

    exit_code: int
    stdout: str
    written: tuple[tuple[str, str], ...]  # (path, file_signature after the run)
    # (path, stamp) of the other files the run read: what each was when read.
    read: tuple[tuple[str, str], ...]
    summary: str | None = None  # appended to $GITHUB_STEP_SUMMARY
    # (path as found, digest) of each claim file the run checked, in order: what a later
    # run over other bytes compares its files with (see validator.drive_outcome).
    files: tuple[tuple[str, str], ...] = ()

    def still_holds(self, stamp: Callable[[str], str] = digest_file) -> bool:
        """True when the files it read are unchanged (`stamp` gives each what it gave
        when the run read it; by default, a file's digest) and the files it wrote still
        hold what it wrote."""
        return all(stamp(path) == was for path, was in self.read) and all(
            file_signature(path) == signature for path, signature in self.written
        )

    def to_json(self) -> bytes:
        body = {
            "exit_code": self.exit_code,
            "stdout": self.stdout,
            "written": [list(pair) for pair in self.written],
            "read": [list(pair) for pair in self.read],
            "summary": self.summary,
            "files": [list(pair) for pair in self.files],
        }
        # A path may hold a byte of a file name that is not UTF-8 (a lone surrogate).
        text = json.dumps(body, ensure_ascii=False, separators=(",", ":"))
        return text.encode("utf-8", "surrogatepass")

    @classmethod
    def from_json(cls, payload: bytes) -> RememberedRun | None:
        try:
            body = json.loads(payload.decode("utf-8", "surrogatepass"))
            run = cls(
                exit_code=body["exit_code"],
                stdout=body["stdout"],
                written=tuple((p, d) for p, d in body["written"]),
                read=tuple((p, d) for p, d in body["read"]),
                summary=body["summary"],
                files=tuple((p, d) for p, d in body["files"]),
            )
        except (ValueError, KeyError, TypeError):
            return None
        ok = (
            isinstance(run.exit_code, int)
            and isinstance(run.stdout, str)
            and (run.summary is None or isinstance(run.summary, str))
            and all(
                isinstance(x, str) for pair in (*run.written, *run.read, *run.files) for x in pair
            )
        )
        return run if ok else None


class RunCache:
    """Remembered runs in `folder/runs/`, one signed file per key."""

    def __init__(
        self, folder: str, secret: bytes, stamp: Callable[[str], str] = digest_file
    ) -> None:
        self.cache_root = folder
        self.folder = os.path.join(folder, "runs")
        self.secret = secret
        self.stamp = stamp  # what a file a run read is now (see `RememberedRun.read`)

    @classmethod
    def open(cls, folder: str, stamp: Callable[[str], str] = digest_file) -> RunCache | None:
        """The run cache under `folder`, or None when no signing key can be kept or a
        level of the folder is a link (see validator.speed.cache_folder). `stamp`: what
        a file a run read is, as the run recorded it."""
        secret = signing_secret()
        if secret is None or not usable(folder, os.path.join(folder, "runs")):
            return None
        return cls(folder, secret, stamp)

    def key(
        self,
        claim_files: Sequence[tuple[str, str]],
        dataset_files: Sequence[tuple[str, str]],
        settings: Iterable[str],
    ) -> str:
        """The key of a run over `claim_files` and `dataset_files` ((path, digest) pairs)
        with `settings`: every option that changes what the run finds or writes. An HMAC
        with the signing secret, so that no one without it can name an entry."""
        digest = hmac.new(self.secret, digestmod=hashlib.sha256)

        def add(part: str) -> None:
            encoded = part.encode("utf-8", "surrogatepass")
            digest.update(len(encoded).to_bytes(8, "big") + encoded)

        add(code_fingerprint())
        for label, pairs in (("claims", claim_files), ("dataset", dataset_files)):
            add(f"{label}:{len(pairs)}")
            for path, file_digest in pairs:
                add(path)
                add(file_digest)
        for setting in settings:
            add(setting)
        return digest.hexdigest()

    def frame(self, dataset_files: Sequence[tuple[str, str]], settings: Iterable[str]) -> str:
        """The name of the latest run over `dataset_files` with `settings`, whatever
        claim files it checked (see `latest`): for a run over other bytes of the same
        claim files to compare itself with. It names no run `key` names: no run's
        settings begin with the marker."""
        return self.key((), dataset_files, (_FRAME, *settings))

    def _path(self, key: str) -> str:
        return os.path.join(self.folder, key)

    def get(self, key: str) -> RememberedRun | None:
        """The run remembered under `key` when it can be trusted and still holds."""
        payload = self._read(key, _MAGIC, _MAX_ENTRY_BYTES)
        run = None if payload is None else RememberedRun.from_json(payload)
        if run is None or not run.still_holds(self.stamp):
            return None
        with contextlib.suppress(OSError, NotImplementedError):
            os.utime(self._path(key), follow_symlinks=False)  # recently used: kept longest
        return run

    def latest(self, frame: str) -> RememberedRun | None:
        """The latest run `put` under `frame` (see `frame`), as `get` gives it."""
        payload = self._read(frame, _LATEST_MAGIC, len(_LATEST_MAGIC) + 256)
        key = None if payload is None else payload.decode("ascii", "replace")
        return self.get(key) if key is not None and _is_key(key) else None

    def _read(self, name: str, magic: bytes, most: int) -> bytes | None:
        """The payload of the entry `name`, signed with `magic`, of at most `most` bytes."""
        return read_entry(self.cache_root, self.folder, name, most, self.secret, magic)

    def put(self, key: str, run: RememberedRun, frame: str | None = None) -> None:
        """Remember `run` under `key`, and with `frame` (see `frame`) as the latest run
        of its settings; a failure to write only costs the next run time."""
        payload = run.to_json()
        if len(payload) > _MAX_OUTPUT_BYTES:
            return
        try:
            if not make_folders(self.cache_root, self.folder):
                return  # a link where a folder of the cache should be: not used
            write_entry(self.folder, key, seal(self.secret, _MAGIC, key, payload))
            if frame is not None:  # the run's key, not a second copy of the run
                pointer = seal(self.secret, _LATEST_MAGIC, frame, key.encode("ascii"))
                write_entry(self.folder, frame, pointer)
            self._prune()
        except OSError:
            return

    def _prune(self) -> None:
        """Keep the `_KEEP` most recently used entries, and drop temporary files left by
        killed runs: only files of the names this cache gives them, never through a link."""
        prune(self.folder, lambda entries: newest_first(entries)[_KEEP:])


def _is_key(text: str) -> bool:
    """Whether `text` is a name `RunCache.key` gives: 64 lower-case hex digits."""
    return len(text) == 64 and all(c in "0123456789abcdef" for c in text)
