"""Whether a passage is in an archive's text, for many passages against one archive.

Each excerpt was found by one linear search of its archive: fine for a source's own
text, but a run whose files all name one large archive (a transcript, a book, a site's
pages saved as one) paid its whole length for every excerpt: 2,000 excerpts against a
15 MB archive took 6 s, growing with the excerpts times the archive. After
`_SEARCHES_BEFORE_INDEX` searches of one archive its words are indexed once, and an
excerpt of three words or more is looked for only where its rarest inner word stands.

The answer is `passage in text`'s. Both are normalised alike (`normalise_passage`: words
between single spaces), so a word inside the passage, between two of its spaces, is a
whole word of the text wherever the passage occurs. Where every inner word is common
("of the and"), or the text has too many distinct words to index cheaply, the linear
search answers.
"""

from __future__ import annotations

from array import array

__all__ = ["MAX_WORDS_INDEXED", "PassageFinder"]

# Linear searches of one archive before its words are indexed: indexing costs a few
# hundred searches of it, so an archive named by one file's handful of excerpts never is.
_SEARCHES_BEFORE_INDEX = 256
# Places of the rarest inner word compared at most for one passage, per character of
# the text: comparing at one place costs about as much as searching a thousand
# characters, so past it a linear search is cheaper.
_CANDIDATES_PER_CHARACTER = 1 / 1024
# Distinct words an index holds at most (about 150 bytes each): a text past it is searched
# linearly, whatever its length.
MAX_WORDS_INDEXED = 200_000


class PassageFinder:
    """`holds(passage)`: whether a normalised passage is in `text`."""

    def __init__(self, text: str, searches_before_index: int = _SEARCHES_BEFORE_INDEX) -> None:
        self.text = text
        self.searches = 0  # linear searches of the text
        self.compared = 0  # places compared through the index
        self._before_index = searches_before_index
        self._index: dict[str, array[int]] | None = None
        self._unindexable = False

    def holds(self, passage: str) -> bool:
        first, last = passage.find(" "), passage.rfind(" ")
        index = self._indexed() if first != last else None  # three words or more
        if index is None:
            return self._search(passage)
        best: tuple[int, array[int]] | None = None
        offset = first + 1  # where the word stands in the passage
        for word in passage[first + 1 : last].split(" "):
            places = index.get(word)
            if places is None:
                return False  # a word the passage holds whole that the text never has
            if best is None or len(places) < len(best[1]):
                best = (offset, places)
            offset += len(word) + 1
        assert best is not None
        offset, places = best
        if len(places) > len(self.text) * _CANDIDATES_PER_CHARACTER:
            return self._search(passage)
        self.compared += len(places)
        text = self.text
        return any(at >= offset and text.startswith(passage, at - offset) for at in places)

    def _search(self, passage: str) -> bool:
        self.searches += 1
        return passage in self.text

    def _indexed(self) -> dict[str, array[int]] | None:
        """Where each word of the text starts, once enough searches were made."""
        if self._index is not None or self._unindexable:
            return self._index
        if self.searches < self._before_index:
            return None
        index: dict[str, array[int]] = {}
        at = 0
        for word in self.text.split(" "):
            places = index.get(word)
            if places is None:
                if len(index) == MAX_WORDS_INDEXED:
                    self._unindexable = True
                    return None
                places = index[word] = array("q")
            places.append(at)
            at += len(word) + 1
        self._index = index
        return index
