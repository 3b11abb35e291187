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
from collections.abc import Callable, Iterable
from operator import attrgetter
from typing import Any

__all__ = ["Carrier", "Reducer", "by_constructor", "by_tuple", "dumps_with"]

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

    def dumps(self, value: Any) -> bytes:
        return dumps_with(value, self._dispatch)

    @staticmethod
    def loads(blob: bytes) -> Any:
        return pickle.loads(blob)
