"""A per-item function mapped over many items (the driver: claim files), each item's
value taken from a file store when it has it and computed otherwise, then finished, on
several processes if asked.

The driver splits its per-file work in two where a cache can sit: `compute(n)` makes the
value an entry holds (for claim files: reading, parsing, the schema), and `finish(value)`
makes the result (for claim files: the checks one file decides). Both run on whichever
process takes the item, this one or a forked child; a child's results travel back
through `carry`, a run of items' results in one pickle. The finished result may be
cached too (`results`): an item whose result entry is good is neither computed nor
finished. Nothing here knows what an item is.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any, Generic, Protocol, TypeVar

from .file_store import FileCache
from .forked import share_runs

__all__ = ["Carry", "Entries", "map_items", "naming"]

V = TypeVar("V")
R = TypeVar("R")

# Below this many items to compute, starting processes costs more than it saves.
_MIN_PARALLEL = 16
# Items are handed out in at most this many runs of consecutive items, each run's
# results pickled and sent back as one list: a pickler, a hand-out and a pipe message a
# run rather than an item. 100,000 files of one claim go in runs of 196, each one about
# a tenth of a second of work on a loaded machine; 2,000 files of 50 claims in runs of
# 4. On files of 1 to 5 claims (results of 0.6 to 2.5 KB), a run's one pickle took a
# half of the time to make and to read back that a pickle an item did.
_RUNS = 512
# An item whose result has not come yet (a result may be anything, None included).
_NOT_YET: Any = object()


class Carry(Protocol):
    """How finished results travel from a child process to this one: `dumps` is given
    a run's results as a list, and `loads` gives that list back."""

    def dumps(self, value: Any, /) -> bytes: ...

    def loads(self, blob: bytes, /) -> Any: ...


@dataclass(frozen=True, slots=True)
class Entries:
    """Where the items' values are cached: `keys[n]` is item n's entry in `store`,
    `accept(n, value)` says whether a value read from it has the shape item n's has,
    and `arrive(value)` (if given) is what is made of a value accepted."""

    store: FileCache
    keys: Sequence[str]
    accept: Callable[[int, Any], bool]
    arrive: Callable[[Any], Any] | None = None

    def get(self, number: int) -> Any | None:
        found = self.store.get(self.keys[number], lambda value: self.accept(number, value))
        return found if found is None or self.arrive is None else self.arrive(found)


@contextlib.contextmanager
def naming(name: str) -> Iterator[None]:
    """An unexpected error carries the item's name (the command's one-line message
    names the file)."""
    try:
        yield
    except Exception as error:
        name_error(error, name)
        raise


def name_error(error: Exception, name: str) -> None:
    """What `naming` does to an error, for a loop over many items: a `with` an item
    costs a generator and two calls, for 100,000 small files each time."""
    if not hasattr(error, "factlint_file"):
        error.factlint_file = name  # type: ignore[attr-defined]


@dataclass(frozen=True, slots=True)
class _Job(Generic[V, R]):
    compute: Callable[[int], V]
    finish: Callable[[V], R]
    carry: Carry
    entries: Entries | None
    results: Entries | None
    spread_cached: bool

    def value(self, number: int, write: Callable[[str, bytes], None] | None) -> V:
        """Item `number`'s value, from the cache if taken there, else computed (and its
        entry written by `write`)."""
        entries = self.entries
        if entries is not None and self.spread_cached:
            found: V | None = entries.get(number)
            if found is not None:
                return found
        fresh = self.compute(number)
        if write is not None and entries is not None:
            write(entries.keys[number], entries.store.codec.dumps(fresh))
        return fresh

    def result(self, number: int, write: Callable[[str, bytes], None] | None) -> R:
        """Item `number` finished, and its result's entry written by `write`."""
        done = self.finish(self.value(number, write))
        results = self.results
        if write is not None and results is not None:
            write(results.keys[number], results.store.codec.dumps(done))
        return done


def map_items(
    count: int,
    compute: Callable[[int], V],
    finish: Callable[[V], R],
    carry: Carry,
    *,
    name: Callable[[int], str],
    entries: Entries | None = None,
    results: Entries | None = None,
    spread_cached: bool = True,
    processes: int = 1,
) -> list[R]:
    """`finish(compute(n))` for items 0..count-1, in their order, each value taken from
    `entries` when it has it, on `processes` processes: this one and forked ones.

    `spread_cached`: whether an item found in the cache is also worth handing to another
    process; only when finishing it costs more than sending its result back. Otherwise
    the cached items are finished here first. This process takes its share too rather
    than only waiting: the others' results reach it pickled, and it unpickles them
    between items of its own. Each process writes the entries of the items it computed.
    `results`: where finished results are cached (in the same store as `entries`, if
    both are given). They are looked up here, first: reading one back costs less than
    sending it from another process would. Closing the store (waiting for its writes)
    is the caller's.
    """
    if entries is not None and results is not None and entries.store is not results.store:
        raise ValueError("values and results are cached in one store")
    job = _Job(compute, finish, carry, entries, results, spread_cached)
    done: list[Any] = [_NOT_YET] * count
    pending: list[int] = []  # items to take from the cache or to compute elsewhere
    finished_here: list[int] = []  # finished from a cached value before any fork
    for number in range(count):
        if results is not None:
            with naming(name(number)):
                kept = results.get(number)
            if kept is not None:
                done[number] = kept
                if entries is not None:  # still good, and wanted when `results` are not
                    entries.store.used.add(entries.keys[number])
                continue
        if entries is not None and not spread_cached:
            with naming(name(number)):
                found = entries.get(number)
                if found is not None:
                    done[number] = finish(found)
                    finished_here.append(number)
                    continue
        elif entries is not None:
            entries.store.used.add(entries.keys[number])  # looked up by whoever takes it
        pending.append(number)
    if len(pending) < _MIN_PARALLEL:
        processes = 1  # starting processes would cost more than it saves
    store = entries.store if entries is not None else results.store if results else None

    def here(first: int, end: int) -> None:
        write = store.put if store else None
        for number in pending[first:end]:
            try:
                done[number] = job.result(number, write)
            except Exception as error:
                name_error(error, name(number))
                raise

    def elsewhere(first: int, end: int) -> bytes:
        # A child has no writer thread: it writes its cache entries before going on.
        write = store.write_now if store else None
        return carry.dumps([job.result(number, write) for number in pending[first:end]])

    def deliver(first: int, end: int, blob: bytes) -> None:
        for number, result in zip(pending[first:end], carry.loads(blob), strict=True):
            done[number] = result

    # No cache write (a thread) has started yet: the children are forked from one thread.
    share_runs(len(pending), here, elsewhere, deliver, processes, _RUNS)
    if results is not None:  # their writes wait for the forks: only now may a thread start
        for number in finished_here:
            results.store.put(results.keys[number], results.store.codec.dumps(done[number]))
    assert _NOT_YET not in done
    return done
