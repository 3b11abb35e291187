"""The entities a cue's slot names in a sentence: each name of a list, a pronoun
resolved to the entity it stands for, the slot's kinds checked."""

from __future__ import annotations

import re
from itertools import pairwise

from .cue_parts import (
    EPITHET_WORDS,
    LIST_CLOSE,
    NAME_MARK,
    PERSONS,
    POSSESSIVES,
    PRONOUNS,
    ROLE_WORD,
    THE_EPITHET,
    kind_called,
    listed,
)
from .cues import FIRST_PERSON, THING_PRONOUNS
from .fronted import apposed_pronoun, aside_last
from .kin_chains import chain_owners
from .kin_owners import called_otherwise, one_called, owned_by_another, sole_before, subject_carried
from .label_values import is_label_value
from .list_parts import AS_PART
from .mentions import Mention, Mentions
from .model import Value
from .numbers import INTEGER
from .shared_kin import item_of_list, one_relative_after, shared_by_list
from .stand_ins import stands_for
from .verb_number import (
    list_cut,
    plural_verb,
    pronoun_after_opening,
    singular_after_who,
    singular_verb,
    together_verb,
)

__all__ = ["antecedent", "entities"]

# What may stand between the names of a list: commas, "and", "&", and a name's age
# ("Joe, 18, and Bear", "Joe (18) and Bear").
_SEPARATORS = re.compile(rf"^(?:[\s,&()]|and|{INTEGER})*$")
_THE = re.compile(r"(?i:the)\s+")
# A noun and a name after a name: the first name says which thing the second one is.
_MODIFIES = re.compile(rf"\s+{ROLE_WORD}\s+(?:{NAME_MARK[0]}|[A-Z])")
# A pronoun's antecedent is among the first names of its sentence.
_MAX_LIST = 12


def entities(
    mentions: Mentions,
    index: int,
    match: re.Match[str],
    slot: str,
    kinds: tuple[str, ...],
    owner: bool = False,
    speaker: str | None = None,
) -> list[Value | None]:
    """The entities a slot names: each name of a list, a pronoun or stand-in ("The actress")
    resolved, kinds checked; an `owner` pronoun only where meant ("her" of "her husband");
    "I", the `speaker` of the quotation the slot stands in."""
    start, end = match.span(slot)
    text = match.group(slot)
    meant = stands_for(mentions, index, (start, end), kinds)
    if not text or meant is not None:
        return list(meant or ())
    inside = mentions.within(index, start, end, loose=True)
    the = _THE.match(text)
    if the and inside and inside[0].start == start + the.end():
        # "died on the Matterhorn": the slot's "the" belongs to the name (cue_parts.THE_NAME).
        # Ending the cue, in "the Channel 4 film I Am Ruth" the name only says which film.
        if end == match.end() and _MODIFIES.match(match.string, end):
            return []
        start, text = start + the.end(), text[the.end() :]
    acting = pronoun_after_opening(text) if start == match.start() and inside else None
    if acting is not None:  # "At the 2023 Baftas, it won": the pronoun acts
        start, text, inside = start + acting, text[acting:], []
    if (cut := list_cut(match.string, [m.end for m in inside], end, match.end())) is not None:
        inside, end, text = inside[:-1], cut, match.string[start:cut]
    one = _one_name(mentions, match, inside, start, end)
    if one is not None:
        inside, start, end = [one], one.start, one.end
        text = match.string[start:end]
    rest = list(text)
    for i in listed(text, [(m.start - start, m.end - start) for m in inside]):
        rest[i] = " "  # and "her daughter" of "and her daughter Mia": no one's "her"
    leftover = "".join(rest)
    words = leftover.split()
    pronouns = [w for w in words if w.lower() in PRONOUNS or w.lower() in THING_PRONOUNS]
    first = [w for w in words if w == FIRST_PERSON]
    between = " ".join(w for w in words if w not in pronouns and w not in first)
    if not _SEPARATORS.match(EPITHET_WORDS.sub(" ", AS_PART.sub(" ", between))):
        return []
    if (narrowed := _pronoun_kinds(mentions, pronouns, kinds)) is None:
        return []
    kinds = narrowed
    out: list[Value | None] = [m.entity for m in inside]
    if start == match.start() and inside and together_verb(match.string, end):
        # "Kate Winslet and her daughter Mia Threapleton star in ...": the name before
        # "and" and a relative of theirs acts with the one the slot took, where the verb
        # says both do ("was born in London" is the daughter's alone; "Mia, 22," too).
        out[:0] = _joined_before(mentions, index, match.string, start)
    out += [speaker for _ in first[:1]]
    if owner and slot == "value" and inside and pronouns:
        # "{value}'s son" reads "her son", but "with her daughter Mia, 22, and her son
        # Joe" makes Joe no son of Mia's: a possessive pronoun is the value alone.
        return []
    if pronouns and inside and _owns_next(match.string, end, text.split()[-1]):
        # "Kate Winslet and her daughter": "her" owns the word, and is no more of the list.
        pronouns = pronouns[:-1]
        if (chained := chain_owners(mentions, index, inside[-1], text.split()[-1])) is not None:
            return list(chained)  # "Winslet's daughter Mia and her husband" (kin_chains)
    if pronouns and not inside and _nearer_owner(mentions, index, match, slot, kinds):
        return []
    relative = pronouns and sole_before(mentions, index, match.string, start, kinds, pronouns)
    if relative is not None and not inside:  # "the drama, which she co-wrote" (kin_owners)
        out += relative
        pronouns = []
    if pronouns:
        exclude = {m.entity for m in inside}
        if owner and not inside:
            out.append(_only_antecedent(mentions, index, start, kinds, exclude, pronouns[-1]))
        else:
            out.append(antecedent(mentions, index, start, kinds, exclude, pronouns[-1]))
    kept = [e for e in out if e is None or not kinds or mentions.kind(str(e)) in kinds]
    if THE_EPITHET in match.re.groupindex and match.end(THE_EPITHET) == match.start(slot):
        # "by the acclaimed Dominic Savage": a person's epithet (see cue_parts.THE_EPITHET).
        return [e for e in kept if e is not None and not mentions.things((mentions.kind(str(e)),))]
    return kept


def _pronoun_kinds(
    mentions: Mentions, pronouns: list[str], kinds: tuple[str, ...]
) -> tuple[str, ...] | None:
    """The kinds of the slot a pronoun among `pronouns` may stand for; None where none is."""
    if any(w.lower() in THING_PRONOUNS for w in pronouns):
        # "It" is a thing: of the slot's kinds, those that are no person's.
        kinds = mentions.things(kinds)
    elif any(w.lower() in _SAME_PERSON for w in pronouns) and mentions.knows_people():
        # "His earlier films" is a person's: never the film the article names.
        kinds = tuple(k for k in kinds if k not in mentions.things(kinds))
    else:
        return kinds
    return kinds or None


def _nearer_owner(
    mentions: Mentions, index: int, match: re.Match[str], slot: str, kinds: tuple[str, ...]
) -> bool:
    """Whether a possessive pronoun taking the slot, naming no one of its kinds before it
    in its sentence, is followed before the cue's next slot by a name of those kinds
    that owns what follows more nearly: in "His latest stars Kate Winslet and her
    daughter Mia", "His" (a man named sentences before) is not Mia's parent. Where its
    sentence names one before it ("Kate Winslet arrived with her daughter Mia, 22, and
    her son Joe"), that one is."""
    if match.group(slot).strip().lower() not in POSSESSIVES:
        return False
    start, end = match.span(slot)
    after = [match.start(n) for n in match.re.groupindex if match.start(n) >= end]
    before = mentions.within(index, 0, start)
    between = mentions.within(index, end, min(after, default=match.end()))
    return not any(_fits(mentions, m, kinds, set()) for m in before) and any(
        _fits(mentions, m, kinds, set()) for m in between
    )


def antecedent(
    mentions: Mentions,
    index: int,
    before: int,
    kinds: tuple[str, ...],
    exclude: set[str],
    pronoun: str = "",
    depth: int = 0,
) -> str | None:
    """What a pronoun stands for: the first entity of the right kind named in its
    sentence before it, else the last one named in the three sentences before; but
    where one of those calls someone by a `pronoun` of the same person ("she", "her")
    before naming anyone, the one that pronoun stands for: in "Now 47, she stars in I
    Am Ruth with director Dominic Savage. She plays Ruth", the second "She" is the
    first's, not Savage."""
    apposed = apposed_pronoun(mentions.texts[index])
    own = 0 if apposed is not None and apposed.start("pronoun") == before else before
    for mention in mentions.within(index, 0, own, most=_MAX_LIST):  # (see fronted)
        if _fits(mentions, mention, kinds, exclude, pronoun):
            return mention.entity
    person = _SAME_PERSON.get(pronoun.lower())
    things = mentions.things(kinds)
    for earlier in range(index - 1, max(-1, index - 4), -1):
        carried = _same_person(mentions, earlier, pronoun, kinds, exclude)
        if carried is not None and depth < _MAX_CARRIED:
            return antecedent(mentions, earlier, carried, kinds, exclude, pronoun, depth + 1)
        if pronoun.lower() in THING_PRONOUNS and _kind_called_last(mentions, earlier, kinds):
            # "The feature-length drama ... . It airs on Channel 4": "it" is what "the
            # drama" is, the work the article is about, not a programme named before.
            return None
        fitting = _acting(mentions, earlier, kinds, exclude, pronoun)
        if pronoun.lower() in THING_PRONOUNS and aside_last(mentions, earlier, kinds):
            return None  # the article's work, not a work named before the aside either
        if person is not None:
            people = [e for e in fitting if mentions.kind(e) not in things]
            if len(set(people)) > 1:
                # Two before "She": the article's words tell which, else the subject carried on.
                called = one_called(mentions, kinds, people, person)
                return called or subject_carried(mentions, index, before, earlier, people)
        if fitting:
            return fitting[-1]
    return None


# Personal pronouns by the one person they call (see cue_parts.PERSONS). A sentence's pronoun
# carried from the one before is followed this far back.
_SAME_PERSON = {word: person for word, person in PERSONS.items() if person is not None}
_MAX_CARRIED = 3
_PERSONAL_WORD = re.compile(rf"(?<![\w])(?i:{'|'.join(_SAME_PERSON)})(?![\w])")


def _same_person(
    mentions: Mentions, index: int, pronoun: str, kinds: tuple[str, ...], exclude: set[str]
) -> int | None:
    """Where sentence `index` calls someone by a pronoun of the same person as
    `pronoun`, before it names anyone who fits; None where it does not."""
    person = _SAME_PERSON.get(pronoun.lower())
    if person is None:
        return None
    text = mentions.texts[index]
    if (apposed := apposed_pronoun(text)) and _SAME_PERSON[apposed[1].lower()] == person:
        return apposed.start(1)  # "The daughter of Kate Winslet, she ..." (see fronted)
    fitting = [m.start for m in mentions.by_sentence[index] if _fits(mentions, m, kinds, exclude)]
    for found in _PERSONAL_WORD.finditer(text, 0, min(fitting, default=len(text))):
        if _SAME_PERSON[found.group().lower()] == person:
            return found.start()
    return None


def _only_antecedent(
    mentions: Mentions,
    index: int,
    before: int,
    kinds: tuple[str, ...],
    exclude: set[str],
    pronoun: str,
) -> str | None:
    """What a possessive pronoun stands for where only one entity can be meant: the one
    of the right kind named in its sentence before it, else in the nearest sentence of
    the three before naming any. Two named are two owners it may be: in "Mia, Winslet's
    daughter with her first husband" the husband is not Mia's. Nor is a name the one
    where the pronoun stands in the clause after it that says whose relative it is
    (`kin_owners.owned_by_another`): where a name owns that one ("Kate's eldest child"), the
    pronoun is that name's, and stands for no one where the dataset does not know it.
    Past that clause, where the name is said to be born, a pronoun of the same person as
    its owner is that owner's too: in "Mia, her daughter, was born during her first
    marriage to Jim", both are the mother.
    Nor a name the dataset calls by a pronoun of another person ("her" is no "he")."""
    text = mentions.texts[index]
    in_sentence = mentions.within(index, 0, before, most=_MAX_LIST)
    owned = {id(m): owned_by_another(text, m, before, pronoun) for m in in_sentence}
    owned_by_name = "name" in owned.values()
    for earlier in range(index, max(-1, index - 4), -1):
        if earlier < index and owned_by_name:
            return None
        named = (
            [m for m in in_sentence if owned[id(m)] is None]
            if earlier == index
            else mentions.by_sentence[earlier][:_MAX_LIST]
        )
        fitting = {
            m.entity
            for m in named
            if _fits(mentions, m, kinds, exclude)
            and not called_otherwise(mentions, m.entity, pronoun)
        }
        if len(fitting) > 1:  # two owners it may be: the subject carried on, if any
            return subject_carried(mentions, index, before, earlier, list(fitting))
        if fitting:
            return fitting.pop()
    return None


def _kind_called_last(mentions: Mentions, index: int, kinds: tuple[str, ...]) -> bool:
    """Whether sentence `index` calls a thing by one of these kinds ("the drama", "this
    feature-length film") after the last name of those kinds in it."""
    if not kinds:
        return False
    named = [m.end for m in mentions.by_sentence[index] if mentions.kind(m.entity) in kinds]
    return kind_called(kinds).search(mentions.texts[index], max(named, default=0)) is not None


def _fits(
    mentions: Mentions,
    mention: Mention,
    kinds: tuple[str, ...],
    exclude: set[str],
    pronoun: str = "",
) -> bool:
    """Whether a name may be what a pronoun stands for: of its kinds, not excluded, and
    not one the dataset calls by another person's pronoun ("she" is not Dominic Savage)."""
    return (
        mention.entity not in exclude
        and (not kinds or mentions.kind(mention.entity) in kinds)
        and not called_otherwise(mentions, mention.entity, pronoun)
    )


def _acting(
    mentions: Mentions, index: int, kinds: tuple[str, ...], exclude: set[str], pronoun: str
) -> list[str]:
    """The entities of sentence `index` a pronoun in a later one may stand for; for a
    person's, an owner ("Winslet's eldest child") only where no one else is: in
    "Threapleton, 22, is Winslet's eldest child. She plays Freya", "She" is Threapleton.
    (For "it", a sentence whose last work is an aside is passed over: `aside_last`.)"""
    text = mentions.texts[index]
    fitting = [
        m for m in mentions.by_sentence[index] if _fits(mentions, m, kinds, exclude, pronoun)
    ]
    if pronoun.lower() in _SAME_PERSON:
        fitting = [m for m in fitting if not m.owns(text)] or fitting
    return [m.entity for m in fitting]


_NEW_CLAUSE_AND = re.compile(r"\s*,\s*and\s+")
# "and her daughter", "and his real-life son": joining a name to a relative's.
_AND_RELATIVE = re.compile(r"\s+and\s+(?:her|his|their)\s+(?:[a-z][a-z-]*\s+){1,2}")


def _joined_before(mentions: Mentions, index: int, text: str, start: int) -> list[Value | None]:
    """The name right before "and" and a possessive's relative word that lead to `start`."""
    before = mentions.before(index, start)
    if before is not None and _AND_RELATIVE.fullmatch(text, before.end, start):
        return [before.entity]
    return []


_WHOSE_AFTER = re.compile(r"\s*,\s*(?i:whose)(?![\w])")


def _one_name(
    mentions: Mentions, match: re.Match[str], inside: list[Mention], start: int, end: int
) -> Mention | None:
    """The one name of several in a slot that are no list, else None."""
    if len(inside) < 2 or shared_by_list(mentions.dataset, match.string, end, inside):
        return None  # "Mia and Joe, whose mother ...": a list, of both (see shared_kin)
    beside = inside[-1] if start == match.start() else inside[0]  # beside the cue's words
    if len(inside) == 2 and _NEW_CLAUSE_AND.fullmatch(match.string, inside[0].end, inside[1].start):
        # Two names parted by ", and" are no list but two clauses ("created by Dominic
        # Savage, and Winslet improvised"): the name beside the cue's words is the one.
        return beside
    if _WHOSE_AFTER.match(match.string, end) or (
        _relative_follows(match, end) and not plural_verb(match.string, match.end("relative"))
    ):
        # "Kate Winslet and Dominic Savage, who directed it": the relative clause is
        # about the name it follows, as is a possessive one ("Kate Winslet and Joe
        # Anders, whose father Sam Mendes ..." makes Mendes no father of Winslet's);
        # "Mia and Joe, who play her children" is about both.
        return inside[-1]
    if (end < match.end() and singular_after_who(match.string, end)) or (
        start == match.start() and singular_verb(match.string, end)
    ):
        # The cue's own "who" ("Kate Winslet and Mia, who plays Freya" casts Mia alone; a
        # "who" past the cue leaves its list whole) or verb ("... and Savage directs").
        return inside[-1]
    if start == match.start() and one_relative_after(match.string, end):
        return inside[-1]  # "Mia, Joe and Bear, her son with ...": Bear's (see shared_kin)
    if start > match.start() and item_of_list(match.string, start):
        return inside[0]  # "Kate Winslet, her daughter Mia and Joe": Mia alone (shared_kin)
    if not _closes_list(match.string, inside) and not is_label_value(match.string, start, end):
        # Names parted by commas alone are no list: "and" or "&" closes one ("A, B and
        # C"). In "Directed by Jane Doe, Kate Winslet plays Ruth" the comma ends the
        # opening words: the name beside the cue's words is the one. A fact box's
        # "Cast: A, B" is a list: its value is nothing else (see label_values).
        return beside
    return None


def _relative_follows(match: re.Match[str], end: int) -> bool:
    """Whether the cue's verb opens a relative clause right after the slot ending at
    `end` ("..., who directed it"; see cues)."""
    if "relative" not in match.re.groupindex or match.group("relative") is None:
        return False
    return end <= match.start("relative")


def _closes_list(text: str, names: list[Mention]) -> bool:
    """Whether "and" or "&" stands between two of the names, as it closes a list."""
    return any(
        LIST_CLOSE.search(text, before.end, after.start) for before, after in pairwise(names)
    )


_NEXT_WORD = re.compile(r"\s+\w")


def _owns_next(text: str, end: int, last: str) -> bool:
    """Whether a slot's last word is a possessive pronoun owning the word after it."""
    return last.lower() in POSSESSIVES and _NEXT_WORD.match(text, end) is not None
