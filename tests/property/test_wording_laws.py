"""Laws of shared wording (S501): the order of the claims does not matter, and renaming
sources renames the pairs found, nothing more (so sharing is symmetric)."""

from __future__ import annotations

import random
from itertools import combinations
from pathlib import Path
from unittest import mock

from hypothesis import given, settings
from hypothesis import strategies as st

from validator.dataset.load import load_dataset
from validator.dataset.model import Dataset
from validator.model.result import ClaimRecord, SharedWording
from validator.rules import passages
from validator.rules.quote_match import tokens
from validator.rules.wording import (
    WordingTexts,
    dependent_groups,
    shared_wording,
    sources_counted,
)

from .strategies import wording_records

ROOT = Path(__file__).resolve().parents[2]
DATASET: Dataset = load_dataset(str(ROOT / "dataset"))
SETTINGS = settings(max_examples=150, deadline=None)
SOURCES = ["a", "b", "c", "d", "e"]


def _renamed(record: ClaimRecord, names: dict[str, str]) -> ClaimRecord:
    source = names[record.source_id]
    return record._replace(source_id=source, full_id=f"{source}/{record.claim_id}")


def _rename_pair(pair: SharedWording, names: dict[str, str]) -> SharedWording:
    def claim(full_id: str) -> str:
        source, rest = full_id.split("/", 1)
        return f"{names[source]}/{rest}"

    first, second = names[pair.first], names[pair.second]
    passages = [(claim(a), claim(b)) for a, b in pair.passages]
    wrong = [(claim(a), claim(b)) for a, b in pair.wrong_values]
    if first > second:  # the pair reads the other way round now
        first, second = second, first
        passages = [(b, a) for a, b in passages]
        wrong = [(b, a) for a, b in wrong]
    return SharedWording(
        first, second, tuple(sorted(passages)), tuple(sorted(wrong)), pair.count, pair.unspaced
    )


@SETTINGS
@given(wording_records(), st.randoms(use_true_random=False))
def test_the_order_of_the_claims_does_not_matter(
    records: list[ClaimRecord], rng: random.Random
) -> None:
    shuffled = list(records)
    rng.shuffle(shuffled)
    assert shared_wording(shuffled, DATASET) == shared_wording(records, DATASET)


@SETTINGS
@given(wording_records(), st.permutations(SOURCES))
def test_renaming_sources_renames_the_pairs_and_nothing_else(
    records: list[ClaimRecord], order: list[str]
) -> None:
    names = dict(zip(SOURCES, order, strict=True))
    found = shared_wording([_renamed(r, names) for r in records], DATASET)
    expected = sorted(
        (_rename_pair(p, names) for p in shared_wording(records, DATASET)),
        key=lambda p: (p.first, p.second),
    )
    assert list(found) == expected


@SETTINGS
@given(wording_records())
def test_each_pair_once_and_never_a_source_with_itself(records: list[ClaimRecord]) -> None:
    pairs = shared_wording(records, DATASET)
    keys = [(p.first, p.second) for p in pairs]
    assert len(keys) == len(set(keys))
    assert all(first < second for first, second in keys)
    for pair in pairs:
        assert pair.passages or pair.wrong_values
        assert all(a.startswith(pair.first + "/") for a, _ in pair.passages)
        assert all(b.startswith(pair.second + "/") for _, b in pair.passages)
        assert 0 < pair.count <= len(pair.passages) or (pair.count == 0 and not pair.passages)


@SETTINGS
@given(wording_records(), st.randoms(use_true_random=False))
def test_groups_and_counts_do_not_depend_on_the_order_of_pairs(
    records: list[ClaimRecord], rng: random.Random
) -> None:
    pairs = list(shared_wording(records, DATASET))
    groups = dependent_groups(pairs)
    rng.shuffle(pairs)
    assert dependent_groups(pairs) == groups
    for pair in pairs:  # a pair is always in one group
        assert groups[pair.first] == groups[pair.second]
    count = sources_counted(SOURCES, groups)
    assert count.sources == len(SOURCES)
    assert count.independent == len({groups.get(s, s) for s in SOURCES})
    assert count.sharing == sum(1 for s in SOURCES if s in groups)
    assert count.independent + count.sharing - len({groups[s] for s in groups}) == len(SOURCES)


@SETTINGS
@given(wording_records(), st.integers(min_value=1, max_value=4))
def test_what_is_found_does_not_depend_on_the_hash_of_a_run(
    records: list[ClaimRecord], buckets: int
) -> None:
    expected = shared_wording(records, DATASET)
    # A hash with a handful of values: nearly every two runs collide.
    with mock.patch.object(passages, "hash", lambda run: len(run) % buckets, create=True):
        assert shared_wording(records, DATASET) == expected


@SETTINGS
@given(
    st.lists(st.lists(st.sampled_from(["a", "b", "c", "好"]), max_size=40), min_size=1, max_size=6),
    st.lists(st.tuples(st.integers(0, 20), st.integers(10, 32)), min_size=2, max_size=5),
    st.lists(st.booleans(), min_size=32, max_size=32),
    st.booleans(),
)
def test_every_text_that_shares_a_run_is_found_as_sharing(
    words: list[list[str]], placed: list[tuple[int, int]], unspaced: list[bool], own_too: bool
) -> None:
    # Texts of a few words, and texts holding a passage at any place, the rest their own;
    # the passage's words and the texts' own words may be characters of a script written
    # without spaces, each half a word.
    passage = [chr(0x4E00 + n) if half else f"p{n}" for n, half in enumerate(unspaced)]
    texts = {" ".join(w) for w in words}
    for number, (offset, length) in enumerate(placed):
        own = [
            chr(0x5000 + 32 * number + n) if own_too else f"t{number}w{n}" for n in range(offset)
        ]
        texts.add(" ".join([*own, *passage[:length], f"t{number}end"]))
    long_texts, found = passages.SharingTexts().finish(texts)
    runs = {text: set(passages._runs(text, passages._folded(text))) for text in texts}
    assert long_texts == [text for text in texts if runs[text]]
    for first, second in combinations(texts, 2):
        if runs[first] & runs[second]:
            assert {first, second} <= found


def _stretch_hashes(run: tuple[str, ...], weights: dict[str, int]) -> set[int]:
    """The hashes of the stretches that lie wholly in `run`: from each of its places,
    the fewest words weighing a block."""
    found: set[int] = set()
    for start in range(len(run)):
        total = 0
        for end in range(start, len(run)):
            total += weights[run[end]]
            if total >= passages._BLOCK_HALVES:
                found.add(hash(run[start : end + 1]))
                break
    return found


@SETTINGS
@given(st.lists(st.booleans(), min_size=12, max_size=64))
def test_every_run_holds_a_whole_block_of_its_text(halves: list[bool]) -> None:
    # Words all different, each a character of a script written without spaces (half a
    # word) or not: whatever the mix, each run of the text holds one of the blocks it is
    # indexed by whole, so a text sharing the run finds it among its stretches.
    words = [chr(0x4E00 + n) if half else f"w{n}" for n, half in enumerate(halves)]
    text = " ".join(words)
    cut = passages._blocks(text, passages._folded(text))
    runs = passages._runs(text, passages._folded(text))
    assert (cut is None) == (not runs)
    if cut is not None:
        weights = {word: 1 if half else 2 for word, half in zip(words, halves, strict=True)}
        blocks = set(cut[1])
        assert all(_stretch_hashes(run, weights) & blocks for run in runs)


@SETTINGS
@given(wording_records(), wording_records(), st.randoms(use_true_random=False))
def test_texts_noted_as_they_come_find_what_all_at_once_finds(
    records: list[ClaimRecord], others: list[ClaimRecord], rnd: random.Random
) -> None:
    # Noted a file at a time in any order, with texts of claims that are not compared
    # in the end (invalid after all) among them, and some never noted at all.
    expected = shared_wording(records, DATASET)
    noted = WordingTexts(DATASET)
    arriving = [*records[: len(records) // 2], *others]
    rnd.shuffle(arriving)
    noted.note(arriving)
    assert shared_wording(records, DATASET, noted) == expected


@SETTINGS
@given(st.text(max_size=200) | st.text(alphabet="aZ' -_1\u00e9\u0130\u00df", max_size=60))
def test_folding_a_text_at_once_folds_each_word(text: str) -> None:
    # The words are folded as one string and split back: the same words as folding
    # each on its own, one for one.
    words = tokens(text)
    assert passages._folded(text) == [word.casefold() for word in words]
    assert passages._folded(text, {}) == [word.casefold() for word in words]


def _surroundings(prefix: str, unspaced: int) -> st.SearchStrategy[list[str]]:
    """Words a text has of its own: English-like words, or characters of a script
    written without spaces (from the code point `unspaced` on), none of them another's."""
    return st.lists(st.booleans(), max_size=30).map(
        lambda kinds: [
            chr(unspaced + n) if half else f"{prefix}{n}" for n, half in enumerate(kinds)
        ]
    )


@SETTINGS
@given(
    st.lists(st.booleans(), min_size=1, max_size=30),
    _surroundings("x", 0x6000),
    _surroundings("y", 0x6100),
    _surroundings("z", 0x6200),
    _surroundings("w", 0x6300),
)
def test_a_passage_is_shared_when_it_weighs_a_run_whatever_surrounds_it(
    halves: list[bool],
    before: list[str],
    after: list[str],
    other_before: list[str],
    other_after: list[str],
) -> None:
    # A passage of words and characters of a script written without spaces (each half
    # a word), in two texts with words of their own in any script around it: shared
    # exactly when it weighs RUN_WORDS words, whatever each text is mostly written in.
    passage = [chr(0x4E00 + n) if half else f"p{n}" for n, half in enumerate(halves)]
    first = " ".join([*before, *passage, *after])
    second = " ".join([*other_before, *passage, *other_after])
    # With nothing around the passage in either, the two texts are one, held by both.
    texts: dict[str, dict[str, str]] = {}
    texts.setdefault(first, {})["a"] = "a/1"
    texts.setdefault(second, {})["b"] = "b/1"
    held, unspaced = passages.run_holders(texts)
    weight = sum(1 if half else 2 for half in halves)
    assert (held == [{"a": "a/1", "b": "b/1"}]) == (weight >= 2 * passages.RUN_WORDS)
    # The runs they share are of the passage: they hold characters where it is all
    # characters, and none where it has none, whatever surrounds it.
    if all(halves):
        assert unspaced == held
    elif not any(halves):
        assert unspaced == []
    else:
        assert unspaced in ([], held)


def _source_pairs(held: passages.Held) -> set[tuple[str, str]]:
    return {pair for holders in held.holders for pair in combinations(sorted(holders), 2)}


@SETTINGS
@given(wording_records(), st.randoms(use_true_random=False), st.integers(min_value=1, max_value=4))
def test_recorded_words_only_take_pairs_away(
    records: list[ClaimRecord], rng: random.Random, buckets: int
) -> None:
    # Any of the texts' runs recorded as someone's words (a transcript): no pair is
    # found that was not found without it, every run recorded finds none, and what is
    # found does not depend on the hash of a run.
    texts: dict[str, passages.Holders] = {}
    for record in records:
        for text in (record.value, record.excerpt):
            if text:
                holders = texts.setdefault(text, {})
                holders[record.source_id] = min(holders.get(record.source_id, "~"), record.full_id)
    runs = sorted({run for text in texts for run in passages._runs(text, passages._folded(text))})
    recorded = frozenset(run for run in runs if rng.random() < 0.5)
    found = _source_pairs(passages.run_holders(texts, None, recorded))
    assert found <= _source_pairs(passages.run_holders(texts))
    assert _source_pairs(passages.run_holders(texts, None, frozenset(runs))) == set()
    with mock.patch.object(passages, "hash", lambda run: len(run) % buckets, create=True):
        assert _source_pairs(passages.run_holders(texts, None, recorded)) == found
