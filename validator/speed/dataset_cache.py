"""The loaded dataset, kept between runs: parsed and checked once, then read back whole
for as long as its files' bytes stay the same.

Parsing and checking a dataset of 100,000 entities takes seconds; reading back the
`Dataset` it made takes a fraction of that. The loader (`validator.dataset.load`) knows
nothing of this: the driver reads the dataset's files and hands their bytes and the
loader to `cached_dataset`, which answers from the cache or calls the loader.

An entry in `<cache folder>/datasets/` is used only when everything that decides the
dataset is what it was:

- every file's path as shown (a fact's display and every problem name it) and its
  bytes (sha256), in order, and no file that could not be read;
- factlint's code and libraries (`fingerprint.code_fingerprint`) and the reading limits.

Its name is an HMAC of those with the signing secret (`signing.signing_secret`), so no
one without the secret can plant an entry under the name a dataset will be looked up
by; its bytes are signed (`signing.seal`), so a truncated, altered or copied entry is
ignored, and then written afresh; it is read without following a link and never past
a size bounded by the dataset's own bytes; it is unpickled with only the dataset's data
classes allowed. Any doubt means the dataset is parsed again.

The entry is compact: equal texts and value sets are stored once (a grown dataset
repeats the same networks, countries and dates thousands of times), and the dataset
holds no positions (its facts drop them once checked), so reading it back builds fewer
objects than the loader did.
"""

from __future__ import annotations

import contextlib
import dataclasses
import hashlib
import hmac
import io
import os
import pickle
import tempfile
from collections.abc import Callable, Sequence
from operator import attrgetter
from typing import Any

from validator.dataset.model import Dataset, Entity, Fact, PropertyDef, Reference
from validator.guard.safe_read import Refused, read_regular
from validator.model.values import Choice, Span
from validator.read.files import Limits
from validator.speed.cache_folder import OwnFile, is_real_folder, prune, usable
from validator.speed.file_store import make_cache_folder
from validator.speed.fingerprint import code_fingerprint
from validator.speed.gc_pause import collector_paused
from validator.speed.pickling import by_constructor
from validator.speed.signing import seal, signing_secret, unseal

__all__ = ["DatasetCache", "cached_dataset", "dumps", "loads"]

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

_ALLOWED: dict[tuple[str, str], type] = {
    (cls.__module__, cls.__qualname__): cls
    for cls in (Dataset, Entity, Fact, PropertyDef, Reference, Choice, Span)
}


class _Unpickler(pickle.Unpickler):
    def find_class(self, module: str, name: str) -> Any:
        found = _ALLOWED.get((module, name))
        if found is None:
            raise pickle.UnpicklingError(f"{module}.{name} is not allowed in a dataset entry")
        return found


def loads(payload: bytes) -> Dataset | None:
    """The dataset an entry's payload holds; None when it holds anything else or is
    damaged. Only the dataset's own data classes are ever constructed."""
    try:
        with collector_paused():  # every object built stays alive: nothing to collect
            found = _Unpickler(io.BytesIO(payload)).load()
    except Exception:  # any damage a signed entry might still have: parse again
        return None
    return found if isinstance(found, Dataset) else None


# The fields a Dataset is rebuilt from: the indexes built on first use are left out.
_DATASET_FIELDS = tuple(f.name for f in dataclasses.fields(Dataset) if f.compare)


def dumps(dataset: Dataset) -> bytes:
    """`dataset` pickled with each equal text and value set stored once.

    The pickler stores an object it has seen before as a reference to it, by identity;
    handing it one instance of each equal value makes equal values references too. A
    value set is shared only with one of the same number types (a date's span holds
    whole minutes as integers; a number's, floats), so reading back gives exactly the
    values the loader made."""
    shared: dict[Any, Any] = {}

    def one(value: Any) -> Any:
        kind = type(value)
        if kind is str:
            return shared.setdefault(value, value)
        if kind is Span:
            key = (Span, value, type(value.low), type(value.high))
            return shared.setdefault(key, value)
        if kind is Choice:
            return shared.setdefault((Choice, value), value)
        return value

    table = by_constructor((PropertyDef, Reference, Choice, Span))
    for cls, names in _SHARED.items():
        table[cls] = _sharing(cls, names, one)
    read_dataset = attrgetter(*_DATASET_FIELDS)
    table[Dataset] = lambda value: (Dataset, read_dataset(value))
    buffer = io.BytesIO()
    pickler = pickle.Pickler(buffer, protocol=pickle.HIGHEST_PROTOCOL)
    pickler.dispatch_table = table
    with collector_paused():  # the pickler's memo holds every object: nothing to free
        pickler.dump(dataset)
    return buffer.getvalue()


# The fields whose equal values recur across facts and entities; the others are shared
# already (ids, property names) or seldom repeat.
_SHARED: dict[type, tuple[str, ...]] = {
    Fact: ("raw_value", "value", "display", "ref", "valid_display", "confidence", "note"),
    Entity: ("kind", "description"),
}


def _sharing(
    cls: type, names: tuple[str, ...], one: Callable[[Any], Any]
) -> Callable[[Any], tuple[Any, tuple[Any, ...]]]:
    fields = tuple(f.name for f in dataclasses.fields(cls))
    read = attrgetter(*fields)
    picks = tuple(fields.index(name) for name in names)

    def reduce(value: Any) -> tuple[Any, tuple[Any, ...]]:
        row = list(read(value))
        for index in picks:
            row[index] = one(row[index])
        return cls, tuple(row)

    return reduce


class DatasetCache:
    """Datasets under `folder/datasets/`, one signed file per set of dataset files."""

    def __init__(self, folder: str, secret: bytes, limits: Limits) -> None:
        self.root = folder
        self.folder = os.path.join(folder, _FOLDER)
        self.secret = secret
        self.limits = limits

    @classmethod
    def open(cls, folder: str, limits: Limits) -> DatasetCache | None:
        """The dataset cache under `folder`, or None when no signing key can be kept or a
        level of the folder is a link (see validator.cache_folder)."""
        secret = signing_secret()
        if secret is None or not usable(folder, os.path.join(folder, _FOLDER)):
            return None
        return cls(folder, secret, limits)

    def key(self, files: Sequence[tuple[str, bytes]]) -> str:
        """The entry's name for a dataset read from `files` (path as shown, bytes)."""
        digest = hmac.new(self.secret, digestmod=hashlib.sha256)
        parts = [code_fingerprint(), repr(self.limits), str(len(files))]
        for shown, raw in files:
            parts.extend((shown, hashlib.sha256(raw).hexdigest()))
        for part in parts:
            encoded = part.encode("utf-8", "surrogatepass")
            digest.update(len(encoded).to_bytes(8, "big") + encoded)
        return digest.hexdigest()

    def _path(self, key: str) -> str:
        return os.path.join(self.folder, key)

    def get(self, key: str, max_bytes: int) -> Dataset | None:
        """The dataset stored under `key`, when its entry can be trusted."""
        if not (is_real_folder(self.root) and is_real_folder(self.folder)):
            return None
        try:
            blob = read_regular(self._path(key), max_bytes, follow_links=False)
        except Refused:
            return None
        payload = unseal(self.secret, _MAGIC, key, blob)
        dataset = None if payload is None else loads(payload)
        if dataset is not None:
            with contextlib.suppress(OSError, NotImplementedError):
                os.utime(self._path(key), follow_symlinks=False)  # used: kept longest
        return dataset

    def put(self, key: str, dataset: Dataset, max_bytes: int) -> None:
        """Store `dataset` under `key` (replacing a damaged entry); a failure to write
        only costs the next run time."""
        blob = seal(self.secret, _MAGIC, key, dumps(dataset))
        if len(blob) > max_bytes:
            return  # read back, it would be refused
        temporary: str | None = None
        try:
            if not make_cache_folder(self.root, self.folder):
                return  # a link where a folder of the cache should be: not used
            fd, temporary = tempfile.mkstemp(dir=self.folder, prefix=".tmp-")
            with os.fdopen(fd, "wb") as handle:
                handle.write(blob)
            os.replace(temporary, self._path(key))
            temporary = None
            prune(self.folder, _all_but_recent)
        except OSError:
            return
        finally:
            if temporary is not None:
                with contextlib.suppress(OSError):
                    os.unlink(temporary)


def _all_but_recent(entries: list[OwnFile]) -> list[OwnFile]:
    return sorted(entries, key=lambda e: (e.mtime_ns, e.name), reverse=True)[_KEEP:]


def cached_dataset(
    folder: str | None,
    limits: Limits,
    files: Sequence[DatasetFile],
    build: Callable[[Sequence[DatasetFile]], Dataset],
) -> Dataset:
    """`build(files)`, or the dataset it made of the same files before, kept under
    `folder` (None: nothing is read or written); parsing runs with the collector
    paused. A dataset with a file that could not be read is never looked up: `build`
    reports it."""
    readable = [(shown, raw) for shown, raw in files if isinstance(raw, bytes)]
    store = None
    if folder is not None and len(readable) == len(files):
        store = DatasetCache.open(folder, limits)
    if store is None:
        return _parsed(build, files)
    max_bytes = _SIZE_FACTOR * sum(len(raw) for _, raw in readable) + _SIZE_SLACK
    key = store.key(readable)
    found = store.get(key, max_bytes)
    if found is not None:
        return found
    dataset = _parsed(build, files)
    store.put(key, dataset, max_bytes)
    return dataset


def _parsed(
    build: Callable[[Sequence[DatasetFile]], Dataset], files: Sequence[DatasetFile]
) -> Dataset:
    """`build(files)` with the collector held off: the parsed documents, their positions
    and the dataset are trees freed by reference counting, and the collections they set
    off found nothing to free while walking ever more objects (at 100,000 entities, 11 s
    of CPU became 6.5 s)."""
    with collector_paused():
        return build(files)
