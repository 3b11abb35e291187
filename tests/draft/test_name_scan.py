"""The name scanner finds what one regular expression of every name found, where it
found it, at a cost that does not grow with the number of names (counted, not timed)."""

from __future__ import annotations

import re
import sys
from collections import defaultdict
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from validator.dataset.load import load_dataset
from validator.draft.name_scan import SCRIPT_CHANGE, NameScanner, WordSets, fold


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


# A word as a cue writes it (see cue_parts.literal): plain letters, escaped; an
# apostrophe of either kind; a hyphen or spaces; a closing comma or full stop.
WORDS = st.one_of(
    st.text(LETTERS, min_size=1, max_size=3).map(re.escape),
    st.sampled_from(["['’]s", "(?:-|(?<!\\s)\\s+)b", "a[,\\.]", "\\.", "\\-"]),
).map(lambda written: re.compile(f"(?i:{written})"))


@given(
    sets=st.lists(st.lists(WORDS, max_size=3).map(tuple), max_size=8),
    text=st.text(LETTERS, max_size=40),
)
def test_the_sets_held_are_those_whose_every_word_the_text_holds(
    sets: list[tuple[re.Pattern[str], ...]], text: str
) -> None:
    """Each word looked for once, plainly where it is written plainly: the same sets,
    in order, as searching every word of every set finds (a set of none is held)."""
    expected = [n for n, words in enumerate(sets) if all(w.search(text) for w in words)]
    assert list(WordSets(sets).held(text)) == expected


def test_the_shipped_cues_held_by_sentences() -> None:
    """The shipped dataset's cues whose words each sentence holds, as each cue's own
    search of them finds (`CompiledCue.could_match`), in other cases and scripts too."""
    from validator.draft import _compile

    cues = _compile(load_dataset(str(Path(__file__).parents[2] / "dataset")))
    sets = WordSets([cue.words for cue in cues])
    for text in (
        "Kate Winslet plays Ruth, a mother, in I Am Ruth.",
        "KATE W\u0130NSLET PLAYS RUTH AND \u017fHE WAS MARR\u0130ED TO \u017fAM MENDES.",
        "Winslet’s ex husband, the director Sam Mendes, is the father of her son Joe.",
        "The 47-year-old co starred with her daughter; it runs for 90 minutes.",
        "It is directed by Dominic Savage and airs on Channel 4 at 9pm. \u212aate said so.",
        "ケイト・ウィンスレットは「とても難しかった」と語った。",
        "",
    ):
        assert list(sets.held(text)) == [n for n, c in enumerate(cues) if c.could_match(text)]


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
    # Only a word starting as a name does asks: 3 for each of the 1,000 "Zed7" (it asked
    # about 2 for each of the 14,000 word starts, 30,993).
    assert asked == 3_000


def test_a_run_of_spaces_asks_nothing() -> None:
    """Each space of a run was a place a word may start, asking about every place within
    the longest name's reach: 100,000 spaces after a name took seconds. A name starts
    and ends at a run's edges only, and a place starting as no name does asks nothing."""
    text = "Mia Threapleton," + " " * 100_000 + "plays Freya."
    assert _asked(["Mia Threapleton", "Kate Winslet"], text) == (1, [(0, 15)])
    assert NameScanner([" Mia"]).spans("Kate  Mia") == [(5, 9)]


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
