"""Runs of words that texts share: who holds each run two sources or more hold."""

from __future__ import annotations

import pytest

from validator.rules import passages
from validator.rules.passages import WIDELY_SHARED, Holders, run_holders

PASSAGE = "one two three four five six seven eight nine ten eleven twelve"


def _sorted(held: list[Holders]) -> list[tuple[tuple[str, str], ...]]:
    # Each holding once and in order: what is held matters, not how often it is listed.
    return sorted({tuple(sorted(h.items())) for h in held})


def _held(texts: dict[str, Holders]) -> list[tuple[tuple[str, str], ...]]:
    return _sorted(run_holders(texts).holders)


def _unspaced(texts: dict[str, Holders]) -> list[tuple[tuple[str, str], ...]]:
    """The holders of the runs that hold a character of a script written without spaces."""
    return _sorted(run_holders(texts).unspaced)


def test_sources_holding_one_run_are_held_together_with_their_first_claims() -> None:
    texts = {
        f"Before: {PASSAGE}.": {"a": "a/2"},
        f"{PASSAGE.upper()} after": {"b": "b/1", "c": "c/1"},
        "Too short to hold a run": {"d": "d/1", "e": "e/1"},
        f"Eleven of them: {PASSAGE.rsplit(' ', 1)[0]} and more words to make it long": {"f": "f/1"},
    }
    assert _held(texts) == [
        (("a", "a/2"), ("b", "b/1"), ("c", "c/1")),  # the run the three print
        (("b", "b/1"), ("c", "c/1")),  # the runs of their own text the others lack
    ]


def test_a_run_in_wide_circulation_is_held_by_no_one() -> None:
    widely = {f"s{n:02d}": f"s{n:02d}/1" for n in range(WIDELY_SHARED + 1)}
    texts = {PASSAGE: widely, f"{PASSAGE} again": {"x": "x/1"}}
    assert _held(texts) == []


def test_runs_whose_hashes_collide_are_told_apart(monkeypatch: pytest.MonkeyPatch) -> None:
    texts = {PASSAGE: {"a": "a/1"}, " ".join(reversed(PASSAGE.split())): {"b": "b/1"}}
    assert _held(texts) == []
    monkeypatch.setattr(passages, "hash", lambda run: 0, raising=False)
    assert _held(texts) == []


def test_a_text_noted_but_not_asked_about_changes_nothing() -> None:
    # A text that two sources hold shares its passage only with a text noted as it came
    # whose claim is not compared in the end: the two sources still pair, and no one
    # else does.
    texts = {f"Both print it: {PASSAGE}.": {"a": "a/1", "b": "b/1"}, "Short": {"c": "c/1"}}
    noted = passages.SharingTexts()
    noted.note(f"{PASSAGE}, says the invalid one")
    noted.note("Short")
    held = _sorted(run_holders(texts, noted).holders)
    assert held == [(("a", "a/1"), ("b", "b/1"))] == _held(texts)
    # What was noted is forgotten once asked about: the next question starts afresh.
    again = {PASSAGE: {"d": "d/1"}, f"{PASSAGE}!": {"e": "e/1"}}
    assert run_holders(again, noted) == ([{"d": "d/1", "e": "e/1"}], [])


def test_chinese_texts_that_share_six_characters_by_chance_are_not_cut_into_runs() -> None:
    # Six characters weigh three words: common in a large corpus of Chinese without any
    # copying. A block is twelve characters, as a passage is 24: texts sharing only
    # shorter stretches are not taken as sharing, and those sharing a passage still are.
    shared = "凯特温斯莱特和她的女儿米娅在这部电影中饰演一对母女关系"
    common = "这部电影中饰"  # six characters, at the start of the first text
    texts = [
        common + "".join(chr(0x5000 + n) for n in range(20)),
        "".join(chr(0x6000 + n) for n in range(10))
        + common
        + "".join(chr(0x7000 + n) for n in range(10)),
    ]
    assert passages.SharingTexts().finish(texts) == (texts, set())
    copied = [f"开头不同{shared[:24]}结尾也不同", f"另一篇文章{shared[:24]}完"]
    assert passages.SharingTexts().finish(copied) == (copied, set(copied))


def test_blocks_are_the_fewest_words_weighing_twelve_halves() -> None:
    # Six English words, twelve characters, or a mix: five words and two characters.
    english = " ".join(f"w{n}" for n in range(13))
    stretches, blocks = passages._blocks(english, passages._folded(english)) or ([], [])
    words = passages._folded(english)
    assert stretches == [hash(tuple(words[n : n + 6])) for n in range(8)]
    assert blocks == [stretches[0], stretches[7]]  # every seven words
    chinese = "".join(chr(0x4E00 + n) for n in range(27))
    stretches, blocks = passages._blocks(chinese, list(chinese)) or ([], [])
    assert stretches == [hash(tuple(chinese[n : n + 12])) for n in range(16)]
    assert blocks == [stretches[0], stretches[13]]  # every thirteen characters
    # Halves before each word: 0 1 3 5 6 8 10 12 14 16 18 19 20 21 23, and 25 in all.
    mixed = "一 w1 w2 二 w3 w4 w5 w6 w7 w8 三 四 五 w9 w10"
    words = passages._folded(mixed)
    stretches, blocks = passages._blocks(mixed, words) or ([], [])
    assert len(stretches) == 8  # from each word with 12 halves after it
    assert stretches[:2] == [hash(tuple(words[0:7])), hash(tuple(words[1:8]))]
    assert stretches[7] == hash(tuple(words[7:15]))
    # Places 12 halves apart: the first word, and w6, the first 12 halves in.
    assert blocks == [stretches[0], stretches[7]]


def test_a_passage_without_spaces_is_twenty_four_characters() -> None:
    # Chinese is written without spaces, a character a word: a passage is as long a
    # stretch of text as twelve English words, twice as many characters.
    shared = "凯特温斯莱特和她的女儿米娅在这部电影中饰演一对母女关系"
    assert len(shared) == 27
    texts = {
        f"开头不同{shared[:24]}结尾也不同": {"a": "a/1"},
        f"另一篇文章{shared[:24]}完": {"b": "b/1"},
        f"第三篇{shared[1:24]}不一样": {"c": "c/1"},  # 23 of them in a row
    }
    assert _held(texts) == [(("a", "a/1"), ("b", "b/1"))] == _unspaced(texts)
    short = {f"开头{shared[:20]}结尾": {"a": "a/1"}, f"另一{shared[:20]}完": {"b": "b/1"}}
    assert _held(short) == []


def test_a_passage_without_spaces_is_the_same_run_in_a_text_mostly_of_other_words() -> None:
    # 30 characters of Chinese quoted in an English article, and in a Chinese one: a
    # run is 24 characters in both, whatever the rest of each text is written in.
    shared = "米娅在镜头前那种惊人的自由真的让我非常震惊我从来没有见过"
    english = " ".join(f"word{n}" for n in range(40))
    texts = {
        f"{english} {shared} {english}": {"a": "a/1"},
        f"温斯莱特说{shared}这样的表演": {"b": "b/1"},
    }
    assert _held(texts) == [(("a", "a/1"), ("b", "b/1"))] == _unspaced(texts)


def test_twelve_characters_without_spaces_are_no_passage_in_a_text_of_other_words() -> None:
    # A stock phrase of twelve characters in two articles mostly in English (each with
    # words of its own) is half a run: no more than a stock phrase.
    phrase = "我从来没有见过这样的表演"
    texts = {
        f"{' '.join(f'a{n}' for n in range(20))} {phrase} the end": {"a": "a/1"},
        f"{' '.join(f'b{n}' for n in range(20))} {phrase} the end": {"b": "b/1"},
    }
    assert _held(texts) == []


def test_a_run_of_words_and_characters_weighs_twelve_words() -> None:
    # Six English words and twelve characters, in the same order, are one run.
    shared = "Kate Winslet told the press that 我从来没有见过这样的表演"
    texts = {f"first {shared} end": {"a": "a/1"}, f"second {shared} stop": {"b": "b/1"}}
    assert _held(texts) == [(("a", "a/1"), ("b", "b/1"))] == _unspaced(texts)
    assert passages._runs(shared, passages._folded(shared)) == [
        ("kate", "winslet", "told", "the", "press", "that", *"我从来没有见过这样的表演")
    ]


CHINESE = "米娅在镜头前那种惊人的自由真的让我非常震惊我从来没有见过"  # 28 characters


def test_runs_of_english_words_hold_no_unspaced_character() -> None:
    texts = {f"Before: {PASSAGE}.": {"a": "a/1"}, f"{PASSAGE} after": {"b": "b/1", "c": "c/1"}}
    assert _held(texts) == [
        (("a", "a/1"), ("b", "b/1"), ("c", "c/1")),
        (("b", "b/1"), ("c", "c/1")),
    ]
    assert _unspaced(texts) == []


def test_an_english_passage_between_chinese_of_each_text_s_own_is_counted_in_words() -> None:
    # The texts hold Chinese, but the run they share is of English words alone.
    texts = {
        f"开头不同的一句话 {PASSAGE} 结尾也不同": {"a": "a/1"},
        f"另一篇文章的开头 {PASSAGE} 完全不一样": {"b": "b/1"},
    }
    assert _held(texts) == [(("a", "a/1"), ("b", "b/1"))]
    assert _unspaced(texts) == []


def test_a_text_sources_print_whole_holds_an_unspaced_run_when_it_holds_a_character() -> None:
    # A text no other text shares a run with: its every run is its holders'.
    assert _unspaced({CHINESE: {"a": "a/1", "b": "b/1"}}) == [(("a", "a/1"), ("b", "b/1"))]
    assert _unspaced({f"{CHINESE}, {PASSAGE}": {"a": "a/1", "b": "b/1"}}) == [
        (("a", "a/1"), ("b", "b/1"))
    ]
    assert _unspaced({PASSAGE: {"a": "a/1", "b": "b/1"}}) == []


def test_the_runs_of_a_text_of_its_own_hold_an_unspaced_character_or_not() -> None:
    # Two sources print Chinese and English; a third the Chinese and the start of the
    # English. The three share runs with characters in them; the runs only the first
    # two share (the English's end) hold none.
    own = " ".join(f"own{n}" for n in range(12))
    texts = {
        f"{CHINESE} {PASSAGE} {own}": {"a": "a/1", "b": "b/1"},
        f"前言{CHINESE} {PASSAGE} 完": {"c": "c/1"},
    }
    every = (("a", "a/1"), ("b", "b/1"), ("c", "c/1"))
    assert _held(texts) == [(("a", "a/1"), ("b", "b/1")), every]
    assert _unspaced(texts) == [every]
    # With characters at the end of their own, those runs hold some.
    texts = {
        f"{CHINESE} {PASSAGE} {own}尾声": {"a": "a/1", "b": "b/1"},
        f"前言{CHINESE} {PASSAGE} 完": {"c": "c/1"},
    }
    assert _unspaced(texts) == [(("a", "a/1"), ("b", "b/1")), every]


def test_a_character_in_no_run_of_a_text_sources_print_whole_makes_no_unspaced_run() -> None:
    # Twelve words, then one character: the run from the first word is complete without
    # it, and the run from the second (eleven words and it) is half a word short.
    text = f"{PASSAGE} 完"
    assert passages._runs(text, passages._folded(text)) == [tuple(PASSAGE.split())]
    assert _held({text: {"a": "a/1", "b": "b/1"}}) == [(("a", "a/1"), ("b", "b/1"))]
    assert _unspaced({text: {"a": "a/1", "b": "b/1"}}) == []


def test_a_recorded_run_is_held_by_no_one_but_the_rest_of_a_text_is() -> None:
    recorded = passages.recorded_runs([f"As she said: {PASSAGE}."])
    # Fifteen words, folded: four runs of twelve.
    assert sorted(run[0] for run in recorded) == ["as", "one", "said", "she"]
    assert all(len(run) == passages.RUN_WORDS for run in recorded)
    # Two sources printing the recorded words alone, as one text or as two.
    assert _sorted(run_holders({PASSAGE: {"a": "a/1", "b": "b/1"}}, None, recorded).holders) == []
    texts = {f"{PASSAGE}!": {"a": "a/1"}, PASSAGE.upper(): {"b": "b/1"}}
    assert _sorted(run_holders(texts, None, recorded).holders) == []
    # A word of their own after the recorded ones, the same in both: a run of their own.
    texts = {f"{PASSAGE} thirteen": {"a": "a/1"}, f"Then: {PASSAGE} thirteen.": {"b": "b/1"}}
    assert _sorted(run_holders(texts, None, recorded).holders) == [(("a", "a/1"), ("b", "b/1"))]
    assert _sorted(
        run_holders({f"{PASSAGE} thirteen": {"a": "a/1", "b": "b/1"}}, None, recorded).holders
    ) == [(("a", "a/1"), ("b", "b/1"))]
