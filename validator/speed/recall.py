"""Outcomes of parts of a computation, kept from one run to the next in signed entries.

The checks across files are many small computations, each a pure function of inputs
its caller names by a key (a group of claims by its members' tokens, a pair of quotes by
their texts). Re-run with one file changed, almost every key is what it was: its
outcome is taken from what the last run wrote, and only the parts whose key is new are
computed. Nothing here knows what a part is, but its kind (the first item of its key).

Each kind is one `FileCache` entry: signed, in the folder of the code and limits, read
with only the classes the caller's codec allows, and only once a part of that kind is
asked for. A value is used only when the caller's `accept` takes it; anything else,
like a missing or damaged entry, is computed afresh. A kind's entry is written again
when the run computed a part of it or left one unused (a large one, only when a tenth
of it would change), and then holds exactly the parts the run used.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from dataclasses import dataclass, field
from typing import Any, TypeVar

from .file_store import FileCache

__all__ = ["Recalled", "Tokens"]

V = TypeVar("V")
_MISSING: Any = object()


@dataclass(slots=True)
class Tokens:
    """What fixes each item's cached result (the driver: a claim file's, by its path as
    shown), and what else the results read (None: they were not cached). A part of a
    later computation is named by its inputs' tokens."""

    context: str | None = None
    by_name: dict[str, str] = field(default_factory=dict)

    def tell(self, name: str, key: str | None, stamp: str | None, context: str) -> None:
        """Item `name`'s result is cached under `key` (None: it is not), made with what
        `stamp` names (an archive it read, say) and in `context`."""
        if key is not None:
            self.context = context
            self.by_name[name] = f"{key}\0{stamp or ''}"


# A kind with at most this many parts keeps each pickled apart, and a run unpickles
# only the parts it asks for (the quote stage's findings, when its quotes changed, are
# never read); a kind with more keeps them in one pickle, read at once.
_APART = 64
# A kind of more parts is written again only when at least this share of it would
# change (see `Recalled.save`).
_REWRITE = 10


def _kind(key: Hashable) -> str:
    """The kind of a part: the first item of its key (a rule's name), when a text."""
    if isinstance(key, tuple) and key and isinstance(key[0], str):
        return key[0]
    return ""


def _is_table(value: object) -> bool:
    return isinstance(value, tuple) and len(value) == 2 and isinstance(value[1], dict)


@dataclass(slots=True)
class _Kind:
    """The parts of one kind: one entry of the store."""

    entry: str
    apart: bool  # each value kept as its own pickle
    known: dict[Hashable, Any]  # as the entry has them (pickles, when apart)
    now: dict[Hashable, Any] = field(default_factory=dict)  # what this run used
    computed: int = 0  # of them, computed this run


class Recalled:
    """`Recall` (see `validator.rules.rule`) over entries of `store` named from `key`:
    one a kind of part, read when a part of that kind is first asked for. A kind no part
    of which was asked for is left as it is: the parts of a whole that was recalled
    (the pairs of quotes the quote stage matched) are still there when a later run has
    to compute the whole again."""

    def __init__(self, store: FileCache, key: str) -> None:
        self.store = store
        self.key = key
        self.kinds: dict[str, _Kind] = {}
        self.recalled = 0  # parts taken from the entries

    def _of(self, key: Hashable) -> _Kind:
        name = _kind(key)
        kind = self.kinds.get(name)
        if kind is None:
            entry = self.store.key(self.key, name)
            found = self.store.get(entry, _is_table)
            apart, known = (False, {}) if found is None else found
            kind = self.kinds[name] = _Kind(entry, apart is True, known)
        return kind

    def __call__(
        self, key: Hashable, compute: Callable[[], V], accept: Callable[[object], bool]
    ) -> V:
        kind = self._of(key)
        found = kind.known.get(key, _MISSING)
        if found is not _MISSING and kind.apart:
            found = self._unpickled(found)
        if found is not _MISSING and accept(found):
            self.recalled += 1
            kind.now[key] = found
            return found  # type: ignore[no-any-return]
        value = compute()
        kind.now[key] = value
        kind.computed += 1
        return value

    def _unpickled(self, blob: object) -> Any:
        if not isinstance(blob, bytes):
            return _MISSING
        try:
            return self.store.codec.loads(blob)
        except Exception:  # a signed entry that is still damaged: computed afresh
            return _MISSING

    @property
    def computed(self) -> int:
        """The parts computed this run (the tests count them)."""
        return sum(kind.computed for kind in self.kinds.values())

    @property
    def known(self) -> dict[Hashable, Any]:
        """The parts read from the entries (pickled, of a kind kept apart)."""
        return {key: value for kind in self.kinds.values() for key, value in kind.known.items()}

    @property
    def now(self) -> dict[Hashable, Any]:
        """The parts this run used."""
        return {key: value for kind in self.kinds.values() for key, value in kind.now.items()}

    def save(self) -> None:
        """Write each kind's entry again with the parts this run used, unless they are
        the ones it found, or it is a large pickle of which less than a `_REWRITE`th
        would change: rewriting 255,000 matched pairs of quotes for the few dozen a
        changed quote adds costs more than matching those again next time (a part
        left out is only computed again; one left in unused only takes room)."""
        dumps = self.store.codec.dumps
        for kind in self.kinds.values():
            stale = len(kind.known) - (len(kind.now) - kind.computed)  # found, not used
            changes = kind.computed + stale
            if changes == 0 or (len(kind.known) > _APART and changes * _REWRITE < len(kind.known)):
                continue
            apart = len(kind.now) <= _APART
            table = {key: dumps(value) for key, value in kind.now.items()} if apart else kind.now
            self.store.write_now(kind.entry, dumps((apart, table)))
