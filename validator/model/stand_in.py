"""A hashable stand-in for a value as written (scalars, and mappings and tuples of them):
what a remembered result of a pure function of written values is keyed by.

Equal stand-ins mean values written alike, which Python's own equality does not give:
1, 1.0 and True are equal in Python but not as written values.
"""

from __future__ import annotations

from collections.abc import Hashable
from typing import Any

__all__ = ["frozen"]

_SCALARS = frozenset((int, bool))


def frozen(value: Any) -> Hashable | None:
    """A hashable stand-in for plain data (scalars, and mappings and tuples of them), or
    None when it has none (a list, say).

    Types are kept (1, 1.0 and True are equal in Python but not as written values), so
    is the sign of a zero, and so is the order of a mapping's keys: equal stand-ins mean
    values written alike.
    """
    kind = type(value)
    if kind is str:  # the common case, and no other stand-in is a string
        text: str = value
        return text
    if kind is float:  # by its digits: -0.0 == 0.0, but they are written apart
        return (float, value.hex())
    if kind in _SCALARS or value is None:
        return (kind, value)
    if isinstance(value, tuple):  # named tuples too, each type apart
        for item in value:
            if type(item) is not str and item is not None:
                break
        else:
            # Only texts and None (a claim's statement without qualifiers, mostly): these
            # are written alike exactly when equal, so the items stand in for themselves.
            # The items below always hold a stand-in that is a tuple: the two never meet.
            return (kind, tuple(value))
        items = []
        for item in value:
            item_kind = type(item)
            if item_kind is str:
                items.append(item)
            elif item_kind in _SCALARS or item is None:  # as above, without a call
                items.append((item_kind, item))
            else:
                stand_in = frozen(item)
                if stand_in is None:
                    return None
                items.append(stand_in)
        return (kind, tuple(items))
    if kind is dict:
        pairs = []
        for key, item in value.items():
            # Text keys and scalar items (a claim's qualifiers, an approximate value)
            # stand in without a call, as above.
            if type(key) is not str:
                key = frozen(key)
            item_kind = type(item)
            if item_kind in _SCALARS or item is None:
                item = (item_kind, item)
            elif item_kind is not str:
                item = frozen(item)
            if key is None or item is None:
                return None
            pairs.append((key, item))
        return (dict, tuple(pairs))
    return None
