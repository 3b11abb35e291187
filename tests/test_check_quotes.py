from __future__ import annotations

import difflib

from validator.check_quotes import tokens, word_diff


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


def test_quotes_with_the_same_words_match_as_difflib_would() -> None:
    """Identical words skip difflib; the match must be what difflib would have given."""
    from validator.check_quotes import _match, _Texts

    texts = _Texts()
    pairs = [
        (
            "We are playing characters, these people aren't us.",
            "we are playing CHARACTERS – these people aren’t us",
        ),
        ("It was a  joy to work with her.", "It was a joy to work with her."),
    ]
    for first_text, second_text in pairs:
        first = texts.quote("a/1", "someone", first_text)
        second = texts.quote("b/1", "someone", second_text)
        assert first.folded == second.folded
        found = _match(first, second, texts.spaced)
        assert found is not None
        ops = difflib.SequenceMatcher(None, first.folded, second.folded, autojunk=False)
        assert found.diff == word_diff(first.words, second.words, ops.get_opcodes())
        assert (found.share, found.words_agree) == (1.0, True)
        assert found.exact == (" ".join(first_text.split()) == " ".join(second_text.split()))
