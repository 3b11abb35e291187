"""A "whose" clause after a list, about every name of it: "Mia and Joe, whose mother
Kate Winslet plays Ruth" makes Winslet the mother of both. A parent is what a list's
names can share, as siblings; a reader takes the clause as the last name's alone only
where the names cannot be siblings: where the dataset records one as the other's kin
of the kind the clause names ("Kate Winslet and Joe Anders, whose father Sam Mendes
..." makes Mendes no father of Winslet, Joe's mother).

A relative's word set off after a name is the next name's alone: in "Kate Winslet, her
daughter Mia Threapleton and Joe Anders attended", "and" closes the list the comma
after Winslet opened, and Joe is no daughter.

A name after "with" right after another's is that one's companion, as a shared child's
other parent is: in "She shares son Joe with ex Sam Mendes and son Bear with Edward Abel
Smith", "and son Bear" is the next item of what she shares, and Bear is not Mendes's."""

from __future__ import annotations

import re
from collections.abc import Sequence

from validator.dataset.model import Dataset

from .cue_parts import NAME_MARK, POSSESSIVES
from .mentions import Mention

__all__ = [
    "child_listed",
    "companion_listing",
    "item_of_list",
    "one_relative_after",
    "shared_by_list",
]

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


# A name the dataset knows (marked), a comma, a possessive pronoun and up to three words
# saying who the relative is ("her daughter", "his real-life son,"), ending where the
# slot's names start.
_SET_OFF = re.compile(
    rf"[{NAME_MARK[0]}{NAME_MARK[1]}]\s*,\s*(?i:{'|'.join(POSSESSIVES)})\s+(?:[\w’'-]+,?\s+){{1,3}}$"
)
_SET_OFF_REACH = 80


def item_of_list(text: str, start: int) -> bool:
    """Whether the words before `start` of the marked `text` set a relative off after a
    name, as an item of a list: what they say is of the name at `start` alone."""
    return _SET_OFF.search(text, max(0, start - _SET_OFF_REACH), start) is not None


# A relative in the singular set off after a list, its age before it or not: ", 9, her
# son with", ", Winslet's daughter by".
_ONE_RELATIVE = re.compile(
    rf"(?:\s*,\s*\d{{1,3}})?\s*,\s*(?:(?i:her|his|their)|[\w{NAME_MARK[0]}{NAME_MARK[1]}’'-]+[’']s)"
    r"\s+(?:[\w’'-]+\s+){0,2}?(?i:son|daughter|child|stepson|stepdaughter)(?![\w’'-])"
)


def one_relative_after(text: str, end: int) -> bool:
    """Whether a relative in the singular is set off right after a list ending at `end`:
    it is the last name's alone ("Mia, Joe and Bear, her son with Edward Abel Smith"
    makes Bear, not Mia nor Joe, Smith's son)."""
    return _ONE_RELATIVE.match(text, end) is not None


# A name (its age set off after it aside), "with" and up to three words saying what the
# next name is ("ex", "her ex-husband"), right before a name; "and" after that name.
_COMPANION = re.compile(
    rf"[{NAME_MARK[0]}{NAME_MARK[1]}](?:,\s*\d{{1,3}},)?\s+(?i:with)\s+"
    r"(?:[a-z][\w’'-]*\s+){0,3}$"
)
_COMPANION_REACH = 80  # characters read before the name
_NEXT_ITEM = re.compile(r"\s*,?\s*(?i:and)\s")


def companion_listing(text: str, start: int, end: int) -> bool:
    """Whether the name at `start`..`end` of `text` (names marked) is another name's
    companion after "with", and "and" after it starts the next item of a list."""
    if _NEXT_ITEM.match(text, end) is None:
        return False
    return _COMPANION.search(text, max(0, start - _COMPANION_REACH), start) is not None


# A child's word right before a name ("daughter Mia"), and "and" with the next child's
# word right before the cue's subject ("..., and son Joe"): items of one list of children.
_CHILD_BEFORE = re.compile(r"(?i:\b(?:step)?(?:daughters?|sons?|child(?:ren)?|kids?))\s+$")
_NEXT_CHILD = re.compile(
    r"(?i:\band\s+(?:(?:her|his|their)\s+)?(?:step)?(?:daughters?|sons?|child(?:ren)?|kids?),?\s+)$"
)
_CHILD_REACH = 24  # characters read before the name


def child_listed(text: str, start: int, end: int, subject_at: int) -> bool:
    """Whether the name at `start`..`end` of `text` (names marked) is a child of a list
    ("shares daughter Mia, 22, with Jim Threapleton, and son Joe"), whose next child
    starts at `subject_at`: a sibling in the list, never that child's parent."""
    if subject_at <= end or _NEXT_CHILD.search(text, end, subject_at) is None:
        return False
    return _CHILD_BEFORE.search(text, max(0, start - _CHILD_REACH), start) is not None
