"""The name scanner finds what one regular expression of every name found, where it
found it, at a cost that does not grow with the number of names (counted, not timed)."""

from __future__ import annotations

import re
import sys
from collections import defaultdict

from hypothesis import given
from hypothesis import strategies as st

from validator.draft.name_scan import SCRIPT_CHANGE, NameScanner, fold


def _pattern(names: list[str]) -> re.Pattern[str]:
    """The alternation the scanner replaced: whole words, longest first, in any case; a
    word's edge is also where Japanese passes from one script to another (a particle
    after a name: "ウィンスレットは")."""
    parts = [re.escape(name) for name in sorted(set(names), key=lambda n: (-len(n), n))]
    edge = SCRIPT_CHANGE.pattern
    return re.compile(rf"(?i:(?:(?<![\w])|{edge})(?:" + "|".join(parts) + rf")(?:(?![\w])|{edge}))")


def test_fold_is_the_sense_of_case_of_regular_expressions() -> None:
    """Two characters fold alike exactly when `re.IGNORECASE` matches one with the
    other, for every character that has a case (the rest match only themselves)."""
    cased = [
        chr(code)
        for code in range(sys.maxunicode + 1)
        if not 0xD800 <= code < 0xE000
        and (chr(code).lower(), chr(code).upper()) != (chr(code),) * 2
    ]
    every = "".join(cased)
    by_fold: dict[str, set[str]] = defaultdict(set)
    for char in cased:
        by_fold[fold(char)].add(char)
    for char in cased:
        matched = {found.group() for found in re.finditer(re.escape(char), every, re.I)}
        assert matched == by_fold[fold(char)], char


# Letters in both cases, the ones whose case is odd (dotted and dotless i, long s, the
# Kelvin sign), word and non-word characters, a combining accent, and Japanese's
# hiragana, katakana (its long-vowel mark too) and ideographs, written with no spaces.
LETTERS = st.sampled_from(
    list("aAbB \u0130\u0131iI\u017fsS\u212aKk-.\u2019\u0301\u00e91_はがケイー語氏・")
)


@given(
    names=st.lists(st.text(LETTERS, min_size=1, max_size=5), max_size=8),
    text=st.text(LETTERS, max_size=40),
)
def test_the_scanner_finds_what_the_regular_expression_found(names: list[str], text: str) -> None:
    expected = [found.span() for found in _pattern(names).finditer(text)] if names else []
    assert NameScanner(names).spans(text) == expected


class _Counted(set[str]):
    """A set that counts the questions asked of it."""

    asked = 0

    def __contains__(self, item: object) -> bool:
        _Counted.asked += 1
        return super().__contains__(item)


def _asked(names: list[str], text: str) -> tuple[int, list[tuple[int, int]]]:
    """How many questions a scan of `text` for `names` asks of the set of names."""
    scanner = NameScanner(names)
    scanner._names = _Counted(scanner._names)
    _Counted.asked = 0
    spans = scanner.spans(text)
    return _Counted.asked, spans


def test_the_cost_of_a_scan_does_not_grow_with_the_number_of_names() -> None:
    """50,000 names and an article of 14,000 words took 30 s as one expression, tried
    name by name at every word; now each word start asks only about the word ends
    within reach of the longest name: three names of the same lengths cost as much."""
    many = [f"Zed{i} Person{i}" for i in range(50_000)]
    few = [many[0], many[7], many[-1]]
    text = "The film was made by Zed7 Person7, who said it is good. " * 1_000
    asked, spans = _asked(many, text)
    assert (asked, spans) == _asked(few, text)
    assert len(spans) == 1_000
    assert text[spans[0][0] : spans[0][1]] == "Zed7 Person7"
    assert asked == 30_993  # about 2 for each of the 14,000 word starts


def test_a_name_runs_into_a_japanese_particle() -> None:
    """Japanese writes no space after a name: where the script changes (katakana or
    Latin letters to a hiragana particle, to an ideograph's title) a name may end, and
    start; within one script it may not ("ウィンスレットスキー" is another name)."""
    scanner = NameScanner(["ケイト・ウィンスレット", "ウィンスレット", "Winslet"])
    found = {
        text: [text[start:end] for start, end in scanner.spans(text)]
        for text in (
            "ケイト・ウィンスレットは「」",
            "Winsletが話した",
            "監督ウィンスレット氏によると",
            "ウィンスレットスキー",
            "Winsletx",
        )
    }
    assert found == {
        "ケイト・ウィンスレットは「」": ["ケイト・ウィンスレット"],
        "Winsletが話した": ["Winslet"],
        "監督ウィンスレット氏によると": ["ウィンスレット"],
        "ウィンスレットスキー": [],
        "Winsletx": [],
    }
