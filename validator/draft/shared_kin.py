"""A "whose" clause after a list, about every name of it: "Mia and Joe, whose mother
Kate Winslet plays Ruth" makes Winslet the mother of both. A parent is what a list's
names can share, as siblings; a reader takes the clause as the last name's alone only
where the names cannot be siblings: where the dataset records one as the other's kin
of the kind the clause names ("Kate Winslet and Joe Anders, whose father Sam Mendes
..." makes Mendes no father of Winslet, Joe's mother)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from validator.dataset.model import Dataset

from .mentions import Mention

__all__ = ["shared_by_list"]

# The relatives siblings share, after "whose" (and "late"): a parent or grandparent. A
# spouse, a child or a friend is one person's ("A and B, whose wife ..." is B's).
_PARENTS = "mother|father|mum|mom|dad|parents|grandmother|grandfather|grandparents"
_SHARED = re.compile(rf"\s*,\s*(?i:whose)\s+(?:(?i:late)\s+)?(?P<noun>(?i:{_PARENTS}))(?![\w’'-])")


def shared_by_list(dataset: Dataset, text: str, end: int, names: Sequence[Mention]) -> bool:
    """Whether a "whose" clause right after the list of `names` ending at `end` names a
    relative all of them share: a parent, where the dataset records none of the names
    as another's relative of that kind (a parent of one's own cannot be a sibling)."""
    found = _SHARED.match(text, end)
    if found is None or len(names) < 2:
        return False
    listed = {name.entity for name in names}
    return not any(
        fact.raw_value in listed
        for prop in _kin_properties(dataset, found.group("noun").lower())
        for entity in listed
        for fact in dataset.facts_for(entity, prop)
    )


def _kin_properties(dataset: Dataset, noun: str) -> tuple[str, ...]:
    """The properties whose cues read "whose" and `noun`: what the clause's noun says.
    (Looked for only after a list and such a clause, which few sentences hold.)"""
    word = re.compile(rf"(?i:whose)\s+(?:\[\w+\]\s+)?{noun}(?![\w’'-])")
    return tuple(
        name for name, prop in dataset.properties.items() if any(map(word.search, prop.cues))
    )
