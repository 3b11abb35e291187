"""The YAML reader: YAML 1.2 core-schema meanings, positions, and refusal of anything that is
not plain data or that would cost more than its limits allow."""

from __future__ import annotations

import sys
import types
from typing import Any

import pytest
import yaml

from validator.read import yaml_load, yaml_parser
from validator.read.yaml_load import (
    FileKind,
    YamlLimits,
    YamlParseError,
    load_yaml,
    number_too_large,
)

LARGEST_FLOAT_INT = int(1.7976931348623157e308)
TOO_SMALL = (
    "is too small to be told from 0 (the limit is about 5e-324); write 0, or quote it if it is text"
)


def data(text: str, limits: YamlLimits | None = None) -> Any:
    value, _positions, problems = load_yaml(text, limits)
    assert problems == []
    return value


def error(
    text: str, limits: YamlLimits | None = None, files: FileKind = "claim files"
) -> tuple[int, int, str]:
    with pytest.raises(YamlParseError) as raised:
        load_yaml(text, limits, files)
    return raised.value.line, raised.value.column, raised.value.message


def _count_events(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """The number of parser events each parse of the test reads, counted as it goes:
    work measured in events, not seconds, so the test means the same on any machine."""
    counts: list[int] = []
    open_parser = yaml_parser.open_parser

    def counting(text: str) -> Any:
        parser = open_parser(text)
        counts.append(0)
        number = len(counts) - 1

        class Counting:
            def get_event(self) -> Any:
                counts[number] += 1
                return parser.get_event()

            def dispose(self) -> None:
                parser.dispose()

        return Counting()

    monkeypatch.setattr(yaml_parser, "open_parser", counting)
    return counts


@pytest.mark.parametrize(
    ("written", "value"),
    [
        ("yes", "yes"),
        ("no", "no"),
        ("on", "on"),
        ("21:00", "21:00"),
        ("2022-12-07", "2022-12-07"),
        ("2022-12-08T21:00", "2022-12-08T21:00"),
        ("true", True),
        ("True", True),
        ("TRUE", True),
        ("tRue", "tRue"),
        ("false", False),
        ("~", None),
        ("null", None),
        ("NULL", None),
        ("", None),
        ("0o17", 15),
        ("0x1F", 31),
        ("010", 10),
        ("+1", 1),
        ("-0", 0),
        ("1e3", 1000.0),
        (".5", 0.5),
        ("1.", 1.0),
        ("-1.5e-3", -0.0015),
        ("1_000", "1_000"),
        ("0b101", "0b101"),
        ("0x", "0x"),
        ("1e", "1e"),
        ("'22'", "22"),
        ('"true"', "true"),
        ("!!str 1", "1"),
        ("!!int '12'", 12),
        ("!!int 0x10", 16),
        ("!!float 1", 1.0),
        ("!!bool 'true'", True),
        ("!!null ''", None),
        ("! 12", "12"),
    ],
)
def test_scalars_have_their_core_schema_meaning(written: str, value: Any) -> None:
    result = data(f"a: {written}\n")
    assert result == {"a": value}
    assert type(result["a"]) is type(value)


def test_collections_and_positions() -> None:
    value, positions, problems = load_yaml(
        "source:\n  id: x\nclaims:\n  - {id: a, value: [1, 2]}\n  - b\n"
    )
    assert value == {"source": {"id": "x"}, "claims": [{"id": "a", "value": [1, 2]}, "b"]}
    assert problems == []
    assert positions.values == {
        (): (1, 1),
        ("source",): (2, 3),
        ("source", "id"): (2, 7),
        ("claims",): (4, 3),
        ("claims", 0): (4, 5),
        ("claims", 0, "id"): (4, 10),
        ("claims", 0, "value"): (4, 20),
        ("claims", 0, "value", 0): (4, 21),
        ("claims", 0, "value", 1): (4, 24),
        ("claims", 1): (5, 5),
    }
    assert positions.keys == {
        ("source",): (1, 1),
        ("source", "id"): (2, 3),
        ("claims",): (3, 1),
        ("claims", 0, "id"): (4, 6),
        ("claims", 0, "value"): (4, 13),
    }


def test_crlf_line_endings_keep_positions() -> None:
    value, positions, _ = load_yaml("a: 1\r\nb:\r\n  - c\r\n  - 'd'\r\n")
    assert value == {"a": 1, "b": ["c", "d"]}
    assert positions.of(("b", 1)) == (4, 5)
    assert positions.of_key(("b",)) == (2, 1)


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


_NOT_ALLOWED = "is not allowed: claim files hold plain data only"


@pytest.mark.parametrize(
    ("text", "expected", "value"),
    [
        (
            'x: !!python/object/apply:os.system ["echo pwned"]\n',
            (("x",), 1, 4, f"the tag !!python/object/apply:os.system {_NOT_ALLOWED}"),
            {"x": ["echo pwned"]},
        ),
        (
            "x: !!timestamp 2022-12-07\n",
            (("x",), 1, 4, f"the tag !!timestamp {_NOT_ALLOWED}"),
            {"x": "2022-12-07"},
        ),
        ("!!binary aGk=\n", ((), 1, 1, f"the tag !!binary {_NOT_ALLOWED}"), "aGk="),
        ("x: !!set {a}\n", (("x",), 1, 4, f"the tag !!set {_NOT_ALLOWED}"), {"x": {"a": None}}),
        (
            "x: !!omap [a: 1]\n",
            (("x",), 1, 4, f"the tag !!omap {_NOT_ALLOWED}"),
            {"x": [{"a": 1}]},
        ),
        ("x: !!str [1]\n", (("x",), 1, 4, f"the tag !!str {_NOT_ALLOWED}"), {"x": [1]}),
        ("x: !local 1\n", (("x",), 1, 4, f"the tag !local {_NOT_ALLOWED}"), {"x": "1"}),
        (
            "%TAG !e! tag:example.com,2000:\n---\nx: !e!thing 1\n",
            (("x",), 3, 4, f"the tag tag:example.com,2000:thing {_NOT_ALLOWED}"),
            {"x": "1"},
        ),
        ("x: !!int abc\n", (("x",), 1, 4, "'abc' is not a valid !!int"), {"x": "abc"}),
        ("x: !!int true\n", (("x",), 1, 4, "'true' is not a valid !!int"), {"x": "true"}),
        ("x: !!bool 1\n", (("x",), 1, 4, "'1' is not a valid !!bool"), {"x": "1"}),
        ("- a\n- !x b\n", ((1,), 2, 3, f"the tag !x {_NOT_ALLOWED}"), ["a", "b"]),
        ("!x k: v\n", (("k",), 1, 1, f"the tag !x {_NOT_ALLOWED}"), {"k": "v"}),
        (
            "x: !" + "a" * 100 + " 1\n",
            (("x",), 1, 4, f"the tag !{'a' * 78}… {_NOT_ALLOWED}"),
            {"x": "1"},
        ),
    ],
)
def test_tags_beyond_the_core_schema_are_refused_where_they_stand(
    text: str, expected: tuple[tuple[str | int, ...], int, int, str], value: Any
) -> None:
    """A tag outside the core schema is never constructed. It is a problem at the tag
    (the node keeps what was written, untagged), as a duplicate key is, so the rest of
    the document is still read and checked: a `!foo` in one claim left every claim of
    its file unchecked."""
    loaded, _, problems = load_yaml(text)
    assert [(p.path, p.line, p.column, p.message, p.kind) for p in problems] == [(*expected, "tag")]
    assert loaded == value
    # In a dataset file (read by the same loader), the same place and the dataset's words.
    path, line, column, message = expected
    dataset = message.replace(": claim files hold", ": dataset files hold")
    _, _, problems = load_yaml(text, files="dataset files")
    assert [(p.path, p.line, p.column, p.message) for p in problems] == [
        (path, line, column, dataset)
    ]


def test_a_tag_on_an_aliased_node_is_one_problem() -> None:
    loaded, _, problems = load_yaml("a: &x !foo {b: 1}\nc: *x\nd: *x\n")
    assert loaded == {"a": {"b": 1}, "c": {"b": 1}, "d": {"b": 1}}
    assert [(p.path, p.line, p.column) for p in problems] == [(("a",), 1, 4)]


def test_a_dataset_file_is_named_as_one() -> None:
    """The dataset's files are read here too: what names the kind of file names theirs."""
    second = (2, 1, "a second YAML document starts here; a dataset file holds one document")
    assert error("a: 1\n---\nb: 2\n", files="dataset files") == second


def test_a_document_too_deep_for_libyaml_after_a_tag_is_refused_for_its_depth() -> None:
    """libyaml 0.2.6's own depth limit sends the loader back over the text before the
    place it stopped; a tag found there is only a problem, and the depth refuses the
    document, for a claim file and a dataset file alike."""
    text = "[[[!!set {a}, " + "[" * 1200
    files: FileKind
    for files in ("claim files", "dataset files"):
        assert error(text, files=files) == (1, 76, "nesting is deeper than 64 levels")


def test_core_collection_tags_are_allowed() -> None:
    assert data("a: !!map {b: 1}\nc: !!seq [1]\nd: ! [2]\n") == {"a": {"b": 1}, "c": [1], "d": [2]}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("a: .nan\n", (1, 4, "'.nan' is not a finite number; write a number or quote it as text")),
        ("a: .NaN\n", (1, 4, "'.NaN' is not a finite number; write a number or quote it as text")),
        (
            "a: -.inf\n",
            (1, 4, "'-.inf' is not a finite number; write a number or quote it as text"),
        ),
        (
            "a: +.INF\n",
            (1, 4, "'+.INF' is not a finite number; write a number or quote it as text"),
        ),
        (
            "a: 1e400\n",
            (1, 4, "'1e400' is not a finite number; write a number or quote it as text"),
        ),
        # Past the smallest float, a number that is not 0 was read as 0: `age: 1e-400`
        # claimed an age of 0.
        ("a: 1e-400\n", (1, 4, f"the number 1e-400 {TOO_SMALL}")),
        ("a: -2.5E-999\n", (1, 4, f"the number -2.5E-999 {TOO_SMALL}")),
        (f"a: 0.{'0' * 400}1\n", (1, 4, f"the number 0.{'0' * 37}… {TOO_SMALL}")),
        ("a: !!float 1e-400\n", (1, 4, f"the number 1e-400 {TOO_SMALL}")),
        (
            "a: !!float .inf\n",
            (1, 4, "'.inf' is not a finite number; write a number or quote it as text"),
        ),
        (
            f"a: {LARGEST_FLOAT_INT + 2**971}\n",
            (
                1,
                4,
                "the number 179769313486231590772930519078902473361… is too large (the limit is "
                "about 1.8e308); write a smaller number, or quote it if it is text",
            ),
        ),
        (
            f"a: -{'9' * 5000}\n",
            (
                1,
                4,
                "the number -99999999999999999999999999999999999999… is too large (the limit is "
                "about 1.8e308); write a smaller number, or quote it if it is text",
            ),
        ),
        (
            f"a: 0x{'f' * 100_000}\n",
            (
                1,
                4,
                "the number 0xfffffffffffffffffffffffffffffffffffff… is too large (the limit is "
                "about 1.8e308); write a smaller number, or quote it if it is text",
            ),
        ),
        (
            f"a: 0o{'7' * 343}\n",
            (
                1,
                4,
                "the number 0o7777777777777777777777777777777777777… is too large (the limit is "
                "about 1.8e308); write a smaller number, or quote it if it is text",
            ),
        ),
    ],
)
def test_numbers_that_are_not_finite_floats_are_refused(
    text: str, expected: tuple[int, int, str]
) -> None:
    assert error(text) == expected


def test_zero_and_the_smallest_floats_are_read() -> None:
    assert data("a: [0.0, -0.0, 0e-400, 0.000, 5e-324, 0x0]\n") == {
        "a": [0.0, -0.0, 0.0, 0.0, 5e-324, 0]
    }


def test_the_largest_integers_a_float_holds_are_read() -> None:
    assert data(f"a: {LARGEST_FLOAT_INT}\n") == {"a": LARGEST_FLOAT_INT}
    assert data(f"a: -{LARGEST_FLOAT_INT}\n") == {"a": -LARGEST_FLOAT_INT}
    assert data(f"a: 0x{LARGEST_FLOAT_INT:x}\n") == {"a": LARGEST_FLOAT_INT}
    assert data(f"a: 0o{LARGEST_FLOAT_INT:o}\n") == {"a": LARGEST_FLOAT_INT}
    assert data(f"a: {'0' * 5000}7\n") == {"a": 7}


def test_a_huge_integer_is_refused_without_quadratic_work() -> None:
    # Refused on its number of digits: int() (quadratic in them) is never asked, and
    # would have raised its own ValueError past 4,300 digits, not this finding.
    assert error("a: " + "7" * 1_000_000) == (1, 4, number_too_large("7" * 1_000_000))


def placed_on_lines_2_and_3(text: str) -> None:
    """`text`, whose line 2 is `b: [1, !x 2]` and line 3 `b: 3`, has each found there."""
    value, positions, problems = load_yaml(text)
    assert value["b"] == [1, "2"]
    assert positions.of(("b", 1)) == (2, 8)
    assert positions.of_key(("b",)) == (2, 1)
    assert [(p.line, p.column, p.message) for p in problems] == [
        (2, 8, "the tag !x is not allowed: claim files hold plain data only"),
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
    # The ': ' of an earlier line is no reason to suspect one in this line's text.
    assert error("a: x\rb: c\r  d: 2\r") == (3, 4, not_here)
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


def test_duplicate_keys_are_problems_and_the_first_value_is_kept() -> None:
    value, positions, problems = load_yaml("a: 1\nb:\n  c: 2\n  c: 3\na: 4\n")
    assert value == {"a": 1, "b": {"c": 2}}
    assert [(p.path, p.line, p.column, p.message) for p in problems] == [
        (
            ("b", "c"),
            4,
            3,
            "duplicate key 'c' (first at line 3, column 3); keep one of them",
        ),
        (("a",), 5, 1, "duplicate key 'a' (first at line 1, column 1); keep one of them"),
    ]
    assert positions.of(("a",)) == (1, 4)


def test_inside_a_repeated_key_later_positions_win_but_not_the_collections_own() -> None:
    # The value of a repeated key is dropped, yet its nodes are read: a path inside it
    # that the first value also has is placed at the later node, the repeated
    # collection itself at the first one. Reports depend on this staying as it is.
    text = "a: [1, {b: 2}]\na: [3, {b: 4, c: 5}]\n"
    value, positions, problems = load_yaml(text)
    assert value == {"a": [1, {"b": 2}]}
    assert [p.path for p in problems] == [("a",)]
    assert positions.of(("a",)) == (1, 4)
    assert positions.of(("a", 0)) == (2, 5)
    assert positions.of(("a", 1)) == (1, 8)
    assert positions.of(("a", 1, "b")) == (2, 12)
    assert positions.of_key(("a", 1, "b")) == (2, 9)
    assert positions.of(("a", 1, "c")) == (2, 18)


def test_collections_in_lists_and_mappings_are_followed_by_their_siblings() -> None:
    text = "a:\n  - {b: [1, {c: d}], e: f}\n  - g\n  - [h, [i]]\n  - j\nk: l\n"
    assert data(text) == {"a": [{"b": [1, {"c": "d"}], "e": "f"}, "g", ["h", ["i"]], "j"], "k": "l"}


@pytest.mark.parametrize(
    "word",
    [
        "nothing",
        "Null0",
        "~x",
        "tree",
        "Falsey",
        "-x",
        "+",
        ".",
        ".5x",
        "0x",
        "0o8",
        "1e",
        "0b1",
        "1_000",
        "12:30",
        "2024-02",
        "1.2.3",
        "+.nan",
        "..inf",
        "0x1G",
        "-0o7",
    ],
)
def test_text_that_starts_like_a_null_boolean_or_number_stays_text(word: str) -> None:
    assert data(f"a: {word}\n") == {"a": word}


@pytest.mark.parametrize(
    ("written", "value"),
    [
        ("0", 0),
        ("-0", 0),
        ("+7", 7),
        ("0o17", 15),
        ("0x1f", 31),
        (".5", 0.5),
        ("5.", 5.0),
        ("-1.5e-3", -1.5e-3),
        ("1E+5", 1e5),
        ("~", None),
        ("Null", None),
        ("False", False),
    ],
)
def test_plain_scalars_that_are_not_text(written: str, value: Any) -> None:
    result = data(f"a: {written}\n")["a"]
    assert result == value
    assert type(result) is type(value)


def test_aliases_of_scalars_as_keys_keep_their_meaning_as_text() -> None:
    text = "- &i 12\n- &b true\n- &n ~\n- &f 1.5\n- {*i : a, *b : b, *n : c, *f : d}\n"
    assert data(text)[4] == {"12": "a", "true": "b", "null": "c", "1.5": "d"}
    assert error("- &m {a: 1}\n- {*m : x}\n")[2] == (
        "a mapping key must be a plain value, not a collection"
    )


def test_a_key_over_the_length_limit_or_with_a_lone_surrogate_is_refused() -> None:
    assert error("abc: 1\n", YamlLimits(max_key_chars=2))[:2] == (1, 1)
    assert error("- &k abc\n- {*k : 1}\n", YamlLimits(max_key_chars=2))[:2] == (2, 4)
    assert data("\u00e9t\u00e9: 1\n") == {"\u00e9t\u00e9": 1}


def test_keys_that_are_not_text_keep_the_text_they_were_written_with() -> None:
    assert data("1: a\n0x1F: b\ntrue: c\n~: d\n1.50: e\n'2': f\n? \n: g\n") == {
        "1": "a",
        "0x1F": "b",
        "true": "c",
        "~": "d",
        "1.50": "e",
        "2": "f",
        "null": "g",
    }
    _, _, problems = load_yaml("1: a\n'1': b\n")
    assert [(p.line, p.column, p.message) for p in problems] == [
        (2, 1, "duplicate key '1' (first at line 1, column 1); keep one of them")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "? [a, b]\n: x\n",
        "? {a: b}\n: x\n",
        "{[a]: x}\n",
    ],
)
def test_a_collection_as_a_key_is_refused(text: str) -> None:
    assert error(text)[2] == "a mapping key must be a plain value, not a collection"


def test_anchors_and_aliases_used_as_intended() -> None:
    value, positions, _ = load_yaml(
        "day: &day 2022-12-07\nbase: &base\n  outlet: Tyla\nfirst: *day\nsource: *base\n"
        "alias-key: {*day : x}\n"
    )
    assert value == {
        "day": "2022-12-07",
        "base": {"outlet": "Tyla"},
        "first": "2022-12-07",
        "source": {"outlet": "Tyla"},
        "alias-key": {"2022-12-07": "x"},
    }
    assert positions.of(("source",)) == (5, 9)
    assert positions.of(("source", "outlet")) == (5, 9)  # inside an alias: the alias's place


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("a: *x\nb: &x 1\n", (1, 4, "alias *x refers to no complete anchor")),
        ("a: &x [*x]\n", (1, 8, "alias *x refers to no complete anchor")),
        ("a: &x [1]\n*x : 2\n", (2, 1, "a mapping key must be a plain value, not a collection")),
    ],
)
def test_aliases_that_cannot_be_used(text: str, expected: tuple[int, int, str]) -> None:
    assert error(text) == expected


def test_a_merge_key_is_an_ordinary_key() -> None:
    assert data("base: &b {x: 1}\nc:\n  <<: *b\n  y: 2\n") == {
        "base": {"x": 1},
        "c": {"<<": {"x": 1}, "y": 2},
    }


def test_an_alias_bomb_is_refused_before_it_is_expanded(monkeypatch: pytest.MonkeyPatch) -> None:
    lines = ["a0: &a0 [x, x, x, x, x, x, x, x, x, x]"]
    for level in range(1, 10):
        lines.append(f"a{level}: &a{level} [" + ", ".join([f"*a{level - 1}"] * 10) + "]")
    events = _count_events(monkeypatch)
    assert error("\n".join(lines) + "\n") == (
        7,
        10,
        "aliases expand the document to more than 2000000 nodes (an alias bomb?); "
        "refused before expanding them",
    )
    # 84 events: the lines as written up to the 7th, each alias one event, never expanded.
    assert events == [84]


def test_text_repeated_by_aliases_is_bounded_like_a_files_size() -> None:
    """A node count does not bound what aliases repeat: 20,000 aliases of one text of
    900,000 characters took a 1.2 MB claim file to 23 GB of memory and minutes of
    schema checking. Here 40 aliases of such a text (36 million characters, more than
    the 32 MiB a file may hold without aliases) are refused at the alias that passes
    the limit; 30 are read."""
    anchor = "t: &t '" + "word " * 180_000 + "'\n"
    assert len(data(anchor + "r: [" + ", ".join(["*t"] * 30) + "]\n")["r"]) == 30
    assert error(anchor + "r: [" + ", ".join(["*t"] * 40) + "]\n") == (
        2,
        5 + 4 * 37,
        "aliases repeat more than 33554432 characters of text (an alias bomb?); "
        "refused before expanding them",
    )


def test_aliases_of_collections_count_the_text_they_hold_once_each() -> None:
    limits = YamlLimits(max_aliased_chars=50)
    # Each alias of `a` repeats 11 characters (its key and its text); one of `b`, 26 (its
    # keys and a's text twice): 48 in all, and 59 with one more alias of `a`.
    text = "a: &a {k: abcdefghij}\nb: &b {x: *a, y: *a, zz: 1}\nc: *b\n"
    assert data(text, limits)["c"] == {"x": {"k": "abcdefghij"}, "y": {"k": "abcdefghij"}, "zz": 1}
    assert error(text + "d: *a\n", limits) == (
        4,
        4,
        "aliases repeat more than 50 characters of text (an alias bomb?); refused before "
        "expanding them",
    )


def test_the_node_limit_counts_every_value() -> None:
    limits = YamlLimits(max_nodes=3)
    assert data("[1, 2]", limits) == [1, 2]
    assert error("[1, 2, 3]", limits) == (
        1,
        8,
        "the document has more than 3 nodes; split it into one file per source",
    )
    assert error("a: &a [1, 2]\nb: *a\n", YamlLimits(max_nodes=6)) == (
        2,
        4,
        "the document has more than 6 nodes; split it into one file per source",
    )


def test_the_depth_limit() -> None:
    limits = YamlLimits(max_depth=3)
    assert data("a: {b: [1]}\n", limits) == {"a": {"b": [1]}}
    assert error("a: {b: [[1]]}\n", limits) == (1, 9, "nesting is deeper than 3 levels")
    assert error("- - - - x\n", limits) == (1, 7, "nesting is deeper than 3 levels")


def test_an_alias_cannot_nest_deeper_than_the_limit() -> None:
    limits = YamlLimits(max_depth=3)
    assert data("a: &a [1]\nb: [*a]\n", limits) == {"a": [1], "b": [[1]]}
    assert error("a: &a [[1]]\nb: [*a]\n", limits) == (
        2,
        5,
        "nesting is deeper than 3 levels (through the alias *a)",
    )
    # Each alias nests the one before it: without the check, depth grows past any limit.
    lines = ["a0: &a0 " + "[" * 60 + "]" * 60]
    lines += [f"a{k}: &a{k} " + "[" * 60 + f"*a{k - 1}" + "]" * 60 for k in range(1, 5)]
    assert error("\n".join(lines) + "\n") == (
        2,
        69,
        "nesting is deeper than 64 levels (through the alias *a0)",
    )


@pytest.mark.parametrize(
    ("text", "position"),
    [
        ("[" * 100_000, (1, 65)),
        ("{a: " * 100_000, (1, 257)),
        ("- " * 200_000 + "x\n", (1, 129)),
        ("[{" * 100_000, (1, 3)),
    ],
)
def test_deep_nesting_is_refused_fast(
    text: str, position: tuple[int, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    events = _count_events(monkeypatch)
    line, column, _ = error(text)
    assert (line, column) == position
    # Refused where the limit is crossed, not after reading the 100,000 levels; libyaml
    # 0.2.6 refuses such a document itself, and factlint then reads its start again.
    assert sum(events) < 300


def test_text_and_key_lengths_are_limited() -> None:
    limits = YamlLimits(max_string_chars=5, max_key_chars=3)
    assert data("abc: abcde\n", limits) == {"abc": "abcde"}
    assert error("abc: abcdef\n", limits) == (
        1,
        6,
        "a text of 6 characters is over the limit of 5; shorten it",
    )
    assert error("abcd: x\n", limits) == (
        1,
        1,
        "a key of 4 characters is over the limit of 3; keys are field names",
    )
    assert error("a: |\n  " + "x" * 1_000_001 + "\n") == (
        1,
        4,
        "a text of 1000002 characters is over the limit of 1000000; shorten it",
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "a: 1\n---\nb: 2\n",
            (2, 1, "a second YAML document starts here; a claim file holds one document"),
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
            (2, 3, "YAML syntax error: mapping values are not allowed in this context"),
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


def test_document_markers_and_directives() -> None:
    assert data("---\na: 1\n...\n") == {"a": 1}
    assert data("%YAML 1.1\n---\na: 1\n") == {"a": 1}
    assert data("# only a comment\n") is None
    assert data("---\n") is None


def test_a_very_long_line_is_read() -> None:
    text = "a: " + "x" * 900_000 + "\nb: 1\n"
    value, positions, _ = load_yaml(text)
    assert len(value["a"]) == 900_000
    assert positions.of(("b",)) == (2, 4)


def test_the_c_parser_is_used_where_pyyaml_has_it() -> None:
    assert yaml_load.choose_parser()[1] == yaml_load.PARSER
    if yaml.__with_libyaml__:
        assert yaml_load.PARSER == "libyaml"


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
    assert yaml_load.choose_parser() == (yaml.SafeLoader, "python")
    monkeypatch.setitem(sys.modules, "yaml._yaml", types.SimpleNamespace(CParser=_WrongEvents))
    assert yaml_load.choose_parser() == (yaml.SafeLoader, "python")


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


def test_an_items_id_written_twice_may_start_the_next_item() -> None:
    """A claim whose `- ` was left out runs on into the one before it: its `id` comes
    twice, and keeping one of them is not the fix."""
    text = (
        "claims:\n  - id: a\n    value: 1\n    id: b\n    value: 2\nentities:\n  - {id: c, id: d}\n"
    )
    _, _, problems = load_yaml(text)
    assert [(p.line, p.column, p.message) for p in problems] == [
        (
            4,
            5,
            "duplicate key 'id' (first at line 2, column 5); keep one of them, or, if it "
            "starts another claim, begin that with '- '",
        ),
        (5, 5, "duplicate key 'value' (first at line 3, column 5); keep one of them"),
        (
            7,
            13,
            "duplicate key 'id' (first at line 7, column 6); keep one of them, or, if it "
            "starts another entity, begin that with '- '",
        ),
    ]


EMPTY_SECOND = (
    "a second YAML document starts here, with nothing in it; a claim file holds one "
    "document: remove this '---'"
)
SECOND = "a second YAML document starts here; a claim file holds one document"


@pytest.mark.parametrize(
    ("text", "message"),
    [
        # A '---' ending the file, the file seeming to hold one document.
        ("a: 1\n---\n", EMPTY_SECOND),
        ("a: 1\n---\n# done\n...\n", EMPTY_SECOND),
        # Something after it, even a third '---' or a null, is a second document.
        ("a: 1\n---\n---\n", SECOND),
        ("a: 1\n--- ~\n", SECOND),
        ("a: 1\n--- &x\n", SECOND),
        ("a: 1\n---\n[\n", SECOND),
    ],
)
def test_a_trailing_document_separator_is_told_to_go(text: str, message: str) -> None:
    assert error(text) == (2, 1, message)


def test_a_number_or_boolean_keeps_the_text_it_was_written_as() -> None:
    """A text property takes a bare scalar as written (`007` stays "007"): the reader
    keeps the text of each plain scalar it reads as a number or boolean, and of no
    other node (text, null, a key, a quoted or tagged scalar)."""
    value, positions, problems = load_yaml(
        "a: 007\nb: [1.50, true, x, 0x1F, -0, null, +1, 1e3, .5]\n"
        "c: {d: '007', e: !!int 010, f: ! 1, g: False}\n2022: k\n"
    )
    assert problems == []
    assert value == {
        "a": 7,
        "b": [1.5, True, "x", 31, 0, None, 1, 1000.0, 0.5],
        "c": {"d": "007", "e": 10, "f": "1", "g": False},
        "2022": "k",
    }
    assert positions.written == {
        ("a",): "007",
        ("b", 0): "1.50",
        ("b", 1): "true",
        ("b", 3): "0x1F",
        ("b", 4): "-0",
        ("b", 6): "+1",
        ("b", 7): "1e3",
        ("b", 8): ".5",
        ("c", "g"): "False",
    }
    assert positions.aliases == {}
    assert positions.written_as(("c", "e")) is None  # its tag chose its type
    assert positions.written_as(("b", 2)) is None
    assert positions.written_as(("nowhere",)) is None


def test_a_number_repeated_by_an_alias_keeps_the_text_its_anchor_was_written_as() -> None:
    value, positions, problems = load_yaml(
        "a: &n 007\nb: *n\nc: &q {character: 1.50, list: [+1]}\nd: *q\n"
        "e: {inner: *q}\nf: &all {again: *q}\ng: *all\n"
    )
    assert problems == []
    assert value["g"] == {"again": {"character": 1.5, "list": [1]}}
    assert positions.written_as(("b",)) == "007"
    assert positions.aliases == {
        ("d",): ("c",),
        ("e", "inner"): ("c",),
        ("f", "again"): ("c",),
        ("g",): ("f",),
    }
    assert positions.written_as(("d", "character")) == "1.50"
    assert positions.written_as(("d", "list", 0)) == "+1"
    assert positions.written_as(("e", "inner", "character")) == "1.50"
    # Through two aliases: `g` repeats `f`, whose `again` repeats `c`.
    assert positions.written_as(("g", "again", "character")) == "1.50"
    assert positions.written_as(("g", "again", "list", 0)) == "+1"
    assert positions.written_as(("g", "again", "missing")) is None


def test_the_text_of_a_repeated_keys_numbers_is_the_first_values() -> None:
    # The first value is the one kept: so is how its numbers were written.
    value, positions, problems = load_yaml("a: {b: 07}\na: {b: 7.0}\nc: 1\nc: 01\n")
    assert value == {"a": {"b": 7}, "c": 1}
    assert [p.path for p in problems] == [("a",), ("c",)]
    assert positions.written == {("a", "b"): "07", ("c",): "1"}


def test_the_text_a_number_was_written_as_survives_moving_the_lines() -> None:
    _, positions, _ = load_yaml("a: 'x\x85y'\nb: &n 007\nc: *n\nd: &m [1.0]\ne: *m\n")
    assert positions.of(("b",)) == (2, 4)
    assert positions.written == {("b",): "007", ("c",): "007", ("d", 0): "1.0"}
    assert positions.written_as(("e", 0)) == "1.0"
