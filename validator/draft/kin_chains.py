"""Whose a possessive pronoun is after a name that is itself someone's relative: in
"Kate Winslet's daughter Mia Threapleton and her husband Edward Abel Smith", "her" may
be the daughter's or the mother's, and English leaves it to what the reader knows. A
reader tells them apart only by person: in "Kate Winslet's son Joe Anders and his
father Sam Mendes" the son is the one "his" can be, and in "Kate Winslet's son Joe
and her husband" the mother is. Where both can be, the draft says nothing: either
claim may be false."""

from __future__ import annotations

import re

from .cue_parts import PERSONS
from .mentions import Mention, Mentions
from .person_words import calls_kin

__all__ = ["chain_owners"]

# Kin nouns that say the relative's person; the others ("child", "partner") do not.
_SHE = "mother mum mom daughter sister wife widow aunt niece grandmother granddaughter"
_SHE += " stepmother stepdaughter fiancée fiancee girlfriend bride"
_HE = "father dad son brother husband widower uncle nephew grandfather grandson stepfather"
_HE += " stepson fiancé fiance boyfriend groom"
# An owner and up to three words saying what the name after them is to it, ending with
# a kin noun: "Winslet's 22-year-old daughter ", "her eldest child, ".
_WORDS = r"\s+(?:[\w’'-]+\s+){0,2}(?P<kin>[\w’'-]+),?\s+"
_NAME_OWNS = re.compile(rf"[’']s{_WORDS}")
_PRONOUN_OWNS = re.compile(rf"(?<![\w’'-])(?P<pronoun>(?i:her|his|their)){_WORDS}$")
_REACH = 60


def chain_owners(mentions: Mentions, index: int, name: Mention, pronoun: str) -> list[str] | None:
    """Who a possessive `pronoun` right after `name` and "and" stands for, where an owner
    before the name makes it that owner's relative (see the module's opening): None
    where no owner does (the name's, as usual); the owner, where only they can be
    called by the pronoun; and no one where both can, or neither."""
    text = mentions.texts[index]
    said = PERSONS.get(pronoun.lower())
    owner = mentions.before(index, name.start)
    found = None if owner is None else _NAME_OWNS.fullmatch(text, owner.end, name.start)
    if owner is not None and found is not None:
        owner_person = _person(mentions, owner.entity, None)
        owner_entity: str | None = owner.entity
    else:
        found = _PRONOUN_OWNS.search(text, max(0, name.start - _REACH), name.start)
        if found is None:
            return None
        owner_person, owner_entity = PERSONS.get(found["pronoun"].lower()), None
    if not calls_kin(found["kin"]):
        return None
    if said is None:
        return []  # "their" may be anyone's
    kin = found["kin"].lower()
    relative = "she" if kin in _SHE.split() else "he" if kin in _HE.split() else None
    named_may = _person(mentions, name.entity, relative) in (None, said)
    owner_may = owner_person in (None, said)
    if named_may and not owner_may:
        return None
    if owner_may and not named_may and owner_entity is not None:
        return [owner_entity]
    return []


def _person(mentions: Mentions, entity: str, told: str | None) -> str | None:
    """The person ("she", "he") the dataset calls `entity` by, else `told`."""
    declared = mentions.dataset.entities[entity].pronoun
    return PERSONS.get(declared) if declared is not None else told
