"""The JSON reader: positions, duplicate keys, strict numbers and strings, and limits."""

from __future__ import annotations

import json
from typing import Any

import pytest

from validator.read import json_load
from validator.read.json_load import load_json
from validator.read.positions import LoadProblem
from validator.read.yaml_load import YamlLimits, YamlParseError, number_too_large

LARGEST_FLOAT_INT = int(1.7976931348623157e308)
TOO_SMALL = (
    "is too small to be told from 0 (the limit is about 5e-324); write 0, or quote it if it is text"
)
TOO_LARGE = (
    "is too large (the limit is about 1.8e308); write a smaller number, or quote it if it is text"
)


def data(text: str, limits: YamlLimits | None = None) -> Any:
    value, _positions, problems = load_json(text, limits)
    assert problems == []
    return value


def error(text: str, limits: YamlLimits | None = None) -> tuple[int, int, str]:
    with pytest.raises(YamlParseError) as raised:
        load_json(text, limits)
    return raised.value.line, raised.value.column, raised.value.message


def test_values_and_positions() -> None:
    text = '{"a": {"b": [1, {"c": null}]},\n "d": "x", "e": [true, false, -0.5e1]}'
    value, positions, problems = load_json(text)
    assert value == {"a": {"b": [1, {"c": None}]}, "d": "x", "e": [True, False, -5.0]}
    assert problems == []
    assert positions.values == {
        (): (1, 1),
        ("a",): (1, 7),
        ("a", "b"): (1, 13),
        ("a", "b", 0): (1, 14),
        ("a", "b", 1): (1, 17),
        ("a", "b", 1, "c"): (1, 23),
        ("d",): (2, 7),
        ("e",): (2, 17),
        ("e", 0): (2, 18),
        ("e", 1): (2, 24),
        ("e", 2): (2, 31),
    }
    assert positions.keys == {
        ("a",): (1, 2),
        ("a", "b"): (1, 8),
        ("a", "b", 1, "c"): (1, 18),
        ("d",): (2, 2),
        ("e",): (2, 12),
    }


def test_crlf_and_unicode_columns() -> None:
    _, positions, _ = load_json('{\r\n  "é😀": [1,\r\n    2]}\r\n')
    assert positions.of(("é😀", 1)) == (3, 5)
    assert positions.of_key(("é😀",)) == (2, 3)


def test_a_file_whose_lines_a_cr_ends_has_the_lines_an_editor_shows() -> None:
    """JSON takes a CR as white space: a file saved with classic Mac OS line endings has
    a line per CR, on the fast path, the one reading a key twice, and in an error."""
    _, positions, _ = load_json('{\r  "a": [1,\r    2]}\r')
    assert positions.of(("a", 1)) == (3, 5)
    assert positions.of_key(("a",)) == (2, 3)
    _, positions, problems = load_json('{"a": 1,\r "a": 2}\r')
    assert positions.of(("a",)) == (1, 7)
    assert [(p.line, p.column, p.message) for p in problems] == [
        (2, 2, "duplicate key 'a' (first at line 1, column 2); keep one of them")
    ]
    assert error('{"a": 1,\r "b": }\r') == (
        2,
        7,
        "JSON syntax error: unexpected character '}'; a value was expected",
    )
    assert error('{"a": 1,\r "b": "x\r"}\r') == (
        2,
        9,
        'JSON syntax error: the string is not closed before the end of the line; add the closing "',
    )


def test_a_line_feed_among_lines_a_cr_mostly_ends_ends_a_line_too() -> None:
    _, positions, _ = load_json('{"a": 1,\r "b": [1,\r\n 2]}\r')
    assert positions.of(("b", 1)) == (3, 2)


def test_a_lone_cr_among_lines_a_line_feed_ends_is_no_line() -> None:
    """As GitHub counts the lines of the file, and as the YAML reader does."""
    _, positions, _ = load_json('{"a":\r 1,\n "b": 2}\n')
    assert positions.of(("a",)) == (1, 8)
    assert positions.of(("b",)) == (2, 7)


def test_duplicate_keys_are_problems_and_the_first_value_is_kept() -> None:
    value, positions, problems = load_json('{"a": 1, "b": {"c": 2, "c": 3},\n "a": 4}')
    assert value == {"a": 1, "b": {"c": 2}}
    assert [(p.path, p.line, p.column, p.message) for p in problems] == [
        (("b", "c"), 1, 24, "duplicate key 'c' (first at line 1, column 16); keep one of them"),
        (("a",), 2, 2, "duplicate key 'a' (first at line 1, column 2); keep one of them"),
    ]
    assert positions.of(("a",)) == (1, 7)


def test_strings_are_decoded_like_the_standard_library() -> None:
    text = r'["\u00e9\ud83d\ude00", "tab\there", "\"\\\/\b\f\n\r", "\u2028", ""]'
    assert data(text) == json.loads(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('"\\ud800"', (1, 1, "the text holds a lone surrogate U+D800")),
        ('["\\ude00\\ud83d", 2]', (1, 2, "the text holds a lone surrogate U+DE00")),
    ],
)
def test_a_lone_surrogate_in_a_value_is_a_problem_at_it(
    text: str, expected: tuple[int, int, str]
) -> None:
    """The whole file was refused for one; the string is read as written (its escapes
    as text), and the problem makes only its claim invalid."""
    line, column, prefix = expected
    loaded, _, problems = load_json(text)
    assert loaded == ("\\ud800" if text[0] == '"' else ["\\ude00\\ud83d", 2])
    assert [(p.line, p.column, p.message, p.kind) for p in problems] == [
        (
            line,
            column,
            f"{prefix}, which is not a character; write the character itself, or both halves "
            "of the pair",
            "text",
        )
    ]


_SURROGATE_KEY = (
    "the text holds a lone surrogate U+DC00, which is not a character; write the "
    "character itself, or both halves of the pair"
)


@pytest.mark.parametrize(
    ("text", "value", "found"),
    [
        # An escaped lone surrogate: at the key, as in a value.
        ('{"\\udc00": 1, "b": 2}', {"b": 2}, [((-1,), 1, 2, _SURROGATE_KEY)]),
        # A bad escape, a bad \u escape, a control character: at the fault, as in a value.
        (
            '{"a": [{"no\\te": 1}, {"se\\e": {"c": 1}, "d": 2}]}',
            {"a": [{"no\te": 1}, {"d": 2}]},
            [
                (
                    ("a", 1, -1),
                    1,
                    26,
                    "invalid escape '\\\\e' in a string; write \\\\ for a backslash",
                )
            ],
        ),
        (
            '{"\\u12x": 1}',
            {},
            [((-1,), 1, 4, "invalid \\u escape; write \\u and four hexadecimal digits")],
        ),
        (
            '{\n  "a\x07": 1,\n  "b\x01": 2,\n  "c": 3}',
            {"c": 3},
            [
                ((-1,), 2, 5, "control character U+0007 inside a string; write it as \\u0007"),
                ((-1,), 3, 5, "control character U+0001 inside a string; write it as \\u0001"),
            ],
        ),
    ],
)
def test_a_key_closed_on_its_line_with_a_bad_escape_is_a_problem_at_it(
    text: str, value: Any, found: list[tuple[Any, int, int, str]]
) -> None:
    """A key holding a bad escape, a control character or an escaped lone surrogate
    refused the whole file, its other claims unchecked. As for a key too long, its
    entry is left out and the problem, where a value's would be, makes only the claim
    holding it invalid."""
    loaded, _, problems = load_json(text)
    assert loaded == value
    expected = [
        (path, line, column, m if m.startswith("the text") else f"JSON syntax error: {m}", "key")
        for path, line, column, m in found
    ]
    assert [(p.path, p.line, p.column, p.message, p.kind) for p in problems] == expected


def test_each_string_is_scanned_alone_so_faults_cost_no_more_than_the_text(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # A fault's error counts the lines of all the text the scanner is given: given the
    # whole file for each string, 200,000 keys with a bad escape in a 3 MB file took
    # minutes. Each string is now given alone, its quotes included, wherever it is.
    given: list[str] = []

    def scanned(text: str, end: int, strict: bool) -> tuple[str, int]:
        given.append(text)
        return scan(text, end, strict)

    scan = json_load._scanstring
    monkeypatch.setattr(json_load, "_scanstring", scanned)
    text = "{" + ", ".join(f'"k\\q{i}": "\\u00e9"' for i in range(200)) + ', "ok": 1}'
    loaded, _, problems = load_json(text)
    assert loaded == {"ok": 1}
    assert len(problems) == 200
    assert (problems[-1].line, problems[-1].column, problems[-1].message) == (
        1,
        text.index("\\q199") + 1,
        "JSON syntax error: invalid escape '\\\\q' in a string; write \\\\ for a backslash",
    )
    assert given[-3:] == ['"k\\q199"', '"\\u00e9"', '"ok"']
    assert sum(map(len, given)) < len(text)


def test_a_key_with_a_bad_escape_not_closed_on_its_line_refuses_the_file() -> None:
    assert error('{"a\\q\n": 1}') == (
        1,
        4,
        "JSON syntax error: invalid escape '\\\\q' in a string; write \\\\ for a backslash",
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("[Nan]", (1, 2, 'JSON syntax error: JSON texts are written in double quotes: "Nan"')),
        ("[NaNa]", (1, 5, "JSON syntax error: expected ',' or ']'")),
        ("[01]", (1, 3, "JSON syntax error: expected ',' or ']'")),
        ("[1.]", (1, 3, "JSON syntax error: expected ',' or ']'")),
        ("[.5]", (1, 2, "JSON syntax error: unexpected character '.'; a value was expected")),
        ("[-]", (1, 2, "JSON syntax error: unexpected character '-'; a value was expected")),
        ("[+1]", (1, 2, "JSON syntax error: unexpected character '+'; a value was expected")),
    ],
)
def test_what_is_no_json_number_is_a_syntax_error(
    text: str, expected: tuple[int, int, str]
) -> None:
    assert error(text) == expected


@pytest.mark.parametrize(
    ("literal", "message"),
    [
        ("1e400", f"the number 1e400 {TOO_LARGE}"),
        ("-1e400", f"the number -1e400 {TOO_LARGE}"),
        ("1E+400", f"the number 1E+400 {TOO_LARGE}"),
        ("1e-400", f"the number 1e-400 {TOO_SMALL}"),
        ("-0." + "0" * 400 + "7", f"the number -0.{'0' * 36}… {TOO_SMALL}"),
        (
            str(LARGEST_FLOAT_INT + 2**971),
            f"the number 179769313486231590772930519078902473361… {TOO_LARGE}",
        ),
        ("1" * 310, f"the number 111111111111111111111111111111111111111… {TOO_LARGE}"),
        ("-" + "9" * 400, f"the number -99999999999999999999999999999999999999… {TOO_LARGE}"),
    ],
)
def test_a_number_no_float_holds_is_a_problem_at_its_node(literal: str, message: str) -> None:
    """As in a YAML file: the node is read as the text written, so the rest of the
    document is still read (the whole file was refused for one such number)."""
    value, positions, problems = load_json('{"a": 1,\n "b": [true, ' + literal + "]}")
    assert value == {"a": 1, "b": [True, literal]}
    assert problems == [LoadProblem(("b", 1), 2, 14, message, "number")]
    assert positions.of(("b", 1)) == (2, 14)
    # Its text is the value itself: not kept as a number's text (`written_as`).
    assert positions.written == {("a",): "1", ("b", 0): "true"}


NOT_A_NUMBER = "is not a JSON number; write a number, or quote it if it is text"


def test_nan_and_infinity_are_a_problem_at_their_node() -> None:
    """Python's json module reads them (so files it wrote hold them); JSON has no such
    numbers. As with `1e400`, each is read as the text written and told at its node, and
    the rest of the document is read (the whole file was a syntax error for one)."""
    text = '{"a": NaN,\n "b": [Infinity, -Infinity],\n "c": {"about": -Infinity}, "d": 1}'
    value, positions, problems = load_json(text)
    assert value == {
        "a": "NaN",
        "b": ["Infinity", "-Infinity"],
        "c": {"about": "-Infinity"},
        "d": 1,
    }
    assert problems == [
        LoadProblem(("a",), 1, 7, f"'NaN' {NOT_A_NUMBER}", "number"),
        LoadProblem(("b", 0), 2, 8, f"'Infinity' {NOT_A_NUMBER}", "number"),
        LoadProblem(("b", 1), 2, 18, f"'-Infinity' {NOT_A_NUMBER}", "number"),
        LoadProblem(("c", "about"), 3, 17, f"'-Infinity' {NOT_A_NUMBER}", "number"),
    ]
    assert positions.of(("b", 1)) == (2, 18)
    assert positions.written == {("d",): "1"}


def test_numbers_no_float_holds_in_one_document_are_a_problem_each() -> None:
    """At any depth, beside a key written twice, and as the whole document."""
    text = (
        '{"source": {"published": 1e400},\n'
        ' "claims": [{"id": "a", "value": -1e400},\n'
        '  {"id": "b", "value": {"from": 1e-400, "to": 5}, "value": 1e999}]}'
    )
    value, _, problems = load_json(text)
    assert value == {
        "source": {"published": "1e400"},
        "claims": [
            {"id": "a", "value": "-1e400"},
            {"id": "b", "value": {"from": "1e-400", "to": 5}},
        ],
    }
    assert problems == [
        LoadProblem(("source", "published"), 1, 26, f"the number 1e400 {TOO_LARGE}", "number"),
        LoadProblem(("claims", 0, "value"), 2, 34, f"the number -1e400 {TOO_LARGE}", "number"),
        LoadProblem(
            ("claims", 1, "value", "from"), 3, 33, f"the number 1e-400 {TOO_SMALL}", "number"
        ),
        # A repeated key's number is still told, as in YAML, though its value is not kept.
        LoadProblem(("claims", 1, "value"), 3, 60, f"the number 1e999 {TOO_LARGE}", "number"),
        LoadProblem(
            ("claims", 1, "value"),
            3,
            51,
            "duplicate key 'value' (first at line 3, column 15); keep one of them",
        ),
    ]
    value, positions, problems = load_json(" 1e400 ")
    assert (value, positions.values, positions.written) == ("1e400", {(): (1, 2)}, {})
    assert problems == [LoadProblem((), 1, 2, f"the number 1e400 {TOO_LARGE}", "number")]


def test_a_huge_integer_is_a_problem_without_quadratic_work() -> None:
    # Told on its number of digits: int() (quadratic in them) is never asked, and
    # would have raised its own ValueError past 4,300 digits, not this problem.
    digits = "7" * 1_000_000
    value, _, problems = load_json("[" + digits + "]")
    assert value == [digits]
    assert problems == [LoadProblem((0,), 1, 2, number_too_large(digits), "number")]


def test_a_number_no_float_holds_longer_than_a_text_may_be_is_cut_to_the_limit() -> None:
    """Read as its text, it is held to the limit of a text's length: the whole file was
    refused for one; its text is now cut there, the problem the number's."""
    limits = YamlLimits(max_string_chars=310)
    assert data("[" + "7" * 308 + "]", limits) == [int("7" * 308)]
    assert load_json("[" + "7" * 310 + "]", limits)[0] == ["7" * 310]
    loaded, _, problems = load_json("[" + "7" * 311 + "]", limits)
    assert loaded == ["7" * 310]
    assert [(p.path, p.line, p.column, p.message, p.kind) for p in problems] == [
        (
            (0,),
            1,
            2,
            "the number 777777777777777777777777777777777777777… is too large (the limit is "
            "about 1.8e308); write a smaller number, or quote it if it is text",
            "number",
        )
    ]


def test_the_largest_integers_a_float_holds_are_read() -> None:
    assert data(f"[{LARGEST_FLOAT_INT}, -{LARGEST_FLOAT_INT}, -0, 1e308]") == [
        LARGEST_FLOAT_INT,
        -LARGEST_FLOAT_INT,
        0,
        1e308,
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('{"a": "abc', (1, 7, 'JSON syntax error: the string is not closed; add the closing "')),
        (
            '{"a": "abc\n"}',
            (
                1,
                11,
                "JSON syntax error: the string is not closed before the end of the line; add "
                'the closing "',
            ),
        ),
        ('{"a" 1}', (1, 6, "JSON syntax error: expected ':' after the key")),
        ("{a: 1}", (1, 2, 'JSON syntax error: JSON keys are written in double quotes: "a"')),
        ("[1] [2]", (1, 5, "JSON syntax error: extra data after the JSON value")),
        ("[1]\u00a0", (1, 4, "JSON syntax error: extra data after the JSON value")),
        (
            "\u00a0[1]",
            (1, 1, "JSON syntax error: unexpected character '\\xa0'; a value was expected"),
        ),
        ("trueish", (1, 5, "JSON syntax error: extra data after the JSON value")),
        ("nul", (1, 1, "JSON syntax error: JSON writes null, not nul")),
        ("[", (1, 2, "JSON syntax error: unexpected end of file; a value was expected")),
        ("{", (1, 2, "JSON syntax error: unexpected end of file; a key was expected")),
        ('{"a": 1', (1, 8, "JSON syntax error: unexpected end of file inside a container")),
        ("[1,\n 2", (2, 3, "JSON syntax error: unexpected end of file inside a container")),
        ("  ", (1, 3, "JSON syntax error: unexpected end of file; a value was expected")),
    ],
)
def test_broken_json_is_pointed_at(text: str, expected: tuple[int, int, str]) -> None:
    assert error(text) == expected


@pytest.mark.parametrize(
    ("text", "value", "at", "message"),
    [
        (
            '{"a": ["x\x07y"], "b": 1}',
            {"a": ["x\x07y"], "b": 1},
            (("a", 0), 1, 10),
            "control character U+0007 inside a string; write it as \\u0007",
        ),
        (
            '{"note": "see C:\\docs", "b": 1}',
            {"note": "see C:\\docs", "b": 1},
            (("note",), 1, 17),
            "invalid escape '\\\\d' in a string; write \\\\ for a backslash",
        ),
        (
            '["\\u12", 2]',
            ["\\u12", 2],
            ((0,), 1, 4),
            "invalid \\u escape; write \\u and four hexadecimal digits",
        ),
    ],
)
def test_a_string_closed_on_its_line_with_a_bad_escape_is_a_problem_at_it(
    text: str, value: Any, at: tuple[Any, int, int], message: str
) -> None:
    """`"note": "see C:\\docs"` refused the whole file, its other claims unchecked: the
    string is read as written, and the problem at it makes only its claim invalid."""
    loaded, _, problems = load_json(text)
    assert loaded == value
    assert [(p.path, p.line, p.column, p.message, p.kind) for p in problems] == [
        (*at, f"JSON syntax error: {message}", "text")
    ]


def test_the_depth_limit() -> None:
    limits = YamlLimits(max_depth=3)
    assert data("[[[]]]", limits) == [[[]]]
    assert data('{"a": {"b": [1]}}', limits) == {"a": {"b": [1]}}
    # Outside a claim's fields, deeper refuses the file.
    assert error("[[[[]]]]", limits) == (1, 4, "nesting is deeper than 3 levels")


def test_a_claims_field_nested_too_deep_is_passed_over() -> None:
    """Deeper inside a claim refused the whole file, its other claims unchecked. Now it
    is passed over, its brackets matched and the strings in it (`"]"`), an empty one in
    its place, a problem at it. Not closed, closed by a bracket of the other kind, or
    holding a string not closed on its line: refused at the level past the limit."""
    limits = YamlLimits(max_depth=4)
    text = '{"claims": [{"a": [[{"b": ["]", {}]}, 1]], "c": 2}, {"d": [[3]]}]}'
    loaded, _, problems = load_json(text, limits)
    assert loaded == {"claims": [{"a": [[]], "c": 2}, {"d": [[]]}]}
    assert [(p.path, p.line, p.column, p.message, p.kind) for p in problems] == [
        (("claims", 0, "a", 0), 1, 20, f"nesting is deeper than 4 levels; {NOT_READ}", "depth"),
        (("claims", 1, "d", 0), 1, 60, f"nesting is deeper than 4 levels; {NOT_READ}", "depth"),
    ]
    for deep in ("[[[", "[}]", '["a', '["a\n"]'):
        refused = '{"claims": [{"a": [' + deep + "]}]}"
        assert error(refused, limits) == (1, 20, "nesting is deeper than 4 levels")


NOT_READ = "what it holds was not read, as no field nests so deep; remove the levels past it"


@pytest.mark.parametrize(
    ("text", "column"),
    [("[" * 100_000, 65), ('{"a":' * 100_000, 321), ('[{"a":' * 50_000, 193)],
)
def test_deep_nesting_is_refused_at_the_limit(text: str, column: int) -> None:
    # At the 65th opening, where the limit is crossed, not at the end of the text.
    assert error(text) == (1, column, "nesting is deeper than 64 levels")


def test_the_value_limit() -> None:
    limits = YamlLimits(max_nodes=3)
    assert data("[1, 2]", limits) == [1, 2]
    assert error("[1, 2, 3]", limits) == (
        1,
        8,
        "the document has more than 3 values; split it into one file per source",
    )


def test_a_text_that_may_hold_more_values_than_the_limit_is_never_built_whole(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # The json module built all ten million values of a 30 MB file of `{}` (2.6 GB)
    # before the count stopped it; a text with as many commas and openings as the
    # limit is read value by value, and refused where the limit is crossed.
    built: list[str] = []
    loads = json.loads

    def counted(text: str, **options: Any) -> Any:
        built.append(text)
        return loads(text, **options)

    monkeypatch.setattr(json, "loads", counted)
    limits = YamlLimits(max_nodes=3)
    assert data("[1, 2]", limits) == [1, 2]
    assert built == ["[1, 2]"]
    assert error("[{}, {}, {}, {}, {}]", limits) == (
        1,
        10,
        "the document has more than 3 values; split it into one file per source",
    )
    assert error("[[1, 2]]", limits) == (
        1,
        6,
        "the document has more than 3 values; split it into one file per source",
    )
    assert built == ["[1, 2]"]


def test_text_and_key_lengths_are_limited() -> None:
    limits = YamlLimits(max_string_chars=5, max_key_chars=3)
    assert data('{"abc": "efghi"}', limits) == {"abc": "efghi"}


@pytest.mark.parametrize(
    ("text", "value", "found"),
    [
        ('{"abc": "efghij", "b": 1}', {"abc": "efghi", "b": 1}, [(("abc",), 1, 9, 6)]),
        # Read as written, cut: its escapes are text, a lone surrogate's too.
        ('["\\n\\ud800xyzw"]', ["\\n\\ud"], [((0,), 1, 2, 6)]),
        # A bad escape in it: that is its problem.
        (
            '["abc\\qdefg", "b"]',
            ["abc\\q", "b"],
            [
                (
                    (0,),
                    1,
                    6,
                    "JSON syntax error: invalid escape '\\\\q' in a string; write \\\\ for a "
                    "backslash",
                )
            ],
        ),
        (
            '{"a": ["efghij", "klmnopq"]}',
            {"a": ["efghi", "klmno"]},
            [(("a", 0), 1, 8, 6), (("a", 1), 1, 18, 7)],
        ),
    ],
)
def test_a_text_over_the_length_limit_is_a_problem_at_it_read_cut(
    text: str, value: Any, found: list[tuple[Any, int, int, int | str]]
) -> None:
    """A text of 1,000,001 characters refused the whole file, its other claims unchecked:
    it is now read as written and cut to the limit, a problem at it, which makes only the
    claim holding it invalid."""
    limits = YamlLimits(max_string_chars=5, max_key_chars=3)
    loaded, _, problems = load_json(text, limits)
    assert loaded == value
    expected = [
        (path, line, column, _LONG_TEXT % what if isinstance(what, int) else what, "text")
        for path, line, column, what in found
    ]
    assert [(p.path, p.line, p.column, p.message, p.kind) for p in problems] == expected


_LONG_TEXT = "a text of %d characters is over the limit of 5; shorten it"


LONG_KEY = (
    "a key of %s characters is over the limit of 3; keys are field names: write the "
    "field's name as the key, or remove the entry"
)


@pytest.mark.parametrize(
    ("text", "value", "found"),
    [
        ('{"abcd": "e", "b": 1}', {"b": 1}, [((-1,), 1, 2, LONG_KEY % 4)]),
        ('{"a": [{"abcd": {"c": 1}, "d": 2}]}', {"a": [{"d": 2}]}, [(("a", 0, -1), 1, 9, 4)]),
        # Two in one object are no duplicate keys of each other; nor is the one after.
        (
            '{"abcd": 1, "abcd": 2, "abcde": 3, "b": 4, "b": 5}',
            {"b": 4},
            [
                ((-1,), 1, 2, LONG_KEY % 4),
                ((-1,), 1, 13, LONG_KEY % 4),
                ((-1,), 1, 24, LONG_KEY % 5),
                (("b",), 1, 44, "duplicate key 'b' (first at line 1, column 36); keep one of them"),
            ],
        ),
        # Longer than a text may be, or holding a lone surrogate: still only too long.
        ('{"' + "k" * 9 + '\\udc80": 1, "b": 2}', {"b": 2}, [((-1,), 1, 2, LONG_KEY % 10)]),
    ],
)
def test_a_key_over_the_length_limit_is_a_problem_at_the_key(
    text: str, value: Any, found: list[tuple[Any, int, int, Any]]
) -> None:
    """A key of 1,001 characters refused the whole file, its other claims unchecked. Now
    its entry is left out (on a path of its own, `-1`, as a YAML key that is a
    collection is) and the problem is at the key, which makes invalid only the claim
    holding it."""
    limits = YamlLimits(max_string_chars=5, max_key_chars=3)
    loaded, _, problems = load_json(text, limits)
    assert loaded == value
    expected = [
        (path, line, column, LONG_KEY % message if isinstance(message, int) else message)
        for path, line, column, message in found
    ]
    assert [(p.path, p.line, p.column, p.message) for p in problems] == expected
    assert [p.kind for p in problems][:1] == ["key"]


def test_top_level_scalars_are_data() -> None:
    assert data(' "text" ') == "text"
    assert data("12") == 12
    assert data("null") is None


def test_an_items_id_written_twice_may_start_the_next_item() -> None:
    _, _, problems = load_json('{"claims": [{"id": "a", "value": 1,\n  "id": "b"}], "id": "c"}')
    assert [(p.line, p.column, p.message) for p in problems] == [
        (
            2,
            3,
            "duplicate key 'id' (first at line 1, column 14); keep one of them, or, if it "
            "starts another claim, write '}, {' before it",
        ),
    ]


@pytest.mark.parametrize("reader", ["fast", "full"])
def test_a_number_or_boolean_keeps_its_json_text(reader: str) -> None:
    """A text property takes a JSON number as its JSON text (`1.50` stays "1.50"): both
    parsers keep the text of every number and boolean, and of no other value. A key
    written twice makes the fast parser leave the text to the full one."""
    text = '{"a": 1.50, "b": [1E3, -0, true, false, null, "7", 0.10e-1], "c": {"d": 1917}}'
    if reader == "full":
        text = text[:-1] + ', "c": 2}'
    value, positions, problems = load_json(text)
    assert value == {
        "a": 1.5,
        "b": [1000.0, 0, True, False, None, "7", 0.01],
        "c": {"d": 1917},
    }
    assert [p.path for p in problems] == ([] if reader == "fast" else [("c",)])
    assert positions.written == {
        ("a",): "1.50",
        ("b", 0): "1E3",
        ("b", 1): "-0",
        ("b", 2): "true",
        ("b", 3): "false",
        ("b", 6): "0.10e-1",
        ("c", "d"): "1917",
    }
    assert positions.aliases == {}


def test_the_text_of_a_repeated_keys_numbers_is_the_first_values() -> None:
    value, positions, _ = load_json('{"a": {"b": 1.0}, "a": {"b": 1.00}, "c": 1, "c": 1.0}')
    assert value == {"a": {"b": 1.0}, "c": 1}
    assert positions.written == {("a", "b"): "1.0", ("c",): "1"}


def test_a_top_level_number_keeps_its_json_text() -> None:
    _, positions, _ = load_json(" 10.0 ")
    assert positions.written == {(): "10.0"}
