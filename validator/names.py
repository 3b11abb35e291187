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


_WORD_BREAK = re.compile(r"[\s_-]+")


def _similarity(key: str, other: str) -> float:
    """difflib's ratio, raised for a name one of whose words `key` begins: `cast` is
    0.53 like `cast_member` by ratio, below the 0.6 a suggestion needs, yet plainly the
    start of it. The raise grows with how much of the name `key` covers, so `cast`
    ranks `cast_member` above a longer name that also starts with it."""
    ratio = difflib.SequenceMatcher(None, key, other).ratio()
    if len(key) >= 3 and any(word.startswith(key) for word in _WORD_BREAK.split(other)):
        ratio = max(ratio, 0.6 + 0.4 * len(key) / len(other))
    return ratio


class Suggester:
    """Up to three close names for a misspelt one, ranked by similarity.

    Candidates are bucketed by first letter and length so a lookup compares a few
    names, not the whole vocabulary; answers are cached because the same misspelling
    tends to recur across files.
    """

    def __init__(self, names: Iterable[str], owners: Iterable[str] | None = None) -> None:
        """`owners[i]` is what names[i] names: suggestions name each owner once."""
        self._display: dict[str, str] = {}
        self._owner: dict[str, str] = {}
        owner_list = list(owners) if owners is not None else None
        for number, name in enumerate(names):
            key = normalise_name(name)
            self._display.setdefault(key, name)
            self._owner.setdefault(key, owner_list[number] if owner_list else key)
        self._all = sorted(self._display)
        self._cache: dict[str, tuple[str, ...]] = {}

    def suggest(self, name: str, limit: int = 3) -> tuple[str, ...]:
        key = normalise_name(name)
        cached = self._cache.get(key)
        if cached is not None:
            return cached
        pool = self._candidates(key)
        scored = sorted((-_similarity(key, other), other) for other in pool if other != key)
        found: list[str] = []
        owners: set[str] = set()
        for score, other in scored:
            owner = self._owner[other]
            if -score < 0.6 or owner in owners or owner == self._owner.get(key):
                continue
            owners.add(owner)
            found.append(self._display[other])
            if len(found) == limit:
                break
        self._cache[key] = tuple(found)
        return self._cache[key]

    def _candidates(self, key: str) -> list[str]:
        if len(self._all) <= 2000:
            return self._all
        # Large vocabularies: names of similar length only (a ratio of 0.6 needs it).
        size = len(key)
        return [o for o in self._all if abs(len(o) - size) <= max(3, size // 2)]
