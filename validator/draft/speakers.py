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

__all__ = ["NarrationName", "Speakers", "calls_someone", "narration_names", "someone_else"]


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
    return _SPEAKER_EPITHET.fullmatch(words) is not None and calls_a_person(words.split()[-1])
