"""The YAML event source: the parser chosen, and its errors turned into messages with a
1-based line and column that say what to do."""

from __future__ import annotations

import sys
import types
from typing import Any

import pytest
import yaml

from validator.read import yaml_parser
from validator.read.yaml_load import YamlParseError, load_yaml

from .test_yaml_load import error


def test_columns_count_characters_not_bytes() -> None:
    _, positions, _ = load_yaml("é😀: [x, y]\n")
    assert positions.of(("é😀", 1)) == (1, 9)
    assert error("éé: \x07\n") == (
        1,
        5,
        "control character U+0007 is not allowed in YAML; remove it, or write it as an "
        'escape ("\\x07") '
        "inside a double-quoted string",
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "a: 1\n---\nb: 2\n",
            (
                2,
                1,
                "a second YAML document starts here; a claim file holds one document: "
                "move it to a file of its own",
            ),
        ),
        (
            "source:\n\tid: x\n",
            (
                2,
                1,
                "YAML syntax error: found character that cannot start any token while scanning "
                "for the next token (a tab; indent YAML with spaces)",
            ),
        ),
        (
            'a: "abc\n',
            (
                2,
                1,
                "YAML syntax error: found unexpected end of stream while scanning a quoted scalar "
                "(started at line 1, column 4)",
            ),
        ),
        (
            "a: 'abc\n",
            (
                2,
                1,
                "YAML syntax error: found unexpected end of stream while scanning a quoted scalar "
                "(started at line 1, column 4)",
            ),
        ),
        (
            'a: "\\ud800"\n',
            (
                1,
                7,
                "YAML syntax error: found invalid Unicode character escape code while parsing a "
                "quoted scalar",
            ),
        ),
        (
            "a: b\x7f\n",
            (
                1,
                5,
                "control character U+007F is not allowed in YAML; remove it, or write it as an "
                'escape ("\\x7f") '
                "inside a double-quoted string",
            ),
        ),
        (
            "a:\n  b: \x1b[31m\n",
            (
                2,
                6,
                "control character U+001B is not allowed in YAML; remove it, or write it as an "
                'escape ("\\x1b") '
                "inside a double-quoted string",
            ),
        ),
        (
            "a: \ud800\n",
            (1, 4, "the text holds a lone surrogate U+D800, which is not a character"),
        ),
        (
            "a: b\n b: c\n",
            (
                2,
                3,
                "YAML syntax error: mapping values are not allowed in this context (line 2 is "
                "indented more than line 1 above it, so YAML reads it as more of that line's "
                "text; start it at column 1, where the field of line 1 starts)",
            ),
        ),
        ("%YAML 2.0\n---\na: 1\n", (1, 1, "YAML syntax error: found incompatible YAML document")),
        (
            # A line pasted from a word processor, indented with no-break spaces: the
            # parser stumbles on the next line, so the message names the one to fix.
            "claims:\n  - id: m\n\u00a0\u00a0\u00a0\u00a0subject: Mia\n  - id: k\n",
            (
                4,
                7,
                "YAML syntax error: mapping values are not allowed in this context (line 3 is "
                "indented with U+00A0 (no-break space), which YAML does not read as "
                "indentation; indent it with ordinary spaces)",
            ),
        ),
        (
            "a:\n  b: 1\n\u3000\u3000c: 2\n  d: 3\n",
            (
                4,
                4,
                "YAML syntax error: mapping values are not allowed in this context (line 3 is "
                "indented with U+3000 (ideographic space), which YAML does not read as "
                "indentation; indent it with ordinary spaces)",
            ),
        ),
        (
            # An apostrophe inside single quotes ends the text, as prose invites.
            "source:\n  title: 'Winslet's daughter'\n",
            (
                2,
                19,
                "YAML syntax error: did not find expected key while parsing a block mapping "
                "(a ' inside a text in single quotes ends it: "
                "write it twice, as in 'Winslet''s', or put the text in double quotes)",
            ),
        ),
        (
            "claims:\n  - excerpt: Channel: 4 at 9pm\n",
            (
                2,
                21,
                "YAML syntax error: mapping values are not allowed in this context (a ': ' "
                "inside a text starts a mapping: put the text in quotes)",
            ),
        ),
        (
            # A field without its colon: at the field, not at the line libyaml noticed on.
            "source:\n  id: a\n  title T\n  published: 2022\n",
            (3, 3, "YAML syntax error: could not find expected ':' while scanning a simple key"),
        ),
    ],
)
def test_broken_yaml_is_pointed_at(text: str, expected: tuple[int, int, str]) -> None:
    assert error(text) == expected


def test_the_c_parser_is_used_where_pyyaml_has_it() -> None:
    assert yaml_parser.choose_parser()[1] == yaml_parser.PARSER
    if yaml.__with_libyaml__:
        assert yaml_parser.PARSER == "libyaml"


class _Raising:
    def __init__(self, text: str) -> None:
        raise TypeError("a changed signature")


class _WrongEvents:
    def __init__(self, text: str) -> None:
        self.events = iter([yaml.StreamStartEvent(), None])

    def get_event(self) -> Any:
        return next(self.events, None)

    def dispose(self) -> None:
        pass


@pytest.mark.parametrize("parser_class", [_Raising, _WrongEvents, object])
def test_a_c_parser_that_does_not_parse_as_expected_is_not_used(parser_class: Any) -> None:
    assert not yaml_parser._c_parser_works(parser_class)


def test_without_the_c_parser_the_python_parser_is_chosen(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setitem(sys.modules, "yaml._yaml", None)  # `import` then fails
    assert yaml_parser.choose_parser() == (yaml.SafeLoader, "python")
    monkeypatch.setitem(sys.modules, "yaml._yaml", types.SimpleNamespace(CParser=_WrongEvents))
    assert yaml_parser.choose_parser() == (yaml.SafeLoader, "python")


@pytest.mark.parametrize(
    "text",
    [
        "a: 1\nb: [x, {c: d}]\nc: 2022-12-08\nd: '21:00'\n",
        "a: &a [1]\nb: *a\nc: *a\n",
        "a: 1\na: 2\n",
        "[" * 100_000,
        "{a: " * 100_000,
        "- " * 200_000 + "x\n",
        "[{" * 100_000,
        "é: " + "[" * 2_000,
        "a: \x07\n",
        "é: b\nc: \x85\n",
        "- !!python/object x\n",
        "--- a\n--- b\n",
        "x: *nope\n",
    ],
)
def test_the_python_parser_gives_the_same_values_positions_and_limits(
    text: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The fallback, for a PyYAML without libyaml or with a changed private interface."""

    def outcome() -> Any:
        try:
            value, positions, problems = load_yaml(text)
        except YamlParseError as refused:
            return refused.line, refused.column, refused.message
        return value, positions.values, positions.keys, problems

    expected = outcome()
    monkeypatch.setattr(yaml_parser, "_Parser", yaml.SafeLoader)
    assert outcome() == expected


def mark(index: int, line: int, column: int) -> yaml.Mark:
    """A parser's 0-based mark."""
    return yaml.Mark("claims.yaml", index, line, column, None, None)


def syntax_error(
    problem: str | None, at: yaml.Mark | None, context: str | None = None, start: Any = None
) -> yaml.MarkedYAMLError:
    return yaml.MarkedYAMLError(context, start, problem, at)


def refused_reading(text: str) -> tuple[int, int, str]:
    """Where and why the parser refuses a character of `text`, read to its end."""
    with pytest.raises(YamlParseError) as raised:
        parser = yaml_parser.open_parser(text)
        try:
            while parser.get_event() is not None:
                pass
        except yaml.reader.ReaderError as refused:
            raise yaml_parser.reader_error(refused, text) from None
        finally:
            parser.dispose()
    return raised.value.line, raised.value.column, raised.value.message


def control(code: int) -> str:
    return (
        f"control character U+{code:04X} is not allowed in YAML; remove it, or write it as an "
        f'escape ("\\x{code:02x}") inside a double-quoted string'
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("a: \x07\n", (1, 4, control(0x07))),
        ("\x7f", (1, 1, control(0x7F))),
        ("a: \x9b", (1, 4, control(0x9B))),
        ("a: 1\r\nb: \x1b[31m\r\n", (2, 4, control(0x1B))),
        ("\u00e9\n\U0001f600: \x01", (2, 4, control(0x01))),  # a byte offset, in characters
        ("a: 1\rb: 2\r\x00", (3, 1, control(0x00))),  # lines a CR ends
        ("a: 'x\x85y'\nb: \x08", (2, 4, control(0x08))),  # NEL ends no line
    ],
)
def test_a_character_yaml_does_not_allow_is_pointed_at(
    text: str, expected: tuple[int, int, str]
) -> None:
    assert refused_reading(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("a: \ud800\n", (1, 4)),
        ("a: 1\nb: x\udfff", (2, 5)),
        ("a: 1\rb: \udc85", (2, 4)),
    ],
)
def test_a_lone_surrogate_is_no_character(text: str, expected: tuple[int, int]) -> None:
    surrogate = next(c for c in text if "\ud800" <= c <= "\udfff")
    assert refused_reading(text) == (
        *expected,
        f"the text holds a lone surrogate U+{ord(surrogate):04X}, which is not a character",
    )


def events_after_the_second_document_start(text: str) -> Any:
    parser = yaml_parser.open_parser(text)
    starts = 0
    while starts < 2:
        starts += type(parser.get_event()) is yaml.DocumentStartEvent
    return parser.get_event


@pytest.mark.parametrize(
    ("text", "empty"),
    [
        ("a: 1\n---\n", True),
        ("a: 1\n---", True),
        ("a: 1\r\n---\r\n", True),
        ("a: 1\n---\n...\n", True),
        ("a: 1\n---\n# a comment\n", True),
        ("a: 1\n--- b\n", False),
        ("a: 1\n--- !x\n", False),
        ("a: 1\n--- &a\n", False),
        ("a: 1\n--- []\n", False),
        ("a: 1\n---\n---\n", False),  # two more documents
        ("a: 1\n---\n]", False),  # a later document that cannot be read
    ],
)
def test_only_an_empty_document(text: str, empty: bool) -> None:
    assert yaml_parser.only_an_empty_document(events_after_the_second_document_start(text)) is empty


def test_a_syntax_errors_message_is_its_problem_and_context() -> None:
    error = syntax_error(
        "did not find expected key", mark(9, 1, 4), "while parsing a block mapping"
    )
    assert yaml_parser.describe(error, "a: 1\nb: 2 ]\n", mark(9, 1, 4)) == (
        "YAML syntax error: did not find expected key while parsing a block mapping"
    )
    assert yaml_parser.describe(syntax_error(None, None), "", None) == (
        "YAML syntax error: syntax error"
    )


def test_where_the_context_started_is_named_when_it_is_on_another_line() -> None:
    text = "a: [1\nb: 2\n"
    error = syntax_error(
        "did not find expected ',' or ']'", mark(12, 2, 0), "while parsing", mark(3, 0, 3)
    )
    assert yaml_parser.describe(error, text, mark(12, 2, 0)) == (
        "YAML syntax error: did not find expected ',' or ']' while parsing (started at line 1, "
        "column 4)"
    )
    # Moved to the lines GitHub counts, when libyaml counts them otherwise.
    assert yaml_parser.describe(
        error, text, mark(12, 2, 0), lambda line, column: (line + 10, column + 20)
    ) == (
        "YAML syntax error: did not find expected ',' or ']' while parsing (started at line 11, "
        "column 24)"
    )
    same_line = syntax_error("x", mark(4, 0, 4), "while parsing", mark(3, 0, 3))
    assert yaml_parser.describe(same_line, text, mark(4, 0, 4)) == (
        "YAML syntax error: x while parsing"
    )


@pytest.mark.parametrize(
    ("text", "index", "hint"),
    [
        ("a: 1\n\tb: 2\n", 5, " (a tab; indent YAML with spaces)"),
        (
            "a: 'Winslet's daughter'\n",
            12,
            " (a ' inside a text in single quotes ends it: write it twice, as in 'Winslet''s', "
            "or put the text in double quotes)",
        ),
        # The example is the file's own word, never a name of the shipped subject's.
        (
            "title: 'Holm's bridge opens'\n",
            13,
            " (a ' inside a text in single quotes ends it: write it twice, as in 'Holm''s', "
            "or put the text in double quotes)",
        ),
        (
            "title: 'O'Neill'\n",
            10,
            " (a ' inside a text in single quotes ends it: write it twice, as in 'O''Neill', "
            "or put the text in double quotes)",
        ),
        (
            "a: ''s'\n",
            5,
            " (a ' inside a text in single quotes ends it: write it twice, or put the text in "
            "double quotes)",
        ),
        (
            "a: 1\n\u00a0 b: 1\n c: 2\n",
            16,
            " (line 2 is indented with U+00A0 (no-break space), which YAML does not read as "
            "indentation; indent it with ordinary spaces)",
        ),
        (
            "a: 1\r\u3000b: 1\r c: 2\r",
            15,
            " (line 2 is indented with U+3000 (ideographic space), which YAML does not read as "
            "indentation; indent it with ordinary spaces)",
        ),
        (
            'a: "She said "yes" to it"\n',
            14,
            ' (a " inside a text in double quotes ends it: write it as \\", or put the text '
            "in single quotes)",
        ),
        ("a: 1\nb: 2\n", 8, ""),
        ("ab", 100, ""),  # a mark past the text
        ("", 0, ""),
    ],
)
def test_a_syntax_errors_message_says_what_to_do_about_what_it_points_at(
    text: str, index: int, hint: str
) -> None:
    error = syntax_error("x", mark(index, 0, index))
    assert yaml_parser.describe(error, text, mark(index, 0, index)) == f"YAML syntax error: x{hint}"


_QUOTE = " (a ': ' inside a text starts a mapping: put the text in quotes)"


@pytest.mark.parametrize(
    ("text", "index", "hint"),
    [
        ("excerpt: Channel: 4 at 9pm\n", 16, _QUOTE),
        ("a: x\rb: Channel: 4\r", 15, _QUOTE),  # the line YAML reads, whatever ends it
        ("a: x: y\nb: c: d\n", 12, _QUOTE),
        # The ': ' of an earlier line is no reason: the line's indentation is.
        (
            "a: x y\n  b: 2\n",
            10,
            " (line 2 is indented more than line 1 above it, so YAML reads it as more of "
            "that line's text; start it at column 1, where the field of line 1 starts)",
        ),
        ("a: x\x85b: c\n", 6, ""),
    ],
)
def test_a_colon_inside_a_plain_text_is_told_to_be_quoted(text: str, index: int, hint: str) -> None:
    problem = "mapping values are not allowed in this context"
    error = syntax_error(problem, mark(index, 0, index))
    assert text[index] == ":"
    assert yaml_parser.describe(error, text, mark(index, 0, index)) == (
        f"YAML syntax error: {problem}{hint}"
    )


@pytest.mark.parametrize(
    ("text", "blanked"),
    [
        ("...\n", "   \n"),
        ("...", "   "),
        ("# notes\n... # end\n\n...\r\n", "# notes\n         \n\n   \r\n"),
        ("%YAML 1.2\n...\n---\na: 1\n", "%YAML 1.2\n   \n---\na: 1\n"),
        ("a: 1\n...\n", None),  # it ends a document
        ("...x\n", None),
        ("... x\n", None),  # not a marker alone: libyaml's own error stands
        ("---\n...\n", None),
    ],
)
def test_end_markers_before_any_document_are_blanked(text: str, blanked: str | None) -> None:
    assert yaml_parser.end_markers_blanked(text) == blanked


@pytest.mark.parametrize(
    ("text", "data", "where"),
    [
        ("...\n", None, None),
        ("# notes\n...\n", None, None),
        ("...\n---\na: 1\n", {"a": 1}, (3, 4)),
    ],
)
def test_a_stream_starting_with_an_end_marker_is_read(
    text: str, data: Any, where: tuple[int, int] | None
) -> None:
    """YAML allows `...` with no document before it; libyaml refuses it, and a file
    holding only `...` was told "did not find expected node content"."""
    loaded, positions, problems = load_yaml(text)
    assert (loaded, problems) == (data, [])
    if where is not None:
        assert positions.of(("a",)) == where


def test_many_end_markers_are_blanked_in_one_pass() -> None:
    """Each marker replaced in place copied the whole text: 200,000 took 25 seconds."""
    text = "...\n" * 200_000 + "a: [\n"
    assert yaml_parser.end_markers_blanked(text) == "   \n" * 200_000 + "a: [\n"


@pytest.mark.parametrize(
    ("text", "comments"),
    [
        ("a:\n  b:   # x\n  - # y\nc: d # z\n", {2: "# x", 3: "# y"}),
        ("a:\r\n  b: # x\r\n", {2: "# x"}),  # CRLF: libyaml counts the lines alike
        ("a:\r  b: # x\r", {}),  # a lone CR: its count of lines may differ
        ("a: 90  # about\n", {}),
        ("a: b#c\n", {}),
    ],
)
def test_a_comment_alone_after_a_key_or_item_is_found_by_line(
    text: str, comments: dict[int, str]
) -> None:
    assert yaml_parser.comments_alone(text) == comments
