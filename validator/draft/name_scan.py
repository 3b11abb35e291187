"""Where a text names any of a list of names: whole words, in any case, the longest name
first, in time that does not grow with the number of names.

The names come from the dataset, which a pull request may change. They were one regular
expression, an alternation of every name, which Python's engine tries branch by branch
at every word of the text: 50,000 names and an 85 KB article took 30 s, and the dataset
can hold more names and the article be longer. Here the names are a set, and at each
place a word starts only the places within the longest name's reach where a word ends
are looked up, longest first: the same matches as the expression found, where it
found them.

"In any case" is the regular expression's own sense of it (`re.IGNORECASE`): two
characters match when they fold to the same one (`fold`). The law that they are the
same sense is tested over every character that has a case.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Iterator

__all__ = ["SCRIPT_CHANGE", "SPACELESS_RANGES", "NameScanner", "WordSets", "fold", "spaceless"]

# Characters `re.IGNORECASE` matches that upper- then lower-casing does not bring
# together: "İ" lower-cases to two characters (its simple lower case is "i"), and three
# pairs the engine adds itself (`re._casefix`).
_EXTRA = {"\u0130": "i", "\u1fd3": "\u0390", "\u1fe3": "\u03b0", "\ufb05": "\ufb06"}
_NON_WORD = re.compile(r"\W")
_NON_WORD_RUN = re.compile(r"\s+|\W")
# Scripts written without spaces between words: hiragana, katakana (with its long-vowel
# mark), the CJK ideographs. Japanese runs a name into the particle after it
# ("ウィンスレットは", "Winsletが"): a name may start or end where the text passes
# from one of these scripts to another, or to any other letters, as at a space.
SPACELESS_RANGES = ("\u3041-\u309f", "\u30a0-\u30ff", "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff")
_SPACELESS_CHAR = re.compile(f"[{''.join(SPACELESS_RANGES)}]")


def spaceless(char: str) -> bool:
    """Whether `char` is of a script written without spaces between words."""
    return _SPACELESS_CHAR.fullmatch(char) is not None


SCRIPT_CHANGE = re.compile(
    "|".join(
        f"(?<=[{script}])(?=[^\\W{script}])|(?<=[^\\W{script}])(?=[{script}])"
        for script in SPACELESS_RANGES
    )
)


def _fold_one(char: str) -> str:
    if char in _EXTRA:
        return _EXTRA[char]
    upper = char.upper()
    if len(upper) == 1:
        lower = upper.lower()
        if len(lower) == 1:
            return lower
    lower = char.lower()
    return lower if len(lower) == 1 else char


class _FoldTable(dict[int, str]):
    """A `str.translate` table filled in for each character as it is first met."""

    def __missing__(self, code: int) -> str:
        folded = self[code] = _fold_one(chr(code))
        return folded


_TABLE = _FoldTable()


def fold(text: str) -> str:
    """`text` with each character folded to the one every character `re.IGNORECASE`
    takes for it folds to; the same length, character for character."""
    return text.translate(_TABLE)


class NameScanner:
    """Finds `names` in a text as `(?i:(?<!\\w)(?:NAME|...)(?!\\w))` with the longest
    names first did, match for match."""

    def __init__(self, names: Iterable[str]) -> None:
        self._names = {fold(name) for name in names if name}
        lengths = [len(name) for name in self._names]
        self._shortest = min(lengths, default=0)
        self._longest = max(lengths, default=0)
        # What a name's first character may be: a place a word may start with another
        # (a run of spaces, of commas) starts no name, and each such place looked up the
        # places within the longest name's reach: 100,000 spaces after a name took 2 s.
        self._firsts = frozenset(name[0] for name in self._names)
        edged = any(name[0].isspace() or name[-1].isspace() for name in self._names)
        self._spaced = None if edged else _NON_WORD_RUN

    def spans(self, text: str) -> list[tuple[int, int]]:
        """Where the names are in `text`, in order and never overlapping: at each place a
        word may start (no word character before it), the longest name there that no
        word character follows."""
        if not self._names:
            return []
        folded = fold(text)
        # Where a name may end (before a non-word character) and start (after one); in a
        # run of spaces, only at its edges, no name starting or ending in a space.
        breaks = (self._spaced or _NON_WORD).finditer(text)
        spans = [found.span() for found in breaks]
        ends = [*(at for at, _ in spans), len(text)]
        starts = [0, *(at for _, at in spans)]
        # Or where a word of one script meets one of another with no space between.
        # (An ASCII text has one script: its sentences are not searched.)
        changes = [] if text.isascii() else [m.start() for m in SCRIPT_CHANGE.finditer(text)]
        if changes:
            ends = sorted({*ends, *changes})
            starts = sorted({*starts, *changes})
        found: list[tuple[int, int]] = []
        resume = 0
        for start in starts:
            if start < resume or folded[start : start + 1] not in self._firsts:
                continue
            first = bisect_left(ends, start + self._shortest)
            last = bisect_right(ends, start + self._longest)
            for index in range(last - 1, first - 1, -1):
                end = ends[index]
                if folded[start:end] in self._names:
                    found.append((start, end))
                    resume = end
                    break
        return found


class WordSets:
    """Which of many sets of words (each a pattern `(?i:...)`) a text holds every word
    of, in time that grows little with their number: each word is looked for once a
    text, one written plainly as a string in the folded text, and a set only where its
    longest word is there. A set of no words is held by every text."""

    def __init__(self, sets: list[tuple[re.Pattern[str], ...]]) -> None:
        patterns = list({w.pattern: w for words in sets for w in words}.values())
        ids = {w.pattern: n for n, w in enumerate(patterns)}
        self._words = [_plainly(w) for w in patterns]
        self._needs = [tuple(ids[w.pattern] for w in words) for words in sets]
        self._always = [n for n, need in enumerate(self._needs) if not need]
        self._keyed: dict[int, list[int]] = {}
        for n, need in enumerate(self._needs):
            if need:
                key = max(need, key=lambda w: len(patterns[w].pattern))
                self._keyed.setdefault(key, []).append(n)
        keys = [(w, self._words[w]) for w in self._keyed]
        self._plain_keys = [(w, word) for w, word in keys if isinstance(word, str)]
        self._pattern_keys = [(w, word) for w, word in keys if not isinstance(word, str)]

    def held(self, text: str) -> Iterator[int]:
        """The index of each set whose every word `text` holds, in order."""
        folded = fold(text)
        found = {w: word in folded for w, word in self._plain_keys}
        found.update((w, word.search(text) is not None) for w, word in self._pattern_keys)
        keyed = (n for w, sets in self._keyed.items() if found[w] for n in sets)
        for n in sorted([*self._always, *keyed]):
            for word in self._needs[n]:
                if word not in found:
                    found[word] = _holds(self._words[word], text, folded)
                if not found[word]:
                    break
            else:
                yield n


_ESCAPED = re.compile(r"\\(.)", re.S)


def _plainly(word: re.Pattern[str]) -> str | re.Pattern[str]:
    """A word (`(?i:...)`) as its folded letters where it is only those, escaped: the
    engine's case-insensitive match of them is the folded text holding them."""
    inner = word.pattern[4:-1] if word.pattern.startswith("(?i:") else ""
    plain = _ESCAPED.sub(r"\1", inner)
    return fold(plain) if plain and re.escape(plain) == inner else word


def _holds(word: str | re.Pattern[str], text: str, folded: str) -> bool:
    return word in folded if isinstance(word, str) else word.search(text) is not None
