"""Two people called together by what they are to each other, in place of their names:
"Kate Winslet and Mia Threapleton star in I Am Ruth. The mother and daughter play Ruth
and Freya." The pair stands for the two people the sentence before names, in the order
its nouns give them: which is the mother is what the dataset records of the two, read
through the cues that set each noun before a name ("{value}'s daughter[,] {subject}" makes
a daughter the subject of `child_of`; "her mother {value}" a mother its value). Where the
dataset records nothing that tells the order, or tells both, or the earlier sentence
names other than two people, the pair stands for no one: a part given to the wrong one
would be a false claim.
"""

from __future__ import annotations

import re
import weakref

from .mentions import Mentions
from .noun_fits import contradicts
from .person_words import PERSON_NOUN, calls_a_person

__all__ = ["pair_end", "pair_meant"]

# The second noun of a pair after the first: "The mother and daughter", "The father and son".
_SECOND = re.compile(rf"\s{{1,3}}(?i:and)\s{{1,3}}(?P<noun>{PERSON_NOUN})")
# A cue's noun set right before one of its slots: "daughter[,] {subject}", "mother {value:one}".
_ROLE_CUE = re.compile(r"(?P<noun>[a-z][a-z-]*)(?:\[,\]|,)?\s*\{(?P<slot>subject|value)(?::one)?\}")
# Per article (its Mentions, which hold the dataset), each noun with the (property, slot)
# pairs the dataset's cues set it before.
_ROLES: weakref.WeakKeyDictionary[Mentions, dict[str, frozenset[tuple[str, str]]]] = (
    weakref.WeakKeyDictionary()
)


def pair_end(text: str, end: int) -> int | None:
    """Where a pair's second noun ends, after a stand-in's noun ending at `end` ("The
    mother" of "The mother and daughter"); None where no noun calling a person follows."""
    found = _SECOND.match(text, end)
    if found is None or not calls_a_person(found.group("noun")):
        return None
    return found.end()


def pair_meant(mentions: Mentions, first: str, second: str, named: list[str]) -> list[str]:
    """The two of `named` (the people the sentence before names) that the nouns `first`
    and `second` call, in that order; [] where they are not two or the order cannot be
    told (see the module's opening)."""
    people = list(dict.fromkeys(named))
    if len(people) != 2:
        return []
    orders = [
        (one, other)
        for one, other in (people, people[::-1])
        if _fits(mentions, first.lower(), one, other)
        and _fits(mentions, second.lower(), other, one)
    ]
    return list(orders[0]) if len(orders) == 1 else []


def _fits(mentions: Mentions, noun: str, person: str, other: str) -> bool:
    """Whether `noun` calls `person` beside `other`: a fact of the dataset puts `person` in
    the slot a cue sets the noun before, `other` in the other slot; and the dataset's
    pronoun for `person` is not the other one the noun says ("mother" of a "he")."""
    if contradicts(mentions, noun, person):
        return False
    dataset = mentions.dataset
    for prop, slot in _roles(mentions).get(noun, frozenset()):
        subject, value = (person, other) if slot == "subject" else (other, person)
        if any(fact.raw_value == value for fact in dataset.facts_for(subject, prop)):
            return True
    return False


def _roles(mentions: Mentions) -> dict[str, frozenset[tuple[str, str]]]:
    """Each noun the dataset's cues of entity properties set right before a slot, with
    the property and the slot (worked out once an article)."""
    known = _ROLES.get(mentions)
    if known is None:
        dataset = mentions.dataset
        roles: dict[str, set[tuple[str, str]]] = {}
        for name, prop in dataset.properties.items():
            if prop.type != "entity":
                continue
            for cue in prop.cues:
                for found in _ROLE_CUE.finditer(cue):
                    roles.setdefault(found.group("noun"), set()).add((name, found.group("slot")))
        known = {noun: frozenset(pairs) for noun, pairs in roles.items()}
        _ROLES[mentions] = known
    return known
