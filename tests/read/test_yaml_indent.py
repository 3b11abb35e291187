"""The note on a line indented wrongly that a YAML syntax error it causes carries: the
line, the column it starts at and the column its neighbours start at."""

from __future__ import annotations

import pytest

from validator.read.yaml_indent import indent_hint

from .test_yaml_load import error

_DEEPER = "claims:\n  - id: a\n    property: network\n     value: Channel 4\n"
_SHORT = "claims:\n  - id: a\n    property: network\n  value: Channel 4\n  - id: b\n"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            _DEEPER,
            (
                4,
                11,
                "YAML syntax error: mapping values are not allowed in this context (line 4 is "
                "indented more than line 3 above it, so YAML reads it as more of that line's "
                "text; start it at column 5, where the field of line 3 starts)",
            ),
        ),
        (
            # A comment and a blank line between: the line above is the field's.
            "source:\n  id: a\n  # the outlet\n\n   outlet: x\n",
            (
                5,
                4,
                "YAML syntax error: did not find expected key while parsing a block mapping "
                "(started at line 2, column 3) (line 5 starts at column 4, but the fields above "
                "it start at column 3 (line 2): the fields of one mapping start at the same "
                "column; start it at column 3)",
            ),
        ),
        (
            _SHORT,
            (
                4,
                3,
                "YAML syntax error: did not find expected '-' indicator while parsing a block "
                "collection (started at line 2, column 3) (line 4 starts at column 3, but the "
                "fields above it start at column 5 (line 3): the fields of one mapping start "
                "at the same column; start it at column 5, or begin a new item with '- ')",
            ),
        ),
        (
            "source:\n    id: a\n  outlet: x\n",
            (
                3,
                3,
                "YAML syntax error: did not find expected key while parsing a block mapping "
                "(started at line 1, column 1) (line 3 starts at column 3, but the fields above "
                "it start at column 5 (line 2): the fields of one mapping start at the same "
                "column; start it at column 5)",
            ),
        ),
        (
            # Lines a CR LF ends are counted as the file's.
            _DEEPER.replace("\n", "\r\n"),
            (
                4,
                11,
                "YAML syntax error: mapping values are not allowed in this context (line 4 is "
                "indented more than line 3 above it, so YAML reads it as more of that line's "
                "text; start it at column 5, where the field of line 3 starts)",
            ),
        ),
    ],
)
def test_a_line_indented_wrongly_is_named_with_the_column_to_start_it_at(
    text: str, expected: tuple[int, int, str]
) -> None:
    assert error(text) == expected


@pytest.mark.parametrize(
    ("problem", "text", "index"),
    [
        # Another problem: the note is not about indentation.
        ("found unexpected end of stream", _DEEPER, _DEEPER.index("value")),
        # A deeper line under a field with no value on its line is that field's value.
        ("mapping values are not allowed in this context", "a:\n  b: c\n", 4),
        # Lined up with the line above: its indentation is not what is wrong.
        ("did not find expected key", "a: 1\nb: 2\n", 5),
        # A list item where a field is expected: not a field's column to name.
        ("did not find expected key", "a:\n  b: 1\n  - c\n", 12),
        # The first line has no line above it.
        ("mapping values are not allowed in this context", "   a: b\n", 4),
    ],
)
def test_no_note_where_indentation_is_not_the_problem(problem: str, text: str, index: int) -> None:
    assert indent_hint(problem, text, index) == ""
