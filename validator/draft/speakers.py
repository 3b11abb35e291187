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

from .line_ends import space_before
from .mentions import Mentions
from .model import DraftClaim

__all__ = ["NarrationName", "Speakers", "narration_names"]


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


# Where a sentence of narration opens: a name there is the sentence's subject.
_SENTENCE_OPENS = re.compile(r"(?:^|[.!?][\u2019\u201d'\"]?\s+)$")


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
        # A sentence's end is the mark and closing quotation mark before the white space.
        at = max(0, space_before(narration, mention.start) - 2)
        opens = _SENTENCE_OPENS.search(narration, at, mention.start) is not None
        found.append(NarrationName(mention.start, mention.end, mention.entity, opens))
    return found
