"""Candidates by prefix filtering (`rules.quote_index`); its laws are in
tests/property/test_quote_match_laws.py."""

from __future__ import annotations

from validator.rules.quote_index import PrefixIndex, shingles


def _index(*texts: str) -> PrefixIndex:
    index = PrefixIndex((text, text.split()) for text in texts)
    for text in texts:
        index.add(text)
    return index


def test_a_text_is_found_by_another_sharing_its_rarest_runs() -> None:
    index = _index("a b c d e f", "a b c d e z", "a b c x y z", "p q r s t u")
    # The second shares three runs of four with the first; the third shares only its
    # most common run ("a b c"), which is no text's rarest.
    assert index.candidates("a b c d e f") == [0, 1]
    assert index.candidates("p q r s t u") == [3]


def test_a_text_the_index_was_not_built_with_is_looked_up_by_the_runs_it_knows() -> None:
    index = _index("a b c d e f", "p q r s t u")
    query = "k l m a b c d e f"  # three runs no indexed text has, four it knows
    assert index.candidates(query, query.split()) == [0]
    # Its prefix (four of its six runs) begins with the two runs no indexed text has,
    # "c d w" and "d w x": only the two rarest it knows are looked up, by count and
    # then by run. A text sharing only the others is no candidate.
    query = "a b c d w x y z"
    assert len(shingles(query.split())) == 6
    assert _index("a b c d", "w x y z").candidates(query, query.split()) == [0]
    # "a b c" and "b c d" in two indexed texts: "w x y" and "x y z" are the rarest.
    assert _index("a b c d", "w x y z", "a b c d e").candidates(query, query.split()) == [1]


def test_a_text_sharing_too_few_runs_has_no_candidates() -> None:
    index = _index("a b c d e f g h")
    query = "k l m n o p q a b c"  # one run in eight known: its prefix is unknown runs
    assert index.candidates(query, query.split()) == []
    assert index.candidates("", []) == []


def test_the_texts_added_with_a_run_in_their_prefix_are_posted_in_order() -> None:
    index = _index("a b c d e f", "a b c d e z", "q a b c d e")
    assert [index.prefix(text) for text in ("a b c d e f", "a b c d e z", "q a b c d e")] == [
        [("d", "e", "f"), ("a", "b", "c"), ("b", "c", "d")],
        [("d", "e", "z"), ("a", "b", "c"), ("b", "c", "d")],
        [("q", "a", "b"), ("a", "b", "c"), ("b", "c", "d")],
    ]
    # Each run's first text, and the texts after it.
    assert index.first == {
        ("a", "b", "c"): 0,
        ("b", "c", "d"): 0,
        ("d", "e", "f"): 0,
        ("d", "e", "z"): 1,
        ("q", "a", "b"): 2,
    }
    assert index.more == {("a", "b", "c"): [1, 2], ("b", "c", "d"): [1, 2]}
    assert index.runs == {}  # each text's runs let go once its prefix is known
    assert index.prefix("x y z") == []  # a text the index was not built with
    assert index.candidates("a b c d e f") == [0, 1, 2]
