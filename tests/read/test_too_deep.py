"""A collection nested past the depth limit inside a claim, not read: its end found by
its brackets in JSON; in YAML, read as far as the limit again, then emptied."""

from __future__ import annotations

from typing import Any

import pytest

from validator.read.positions import LoadProblem
from validator.read.too_deep import NOT_READ, after_json, emptied, opened
from validator.read.yaml_scalars import YamlLimits, YamlParseError


@pytest.mark.parametrize(
    ("text", "end"),
    [
        ("[]", 2),
        ('[{"a": [1, "]}"]}, 2] tail', 21),
        # A string's escapes are passed over whole: `\"` does not close it.
        ('["\\"]", {}] x', 11),
        ("[" * 100_000 + "]" * 100_000 + "]]", 200_000),
        ("{[{}]}", 6),
    ],
)
def test_the_end_of_a_json_collection_is_found_by_its_brackets(text: str, end: int) -> None:
    assert after_json(text, 0) == end


@pytest.mark.parametrize(
    "text",
    [
        "[[]",  # never closed
        "[}",  # closed by the other kind
        "[[}]",
        '["]',  # a string never closed
        '["a\n"]',  # a string not closed on its line
        "[" * 100_000,
    ],
)
def test_a_json_collection_whose_end_cannot_be_found_so_is_none(text: str) -> None:
    assert after_json(text, 0) is None


def _stack(*paths: tuple[Any, ...]) -> list[tuple[Any, ...]]:
    """Frames of the collections around one opening, the top level's first: each with
    its path third, as the YAML loader keeps them."""
    return [(None, False, path) for path in paths]


LIMITS = YamlLimits(max_depth=2)
TOO_DEEP = "nesting is deeper than 2 levels"


def test_the_first_level_past_the_limit_in_a_claim_is_a_problem_there() -> None:
    problems: list[LoadProblem] = []
    here = ("claims", 0, "a")
    opened(_stack((), ("claims",), ("claims", 0)), here, (3, 5), {}, LIMITS, problems, None)
    assert problems == [LoadProblem(here, 3, 5, f"{TOO_DEEP}; {NOT_READ}", "depth")]
    # Deeper, up to twice the limit: read, no problem of its own.
    deeper = _stack((), ("claims",), ("claims", 0), here)
    opened(deeper, (*here, 0), (3, 6), {}, LIMITS, problems, "x")
    assert len(problems) == 1
    # As a key (no problems given): none.
    opened(_stack((), ("claims",), ("claims", 0)), here, (3, 5), {}, LIMITS, None, None)


@pytest.mark.parametrize(
    ("paths", "here", "anchor"),
    [
        # Past twice the limit: refused at the first level past it.
        (((), ("claims",), ("claims", 0), ("claims", 0, "a"), ("claims", 0, "a", 0)), None, None),
        # Outside a claim.
        (((), ("source",), ("source", "a")), ("source", "a", "b"), None),
        # Under an anchor, whose aliases would repeat it emptied.
        (((), ("claims",), ("claims", 0)), ("claims", 0, "a"), "x"),
    ],
)
def test_what_cannot_be_read_so_refuses_the_document(
    paths: tuple[tuple[Any, ...], ...], here: tuple[Any, ...] | None, anchor: str | None
) -> None:
    places = {("claims", 0, "a"): (4, 9)}
    with pytest.raises(YamlParseError) as refused:
        opened(_stack(*paths), here or (*paths[-1], 0), (7, 1), places, LIMITS, [], anchor)
    at = (7, 1) if here else (4, 9)
    assert (refused.value.line, refused.value.column, refused.value.message) == (*at, TOO_DEEP)


def test_each_collection_too_deep_is_emptied_where_it_was_kept() -> None:
    data = {"claims": [{"a": [[1, [2]]], "b": {"c": {"d": 1}}}]}
    problems = [
        LoadProblem(("claims", 0, "a", 0), 1, 1, TOO_DEEP, "depth"),
        LoadProblem(("claims", 0, "b", "c"), 1, 1, TOO_DEEP, "depth"),
        # In a value not kept (a repeated key's, a key's): passed by.
        LoadProblem(("claims", 0, -2, 0), 1, 1, TOO_DEEP, "depth"),
        LoadProblem(("claims", 3, "a"), 1, 1, TOO_DEEP, "depth"),
        LoadProblem(("claims", 0, "b"), 1, 1, "a tag", "tag"),
    ]
    emptied(data, problems)
    assert data == {"claims": [{"a": [[]], "b": {"c": {}}}]}
