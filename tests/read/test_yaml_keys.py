"""A mapping key that is no plain value (a collection, written or through an alias, or
an alias inside its own anchor) is a problem at the key, its entry left out, and the
rest of the document read."""

from __future__ import annotations

from typing import Any

import pytest

from validator.read.positions import LoadProblem
from validator.read.yaml_aliases import COLLECTION_KEY, Aliases
from validator.read.yaml_keys import KEY_OPEN, LEFT_OUT, close, duplicate, key_text
from validator.read.yaml_load import YamlLimits, load_yaml

from .test_yaml_aliases import INSIDE, REPEATS


@pytest.mark.parametrize(
    ("text", "value", "found"),
    [
        # Inside its own anchor as a key: no text stands for it there.
        ("a: &x {*x : 1}\n", {"a": {}}, [(("a", -1), 1, 8, INSIDE % ("x", "x"))]),
        ("a: &x {? *x}\n", {"a": {}}, [(("a", -1), 1, 10, INSIDE % ("x", "x"))]),
        (
            "a: &x [{b: 1, *x : 2, c: 3}]\n",
            {"a": [{"b": 1, "c": 3}]},
            [(("a", 0, -1), 1, 15, INSIDE % ("x", "x"))],
        ),
        # The value its anchor marks then holds a guess: an alias of it is one too.
        (
            "a: &x {*x : 1}\nb: *x\n",
            {"a": {}, "b": {}},
            [(("a", -1), 1, 8, INSIDE % ("x", "x")), (("b",), 2, 4, REPEATS % ("x", "x"))],
        ),
        # An alias of a collection, one holding itself included: a collection as a key.
        ("a: &x [1]\n*x : 2\nb: 3\n", {"a": [1], "b": 3}, [((-1,), 2, 1, COLLECTION_KEY)]),
        (
            "a: &x [*x]\nb: {? *x : 1, c: 2}\n",
            {"a": ["*x"], "b": {"c": 2}},
            [(("a", 0), 1, 8, INSIDE % ("x", "x")), (("b", -1), 2, 7, COLLECTION_KEY)],
        ),
        # `? *x : 1` is the key `{*x: 1}`: a key refused inside a key, at one place.
        (
            "a: &x [1]\nb:\n  ? *x : 1\n  c: 2\n",
            {"a": [1], "b": {"c": 2}},
            [(("b", -2, -1), 3, 5, COLLECTION_KEY)],
        ),
        # Two entries left out of one mapping are no duplicate keys of each other.
        (
            "a: &x [1]\nb: {*x : 1, *x : 2, c: 3}\n",
            {"a": [1], "b": {"c": 3}},
            [(("b", -1), 2, 5, COLLECTION_KEY), (("b", -1), 2, 13, COLLECTION_KEY)],
        ),
        # The value of an entry left out is read: its anchors may be used after it.
        (
            "a: &x [1]\nb: {*x : &y 5}\nc: *y\n",
            {"a": [1], "b": {}, "c": 5},
            [(("b", -1), 2, 5, COLLECTION_KEY)],
        ),
    ],
)
def test_a_key_that_is_no_plain_value_is_a_problem_at_the_key(
    text: str, value: Any, found: list[tuple[Any, int, int, str]]
) -> None:
    """An alias inside its own anchor, or of a collection, as a mapping's key refused
    the whole file, its other claims unchecked, where as a value it is a problem at the
    alias. Now the key is too: the entry is left out of its mapping, and the problem
    at the key (on a path of its own, `-1`) makes invalid the claim holding it."""
    loaded, _, problems = load_yaml(text)
    assert loaded == value
    assert [(p.path, p.line, p.column, p.message) for p in problems] == found


def test_the_keys_of_entries_left_out_are_no_key_or_index_read() -> None:
    assert (LEFT_OUT, KEY_OPEN) == (-1, -2)
    assert LEFT_OUT != KEY_OPEN and LEFT_OUT < 0 and KEY_OPEN < 0


def test_a_plain_key_is_text_as_written_and_a_collection_is_left_out() -> None:
    problems: list[LoadProblem] = []
    aliases = Aliases(YamlLimits(), problems)
    assert key_text(12, "012", (1, 1), aliases, ("a",), {}, []) == "012"
    assert not aliases.left_out
    assert key_text([1], None, (2, 3), aliases, ("a",), {}, []) == LEFT_OUT
    assert aliases.left_out
    assert problems == [LoadProblem(("a", LEFT_OUT), 2, 3, COLLECTION_KEY, "key")]


def test_the_entry_left_out_is_taken_out_when_its_mapping_closes() -> None:
    aliases = Aliases(YamlLimits())
    mapping: dict[Any, Any] = {"b": 1, LEFT_OUT: [2]}
    close(aliases, "m", True, (mapping, 3, 2, ("a",)))
    assert mapping == {"b": 1}
    assert aliases.named["m"] == (mapping, 3, 2, ("a",))


def test_a_second_entry_left_out_is_no_duplicate_key() -> None:
    problems: list[LoadProblem] = []
    duplicate(problems, ("a", LEFT_OUT), LEFT_OUT, (2, 1), {})
    assert problems == []
    duplicate(problems, ("a", "b"), "b", (2, 1), {("a", "b"): (1, 1)})
    assert [p.message for p in problems] == [
        "duplicate key 'b' (first at line 1, column 1); keep one of them"
    ]
