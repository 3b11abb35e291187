"""Pickling factlint's own frozen data for the cache and between processes, quickly.

A frozen, slotted data class pickles by default through its generated __getstate__ and
__setstate__, which set each field in Python; pickled as a call of its constructor with
its fields (read by one C-level `attrgetter`), it unpickles in about half the time. A
named tuple pickles through its `__getnewargs__`, a Python call per tuple; `by_tuple`
rebuilds it with `tuple.__new__` instead, which is not allowed in a cache entry (it
pickles as a `getattr`) and so is only for results passed between processes.
"""

from __future__ import annotations

import dataclasses
import io
import pickle
from collections.abc import Callable, Iterable, Mapping
from operator import attrgetter
from typing import Any

__all__ = [
    "Carrier",
    "by_constructor",
    "by_tuple",
    "dumps_with",
    "reference",
    "referring",
    "referring_reducer",
]

Reducer = Callable[[Any], tuple[Any, tuple[Any, ...]]]


def by_constructor(classes: Iterable[type]) -> dict[type, Reducer]:
    """A dispatch table entry for each data class whose fields all go to its constructor."""
    table: dict[type, Reducer] = {}
    for cls in classes:
        fields = dataclasses.fields(cls)
        if not all(f.init for f in fields):
            continue
        table[cls] = _reducer(cls, tuple(f.name for f in fields))
    return table


def _reducer(cls: type, names: tuple[str, ...]) -> Reducer:
    read = attrgetter(*names)
    if len(names) == 1:  # attrgetter of one name gives the value, not a tuple
        return lambda value: (cls, (read(value),))
    return lambda value: (cls, read(value))


def by_tuple(classes: Iterable[type[tuple[Any, ...]]]) -> dict[type, Reducer]:
    """A dispatch table entry for each named tuple: rebuilt by `tuple.__new__`."""
    make = tuple.__new__
    return {cls: _tuple_reducer(make, cls) for cls in classes}


def _tuple_reducer(make: Any, cls: type) -> Reducer:
    return lambda value: (make, (cls, tuple(value)))


def dumps_with(value: Any, dispatch: dict[type, Reducer]) -> bytes:
    buffer = io.BytesIO()
    pickler = pickle.Pickler(buffer, protocol=pickle.HIGHEST_PROTOCOL)
    pickler.dispatch_table = dispatch
    pickler.dump(value)
    return buffer.getvalue()


def reference(name: str) -> Any:
    """Stands, in pickled bytes, for the object of a table named `name` (see
    `referring_reducer`); an unpickler without that table refuses the bytes."""
    raise pickle.UnpicklingError(f"a reference to {name!r} read without its table")


def referring(table: Mapping[str, Any]) -> Callable[[str], Any]:
    """What an unpickler reading references to `table` calls `reference` as."""

    def referred(name: str) -> Any:
        found = table.get(name)
        if found is None:
            raise pickle.UnpicklingError(f"no {name!r} to refer to")
        return found

    return referred


def referring_reducer(
    full: Reducer | None, table: Mapping[str, Any], name: Callable[[Any], str]
) -> Reducer:
    """A reducer that writes an object `table` holds (that very object, under its
    `name`) as a reference to it, and any other object in full (by `full`, else as
    pickle would)."""

    def reduce(value: Any) -> tuple[Any, tuple[Any, ...]]:
        key = name(value)
        if table.get(key) is value:
            return reference, (key,)
        if full is not None:
            return full(value)
        reduced: tuple[Any, tuple[Any, ...]] = value.__reduce_ex__(pickle.HIGHEST_PROTOCOL)
        return reduced

    return reduce


class _Referring(pickle.Unpickler):
    """An unpickler that reads references (see `referring_reducer`) from one table."""

    def __init__(self, blob: bytes, table: Mapping[str, Any]) -> None:
        super().__init__(io.BytesIO(blob))
        # Not a bound method: the unpickler's memo keeps what it finds, and a method of
        # the unpickler there would make a cycle that keeps it alive until the
        # collector runs (the run pauses it).
        self._referred = referring(table)

    def find_class(self, module: str, name: str) -> Any:
        if (module, name) == (reference.__module__, reference.__qualname__):
            return self._referred
        return super().find_class(module, name)


class Carrier:
    """Results from a child process to this one, for the types the driver registers
    (what travels): each data class by its constructor, each named tuple by
    `tuple.__new__`. Only this run's own children send them, so they are unpickled
    as they are."""

    def __init__(self, travelling: Iterable[type]) -> None:
        classes = tuple(travelling)
        self._dispatch = {
            **by_constructor(cls for cls in classes if dataclasses.is_dataclass(cls)),
            **by_tuple(cls for cls in classes if issubclass(cls, tuple)),
        }
        self._table: Mapping[str, Any] | None = None

    def referring(
        self, kind: type, table: Mapping[str, Any], name: Callable[[Any], str]
    ) -> Carrier:
        """This carrier, but sending each object of `kind` that `table` holds as its
        `name`, read back from `table` on arrival: for objects both processes have
        (forked from this one) that every result would repeat in full, such as the
        dataset's properties (descriptions, cue phrases) that resolved claims hold."""
        carrier = Carrier(())
        carrier._dispatch = {
            **self._dispatch,
            kind: referring_reducer(self._dispatch.get(kind), table, name),
        }
        carrier._table = table
        return carrier

    def dumps(self, value: Any) -> bytes:
        return dumps_with(value, self._dispatch)

    def loads(self, blob: bytes) -> Any:
        if self._table is None:
            return pickle.loads(blob)
        return _Referring(blob, self._table).load()
