"""A field's text that starts with a character YAML reads as syntax is told to be
quoted, where its syntax error is found; nothing is said of any other line."""

from __future__ import annotations

import pytest

from validator.read.yaml_indicators import indicator_hint
from validator.read.yaml_load import YamlParseError, load_yaml

RESERVED = " (YAML reserves '{}' at the start of a text: put the text in quotes)"
READ_AS = " (YAML reads a text starting with '{}' as {}: put the text in quotes)"


@pytest.mark.parametrize(
    ("field", "line", "column", "hint"),
    [
        ("title: @Channel4 announces", 2, 10, RESERVED.format("@")),
        ("title: `I Am Ruth` review", 2, 10, RESERVED.format("`")),
        ("title: % of viewers", 2, 10, READ_AS.format("%", "a directive")),
        ("title: *Exclusive* Winslet", 2, 20, READ_AS.format("*", "an alias of an anchor")),
        ("title: | Winslet |", 2, 12, READ_AS.format("|", "the start of a block of lines below")),
        ("title: > quote", 2, 12, READ_AS.format(">", "the start of a block of lines below")),
        ("title: ? Winslet", 2, 10, READ_AS.format("?", "a key")),
        ("title: - Winslet", 2, 10, READ_AS.format("-", "a list's item")),
        ("excerpt: [sic] 22-year-old daughter", 2, 18, READ_AS.format("[", "a list")),
        ("excerpt: {Mia} is 22", 2, 18, READ_AS.format("{", "a mapping")),
    ],
)
def test_a_text_starting_with_an_indicator_is_told_to_be_quoted(
    field: str, line: int, column: int, hint: str
) -> None:
    with pytest.raises(YamlParseError) as raised:
        load_yaml(f"source:\n  {field}\n  outlet: Desk\n")
    error = raised.value
    assert (error.line, error.column) == (line, column)
    assert error.message.endswith(hint), error.message


@pytest.mark.parametrize(
    ("text", "index"),
    [
        ("a: [1, 2\nb: 1\n", 9),  # a list meant, left open: no text after its bracket
        ("a: {b: 1\n", 8),
        ("%YAML 2.0\n---\na: 1\n", 0),  # a directive meant, at the start of its line
        ("- [sic] x\n", 8),  # a list's item, not a field's value
        ("a: -1 x\n", 3),  # a number's sign
        ("a: ok\nb: @x\n", 3),  # the error on another line than the text
        ("a: x\n", 100),
    ],
)
def test_nothing_is_said_where_no_text_starts_with_an_indicator(text: str, index: int) -> None:
    assert indicator_hint(text, index) == ""
