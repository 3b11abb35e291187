"""The driver's part of keeping the loaded dataset between runs: how a `Dataset` becomes
the bytes of a cache entry and back, and the loader wrapped in the cache.

The cache itself (validator.speed.dataset_cache) stores signed bytes under a key made of
the dataset files' bytes and knows no dataset class; what an entry may hold (only the
dataset's own data classes, through validator.speed.restricted) and how it is made
compact is decided here, from the domain's data types, as validator.drive_files does for
claim files.
"""

from __future__ import annotations

import dataclasses
import io
import pickle
from collections.abc import Callable, Sequence
from operator import attrgetter
from typing import Any

from validator.dataset.files import dataset_digest
from validator.dataset.load import DatasetFile, build_dataset, read_dataset_files
from validator.dataset.model import Dataset, Entity, Fact, PropertyDef, Reference
from validator.model.values import Choice, Span
from validator.read.files import Limits, display_path
from validator.speed import dataset_cache
from validator.speed.gc_pause import collector_paused
from validator.speed.pickling import by_constructor
from validator.speed.restricted import EntryCodec

__all__ = [
    "CODEC",
    "cached_dataset",
    "dataset_digest",
    "dumps",
    "load_dataset_cached",
    "load_dataset_keyed",
    "loads",
]


def load_dataset_cached(path: str, cache_dir: str | None, limits: Limits | None = None) -> Dataset:
    """`dataset.load.load_dataset`, or what it made of the same files before when
    `cache_dir` keeps it (see validator.speed.dataset_cache); raises `DatasetError`."""
    return load_dataset_keyed(path, cache_dir, limits)[0]


def load_dataset_keyed(
    path: str,
    cache_dir: str | None,
    limits: Limits | None = None,
    files: Sequence[DatasetFile] | None = None,
    root: str | None = None,
) -> tuple[Dataset, str]:
    """`load_dataset_cached`, and the digest of what the dataset was loaded from
    (`dataset_digest`), which keys what the cache keeps of each file's checks.
    `files`: the dataset's files as the caller read them already (`read_dataset_files`;
    the command, to key a remembered run by them): the dataset is built of those bytes.
    `root`: the project root no link in the dataset's folder may lead out of."""
    limits = limits or Limits()
    shown = display_path(path)
    if files is None:
        files = read_dataset_files(path, limits, root)
    digest = dataset_digest(files, limits)
    dataset = cached_dataset(
        cache_dir, limits, files, lambda read: build_dataset(read, shown, limits), digest
    )
    return dataset, digest


def cached_dataset(
    folder: str | None,
    limits: Limits,
    files: Sequence[DatasetFile],
    build: Callable[[Sequence[DatasetFile]], Dataset],
    digest: str | None = None,
) -> Dataset:
    """`build(files)`, or the dataset it made of the same files under the same limits
    before, kept under `folder` (None: nothing is read or written). `digest`: their
    `dataset_digest`, when the caller has it already."""
    if digest is None:
        digest = dataset_digest(files, limits)
    return dataset_cache.cached(folder, digest, files, build, CODEC)


# The only classes an entry may build: the dataset's own data.
_RESTRICTED = EntryCodec((Dataset, Entity, Fact, PropertyDef, Reference, Choice, Span))


def loads(payload: bytes) -> Dataset | None:
    """The dataset an entry's payload holds; None when it holds anything else or is
    damaged. Only the dataset's own data classes are ever constructed."""
    try:
        with collector_paused():  # every object built stays alive: nothing to collect
            found = _RESTRICTED.loads(payload)
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


class _Codec:
    """The dataset's codec as the cache takes it."""

    @staticmethod
    def dumps(dataset: Dataset) -> bytes:
        return dumps(dataset)

    @staticmethod
    def loads(payload: bytes) -> Dataset | None:
        return loads(payload)


CODEC = _Codec()
