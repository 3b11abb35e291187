"""An age written in place of the name: "The 47-year-old picked up the award".

News style names a person, then calls them "the 47-year-old" (or "the 47-year-old
actress") to avoid repeating the name. The one meant is the person the article is about:
of the people named before the epithet, the one the article names most (the earliest
named on a tie), passing over anyone the sentence names after it ("The 22-year-old
plays opposite her mother Kate Winslet") and anyone the draft already gives another
age ("Winslet, 47, ..." and later "The 21-year-old plays Freya": the 21-year-old is not
Winslet). An age a
cue has placed ("the 22-year-old actress Mia Threapleton") is the cue's. The age
property is the one whose cue reads "{value}-year-old"; a dataset with none has no
epithets.
"""

from __future__ import annotations

import re

from validator.dataset.model import Dataset, PropertyDef

from .mentions import Mentions
from .model import DraftClaim
from .numbers import INTEGER, parse_integer
from .relations import excerpt
from .sentences import Sentence

__all__ = ["find_epithets"]

_EPITHET = re.compile(rf"(?<![\w])(?i:the)\s+({INTEGER})-year-old(?![\w-])")


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
    stated = {(c.subject, repr(c.value)) for c in drafted if c.property == prop.name}
    ages: dict[str, set[str]] = {}  # the ages the draft gives each person
    for subject, age in stated:
        ages.setdefault(subject, set()).add(age)
    claims: list[DraftClaim] = []
    used: set[tuple[int, int]] = set()
    seen: set[str] = set()  # the entities named in the sentences before
    for index, sentence in enumerate(sentences):
        for match in _EPITHET.finditer(sentence.text):
            value = parse_integer(match.group(1))
            if value is None or (index, match.start(1)) in placed:
                continue
            named = seen | {m.entity for m in mentions.within(index, 0, match.start())}
            # Whom the sentence names after the epithet is another: "The 22-year-old
            # plays opposite her mother Kate Winslet", "The 47-year-old thanked Savage".
            named -= {m.entity for m in mentions.within(index, match.end(), len(sentence.text))}
            person = _person(mentions, named, prop.subject_kinds, ages, repr(value))
            if person is None:
                continue
            used.add((index, match.start(1)))
            if (person, repr(value)) in stated:
                continue  # the age the draft already gives them
            where = (sentence.paragraph, sentence.start + match.start())
            claims.append(
                DraftClaim(person, prop.name, value, excerpt(sentence.text, match), where)
            )
        seen.update(m.entity for m in mentions.by_sentence[index])
    return claims, used


def _person(
    mentions: Mentions,
    named: set[str],
    kinds: tuple[str, ...],
    ages: dict[str, set[str]],
    value: str,
) -> str | None:
    """The person named most before the epithet, not given another age (`ages`: the
    ages the draft gives each person, `value` this one, both as `repr` writes them)."""
    candidates = [
        e
        for e in named
        if (not kinds or mentions.kind(e) in kinds) and value in ages.get(e, {value})
    ]
    if not candidates:
        return None
    return min(candidates, key=lambda e: (-mentions.counts[e], mentions.first[e], e))
