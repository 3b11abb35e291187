"""Who says the words at a place of the article: the speaker of the quotation holding it.

Quoted words in the first person are the speaker's own account: in "‘I wrote it with
Kate,’ Savage said", "I" is Savage. A cue's slot taking "I" is the speaker of the
quotation it stands in, where the draft attributed that quotation to someone the
dataset knows; anywhere else "I" is no one the draft can name.
"""

from __future__ import annotations

from bisect import bisect_right

from .model import DraftClaim

__all__ = ["Speakers"]


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
