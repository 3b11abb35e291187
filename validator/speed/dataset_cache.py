"""The loaded dataset, kept between runs: parsed and checked once, then read back whole
for as long as its files' bytes stay the same.

Parsing and checking a dataset of 100,000 entities takes seconds; reading back the
`Dataset` it made takes a fraction of that. The loader (`validator.dataset.load`) knows
nothing of this: the driver (validator.drive_dataset) reads the dataset's files and
hands their bytes, the loader and the codec of a `Dataset` to `cached`, which answers
from the cache or calls the loader. This module knows no class of the dataset.

An entry in `<cache folder>/datasets/` is used only when everything that decides the
dataset is what it was:

- what the driver says decides the dataset, as one digest (`content`; the driver's
  covers every file's path as shown, which a fact's display and every problem name,
  its bytes, in order, and the reading limits), and no file that could not be read;
- factlint's code and libraries (`fingerprint.code_fingerprint`).

Its name is an HMAC of those with the signing secret (`signing.signing_secret`), so no
one without the secret can plant an entry under the name a dataset will be looked up
by; its bytes are signed (`signing.seal`), so a truncated, altered or copied entry is
ignored, and then written afresh; it is read without following a link and never past
a size bounded by the dataset's own bytes; the driver's codec unpickles it with only the
dataset's data classes allowed. Any doubt means the dataset is parsed again.

The driver's codec makes the entry compact: equal texts and value sets are stored once
(a grown dataset repeats the same networks, countries and dates thousands of times).
"""

from __future__ import annotations

import contextlib
import hashlib
import hmac
import os
from collections.abc import Callable, Sequence
from typing import Generic, Protocol, TypeVar

from validator.speed.cache_folder import (
    OwnFile,
    newest_first,
    prune,
    read_entry,
    usable,
    write_entry,
)
from validator.speed.file_store import make_cache_folder
from validator.speed.fingerprint import code_fingerprint
from validator.speed.gc_pause import collector_paused
from validator.speed.signing import seal, signing_secret

__all__ = ["DatasetCache", "cached"]

_MAGIC = b"factlint-dataset-1\n"
_FOLDER = "datasets"
_KEEP = 4  # the most recently used datasets kept: a few branches' datasets in turn
# An entry is about the size of the dataset's files (33 MiB for 28 MiB of YAML); one
# larger than this many times their bytes is not written, and not read.
_SIZE_FACTOR = 4
_SIZE_SLACK = 1 << 20

# A dataset file as the driver read it: its path as shown, and its bytes or the line
# saying why it could not be read (as `validator.dataset.load.DatasetFile`).
DatasetFile = tuple[str, bytes | str]

T = TypeVar("T")


class Codec(Protocol[T]):
    """How the driver turns what it caches into an entry's bytes and back; `loads`
    gives None for bytes it does not trust (the cache then parses again)."""

    def dumps(self, value: T, /) -> bytes: ...

    def loads(self, payload: bytes, /) -> T | None: ...


class DatasetCache(Generic[T]):
    """Datasets under `folder/datasets/`, one signed file per set of dataset files."""

    def __init__(self, folder: str, secret: bytes, codec: Codec[T]) -> None:
        self.root = folder
        self.folder = os.path.join(folder, _FOLDER)
        self.secret = secret
        self.codec = codec

    @classmethod
    def open(cls, folder: str, codec: Codec[T]) -> DatasetCache[T] | None:
        """The dataset cache under `folder`, or None when no signing key can be kept or a
        level of the folder is a link (see validator.speed.cache_folder)."""
        secret = signing_secret()
        if secret is None or not usable(folder, os.path.join(folder, _FOLDER)):
            return None
        return cls(folder, secret, codec)

    def key(self, content: str) -> str:
        """The entry's name for the dataset `content` (the driver's digest of all that
        decides it) names: the dataset's files are hashed once, by the driver, which
        keys other entries by the same digest."""
        digest = hmac.new(self.secret, digestmod=hashlib.sha256)
        for part in (code_fingerprint(), content):
            encoded = part.encode("utf-8", "surrogatepass")
            digest.update(len(encoded).to_bytes(8, "big") + encoded)
        return digest.hexdigest()

    def _path(self, key: str) -> str:
        return os.path.join(self.folder, key)

    def get(self, key: str, max_bytes: int) -> T | None:
        """The dataset stored under `key`, when its entry can be trusted."""
        payload = read_entry(self.root, self.folder, key, max_bytes, self.secret, _MAGIC)
        dataset = None if payload is None else self.codec.loads(payload)
        if dataset is not None:
            with contextlib.suppress(OSError, NotImplementedError):
                os.utime(self._path(key), follow_symlinks=False)  # used: kept longest
        return dataset

    def put(self, key: str, dataset: T, max_bytes: int) -> None:
        """Store `dataset` under `key` (replacing a damaged entry); a failure to write
        only costs the next run time."""
        blob = seal(self.secret, _MAGIC, key, self.codec.dumps(dataset))
        if len(blob) > max_bytes:
            return  # read back, it would be refused
        try:
            if not make_cache_folder(self.root, self.folder):
                return  # a link where a folder of the cache should be: not used
            write_entry(self.folder, key, blob)
            prune(self.folder, _all_but_recent)
        except OSError:
            return


def _all_but_recent(entries: list[OwnFile]) -> list[OwnFile]:
    return newest_first(entries)[_KEEP:]


def cached(
    folder: str | None,
    content: str,
    files: Sequence[DatasetFile],
    build: Callable[[Sequence[DatasetFile]], T],
    codec: Codec[T],
) -> T:
    """`build(files)`, or the dataset it made of the same files before, kept under
    `folder` (None: nothing is read or written) by `content`, the caller's digest of
    everything that decides the dataset (see `DatasetCache`); parsing runs with the collector
    paused. A dataset with a file that could not be read is never looked up: `build`
    reports it."""
    readable = [(shown, raw) for shown, raw in files if isinstance(raw, bytes)]
    store = None
    if folder is not None and len(readable) == len(files):
        store = DatasetCache.open(folder, codec)
    if store is None:
        return _parsed(build, files)
    max_bytes = _SIZE_FACTOR * sum(len(raw) for _, raw in readable) + _SIZE_SLACK
    key = store.key(content)
    found = store.get(key, max_bytes)
    if found is not None:
        return found
    dataset = _parsed(build, files)
    store.put(key, dataset, max_bytes)
    return dataset


def _parsed(build: Callable[[Sequence[DatasetFile]], T], files: Sequence[DatasetFile]) -> T:
    """`build(files)` with the collector held off: the parsed documents, their positions
    and the dataset are trees freed by reference counting, and the collections they set
    off found nothing to free while walking ever more objects (at 100,000 entities, 11 s
    of CPU became 6.5 s)."""
    with collector_paused():
        return build(files)
