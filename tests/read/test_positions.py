"""Where each node of a parsed document came from: the lookups that always answer, the
text a number was written as, and how messages name a node and a key written twice."""

from __future__ import annotations

import pytest

from validator.read.positions import (
    LoadProblem,
    Positions,
    duplicate_key,
    format_path,
    in_claim,
    kept_as_read,
    key_about,
    path_key,
    refused_tags,
)


def test_a_node_without_a_position_of_its_own_has_its_nearest_ancestors() -> None:
    positions = Positions(values={("a",): (2, 4), ("a", 0): (3, 6)})
    assert positions.of(("a", 0)) == (3, 6)
    assert positions.of(("a", 1, "x")) == (2, 4)
    assert positions.of(("b", "c")) == (1, 1)  # nothing known: the document's start
    assert positions.of(()) == (1, 1)
    assert Positions().of(("anything", 7)) == (1, 1)


def test_the_document_itself_may_have_a_position() -> None:
    assert Positions(values={(): (3, 1)}).of(("a", "b")) == (3, 1)


def test_a_key_has_its_own_position_else_its_values() -> None:
    positions = Positions(values={("a",): (1, 4), ("b",): (2, 4)}, keys={("a",): (1, 1)})
    assert positions.of_key(("a",)) == (1, 1)
    assert positions.of_key(("b",)) == (2, 4)
    assert positions.of_key(("b", 0)) == (2, 4)


def test_the_text_a_number_was_written_as() -> None:
    positions = Positions(written={("age",): "007", ("list", 1): "1.50"})
    assert positions.written_as(("age",)) == "007"
    assert positions.written_as(("list", 1)) == "1.50"
    assert positions.written_as(("list", 0)) is None
    assert positions.written_as(()) is None
    assert positions.written_as(("age", "x")) is None  # no ancestor's text is inherited


def test_the_text_a_number_was_written_as_is_found_through_aliases() -> None:
    # `b` is an alias of the collection at `a`; `c` an alias of `b`; `d.e` of `a` too.
    positions = Positions(
        written={("a", "n"): "0x1F"},
        aliases={("b",): ("a",), ("c",): ("b",), ("d", "e"): ("a",)},
    )
    assert positions.written_as(("b", "n")) == "0x1F"
    assert positions.written_as(("c", "n")) == "0x1F"
    assert positions.written_as(("d", "e", "n")) == "0x1F"
    assert positions.written_as(("b", "m")) is None
    assert positions.written_as(("b",)) is None  # the alias itself is a collection


def test_aliases_that_lead_round_in_a_circle_end_in_none() -> None:
    """The loader never makes one (an anchor is complete before its alias), but the
    lookup is bounded by the aliases all the same."""
    positions = Positions(aliases={("a",): ("b",), ("b",): ("a",)})
    assert positions.written_as(("a", "x")) is None
    assert positions.written_as(("b", 0, "x")) is None


def test_refused_tags_are_the_paths_of_the_tag_problems_only() -> None:
    problems = [
        LoadProblem(("a",), 1, 4, "the tag !x is not allowed", "tag"),
        LoadProblem(("b",), 2, 1, "duplicate key 'b'"),
        LoadProblem(("c", 0), 3, 6, "the tag !!binary is not allowed", "tag"),
        LoadProblem(("a",), 4, 6, "the tag !y is not allowed", "tag"),
    ]
    assert refused_tags(problems) == frozenset({("a",), ("c", 0)})
    assert refused_tags([]) == frozenset()
    assert refused_tags(iter(problems)) == frozenset({("a",), ("c", 0)})


def test_a_text_an_unused_anchor_leaves_outside_the_claims_is_no_guess() -> None:
    """It is used as read (`title: &t I Am Ruth`), so the schema judges it; in a claim,
    whose words it may have cut, it is a guess, and nothing left is one anywhere."""
    header = LoadProblem(("source", "title"), 4, 10, "m", "anchor", as_read=True)
    in_claim = LoadProblem(("claims", 0, "subject"), 9, 14, "m", "anchor", as_read=True)
    empty = LoadProblem(("source", "outlet"), 3, 11, "m", "anchor")
    assert kept_as_read(header) and not kept_as_read(in_claim) and not kept_as_read(empty)
    assert refused_tags([header, in_claim, empty]) == frozenset(
        {("claims", 0, "subject"), ("source", "outlet")}
    )


def test_a_collection_passed_over_for_its_depth_makes_its_whole_field_a_guess() -> None:
    deep = ("claims", 2, "qualifiers", "x", *([0] * 61))
    problems = [
        LoadProblem(deep, 9, 70, "nesting is deeper than 64 levels", "depth"),
        LoadProblem(("source", *([0] * 64)), 3, 70, "nesting is deeper than 64 levels", "depth"),
    ]
    assert refused_tags(problems) == frozenset({("claims", 2, "qualifiers"), ("source",)})


def test_a_problem_is_a_duplicate_key_unless_it_says_otherwise() -> None:
    assert LoadProblem(("a",), 1, 1, "m").kind == "duplicate-key"
    assert LoadProblem(("a",), 1, 1, "m").about == ""


@pytest.mark.parametrize(
    ("key", "about"),
    [
        # The first 16 hexadecimal digits of the SHA-256 of its text ...
        ("abc", "ba7816bf8f01cfea"),
        ("12345", "5994471abb01112a"),
        # ... or of its collection as compact JSON (`[1]`, `{"a":[1,"b"]}`).
        ([1], "080a9ed428559ef6"),
        ({"a": [1, "b"]}, "ee70aef572200b15"),
        # A lone surrogate, which a YAML key may hold, is digested too.
        ("\ud800", "91a681b998555fb4"),
    ],
)
def test_a_key_left_out_is_told_by_its_text_not_its_place(key: object, about: str) -> None:
    assert key_about(key) == about


@pytest.mark.parametrize(
    ("path", "json", "end"),
    [
        (("name",), False, ""),
        (("claims", 0, "id"), False, ", or, if it starts another claim, begin that with '- '"),
        (("claims", 3, "id"), True, ", or, if it starts another claim, write '}, {' before it"),
        (("entities", 0, "id"), False, ", or, if it starts another entity, begin that with '- '"),
        (("entities", 2, "id"), True, ", or, if it starts another entity, write '}, {' before it"),
        # Only an item's `id` of the lists whose items are claims and entities.
        (("claims", 0, "value"), False, ""),
        (("sources", 0, "id"), False, ""),
        (("claims", "x", "id"), False, ""),
        ((0, "id"), False, ""),
        (("id",), False, ""),
        (("a", "claims", 1, "id"), False, ", or, if it starts another claim, begin that with '- '"),
    ],
)
def test_a_duplicate_key_says_where_the_first_one_is_and_what_to_do(
    path: tuple[str | int, ...], json: bool, end: str
) -> None:
    key = str(path[-1])
    assert duplicate_key(path, key, (5, 3), (2, 7), json) == LoadProblem(
        path,
        5,
        3,
        f"duplicate key '{key}' (first at line 2, column 7); keep one of them{end}",
        "duplicate-key",
    )


def test_a_long_duplicate_key_is_cut_short_in_its_message() -> None:
    problem = duplicate_key(("k" * 5000,), "k" * 5000, (1, 1), (1, 1))
    assert problem.message == (
        f"duplicate key '{'k' * 39}…' (first at line 1, column 1); keep one of them"
    )
    assert problem.path == ("k" * 5000,)  # the path itself is kept whole


@pytest.mark.parametrize(
    ("path", "shown"),
    [
        ((), "(document)"),
        (("source",), "source"),
        (("claims", 3, "value", "from"), "claims[3].value.from"),
        ((0,), "[0]"),
        ((0, 1, "a"), "[0][1].a"),
        (("a", 0, 1), "a[0][1]"),
        (("a", "b c", "d"), "a['b c'].d"),
        # A name that is not a word still names one node: in brackets and quotes.
        (("claims", 0, "qualifiers", ""), "claims[0].qualifiers['']"),
        (("a.b", "it's", "x-y", "é"), "['a.b']['it''s'].x-y.é"),
        (("$schema",), "$schema"),
    ],
)
def test_a_path_is_named_as_messages_name_it(path: tuple[str | int, ...], shown: str) -> None:
    assert format_path(path) == shown


@pytest.mark.parametrize(
    ("path", "inside"),
    [
        (("claims", 0, "value", 0), True),
        (("claims", 3, "a"), True),
        (("claims", 0), False),
        (("claims", "x", "value"), False),
        (("source", 0, 0), False),
        ((0, 0, 0), False),
    ],
)
def test_only_a_collection_inside_a_claim_is_passed_over(
    path: tuple[str | int, ...], inside: bool
) -> None:
    assert in_claim(path) is inside


def test_a_path_is_keyed_with_every_name_bare() -> None:
    """Findings' keys, and so the fingerprints a baseline holds, name a path as they
    did before messages quoted a name that is not a word."""
    assert path_key(("claims", 0, "qualifiers", "year of it's")) == (
        "claims[0].qualifiers.year of it's"
    )
    assert path_key(("claims", 2, "qualifiers", "")) == "claims[2].qualifiers."
    assert path_key(()) == "(document)"
