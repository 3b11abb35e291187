"""What a work called by its kind is ("the series", "the new film"), where it is not the
topic a sentence naming no subject is about: the one of that kind named last before
it, or the one the dataset relates the topic to."""

from __future__ import annotations

import re
import weakref
from bisect import bisect_left

from .mentions import Mentions
from .slot_names import antecedent

__all__ = ["so_called"]


def so_called(
    mentions: Mentions,
    index: int,
    match: re.Match[str],
    topic: str | None,
    works: tuple[str, ...],
    where: tuple[int, int] | None = None,
) -> str | None:
    """What "the series" (or "the anthology series") is: the work named right after it
    ("the drama I Am Maria", whatever the article is about), else the topic where it is of that
    kind, else the one of that kind named last before it in its paragraph, as a
    pronoun's antecedent is ("I Am Ruth is an instalment of I Am. The series, created by
    Dominic Savage, ..." is I Am's, not the film's), else the one of that kind the
    dataset records the topic as related to (`_related`); the topic where none is.
    `where` is the paragraph and offset of the words: a paragraph opening "The drama
    will air on Channel 4" after one ending "nominated for a Bafta for I Am Kirsty" goes
    back to what the article is about. Where a work of another kind is named after the
    one of that kind, the topic, if it is the one named, else nobody."""
    apposed = _apposed(mentions, index, match, works)
    if apposed is not None:
        return apposed
    kinds = _kinds_called(mentions, match.group("subject"), works)
    topic_kind = mentions.kind(topic) if topic is not None else None
    kind = topic_kind if topic_kind in kinds else next(iter(kinds), None)
    if len(kinds) > 1 and topic is not None and topic_kind == kind:
        # A word of several kinds ("the show") is the topic only where no other work of
        # them is named last before it: after "... for I Am Kirsty.", it could be either.
        last = antecedent(mentions, index, match.start("subject"), tuple(kinds), set())
        return topic if last in (None, topic) else None
    if kind is None or (topic is not None and topic_kind == kind):
        return topic
    named = antecedent(mentions, index, match.start("subject"), (kind,), set())
    if named is not None and topic is not None and where is not None:
        named = named if _named_before(mentions, where, named) else None
    if named is not None and topic is not None:
        # A work of another kind named since: "drama" or "film" may call either ("...
        # for I Am Kirsty. Kate Winslet stars in I Am Ruth. The drama airs ..."). The
        # topic named since is what the words are about (a series being the topic's
        # own, see `_related`); any other work leaves them no one's to tell.
        since = antecedent(mentions, index, match.start("subject"), works, set())
        if since is not None and since != named:
            if since != topic:
                return None
            named = None
    if named is not None or topic is None:
        return named
    known = _RELATED.setdefault(mentions, {})
    if (topic, kind) not in known:
        known[(topic, kind)] = frozenset(_related(mentions, topic, kind))
    related = set(known[(topic, kind)])
    if len(related) > 1:
        return None  # one of the topic's series, which the words do not say
    return related.pop() if related else topic


def _kinds_called(mentions: Mentions, words: str, works: tuple[str, ...]) -> list[str]:
    """The kinds of `works` whose name, or a word the dataset says one of that kind is
    called by (`kind_words`: "show" of a film, a drama or a series), ends `words`; the
    topic's kind first where it is one, as "the show" in an article about a film is it."""
    said = words.lower().replace("-", " ").split()
    called = mentions.dataset.kind_words
    return [
        kind
        for kind in works
        for name in (kind, *called.get(kind, ()))
        if said[-len(name.split()) :] == name.lower().replace("-", " ").split()
    ]


# How many names back in its paragraph a work called by its kind looks for the one it
# stands for: as far as a pronoun's three sentences reach, bounded on a hostile text.
_NAMES_BACK = 40


def _named_before(mentions: Mentions, where: tuple[int, int], entity: str) -> bool:
    """Whether `entity` is named in the paragraph before offset `where[1]`, among the
    last names there."""
    found = mentions.by_paragraph.get(where[0], [])
    end = bisect_left(found, where[1], key=lambda m: m.start)
    return any(m.entity == entity for m in found[max(0, end - _NAMES_BACK) : end])


# Between a work's kind and its name: "the drama I Am Maria", "the new film, I Am Ruth".
_APPOSED = re.compile(r",?\s+")


def _apposed(
    mentions: Mentions, index: int, match: re.Match[str], works: tuple[str, ...]
) -> str | None:
    """The work of one of the `works` kinds named right after the subject slot's words."""
    gap = _APPOSED.match(match.string, match.end("subject"))
    if gap is None:
        return None
    named = mentions.within(index, gap.end(), len(match.string), most=1)  # the next one
    if named and named[0].start == gap.end() and mentions.kind(named[0].entity) in works:
        return named[0].entity
    return None


# `_related` of each topic and kind, once an article: it reads every fact of the
# dataset, and an article may call works by their kind in every sentence.
_RELATED: weakref.WeakKeyDictionary[Mentions, dict[tuple[str, str], frozenset[str]]] = (
    weakref.WeakKeyDictionary()
)


def _related(mentions: Mentions, topic: str, kind: str) -> set[str]:
    """The entities of `kind` that the dataset's facts about `topic` name, or whose own
    facts name `topic`: in an article about a film, "the series" named nowhere before
    is the series the film is part of, never the film, where "the drama" is the film
    when no fact of it names a drama; in one about the series, "the new film" is the
    film the dataset puts in it."""
    dataset = mentions.dataset
    entity_properties = {name for name, prop in dataset.properties.items() if prop.type == "entity"}
    named = {
        fact.raw_value
        for name in sorted(entity_properties)
        for fact in dataset.facts_for(topic, name)
        if isinstance(fact.raw_value, str)
        and fact.raw_value in dataset.entities
        and mentions.kind(fact.raw_value) == kind
    }
    naming = {
        subject
        for (subject, prop), facts in dataset.facts.items()
        if prop in entity_properties
        and subject in dataset.entities
        and mentions.kind(subject) == kind
        and any(fact.raw_value == topic for fact in facts)
    }
    return named | naming
