"""Which quotes are worth matching: candidates by prefix filtering over distinct texts.

Each text is known by its rarest runs of three words (its prefix): two texts sharing a
large part of their runs share one of their rarest, so how often a text is quoted, or
how common a phrase is, changes neither the candidates found nor their cost; at most
`MAX_CANDIDATES` are verified for a text (`quote_match.match`), those sharing the most
rare runs first.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable
from itertools import chain, repeat
from typing import cast

from .quote_match import MAX_WORDS

__all__ = ["MAX_CANDIDATES", "PrefixIndex", "shingles"]

MAX_CANDIDATES = 24  # candidates verified for one text
_POSTINGS_READ = 256  # texts read from one run's postings
_PREFIX_OVERLAP = 0.4  # the share of runs a candidate must be able to share to be found


def shingles(folded: list[str]) -> frozenset[tuple[str, ...]]:
    """The runs of three words of a quote's first MAX_WORDS words."""
    folded = folded[:MAX_WORDS]
    if len(folded) < 3:
        return frozenset((tuple(folded),)) if folded else frozenset()
    # The runs built in C: the shorter slices end the zip where the last run ends.
    return frozenset(zip(folded, folded[1:], folded[2:], strict=False))


def _kept(runs: int) -> int:
    """How many of a text's runs its prefix keeps: enough that two texts sharing at least
    `_PREFIX_OVERLAP` of their runs share one."""
    return max(1, runs - math.ceil(_PREFIX_OVERLAP * runs) + 1)


class PrefixIndex:
    """Candidates by prefix filtering over distinct texts.

    Every run of three words is ranked by how many distinct texts have it, rarest first;
    a text's prefix is its rarest runs, as many as guarantee that two texts sharing at
    least `_PREFIX_OVERLAP` of their runs share a prefix run. Only prefixes are indexed
    and looked up, so a run that half the corpus shares is rarely anyone's prefix, and a
    text quoted a thousand times is one text.
    """

    def __init__(self, texts: Iterable[tuple[str, list[str]]]) -> None:
        # The runs of each text the index was built with, until its prefix is known.
        self.runs: dict[str, frozenset[tuple[str, ...]]] = {}
        counts: Counter[tuple[str, ...]] = Counter()
        for text, folded in texts:
            if text not in self.runs:
                found = self.runs[text] = shingles(folded)
                counts.update(found)
        self.counts = counts
        # The texts added with each prefix run: the first, and (in `more`) the next, up
        # to `_POSTINGS_READ` in all (a run in the prefixes of very many texts is no
        # rare run: reading all of its texts would cost as much as the corpus). Most
        # runs are in one text's prefix: a list for each held a quarter of what 4,000
        # long quotes took.
        self.first: dict[tuple[str, ...], int] = {}
        self.more: dict[tuple[str, ...], list[int]] = {}
        self.added = 0  # texts added: the next one's number
        # The prefix of each text the index was built with (the counts never change
        # after): each is looked up as a candidate and again when added.
        self.prefixes: dict[str, list[tuple[str, ...]]] = {}

    def prefix(self, text: str) -> list[tuple[str, ...]]:
        """The rarest runs of a text the index was built with; none for another text
        (`_posted` looks one up by its words)."""
        found = self.prefixes.get(text)
        if found is not None:
            return found
        runs = self.runs.pop(text, None)  # not wanted once the prefix is known
        if runs is None:
            return []
        # Every run of a text the index was built with is counted.
        found = self.prefixes[text] = self._rarest_known(runs, _kept(len(runs)))
        return found

    def _rarest_known(self, runs: Iterable[tuple[str, ...]], wanted: int) -> list[tuple[str, ...]]:
        """The `wanted` rarest of `runs` (runs indexed texts have), by (count, run):
        sorted by run, then stably by count, both sorts keyed in C."""
        if wanted <= 0:
            return []
        return sorted(sorted(runs), key=self.counts.__getitem__)[:wanted]

    def _posted(self, text: str, folded: list[str] | None) -> list[tuple[str, ...]]:
        """The runs of `text`'s prefix that a text added may have: all of it for a text
        the index was built with. Another's prefix is its rarest runs too, as many as
        `_kept` says, which puts first the runs no indexed text has (counted 0): these
        are in no posting, so only the rest of it is looked up (a quote against the
        transcripts has hundreds of them, and sorting them was most of its lookup)."""
        if text in self.prefixes or text in self.runs:
            return self.prefix(text)
        runs = shingles(folded or [])
        known = list(filter(self.counts.__contains__, runs))
        return self._rarest_known(known, _kept(len(runs)) - (len(runs) - len(known)))

    def add(self, text: str) -> int:
        """Index a text; its number among those added."""
        number = self.added
        self.added += 1
        first, more = self.first, self.more
        for run in self.prefix(text):
            if run not in first:
                first[run] = number
                continue
            others = more.get(run)
            if others is None:
                more[run] = [number]
            elif len(others) < _POSTINGS_READ - 1:
                others.append(number)
        return number

    def candidates(self, text: str, folded: list[str] | None = None) -> list[int]:
        """The numbers of added texts sharing a prefix run with `text`, those sharing
        the most first (ties: the first added), at most MAX_CANDIDATES of them."""
        runs = self._posted(text, folded)
        # Counted in C: a run no text was added with counts None, taken out after.
        found: Counter[int | None] = Counter(map(self.first.get, runs))
        if self.more:
            found.update(chain.from_iterable(map(self.more.get, runs, repeat(()))))
        del found[None]
        shared = cast("Counter[int]", found)
        # By (-count, number): sorted by number, then stably by count, most first (a
        # stable sort stays stable reversed); both sorts keyed in C, with no tuple built
        # for each of what are often hundreds of texts.
        return sorted(sorted(shared), key=shared.__getitem__, reverse=True)[:MAX_CANDIDATES]
