"""An age written in place of the name: "The 47-year-old picked up the award".

News style names a person, then calls them "the 47-year-old" (or "the 47-year-old
actress") to avoid repeating the name, so the one meant is the one named last: of the
people named before the epithet, those of the latest sentence that names any ("Freya is
played by Winslet's daughter, Mia Threapleton. The 22-year-old said ..." is Mia, not
the Winslet the article names most), and of them the one the article names most (the
earliest named on a tie). An owner ("Winslet's") is not who its sentence is about. It
passes over anyone the sentence names after the epithet ("The 22-year-old plays
opposite her mother Kate Winslet") and anyone the draft already gives another age
("Winslet, 47, ..." and later "The 21-year-old plays Freya": the 21-year-old is not
Winslet). An age a
cue has placed ("the 22-year-old actress Mia Threapleton") is the cue's. The age
property is the one whose cue reads "{value}-year-old"; a dataset with none has no
epithets.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

from validator.dataset.model import Dataset, PropertyDef

from .mentions import Mention, Mentions
from .model import DraftClaim
from .noun_fits import contradicts, fitting
from .numbers import INTEGER, parse_integer
from .person_words import calls_a_person
from .relations import excerpt
from .sentences import Sentence

__all__ = ["find_epithets"]

_EPITHET = re.compile(rf"(?<![\w])(?i:the)\s+({INTEGER})-year-old(?![\w-])")
# What the person is, with their age set off after it, opening the sentence: "The
# Oscar-winning actress, 47, stars alongside ...". Up to four words ending in one in
# lower case (a title's head), none an owner's ("The couple's son, 18," is not whom the
# sentence before names); an age no one has (over 120) is a number of something else.
_DESCRIBED = re.compile(rf"(?i:the)\s+(?:[\w-]+\s+){{0,3}}[a-z][\w-]*,\s+({INTEGER}),")
_OLDEST = 120
# The word right after an age epithet ("the 47-year-old actress"), and how many
# sentences back a noun's fitting person may be named, as for a stand-in.
_NEXT_WORD = re.compile(r"\s+([\w-]+)")
_LOOK_BACK = 3


def _age_property(dataset: Dataset) -> PropertyDef | None:
    for name in sorted(dataset.properties):
        prop = dataset.properties[name]
        if prop.type == "integer" and any("{value}-year-old" in cue for cue in prop.cues):
            return prop
    return None


def find_epithets(
    sentences: list[Sentence],
    mentions: Mentions,
    dataset: Dataset,
    drafted: list[DraftClaim],
    placed: set[tuple[int, int]],
) -> tuple[list[DraftClaim], set[tuple[int, int]]]:
    """The age claims epithets give, and the (sentence, offset) of each age they used;
    `placed` holds the (sentence, offset) of the values the cues took."""
    prop = _age_property(dataset)
    if prop is None:
        return [], set()
    own = _own_words(prop)
    stated = {(c.subject, repr(c.value)) for c in drafted if c.property == prop.name}
    ages: dict[str, set[str]] = {}  # the ages the draft gives each person
    for subject, age in stated:
        ages.setdefault(subject, set()).add(age)
    claims: list[DraftClaim] = []
    used: set[tuple[int, int]] = set()
    last: dict[str, int] = {}  # each entity named in the sentences before: the last one
    # How often each is named before the sentence: an epithet looks back, so whom the
    # article names more later ("Mia" in the answers after "The Oscar winner, 47,")
    # does not make them the one it stands for.
    named_before: Counter[str] = Counter()
    for index, sentence in enumerate(sentences):
        found = mentions.by_sentence[index]  # in order, never overlapping
        # The sentence's names are noted once each as its epithets are read in order, and
        # where each entity is last named in it is found once: read again for each
        # epithet, a sentence of thousands of both took time growing with their product.
        so_far, noted, counted = dict(last), 0, named_before.copy()
        latest = {mention.entity: mention.start for mention in found}
        for match in _epithets(sentence.text, own):
            value = parse_integer(match.group(1))
            if value is None or (index, match.start(1)) in placed:
                continue
            while noted < len(found) and found[noted].end <= match.start():
                _note(so_far, sentence.text, found[noted : noted + 1], index)
                counted[found[noted].entity] += 1
                noted += 1
            # Whom the sentence names after the epithet is another: "The 22-year-old
            # plays opposite her mother Kate Winslet", "The 47-year-old thanked Savage".
            named = {e: at for e, at in so_far.items() if latest.get(e, -1) < match.end()}
            noun = _noun(sentence.text, match, own)
            person = _person(
                mentions, named, counted, prop.subject_kinds, ages, repr(value), noun, index
            )
            if person is None:
                continue
            used.add((index, match.start(1)))
            if (person, repr(value)) in stated:
                continue  # the age the draft already gives them
            where = (sentence.paragraph, sentence.start + match.start())
            claims.append(
                DraftClaim(person, prop.name, value, excerpt(sentence.text, match), where)
            )
        _note(last, sentence.text, mentions.by_sentence[index], index)
        named_before.update(mention.entity for mention in found)
    return claims, used


def _own_words(prop: PropertyDef) -> frozenset[str]:
    """The words of the kinds the dataset gives an age ("person"): nouns for its people."""
    return frozenset(word for kind in prop.subject_kinds for word in kind.lower().split("-"))


def _epithets(text: str, own: frozenset[str]) -> list[re.Match[str]]:
    """The epithets of a sentence: its ages in place of a name, and what opens it where
    its last word calls a person (`own`: the dataset's words for its people). "The film,
    90," gives a running time and "The episode, 45," a number of something, never the
    age of whom they star: an age is a person's."""
    found = list(_EPITHET.finditer(text))
    opening = _DESCRIBED.match(text)
    if (
        opening is not None
        and (parse_integer(opening.group(1)) or _OLDEST + 1) <= _OLDEST
        and calls_a_person(text[: opening.start(1)].split()[-1].rstrip(","), own)
    ):
        found.insert(0, opening)
    return found


def _note(last: dict[str, int], text: str, found: Iterable[Mention], index: int) -> None:
    """Each entity of `found` as last named in sentence `index`; an owner ("Winslet's
    own daughter, Mia Threapleton") is not who the sentence is about, so it keeps when
    it was named before (or comes last, if never)."""
    for mention in found:
        if not mention.owns(text):
            last[mention.entity] = index
        else:
            last.setdefault(mention.entity, -1)


def _noun(text: str, match: re.Match[str], own: frozenset[str]) -> str:
    """The noun an epithet calls the person by: "actress" of "The Oscar-winning actress,
    47," and of "The 47-year-old actress"; the age itself where no such noun follows."""
    if match.re is _DESCRIBED:
        return text[: match.start(1)].split()[-1].rstrip(",")
    after = _NEXT_WORD.match(text, match.end())
    return after.group(1) if after and calls_a_person(after.group(1), own) else match.group(0)


def _person(
    mentions: Mentions,
    named: dict[str, int],
    counted: Counter[str],
    kinds: tuple[str, ...],
    ages: dict[str, set[str]],
    value: str,
    noun: str,
    index: int,
) -> str | None:
    """The person last named before the epithet (`named`: the sentence each was last
    named in), the one named most before it (`counted`) of those named there, not given
    another age (`ages`: the ages the draft gives each person, `value` this one, both as
    `repr` writes them).
    Where the dataset says whom the epithet's `noun` fits ("the actress"), one it fits
    named in the sentences a stand-in reaches back to, before sentence `index`; never
    one it calls by the other person's pronoun."""
    candidates = [
        e
        for e in named
        if (not kinds or mentions.kind(e) in kinds)
        and value in ages.get(e, {value})
        and not contradicts(mentions, noun, e)  # "the actress" is no "he"
    ]
    if not candidates:
        return None
    near = [e for e in candidates if named[e] >= index - _LOOK_BACK]
    candidates = (fitting(mentions, noun, near) if near else []) or candidates
    return min(candidates, key=lambda e: (-named[e], -counted[e], mentions.first[e], e))
