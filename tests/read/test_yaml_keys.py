"""A mapping key that is no plain value (a collection, written or through an alias, or
an alias inside its own anchor) is a problem at the key, its entry left out, and the
rest of the document read."""

from __future__ import annotations

from typing import Any

import pytest

from validator.read.positions import LoadProblem
from validator.read.yaml_aliases import COLLECTION_KEY, Aliases
from validator.read.yaml_keys import KEY_OPEN, LEFT_OUT, close, duplicate, key_text
from validator.read.yaml_load import YamlLimits, YamlParseError, load_yaml

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
    # What tells it from another collection as a key there: its digest, `key_about`.
    about = "080a9ed428559ef6"
    assert problems == [LoadProblem(("a", LEFT_OUT), 2, 3, COLLECTION_KEY, "key", about)]


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


LONG_KEY = (
    "a key of %d characters is over the limit of 4; keys are field names: write the "
    "field's name as the key, or remove the entry"
)


@pytest.mark.parametrize(
    ("text", "value", "found"),
    [
        ("abcde: 1\nb: 2\n", {"b": 2}, [((-1,), 1, 1, 5)]),
        ("a: {abcde: [1], b: 2}\n", {"a": {"b": 2}}, [(("a", -1), 1, 5, 5)]),
        # Written as a number, a key is its text as written.
        ("a: {12345: 1, 1234: 2}\n", {"a": {"1234": 2}}, [(("a", -1), 1, 5, 5)]),
        ("a: {1" + "0" * 400 + ": 1}\n", {"a": {}}, [(("a", -1), 1, 5, 401)]),
        # Through an alias of a text, which as a value is kept.
        ("a: &k abcde\nb: {*k : 1}\n", {"a": "abcde", "b": {}}, [(("b", -1), 2, 5, 5)]),
        # Tagged, even wrongly, a block or longer than a text may be: still too long.
        ("a: {!!str abcde: 1}\n", {"a": {}}, [(("a", -1), 1, 5, 5)]),
        (
            "a: {!!int abcde: 1, !foo abcde: 2}\n",
            {"a": {}},
            [(("a", -1), 1, 5, 5), (("a", -1), 1, 21, 5)],
        ),
        ("? |\n  abcde\n: 1\n", {}, [((-1,), 1, 3, 6)]),
        ("a: {abcdefghijk: 1}\n", {"a": {}}, [(("a", -1), 1, 5, 11)]),
        # Two in one mapping are no duplicate keys of each other.
        ("{abcde: 1, abcde: 2, b: 3}\n", {"b": 3}, [((-1,), 1, 2, 5), ((-1,), 1, 12, 5)]),
        # Its value is read: the anchors in it may be used after it.
        ("a: {abcde: &y 5}\nc: *y\n", {"a": {}, "c": 5}, [(("a", -1), 1, 5, 5)]),
        ("\u00e9t\u00e9\u00e9: 1\n", {"\u00e9t\u00e9\u00e9": 1}, []),
    ],
)
def test_a_key_over_the_length_limit_is_a_problem_at_the_key(
    text: str, value: Any, found: list[tuple[Any, int, int, int]]
) -> None:
    """A key of 1,001 characters refused the whole file, its other claims unchecked. Now
    its entry is left out, as a key that is a collection is, and the problem is at the
    key, which makes invalid only the claim holding it."""
    loaded, _, problems = load_yaml(text, YamlLimits(max_string_chars=10, max_key_chars=4))
    assert loaded == value
    assert [(p.path, p.line, p.column, p.message, p.kind) for p in problems] == [
        (path, line, column, LONG_KEY % length, "key") for path, line, column, length in found
    ]


def test_a_key_at_the_length_limit_is_kept_and_one_past_it_left_out() -> None:
    problems: list[LoadProblem] = []
    aliases = Aliases(YamlLimits(max_key_chars=4), problems)
    assert key_text("abcd", None, (1, 1), aliases, ("a",), {}, []) == "abcd"
    assert key_text(1234, "1234", (1, 1), aliases, ("a",), {}, []) == "1234"
    assert not aliases.left_out and problems == []
    assert key_text(12345, "12345", (2, 3), aliases, ("a",), {}, []) == LEFT_OUT
    assert aliases.left_out
    about = "5994471abb01112a"  # the digest of its text as written, `12345`
    assert problems == [LoadProblem(("a", LEFT_OUT), 2, 3, LONG_KEY % 5, "key", about)]


KEY_2000 = "k" * 2000
TOO_LONG_FOR_YAML = (
    " (a key longer than 1,024 characters, which YAML does not read as a key written "
    "without '? '; keys are field names: write the field's name as the key, or remove "
    "the entry)"
)


@pytest.mark.parametrize(
    ("text", "at", "message"),
    [
        (
            f"a: 1\n{KEY_2000}: 1\n",
            (2, 1),
            "could not find expected ':' while scanning a simple key",
        ),
        (
            f"a: 1\n'{KEY_2000}':\n  b: 1\n",
            (2, 1),
            "could not find expected ':' while scanning a simple key",
        ),
        (
            f"a: {{b: 1, {KEY_2000}: 1}}\n",
            (1, 2011),
            "did not find expected ',' or '}' while parsing a flow mapping",
        ),
        (
            f"a: [{KEY_2000}: 1]\n",
            (1, 2005),
            "did not find expected ',' or ']' while parsing a flow sequence",
        ),
    ],
)
def test_a_key_too_long_for_yaml_is_named_in_the_syntax_error(
    text: str, at: tuple[int, int], message: str
) -> None:
    """YAML reads a key written without `? ` of at most 1,024 characters: past that the
    document cannot be read, and libyaml's message named no key. (Written after `? `, or
    in JSON, a long key is a problem of its claim's alone.)"""
    with pytest.raises(YamlParseError) as raised:
        load_yaml(text)
    assert (raised.value.line, raised.value.column) == at
    assert raised.value.message == f"YAML syntax error: {message}{TOO_LONG_FOR_YAML}"


@pytest.mark.parametrize(
    "text",
    [
        "a: 1\ntitle T\nb: 2\n",  # a colon left out: no key at all
        "a: {b: 1 c: 2}\n",
        f"a: {{b: 1, {'k' * 1000}: [1}}\n",
    ],
)
def test_other_syntax_errors_name_no_long_key(text: str) -> None:
    with pytest.raises(YamlParseError) as raised:
        load_yaml(text)
    assert "1,024" not in raised.value.message
