"""Name matching: the forms of a name that count as the same, and did-you-mean."""

from __future__ import annotations

import difflib
import re
import unicodedata
from collections.abc import Iterable

__all__ = ["Suggester", "normalise_name"]

_NOT_WORD = re.compile(r"[^\w]+")


def normalise_name(name: str) -> str:
    """Case, punctuation ("…" or "...", "Me+You"), and spacing do not tell names apart."""
    folded = unicodedata.normalize("NFKC", name).casefold()
    return " ".join(_NOT_WORD.sub(" ", folded).split())


class Suggester:
    """Up to three close names for a misspelt one, ranked by similarity.

    Candidates are bucketed by first letter and length so a lookup compares a few
    names, not the whole vocabulary; answers are cached because the same misspelling
    tends to recur across files.
    """

    def __init__(self, names: Iterable[str]) -> None:
        self._display: dict[str, str] = {}
        for name in names:
            self._display.setdefault(normalise_name(name), name)
        self._all = sorted(self._display)
        self._cache: dict[str, tuple[str, ...]] = {}

    def suggest(self, name: str, limit: int = 3) -> tuple[str, ...]:
        key = normalise_name(name)
        cached = self._cache.get(key)
        if cached is not None:
            return cached
        pool = self._candidates(key)
        scored = sorted(
            (
                (-difflib.SequenceMatcher(None, key, other).ratio(), other)
                for other in pool
                if other != key
            ),
        )
        found = tuple(self._display[o] for score, o in scored if -score >= 0.6)[:limit]
        self._cache[key] = found
        return found

    def _candidates(self, key: str) -> list[str]:
        if len(self._all) <= 2000:
            return self._all
        # Large vocabularies: names of similar length only (a ratio of 0.6 needs it).
        size = len(key)
        return [o for o in self._all if abs(len(o) - size) <= max(3, size // 2)]
