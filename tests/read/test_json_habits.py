"""What writers used to other formats put in JSON (a trailing comma, a comment, single or
curly quotes) is named, with what to do, where the reader would say only "unexpected
character"."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from validator.read.json_habits import unexpected_key, unexpected_value

from .test_json_load import error

COMMA = "a comma before '{}': JSON allows no comma after the last item; remove it"
COMMENT = "JSON has no comments; remove the comment"
SINGLE = 'JSON texts and keys take double quotes ("), not single ones'
CURLY = 'JSON texts and keys take straight double quotes ("), not curly ones'
TEXTS = "JSON texts are written in double quotes: "
KEYS = "JSON keys are written in double quotes: "
YAML = "the file holds YAML, not JSON; give it a name ending in .yaml, or write it as JSON"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('{"a": 1,}', (1, 8, f"JSON syntax error: {COMMA.format('}')}")),
        ("[1,\n]", (1, 3, f"JSON syntax error: {COMMA.format(']')}")),
        ("{'a': 1}", (1, 2, f"JSON syntax error: {SINGLE}")),
        ('{"a": \u201cx\u201d}', (1, 7, f"JSON syntax error: {CURLY}")),
        ('{\n  // made by a script\n  "a": 1}', (2, 3, f"JSON syntax error: {COMMENT}")),
        ("/* c */ 1", (1, 1, f"JSON syntax error: {COMMENT}")),
    ],
)
def test_the_reader_names_the_habit_where_it_stands(
    text: str, expected: tuple[int, int, str]
) -> None:
    assert error(text) == expected


# Words without quotes, as YAML writes them; other languages' null and true; a YAML
# document saved under a .json name (a key and colon, a comment, a marker, at the start).
WORDS = {
    '{"outlet": Desk Daily , "a": 1}': (1, 12, f'{TEXTS}"Desk Daily"'),
    '{"outlet": Channel 4}': (1, 12, f'{TEXTS}"Channel 4"'),
    '{\n  source : {"id": "x"}}': (2, 3, f'{KEYS}"source"'),
    '{"author": None}': (1, 12, "JSON writes null, not None"),
    '{"a": [True, FALSE]}': (1, 8, "JSON writes true, not True"),
    '{"a": undefined}': (1, 7, "JSON writes null, not undefined"),
    '{"a": tru}': (1, 7, "JSON writes true, not tru"),
    "source:\n  id: x\n": (1, 1, YAML),
    "  # yaml-language-server: $schema=x\n": (1, 3, YAML),
    "---\nsource: {}\n": (1, 1, YAML),
    "[source: 1]": (1, 2, f'{TEXTS}"source"'),  # not at the start: a text
}


@pytest.mark.parametrize("text", WORDS)
def test_words_without_quotes_and_whole_yaml_documents_are_named(text: str) -> None:
    line, column, words = WORDS[text]
    assert error(text) == (line, column, f"JSON syntax error: {words}")


@pytest.mark.parametrize(
    ("words", "text", "i", "expected"),
    [
        # The comma is pointed at, however much white space (CR LF too) comes after it.
        (unexpected_value, "[1,]", 3, (COMMA.format("]"), 2)),
        (unexpected_value, "[1,\r\n\t ]", 7, (COMMA.format("]"), 2)),
        (unexpected_value, '{"a": 1 , \r}', 11, (COMMA.format("}"), 8)),
        (unexpected_value, "// a note", 0, (COMMENT, 0)),
        (unexpected_value, "[/* a */]", 1, (COMMENT, 1)),
        (unexpected_value, "'a'", 0, (SINGLE, 0)),
        (unexpected_value, "\u201ca\u201d", 0, (CURLY, 0)),
        (unexpected_value, "[\u201d]", 1, (CURLY, 1)),
        (unexpected_key, '{"a": 1,}', 8, (COMMA.format("}"), 7)),
        (unexpected_key, "{// a note", 1, (COMMENT, 1)),
        (unexpected_key, "{'a': 1}", 1, (SINGLE, 1)),
        (unexpected_key, "{\u201ca\u201d: 1}", 1, (CURLY, 1)),
    ],
)
def test_each_habit_is_named_where_a_value_or_key_was_expected(
    words: Callable[[str, int], tuple[str, int]], text: str, i: int, expected: tuple[str, int]
) -> None:
    assert words(text, i) == expected


@pytest.mark.parametrize(
    ("text", "i", "character"),
    [
        ("]", 0, "']'"),  # a closing bracket with no comma before it
        ("[1 ]", 3, "']'"),
        ("/x", 0, "'/'"),  # one slash starts no comment
        ("/", 0, "'/'"),
        ("\x00", 0, "'\\x00'"),
        ("\x1b[31m", 0, "'\\x1b'"),
        ("\u202e", 0, "'\\u202e'"),
        ("\u2018a\u2019", 0, "'\u2018'"),  # curly single quotes are no habit named here
    ],
)
def test_anything_else_where_a_value_was_expected_is_an_unexpected_character(
    text: str, i: int, character: str
) -> None:
    assert unexpected_value(text, i) == (
        f"unexpected character {character}; a value was expected",
        i,
    )


@pytest.mark.parametrize("text", ["{1: 2}", "{\x00", "{/", "{]"])
def test_anything_else_where_a_key_was_expected_asks_for_a_double_quoted_key(text: str) -> None:
    assert unexpected_key(text, 1) == ("expected a double-quoted key", 1)


def test_a_trailing_comma_is_found_after_a_long_run_of_white_space() -> None:
    text = "[1," + " \n" * 100_000 + "]"
    assert unexpected_value(text, len(text) - 1) == (COMMA.format("]"), 2)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('{"value": 1,090}', (1, 11, "1,090", "1090")),
        ('{"value": -1,090,000, "a": 1}', (1, 11, "-1,090,000", "-1090000")),
        ('{\n  "a": 2,\n  "value": 12,345\n}', (3, 12, "12,345", "12345")),
    ],
)
def test_a_number_parted_by_commas_is_told_to_lose_them(
    text: str, expected: tuple[int, int, str, str]
) -> None:
    """`"value": 1,090` was told "expected a double-quoted key" where the 090 stands."""
    line, column, written, digits = expected
    assert error(text) == (
        line,
        column,
        f"JSON syntax error: the number {written} is parted by commas; JSON numbers have no "
        f"thousands separator: write {digits}",
    )


@pytest.mark.parametrize("text", ['{"a": 1.5,090}', '{"a": 12345,678}', '{"a": 1,09}'])
def test_a_key_after_a_number_is_no_number_parted_by_commas(text: str) -> None:
    assert "parted by commas" not in error(text)[2]


def test_a_long_run_of_comma_parted_groups_is_quoted_cut_short() -> None:
    groups = "1" + ",000" * 4000
    assert error('{"value": ' + groups + "}") == (
        1,
        11,
        f"JSON syntax error: the number {groups[:39]}… is parted by commas; JSON numbers "
        f"have no thousands separator: write 1{'0' * 38}…",
    )
