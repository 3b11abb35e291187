"""Whether a passage is in an archive's text, for many passages against one archive.

Each excerpt was found by one linear search of its archive: fine for a source's own
text, but a run whose files all name one large archive (a transcript, a book, a site's
pages saved as one) paid its whole length for every excerpt: 2,000 excerpts against a
15 MB archive took 6 s, growing with the excerpts times the archive. After
`SEARCHES_BEFORE_INDEX` searches of one archive its words are indexed once, and an
excerpt of three words or more is looked for only where its rarest inner word stands.

An index is memory beside its text (a few bytes a word of the text), so it is built
only when `account` allows what it takes (`index_cost`): the archives a run keeps count
it against the same bound as their texts (`rules.archives`). Refused, the text is
searched linearly, as before it was indexed.

Each look-up is paid for from the archive's budget of work (`spend`): a linear search
costs the text's length, a look through the index `PLACE_COST` a place compared, which
`_CANDIDATES_PER_CHARACTER` keeps within the same. Unpaid, the answer is None. Without
it, excerpts the index cannot answer (one or two words, inner words in every sentence,
a text of too many distinct words) each cost a whole search: 2,000 claims of 200 KB
against a 15 MB archive took 15 s, and a run grew with the excerpts times the archive.

The answer is `passage in text`'s, whether or not the text is indexed. Both are
normalised alike (`normalise_passage`: words between single spaces), so a word inside
the passage, between two of its spaces, is a whole word of the text wherever the
passage occurs. Where every inner word is common ("of the and"), or the text has too
many distinct words to index cheaply, the linear search answers.
"""

from __future__ import annotations

from array import array
from collections.abc import Callable

__all__ = [
    "MAX_WORDS_INDEXED",
    "PLACE_COST",
    "SEARCHES_BEFORE_INDEX",
    "PassageFinder",
    "index_cost",
]

# Linear searches of one archive before its words are indexed: indexing costs a few
# hundred searches of it, so an archive named by one file's handful of excerpts never is.
SEARCHES_BEFORE_INDEX = 256
# Places of the rarest inner word compared at most for one passage, per character of
# the text: comparing at one place costs about as much as searching a thousand
# characters, so past it a linear search is cheaper.
_CANDIDATES_PER_CHARACTER = 1 / 1024
# What comparing at one place of the index is charged, in characters of a linear search.
PLACE_COST = 1024
# Distinct words an index holds at most: a text past it is searched linearly, whatever
# its length.
MAX_WORDS_INDEXED = 200_000
# What an index is counted as taking: each word of the text is one place, a 4-byte
# integer (an archive is at most 16 MiB; a text of 2**31 characters or more, where a
# place would not fit, is never indexed); each distinct word is a key, an array and a
# slot of the dict, 175 to 195 bytes in CPython.
_BYTES_PER_PLACE = 4
_BYTES_PER_WORD = 200
# Characters of the text split into words at once while indexing: splitting a 15 MB
# text whole held two million word strings (130 MB) for a moment, and left the memory
# they took scattered around the index's keys.
_SPLIT_CHARACTERS = 1 << 20


def index_cost(places: int, words: int) -> int:
    """The bytes an index of `places` words, `words` of them distinct, is counted as."""
    return places * _BYTES_PER_PLACE + words * _BYTES_PER_WORD


def _allow_all(cost: int) -> bool:
    return True


class PassageFinder:
    """`holds(passage)`: whether a normalised passage is in `text`; None when `spend`
    refuses what looking for it would cost.

    `account(cost)` says whether the index may take `cost` bytes, and counts that much for
    it from then on (refused, nothing). It is asked before the text is indexed, with what
    its places alone take, and again once it is built, with what the whole index takes
    (`index_cost`). Refused either time, the text is never indexed."""

    def __init__(
        self,
        text: str,
        searches_before_index: int = SEARCHES_BEFORE_INDEX,
        account: Callable[[int], bool] = _allow_all,
        spend: Callable[[int], bool] = _allow_all,
    ) -> None:
        self.text = text
        self.searches = 0  # linear searches of the text
        self.compared = 0  # places compared through the index
        self.index_cost = 0  # what the index is counted as taking, once built
        self._before_index = searches_before_index
        self._account = account
        self._spend = spend
        self._index: dict[str, array[int]] | None = None
        self._unindexable = False
        self._ahead = 0  # passages the caller said it is about to look for

    def expect(self, passages: int) -> None:
        """That `passages` are about to be looked for (a file's excerpts). When they and
        the searches before them reach `searches_before_index`, the text is indexed at
        the first of them: waiting for that many linear searches first would pay for
        them and the index both (a file of 300 excerpts against a 15 MB archive, 1.8 s
        where indexing at once takes 0.7 s)."""
        self._ahead = max(0, passages)

    def holds(self, passage: str) -> bool | None:
        found = self._holds(passage)
        self._ahead = max(0, self._ahead - 1)  # this one was among those expected
        return found

    def _holds(self, passage: str) -> bool | None:
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
        if not self._spend(len(places) * PLACE_COST):
            return None
        self.compared += len(places)
        text = self.text
        return any(at >= offset and text.startswith(passage, at - offset) for at in places)

    def _search(self, passage: str) -> bool | None:
        if not self._spend(len(self.text) + 1):
            return None
        self.searches += 1
        return passage in self.text

    def _indexed(self) -> dict[str, array[int]] | None:
        """Where each word of the text starts, once enough searches were made and the
        index is allowed what it takes."""
        if self._index is not None or self._unindexable:
            return self._index
        if self.searches + self._ahead < self._before_index:
            return None
        self._unindexable = True  # unless it is built and allowed below
        places = self.text.count(" ") + 1
        if len(self.text) >= 1 << 31 or not self._account(index_cost(places, 0)):
            return None
        index = _word_places(self.text)
        cost = index_cost(places, len(index)) if index is not None else 0
        if index is None or not self._account(cost):
            self._account(0)  # what its places were allowed is counted no more
            return None
        self._unindexable = False
        self._index, self.index_cost = index, cost
        return index


def _word_places(text: str) -> dict[str, array[int]] | None:
    """Where each word of a text starts; None past `MAX_WORDS_INDEXED` distinct words.
    The text is split a stretch at a time (`_SPLIT_CHARACTERS`), each cut at a space."""
    index: dict[str, array[int]] = {}
    at = 0
    while at <= len(text):
        end = text.find(" ", at + _SPLIT_CHARACTERS)
        for word in text[at : len(text) if end < 0 else end].split(" "):
            places = index.get(word)
            if places is None:
                if len(index) == MAX_WORDS_INDEXED:
                    return None
                places = index[word] = array("i")
            places.append(at)
            at += len(word) + 1
    return index
