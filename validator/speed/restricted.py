"""Cache entries pickled and unpickled with only the classes the caller allows.

A cache entry is signed, so only this user's factlint wrote it; it is still unpickled
as if it were hostile. The caller hands in the classes a value may be built of (the
driver: the data types of a parsed claim file); anything else named in an entry makes
it invalid, never arbitrary code. Pydantic models are rebuilt by `_model`, which the
unpickler also allows and which refuses to build anything but a model. A codec may
also name objects its reader already has (`EntryCodec.referring`) instead of holding
them; a name its table lacks makes the entry invalid.
"""

from __future__ import annotations

import copyreg
import dataclasses
import io
import pickle
import sys
from collections.abc import Callable, Iterable, Mapping
from typing import TYPE_CHECKING, Any

from .pickling import by_constructor, dumps_with, reference, referring, referring_reducer

if TYPE_CHECKING:
    from pydantic import BaseModel

__all__ = ["EntryCodec"]


def _is_model_class(cls: object) -> bool:
    """Whether `cls` is a pydantic model class. No class is one until pydantic is
    imported, and a run that only reads its own cache never imports it (30 ms)."""
    pydantic = sys.modules.get("pydantic")
    return pydantic is not None and isinstance(cls, type) and issubclass(cls, pydantic.BaseModel)


def _model(
    cls: type[BaseModel],
    values: dict[str, Any],
    fields_set: set[str],
    extra: dict[str, Any] | None,
    private: dict[str, Any] | None,
) -> BaseModel:
    """A pydantic model as it was pickled: the four attributes pydantic's own
    __setstate__ sets, without its state dictionary (models took over half the time
    of unpickling a parsed file that way)."""
    if not _is_model_class(cls):
        raise pickle.UnpicklingError("not a model")
    model = cls.__new__(cls)
    set_attribute = object.__setattr__
    set_attribute(model, "__dict__", values)
    set_attribute(model, "__pydantic_fields_set__", fields_set)
    set_attribute(model, "__pydantic_extra__", extra)
    set_attribute(model, "__pydantic_private__", private)
    return model


def _reduce_model(model: BaseModel) -> tuple[Any, tuple[Any, ...]]:
    return _model, (
        type(model),
        model.__dict__,
        model.__pydantic_fields_set__,
        model.__pydantic_extra__,
        model.__pydantic_private__,
    )


class _Unpickler(pickle.Unpickler):
    def __init__(
        self,
        payload: bytes,
        allowed: dict[tuple[str, str], type],
        table: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(io.BytesIO(payload))
        self._allowed = allowed
        # Not a bound method: the unpickler's memo keeps what it finds, and a method of
        # the unpickler there would make a cycle that keeps the unpickler, its memo and
        # its payload alive until the collector runs (the run pauses it).
        self._referred = None if table is None else referring(table)

    def find_class(self, module: str, name: str) -> Any:
        if (module, name) == (_model.__module__, _model.__qualname__):
            return _model
        if (module, name) == (reference.__module__, reference.__qualname__):
            return reference if self._referred is None else self._referred
        found = self._allowed.get((module, name))
        if found is None:
            raise pickle.UnpicklingError(f"{module}.{name} is not allowed in a cache entry")
        return found


class _Canonical(pickle.Pickler):
    """Sets written as their members in one order. The pickler writes a set itself,
    in the order of its members' hashes, which each process salts anew, and asks no
    dispatch table how: only `persistent_id` sees every object it writes."""

    def __init__(self, buffer: io.BytesIO, codec: EntryCodec) -> None:
        super().__init__(buffer, protocol=pickle.HIGHEST_PROTOCOL)
        self._codec = codec

    def persistent_id(self, obj: Any) -> Any:
        if type(obj) is set or type(obj) is frozenset:
            return type(obj).__name__, tuple(sorted(obj, key=self._codec.canonical))
        return None


class EntryCodec:
    """Values built of `allowed` classes (and the builtins) to bytes and back: data
    classes pickled by their constructor, pydantic models by `_model`."""

    def __init__(self, allowed: Iterable[type]) -> None:
        classes = tuple(allowed)
        self._allowed = {(cls.__module__, cls.__qualname__): cls for cls in classes}
        self._dispatch: dict[type, Any] = {
            **copyreg.dispatch_table,
            **by_constructor(cls for cls in classes if dataclasses.is_dataclass(cls)),
            **{cls: _reduce_model for cls in classes if _is_model_class(cls)},
        }
        self._table: Mapping[str, Any] | None = None

    def referring(
        self, kind: type, table: Mapping[str, Any], name: Callable[[Any], str]
    ) -> EntryCodec:
        """This codec, but writing each object of `kind` that `table` holds (that very
        object, under its `name`) as a reference to it, and reading references back
        from `table` only. For objects every entry would repeat in full and the reader
        already has (the driver: the dataset's properties, when the dataset is part of
        the entry's key): entries are smaller and unpickle faster. An entry referring
        to a name the table lacks is refused."""
        codec = EntryCodec(())
        codec._allowed = self._allowed
        reduce = referring_reducer(self._dispatch.get(kind), table, name)
        codec._dispatch = {**self._dispatch, kind: reduce}
        codec._table = table
        return codec

    def dumps(self, value: Any) -> bytes:
        """`value` as the bytes a cache entry holds."""
        return dumps_with(value, self._dispatch)

    def canonical(self, value: Any) -> bytes:
        """`value` as bytes that equal values give alike, whatever objects they share and
        whatever order the process's string hashes put a set in: pickled without a memo
        (an object written each time it is met), sets with their members in the order of
        their own canonical bytes. For comparing values, never for loading: a Python
        call for every object it writes makes it several times slower than `dumps`."""
        buffer = io.BytesIO()
        pickler = _Canonical(buffer, self)
        pickler.dispatch_table = self._dispatch
        pickler.fast = True  # no memo: nothing written as "the object met before"
        pickler.dump(value)
        return buffer.getvalue()

    def loads(self, payload: bytes) -> Any:
        """Unpickle with only the allowed classes: never arbitrary code."""
        return _Unpickler(payload, self._allowed, self._table).load()
