"""A cue naming no subject that is said of a work the dataset does not know.

Articles about one work recall others by the same people: "Winslet, who played Rose
DeWitt Bukater in James Cameron's Titanic, ..." in an article about I Am Ruth. The cue's
words ("{value}, who played {character}") name no subject, and would be about the
article's work; but "in" and a title right after them say which work they are about.
Where that title is no name the dataset knows, the words are about another work, and
no claim is the article's.

A work called by its kind may be another too: "the BBC film Mildred Pierce" is titled
right after its kind, and "The ITV drama, which aired in 2011" names a channel (or a
year) the dataset gives the article's work differently, or the article itself does in
a sentence before ("I Am Ruth aired on Channel 4."). Neither is the article's.

Where the title after "in" is a work the dataset knows, of a kind the cue's subject may
be, the words are that work's: "Lesley Manville plays Maria in I Am Maria" casts her in
I Am Maria, not in the article's work.
"""

from __future__ import annotations

import re
import weakref
from collections.abc import Iterable
from dataclasses import dataclass, field

from validator.dataset.model import PropertyDef

from .cue_parts import NAME_MARK, kind_called
from .dates import month_number
from .mentions import Mentions
from .model import DraftClaim

__all__ = [
    "another_of_kind",
    "in_another_work",
    "note_given",
    "opens_another",
    "read_again",
    "subject_another",
    "titled_after",
    "untitled_before",
    "work_set_in",
]

# "in" or "for", then an owner written with "'s" ("James Cameron's", up to four words,
# or a name the dataset knows), then "The", "A" or "An", then a capitalised word.
# Or, after a cue ending in a word and a comma, the title set off right after it: in
# "the ITV film, Inside Winslet, aired in 2011" the channel is that film's. (After a
# name and a comma, "wrote it with Jane Doe, Ann Roe said", the words go on elsewhere.)
# Or the work called by its kind before its title: "in the BBC drama Mildred Pierce".
_CALLED_BY_KIND = (
    r"(?i:the|an?|her|his|their)\s+(?:[\w’'-]+\s+){0,3}?"
    r"(?i:drama|film|movie|series|miniseries|mini-series|show|thriller|comedy|sitcom|biopic)\s+"
)
_TITLE_AFTER = re.compile(
    rf"(?:\s+(?:in|for)\s+|(?<=[^{NAME_MARK[0]}{NAME_MARK[1]}\s],)\s+)"
    rf"(?:(?:(?:[A-Z][\w-]*\s+){{0,3}}[A-Z][\w-]*|{NAME_MARK[0]}{NAME_MARK[1]}*)['’]s\s+)?"
    r"(?:(?:The|A|An)\s+|" + _CALLED_BY_KIND + rf")?(?P<title>[A-Z][\w’'-]*|{NAME_MARK[0]})"
)


def in_another_work(
    mentions: Mentions, index: int, match: re.Match[str], prop: PropertyDef
) -> bool:
    """Whether the words right after a cue's `match` (in the sentence `index`, its names
    marked) set it in a work the dataset does not know: "in" and a capitalised word that
    starts no name it knows, nor a month's ("in December") or a day's. Only a relation
    between entities: "Filming started in March in Kent" is set in a place."""
    if prop.type != "entity":
        return False
    marked = match.string
    found = _TITLE_AFTER.match(marked, match.end())
    if found is None:
        return False
    if _dated(found.group("title")):
        return False
    # "The Glass Orchard" is a name the dataset knows.
    return not _known_at(mentions, index, match.end(), marked, found.start("title"))


def work_set_in(
    mentions: Mentions, index: int, match: re.Match[str], prop: PropertyDef
) -> str | None:
    """The work the words right after a cue's `match` (in the sentence `index`, its names
    marked) set it in: "in" and a name the dataset knows of the property's subject kinds
    ("plays Maria in I Am Maria", "in Dominic Savage's I Am Victoria"). A place ("in
    Kent") is no work. Only a relation between entities, as for `in_another_work`."""
    if prop.type != "entity":
        return None
    found = _TITLE_AFTER.match(match.string, match.end())
    if found is None or found.group().split()[0] != "in":
        return None
    start = found.start("title")
    for named in mentions.within(index, match.end(), len(match.string), loose=True):
        if named.start <= start < named.end:
            return named.entity if mentions.kind(named.entity) in prop.subject_kinds else None
    return None


def _dated(word: str) -> bool:
    """Whether a capitalised `word` is a month's or a day's, no title: "in December"."""
    return month_number(word) is not None or word.lower().endswith("day")


def _known_at(mentions: Mentions, index: int, after: int, text: str, start: int) -> bool:
    """Whether a name the dataset knows, named in sentence `index` (`text`) after offset
    `after`, covers offset `start`."""
    named = mentions.within(index, after, len(text), loose=True)
    return any(m.start <= start < m.end for m in named)


# A capitalised word right before a cue's words set off by a comma or a dash, with a
# closing quotation mark or its year in brackets between: "I Am… Nicola, starring",
# "Line of Duty (2012), starring". Read in a window before the words: the pattern is
# tried at each capital of it, never over the whole sentence.
_SET_OFF_AFTER = re.compile(
    r"(?<![\w’'-])(?P<word>[A-Z][\w’'-]*)[’'”\"]?\s*(?:\(\s*\d{4}\s*\)\s*)?"
    r"(?:,|[—–]|(?<=\s)-)\s*$"
)
_SET_OFF_REACH = 80


def untitled_before(mentions: Mentions, index: int, match: re.Match[str]) -> bool:
    """Whether a cue naming no subject is set off right after a capitalised word that
    starts no name the dataset knows, nor a month's or a day's: the words are said of
    that other work or person ("I Am… Nicola, starring Vicky McClure" is a title the
    dataset spells otherwise; "Line of Duty, starring Vicky McClure" one it lacks), not
    of the article's work. A known name there is read as one (see fronted.named_before)."""
    start = match.start()
    first = max(0, start - _SET_OFF_REACH)
    found = _SET_OFF_AFTER.search(match.string, first, start)
    if found is None or _dated(found.group("word")):
        return False
    text = mentions.texts[index]
    return not _known_at(mentions, index, 0, text, found.start("word"))


# Right after a work's kind, its title: a capitalised word, or one set off in quotation
# marks or emphasis ("the BBC film Mildred Pierce", "the film ‘Titanic’").
_TITLE_NEXT = re.compile(r",?\s+(?P<mark>[“‘\"'*_]*)(?P<title>[A-Z][\w’'-]*)")
_YEAR = re.compile(r"(?<![\w])(?:1[89]|20)\d\d(?![\w])")


def titled_after(mentions: Mentions, index: int, end: int, text: str) -> bool:
    """Whether a work called by its kind, its words ending at `end` of the sentence
    `index` (`text`, its names marked), is given a title right after them that is no
    name the dataset knows: it is that other work. A name the dataset knows there is a
    work's own (see so_called) or someone's ("the film Winslet made"); a month or a day
    ("the drama Thursday") is no title."""
    found = _TITLE_NEXT.match(text, end)
    if found is None:
        return False
    if not found.group("mark") and _dated(found.group("title")):
        return False
    return not _known_at(mentions, index, end, text, found.start("title"))


@dataclass(slots=True)
class _Given:
    """What an article's claims give each (subject, single-valued entity property)."""

    first: dict[tuple[str, str], dict[str, int]] = field(default_factory=dict)  # by first sentence
    # Given by a claim naming its subject ("I Am Nicola aired on Channel 4"), by last sentence.
    named: dict[tuple[str, str], dict[str, int]] = field(default_factory=dict)
    # In a second reading, the first's `named`: a sentence after counts too.
    later: dict[tuple[str, str], dict[str, int]] | None = None
    # Each work called by its kind that was read as the topic: (sentence, span, topic).
    read: set[tuple[int, tuple[int, int], str]] = field(default_factory=set)


# Per article (its Mentions), what its claims give (see `_Given`).
_GIVEN: weakref.WeakKeyDictionary[Mentions, _Given] = weakref.WeakKeyDictionary()


def note_given(
    mentions: Mentions,
    index: int,
    claims: Iterable[DraftClaim],
    match: re.Match[str] | None = None,
) -> None:
    """Note what the claims drafted from sentence `index` (by the cue's `match`) give a
    subject for a single-valued entity property: a work called by its kind later that
    names another value for it is another work, and so is one before where the cue's
    subject slot names the subject (`another_of_kind`, `read_again`)."""
    given = _GIVEN.setdefault(mentions, _Given())
    named = (
        match is not None
        and "subject" in match.re.groupindex
        and bool(mentions.within(index, *match.span("subject"), most=1))
    )
    for claim in claims:
        prop = mentions.dataset.properties[claim.property]
        if prop.single and prop.type == "entity" and isinstance(claim.value, str):
            key = (claim.subject, claim.property)
            given.first.setdefault(key, {}).setdefault(claim.value, index)
            if named:
                given.named.setdefault(key, {})[claim.value] = index


def read_again(mentions: Mentions) -> bool:
    """Whether a work called by its kind that was read as the article's work names a
    value that a sentence after it, naming the work, gives it differently: "The ITV
    drama, which stars Vicky McClure" before "I Am Nicola aired on Channel 4". Then the
    article is to be read again, those values known (once: a second reading is final)."""
    given = _GIVEN.get(mentions)
    if given is None or given.later is not None:
        return False
    read, given.later = given.read, given.named
    if not any(_another(mentions, i, span, topic, given) for i, span, topic in sorted(read)):
        given.later = None
        return False
    _GIVEN[mentions] = _Given(later=given.later)
    return True


def another_of_kind(mentions: Mentions, index: int, span: tuple[int, int], topic: str) -> bool:
    """Whether the words of a work called by its kind (`span` of the sentence `index`)
    say it is another than `topic`: they name an entity where the dataset, or the
    article in a sentence before (in a second reading, one after naming the topic too),
    gives another for the topic's single-valued property of that kind ("The ITV drama"
    of a Channel 4 film), or a year none of the topic's dates is in ("the 2011 drama"
    of a 2022 one)."""
    given = _GIVEN.setdefault(mentions, _Given())
    if _another(mentions, index, span, topic, given):
        return True
    given.read.add((index, span, topic))
    return False


def _another(
    mentions: Mentions, index: int, span: tuple[int, int], topic: str, given: _Given
) -> bool:
    """`another_of_kind`, with what the article's claims give."""
    dataset = mentions.dataset
    kind = mentions.kind(topic)
    for mention in mentions.within(index, span[0], span[1]):
        for prop in dataset.properties.values():
            if not (prop.single and prop.type == "entity" and kind in prop.subject_kinds):
                continue
            if mentions.kind(mention.entity) not in prop.value_kinds:
                continue
            held = {fact.raw_value for fact in dataset.facts_for(topic, prop.name)}
            said = given.first.get((topic, prop.name), {})
            held |= {value for value, at in said.items() if at < index}
            after = (given.later or {}).get((topic, prop.name), {})
            held |= {value for value, at in after.items() if at > index}
            if held and mention.entity not in held:
                return True
    text = mentions.texts[index][span[0] : span[1]]
    years = {found.group() for found in _YEAR.finditer(text)}
    if not years:
        return False
    dated = {
        str(fact.raw_value)[:4]
        for prop in dataset.properties.values()
        if prop.type == "date"
        for fact in dataset.facts_for(topic, prop.name)
    }
    return bool(dated) and not years & dated


def subject_another(mentions: Mentions, index: int, match: re.Match[str], topic: str) -> bool:
    """Whether a cue's subject slot, a work called by its kind, is another than `topic`."""
    span = match.span("subject")
    return titled_after(mentions, index, span[1], match.string) or another_of_kind(
        mentions, index, span, topic
    )


def opens_another(
    mentions: Mentions, index: int, start: int, prop: PropertyDef, topic: str
) -> bool:
    """Whether the words of a cue naming no subject, from `start` of the sentence
    `index`, open with a work called by its kind that is another than `topic`: in "the
    ITV drama," the channel is that drama's, and no claim about the topic."""
    text = mentions.texts[index]  # names unmarked: "the ITV drama" is read by its words
    kind = kind_called(prop.subject_kinds).match(text, start)
    return kind is not None and another_of_kind(mentions, index, kind.span(), topic)
