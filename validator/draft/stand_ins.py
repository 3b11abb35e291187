"""A person called by what they are in place of their name, opening a sentence: "The
actress, 47, appeared on Lorraine", "The 47-year-old picked up the award", or as its
subject after words set before it ("Appearing on Lorraine, the Oscar winner told ...",
where the words name no person). News style
names someone, then calls them so to avoid repeating the name; a cue's subject may be
such words, as it may be "she". The one meant is found as an age epithet's is (see
epithets): of the people named before, those of the latest sentence naming any (an
owner, "Winslet's daughter", is not whom that sentence is about), and of them the one
the article names most, the earliest named on a tie; never one its own sentence names
after it ("The 22-year-old plays opposite her mother Kate Winslet" is not Winslet),
nor one the dataset calls by another person's pronoun than the noun's ("the mum-of-three"
is no one it calls "he").
"""

from __future__ import annotations

import re

from .cue_parts import ROLE_WORD
from .kin_pairs import pair_end, pair_meant
from .mentions import Mentions
from .noun_fits import contradicts, fitting
from .numbers import INTEGER, parse_integer
from .person_words import PERSON_NOUN, calls_a_person

__all__ = ["opening_stand_in", "stand_in_spans", "stands_for"]

# "The", up to two words saying what the person is ("Oscar-winning", "Titanic",
# "47-year-old", never a verb's: "The drama was first shown" is no person; nor an
# owner's: "The playwright's son" is someone else), and a noun
# calling a person, opening the sentence. Only at the opening: inside a sentence "the
# star" may be anyone it names before.
_CALLED = (
    rf"(?:(?:(?-i:[A-Z][\w’'-]*)|\d+-[a-z-]+|{ROLE_WORD}(?<![^sS\W][sS]))(?<![’'][sS])\s+){{0,2}}"
    rf"(?-i:{PERSON_NOUN})"
)
_STAND_IN = re.compile(r"(?:^|(?<=^[“‘\"'(]))(?-i:The)\s+" + _CALLED)
# Or right after words set before the sentence's subject and their comma, as its
# subject: "Appearing on Lorraine on Thursday, the Oscar winner told ...". Those words
# are a phrase of one clause (no other comma, no quotation) naming no person: in "Kate
# Winslet, the Oscar winner, told ..." the words say what the name is.
_OPENING_PHRASE = re.compile(r"[“‘\"'(]?[A-Z][^,;:“”\"()]{0,80}?,\s+")
_AFTER_PHRASE = re.compile(r"(?-i:the|The)\s+" + _CALLED)
# How many sentences back the one meant may be named: as far as a pronoun's antecedent.
_LOOK_BACK = 3
_BEFORE = 200
# An age the stand-in carries ("The 47-year-old actress", "The actress, 47,") and one
# set off after a name ("Mia, 22, is ..."): whom the article gives another age is not
# meant, as for an age epithet (see epithets).
_CARRIED = re.compile(rf"({INTEGER})-year-old")
# The first noun of a pair the stand-in ends in ("The mother and daughter").
_PAIR = re.compile(r"(?P<first>[\w’'-]+)\s{1,3}(?i:and)\s{1,3}[\w’'-]+$")
_SET_OFF = re.compile(rf",\s{{1,2}}({INTEGER})(?=[,)]|\s)")


def opening_stand_in(text: str) -> tuple[int, int] | None:
    """Where the words opening `text` call a person in place of their name ("The
    actress", "The Oscar winner"), not a thing by its kind ("The film"); else None.

    Tried at the opening alone (after a quotation mark at most): searched, the pattern
    was tried at every character of the sentence, and each of a long sentence's names
    asks again (100,000 characters of names set off took 24 s)."""
    found = _STAND_IN.match(text) or _STAND_IN.match(text, 1)
    if found is None or not calls_a_person(found.group(0).split()[-1]):
        return None
    # Or two called together: "The mother and daughter play Ruth and Freya" (kin_pairs).
    return found.start(), pair_end(text, found.end()) or found.end()


def _stand_in(mentions: Mentions, index: int) -> tuple[int, int] | None:
    """Where sentence `index` calls a person in place of their name as its subject:
    opening it, or after words set before the subject that name no person."""
    text = mentions.texts[index]
    span = opening_stand_in(text)
    phrase = _OPENING_PHRASE.match(text) if span is None else None
    if phrase is None:
        return span
    for mention in mentions.by_sentence[index]:
        if mention.start >= phrase.end():
            break  # in order: the rest are after the phrase
        kind = mentions.kind(mention.entity)
        if not mentions.things((kind,)):
            return None  # "Kate Winslet, the Oscar winner, told": what the name is
    found = _AFTER_PHRASE.match(text, phrase.end())
    if found is None or not calls_a_person(found.group(0).split()[-1]):
        return None
    return found.span()


def stand_in_spans(
    mentions: Mentions, index: int, marks: frozenset[str] | None
) -> list[tuple[int, int]]:
    """The stand-in opening sentence `index`, for the cues to take as a name where they
    mark the names of people (`marks`: the kinds a cue marks; None, all): a cue's slot
    may hold it as it holds "she". Not where a name follows it at once, or set off by a
    comma: in "The Titanic star Kate Winslet appeared" and "The director, Dominic Savage,
    appeared" the words say what the name is."""
    people = marks is None or any(kind not in mentions.things((kind,)) for kind in marks)
    span = _stand_in(mentions, index) if people else None
    if span is None:
        return []
    text = mentions.texts[index]
    after = len(text) - len(text[span[1] :].lstrip(" ,"))
    if any(m.start <= after for m in mentions.by_sentence[index] if m.end > span[0]):
        return []
    return [span]


def stands_for(
    mentions: Mentions, index: int, span: tuple[int, int], kinds: tuple[str, ...]
) -> list[str] | None:
    """Whom the words at `span`, a cue's slot in sentence `index`, stand for where they
    are its opening stand-in: one person, or none ([]) where no one of the slot's `kinds`
    who is a person is named before it; None where they are no stand-in."""
    # A stand-in opens its sentence (after a quotation mark at most) or follows a comma:
    # a slot starting elsewhere is none, and the sentence is not read again for it.
    text = mentions.texts[index]
    # What stands before the slot, bounded: a long run of spaces is read as the stand-in
    # would read it, below.
    before = text[max(0, span[0] - _BEFORE) : span[0]]
    if span[0] > 1 and before.strip() and not before.rstrip().endswith(","):
        return None
    if span != _stand_in(mentions, index):
        return None
    things = mentions.things(kinds)
    people = tuple(kind for kind in kinds if kind not in things)
    if not people:
        return []
    later = {m.entity for m in mentions.by_sentence[index]}  # all after the opening
    words = text[span[0] : span[1]].split()
    pair = _PAIR.search(text, span[0], span[1])
    if pair is not None and pair_end(text, pair.end("first")) == span[1]:
        return _pair(mentions, index, pair.group("first"), words[-1], people, later)
    noun = words[-1]
    age = _age_carried(text, span)
    meant: list[str] = []
    for earlier in range(index - 1, max(-1, index - 1 - _LOOK_BACK), -1):
        said = mentions.texts[earlier]
        found = [
            m
            for m in mentions.by_sentence[earlier]
            if mentions.kind(m.entity) in people
            and m.entity not in later
            and (age is None or _age_set_off(said, m.end) in (None, age))
            and not contradicts(mentions, noun, m.entity)  # "the mum" is no "he"
        ]
        named = [m.entity for m in found if not m.owns(said)]
        # Of the latest naming anyone, the one named most; but where the dataset says
        # whom the noun fits ("the director"), one it fits, named in any of them; an
        # owner only so, where no one else is: after "Kate's son Joe, 18, was there.",
        # "The mum-of-three" is Kate.
        fits = fitting(mentions, noun, named or [m.entity for m in found])
        if fits or (named and not meant):
            meant = [min(fits or named, key=lambda e: (-mentions.counts[e], mentions.first[e], e))]
        if fits:
            break
    return meant


def _pair(
    mentions: Mentions,
    index: int,
    first: str,
    second: str,
    people: tuple[str, ...],
    later: set[str],
) -> list[str]:
    """Whom a pair of nouns stands for: the two people the latest sentence before naming
    any names (no owner of what follows), in the order the nouns give (kin_pairs)."""
    for earlier in range(index - 1, max(-1, index - 1 - _LOOK_BACK), -1):
        said = mentions.texts[earlier]
        named = [
            m.entity
            for m in mentions.by_sentence[earlier]
            if not m.owns(said) and mentions.kind(m.entity) in people and m.entity not in later
        ]
        if named:
            return pair_meant(mentions, first, second, named)
    return []


def _age_carried(text: str, span: tuple[int, int]) -> int | None:
    """The age the stand-in at `span` carries, in its words or set off after them."""
    found = _CARRIED.search(text, span[0], span[1]) or _SET_OFF.match(text, span[1])
    return parse_integer(found.group(1)) if found is not None else None


def _age_set_off(text: str, end: int) -> int | None:
    """The age set off after a name ending at `end` ("Mia, 22, is ..."), if any."""
    found = _SET_OFF.match(text, end)
    return parse_integer(found.group(1)) if found is not None else None
