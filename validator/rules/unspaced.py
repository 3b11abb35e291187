"""Words in every script: what a word is where text has no spaces between words, and
how words are written back.

Chinese, Japanese, Thai, Lao, Khmer and Myanmar are written without spaces between
words: a sentence is one unbroken run of letters. Splitting on what is not a letter
made such a sentence one "word", so a quote changed by one character differed in its
only word and was never matched with the wording it came from. Telling their words
apart needs a dictionary for each language; taking each character as a word (with the
marks written on it) needs none, and is what compares such quotes fairly: a changed
character is one word changed among many.

Marks written on a letter (Devanagari's vowel signs, Thai's tone marks, Arabic's
vowel points, a combining accent left by normalisation) belong to its word: they are
not letters, so splitting on what is not a letter cut such words in pieces and dropped
the marks from the words shown in a diff.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from functools import cache

__all__ = [
    "UNSPACED_RANGES",
    "closed_up",
    "half_words",
    "joined",
    "words_of",
    "written_without_spaces",
]

# The blocks of the scripts written without spaces between words.
UNSPACED_RANGES: tuple[tuple[int, int], ...] = (
    (0x0E00, 0x0E7F),  # Thai
    (0x0E80, 0x0EFF),  # Lao
    (0x1000, 0x109F),  # Myanmar
    (0x1780, 0x17FF),  # Khmer
    (0x3005, 0x3007),  # the iteration mark, the closing mark, the number zero
    (0x3021, 0x3029),  # Hangzhou numerals
    (0x3031, 0x3035),  # kana repeat marks
    (0x3038, 0x303C),  # more ideographic numbers and iteration marks
    (0x3040, 0x309F),  # Hiragana
    (0x30A0, 0x30FF),  # Katakana
    (0x31F0, 0x31FF),  # Katakana phonetic extensions
    (0x3400, 0x4DBF),  # CJK unified ideographs, extension A
    (0x4E00, 0x9FFF),  # CJK unified ideographs
    (0xF900, 0xFAFF),  # CJK compatibility ideographs
    (0xFF66, 0xFF9F),  # halfwidth Katakana
    (0x20000, 0x323AF),  # CJK unified ideographs, extensions B to H
)


def _class(ranges: Iterable[tuple[int, int]]) -> str:
    """A regular expression's character class body for inclusive code point ranges."""
    return "".join(
        re.escape(chr(low)) if low == high else f"{re.escape(chr(low))}-{re.escape(chr(high))}"
        for low, high in ranges
    )


def _is_mark(code: int) -> bool:
    return unicodedata.category(chr(code))[0] == "M"


def _stretches(low: int, high: int, wanted: bool) -> list[tuple[int, int]]:
    """The ranges of code points from `low` to `high` that are marks (`wanted`) or are
    not, as inclusive ranges."""
    ranges: list[tuple[int, int]] = []
    start = None
    for code in range(low, high + 1):
        if _is_mark(code) == wanted:
            if start is None:
                start = code
        elif start is not None:
            ranges.append((start, code - 1))
            start = None
    if start is not None:
        ranges.append((start, high))
    return ranges


@cache
def _marks() -> str:
    """The class body of every mark (Mn, Mc, Me) and the joiners that sit inside words
    (ZWNJ, ZWJ), as ranges. Worked out once, on the first text that is not ASCII."""
    # Every mark past U+1FFFF is a variation selector of the supplement named here: the
    # planes between hold none (checked for Unicode 15 in the tests), and looking
    # through them would take 0.15 s.
    return _class([(0x200C, 0x200D), (0xE0100, 0xE01EF), *_stretches(0x0300, 0x1FFFF, True)])


_UNSPACED = _class(UNSPACED_RANGES)
_UNSPACED_CHAR = re.compile(f"[{_UNSPACED}]")
# A word (after a space) that does not begin with a character of an unspaced script.
_SPACED_WORD = re.compile(f" [^{_UNSPACED}]")


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """A run of letters, digits, underscores, apostrophes and marks; a word of any
    text: a character of an unspaced script with the marks on it, or such a run of
    other characters; a run of characters of unspaced scripts that are not marks."""
    marks = _marks()
    return (
        re.compile(rf"[\w'{marks}]+"),
        re.compile(rf"[{_UNSPACED}][{marks}]*|(?:(?![{_UNSPACED}])[\w'{marks}])+"),
        re.compile(rf"[{_class(_unmarked())}]+"),
    )


def _unmarked() -> list[tuple[int, int]]:
    """The unspaced scripts' blocks without their marks (Thai's vowel and tone marks,
    Japanese's combining sound marks), as ranges."""
    # Past the Basic Multilingual Plane the blocks are ideographs alone.
    return [
        stretch
        for low, high in UNSPACED_RANGES
        for stretch in (_stretches(low, high, False) if high < 0x10000 else [(low, high)])
    ]


def words_of(text: str) -> list[str]:
    """The words of a text that is not ASCII, as written: runs of letters with the
    marks on them, and each character of an unspaced script a word."""
    runs, words, unmarked = _patterns()
    found: list[str] = runs.findall(text)
    if _UNSPACED_CHAR.search(text) is None:
        return found
    out: list[str] = []
    for run in found:
        if unmarked.fullmatch(run):
            # The commonest run of such a text (Chinese, Japanese): its characters, in C.
            out += run
        elif _UNSPACED_CHAR.search(run) is None:
            out.append(run)
        else:
            out += words.findall(run)
    return out


def written_without_spaces(word: str) -> bool:
    """Whether the word is a character of a script written without spaces."""
    return bool(word) and _unspaced(word[0])


def _unspaced(char: str) -> bool:
    return _UNSPACED_CHAR.match(char) is not None


def _has_unspaced(text: str) -> bool:
    """Whether any character of the text is of an unspaced script (found in C)."""
    return not text.isascii() and _UNSPACED_CHAR.search(text) is not None


def half_words(text: str, words: list[str]) -> int | list[int]:
    """What each of the text's `words` weighs in a passage, in halves of a word: a
    character of an unspaced script (a word that begins with one) weighs 1, as a word of
    Chinese or Japanese is about two characters; any other word 2. The one weight of
    every word where they all weigh the same (most texts: found in C); else a weight
    for each word."""
    if text.isascii():
        return 2
    # Looked for in the words, not the text: normalising may make letters of those
    # scripts of others (a Kangxi radical is an ideograph once NFKC).
    spaced = " " + " ".join(words)
    if _UNSPACED_CHAR.search(spaced) is None:
        return 2
    if _SPACED_WORD.search(spaced) is None:
        return 1
    return [1 if _unspaced(word[0]) else 2 for word in words]


# A space between two characters of unspaced scripts (their own marks among them: a
# Thai vowel sign is in the Thai block). Looked behind, one character: 0.12 s for five
# million characters, where a group of a character and its marks took 1.4 s.
_GAP = re.compile(f"(?<=[{_UNSPACED}]) (?=[{_UNSPACED}])")


def closed_up(spaced: str) -> str:
    """A text whose white space is single spaces, without those between two characters
    of unspaced scripts: a line broken in a Chinese sentence (an archive's text wrapped
    at a width, a page's source) is no space in it, as `words_of` finds the same words
    either way."""
    return _GAP.sub("", spaced) if _has_unspaced(spaced) else spaced


# A space with a character of an unspaced script beside it, inside a diff's marks if
# they close before it (`-]`, `+}`) or open after it (`[-`, `{+`).
_JOINT = re.compile(
    f"(?:(?<=[{_UNSPACED}])|(?<=[{_UNSPACED}]-\\])|(?<=[{_UNSPACED}]\\+}}))"
    f" |(?: (?=[{_UNSPACED}]|\\[-[{_UNSPACED}]|{{\\+[{_UNSPACED}]))"
)


def joined(pieces: list[str]) -> str:
    """The pieces (words, or words in `[-…-]` and `{+…+}`) written as text: a space
    between two, except beside a character of an unspaced script, whose words are
    written together. No piece is empty, and a piece's own spaces were put there by
    this rule already (its words joined), so all are taken out at once where it says,
    in C: a diff of a Chinese quote has a piece for every character, and a step of
    Python for each took a quarter of a run quoting Chinese across 100,000 claims."""
    spaced = " ".join(pieces)
    if not _has_unspaced(spaced):  # most diffs
        return spaced
    return _JOINT.sub("", spaced)
