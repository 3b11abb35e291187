"""What a draft holds: claims in the dataset's vocabulary, and what could not be placed."""

from __future__ import annotations

import builtins
from dataclasses import dataclass

__all__ = ["DraftClaim", "Drafted", "Unplaced", "Value"]

Value = str | int | float | bool
# A claim's value: one of those, or an approximate number ({about: 90}) as DESIGN.md
# section 2 writes one.
Drafted = Value | dict[str, Value]


@dataclass(frozen=True, slots=True)
class DraftClaim:
    subject: str  # entity id
    property: str
    value: Drafted  # an entity id when the property's type is entity
    excerpt: str  # the article's exact words
    where: tuple[int, int]  # (sentence or paragraph order, offset): the article's order
    qualifiers: tuple[tuple[str, Value], ...] = ()
    note: str | None = None

    @builtins.property
    def key(self) -> tuple[str, str, str, tuple[tuple[str, str], ...]]:
        """Two claims with one key say the same thing: the draft keeps the first."""
        return (
            self.subject,
            self.property,
            repr(self.value),
            tuple((name, repr(value)) for name, value in self.qualifiers),
        )


@dataclass(frozen=True, slots=True)
class Unplaced:
    what: str  # "quote", "age", "date", "duration", "percentage", "rating"
    found: str  # the words found
    sentence: str  # the sentence they are in
    where: tuple[int, int]
