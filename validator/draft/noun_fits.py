"""Whom a person's noun fits ("the actress", "the director"), where the dataset says.

A writer calls someone named before by what they are, in place of their name: "Kate
Winslet plays Ruth. Dominic Savage directs. The actress appeared on Lorraine" is
Winslet, though Savage is named last. The dataset tells whom a noun fits in two ways:

- a property whose cue sets the noun before a person as a title ("director {value}",
  "producer {value}", "writer and director[,] {value}"): the noun fits whoever the
  dataset records as that property's value for any work;
- the pronoun the dataset gives a person (`pronoun: she`), for a noun of one person
  only in English ("actress", "mother", "husband").

Where it tells neither for a noun, or no one named fits, the one meant is found as
before: this only prefers, among those who may be meant, the ones the noun fits.
"""

from __future__ import annotations

import re
import weakref
from collections.abc import Sequence

from validator.dataset.model import PropertyDef

from .cue_parts import PERSONS
from .kin_owners import called_otherwise
from .mentions import Mentions

__all__ = ["contradicts", "credited_owners", "famous_one", "fitting", "speaker_fits"]

# English nouns of one person only (general English, as kin_owners reads "actress" or
# "father" before a name). "Actor", "host" and "star" are said of anyone.
_SHE_WORDS = (
    "actress mother mum mom daughter sister wife widow woman girl lady aunt niece"
    " grandmother granddaughter queen princess duchess heiress heroine hostess"
    " chairwoman spokeswoman businesswoman sportswoman stepmother stepdaughter"
    " girlfriend bride fiancée"
)
_HE_WORDS = (
    "father dad son brother husband widower man boy uncle nephew grandfather grandson"
    " king prince duke chairman spokesman businessman sportsman stepfather stepson"
    " boyfriend groom fiancé"
)
_SHE = frozenset(_SHE_WORDS.split())
_HE = frozenset(_HE_WORDS.split())
# A cue setting one noun before a person's name as their title, an optional comma or
# colon between, `{value}` ending the cue: "director {value}", "host {value}". Not a
# verb's form ("starring {value}"), nor several nouns ("writer and director[,] {value}",
# a title of two properties at once).
_TITLE_CUE = re.compile(r"(?P<noun>[a-z][a-z-]*)\s*(?:\[,\]|,|:)?\s*\{value\}")
_VERB_ENDINGS = ("ing", "ed")
# How many paragraphs before a quotation's a speaker's noun may find whom it fits.
_SPEAKER_REACH = 2
# Per article (its Mentions): each title noun with the people any fact of the dataset
# gives as its properties' value.
_TITLED: weakref.WeakKeyDictionary[Mentions, dict[str, frozenset[str]]] = (
    weakref.WeakKeyDictionary()
)


def _person(word: str) -> str | None:
    """The one person a noun calls in English ("she" of "actress"), if any; of a noun
    made with "of", "to" or "in" after it ("mum-of-three", "father-to-be",
    "mother-in-law"), its first word's, of another compound ("single-mother") its last's."""
    parts = word.split("-")
    head = parts[0] if len(parts) > 2 and parts[1] in ("of", "to", "in") else parts[-1]
    return "she" if head in _SHE else "he" if head in _HE else None


def fitting(mentions: Mentions, noun: str, people: Sequence[str]) -> list[str]:
    """Of `people` (entity ids), those the `noun` fits by what the dataset records of
    them; [] where it fits none of them or the dataset tells nothing of the noun."""
    word = noun.lower().strip("’'")
    person = _person(word)
    dataset = mentions.dataset
    titled = _titled(mentions).get(word)
    if person is None and titled is None:
        return []
    out = []
    for entity in people:
        declared = PERSONS.get(dataset.entities[entity].pronoun or "")
        if person is not None and declared is not None and declared != person:
            continue  # "the actress" is no one the dataset calls "he"
        if (person is not None and declared == person) or (titled and entity in titled):
            out.append(entity)
    return out


def contradicts(mentions: Mentions, noun: str, entity: str) -> bool:
    """Whether `noun` is of one person in English ("mother") and the dataset calls
    `entity` by the other's pronoun."""
    person = _person(noun.lower().strip("’'"))
    declared = PERSONS.get(mentions.dataset.entities[entity].pronoun or "")
    return person is not None and declared is not None and declared != person


# A cue making its value the owner of the work it calls by its kind, the title after:
# "{value}'s ... drama {subject}" ("Dominic Savage's improvised drama I Am Ruth").
_OWNER_OF_WORK = re.compile(r"\{value(?::one)?\}['’]s \.\.\. (?P<kind>[a-z][a-z-]*) \{subject\}")
# Per article, each property with the values the dataset's facts give it.
_CREDITED: weakref.WeakKeyDictionary[Mentions, dict[str, frozenset[str]]] = (
    weakref.WeakKeyDictionary()
)


def credited_owners(
    mentions: Mentions, cue: str, prop: PropertyDef, values: Sequence[str]
) -> list[str]:
    """The `values` a cue of `prop` took, where it makes them the owner of a work called
    by one of its subject's kinds ("Dominic Savage's drama"): only those the dataset
    records as the property's value of some work. The possessive says whose the work is,
    not which credit is theirs: "Kate Winslet's new drama" is the star's."""
    found = _OWNER_OF_WORK.fullmatch(cue)
    if found is None or found.group("kind") not in prop.subject_kinds:
        return list(values)
    known = _CREDITED.setdefault(mentions, {})
    if prop.name not in known:
        facts = mentions.dataset.facts_of((prop.name,))
        known[prop.name] = frozenset(f.raw_value for f in facts if isinstance(f.raw_value, str))
    return [value for value in values if value in known[prop.name]]


def _titled(mentions: Mentions) -> dict[str, frozenset[str]]:
    """Each noun a property's cue sets before a person's name as a title, with the people
    the dataset's facts give as that property's value (worked out once an article)."""
    known = _TITLED.get(mentions)
    if known is not None:
        return known
    dataset = mentions.dataset
    nouns: dict[str, set[str]] = {}
    for name, prop in dataset.properties.items():
        people = [k for k in prop.value_kinds if not mentions.things((k,))]
        if prop.type != "entity" or not people:
            continue
        for cue in prop.cues:
            found = _TITLE_CUE.fullmatch(cue)
            if found is not None and not found.group("noun").endswith(_VERB_ENDINGS):
                nouns.setdefault(found.group("noun"), set()).add(name)
    values: dict[str, set[str]] = {}
    if nouns:
        wanted = set().union(*nouns.values())
        for (_, held), facts in dataset.facts.items():
            if held in wanted:
                given = {f.raw_value for f in facts if isinstance(f.raw_value, str)}
                values.setdefault(held, set()).update(given)
    known = {
        noun: frozenset().union(*(values.get(p, set()) for p in props))
        for noun, props in nouns.items()
    }
    _TITLED[mentions] = known
    return known


def speaker_fits(
    mentions: Mentions,
    words: str,
    meant: str | None,
    where: tuple[int, int],
    kinds: tuple[str, ...],
) -> str | None:
    """Whom a speaker called by what they are (`words`: "the actress") stands for:
    `meant` (the last speaker, else the last named), unless the dataset says the noun
    fits someone else named before `where` (paragraph, offset), in its paragraph or the
    two before, and not `meant`: the last named of those; no one where it fits no one
    and the dataset calls `meant` by the other person's pronoun. A pronoun is `meant`."""
    if meant is None or words.lower() in PERSONS:
        # "“...,” she said" after "Dominic Savage thanked Winslet and Mia" is no one the
        # dataset calls "he": nobody, rather than the wrong one.
        return None if meant and called_otherwise(mentions, meant, words) else meant
    noun = words.split()[-1]
    if fitting(mentions, noun, [meant]):
        return meant
    paragraph, offset = where
    named = [
        m.entity
        for index in range(max(0, paragraph - _SPEAKER_REACH), paragraph + 1)
        for m in mentions.by_paragraph.get(index, ())
        if (index < paragraph or m.start < offset)
        and (not kinds or mentions.kind(m.entity) in kinds)
    ]
    fits = fitting(mentions, noun, list(dict.fromkeys(reversed(named))))
    if fits:
        return fits[0]
    return None if contradicts(mentions, noun, meant) else meant  # "the actress" is no "he"


# "The", a capitalised word naming what made the person known (a work, a prize: "the
# Titanic star", "the Oscar winner", "the Bafta-winning director"), then the noun.
_FAME = re.compile(r"(?i:the)\s+(?:[\w’'-]+\s+)?(?-i:[A-Z][\w’'-]*)\s+[a-z][\w’'-]*")


def famous_one(
    mentions: Mentions, words: str, where: tuple[int, int], kinds: tuple[str, ...]
) -> str | None:
    """Whom a speaker called by what made them known stands for: of the people named
    before `where` (paragraph, offset), the one the article names most (news style
    calls its main subject so, to avoid repeating the name), not the last one named or
    heard; unless the noun fits another (see `speaker_fits`: "the Bafta-winning
    director" is the director). None for other words, or no one named before."""
    if _FAME.fullmatch(words) is None:
        return None
    paragraph, offset = where
    named = {
        m.entity
        for index in range(paragraph + 1)
        for m in mentions.by_paragraph.get(index, ())
        if (index < paragraph or m.start < offset) and mentions.kind(m.entity) in kinds
    }
    return mentions.topic(kinds, frozenset(named)) if named else None
