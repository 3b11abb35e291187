"""Laws of matching two quotes: the shortcut that rejects a pair from its longest common
subsequence alone rejects exactly the pairs the full comparison rejects."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st
from rapidfuzz.distance import Indel

from validator.rules.quote_match import LONG_RUN, SAME_QUOTE, Quote, match

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
