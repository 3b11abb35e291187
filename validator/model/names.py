"""Name matching: the forms of a name that count as the same, and did-you-mean."""

from __future__ import annotations

import heapq
import math
import re
import unicodedata
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, Iterator, Mapping
from functools import lru_cache
from itertools import groupby, permutations
from operator import itemgetter
from typing import TypeVar

__all__ = ["TITLES", "SameWords", "Suggester", "normalise_name", "suggester_of"]

T = TypeVar("T")

_NOT_WORD = re.compile(r"[^\w]+")


def normalise_name(name: str) -> str:
    """Case, punctuation ("…" or "...", "Me+You"), and spacing do not tell names apart."""
    folded = unicodedata.normalize("NFKC", name).casefold()
    return " ".join(_NOT_WORD.sub(" ", folded).split())


_WORD_BREAK = re.compile(r"[\s_-]+")

# The titles English puts before a person's name, normalised: "Mrs Winslet" is a
# surname with a courtesy title, not a name of its own, and by its letters alone the
# title made it nearer "Bear Winslet" than "Winslet".
TITLES = frozenset(
    {"mr", "mrs", "ms", "miss", "mx", "dr", "prof", "professor", "sir", "dame", "lord", "lady"}
)


def _untitled(key: str, titles: frozenset[str]) -> str:
    """The normalised name `key` without the titles it begins with; a title alone is
    kept (it is all there is to match)."""
    if not titles:
        return key
    words = key.split(" ")
    start = 0
    while start < len(words) - 1 and words[start] in titles:
        start += 1
    return " ".join(words[start:]) if start else key


# A suggestion must be at least this similar (rapidfuzz's ratio, 0-100: twice the
# characters the two names share in order, over their total length).
_CUTOFF = 60.0
# Two names of lengths a <= b share at most a characters, so their ratio is at most
# 200a / (a + b); reaching _CUTOFF needs b <= a * (200 - _CUTOFF) / _CUTOFF, 7/3 a.
_LENGTH_FACTOR = (200 - _CUTOFF) / _CUTOFF
# Names scored per lookup, and names looked at per search for those the typed name
# begins: a dataset may come with a pull request, and 80,000 names of 15 letters against
# 5,000 unknown subjects of as many (3.5 MB together) took 49 s, each lookup scoring
# every name whose length can reach the cutoff. A dataset written by hand holds far fewer.
_MAX_SCORED = 2000
# Where more names could reach the cutoff than that: the lengths looked at beside the
# typed name's own (those scored are shared among the ones with names).
_LENGTHS_AROUND = 2


def _length_then_backwards(name: str) -> tuple[int, str]:
    return (len(name), name[::-1])


def _descending(scored: tuple[float, str]) -> float:
    return -scored[0]


def _prefix_score(key: str, other: str) -> float:
    """The score of a name one of whose words `key` begins: `cast` is 53 like
    `cast_member` by ratio, below the 60 a suggestion needs, yet plainly the start of
    it. The raise grows with how much of the name `key` covers, so `cast` ranks
    `cast_member` above a longer name that also starts with it."""
    return _CUTOFF + (100 - _CUTOFF) * len(key) / len(other)


class Suggester:
    """Up to three close names for a misspelt one, ranked by similarity.

    The work per lookup is bounded in the input, not the vocabulary's worst case: only
    names whose length lets them reach the cutoff at all are scored (found by bisection
    in the names sorted by length; a name more than 7/3 times as long as the longest
    known one costs no comparison), plus the names one of whose words the typed name
    begins (found by bisection in the sorted words); each score is rapidfuzz's
    bit-parallel ratio, in C, abandoned below the cutoff. Answers are cached because
    the same misspelling tends to recur across files.

    `titles` are words a name may begin with that say nothing of whom it names ("Mrs",
    "Dr"): they are left out of the typed name and of the known ones before scoring,
    and a typed name that is a known one once they are left out ("Mrs Winslet") is
    answered first with that owner's first name. Names of equal score come in the
    order of their owners' `weights` (highest first; the dataset gives how many facts
    name an entity, so "Threapleton" is first the Threapleton it says most about), then
    in their own order.
    """

    def __init__(
        self,
        names: Iterable[str],
        owners: Iterable[str] | None = None,
        *,
        titles: frozenset[str] = frozenset(),
        weights: Mapping[str, int] | None = None,
    ) -> None:
        """`owners[i]` is what names[i] names: suggestions name each owner once."""
        self._display: dict[str, str] = {}
        self._owner: dict[str, str] = {}
        self._first: dict[str, str] = {}  # each owner's first name given
        self._titles = titles
        self._weights = dict(weights or {})
        owner_list = list(owners) if owners is not None else None
        for number, name in enumerate(names):
            key = normalise_name(name)
            owner = owner_list[number] if owner_list else key
            self._display.setdefault(key, name)
            self._owner.setdefault(key, owner)
            self._first.setdefault(owner, name)
        self._named = frozenset(self._display)  # the names as given, titles and all
        for key in self._named:  # each name without its titles, as a name of its owner
            bare = _untitled(key, titles)
            self._display.setdefault(bare, self._display[key])
            self._owner.setdefault(bare, self._owner[key])
        self._by_length = sorted(self._display, key=lambda k: (len(k), k))
        self._lengths = [len(k) for k in self._by_length]
        self._words = sorted({(w, k) for k in self._display for w in _WORD_BREAK.split(k) if w})
        self._sorted = sorted(self._display)
        # The names of each length read backwards, in order (see `_nearest`).
        self._backwards: list[str] | None = None
        self._backwards_text: list[str] = []
        self._cache: dict[str, tuple[str, ...]] = {}
        self.scored = 0  # names scored over all lookups: the work done
        self.ordered = 0  # names put in order over all lookups

    def suggest(self, name: str, limit: int = 3) -> tuple[str, ...]:
        key = normalise_name(name)
        cached = self._cache.get(key)
        if cached is not None:
            return cached
        # The owner the typed name is a name of once titles are left out: first.
        named = key in self._named
        bare = key if named else _untitled(key, self._titles)
        meant = None if named else self._owner.get(bare)
        # Each owner's names that reach the cutoff, best first; owners in the order of
        # their best name. Only the first `limit` owners are answered with, and of each
        # at most its two best names: the walk stops once those are known.
        own = self._owner.get(key) if named else None
        if meant is not None:
            limit -= 1
        close: dict[str, list[str]] = {}
        for other in self._ranked(bare) if limit > 0 else ():
            owner = self._owner[other]
            if other == key or owner in (own, meant):
                continue
            names = close.get(owner)
            if names is not None:
                names.append(other)
            elif len(close) < limit:
                close[owner] = [other]
            if len(close) == limit and all(map(self._settled, close.items())):
                break
        found = [] if meant is None else [self._first[meant]]
        for owner, others in close.items():
            # A name before an id: "Penelope Cruzz" is nearer `penelope-cruz` than
            # `Penélope Cruz` by its letters, but the name is what the writer meant.
            best = others[0]
            if self._display[best] == owner and len(others) > 1:
                best = others[1]
            found.append(self._display[best])
        self._cache[key] = tuple(found)
        return self._cache[key]

    def _settled(self, owner_names: tuple[str, list[str]]) -> bool:
        """Whether no name further down can change what an owner is answered with: its
        best name is not its id, or a second name to give instead is known."""
        owner, names = owner_names
        return len(names) > 1 or self._display[names[0]] != owner

    def _ranked(self, key: str) -> Iterator[str]:
        """Every name that reaches the cutoff against `key`, best first, names of equal
        score in their own order: what sorting them all by (-score, name) gives, but put
        in order a score at a time, as they are asked for. A vocabulary of names alike
        ("Episode 1" to "Episode 9999") has thousands within the cutoff of one typed
        name; sorting and walking them all took 9 ms per unknown name at 10,000
        entities, where the answer is in the first few."""
        by_ratio, raised = self._scores(key)
        merged = heapq.merge(
            ((score, other) for other, score, _ in by_ratio if other not in raised),
            sorted(((score, other) for other, score in raised.items()), reverse=True),
            key=_descending,
        )
        for _, level in groupby(merged, key=itemgetter(0)):
            names = sorted((other for _, other in level), key=self._tie_order)
            self.ordered += len(names)
            yield from names

    def _tie_order(self, name: str) -> tuple[int, str]:
        return (-self._weights.get(self._owner[name], 0), name)

    def _nearest(self, key: str, shortest: int, longest: int) -> list[str]:
        """At most `_MAX_SCORED` names a misspelling of `key` most likely is, where more
        could reach the cutoff: of each length within `_LENGTHS_AROUND` of its own that
        names have (a letter left out, put in or changed), an equal share nearest it in
        alphabetical order (the names beginning as it does, where the slip comes late)
        and nearest it read backwards (ending as it does, where the slip comes early).
        One window across lengths lost the name meant whenever the slip changed the
        length: thousands of names of the typed length lay between them."""
        if self._backwards is None:  # built on the first such lookup: most runs make none
            self._backwards = sorted(self._by_length, key=_length_then_backwards)
            self._backwards_text = [name[::-1] for name in self._backwards]
        size, backwards = len(key), key[::-1]
        spans = []  # where the names of each length looked at lie in both orders
        for length in range(
            max(shortest, size - _LENGTHS_AROUND), min(longest, size + _LENGTHS_AROUND) + 1
        ):
            start = bisect_left(self._lengths, length)
            end = bisect_right(self._lengths, length, start)
            if start < end:
                spans.append((start, end))
        per_window = _MAX_SCORED // (2 * len(spans)) if spans else 0
        found: dict[str, None] = {}
        for start, end in spans:
            for names, texts, typed in (
                (self._by_length, self._by_length, key),
                (self._backwards, self._backwards_text, backwards),
            ):
                at = bisect_left(texts, typed, start, end)
                first = max(start, min(at - per_window // 2, end - per_window))
                found.update(dict.fromkeys(names[first : min(end, first + per_window)]))
        return list(found)

    def _scores(self, key: str) -> tuple[list[tuple[str, float, int]], dict[str, float]]:
        """Every name whose ratio reaches the cutoff against `key`, with its ratio, best
        first (as rapidfuzz gives them); and the names the typed one begins, with their
        raised scores (the better of the two)."""
        # Imported on first use (10-20 ms): most runs suggest no name at all.
        from rapidfuzz import fuzz, process

        size = len(key)
        shortest, longest = math.ceil(size / _LENGTH_FACTOR), math.floor(size * _LENGTH_FACTOR)
        low = bisect_left(self._lengths, shortest)
        high = bisect_right(self._lengths, longest)
        if high - low > _MAX_SCORED:
            pool = self._nearest(key, shortest, longest)
        else:
            pool = self._by_length[low:high]
        self.scored += len(pool)
        by_ratio = process.extract(key, pool, scorer=fuzz.ratio, score_cutoff=_CUTOFF, limit=None)
        scores: dict[str, float] = {}
        if size >= 3:
            start = bisect_left(self._words, (key,))
            for _, other in _beginning(self._words, start, key, itemgetter(0)):
                scores[other] = max(scores.get(other, 0.0), _prefix_score(key, other))
        if " " in key:
            # A name of several words the typed one begins: "Me+You" is the start of
            # "Me+You Productions" as "cast" is of `cast_member`, but no one word of it
            # begins with "me you".
            for other in _beginning(self._sorted, bisect_left(self._sorted, key), key, str):
                scores[other] = max(scores.get(other, 0.0), _prefix_score(key, other))
        for other, raised in scores.items():  # the better of its raised score and its ratio
            if shortest <= len(other) <= longest:
                self.scored += 1
                scores[other] = max(float(fuzz.ratio(key, other, score_cutoff=_CUTOFF)), raised)
        return by_ratio, scores


def _beginning(items: list[T], start: int, key: str, text: Callable[[T], str]) -> Iterator[T]:
    """Of the sorted `items` from `start` on, those whose `text` begins with `key`, at
    most `_MAX_SCORED`, read in place: a slice from `start` copied the rest of the list
    for each lookup."""
    for index in range(start, min(len(items), start + _MAX_SCORED)):
        if not text(items[index]).startswith(key):
            return
        yield items[index]


# Words that join a name's parts and say nothing of it: `date_of_birth` is `birth_date`.
_JOINING = frozenset({"a", "an", "at", "by", "for", "in", "of", "on", "the", "to"})
# Names of more words than this are matched in their own order only, not every order.
_MAX_REORDERED = 4


class SameWords:
    """The names made of the same words as a typed one, in another order or run
    together, the joining words left out: `date_of_birth` for `birth_date`, `birthplace`
    for `place_of_birth`, `run_time` for `runtime`. Letter-by-letter similarity ranks
    such a name below one that merely shares letters in order: `date_of_birth` was asked
    "did you mean 'place_of_birth'?", and `birthplace` "'birth_date'?"."""

    def __init__(self, names: Iterable[str]) -> None:
        self._index: dict[str, list[str]] = {}
        for name in names:
            words = _words(name)
            keys = {" ".join(sorted(words))}
            if len(words) <= _MAX_REORDERED:
                keys.update("".join(order) for order in permutations(words))
            for key in keys:
                found = self._index.setdefault(key, [])
                if name not in found:
                    found.append(name)

    def same(self, name: str) -> tuple[str, ...]:
        words = _words(name)
        keys = (" ".join(sorted(words)), "".join(words))
        found = [other for key in keys for other in self._index.get(key, ())]
        return tuple(other for other in dict.fromkeys(found) if other != name)


def _words(name: str) -> tuple[str, ...]:
    return tuple(w for w in normalise_name(name.replace("_", " ")).split() if w not in _JOINING)


@lru_cache(maxsize=256)
def suggester_of(names: tuple[str, ...]) -> Suggester:
    """A `Suggester` of a few fixed names (a schema's fields, an enum's choices, a
    property's qualifiers), made once a process for each set of them."""
    return Suggester(names)
