"""What the aliases of a YAML document repeat, bounded like a file's size.

Without aliases a document's text is at most its file's size; an alias repeats its
anchor's text once more. A node count alone does not bound that (see `RepeatedText`),
so the loader counts the characters each alias repeats, and refuses the document past
its limit before expanding anything.
"""

from __future__ import annotations

from typing import Any

from .yaml_scalars import YamlParseError

__all__ = ["RepeatedText"]


def _text_in(value: Any, sizes: dict[int, int]) -> int:
    """The characters of text (keys and values) `value` holds, its aliases expanded.

    A node count does not bound what an alias repeats: 20,000 aliases of one anchored
    text of 900,000 characters are 20,000 nodes, but 18 billion characters for the
    schema check to copy (a 1.2 MB claim file took 23 GB and minutes). Each aliased
    collection is counted once and remembered by identity, so an alias of an anchor
    built from other aliases costs its own length, not its expansion."""
    if type(value) is str:
        return len(value)
    if not isinstance(value, dict | list):
        return 0
    known = sizes.get(id(value))
    if known is None:
        if isinstance(value, dict):
            known = sum(len(k) + _text_in(v, sizes) for k, v in value.items())
        else:
            known = sum(_text_in(v, sizes) for v in value)
        sizes[id(value)] = known
    return known


class RepeatedText:
    """The characters of text the aliases of one document repeat, within `limit`."""

    __slots__ = ("limit", "sizes", "total")

    def __init__(self, limit: int) -> None:
        self.limit = limit
        self.sizes: dict[int, int] = {}  # id of an aliased collection -> its characters
        self.total = 0

    def add(self, value: Any, line: int, column: int) -> None:
        """Count an alias of `value`, written at `line`:`column`; refused past the limit."""
        self.total += _text_in(value, self.sizes)
        if self.total > self.limit:
            raise YamlParseError(
                f"aliases repeat more than {self.limit} characters of text "
                "(an alias bomb?); refused before expanding them",
                line,
                column,
            )
