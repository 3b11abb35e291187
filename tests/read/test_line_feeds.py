"""Lines as GitHub and the editors count them: a line feed (CR LF too) ends a line, NEL,
LS, PS and a lone CR do not, except in a file whose lines a lone CR mostly ends."""

from __future__ import annotations

import pytest

from validator.read.line_feeds import (
    LineFeeds,
    cr_lines,
    line_breaks,
    line_starts,
    position_after,
    yaml_line_start,
)
from validator.read.positions import LoadProblem, Positions
from validator.read.yaml_load import load_yaml

from .test_yaml_load import error


def test_crlf_line_endings_keep_positions() -> None:
    value, positions, _ = load_yaml("a: 1\r\nb:\r\n  - c\r\n  - 'd'\r\n")
    assert value == {"a": 1, "b": ["c", "d"]}
    assert positions.of(("b", 1)) == (4, 5)
    assert positions.of_key(("b",)) == (2, 1)


def placed_on_lines_2_and_3(text: str) -> None:
    """`text`, whose line 2 is `b: [1, !x 2]` and line 3 `b: 3`, has each found there."""
    value, positions, problems = load_yaml(text)
    assert value["b"] == [1, "2"]
    assert positions.of(("b", 1)) == (2, 8)
    assert positions.of_key(("b",)) == (2, 1)
    assert [(p.line, p.column, p.message) for p in problems] == [
        (2, 8, "the tag !x is not allowed: claim files hold plain data only; remove the tag"),
        (3, 1, "duplicate key 'b' (first at line 2, column 1); keep one of them"),
    ]


@pytest.mark.parametrize("mark", ["\x85", "\u2028", "\u2029", "\r"])
def test_only_a_line_feed_ends_a_line_as_github_and_the_json_reader_count_them(
    mark: str,
) -> None:
    """YAML also breaks lines at NEL, LS, PS and a lone CR, which GitHub does not: a
    pull request that put one in an early string moved every later finding, its
    annotation and its report link, to another line than the claim's."""
    placed_on_lines_2_and_3(f'a: "x{mark}y"\nb: [1, !x 2]\nb: 3\n')
    # Between lines too, and in the place of an error.
    _, positions, _ = load_yaml(f"a: 1{mark}\nb: [1, 2]\n")
    assert positions.of(("b", 1)) == (2, 8)
    assert error(f'a: "x{mark}y"\nb: [1, 2\n') == (3, 1, ERROR_AT_END)
    assert error(f"a: [x{mark}y, {{]\n") == (1, 11, ERROR_IN_FLOW)


ERROR_AT_END = (
    "YAML syntax error: did not find expected ',' or ']' while parsing a flow sequence "
    "(started at line 2, column 4)"
)


def test_a_lone_cr_among_crlf_lines_is_no_line_either() -> None:
    """CR LF and a lone CR in one file: the lines are the ones a line feed ends, as
    GitHub counts them, whatever the CR LF around the lone CR."""
    _, positions, _ = load_yaml('a: "x\ry"\r\nb: [1, 2]\r\n')
    assert positions.of(("b", 1)) == (2, 8)
    _, positions, _ = load_yaml("a: 1\r\nb: 2\rc: [1, 2]\r\n")
    assert positions.of(("c", 1)) == (2, 13)


def test_a_file_whose_lines_a_cr_ends_has_the_lines_an_editor_shows() -> None:
    """Classic Mac OS line endings, a lone CR and no line feed: counted by line feeds,
    every finding was on line 1 at a column in the hundreds."""
    placed_on_lines_2_and_3("a: 1\rb: [1, !x 2]\rb: 3\r")
    assert error("a: 1\rb: [1, 2\r") == (3, 1, ERROR_AT_END)
    # A final line feed a tool added, and a CR LF or line feed among lines a CR mostly
    # ends, end a line too, as in an editor.
    placed_on_lines_2_and_3("a: 1\rb: [1, !x 2]\rb: 3\n")
    _, positions, _ = load_yaml("a: 1\rb: 2\r\nc: [1, 2]\rd: 3\ne: 4\r")
    assert positions.of(("c", 1)) == (3, 8)
    assert positions.of(("e",)) == (5, 4)


@pytest.mark.parametrize("mark", ["\x85", "\u2028", "\u2029"])
def test_nel_ls_and_ps_in_a_file_whose_lines_a_cr_ends_are_no_lines(mark: str) -> None:
    """libyaml's marks count them as line breaks there too; the file's lines do not."""
    _, positions, _ = load_yaml(f'a: "x{mark}y"\rb: [1, 2]\r')
    assert positions.of(("b", 1)) == (2, 8)
    assert error(f'a: "x{mark}y"\rb: [1, 2\r') == (3, 1, ERROR_AT_END)


def test_errors_in_a_file_whose_lines_a_cr_ends_are_on_its_lines() -> None:
    assert error("a: 1\rb: x\x07\r") == (
        2,
        5,
        "control character U+0007 is not allowed in YAML; remove it, or write it as an "
        'escape ("\\x07") inside a double-quoted string',
    )
    surrogate = "the text holds a lone surrogate U+D800, which is not a character"
    assert error("a: 1\rb: \ud800\r") == (2, 4, surrogate)
    assert error("a: 1\rb: " + "[" * 1200) == (2, 67, "nesting is deeper than 64 levels")
    not_here = "YAML syntax error: mapping values are not allowed in this context"
    # The ': ' of an earlier line is no reason to suspect one in this line's text; its
    # indentation is, told on the file's own lines.
    assert error("a: x\rb: c\r  d: 2\r") == (
        3,
        4,
        f"{not_here} (line 3 is indented more than line 2 above it, so YAML reads it as more "
        "of that line's text; start it at column 1, where the field of line 2 starts)",
    )
    assert error("a: x y\rb: c: d\r") == (
        2,
        5,
        f"{not_here} (a ': ' inside a text starts a mapping: put the text in quotes)",
    )
    assert error("a: 1\r\u00a0 b: 1\r c: 2\r") == (
        3,
        3,
        f"{not_here} (line 2 is indented with U+00A0 (no-break space), which YAML does not "
        "read as indentation; indent it with ordinary spaces)",
    )


ERROR_IN_FLOW = "YAML syntax error: did not find expected node content while parsing a flow node"


def test_the_text_a_number_was_written_as_survives_moving_the_lines() -> None:
    _, positions, _ = load_yaml("a: 'x\x85y'\nb: &n 007\nc: *n\nd: &m [1.0]\ne: *m\n")
    assert positions.of(("b",)) == (2, 4)
    assert positions.written == {("b",): "007", ("c",): "007", ("d", 0): "1.0"}
    assert positions.written_as(("e", 0)) == "1.0"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("", False),
        ("a\nb\n", False),
        ("a\r\nb\r\n", False),
        ("a\rb\rc", True),
        ("a\r", True),
        ("a\rb\rc\n", True),  # a tool's final line feed after lines a CR ends
        ("a\rb\nc\n", False),  # as many lines a line feed ends as a lone CR
        ("a\rb\r\nc\r\n", False),  # CR LF is no lone CR
        ("\x85\u2028\u2029", False),
        (b"a\rb\rc\n", True),
        (b"a\r\n", False),
        (b"", False),
    ],
)
def test_a_file_whose_lines_a_lone_cr_mostly_ends(text: str | bytes, expected: bool) -> None:
    assert cr_lines(text) is expected
    assert line_breaks(text).pattern == ("\r\n|[\r\n]" if expected else "\n")


@pytest.mark.parametrize(
    ("text", "starts"),
    [
        ("", [0]),
        ("abc", [0]),
        ("\n\n", [0, 1, 2]),
        ("a\r\nb\n", [0, 3, 5]),
        ("a\rb\nc", [0, 4]),  # the lone CR among lines a line feed ends is no line
        ("a\x85b\u2028c\u2029d\n", [0, 8]),
        ("a\rb\rc", [0, 2, 4]),
        ("a\rb\r\nc\rd", [0, 2, 5, 7]),
        ("a\rb\r\nc\rd\n", [0, 5, 9]),  # as many line feeds as lone CRs: line feeds
        ("\r\r", [0, 1, 2]),
    ],
)
def test_line_starts(text: str, starts: list[int]) -> None:
    assert line_starts(text) == starts


@pytest.mark.parametrize(
    ("text", "prefix_length", "position"),
    [
        ("", 0, (1, 1)),
        ("abc", 3, (1, 4)),
        ("ab\ncd", 3, (2, 1)),
        ("ab\ncd", 5, (2, 3)),
        ("a\r\nb", 3, (2, 1)),
        ("a\rb\nc", 3, (1, 4)),  # a lone CR among line feeds: no line
        ("a\rb\rc", 3, (2, 2)),  # lines a CR ends
        ("a\u2028b\n", 2, (1, 3)),
        ("\u00e9\U0001f600x", 2, (1, 3)),  # columns count characters, not bytes
    ],
)
def test_the_position_after_a_prefix(
    text: str, prefix_length: int, position: tuple[int, int]
) -> None:
    assert position_after(text[:prefix_length], line_breaks(text)) == position


def test_the_position_after_a_prefix_of_many_lines() -> None:
    text = "x\n" * 100_000 + "abc"
    assert position_after(text, line_breaks(text)) == (100_001, 4)


@pytest.mark.parametrize(
    ("text", "index", "start"),
    [
        ("", 0, 0),
        ("abc", 2, 0),
        ("ab\ncd", 4, 3),
        ("ab\ncd", 3, 3),
        ("ab\ncd", 2, 0),  # the line feed belongs to the line it ends
        ("ab\rcd", 4, 3),  # YAML ends a line at any of its breaks
        ("a\x85b\u2028c\u2029d", 6, 6),
        ("a\x85b\u2028c\u2029d", 5, 4),
        ("a\r\nb", 3, 3),
    ],
)
def test_where_a_line_starts_as_yaml_reads_it(text: str, index: int, start: int) -> None:
    assert yaml_line_start(text, index) == start


@pytest.mark.parametrize(
    "text",
    [
        "",
        "a: 1\n",
        "a: 1\r\nb: 2\r\n",
        "a: 1\rb: 2\r",  # libyaml counts the lines a CR ends as an editor does
        "a: 1\rb: 2\rc: 3\n",
    ],
)
def test_libyaml_counts_most_files_lines_as_the_file_does(text: str) -> None:
    assert LineFeeds.of(text) is None


@pytest.mark.parametrize(
    "text",
    ["a\x85b\n", "a\u2028b", "a\u2029b", "a: 1\rb: 2\nc: 3\n", "a\r\nb\rc\r\n", "a: 1\r\r\n"],
)
def test_the_lines_are_moved_where_libyaml_counts_them_otherwise(text: str) -> None:
    assert LineFeeds.of(text) is not None


def test_a_libyaml_position_is_moved_to_the_files_line() -> None:
    # libyaml's lines: `a: "x`, `y"`, `b: 1`, `b: 2`; the file's: `a: "x\x85y"`, `b: 1`, `b: 2`.
    moved = LineFeeds('a: "x\x85y"\nb: 1\nb: 2\n')
    assert moved(1, 1) == (1, 1)
    assert moved(2, 1) == (1, 7)
    assert moved(3, 1) == (2, 1)
    assert moved(4, 4) == (3, 4)
    assert moved(5, 1) == (4, 1)  # after the final line feed


def test_a_whole_document_is_moved_and_a_duplicate_keys_message_with_it() -> None:
    text = 'a: "x\x85y"\nb: 1\nb: 2\n'
    moved = LineFeeds(text)
    positions = Positions(
        values={(): (1, 1), ("a",): (1, 4), ("b",): (3, 4)},
        keys={("a",): (1, 1), ("b",): (3, 1)},
        written={("b",): "1"},
        aliases={("c",): ("a",)},
    )
    problems = [
        LoadProblem(
            ("b",), 4, 1, "duplicate key 'b' (first at line 3, column 1); keep one of them"
        ),
        LoadProblem(("a",), 2, 1, "the tag !x is not allowed", "tag"),
    ]
    data = {"a": "x y", "b": 1}
    assert moved.document((data, positions, problems)) == (
        data,
        Positions(
            values={(): (1, 1), ("a",): (1, 4), ("b",): (2, 4)},
            keys={("a",): (1, 1), ("b",): (2, 1)},
            written={("b",): "1"},
            aliases={("c",): ("a",)},
        ),
        [
            LoadProblem(
                ("b",), 3, 1, "duplicate key 'b' (first at line 2, column 1); keep one of them"
            ),
            LoadProblem(("a",), 1, 7, "the tag !x is not allowed", "tag"),
        ],
    )
