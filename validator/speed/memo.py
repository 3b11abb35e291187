"""Memoisation for one run: a pure function's results remembered by what they depend on.

A corpus of articles repeats itself: the same statements about the same subjects, the
same publication dates, thousands of times. The stages stay plain functions of their
inputs; the driver wraps the ones worth it, and a wrapper lives as long as one run (so
everything a wrapped function closes over, such as the dataset, is fixed for its life).
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from typing import Any, TypeVar

from validator.model.stand_in import frozen

__all__ = ["frozen", "memoised"]

A = TypeVar("A")
V = TypeVar("V")


def memoised(
    function: Callable[[A], V], key: Callable[[A], Hashable | None] | None = None
) -> Callable[[A], V]:
    """`function` with each result remembered by `key(argument)` (by default the
    argument itself). `function` must be pure, and the key must hold everything its
    result depends on; a key of None means the argument is not remembered."""
    if key is None:
        # Keyed by the argument itself: a remembered result costs one dictionary lookup,
        # done in C (a run asks hundreds of thousands of times).
        return _Table(function).__getitem__
    found: dict[Hashable, V] = {}
    by = key

    def remembered(argument: A) -> V:
        stand_in = by(argument)
        if stand_in is None:
            return function(argument)
        try:
            return found[stand_in]
        except KeyError:
            result = found[stand_in] = function(argument)
            return result

    return remembered


class _Table(dict[Any, Any]):
    """Results by argument; a missing one is worked out and kept."""

    __slots__ = ("function",)

    def __init__(self, function: Callable[[Any], Any]) -> None:
        super().__init__()
        self.function = function

    def __missing__(self, argument: Any) -> Any:
        result = self[argument] = self.function(argument)
        return result
