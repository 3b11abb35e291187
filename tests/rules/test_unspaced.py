"""Words in scripts written without spaces, and marks that belong to their words."""

from __future__ import annotations

import unicodedata

from validator.rules.quote_match import tokens, word_diff
from validator.rules.unspaced import (
    UNSPACED_RANGES,
    closed_up,
    half_words,
    joined,
    words_of,
    written_without_spaces,
)


def test_each_chinese_or_japanese_character_is_a_word() -> None:
    assert words_of("我很高兴。") == ["我", "很", "高", "兴"]
    assert words_of("私は映画が好き") == ["私", "は", "映", "画", "が", "好", "き"]


def test_ideographic_zero_and_iteration_marks_are_characters_of_their_own() -> None:
    # In the block of CJK symbols: two zeros were one word, and the iteration mark one
    # with the Latin letters after it.
    assert words_of("二\u3007\u3007二年") == ["二", "\u3007", "\u3007", "二", "年"]
    assert words_of("人々Kate") == ["人", "々", "Kate"]


def test_thai_marks_stay_on_their_letters() -> None:
    assert words_of("สวัสดีครับ") == ["ส", "วั", "ส", "ดี", "ค", "รั", "บ"]


def test_a_combining_sound_mark_stays_on_its_kana() -> None:
    assert words_of("か\u3099き") == ["か\u3099", "き"]


def test_vowel_signs_and_vowel_points_stay_in_their_words() -> None:
    assert words_of("नमस्ते दुनिया") == ["नमस्ते", "दुनिया"]
    assert words_of("مَرْحَبًا بِك") == ["مَرْحَبًا", "بِك"]


def test_words_of_other_scripts_beside_unspaced_characters_are_whole() -> None:
    text = "Kate说\uff1a\u201c我很好\u3002\u201d été"  # a full-width colon and full stop
    assert words_of(text) == ["Kate", "说", "我", "很", "好", "été"]
    assert words_of("l'été d'Anne") == ["l'été", "d'Anne"]


def test_ideographs_past_the_basic_plane_are_words() -> None:
    assert words_of("𠀀𠀁好") == ["𠀀", "𠀁", "好"]


def test_tokens_of_an_unspaced_quote() -> None:
    quote = "米娅真的让我非常震惊\uff0c"  # a full-width comma closes it
    assert tokens(quote) == ["米", "娅", "真", "的", "让", "我", "非", "常", "震", "惊"]


def test_written_without_spaces() -> None:
    assert written_without_spaces("好")
    assert written_without_spaces("วั")
    assert not written_without_spaces("été")
    assert not written_without_spaces("")


def test_joined_writes_unspaced_words_together_and_others_apart() -> None:
    assert joined(["really", "[-actually-]", "{+truly+}", "how"]) == (
        "really [-actually-] {+truly+} how"
    )
    assert joined(["非", "常", "[-震-]", "{+吃+}", "惊", "…", "我"]) == "非常[-震-]{+吃+}惊…我"
    assert joined(["Kate", "说", "été", "…", "fin"]) == "Kate说été … fin"


def test_a_diff_of_an_unspaced_quote_reads_as_its_text() -> None:
    first, second = tokens("我非常喜欢这部电影"), tokens("我非常喜爱这部电影")
    ops = [("equal", 0, 4, 0, 4), ("replace", 4, 5, 4, 5), ("equal", 5, 9, 5, 9)]
    assert word_diff(first, second, ops) == "我非常喜[-欢-]{+爱+}这部电影"


def test_a_character_of_an_unspaced_script_weighs_half_a_word() -> None:
    assert half_words("ascii words only", ["ascii", "words", "only"]) == 2
    assert half_words("été", ["été"]) == 2
    assert half_words("我很高兴", ["我", "很", "高", "兴"]) == 1
    assert half_words("สวัสดี", ["ส", "วั", "ส", "ดี"]) == 1
    assert half_words("Kate und Mia 说", ["Kate", "und", "Mia", "说"]) == [2, 2, 2, 1]
    # A Kangxi radical is an ideograph once normalised: the words say so, not the text.
    assert half_words("\u2f00\u2f00", ["一", "一"]) == 1


def test_no_mark_lies_past_the_basic_planes_but_the_variation_selectors() -> None:
    # words_of looks for marks below U+20000 and takes the supplement's selectors as
    # marks: no other mark may lie beyond.
    beyond = [
        code
        for code in range(0x20000, 0x110000)
        if unicodedata.category(chr(code))[0] == "M" and not 0xE0100 <= code <= 0xE01EF
    ]
    assert beyond == []


def test_the_unspaced_blocks_past_the_basic_plane_hold_no_mark() -> None:
    marks = [
        code
        for low, high in UNSPACED_RANGES
        if low >= 0x10000
        for code in range(low, high + 1)
        if unicodedata.category(chr(code))[0] == "M"
    ]
    assert marks == []


def test_no_space_stands_between_two_unspaced_characters() -> None:
    assert closed_up("我 很 高兴 Kate Winslet 说 好") == "我很高兴 Kate Winslet 说好"
    assert closed_up("สวั สดี ครับ") == "สวัสดีครับ"  # a Thai vowel sign before the space
    assert closed_up("नमस्ते दुनिया") == "नमस्ते दुनिया"
    assert closed_up("one two") == "one two"
