"""The file store: what a stage made of one file, kept under a key of the caller's
choosing (the driver: the file's path as shown and its bytes' sha256; for what the
file's checks found, also what else they depend on), signed.

The cache (`.factlint-cache/` by default) keeps one file per entry, in a folder named by
the code fingerprint and the caller's `salt` (the driver: the reading limits and the
checker's name), so an entry is used only when all of these are what they were when it
was written: the key, factlint's version and its code (see fingerprint), the Python and
library versions, and the salt.

Entries are never trusted blindly. Each is signed (HMAC-SHA256 over its key and bytes)
with a secret kept outside the project (see signing), so an entry cannot be forged by
whoever can add files to the project nor reused for another file; a truncated,
corrupted or unsigned entry is ignored and rebuilt. Entries are unpickled with only the
classes the caller allows (see restricted), never arbitrary code. When no secret can be
kept (no writable home), the cache is simply not used.

A cache is a convenience, never a source of truth: with `--no-cache`, or on any doubt,
the file is read and checked again.
"""

from __future__ import annotations

import contextlib
import hashlib
import hmac
import os
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from validator.guard.safe_read import Refused, read_regular

from .cache_folder import is_real_folder, make_folders, prune, usable, write_entry
from .fingerprint import code_fingerprint
from .restricted import EntryCodec
from .signing import seal, signing_secret, unseal, user_folder

__all__ = ["CACHE_FOLDER", "FileCache", "make_cache_folder", "user_cache_folder"]

CACHE_FOLDER = ".factlint-cache"

_MAGIC = b"factlint-cache-1\n"
_PRUNE_AGE_S = 7 * 24 * 3600
# An entry holds what stages 1 and 2 made of a file of at most 32 MiB: the document,
# its positions and models take several times the file's bytes.
_MAX_ENTRY_BYTES = 1024 * 1024 * 1024


def user_cache_folder() -> str:
    """Where the command caches files when it found no project to cache them in."""
    return os.path.join(user_folder(), "files")


class FileCache:
    """Entries under `folder/<code fingerprint and salt>/`, one file per entry."""

    def __init__(self, folder: str, salt: str, secret: bytes, codec: EntryCodec) -> None:
        fingerprint = hashlib.sha256(f"{code_fingerprint()}\0{salt}".encode()).hexdigest()
        self.root = folder
        self.folder = os.path.join(folder, fingerprint[:24])
        self.prefix = fingerprint.encode()
        self.secret = secret
        self.codec = codec
        self.used: set[str] = set()
        self.hits = 0
        self.misses = 0
        self.writable = True
        self._writer: ThreadPoolExecutor | None = None

    @classmethod
    def open(cls, folder: str, salt: str, codec: EntryCodec) -> FileCache | None:
        """The cache in `folder`, or None when it cannot be used (no signing key)."""
        secret = signing_secret()
        if secret is None:
            return None
        store = cls(folder, salt, secret, codec)
        # A link where a level of the cache should be: not used (see cache_folder).
        return store if usable(store.root, store.folder) else None

    def key(self, *parts: str) -> str:
        """An entry's name for `parts`: an HMAC with the signing secret, so that no one
        without it can plant an entry under the name a file will be looked up by."""
        material = b"\0".join(
            (self.prefix, *(part.encode("utf-8", "surrogatepass") for part in parts))
        )
        return hmac.new(self.secret, material, hashlib.sha256).hexdigest()

    def _path(self, key: str) -> str:
        return os.path.join(self.folder, key)

    def get(self, key: str, accept: Callable[[Any], bool] | None = None) -> Any | None:
        """The value of the entry for `key`, or None when there is none or it cannot be
        trusted (`accept`: whether the value is of the shape the caller expects)."""
        self.used.add(key)
        try:
            # Never through a link, never a pipe or device, never more than an entry holds.
            blob = read_regular(self._path(key), _MAX_ENTRY_BYTES, follow_links=False)
        except Refused:
            self.misses += 1
            return None
        value = self._decode(key, blob, accept)
        if value is None:
            self.misses += 1
        else:
            self.hits += 1
            # Read, so kept: another store of the same folder (the JSON report's texts
            # beside the claim files' entries) prunes what it did not read by age alone.
            with contextlib.suppress(OSError):
                os.utime(self._path(key), follow_symlinks=False)
        return value

    def _decode(self, key: str, blob: bytes, accept: Callable[[Any], bool] | None) -> Any | None:
        payload = unseal(self.secret, _MAGIC, key, blob)
        if payload is None:
            return None
        try:
            value = self.codec.loads(payload)
        except Exception:  # any damage a signed entry might still have: rebuild it
            return None
        return value if accept is None or accept(value) else None

    def put(self, key: str, payload: bytes) -> None:
        """Store a value's bytes (see `codec`), written by a background thread while the
        run goes on; `close` waits for the writes."""
        if not self.writable:
            return
        if self._writer is None:
            self._writer = ThreadPoolExecutor(max_workers=1, thread_name_prefix="factlint-cache")
        # The write's Future is not kept: `flush` waits for the thread, and a Future
        # (1.6 kB with its lock) for each of 100,000 files' writes held 160 MB.
        self._writer.submit(self.write_now, key, payload)

    def close(self) -> None:
        """Wait for the writes, then drop stale entries."""
        self.flush()
        self.prune()

    def flush(self) -> None:
        """Wait for the writes `put` handed to the writer thread."""
        if self._writer is not None:
            self._writer.shutdown(wait=True)
            self._writer = None

    def write_now(self, key: str, payload: bytes) -> None:
        """`put`, written before it returns (in a forked child, which has no writer
        thread). A failure to write only costs the next run time."""
        if not self.writable:
            return
        blob = seal(self.secret, _MAGIC, key, payload)
        try:
            if not make_cache_folder(self.root, self.folder):
                self.writable = False  # a link where a folder of the cache should be
                return
            write_entry(self.folder, key, blob)
        except OSError:
            self.writable = False  # a read-only or full disk: stop trying for this run

    def prune(self) -> None:
        """Drop old entries: of this code, those this run did not use; of other factlint
        code, every one (each read touches its entry: see `get`). Only files of the
        names the cache gives them, never through a link, and the folders of other code
        only once they are empty (see cache_folder).

        Other code's entries go by age too, not at once: two installations of factlint
        used on one project (a pre-commit hook's own environment on another Python, and
        the one the desk runs by hand) have different fingerprints, and each emptied the
        other's folder, so that every run after a switch checked every file afresh."""
        if not is_real_folder(self.root):
            return
        try:
            with os.scandir(self.root) as entries:
                others = [
                    e.path
                    for e in entries
                    if _is_hex(e.name) and e.path != self.folder and e.is_dir(follow_symlinks=False)
                ]
        except OSError:
            return
        limit = time.time_ns() - _PRUNE_AGE_S * 1_000_000_000
        for other in others:
            prune(other, lambda entries: [f for f in entries if f.mtime_ns < limit])
            with contextlib.suppress(OSError):
                os.rmdir(other)  # only when nothing else is in it
        prune(
            self.folder,
            lambda entries: [f for f in entries if f.name not in self.used and f.mtime_ns < limit],
        )


def _is_hex(name: str) -> bool:
    return len(name) == 24 and all(c in "0123456789abcdef" for c in name)


def make_cache_folder(root: str, folder: str) -> bool:
    """The cache's folders made, each level a real folder; False when one is a link.
    A cache root made here is marked as one (ignored by git, skipped by backups)."""
    if is_real_folder(folder) and is_real_folder(root):
        return True
    fresh = not os.path.lexists(root)
    if not make_folders(root, folder):
        return False
    if fresh:  # keep the cache out of version control and backups, wherever it is
        with contextlib.suppress(OSError):
            with open(os.path.join(root, ".gitignore"), "x", encoding="utf-8") as handle:
                handle.write("# Created by factlint: a cache of parsed claim files.\n*\n")
            with open(os.path.join(root, "CACHEDIR.TAG"), "x", encoding="utf-8") as handle:
                handle.write(
                    "Signature: 8a477f597d28d172789f06886806bc55\n"
                    "# This file is a cache directory tag created by factlint.\n"
                )
    return True
