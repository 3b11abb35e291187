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
    # Its prefix begins with the runs nobody has; only the others can find a text.
    prefix = index.prefix(query, query.split())
    assert prefix[:3] == [("k", "l", "m"), ("l", "m", "a"), ("m", "a", "b")]
    assert len(prefix) == 5 == len(shingles(query.split())) - 3 + 1


def test_a_text_sharing_too_few_runs_has_no_candidates() -> None:
    index = _index("a b c d e f g h")
    query = "k l m n o p q a b c"  # one run in eight known: its prefix is unknown runs
    assert index.candidates(query, query.split()) == []
    assert index.candidates("", []) == []


def test_posted_lists_the_texts_added_with_a_run_in_their_prefix_in_order() -> None:
    index = _index("a b c d e f", "a b c d e z", "q a b c d e")
    assert {run: index.posted(run) for run in index.first} == {
        ("a", "b", "c"): [0, 1, 2],
        ("b", "c", "d"): [0, 1, 2],
        ("d", "e", "f"): [0],
        ("d", "e", "z"): [1],
        ("q", "a", "b"): [2],
    }
    assert index.posted(("x", "y", "z")) == []
    assert index.runs == {}  # each text's runs let go once its prefix is known
