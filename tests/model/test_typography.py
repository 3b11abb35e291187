"""Typography that does not change what was said."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from validator.model.typography import (
    _TYPOGRAPHIC,
    flow_text,
    listed,
    plain,
    plain_length,
    plural,
    shorten,
    shortened,
    split_remark,
)
from validator.read.yaml_load import load_yaml


def test_quotes_dashes_and_ellipses_become_ascii() -> None:
    assert plain("\u201cIt\u2019s\u2014well\u2026\u201d") == '"It\'s-well..."'
    assert plain("\u4f60\u22ef\u22ef\u597d") == "\u4f60......\u597d"  # the midline ellipsis
    text = "\u2018a\u2019 \u201ab\u2019 \u201ec\u201d \u2013 d\u00a0e"
    assert plain(text) == "'a' 'b' \"c\" - d e"


def test_nfkc_folds_compatibility_forms() -> None:
    assert plain("\ufb01ne \u2460 \uff21") == "fine 1 A"  # ligature, circled digit, fullwidth


def test_ascii_text_is_returned_as_it_is() -> None:
    text = "Plain 'ASCII' -- text..."
    assert plain(text) is text


_ONE_AT_A_TIME = str.maketrans(dict(_TYPOGRAPHIC))


@given(st.text())
def test_the_ascii_shortcut_and_the_replacements_change_nothing(text: str) -> None:
    """The same as mapping each character of the NFKC form on its own."""
    assert plain(text) == unicodedata.normalize("NFKC", text).translate(_ONE_AT_A_TIME)


@given(st.lists(st.sampled_from([f for f, _ in _TYPOGRAPHIC] + ["a", " ", "\u4f60"])))
def test_typographic_forms_in_any_mix_become_ascii(pieces: list[str]) -> None:
    text = "".join(pieces)
    assert plain(text) == unicodedata.normalize("NFKC", text).translate(_ONE_AT_A_TIME)


def test_shorten_cuts_to_the_limit_with_an_ellipsis() -> None:
    assert shorten("Kate Winslet", 40) == "Kate Winslet"
    assert shorten("Kate Winslet", 5) == "Kate…"
    assert len(shorten("x" * 100)) == 40


def test_listed_counts_the_items_not_shown() -> None:
    assert listed(["Joe", "Bear"], ", ", 2) == "Joe, Bear"
    assert listed(["Joe", "Bear"], "; ", 1206) == "Joe; Bear; and 1,204 more"
    assert listed([], ", ", 3) == "and 3 more"
    # A word between the items joins no count.
    assert listed(["1", "2"], " against ", 2) == "1 against 2"
    assert listed(["1", "2"], " against ", 4) == "1 against 2, and 2 more"


def test_listed_in_a_sentence_ends_with_and() -> None:
    assert listed(["a"], ", ", 1, sentence=True) == "a"
    assert listed(["a", "b"], ", ", 2, sentence=True) == "a and b"
    assert listed(["a", "b", "c"], ", ", 3, sentence=True) == "a, b, and c"
    assert listed(["a"], ", ", 2, sentence=True) == "a and 1 more"
    assert listed(["a", "b", "c"], ", ", 1207, sentence=True) == "a, b, c, and 1,204 more"


def test_shortened() -> None:
    text = "the quick brown fox jumps over the lazy dog again and again"
    assert shortened(text, 59, "see x") == text
    # 40 leaves 10 characters beside the note; the 10th starts "brown", so the cut is
    # before it, and the 50 characters from that space on are counted.
    assert shortened(text, 40, "see x") == "the quick \u2026 (50 more characters; see x)"
    # No space within 80 characters of the cut: cut in the word. The note for 2,000
    # characters takes 32, which leaves 967 of the 1,000.
    word = "x" * 2_000
    cut = shortened(word, 1_000, "see x")
    assert cut == "x" * 967 + " \u2026 (1,033 more characters; see x)"
    assert len(cut) == 1_000


def test_the_plain_length_is_counted_without_making_the_plain_text() -> None:
    """Exact for text written out a character at a time (ligatures, ellipses, the 18
    characters of U+FDFA); a mark or so out where marks meet the character before them:
    over where they compose with it, under where they part it."""
    for text in ("plain ascii", "\ufb01nd \u2026 \u201cq\u201d", "\ufdfa\ufdfa x", "\u3392", ""):
        assert plain_length(text) == len(plain(text)), text
    assert (plain_length("e\u0301"), len(plain("e\u0301"))) == (2, 1)
    assert (plain_length("\u01d5\u031b"), len(plain("\u01d5\u031b"))) == (2, 3)


def test_plural_adds_an_s_past_one_and_groups_thousands() -> None:
    assert plural(1, "source") == "1 source"
    assert plural(0, "source") == "0 sources"
    assert plural(1204, "passage") == "1,204 passages"


def test_flow_text_is_bare_where_yaml_reads_it_back_and_quoted_elsewhere() -> None:
    assert flow_text("Ruth") == "Ruth"
    assert flow_text("Ruth's son (Billy)") == "Ruth's son (Billy)"
    assert flow_text("Billy, Ruth's son") == "'Billy, Ruth''s son'"
    assert flow_text("Ruth: the mother") == "'Ruth: the mother'"
    assert flow_text("22") == "'22'"
    assert flow_text("0E0") == "'0E0'"  # a float in YAML's core schema
    assert flow_text("0x1F") == "'0x1F'"
    assert flow_text("1st") == "'1st'"
    assert flow_text("yes") == "'yes'"
    assert flow_text("#1 fan") == "'#1 fan'"


@settings(max_examples=1000)
@given(st.text(max_size=30).filter(lambda t: "\\" not in t and t.isprintable()))
def test_flow_text_reads_back_as_the_text_inside_braces(text: str) -> None:
    data, _, problems = load_yaml("{character: " + flow_text(text) + "}")
    assert not problems
    assert data == {"character": text}


@pytest.mark.parametrize(
    ("text", "split"),
    [
        ("22 (at the time)", ("22", "(at the time)")),
        (" Ruth  [uncredited] ", ("Ruth", "[uncredited]")),
        ("100% [Tomatometer]", ("100%", "[Tomatometer]")),
        # Brackets holding nothing, no text before them, or text after them: no remark.
        ("Ruth ()", None),
        ("Ruth [ ]", None),
        ("(lead)", None),
        ("Ruth (lead) role", None),
        ("Ruth (a (b))", None),
        # Past its bound a text is read for none (the reading would grow with its square).
        ("a" + " " * 500 + "(x)", None),
    ],
)
def test_a_remark_in_brackets_after_a_text(text: str, split: tuple[str, str] | None) -> None:
    assert split_remark(text) == split


def test_a_remark_after_a_run_of_white_space_is_found_in_one_reading() -> None:
    """Leading white space was tried once for each place the text might start, and
    each time the spaces before the bracket once for each place it might end: 400
    characters took 0.1 s. At this size that was 20 s; nothing here is timed. Spaces
    alone before the bracket are no text, so no remark, as for "(lead)" alone."""
    texts = [" " * (396 - n % 390) + "x" * (n % 390) + "(x" for n in range(200)]
    assert {split_remark(text) for text in texts} == {None}
    assert split_remark(" " * 300 + "Ruth" + " " * 80 + "(lead)") == ("Ruth", "(lead)")
    assert split_remark(" " * 300 + "(lead)") is None
