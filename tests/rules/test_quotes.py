from __future__ import annotations

import difflib
from collections.abc import Callable
from pathlib import Path
from typing import cast

import pytest

from validator import validate
from validator.rules import quote_match
from validator.rules.quote_match import Texts, match, tokens, word_diff
from validator.rules.rule import Recall

ROOT = Path(__file__).resolve().parents[2]


def diff(a: str, b: str) -> str:
    first, second = tokens(a), tokens(b)
    ops = difflib.SequenceMatcher(
        None, [w.casefold() for w in first], [w.casefold() for w in second], autojunk=False
    ).get_opcodes()
    return word_diff(first, second, ops)


def test_tokens_drop_punctuation_and_normalise_typography() -> None:
    assert tokens("We are playing characters – these people aren’t us.") == [
        "We",
        "are",
        "playing",
        "characters",
        "these",
        "people",
        "aren't",
        "us",
    ]


def test_word_diff_marks_deletions_and_insertions() -> None:
    assert diff("really staggering actually how", "really staggering how") == (
        "really staggering [-actually-] how"
    )
    assert diff("a b c", "a x c") == "a [-b-] {+x+} c"
    assert diff("a b", "a b c") == "a b {+c+}"


def test_word_diff_elides_long_unchanged_runs() -> None:
    words = " ".join(f"w{i}" for i in range(20))
    assert diff(f"{words} old", f"{words} new") == "… w16 w17 w18 w19 [-old-] {+new+}"
    assert diff(f"old {words}", f"new {words}") == "[-old-] {+new+} w0 w1 w2 w3 …"


def test_quotes_match_as_difflib_would() -> None:
    """rapidfuzz's LCS replaces difflib's matcher: on quotes as sources vary them, the
    words matched and the word diff are what difflib gave."""
    texts = Texts()
    pairs = [
        (
            "We are playing characters, these people aren't us.",
            "we are playing CHARACTERS – these people aren’t us",
        ),
        ("It was a  joy to work with her.", "It was a joy to work with her."),
        (
            "It was really staggering actually how alarmingly free Mia and I were able to be",
            "It was really staggering how alarmingly free Mia and I were able to be",
        ),
        (
            "whilst it can be a positive thing for some, for other teenagers it can completely "
            "consume their worlds",
            "while it can be a positive thing for some, for the vast majority of teenagers "
            "social media can completely consume their worlds",
        ),
    ]
    for first_text, second_text in pairs:
        first = texts.quote("a/1", "someone", first_text)
        second = texts.quote("b/1", "someone", second_text)
        found = match(first, second, texts.spaced)
        assert found is not None
        ops = difflib.SequenceMatcher(None, first.folded, second.folded, autojunk=False)
        matched = sum(block.size for block in ops.get_matching_blocks())
        assert found.share == matched / min(len(first.folded), len(second.folded))
        # Unmatched ends are more or less of the same passage, not a variant: left out,
        # but for the words both quotes have there beside the shared run.
        inner = ops.get_opcodes()
        while inner and inner[0][0] != "equal":
            tag, i1, i2, j1, j2 = inner[0]
            size = min(i2 - i1, j2 - j1)
            inner = inner[1:]
            if tag == "replace":
                inner = [("replace", i2 - size, i2, j2 - size, j2), *inner]
                break
        while inner and inner[-1][0] != "equal":
            tag, i1, i2, j1, j2 = inner[-1]
            size = min(i2 - i1, j2 - j1)
            inner = inner[:-1]
            if tag == "replace":
                inner = [*inner, ("replace", i1, i1 + size, j1, j1 + size)]
                break
        assert found.diff == word_diff(first.words, second.words, inner)
        assert found.same_words == (first.folded == second.folded)
        assert found.exact == (" ".join(first_text.split()) == " ".join(second_text.split()))


def test_texts_code_each_distinct_folded_word_as_one_character() -> None:
    texts = Texts()
    first = texts.quote("a/1", "someone", "The cat saw the Dog.")
    second = texts.quote("b/1", "someone", "the dog saw a cat")
    assert first.coded == "\x00\x01\x02\x00\x03"
    assert second.coded == "\x00\x03\x02\x04\x01"
    assert texts.codes == {"the": "\x00", "cat": "\x01", "saw": "\x02", "dog": "\x03", "a": "\x04"}


def test_texts_keep_each_distinct_word_as_one_string() -> None:
    """Long quotes' words were each a string of their own: 2,000 quotes of 1,000 words
    held 264 MB of them. Each distinct word, as written or folded, is now one string."""
    texts = Texts()
    first = texts.quote("a/1", "someone", "The cat saw the Dog.")
    second = texts.quote("b/1", "someone", "the dog saw a cat")
    assert sorted(texts.same) == ["Dog", "The", "a", "cat", "dog", "saw", "the"]
    assert first.words == ["The", "cat", "saw", "the", "Dog"]
    assert first.folded == ["the", "cat", "saw", "the", "dog"]
    assert first.words[1] is second.words[4] is first.folded[1]
    assert first.folded[0] is first.words[3] is second.words[0]
    assert first.folded[4] is second.words[1]


def test_a_quote_past_the_codes_is_compared_as_its_words(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(quote_match, "_CODES", 4)
    texts = Texts()
    first = texts.quote("a/1", "someone", "one two three four")
    second = texts.quote("b/1", "someone", "one five three four")  # a fifth word: no code
    assert first.coded == "\x00\x01\x02\x03"
    assert second.coded is None
    found = texts.match(first, second)
    assert found is not None
    assert found.share == 0.75
    assert found.diff == "one [-two-] {+five+} three four"
    assert not found.words_agree


def test_a_pair_sharing_too_little_is_counted_but_neither_matched_nor_recalled() -> None:
    """`Texts.match` rejects most candidate pairs from one compiled distance: such a pair
    is compared (counted) but never asked of `recall`, which keeps the pairs that match."""
    asked: list[object] = []

    def recall(key: object, compute: Callable[[], object], accept: object) -> object:
        asked.append(key)
        return compute()

    texts = Texts(cast(Recall, recall))
    quote = "It was really staggering how alarmingly free Mia and I were able to be"
    first = texts.quote("a/1", "someone", quote)
    other = texts.quote("b/1", "someone", "Nobody else in that room was going to say it")
    near = texts.quote("c/1", "someone", quote.replace("alarmingly", "wonderfully"))
    assert quote_match.apart(first, other)
    assert texts.match(first, other) is None
    assert (texts.compared, asked) == (1, [])
    found = texts.match(first, near)
    assert found is not None and found.diff == (
        "It was really staggering how [-alarmingly-] {+wonderfully+} free Mia and I were able to be"
    )
    assert (texts.compared, asked) == (2, [("quote-match", first.text, near.text)])
    # Each pair once: asked again, neither is compared again.
    assert texts.match(first, other) is None and texts.match(first, near) is found
    assert texts.compared == 2


@pytest.mark.parametrize(
    ("first_text", "second_text", "expected"),
    [
        # The transcript quoted from its fourth word, whose first word the source changed.
        (
            "Everyone knows that whilst it can be a positive thing for some",
            "while it can be a positive thing for some",
            "[-whilst-] {+while+} it can be a positive thing for some",
        ),
        (
            "who are very close to each other, was already there",
            "who are very close to each other, was already here.",
            "who are very close to each other was already [-there-] {+here+}",
        ),
        # Two words for three at an end: the two beside the shared run are the variant,
        # the third more of the passage.
        (
            "and hurting and struggling and that was quite difficult",
            "and hurting and struggling and that was very hard indeed",
            "and hurting and struggling and that was [-quite difficult-] {+very hard+}",
        ),
    ],
)
def test_a_word_changed_at_an_end_is_a_variant_not_an_unmatched_end(
    first_text: str, second_text: str, expected: str
) -> None:
    """Words one quote has beyond the other's ends are more of the same passage; where
    both have words there and they differ, the source changed a word."""
    texts = Texts()
    first = texts.quote("a/1", "someone", first_text)
    second = texts.quote("b/1", "someone", second_text)
    found = match(first, second, texts.spaced)
    assert found is not None
    assert (found.words_agree, found.diff) == (False, expected)


def test_more_of_the_same_passage_at_an_end_is_no_variant() -> None:
    texts = Texts()
    first = texts.quote("a/1", "someone", "Everyone knows that whilst it can be a positive thing")
    second = texts.quote("b/1", "someone", "whilst it can be a positive thing for some")
    found = match(first, second, texts.spaced)
    assert found is not None
    assert (found.words_agree, found.diff) == (True, "whilst it can be a positive thing")


MIA = (
    "The fact that she is actually my mother, I feel that really helped in a way because the "
    "chemistry, the connection, the emotional bond between us as a mother and daughter who "
    "are very close to each other, was already there."
)


WINSLET = (
    "Everyone knows that whilst it can be a positive thing for some, for other teenagers it "
    "can completely consume their worlds – and not necessarily in positive ways."
)


@pytest.mark.parametrize(
    ("passage", "part"),
    [
        # The part's first "the" once paired with the passage's first word: "The [-fact
        # that ... because the-] chemistry".
        (MIA, "the chemistry, the connection, the emotional bond"),
        (MIA, "the emotional bond between us as a mother"),
        # A pair of words the passage has twice ("it can ... it can").
        (WINSLET, "it can completely consume their worlds"),
        # The same at the part's end: its last "the" paired with a later one.
        (MIA, "really helped in a way because the chemistry, the"),
    ],
)
def test_a_part_of_a_passage_agrees_with_it_wherever_it_starts(passage: str, part: str) -> None:
    """A quote of a passage's middle has the passage's words, in order, with none
    between them: it agrees with the passage, and its diff is only its words."""
    texts = Texts()
    for first, second in ((passage, part), (part, passage)):
        found = match(texts.quote("a/1", "s", first), texts.quote("b/1", "s", second), texts.spaced)
        assert found is not None
        assert (found.words_agree, found.diff) == (True, " ".join(tokens(part)))


def test_a_word_changed_inside_a_part_of_a_passage_is_still_a_variant() -> None:
    texts = Texts()
    found = match(
        texts.quote("a/1", "s", MIA),
        texts.quote("b/1", "s", "the chemistry, the connection, the emotional ties between us"),
        texts.spaced,
    )
    assert found is not None
    assert (found.words_agree, found.diff) == (
        False,
        "the chemistry the connection the emotional [-bond-] {+ties+} between us",
    )


def test_a_quote_whose_first_word_differs_from_the_transcript_is_not_supported(
    tmp_path: Path,
) -> None:
    """The transcript has "whilst it can be a positive thing ...": a source printing
    "while" from there on changed a word the transcript decides (D207), where one
    printing "whilst" is supported."""
    quoted = "it can be a positive thing for some, for other teenagers it can completely"
    (tmp_path / "a.yaml").write_text(
        "source: {id: a, outlet: A, title: T, published: 2022-12-07}\n"
        "claims:\n"
        f"  - {{id: while, subject: Kate Winslet, property: said, value: 'while {quoted}'}}\n"
        f"  - {{id: whilst, subject: Kate Winslet, property: said, value: 'whilst {quoted}'}}\n"
    )
    result = validate([str(tmp_path)], dataset=str(ROOT / "dataset"))
    assert [(c.full_id, c.verdict.value) for c in result.claims] == [
        ("a/while", "undetermined"),
        ("a/whilst", "supported"),
    ]
    assert [(f.code, f.claims, f.message) for f in result.findings] == [
        (
            "D207",
            ("a/while",),
            "the quote by Kate Winslet differs from the dataset's transcript (I Am Ruth press "
            "pack interviews, Channel 4, 2022-11): [-whilst-] {+while+} it can be a …; check "
            "which words the source changed",
        )
    ]


def test_words_a_quote_marks_as_left_out_are_no_change(tmp_path: Path) -> None:
    """A source that cuts a quote marks the cut ("honest … and alarmingly so"): the
    words the transcript, or another source, has there are not words it changed. Such
    quotes were D207 against the transcript and Q402 against the full wording."""
    (tmp_path / "a.yaml").write_text(
        "source: {id: a, outlet: A, title: T, published: 2022-12-07}\n"
        "claims:\n"
        "  - id: honest\n"
        "    subject: Kate Winslet\n"
        "    property: said\n"
        "    value: We just wanted to tell a story that was honest … and alarmingly so.\n"
        "  - id: staggering\n"
        "    subject: Kate Winslet\n"
        "    property: said\n"
        "    value: It was really staggering [...] which I hadn't imagined, she said at length.\n"
        "  - id: changed\n"
        "    subject: Kate Winslet\n"
        "    property: said\n"
        "    value: We just wanted to tell a tale that was honest … and alarmingly so.\n"
    )
    (tmp_path / "b.yaml").write_text(
        "source: {id: b, outlet: B, title: T, published: 2022-12-08}\n"
        "claims:\n"
        "  - id: staggering\n"
        "    subject: Kate Winslet\n"
        "    property: said\n"
        "    value: It was really staggering how alarmingly free Mia and I were able to be,\n"
        "      which I hadn't imagined, she said at length.\n"
    )
    result = validate([str(tmp_path)], dataset=str(ROOT / "dataset"))
    assert [(c.full_id, c.verdict.value) for c in result.claims] == [
        ("a/honest", "supported"),
        ("a/staggering", "unverifiable"),
        ("a/changed", "undetermined"),
        ("b/staggering", "unverifiable"),
    ]
    assert [(f.code, f.claims) for f in result.findings] == [
        ("D203", ("a/staggering",)),
        ("D207", ("a/changed",)),
        ("D203", ("b/staggering",)),
    ]
    assert result.findings[1].message == (
        "the quote by Kate Winslet differs from the dataset's transcript (I Am Ruth press "
        "pack interviews, Channel 4, 2022-11): We just wanted to tell a [-story-] {+tale+} "
        "that was honest [-and highlighted those issues that are so extraordinarily "
        "prevalent at the moment-] and alarmingly so; check which words the source changed"
    )
