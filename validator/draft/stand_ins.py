"""A person called by what they are in place of their name, opening a sentence: "The
actress, 47, appeared on Lorraine", "The 47-year-old picked up the award". News style
names someone, then calls them so to avoid repeating the name; a cue's subject may be
such words, as it may be "she". The one meant is found as an age epithet's is (see
epithets): of the people named before, those of the latest sentence naming any (an
owner, "Winslet's daughter", is not whom that sentence is about), and of them the one
the article names most, the earliest named on a tie; never one its own sentence names
after it ("The 22-year-old plays opposite her mother Kate Winslet" is not Winslet).
"""

from __future__ import annotations

import re

from .cue_parts import ROLE_WORD
from .mentions import Mentions
from .person_words import PERSON_NOUN, calls_a_person

__all__ = ["STAND_IN", "is_stand_in", "stands_for"]

# "The", up to two words saying what the person is ("Oscar-winning", "Titanic",
# "47-year-old", never a verb's: "The drama was first shown" is no person), and a noun
# calling a person, opening the sentence. Only at the opening: inside a sentence "the
# star" may be anyone it names before.
STAND_IN = (
    r"(?:^|(?<=^[“‘\"'(]))(?-i:The)\s+"
    rf"(?:(?:(?-i:[A-Z][\w’'-]*)|\d+-[a-z-]+|{ROLE_WORD}(?<![^sS\W][sS]))\s+){{0,2}}"
    rf"(?-i:{PERSON_NOUN})"
)
_STAND_IN = re.compile(STAND_IN)
# How many sentences back the one meant may be named: as far as a pronoun's antecedent.
_LOOK_BACK = 3


def is_stand_in(words: str) -> bool:
    """Whether a slot's `words` call a person in place of their name ("The actress"),
    not a thing by its kind ("The film")."""
    return _STAND_IN.fullmatch(words) is not None and calls_a_person(words.split()[-1])


def stands_for(
    mentions: Mentions, index: int, words: str, kinds: tuple[str, ...]
) -> list[str] | None:
    """Whom `words`, a cue's slot opening sentence `index`, stand for: one person, or
    none ([]) where no one of the slot's `kinds` who is a person is named before it; None
    where the words are not such a stand-in ("The film", a name)."""
    if not is_stand_in(words):
        return None
    things = mentions.things(kinds)
    people = tuple(kind for kind in kinds if kind not in things)
    if not people:
        return []
    later = {m.entity for m in mentions.by_sentence[index]}  # all after the opening
    for earlier in range(index - 1, max(-1, index - 1 - _LOOK_BACK), -1):
        text = mentions.texts[earlier]
        named = [
            m.entity
            for m in mentions.by_sentence[earlier]
            if not m.owns(text) and mentions.kind(m.entity) in people and m.entity not in later
        ]
        if named:
            return [min(named, key=lambda e: (-mentions.counts[e], mentions.first[e], e))]
    return []
