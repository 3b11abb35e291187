"""Who says the words at a place of the article: the speaker of the quotation holding it;
and whom a sentence of narration is about, the person whose name opens it.

Quoted words in the first person are the speaker's own account: in "‘I wrote it with
Kate,’ Savage said", "I" is Savage. A cue's slot taking "I" is the speaker of the
quotation it stands in, where the draft attributed that quotation to someone the
dataset knows; anywhere else "I" is no one the draft can name.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from typing import NamedTuple

from .cue_parts import SPEAKER_EPITHET
from .line_ends import space_before
from .mentions import Mentions
from .model import DraftClaim
from .person_words import calls_a_person

__all__ = [
    "NarrationName",
    "Speakers",
    "calls_someone",
    "narration_names",
    "object_of",
    "said_after",
    "someone_else",
]


class Speakers:
    """The attributed quotations' places, by paragraph, in order."""

    def __init__(self, paragraphs: tuple[str, ...], said: list[DraftClaim]) -> None:
        spans: dict[int, list[tuple[int, int, str]]] = {}
        for claim in said:
            paragraph, start = claim.where
            words = str(claim.value)
            if not 0 <= paragraph < len(paragraphs):
                continue
            found = paragraphs[paragraph].find(words, start)
            if found < 0:
                # A sentence split by its attribution: its words joined are not the
                # article's, its excerpt, the whole sentence, is.
                words = claim.excerpt
                found = paragraphs[paragraph].find(words, max(0, start - 1))
            if found >= 0:
                spans.setdefault(paragraph, []).append((found, found + len(words), claim.subject))
        self._spans = {p: sorted(found) for p, found in spans.items()}

    def at(self, paragraph: int, offset: int) -> str | None:
        """The speaker of the quotation holding (paragraph, offset), if any."""
        found = self._spans.get(paragraph)
        if not found:
            return None
        index = bisect_right(found, offset, key=lambda span: span[0]) - 1
        if index < 0:
            return None
        start, end, speaker = found[index]
        return speaker if start <= offset < end else None


# Where a sentence of narration opens: a name there is the sentence's subject, after a
# live blog's time too ("20:43 Winslet dedicated ..."). An article and up to two words
# may describe the name first: "An emotional Winslet dedicated the award to her daughter".
_SENTENCE_OPENS = re.compile(r"(?:^|[.!?][\u2019\u201d'\"]?\s+)(?:\d{1,2}[:.]\d{2}\s+)?$")
_DESCRIBED = re.compile(r"(?<![\w’'-])(?:An?|The)\s+(?:[a-z][\w’'-]*\s+){1,2}$")
_OPENS_REACH = 40  # characters before a name read for its description
_END_REACH = 8  # ".” 20:43"


class NarrationName(NamedTuple):
    start: int  # offsets in the paragraph
    end: int
    entity: str
    opens: bool  # opens a sentence, as its subject


def narration_names(
    index: int, narration: str, mentions: Mentions, kinds: tuple[str, ...]
) -> list[NarrationName]:
    """The people the paragraph's narration names (its quotations blanked), not as an
    owner ("Winslet's daughter"), each with whether the name opens a sentence, as its
    subject ("Threapleton, 22, has acted before."): whom "she said" after them may stand
    for (see quotes)."""
    found: list[NarrationName] = []
    for mention in mentions.by_paragraph.get(index, ()):
        if kinds and mentions.kind(mention.entity) not in kinds:
            continue
        if narration[mention.start : mention.end].strip() == "":
            continue  # inside a quotation
        if mention.owns(narration):
            continue
        begin, reach = mention.start, max(0, mention.start - _OPENS_REACH)
        if (described := _DESCRIBED.search(narration, reach, begin)) is not None:
            begin = described.start()
        # A sentence's end is the mark and closing quotation mark before the white space,
        # and a time after it ("20:43 "): read from that far before.
        at = max(0, space_before(narration, begin) - _END_REACH)
        opens = _SENTENCE_OPENS.search(narration, at, begin) is not None
        found.append(NarrationName(mention.start, mention.end, mention.entity, opens))
    return found


# A person's name the dataset does not know, as an article writes one: two capitalised
# words or more ("Ben Whishaw"), on a copy of the paragraph with the dataset's names
# blanked out.
_OTHER_NAME = re.compile(r"(?<![\w’'])[A-Z][a-z]+(?:-[A-Z][a-z]+)?\s+[A-Z][a-z]+(?![\w])")
_LOOK_BACK = 300  # characters before a pronoun's cue where another's name is looked for


def someone_else(at: int, narration: str, paragraph: int, mentions: Mentions) -> bool:
    """Whether the paragraph's `narration` (its quotations blanked: a name in a quotation
    is not the narration's), before a pronoun's cue at `at` and after the last name the
    dataset knows, names a person the dataset does not: the pronoun is theirs. ("Ben
    Whishaw won Leading Actor. “...,” he said." was Winslet's, the last speaker, when
    a live blog's entries followed each other.)"""
    # The name is looked for just before the pronoun's cue: a pronoun's antecedent is
    # close, and the look stays bounded however long the paragraph and however many
    # quotations it holds.
    start = max(0, at - _LOOK_BACK)
    # The paragraph's mentions are in order and never overlap, so their ends are too:
    # the last ending at or before `at` is found by bisection, not by reading them all
    # for each quotation.
    named = mentions.by_paragraph.get(paragraph, [])
    last = bisect_right(named, at, key=lambda mention: mention.end) - 1
    if last >= 0:
        start = max(start, named[last].end)  # after the last name the dataset knows
    return _OTHER_NAME.search(narration[start:at]) is not None


_SPEAKER_EPITHET = re.compile(SPEAKER_EPITHET)


def calls_someone(words: str) -> bool:
    """Whether the words call someone by what they are ("the Titanic star"), not a
    thing ("the report said", "the statement said" are no one who spoke)."""
    if _SPEAKER_EPITHET.fullmatch(words) is None or _OWNER.search(words) is not None:
        return False  # "the star's publicist" is not the star
    return calls_a_person(words.split()[-1])


_OWNER = re.compile(r"[’']s\s")


# A preposition right before a speech cue's speaker makes the name its object: the one
# speaking is the noun before it ("A friend of Kate Winslet said", "a source close to
# the star told", "Sources at Channel 4 said"), whom the dataset does not know.
_PREPOSITIONS = "(?i:of|for|to|from|with|near|at|behind|about|alongside)"
_OBJECT_OF = re.compile(rf"(?<![\w’'-]){_PREPOSITIONS}\s+$")
_PREPOSITION_REACH = 20  # characters before the speaker read for the preposition


def object_of(masked: str, start: int) -> bool:
    """Whether the speaker a speech cue names at `start` of the narration `masked` is
    the object of a preposition, and so someone else speaks."""
    return _OBJECT_OF.search(masked, max(0, start - _PREPOSITION_REACH), start) is not None


# The narration after a quotation, to the end of its sentence (or the next quotation):
# where a verb of speech stands in it, the words after the quotation attribute it.
_SENTENCE_REST = re.compile(r"[^.!?:;“”\"]{0,120}")
# A quotation's words ending so are carried on by the narration after them ("...," a
# source said); one ending its sentence is not ("...". A source said: "...").
_CARRIED_ON = re.compile(r"[,!?]\s*$")


def said_after(words: str, masked: str, after: int, verbs: re.Pattern[str] | None) -> int | None:
    """Where the narration `masked` right after a quotation (from `after`, past its
    closing mark), in the same sentence, has a verb of speech whose speaker no cue read
    ("...," a Channel 4 spokesperson said; "...," said a pal of the actress): the
    quotation is that unnamed one's. None where it has none, or the quotation's `words`
    end their sentence, so that the narration after them starts another."""
    if verbs is None:
        return None
    if _CARRIED_ON.search(words) is None and not masked[after : after + 2].lstrip().startswith(","):
        return None
    rest = _SENTENCE_REST.match(masked, after)
    found = None if rest is None else verbs.search(masked, after, rest.end())
    if found is None or _REFERS_BACK.fullmatch(masked, after, found.start()):
        return None
    return found.start()


# Words before the verb that call back someone named before ("she later said", "the
# Bafta-winning director explains", where the cue missed the noun the name in it hides):
# they are the one the quotation's lead-in or the last speaker gives. Not where their
# noun is someone's ("the star's spokesperson") or a preposition's object follows it.
_REFERS_BACK = re.compile(
    r"[\s,]*(?:(?i:he|she|they)(?:\s+[a-z]+)?|(?i:the)\s+"
    rf"(?:(?!{_PREPOSITIONS}\s)[^\s’']+\s+){{1,3}})\s*"
)
