"""Words of kin in a cue's way. Whose a possessive pronoun is where it stands right
before a word of a cue ("her daughter"): a cue's value named before it is the owner only
where the article says so, for "her" takes no name of its own. In "Kate Winslet plays
Ruth. Dominic Savage cast her daughter, Mia", Mia is not Savage's daughter, though
Savage is the one named nearer (a title given to a relative is kin_titles')."""

from __future__ import annotations

import re
import weakref
from bisect import bisect_left
from functools import cache

from validator.dataset.model import PropertyDef

from .asides import NOUN_APPOSITIVE
from .clauses import clause_start
from .cue_parts import ENTITY, PERSONS
from .line_ends import space_before
from .mentions import Mention, Mentions
from .model import Drafted

__all__ = [
    "called_otherwise",
    "one_called",
    "owned",
    "owned_by_another",
    "sole_before",
    "subject_carried",
]

# A possessive pronoun, then up to two words saying what the relative is ("her
# 22-year-old daughter", "his real-life son"), before the cue's word.
_SET_OFF_NOUN = re.compile(NOUN_APPOSITIVE)
_OWNER = re.compile(r"(?<![\w])(her|his|their)\s+((?:[\w’'-]+,?\s+){0,2})([\w’'-]+)", re.I)
# Another's name in the possessive, up to two words, the cue's word: the relative is that
# name's, not a value's before it ("Savage has cast Winslet's real-life daughter Mia").
_NAME_OWNER = re.compile(
    rf"(?:{ENTITY}|(?<![\w’'-])(?-i:[A-Z][\w’'-]*))[’']s\s+"
    r"((?:(?!(?:and|or|with|of|to|for|her|his|their|who|whose)(?![\w’'-]))[a-z][\w’'-]*\s+){0,2})"
    r"([\w’'-]+)"
)
_NAME_REACH = 200  # the longest name read where a possessive starts
# After the owned word, "with" names the other parent: in "Mia is Winslet's daughter with
# Jim Threapleton" the daughter is Mia, Winslet's and Threapleton's both.
_SHARED_WITH = re.compile(r"\s(?i:with)$")
# Two names owning one relative together: "Kate Winslet and Jim Threapleton's daughter".
_JOINT = re.compile(r"\s*(?:,|&|(?i:and))\s*")
# The pronouns of one person, and what opens or closes a quotation.
_PRONOUN = re.compile(r"(?<![\w’'-])(?i:she|her|he|his|him)(?![\w’'-])")
_QUOTES = re.compile(r"[“”\"]")
_NO_NOUN = frozenset({"the", "a", "an", "for", "of", "to", "in", "on", "at", "by", "as", "who"})
_AND_PRONOUN = re.compile(r"\s+and\s+(her|his|their)(?![\w])", re.I)
# English words set right before a name that say which of the two a person is called.
_CALLED = re.compile(
    r"(?<![\w])(?:(?P<she>actress|mother|mum|(?:mother|mum)-of-\w+|Mrs|Ms|Miss|Dame)"
    r"|(?P<he>father|dad|(?:father|dad)-of-\w+|Mr|Sir))\.?\s+$",
    re.I,
)
# "whose" and up to two words before a cue's word ("whose teenage daughter"): the one
# it calls is the name right before it, or one an appositive or a copula says is that
# noun ("Kate Winslet, the actress whose", "Kate Winslet is the actress whose").
_WHOSE_OWNS = re.compile(r"(?<![\w])(?i:whose)((?:\s+[\w’'-]+,?){1,3})")
_NAMES_WHOSE = re.compile(r"\s*(?:,\s*|\s+(?i:is|was)\s+)?(?:(?i:the|an?)\s+(?:[\w’'-]+\s+){1,3})?")
# The persons each person is called by; `_called_so` of an article, worked out once.
_Persons = dict[str, set[str]]
_KNOWN: weakref.WeakKeyDictionary[Mentions, dict[tuple[str, ...], tuple[_Persons, _Persons]]] = (
    weakref.WeakKeyDictionary()
)


# Names read before a pronoun in its sentence, as slot_names reads them: no article names
# more people before one "her", and listing them all for each cue's match made a
# sentence of thousands of names quadratic.
_MAX_NAMED = 12
# A word saying a relation right after it is one of the story's parts, not the people's.
_FICTION = re.compile(r"(?<![\w’'-])(?i:on-screen|onscreen|screen|fictional)\s+([\w’'-]+)")


def owned(
    mentions: Mentions,
    index: int,
    match: re.Match[str],
    cue: str,
    prop: PropertyDef,
    slots: dict[str, list[Drafted]],
) -> dict[str, list[Drafted]]:
    """The value and subject slots of a match, each with the names a possessive pronoun
    before a word of `cue` may stand for (see `_owner_fits`); a subject is read so only
    before a pronoun the cue writes ("{subject} ... her mother {value}")."""
    if prop.type != "entity":
        return {}
    if any(f.group(1).lower() in _cue_words(cue) for f in _FICTION.finditer(match.group())):
        return {"value": []}  # "Winslet's on-screen daughter": a part, not Mia's mother
    kept: dict[str, list[Drafted]] = {}
    for name, other, kinds in (
        ("value", "subject", prop.value_kinds),
        ("subject", "value", prop.subject_kinds),
    ):
        others = frozenset(str(s) for s in slots[other])
        kept[name] = [
            v
            for v in slots[name]
            if _owner_fits(mentions, index, match, cue, str(v), kinds, others, name)
        ]
    return kept


def _owner_fits(
    mentions: Mentions,
    index: int,
    match: re.Match[str],
    cue: str,
    value: str,
    kinds: tuple[str, ...],
    subjects: frozenset[str] = frozenset(),
    name: str = "value",
) -> bool:
    """Whether `value`, taken by slot `name` of `cue` (the value, or a subject before a
    pronoun the cue writes) before a possessive pronoun owning a word of the cue, is the
    one that pronoun stands for: right before it with "and"
    ("Winslet and her daughter"); the value slot's own pronoun of the same person ("She
    stars with her daughter"); one the article calls by that pronoun's person elsewhere;
    or the only person it may stand for, no other being named in its sentence before it
    nor in the nearest sentence before naming anyone, but one the dataset calls by a
    pronoun of another person. True where no pronoun owns one."""
    if name not in match.re.groupindex or match.start(name) < 0:
        return True
    if name == "subject" and not cue.lstrip().startswith("{subject"):
        # A subject after the cue's verb is its object, which a possessive pronoun later
        # in the clause does not call: in "Winslet shares Mia with her ex-husband", "her"
        # is the one who shares (kin_owners reads a pronoun for a subject that acts).
        return True
    cue_words = _cue_words(cue)
    text, start = match.string, _past_aside(match.string, match.end(name))
    end = min((match.start(n) for n in match.re.groupindex if match.start(n) >= start), default=0)
    whose = next(
        (
            found
            for found in _WHOSE_OWNS.finditer(text, start, end or match.end())
            if any(w.strip(",").lower() in cue_words for w in found.group(1).split())
        ),
        None,
    )
    if whose is not None and name == "value":
        # "Kate Winslet plays the mother whose daughter ...": the daughter is the
        # mother's, a part; in "Kate Winslet, the actress whose daughter", Winslet's.
        return _NAMES_WHOSE.fullmatch(text, start, whose.start()) is not None
    if any(
        found.group(2).lower() in cue_words
        and not _JOINT.fullmatch(text, start, found.start())
        and _named_at(mentions, index, found.start()) != value
        and not ("with" in cue_words and _SHARED_WITH.search(found.group(0)))
        for found in _NAME_OWNER.finditer(text, start, end or match.end())
    ):
        return False
    owner = next(
        (
            found
            for found in _OWNER.finditer(text, start, end or match.end())
            # A pronoun the cue writes itself is read for a subject before it, and only
            # that one ("{subject} ... her mother {value}"; in "Joe, her son with Sam
            # Mendes", "her" is the parent's); never for a value.
            if found.group(3).lower() in cue_words - _NO_NOUN  # "her daughter for the part"
            and (found.group(1).lower() in cue_words) == (name == "subject")
        ),
        None,
    )
    if owner is None:
        return True
    person = PERSONS[owner.group(1).lower()]
    if called_otherwise(mentions, value, owner.group(1)):
        return False  # "Savage co-wrote it with her daughter": the dataset calls him "he"
    if _AND_PRONOUN.fullmatch(text, start, owner.end(1)):
        return True
    slot = match.group(name).strip().lower()
    if slot in PERSONS:
        return person is not None and PERSONS[slot] == person
    called, bound = _called_so(mentions, kinds)
    if person is not None and called.get(value) == {person}:
        return True
    if called.get(value, set()) - {person}:
        return False
    others = _others(mentions, index, owner.start(), kinds) - {value} - subjects
    # Savage, named in the sentence before, is no one "her" stands for where the
    # dataset calls him "he".
    others = {o for o in others if not called_otherwise(mentions, o, owner.group(1))}
    return not any(person is None or _may_be(called, bound, o, person) for o in others)


def _past_aside(text: str, start: int) -> int:
    """Past a noun phrase set off right after a name (`NOUN_APPOSITIVE`): in "Mia, her
    daughter, as Freya", "her" owns what Mia is, no word of the cue after it."""
    aside = _SET_OFF_NOUN.match(text, start)
    return start if aside is None else aside.end()


def _named_at(mentions: Mentions, index: int, start: int) -> str | None:
    """The entity whose name starts at offset `start` of sentence `index`, if any."""
    found = mentions.within(index, start, start + _NAME_REACH, most=1)
    return found[0].entity if found and found[0].start == start else None


def called_otherwise(mentions: Mentions, entity: str, pronoun: str) -> bool:
    """Whether the dataset calls `entity` by a pronoun of another person than `pronoun`
    ("her" of someone it calls "he"); never where either is no one person's ("they")."""
    said = PERSONS.get(pronoun.lower())
    declared = mentions.dataset.entities[entity].pronoun
    return said is not None and declared is not None and PERSONS.get(declared) not in (None, said)


def one_called(
    mentions: Mentions, kinds: tuple[str, ...], named: list[str], person: str
) -> str | None:
    """Of the people `named` in one sentence, the one a pronoun of `person` ("she") in a
    later sentence stands for: the only one the article does not call otherwise, else
    the only one it calls so; None where several may be. In "Kate Winslet stars in a
    drama from Dominic Savage. She plays Ruth", "She" may be either."""
    people = tuple(k for k in kinds if k not in mentions.things(kinds))
    called, bound = _called_so(mentions, people)
    may_be = {e for e in named if _may_be(called, bound, e, person)}
    if len(may_be) > 1:
        may_be = {e for e in may_be if called.get(e) == {person}}
    return may_be.pop() if len(may_be) == 1 else None


# What may open a sentence before its first name, and what after a name says it is no
# clear subject of the verb that follows: a list ("Mia and Kate"), a companion ("with",
# "alongside"), an owner ("Mia's mother"), or words set off ("Mia, 22, and Kate").
_OPENING = re.compile(r"[\s“\"‘']*")
_NO_CLEAR_SUBJECT = re.compile(
    r"[’']s(?![\w])|\s*[,;:(&]|\s+(?i:and|or|nor|with|alongside|plus|together|as)(?![\w])"
)
_WORD_NEXT = re.compile(r"\s+[a-z]")
# An age set off after the name is no more than the name: "Mia Threapleton, 22, stars".
_AGE_AFTER = re.compile(r",\s*\d{1,3},|\s+\(\d{1,3}\)")


def subject_carried(
    mentions: Mentions, index: int, before: int, earlier: int, named: list[str]
) -> str | None:
    """Of the people `named` in sentence `earlier`, the one a possessive pronoun opening
    sentence `index` (at `before`) carries on from: the name that opens the sentence
    right before and is followed by its verb, as English continues a subject. In "Mia
    Threapleton stars opposite Kate Winslet. Her father is Jim Threapleton", "Her" is
    Mia's, as "She" in "... Kate Winslet. She plays Freya" is where the article's words
    tell no more (`one_called`); an age set off after the name ("Mia Threapleton, 22,
    stars") is passed over. After "Mia Threapleton and Kate Winslet star", or for a
    pronoun not opening its sentence ("Savage said her father"), no one's."""
    if earlier != index - 1 or _OPENING.fullmatch(mentions.texts[index], 0, before) is None:
        return None
    text = mentions.texts[earlier]
    first = mentions.by_sentence[earlier][:1]
    if not first or first[0].entity not in named:
        return None
    start, end = first[0].start, first[0].end
    end = age.end() if (age := _AGE_AFTER.match(text, end)) else end
    if _OPENING.fullmatch(text, 0, start) is None or _NO_CLEAR_SUBJECT.match(text, end):
        return None
    return first[0].entity if _WORD_NEXT.match(text, end) else None


def _may_be(called: _Persons, bound: _Persons, entity: str, person: str) -> bool:
    """Whether the article's words leave `entity` one a pronoun of `person` may call."""
    words = called.get(entity, set()) | bound.get(entity, set())
    return not words or person in words


@cache
def _cue_words(cue: str) -> frozenset[str]:
    """A cue's own words, in lower case, without its slots."""
    return frozenset(w.lower() for w in re.findall(r"[\w’'-]+", re.sub(r"\{[^}]*\}", " ", cue)))


def _others(mentions: Mentions, index: int, before: int, kinds: tuple[str, ...]) -> set[str]:
    """The people a pronoun at `before` may stand for: those named in its sentence before
    it, and those of the nearest sentence before naming anyone (of three at most)."""
    named = mentions.within(index, 0, before, most=_MAX_NAMED)
    found = {m.entity for m in named if mentions.kind(m.entity) in kinds}
    return found | _named_before(mentions, index, kinds)


def _named_before(mentions: Mentions, index: int, kinds: tuple[str, ...]) -> set[str]:
    """The people of the nearest sentence before `index` naming any (of three at most)."""
    for earlier in range(index - 1, max(-1, index - 4), -1):
        named = {
            m.entity for m in mentions.by_sentence[earlier] if mentions.kind(m.entity) in kinds
        }
        if named:
            return named
    return set()


def _called_so(mentions: Mentions, kinds: tuple[str, ...]) -> tuple[_Persons, _Persons]:
    """The persons ("she", "he") the article calls each of its people by: a pronoun of
    its narration that may stand for that person alone (see `_others`) or follows the
    name and "and" ("Kate Winslet and her daughter"), and a word such as "actress" or
    "Mr" right before the name. Then, apart, the persons of the pronouns whose sentence
    names that person alone before them, as "her" in "Savage cast her daughter" is
    not: those only tell who else a pronoun may not stand for ("The drama was created
    by Dominic Savage as part of his anthology": "her" is not Savage's)."""
    known = _KNOWN.setdefault(mentions, {})
    if kinds in known:
        return known[kinds]
    called: _Persons = {}
    bound: _Persons = {}
    for index, text in enumerate(mentions.texts):
        people = [m for m in mentions.by_sentence[index] if mentions.kind(m.entity) in kinds]
        for mention in people:
            word = _CALLED.search(text, max(0, mention.start - 20), mention.start)
            if word is not None:
                called.setdefault(mention.entity, set()).add("she" if word["she"] else "he")
            joined = _AND_PRONOUN.match(text, mention.end)
            person = None if joined is None else PERSONS[joined.group(1).lower()]
            if person is not None:
                called.setdefault(mention.entity, set()).add(person)
        # One pass over the sentence's pronouns, its quotation marks and people counted
        # as it goes: scanning them again from each pronoun made a sentence of thousands
        # of pronouns quadratic. Those named before a pronoun are `_others`' own.
        quotes = [q.start() for q in _QUOTES.finditer(text)]
        earlier = _named_before(mentions, index, kinds)
        before: set[str] = set()
        passed = 0
        for found in _PRONOUN.finditer(text):
            while passed < len(people) and people[passed].end <= found.start():
                before.add(people[passed].entity)  # in order, never overlapping
                passed += 1
            if bisect_left(quotes, found.start()) % 2:
                continue  # within a quotation: the speaker's words, not the article's
            said = str(PERSONS[found.group().lower()])
            if len(before) + len(earlier) <= 2 and len(may_be := before | earlier) == 1:
                called.setdefault(next(iter(may_be)), set()).add(said)
            if len(before) == 1:
                bound.setdefault(next(iter(before)), set()).add(said)
    known[kinds] = (called, bound)
    return called, bound


# Right after a name, what makes it someone's relative: an appositive or a copula
# opening with an owner ("Mia Threapleton, her daughter from her first marriage to
# director Jim Threapleton, plays Freya", "Mia is Kate Winslet's eldest child from her
# first marriage"). A possessive pronoun later in that clause calls the owner, not the name.
_OWNED_AFTER = re.compile(
    r"(?:\s*,\s*|\s+(?i:is|was)\s+)(?:(?i:the)\s+)?"
    r"(?:(?P<pronoun>(?i:her|his|their))|(?-i:[A-Z][\w’'-]*(?:\s[A-Z][\w’'-]*)?)[’']s)\s"
)


def owned_by_another(text: str, mention: Mention, at: int, pronoun: str) -> str | None:
    """Whether offset `at` lies in the clause right after `mention` that makes it
    someone's relative: "pronoun" where a pronoun is the owner, "name" where a name is;
    None where it does not. Past that clause, where the words up to `at` say the name was
    born, "name" where a name owns it, "pronoun" where `pronoun` is of the owner's person:
    in "Mia, her (or Winslet's) daughter, was born during her first marriage" the marriage
    is the mother's, as no one is born during their own ("announced her marriage": Mia's)."""
    opening = _OWNED_AFTER.match(text, mention.end)
    if opening is not None and opening.start("pronoun") == at:
        return "pronoun"  # "Mia is her daughter": "her" itself owns the clause
    if opening is None or opening.end() > at:
        return None
    owner = opening.group("pronoun")
    if clause_start(text, at) <= opening.end():
        return "pronoun" if owner else "name"
    if not _BORN.search(text, opening.end(), at):
        return None
    if owner is None:  # "Mia, Winslet's daughter, was born during her ...": Winslet's
        return "name"
    person = PERSONS.get(pronoun.lower())
    return "pronoun" if person is not None and PERSONS[owner.lower()] == person else None


_BORN = re.compile(r"(?<![\w])(?i:born|conceived)(?![\w])")


_RELATIVE_BEFORE = re.compile(r"(?<![\w])(?i:which|that)\s+$")


def sole_before(
    mentions: Mentions,
    index: int,
    text: str,
    start: int,
    kinds: tuple[str, ...],
    pronouns: list[str],
) -> list[str] | None:
    """Who a pronoun right after "which" or "that" (at `start` in sentence `index`, whose
    `text` it is) stands for: the one entity of `kinds` its sentence names before it that
    the pronoun may call ("Kate Winslet won for I Am Ruth, in which she played Ruth").
    Where it names several, or none, the draft cannot tell: "Winslet praised I Am,
    which he created" is no one. None where no "which" or "that" comes before it."""
    if _RELATIVE_BEFORE.search(text, max(0, space_before(text, start) - 5), start) is None:
        return None
    named = {
        m.entity
        for m in mentions.within(index, 0, start, most=12)
        if (not kinds or mentions.kind(m.entity) in kinds)
        and not called_otherwise(mentions, m.entity, pronouns[-1])
    }
    return sorted(named) if len(named) == 1 else []
