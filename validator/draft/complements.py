"""A text slot (a name) right after a copula ("{value} is {character}"): "is" takes any complement
("Winslet is brilliant", "is British", "is an Oscar winner"), so what follows it is the
slot's only where the dataset records that name in the slot (any subject's fact of the
property) or where the name stands alone after the copula and an appositive set off after
it says who it is ("Winslet is Ruth, a mother at the end of her tether")."""

from __future__ import annotations

import functools
import re
import weakref

from validator.dataset.model import Dataset, PropertyDef

from .mentions import Mentions
from .model import Drafted
from .person_words import calls_a_person

__all__ = ["fits_complement"]

# A copula right before a slot of the cue: the slot is its complement.
_COPULA = re.compile(r"(?<![\w])(?i:is|was|are|were)\s+\{([a-z][a-z0-9_]*)\}")
# An appositive saying who the name is: a comma, an article and up to four words before
# a preposition or a relative ("Ruth, a mother at the end of her tether", "Billy, the
# younger son"), one of which calls a person: "Winslet is English, a fact she mentions"
# names no part.
_DESCRIBED_AFTER = re.compile(
    r"\s*,\s*(?i:a|an|the)\s+((?:(?!(?i:at|of|in|on|with|from|for|who|whose|whom|that|which)"
    r"(?![\w’'-]))[a-z][\w’'-]*\s*){1,4})"
)


@functools.lru_cache(maxsize=1024)
def _complements(cue: str) -> frozenset[str]:
    """The slots of a cue that follow a copula."""
    return frozenset(_COPULA.findall(cue))


# The names each property's slot records in the dataset, once an article (keyed by its
# mentions, which hold the dataset): a match looks them up, never every fact again.
_KNOWN: weakref.WeakKeyDictionary[Mentions, dict[tuple[str, str], frozenset[str]]] = (
    weakref.WeakKeyDictionary()
)


def _known(dataset: Dataset, prop: PropertyDef, slot: str) -> frozenset[str]:
    """The names (folded) the dataset's facts of `prop` record in `slot`."""
    found: set[str] = set()
    for (_, name), facts in dataset.facts.items():
        if name != prop.name:
            continue
        for fact in facts:
            if slot == "value" and isinstance(fact.raw_value, str):
                found.add(fact.raw_value.casefold())
            found.update(
                display.casefold() for qualifier, _, display in fact.qualifiers if qualifier == slot
            )
    return frozenset(found)


def fits_complement(
    mentions: Mentions,
    prop: PropertyDef,
    cue: str,
    match: re.Match[str],
    slot: str,
    value: Drafted | None,
) -> bool:
    """Whether `value`, read from `slot` of the cue's `match`, may be the slot's: always,
    unless the slot is a copula's complement (see the module's docstring)."""
    kind = prop.type if slot == "value" else prop.qualifier_type(slot)
    if kind != "text" or slot not in _complements(cue) or not isinstance(value, str):
        return True  # "its slot is two hours": a duration is no name to look up
    known = _KNOWN.setdefault(mentions, {})
    if (prop.name, slot) not in known:
        known[(prop.name, slot)] = _known(mentions.dataset, prop, slot)
    if value.casefold() in known[(prop.name, slot)]:
        return True
    if match.group(slot) != value:
        return False
    described = _DESCRIBED_AFTER.match(match.string, match.end(slot))
    return described is not None and any(map(calls_a_person, described.group(1).split()))
