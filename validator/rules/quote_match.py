"""How two quotes match, word by word (which quotes are worth matching: `quote_index`).

Quotes are compared as words (case kept for display, case-folded and in one spelling
for matching, `spelling`; punctuation is not a word). Two costs are bounded whatever the input:

- **One comparison.** rapidfuzz's compiled LCS (bit-parallel, about n*m/64 word steps)
  rather than difflib (measured 34-38 µs a pair against rapidfuzz's 1.6-4.1 µs on a
  quote-heavy corpus, and 12 s for two repetitive 10,000-word quotes). A quote is
  compared on at most its first `MAX_WORDS` words, so one comparison costs at most
  `MAX_WORDS`² / 64 word steps, whatever was written.
- **Which pairs are compared.** At most `quote_index.MAX_CANDIDATES` for a text, found
  by prefix filtering (`quote_index.PrefixIndex`, which says how).

rapidfuzz compares a string several times faster than a list of words, whose items it hashes
on each call: each distinct folded word is coded as a character (`Texts.coded`).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import partial
from typing import cast

from rapidfuzz.distance import Indel

from validator.model.typography import plain
from validator.resolve.claims import ResolvedClaim

from .quote_align import claimed, stretch, tidy
from .quote_gaps import agree, cuts, gaps
from .quote_window import aligned_within, fitted
from .rule import Recall
from .spelling import one_spelling
from .unspaced import closed_up, joined, words_of

__all__ = [
    "LONG_RUN",
    "MAX_WORDS",
    "SAME_QUOTE",
    "Match",
    "Quote",
    "Texts",
    "apart",
    "is_quote",
    "match",
    "tokens",
    "word_diff",
]

MAX_WORDS = 1_000  # words of a quote that are compared: a comparison is bounded
_CODES = 0x110000  # distinct words that can be coded as characters: every code point
SAME_QUOTE = 0.6  # share of the shorter quote's words that must match
LONG_RUN = 8  # or: this many words in a row, shared, make a reworded quote the same one
_MIN_WORDS = 4
_CONTEXT = 4
# Every ASCII character that is not part of a word (on ASCII, `[\w']` is a letter, a
# digit, the underscore or the apostrophe) as a space: an ASCII text's words are then
# what `split()` gives, in about half the time the pattern takes.
_ASCII_GAPS = str.maketrans(
    {c: " " for c in map(chr, range(128)) if not (c.isalnum() or c in "_'")}
)
_WORD_EDGE = re.compile(r"(?<![\w'])'|'(?![\w'])")  # an apostrophe opening or closing a word
_Op = tuple[str, int, int, int, int]
_Opcodes = list[_Op]
_Fit = tuple[int, int, int, int]


def tokens(text: str) -> list[str]:
    """The words of a quote as written (case kept); punctuation is not a word, nor an
    apostrophe that opens or closes one (a word of apostrophes alone stays one)."""
    text = plain(text)
    # Other texts: every script's words, marks and all (`unspaced`).
    words = text.translate(_ASCII_GAPS).split() if text.isascii() else words_of(text)
    # Most texts have no apostrophe at the edge of a word: their words are as found,
    # with no pass in Python over each (a long text's words are millions a run).
    # (Past ASCII a word may also end at an unspaced character: "a'好" is "a'" and "好".)
    if "'" in text and (not text.isascii() or _WORD_EDGE.search(text)):
        return [w.strip("'") or w for w in words]
    return words


def is_quote(claim: ResolvedClaim) -> bool:
    """Whether the claim is a quote in words, which the quote checks compare."""
    return claim.prop.type == "quote" and isinstance(claim.raw_value, str)


@dataclass(slots=True)
class Quote:
    key: str  # full claim id or fact id
    speaker: str
    text: str
    words: list[str]
    folded: list[str]
    # `folded` coded one character a word (`Texts.coded`); None past the codes there are.
    coded: str | None = None


@dataclass(frozen=True, slots=True)
class Match:
    share: float  # matched words over the shorter quote's (compared) words
    words_agree: bool  # the overlapping stretch has the same words
    same_words: bool  # the same words throughout, case and punctuation aside
    exact: bool  # the texts are the same after typography normalisation
    diff: str
    truncated: bool  # a quote was longer than MAX_WORDS: only its start was compared


# The marks a quotation may close with that belong to the sentence quoting it, not to
# the words quoted (a question or exclamation mark is the speaker's own).
_CLOSING = ",.;: "


class Texts:
    """What depends on a quote's text alone, worked out once per distinct text; and how
    two texts match, once per pair, or taken from `recall` (see `Across.recall`): a
    match is a function of the two texts alone."""

    def __init__(self, recall: Recall | None = None) -> None:
        self.words: dict[str, tuple[list[str], list[str], str | None]] = {}
        self.codes: dict[str, str] = {}  # a case-folded word -> the character coding it
        self.same: dict[str, str] = {}  # a word -> the one string that stands for it
        self.matches: dict[tuple[str, str], Match | None] = {}
        self.spaced_texts: dict[str, str] = {}
        self.compared = 0  # comparisons made (verified pairs), for tests of the bound
        self.recall = recall

    def quote(self, key: str, speaker: str, text: str) -> Quote:
        found = self.words.get(text)
        if found is None:
            # One string per distinct word, shared by all quotes (264 MB for 2,000 long ones).
            same, words = self.same.setdefault, tokens(text)
            words = list(map(same, words, words))
            folded = [same(f, f) for f in map(one_spelling, map(str.casefold, words))]
            found = self.words[text] = (words, folded, self.coded(folded))
        return Quote(key, speaker, text, *found)

    def coded(self, folded: list[str]) -> str | None:
        """The words as one string, a character for each distinct word (the same
        character for the same word, in every quote of these texts); None once every
        character codes a word (a quote then is compared as its list of words)."""
        codes = self.codes
        try:  # most quotes' words all have their codes already: looked up in C
            return "".join(map(codes.__getitem__, folded))
        except KeyError:
            pass
        for word in folded:
            if word not in codes:
                if len(codes) >= _CODES:
                    return None
                codes[word] = chr(len(codes))
        return "".join(map(codes.__getitem__, folded))

    def match(self, a: Quote, b: Quote) -> Match | None:
        pair = (a.text, b.text)
        matches = self.matches
        if pair in matches:
            return matches[pair]
        found: Match | None
        if apart(a, b):
            # Most candidate pairs share too little, which one compiled distance shows:
            # no Match is built, and no outcome is kept for `recall` to find next time
            # (finding it again costs less than looking it up).
            self.compared += 1
            found = None
        elif self.recall is None:
            found = self._compare(a, b)
        else:
            found = self.recall(("quote-match", *pair), partial(self._compare, a, b), _is_match)
        matches[pair] = found
        return found

    def _compare(self, a: Quote, b: Quote) -> Match | None:
        self.compared += 1
        return match(a, b, self.spaced)

    def spaced(self, text: str) -> str:
        """The text as printed, typography and spacing aside, and without the comma or
        full stop where the quotation closes: `"..., I loved it," she said` and `"... I
        loved it."` print the same words, the mark being the sentence's around them. (A
        space between two characters of a script written without spaces is none:
        `closed_up`.)"""
        found = self.spaced_texts.get(text)
        if found is None:
            spaced = closed_up(" ".join(plain(text).split()))
            found = self.spaced_texts[text] = spaced.rstrip(_CLOSING)
        return found


def apart(a: Quote, b: Quote) -> bool:
    """Whether `match(a, b)` is None for want of words in common, as its first test
    finds; False where that takes more (a quote past `MAX_WORDS`, or without codes)."""
    first, second = a.coded, b.coded
    if first is None or second is None:
        return False
    size_a, size_b = len(first), len(second)
    if size_a > MAX_WORDS or size_b > MAX_WORDS:
        return False
    shorter = size_a if size_a < size_b else size_b
    if shorter < _MIN_WORDS:
        return True
    return first != second and _too_little_in_common(first, second, shorter)


def _too_little_in_common(first: Sequence[str], second: Sequence[str], shorter: int) -> bool:
    """Whether two different quotes (words, or words coded) share too few words for a
    match: their longest common subsequence, which the opcodes' equal blocks add up to,
    says so without building the opcodes and the diff, for no equal block is longer."""
    common = (len(first) + len(second) - Indel.distance(first, second)) // 2
    return common < LONG_RUN and common / shorter < SAME_QUOTE


def _is_match(value: object) -> bool:
    """Whether a value recalled is what `match` gives."""
    return value is None or isinstance(value, Match)


def match(a: Quote, b: Quote, spaced: Callable[[str], str]) -> Match | None:
    """How two quotes match (diffed from `a` to `b`); None when they share too little."""
    # The words coded as characters where both quotes have them: the same opcodes.
    first: Sequence[str] = a.folded
    second: Sequence[str] = b.folded
    if a.coded is not None and b.coded is not None:
        first, second = a.coded, b.coded
    fit = _fit(a, b, first, second)
    # Tens of thousands of pairs a run, most rejected below: no copy of a short quote.
    truncated = fit is None and (len(first) > MAX_WORDS or len(second) > MAX_WORDS)
    if truncated:
        first, second = first[:MAX_WORDS], second[:MAX_WORDS]
    size_a, size_b = len(first), len(second)
    shorter = size_a if size_a < size_b else size_b
    if shorter < _MIN_WORDS:
        return None
    if first == second:
        exact = a.text == b.text or spaced(a.text) == spaced(b.text)
        equal = [("equal", 0, size_a, 0, size_a)]
        return Match(1.0, True, not truncated, exact, word_diff(a.words, b.words, equal), truncated)
    aligned = aligned_within(first, second, shorter, fit, _aligned, MAX_WORDS)
    if aligned is None:
        return None
    share, ops = aligned
    words_agree, diff = _judged(ops, a, b, first, second, truncated)
    if not words_agree:
        # A tie may have left words of `b` out at an end, where the diff does not show
        # them: an alignment as long that takes them in, where there is one.
        other = claimed(ops, first, second)
        if other is not ops:
            words_agree, diff = _judged(other, a, b, first, second, truncated)
    exact = spaced(a.text) == spaced(b.text)
    return Match(share, words_agree, False, exact, diff, truncated)


def _fit(a: Quote, b: Quote, first: Sequence[str], second: Sequence[str]) -> _Fit | None:
    """`quote_window.fitted`, where the shorter quote marks no words left out (it may join
    passages far apart) and the stretches are within MAX_WORDS."""
    fit = fitted(first, second, MAX_WORDS)
    shorter = b.text if len(first) > len(second) else a.text
    return None if fit is None or gaps(shorter, tokens) else fit


def _judged(
    ops: _Opcodes,
    a: Quote,
    b: Quote,
    first: Sequence[str],
    second: Sequence[str],
    truncated: bool,
) -> tuple[bool, str]:
    """Whether the words of `a` and `b` (compared as `first` and `second`) agree as the
    opcodes align them, and the diff from `a` to `b`."""
    # One source may quote more of the same passage: unmatched ends are not variants.
    start, end = 0, len(ops)
    while start < end and ops[start][0] != "equal":
        start += 1
    while end > start and ops[end - 1][0] != "equal":
        end -= 1
    inner = ops[start:end]
    # Between the first and the last equal block lie all the others: the words agree
    # where nothing else lies there, and at neither end do both quotes have words that
    # differ (`_changed_end`). A cut quote's last words are not its end.
    lead = _changed_end(ops[start - 1], leading=True) if start > 0 else None
    trail = _changed_end(ops[end], leading=False) if end < len(ops) and not truncated else None
    shown = cuts(inner, first, second, a.text, b.text, tokens)  # the diff's, ends as below
    if lead is not None:
        inner.insert(0, lead)
        shown.insert(0, ops[start - 1])
    if trail is not None:
        inner.append(trail)
        shown.append(ops[end])
    words_agree = agree(inner, first, second, a.text, b.text, tokens)
    return words_agree, word_diff(a.words, b.words, shown, beyond=_beyond(lead, trail, shown))


def _beyond(lead: _Op | None, trail: _Op | None, shown: _Opcodes) -> tuple[int, int, int, int]:
    """How many words of the first and the second quote `word_diff` shows as more of
    the passage: before the changed words of a changed start (`lead`), after those of
    a changed end (`trail`), each against `shown`'s first and last opcode."""
    before_first = before_second = after_first = after_second = 0
    if lead is not None:
        before_first, before_second = lead[1] - shown[0][1], lead[3] - shown[0][3]
    if trail is not None:
        after_first, after_second = shown[-1][2] - trail[2], shown[-1][4] - trail[4]
    return before_first, before_second, after_first, after_second


def _aligned(
    first: Sequence[str], second: Sequence[str], shorter: int
) -> tuple[float, _Opcodes] | None:
    """The share of the shorter quote's words matched, and the opcodes, merged; None
    when the quotes share too little."""
    within = stretch(first, second)
    if within is not None:
        return 1.0, within
    # Most pairs found as candidates share too little (about 85 % of the pairs verified
    # on a quote-heavy corpus; `Texts.match` rejects most of them with `apart` first).
    if _too_little_in_common(first, second, shorter):
        return None
    # `as_list` gives tuples, as documented (its type stub says `Opcode`).
    opcodes = cast(_Opcodes, Indel.opcodes(first, second).as_list())
    # The equal blocks, which merging leaves as they are: half the pairs that get this
    # far share words here and there but no run, and are rejected before it.
    blocks = [i2 - i1 for tag, i1, i2, _, _ in opcodes if tag == "equal"]
    share = sum(blocks) / shorter
    if share < SAME_QUOTE and max(blocks, default=0) < LONG_RUN:
        return None
    return share, tidy(opcodes, first, second)


def _changed_end(op: _Op, leading: bool) -> _Op | None:
    """The words changed at an end of the shared stretch: where both quotes go on past
    it (a replacement), as many words of each as the shorter has, beside the stretch,
    are one wording changed ("whilst it can" quoted as "while it can"); the longer's
    further words are more of the passage, which the diff shows as such. Where only
    one goes on, None."""
    tag, i1, i2, j1, j2 = op
    size = min(i2 - i1, j2 - j1)
    if tag != "replace" or size == 0:
        return None
    if leading:
        return ("replace", i2 - size, i2, j2 - size, j2)
    return ("replace", i1, i1 + size, j1, j1 + size)


def word_diff(
    first: list[str],
    second: list[str],
    ops: Sequence[tuple[str, int, int, int, int]],
    beyond: tuple[int, int, int, int] = (0, 0, 0, 0),
) -> str:
    """`really staggering [-actually-] how`: deletions from the first, {+insertions+}
    (written together where a script is written without spaces: `unspaced.joined`).

    `beyond`: how many words of the first and of the second, at the start of the
    first opcode and at the end of the last, are more of the passage than the other
    quote covers, beside words it changed there: shown in brackets, the `_CONTEXT`
    nearest the change, in the change's own marks. "[-(This) is-] {+For+} the first
    time": the second has "For" where the first has "is", and the first's "This"
    before it is more of the passage than the second covers."""
    before_first, before_second, after_first, after_second = beyond
    last = len(ops) - 1
    parts: list[str] = []
    for number, (tag, i1, i2, j1, j2) in enumerate(ops):
        if tag == "cut":  # words one quote marks as left out: no change (`quote_gaps.cuts`)
            parts.append("…")
            continue
        if tag == "equal":
            words = first[i1:i2]
            if len(words) > 2 * _CONTEXT + 3:  # eliding fewer words would not save any
                head = words[:_CONTEXT] if number > 0 else []
                tail = words[-_CONTEXT:] if number < len(ops) - 1 else []
                words = [*head, "…", *tail]
            parts.extend(words)
            continue
        starts, ends = number == 0, number == last
        if tag in ("delete", "replace") and i2 > i1:
            text = _marked(first[i1:i2], before_first * starts, after_first * ends)
            parts.append("[-" + text + "-]")
        if tag in ("insert", "replace") and j2 > j1:
            text = _marked(second[j1:j2], before_second * starts, after_second * ends)
            parts.append("{+" + text + "+}")
    return joined(parts)


def _marked(words: list[str], before: int, after: int) -> str:
    """`words` written out, their first `before` and last `after` in brackets as more
    of the passage, of each the `_CONTEXT` nearest the rest (an ellipsis for others)."""
    if not before and not after:
        return joined(words)
    middle = words[before : len(words) - after]
    pieces = [joined(middle)] if middle else []
    if before:
        ahead = words[:before]
        shown = ["…", *ahead[-_CONTEXT:]] if len(ahead) > _CONTEXT else ahead
        pieces.insert(0, "(" + joined(shown) + ")")
    if after:
        behind = words[len(words) - after :]
        shown = [*behind[:_CONTEXT], "…"] if len(behind) > _CONTEXT else behind
        pieces.append("(" + joined(shown) + ")")
    return joined(pieces)
