"""Laws of matching two quotes: the shortcut that rejects a pair from its longest common
subsequence alone rejects exactly the pairs the full comparison rejects, and `apart`
rejects only pairs the comparison rejects, before any of it; quotes whose
words are coded as characters match as their lists of words do; a prefix is a text's
runs ranked by count, then run; the candidates are ranked as the plain sort of every
shared posting ranks them; a text's words are each run of word characters and
apostrophes, the apostrophes at its edges taken off, however the text is written."""

from __future__ import annotations

import math
import re
import unicodedata
from collections import Counter

from hypothesis import example, given
from hypothesis import strategies as st
from rapidfuzz.distance import Indel

from validator.model.typography import plain
from validator.rules.quote_index import (
    _POSTINGS_READ,
    _PREFIX_OVERLAP,
    MAX_CANDIDATES,
    PrefixIndex,
    shingles,
)
from validator.rules.quote_match import (
    LONG_RUN,
    SAME_QUOTE,
    Quote,
    Texts,
    apart,
    match,
    tokens,
)
from validator.rules.unspaced import UNSPACED_RANGES, joined, written_without_spaces

from .test_check_laws import SETTINGS

# Few distinct words, so that pairs share runs of every length.
_words = st.lists(st.sampled_from(["a", "b", "c", "d", "e"]), max_size=40)


def _quote(words: list[str]) -> Quote:
    return Quote("k", "speaker", " ".join(words), words, words)


def _spaced(text: str) -> str:
    return text


@SETTINGS
@given(_words, _words)
def test_the_opcodes_equal_blocks_add_up_to_the_longest_common_subsequence(
    first: list[str], second: list[str]
) -> None:
    blocks = [op for op in Indel.opcodes(first, second) if op.tag == "equal"]
    common = (len(first) + len(second) - Indel.distance(first, second)) // 2
    assert sum(op.src_end - op.src_start for op in blocks) == common


@SETTINGS
@given(_words, _words)
def test_a_pair_is_rejected_exactly_when_it_shares_too_little(
    first: list[str], second: list[str]
) -> None:
    found = match(_quote(first), _quote(second), _spaced)
    if min(len(first), len(second)) < 4:
        assert found is None
        return
    blocks = [op.src_end - op.src_start for op in Indel.opcodes(first, second) if op.tag == "equal"]
    share = sum(blocks) / min(len(first), len(second))
    too_little = share < SAME_QUOTE and max(blocks, default=0) < LONG_RUN
    assert (found is None) == (too_little and first != second)
    if found is not None:
        assert found.share == (1.0 if first == second else share)


@SETTINGS
@given(_words, _words)
def test_apart_rejects_what_the_longest_common_subsequence_rejects(
    first: list[str], second: list[str]
) -> None:
    texts = Texts()
    coded = [Quote("k", "speaker", " ".join(w), w, w, texts.coded(w)) for w in (first, second)]
    shorter = min(len(first), len(second))
    common = (len(first) + len(second) - Indel.distance(first, second)) // 2
    rejected = shorter < 4 or (
        first != second and common < LONG_RUN and common / shorter < SAME_QUOTE
    )
    assert apart(coded[0], coded[1]) == rejected
    if rejected:
        assert match(coded[0], coded[1], _spaced) is None
    # Words without codes are left to `match`.
    assert not apart(_quote(first), _quote(second))


@SETTINGS
@given(_words, _words)
@example(["b", "b", "a", "a"], ["b", "b", "b", "a", "a", "a"])
# A quote compared where it fits in one three times as long: the lists of words fit where
# their codes do (they once were compared whole).
@example(["a"] * 9, (["a"] * 8 + ["b"]) * 3)
def test_words_coded_as_characters_match_as_the_words_do(
    first: list[str], second: list[str]
) -> None:
    texts = Texts()
    coded = [Quote("k", "speaker", " ".join(w), w, w, texts.coded(w)) for w in (first, second)]
    assert match(coded[0], coded[1], _spaced) == match(_quote(first), _quote(second), _spaced)


# Forty texts or more, of three distinct words: more candidates than are kept, and ties among
# those that share the most runs.
_letters = st.lists(st.sampled_from(["a", "b", "c"]), min_size=3, max_size=12)
_texts = st.lists(_letters, min_size=40, max_size=100)


def _prefix(index: PrefixIndex, words: list[str]) -> list[tuple[str, ...]]:
    """A text's prefix by its definition: its runs ranked by how many distinct indexed
    texts have each (none: 0), then by run, as many as keep two texts sharing at least
    `_PREFIX_OVERLAP` of their runs sharing one."""
    runs = shingles(words)
    keep = max(1, len(runs) - math.ceil(_PREFIX_OVERLAP * len(runs)) + 1)
    return sorted(runs, key=lambda run: (index.counts[run], run))[:keep]


@SETTINGS
@given(_texts, _letters | st.lists(st.sampled_from(["a", "b", "c", "d"]), max_size=12))
def test_candidates_are_those_sharing_the_most_prefix_runs_first_added_first(
    texts: list[list[str]], query: list[str]
) -> None:
    """Whether the index knows each of the query's runs or not (with "d": runs no
    indexed text has, which come first in its prefix and are in no posting)."""
    index = PrefixIndex((" ".join(words), words) for words in texts)
    for words in texts:
        index.add(" ".join(words))
    # The texts added with each run in their prefix, in order: its first
    # `_POSTINGS_READ`.
    added = [set(_prefix(index, words)) for words in texts]
    shared: Counter[int] = Counter()
    for run in _prefix(index, query):
        shared.update(
            [number for number, prefix in enumerate(added) if run in prefix][:_POSTINGS_READ]
        )
    ranked = sorted(shared.items(), key=lambda item: (-item[1], item[0]))
    expected = [number for number, _ in ranked[:MAX_CANDIDATES]]
    assert index.candidates(" ".join(query), query) == expected


@SETTINGS
@given(_texts)
def test_a_prefix_is_the_rarest_runs_by_count_then_run(texts: list[list[str]]) -> None:
    """For each text the index holds; one it does not hold (whose runs it may not know)
    is looked up by the same prefix, which the law of the candidates above checks."""
    index = PrefixIndex((" ".join(words), words) for words in texts)
    for words in texts:
        assert index.prefix(" ".join(words)) == _prefix(index, words)


# Unspaced letters, Thai marks, a Devanagari letter and vowel sign, a combining kana
# sound mark, a full-width comma, a joiner, Thai punctuation and a code point not
# assigned in every Unicode version the supported Pythons have.
_OTHER_SCRIPTS = "好は'ส\u0e34\u0e48क\u093e\u3099a \uff0c\u200c\u0e4f\U0002ebe1"


def _unspaced(char: str) -> bool:
    return any(low <= ord(char) <= high for low, high in UNSPACED_RANGES)


def _mark(char: str) -> bool:
    return unicodedata.category(char)[0] == "M" or char in "\u200c\u200d"


def _word_char(char: str) -> bool:
    return re.fullmatch(r"[\w']", char) is not None or _mark(char)


def _words_by_definition(text: str) -> list[str]:
    """A word character of an unspaced script with the marks after it; else a run of
    word characters (letters, digits, underscores, apostrophes, marks) of other scripts."""
    words, at = [], 0
    while at < len(text):
        end = at + 1
        if _unspaced(text[at]) and _word_char(text[at]):  # not a mark of punctuation
            while end < len(text) and _mark(text[end]):
                end += 1
        elif _word_char(text[at]):
            while end < len(text) and _word_char(text[end]) and not _unspaced(text[end]):
                end += 1
        else:
            at = end
            continue
        words.append(text[at:end])
        at = end
    return words


@SETTINGS
@given(
    st.text(alphabet=st.sampled_from("ab'’ -é\u0307İ1_\n"), max_size=60)
    | st.text(alphabet=st.sampled_from(_OTHER_SCRIPTS), max_size=60)
    | st.text(alphabet=st.characters(max_codepoint=127), max_size=60)
    | st.text(max_size=60)
)
def test_the_words_of_a_text_are_its_runs_stripped_of_edge_apostrophes(text: str) -> None:
    # The definition, character by character: what the shortcuts (an ASCII text split
    # at its other characters; a run of unspaced characters taken a character a word;
    # no pass over the words when no apostrophe is at a word's edge) must give too.
    expected = [w.strip("'") or w for w in _words_by_definition(plain(text))]
    assert tokens(text) == expected


# Words of scripts written with and without spaces (a Thai letter with its vowel sign).
_mixed_words = st.lists(st.sampled_from(["a", "b", "好", "は", "\u0e27\u0e31"]), max_size=40)


@SETTINGS
@given(_mixed_words)
def test_words_written_as_a_diff_writes_them_read_back_as_the_same_words(
    words: list[str],
) -> None:
    # Unspaced characters written together, other words apart: the text they make.
    assert tokens(joined(words)) == words


def _joined_piece_by_piece(pieces: list[str]) -> str:
    """`joined` by its definition: between two pieces a space, unless the character
    before it (inside `-]` or `+}` closing there) or after it (inside `[-` or `{+`
    opening there) is of a script written without spaces."""
    out: list[str] = []
    before = ""
    for piece in pieces:
        first = piece[2:3] if piece.startswith(("[-", "{+")) else piece[:1]
        if out and not (written_without_spaces(before) or written_without_spaces(first)):
            out.append(" ")
        out.append(piece)
        before = piece[-3:-2] if piece.endswith(("-]", "+}")) else piece[-1:]
    return "".join(out)


# How a diff's piece is marked: not at all, deleted, inserted, or in brackets.
_MARKS = {"": "", "[-": "-]", "{+": "+}", "(": ")"}


def _piece(words: list[str], mark: str) -> str:
    return mark + _joined_piece_by_piece(words) + _MARKS[mark]


# A diff's pieces: words, words marked deleted or inserted, in brackets, elided.
_diff_piece = st.builds(
    _piece,
    st.lists(
        st.sampled_from(["a", "b", "好", "は", "\u0e27\u0e31", "…", "(好)", "(a)"]),
        min_size=1,
        max_size=4,
    ),
    st.sampled_from(list(_MARKS)),
)


@SETTINGS
@given(st.lists(_diff_piece, max_size=30))
def test_pieces_are_joined_as_their_definition_joins_them(pieces: list[str]) -> None:
    # All spaces beside an unspaced character taken out at once give what deciding
    # each space between two pieces gives: a piece's own spaces stay.
    assert joined(pieces) == _joined_piece_by_piece(pieces)


@SETTINGS
@given(_words | _mixed_words, st.data())
def test_a_stretch_of_a_quote_agrees_with_it_wherever_it_starts(
    words: list[str], data: st.DataObject
) -> None:
    """However often its words recur in the longer quote, a stretch of it, word for word,
    matches all of its words and agrees with it, either way round (written as text is
    in each script: characters of those written without spaces together)."""
    if len(words) < 4:
        return
    start = data.draw(st.integers(0, len(words) - 4))
    end = data.draw(st.integers(start + 4, len(words)))
    texts = Texts()
    whole = texts.quote("a", "s", joined(words))
    part = texts.quote("b", "s", joined(words[start:end]))
    for first, second in ((whole, part), (part, whole)):
        found = match(first, second, texts.spaced)
        assert found is not None
        assert (found.share, found.words_agree) == (1.0, True)
