"""How two quotes match, word by word: the words of a quote, the coded texts compared,
the share of words in common, the word diff and which ends are a variant."""

from __future__ import annotations

import difflib
from collections.abc import Callable
from typing import cast

import pytest

from validator.rules import quote_match
from validator.rules.quote_match import Texts, apart, match, tokens, word_diff
from validator.rules.rule import Recall


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
        # The transcript quoted from its fourth word, whose first word the source changed:
        # the three words before it are more of the passage, in brackets.
        (
            "Everyone knows that whilst it can be a positive thing for some",
            "while it can be a positive thing for some",
            "[-(Everyone knows that) whilst-] {+while+} it can be a positive thing for some",
        ),
        (
            "who are very close to each other, was already there",
            "who are very close to each other, was already here.",
            "who are very close to each other was already [-there-] {+here+}",
        ),
        # Two words for three at an end: the two beside the shared run are the variant,
        # the third more of the passage, in brackets.
        (
            "and hurting and struggling and that was quite difficult",
            "and hurting and struggling and that was very hard indeed",
            "and hurting and struggling and that was [-quite difficult-] {+very hard (indeed)+}",
        ),
        # A quote cut at its start whose first word is changed: the transcript's word
        # before the one it stands beside is shown, not hidden, in brackets.
        (
            "This is the first time I have ever worked with my daughter",
            "For the first time I have ever worked with my daughter",
            "[-(This) is-] {+For+} the first time I have ever worked with my daughter",
        ),
        # The quote longer at a changed start: its own first word is shown too.
        (
            "Everyone knows that whilst it can be a positive thing",
            "We all know that whilst it can be a positive thing",
            "[-Everyone knows-] {+(We) all know+} that whilst it can be a positive thing",
        ),
        # At a changed end, the transcript's words after the one changed.
        (
            "honest and highlighted those issues that are so prevalent at the moment, "
            "and alarmingly so.",
            "honest and highlighted those issues that are so prevalent right now",
            "honest and highlighted those issues that are so prevalent "
            "[-at the (moment and alarmingly so)-] {+right now+}",
        ),
        # Past four words, the four nearest the change and an ellipsis.
        (
            "one two three four five six seven eight and then the rest of it",
            "Nine and then the rest of it",
            "[-(\u2026 four five six seven) eight-] {+Nine+} and then the rest of it",
        ),
        (
            "and then the rest of it one two three four five six",
            "and then the rest of it seven",
            "and then the rest of it [-one (two three four five \u2026)-] {+seven+}",
        ),
        # A script written without spaces: written together, as its changed words are.
        ("我觉得这让我非常震惊", "他这让我非常震惊", "[-(我觉)得-]{+他+}这让我非常震惊"),
    ],
)
def test_a_word_changed_at_an_end_is_a_variant_not_an_unmatched_end(
    first_text: str, second_text: str, expected: str
) -> None:
    """Words one quote has beyond the other's ends are more of the same passage; where
    both have words there and they differ, the source changed a word: the words are
    paired one for one from the shared stretch, and the longer's further words are
    shown in brackets inside its mark, so that the diff hides no word either quote has
    there. They are still no variant: the quotes differ in the words paired alone."""
    texts = Texts()
    first = texts.quote("a/1", "someone", first_text)
    second = texts.quote("b/1", "someone", second_text)
    found = match(first, second, texts.spaced)
    assert found is not None
    assert (found.words_agree, found.diff) == (False, expected)


def test_a_diff_without_words_beyond_its_ends_is_as_before() -> None:
    ops = [("replace", 0, 2, 0, 1), ("equal", 2, 4, 1, 3)]
    first, second = ["This", "is", "the", "end"], ["For", "the", "end"]
    assert word_diff(first, second, ops) == "[-This is-] {+For+} the end"
    assert word_diff(first, second, ops, beyond=(1, 0, 0, 0)) == "[-(This) is-] {+For+} the end"


def test_more_of_the_same_passage_at_an_end_is_no_variant() -> None:
    texts = Texts()
    first = texts.quote("a/1", "someone", "Everyone knows that whilst it can be a positive thing")
    second = texts.quote("b/1", "someone", "whilst it can be a positive thing for some")
    found = match(first, second, texts.spaced)
    assert found is not None
    assert (found.words_agree, found.diff) == (True, "whilst it can be a positive thing")


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("", []),
        ("   \t ", []),
        ("... – !", []),
        ("a\r\nb\rc\nd", ["a", "b", "c", "d"]),  # any line break is a gap
        ("x\x00y\x1b[31mz", ["x", "y", "31mz"]),  # control characters too
        ("\u200bzero\u200bwidth", ["zero", "width"]),
        ("'tis the 'end'", ["tis", "the", "end"]),  # an apostrophe at a word's edge goes
        ("rock 'n' roll", ["rock", "n", "roll"]),
        ("don’t don't''", ["don't", "don't"]),
        ("''", ["''"]),  # a word of apostrophes alone stays one
        ("naïve café", ["naïve", "café"]),
        ("e-mail a_b", ["e", "mail", "a_b"]),
    ],
)
def test_the_words_of_a_quote(text: str, words: list[str]) -> None:
    assert tokens(text) == words


def test_the_words_of_a_huge_quote_are_all_found() -> None:
    assert tokens("word, " * 100_000) == ["word"] * 100_000


def test_quotes_of_fewer_than_four_words_are_never_matched() -> None:
    texts = Texts()
    short = texts.quote("a/1", "someone", "one two three")
    same = texts.quote("b/1", "someone", "one two three")
    empty = texts.quote("c/1", "someone", "")
    assert apart(short, same)
    assert match(short, same, texts.spaced) is None
    assert apart(empty, empty)
    assert match(empty, texts.quote("d/1", "someone", "one two three four"), texts.spaced) is None


def test_the_same_quote_of_four_words_is_an_exact_match() -> None:
    texts = Texts()
    first = texts.quote("a/1", "someone", "One two, three four.")
    second = texts.quote("b/1", "someone", "one two three four")
    assert not apart(first, second)
    found = match(first, second, texts.spaced)
    assert found is not None
    assert (found.share, found.words_agree, found.same_words, found.exact, found.truncated) == (
        1.0,
        True,
        True,
        False,  # the texts differ in case and punctuation
        False,
    )
    assert found.diff == "One two three four"


def test_a_quote_past_the_words_compared_is_matched_on_its_start() -> None:
    texts = Texts()
    words = " ".join(f"w{n}" for n in range(quote_match.MAX_WORDS + 50))
    first = texts.quote("a/1", "someone", words)
    second = texts.quote("b/1", "someone", words + " more")
    assert not apart(first, second)  # past MAX_WORDS: for `match` to say
    found = texts.match(first, second)
    assert found is not None and found.truncated and found.share == 1.0


@pytest.mark.parametrize(
    ("ops", "diff"),
    [
        ([], ""),
        ([("replace", 0, 1, 0, 1)], "[-a-] {+x+}"),
        ([("delete", 0, 1, 0, 0)], "[-a-]"),
        ([("insert", 0, 0, 0, 1)], "{+x+}"),
        ([("equal", 0, 1, 0, 1), ("insert", 1, 1, 1, 2)], "a {+y+}"),
    ],
)
def test_a_word_diff_of_each_kind_of_change(
    ops: list[tuple[str, int, int, int, int]], diff: str
) -> None:
    assert word_diff(["a", "b"], ["x", "y"], ops) == diff


def test_an_unchanged_run_is_elided_only_where_that_saves_words() -> None:
    eleven = [f"w{n}" for n in range(11)]
    assert (
        word_diff(
            [*eleven, "a"],
            [*eleven, "b"],
            [
                ("equal", 0, 11, 0, 11),
                ("replace", 11, 12, 11, 12),
            ],
        )
        == " ".join(eleven) + " [-a-] {+b+}"
    )
    twelve = [f"w{n}" for n in range(12)]
    assert word_diff(twelve, twelve, [("equal", 0, 12, 0, 12)]) == "…"


def test_a_quote_is_printed_alike_whatever_its_spacing_and_closing_mark() -> None:
    texts = Texts()
    assert texts.spaced("  I   loved\r\nit,  ") == "I loved it"
    assert texts.spaced("I loved it.") == "I loved it"
    assert texts.spaced("Did I love it?") == "Did I love it?"  # the speaker's own mark
    assert texts.spaced("") == ""


def test_a_chinese_quote_is_printed_alike_with_a_line_broken_in_it() -> None:
    # No space stands between two Chinese characters: the same text printed (Q401
    # differs in print), where it was taken for a difference of punctuation.
    texts = Texts()
    assert texts.spaced("我从来没有\n见过 这样的表演。") == "我从来没有见过这样的表演。"
    first = texts.quote("a/1", "someone", "我从来没有见过这样的表演")
    second = texts.quote("b/1", "someone", "我从来没有\n见过这样的表演")
    found = match(first, second, texts.spaced)
    assert found is not None and (found.same_words, found.exact) == (True, True)


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


def test_a_tie_does_not_hide_a_word_the_quote_wrote() -> None:
    """ "fact the she is ..." against "The fact that she is ...": both alignments pair as
    many words. The one pairing "the" with "The" left the quote's "fact" out, as more
    of the passage, and the diff read "The [-fact that-] she is ..."; the diff shows
    every word of the quote that differs, whether the words are coded or not."""
    passage = "The fact that she is actually my mother, I feel that really helped"
    quote = "fact the she is actually my mother, I feel that really helped"
    texts = Texts()
    coded = match(texts.quote("a/1", "s", passage), texts.quote("b/1", "s", quote), texts.spaced)
    first, second = texts.quote("a/1", "s", passage), texts.quote("b/1", "s", quote)
    first.coded = second.coded = None  # as quotes past the codes are compared
    listed = match(first, second, texts.spaced)
    expected = "fact [-that-] {+the+} she is actually my mother I feel that really helped"
    assert coded is not None and listed is not None
    assert (coded.words_agree, coded.diff) == (False, expected)
    assert (listed.words_agree, listed.diff) == (False, expected)


def test_a_quote_of_more_of_the_passage_still_agrees() -> None:
    """Words a quote has past the other's end are more of the passage, even where an
    alignment as long could pair one of them ("young") inside it."""
    texts = Texts()
    found = match(
        texts.quote("a/1", "s", "The fact that she is so young"),
        texts.quote("b/1", "s", "that she is so young, so young"),
        texts.spaced,
    )
    assert found is not None
    assert (found.words_agree, found.diff) == (True, "that she is so young")


# A transcript of an interview: its speaker's name and common words all through it.
_FILLER = " ".join(
    f"Winslet said the film was about {word} and the story of a mother and her daughter."
    for word in ("anxiety", "phones", "school", "friends", "work", "home") * 12
)


def _long_transcript(passage: str, words_before: int) -> str:
    before = _FILLER.split(" ")
    while len(before) < words_before:
        before += _FILLER.split(" ")
    return " ".join(before[:words_before]) + " " + passage + " " + _FILLER


def test_a_quote_is_diffed_against_the_passage_of_a_long_transcript_it_fits() -> None:
    """Aligned whole, the quote's first word was paired with the transcript's first
    "Winslet", and the diff showed every word between as left out."""
    passage = "Winslet, who co-authored the story alongside Savage, told OK!"
    transcript = _long_transcript(passage, 900)
    texts = Texts()
    quote = texts.quote("q", "s", "Winslet, who co-authored the story alongside truly told OK!")
    found = match(texts.quote("t", "s", transcript), quote, texts.spaced)
    assert found is not None
    assert found.diff == "Winslet who co authored the story alongside [-Savage-] {+truly+} told OK"
    assert (found.share, found.words_agree, found.truncated) == (0.9, False, False)


def test_a_quote_from_past_the_first_thousand_words_of_a_transcript_agrees() -> None:
    """Only a transcript's first MAX_WORDS words were compared: a quote from later in it
    shared too little with them to be found."""
    passage = "It was really staggering how alarmingly free Mia and I were able to be."
    transcript = _long_transcript(passage, 2 * quote_match.MAX_WORDS)
    texts = Texts()
    quote = texts.quote("q", "s", "really staggering how alarmingly free Mia and I were able to be")
    found = match(texts.quote("t", "s", transcript), quote, texts.spaced)
    assert found is not None
    assert (found.share, found.words_agree, found.truncated) == (1.0, True, False)


def test_a_quote_marking_words_left_out_is_still_held_against_the_whole_transcript() -> None:
    """Its parts may stand far apart in the transcript: it is aligned as a whole."""
    between = " ".join(_FILLER.split(" ")[:600])
    transcript = f"Mia was brilliant in every scene. {between} I could not be prouder."
    texts = Texts()
    quote = texts.quote("q", "s", "Mia was brilliant in every scene ... I could not be prouder")
    found = match(texts.quote("t", "s", transcript), quote, texts.spaced)
    assert found is not None
    assert (found.share, found.words_agree) == (1.0, True)
