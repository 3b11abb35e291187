"""YAML scalars under the YAML 1.2 core schema: what a plain scalar means, which tags are
allowed, and the checks on texts, keys and numbers that keep a hostile document cheap."""

from __future__ import annotations

from typing import Any

import pytest

from validator.read.positions import LoadProblem
from validator.read.yaml_load import YamlLimits, load_yaml
from validator.read.yaml_scalars import (
    MAYBE_NOT_TEXT,
    RefusedTag,
    YamlParseError,
    check_collection_tag,
    check_text,
    key_as_text,
    long_key,
    number_too_large,
    number_too_small,
    one_of,
    plain_not_text,
    resolve_plain,
    tagged,
    underflows,
)

from .test_yaml_load import data, error

LARGEST_FLOAT_INT = int(1.7976931348623157e308)
CORE = "tag:yaml.org,2002:"


TOO_SMALL = (
    "is too small to be told from 0 (the limit is about 5e-324); write 0, or quote it if it is text"
)


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
    assert unread_number(text) == expected


def unread_number(text: str) -> tuple[int, int, str]:
    """The problem of the one number of `{a: NUMBER}` no float holds: a problem at its
    node, which is read as the text written, so the rest of the document is still read."""
    value, _positions, problems = load_yaml(text)
    written = text.split(": ", 1)[1].rstrip("\n").removeprefix("!!float ").removeprefix("!!int ")
    assert value == {"a": written}
    [problem] = problems
    assert (problem.path, problem.kind) == (("a",), "number")
    return problem.line, problem.column, problem.message


def test_a_number_no_float_holds_leaves_the_rest_of_the_document_read() -> None:
    """One `.inf` refused the whole claim file, its other claims unchecked; in a list,
    as a key, in a flow collection and beside other values alike."""
    value, _positions, problems = load_yaml("a: [1, .nan, {1e400: x}]\nb: 2\n")
    assert value == {"a": [1, ".nan", {"1e400": "x"}], "b": 2}
    assert problems == [
        LoadProblem(
            ("a", 1), 1, 8, "'.nan' is not a finite number; write a number or quote it as text",
            "number",
        ),
        LoadProblem(
            ("a", 2, "1e400"), 1, 15,
            "'1e400' is not a finite number; write a number or quote it as text", "number",
        ),
    ]  # fmt: skip


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
    assert unread_number("a: " + "7" * 1_000_000) == (1, 4, number_too_large("7" * 1_000_000))


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


def test_a_key_over_the_length_limit_is_a_problem_at_the_key() -> None:
    """The whole document was refused for one; now its entry is left out."""
    for text, at in (("abc: 1\n", (1, 1)), ("- &k abc\n- {*k : 1}\n", (2, 4))):
        _, _, problems = load_yaml(text, YamlLimits(max_key_chars=2))
        assert [(p.line, p.column, p.kind) for p in problems] == [(*at, "key")]
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
        # No text read before the key: an internal error once (`written` unbound).
        "{{}: x}\n",
    ],
)
def test_a_collection_as_a_key_is_a_problem_at_the_key(text: str) -> None:
    """The entry is left out and the rest read: the whole document was refused."""
    loaded, _, problems = load_yaml(text + "y: 2\n" if text[0] == "?" else text)
    assert loaded == ({"y": 2} if text[0] == "?" else {})
    assert [(p.path, p.line, p.kind, p.message) for p in problems] == [
        (
            (-1,),
            1,
            "key",
            "a mapping key must be a plain value, not a collection; write the field's name "
            "as the key, or remove the entry",
        )
    ]


LONG_KEY = (
    "a key of %d characters is over the limit of %d; keys are field names: write the "
    "field's name as the key, or remove the entry"
)


def test_text_and_key_lengths_are_limited() -> None:
    limits = YamlLimits(max_string_chars=5, max_key_chars=3)
    assert data("abc: abcde\n", limits) == {"abc": "abcde"}
    _, _, problems = load_yaml("abcd: x\n", limits)
    assert [(p.line, p.column, p.message) for p in problems] == [
        (1, 1, LONG_KEY % (4, 3)),
    ]


_LONG_TEXT = "a text of %s characters is over the limit of %s; shorten it"


@pytest.mark.parametrize(
    ("text", "value", "found"),
    [
        ("abc: abcdef\nb: 1\n", {"abc": "abcde", "b": 1}, [(("abc",), 1, 6, 6)]),
        # Whatever its form or tag: a number, a block, quoted, tagged.
        (
            "[1234567, '12345678', !!int 123456789]\n",
            ["12345", "12345", "12345"],
            [((0,), 1, 2, 7), ((1,), 1, 11, 8), ((2,), 1, 23, 9)],
        ),
        ("a: |\n  abcdefg\nb: [x]\n", {"a": "abcde", "b": ["x"]}, [(("a",), 1, 4, 8)]),
    ],
)
def test_a_text_over_the_length_limit_is_a_problem_at_it_read_cut(
    text: str, value: Any, found: list[tuple[Any, int, int, int]]
) -> None:
    """A text of 1,000,001 characters refused the whole file, its other claims unchecked:
    it is now read as written and cut to the limit, a problem at it, which makes only the
    claim holding it invalid."""
    loaded, _, problems = load_yaml(text, YamlLimits(max_string_chars=5, max_key_chars=3))
    assert loaded == value
    assert [(p.path, p.line, p.column, p.message, p.kind) for p in problems] == [
        (path, line, column, _LONG_TEXT % (length, 5), "text")
        for path, line, column, length in found
    ]


def test_a_text_over_the_length_limit_under_an_anchor_refuses_the_file() -> None:
    """Its aliases would repeat it cut, with no problem where they stand."""
    assert error("a: &x abcdef\nb: *x\n", YamlLimits(max_string_chars=5)) == (
        1,
        4,
        _LONG_TEXT % (6, 5),
    )


@pytest.mark.parametrize(
    ("text", "at"),
    [
        ("a: &q {c: abcdef}\nb: *q\n", (1, 11)),
        ("a: &q [x, [y, abcdef]]\nb: *q\n", (1, 15)),
        ("- &q\n  c: |-\n    abcdef\n- *q\n", (2, 6)),
    ],
)
def test_a_text_over_the_length_limit_in_an_anchored_collection_refuses_the_file(
    text: str, at: tuple[int, int]
) -> None:
    """The collection's aliases would repeat the text cut, with no problem where they
    stand: `qualifiers: *q` gave its claim an E102 saying a text of 1,000,000
    characters was written, for one of 1,000,100."""
    assert error(text, YamlLimits(max_string_chars=5)) == (*at, _LONG_TEXT % (6, 5))


def test_a_block_over_a_million_characters_is_cut_there() -> None:
    loaded, _, problems = load_yaml("a: |\n  " + "x" * 1_000_001 + "\n")
    assert loaded == {"a": "x" * 1_000_000}
    assert [(p.line, p.column, p.message) for p in problems] == [
        (1, 4, _LONG_TEXT % ("1,000,002", "1,000,000"))
    ]


def refused(call: Any, *args: Any) -> tuple[str, str, int, int, str]:
    """What `call(*args)` refuses with: its class, message, position and remedy."""
    with pytest.raises(YamlParseError) as raised:
        call(*args)
    found = raised.value
    return type(found).__name__, found.message, found.line, found.column, found.remedy


@pytest.mark.parametrize(
    ("written", "value"),
    [
        ("", None),
        ("~", None),
        ("null", None),
        ("NULL", None),
        ("nULL", "nULL"),  # the core schema's words in three cases only
        ("tRUE", "tRUE"),
        ("FaLse", "FaLse"),
        ("0X1F", "0X1F"),  # a base's prefix is lower case
        ("0O17", "0O17"),
        ("-0x1", "-0x1"),  # and unsigned
        ("-0o1", "-0o1"),
        ("0x", "0x"),
        ("1_000", "1_000"),
        ("\u0661\u0662", "\u0661\u0662"),  # digits of other scripts are text
        ("\uff11\uff12", "\uff11\uff12"),
        ("1 2", "1 2"),
        (".", "."),
        ("+.", "+."),
        ("-", "-"),
        ("e5", "e5"),
        ("-.nan", "-.nan"),  # .nan takes no sign
        ("-0", 0),
        (f"{'0' * 100_000}1", 1),
        ("0.0000e-999", 0.0),  # a zero however it is written
        ("5e-324", 5e-324),
    ],
)
def test_a_plain_scalars_meaning(written: str, value: Any) -> None:
    result = resolve_plain(written, 1, 1)
    assert result == value
    assert type(result) is type(value)


def test_every_plain_scalar_that_is_not_text_starts_with_one_of_a_few_characters() -> None:
    for written in ("~", "null", "Null", "true", "True", "false", "FALSE", "0", "+1", "-1"):
        assert written[0] in MAYBE_NOT_TEXT
    for written in (".5", "0x1", "0o1", ".inf", ".nan"):
        assert written[0] in MAYBE_NOT_TEXT
    assert not MAYBE_NOT_TEXT & set("abcdeghijklmopqrsuvwxyz _:!&*'\"#")


@pytest.mark.parametrize(
    ("written", "value"),
    [
        ("9" * 308, int("9" * 308)),  # 309 digits at most in base 10
        (f"0x{'f' * 255}", int("f" * 255, 16)),  # 256 in base 16
        (f"0o{'1' * 342}", int("1" * 342, 8)),  # 342 in base 8
        (str(LARGEST_FLOAT_INT), LARGEST_FLOAT_INT),
        (f"-{LARGEST_FLOAT_INT}", -LARGEST_FLOAT_INT),
    ],
)
def test_the_largest_integers_are_read_at_the_limit_of_their_digits(
    written: str, value: int
) -> None:
    assert resolve_plain(written, 1, 1) == value


@pytest.mark.parametrize(
    "written",
    [
        "1" * 310,
        str(LARGEST_FLOAT_INT + 2**971),  # as many digits, but past the largest float
        f"-{'9' * 309}",
        f"0x1{'0' * 256}",
        f"0o1{'0' * 342}",
        f"0o{'7' * 342}",
        "7" * 1_000_000,
    ],
)
def test_an_integer_past_the_largest_float_is_refused_where_it_stands(written: str) -> None:
    assert refused(resolve_plain, written, 4, 7) == (
        "YamlParseError",
        number_too_large(written),
        4,
        7,
        "",
    )


@pytest.mark.parametrize("written", ["1e400", "-1E+999", ".inf", "-.Inf", "+.INF", ".NaN"])
def test_a_number_that_is_not_finite_is_refused(written: str) -> None:
    assert refused(resolve_plain, written, 2, 3) == (
        "YamlParseError",
        f"'{written}' is not a finite number; write a number or quote it as text",
        2,
        3,
        "",
    )


@pytest.mark.parametrize("written", ["1e-400", "-2.5E-999", f"0.{'0' * 400}1", "9e-325"])
def test_a_number_too_small_to_be_told_from_zero_is_refused(written: str) -> None:
    assert refused(resolve_plain, written, 1, 4) == (
        "YamlParseError",
        number_too_small(written),
        1,
        4,
        "",
    )


def test_the_messages_about_numbers_cut_a_long_one_short() -> None:
    assert number_too_large("9" * 400) == (
        f"the number {'9' * 39}… is too large (the limit is about 1.8e308); write a smaller "
        "number, or quote it if it is text"
    )
    assert number_too_small("1e-400") == (
        "the number 1e-400 is too small to be told from 0 (the limit is about 5e-324); write "
        "0, or quote it if it is text"
    )


@pytest.mark.parametrize(
    ("value", "written", "expected"),
    [
        (0.0, "1e-400", True),
        (-0.0, "-1E-400", True),
        (0.0, "0.000", False),
        (0.0, "0e-400", False),
        (0.0, "-0.0E-1", False),
        (0.0, "0.0e5", False),
        (1.0, "1", False),
        (5e-324, "5e-324", False),
    ],
)
def test_a_number_underflows_when_it_is_not_zero_but_read_as_zero(
    value: float, written: str, expected: bool
) -> None:
    assert underflows(value, written) is expected


def test_a_file_of_each_kind_is_named_as_one() -> None:
    assert one_of("claim files") == "a claim file"
    assert one_of("dataset files") == "a dataset file"


def test_a_text_at_its_limit_is_kept_and_one_past_it_refused() -> None:
    limits = YamlLimits(max_string_chars=3)
    check_text("abc", limits, 1, 1)
    check_text("", limits, 1, 1)
    assert refused(check_text, "abcd", limits, 2, 5) == (
        "YamlParseError",
        "a text of 4 characters is over the limit of 3; shorten it",
        2,
        5,
        "",
    )


@pytest.mark.parametrize("surrogate", ["\ud800", "\udbff", "\udc00", "\udfff"])
def test_a_text_holding_a_lone_surrogate_is_refused(surrogate: str) -> None:
    """A key's text too (`yaml_keys.key_text` checks it as a text)."""
    message = (
        f"the text holds a lone surrogate U+{ord(surrogate):04X}, which is not a character; "
        "write the character itself, or both halves of the pair"
    )
    assert refused(check_text, f"a{surrogate}b", YamlLimits(), 3, 9) == (
        "YamlParseError",
        message,
        3,
        9,
        "",
    )
    check_text("\U0001f600 \x00\x1b[31m\u202e", YamlLimits(), 1, 1)  # characters, if odd


def test_a_key_at_its_limit_is_kept_and_one_past_it_is_a_problem() -> None:
    limits = YamlLimits(max_key_chars=2)
    assert long_key(2, limits) == ""
    assert long_key(3, limits) == LONG_KEY % (3, 2)
    assert long_key(1_234_567, YamlLimits()) == (
        "a key of 1,234,567 characters is over the limit of 1,000; keys are field names: "
        "write the field's name as the key, or remove the entry"
    )


@pytest.mark.parametrize(
    ("value", "written", "key"),
    [
        ("text", None, "text"),
        ("", None, ""),
        (12, "012", "012"),  # as written
        (31, "0x1F", "0x1F"),
        (1.5, "1.50", "1.50"),
        (7, None, "7"),  # through an alias of a scalar: what it means, as text
        (1.5, None, "1.5"),
        (True, None, "true"),
        (False, None, "false"),
        (None, None, "null"),
        (None, "", "null"),
    ],
)
def test_a_key_is_text_as_it_was_written(value: Any, written: str | None, key: str) -> None:
    assert key_as_text(value, written, 1, 1) == key


@pytest.mark.parametrize("value", [[1], {}, {"a": 1}])
def test_a_collection_is_no_key(value: Any) -> None:
    assert refused(key_as_text, value, None, 2, 3) == (
        "YamlParseError",
        "a mapping key must be a plain value, not a collection",
        2,
        3,
        "",
    )


def test_a_key_written_as_a_number_is_held_to_the_key_limit() -> None:
    _, _, problems = load_yaml("12345: 1\n", YamlLimits(max_key_chars=4))
    assert [p.message for p in problems] == [LONG_KEY % (5, 4)]


@pytest.mark.parametrize(
    ("tag", "text", "value"),
    [
        ("str", "1", "1"),
        ("str", "", ""),
        ("str", "\ud800", "\ud800"),  # the text's own check comes after
        ("int", "1", 1),
        ("int", "0x10", 16),
        ("int", "-0", 0),
        ("float", "1", 1.0),
        ("float", "1.5", 1.5),
        ("bool", "True", True),
        ("bool", "false", False),
        ("null", "", None),
        ("null", "~", None),
    ],
)
def test_a_core_tag_gives_its_type(tag: str, text: str, value: Any) -> None:
    result = tagged(CORE + tag, text, 1, 1, "claim files")
    assert result == value
    assert type(result) is type(value)


@pytest.mark.parametrize(
    ("tag", "text"),
    [
        ("int", "true"),
        ("int", "1.5"),
        ("int", "x"),
        ("float", "x"),
        ("float", "true"),
        ("bool", "yes"),
        ("bool", "1"),
        ("null", "0"),
        ("null", "none"),
    ],
)
def test_a_core_tag_on_text_it_does_not_fit_is_refused(tag: str, text: str) -> None:
    assert refused(tagged, CORE + tag, text, 3, 2, "claim files") == (
        "RefusedTag",
        f"'{text}' is not a valid !!{tag}",
        3,
        2,
        "",
    )


def test_a_core_tag_on_a_number_past_its_limits_is_refused_as_the_number() -> None:
    assert refused(tagged, CORE + "float", "1e400", 1, 1, "claim files")[:2] == (
        "YamlParseError",
        "'1e400' is not a finite number; write a number or quote it as text",
    )


@pytest.mark.parametrize(
    ("tag", "shown"),
    [
        (CORE + "binary", "!!binary"),
        (CORE + "timestamp", "!!timestamp"),
        (CORE + "python/object:os.system", "!!python/object:os.system"),
        ("!x", "!x"),
        ("tag:example.com,2000:thing", "tag:example.com,2000:thing"),
        ("!" + "x" * 5000, "!" + "x" * 78 + "…"),  # a tag of megabytes, cut short
    ],
)
def test_a_tag_beyond_the_core_schema_is_refused_for_the_kind_of_file(tag: str, shown: str) -> None:
    for files in ("claim files", "dataset files"):
        assert refused(tagged, tag, "x", 5, 6, files) == (
            "RefusedTag",
            f"the tag {shown} is not allowed: {files} hold plain data only; remove the tag",
            5,
            6,
            "",
        )


@pytest.mark.parametrize(
    ("tag", "mapping"),
    [
        (None, True),
        (None, False),
        ("!", True),
        ("!", False),
        (CORE + "map", True),
        (CORE + "seq", False),
    ],
)
def test_a_collection_may_have_its_core_tag_or_none(tag: str | None, mapping: bool) -> None:
    check_collection_tag(tag, mapping, 1, 1, "claim files")


@pytest.mark.parametrize(
    ("tag", "mapping", "shown"),
    [
        (CORE + "seq", True, "!!seq"),
        (CORE + "map", False, "!!map"),
        (CORE + "omap", False, "!!omap"),
        ("!foo", True, "!foo"),
        ("", False, ""),
    ],
)
def test_any_other_tag_on_a_collection_is_refused(tag: str, mapping: bool, shown: str) -> None:
    assert refused(check_collection_tag, tag, mapping, 7, 8, "dataset files") == (
        "RefusedTag",
        f"the tag {shown} is not allowed: dataset files hold plain data only; remove the tag",
        7,
        8,
        "",
    )


def test_a_set_is_told_to_give_its_members_without_the_tag() -> None:
    """`!!set {22}` is a mapping of 22 to null: "plain data only; remove the tag" left the writer of
    a single value in braces with a mapping to make sense of."""
    assert refused(check_collection_tag, CORE + "set", True, 7, 8, "claim files") == (
        "RefusedTag",
        "the tag !!set is not allowed: claim files hold plain data only; write its members "
        "without the tag: one value alone, several as a list",
        7,
        8,
        "",
    )


def test_a_refused_tag_is_a_parse_error_with_a_remedy_to_fill_in() -> None:
    problem = RefusedTag("m", 1, 2)
    assert isinstance(problem, YamlParseError)
    assert (problem.message, problem.line, problem.column, problem.remedy) == ("m", 1, 2, "")
    assert str(problem) == "m"
    assert YamlParseError("m", 1, 2, "split it").remedy == "split it"


def test_a_boolean_tagged_as_a_float_is_a_problem_where_it_stands() -> None:
    """`!!float true` gave the boolean True: a bool is an int to Python."""
    value, _, problems = load_yaml("a: !!float true\nb: !!float 2\n")
    assert value == {"a": "true", "b": 2.0}
    assert [(p.path, p.line, p.column, p.message, p.kind) for p in problems] == [
        (("a",), 1, 4, "'true' is not a valid !!float", "tag")
    ]


@pytest.mark.parametrize(
    ("text", "not_text"),
    [("22", True), ("true", True), ("2022-12-08", False), ("null", True), ("Ruth", False),
     ("", False), ("9" * 400, False), ("1" * 41, False)],
)  # fmt: skip
def test_a_blocks_text_that_plain_would_be_no_text(text: str, not_text: bool) -> None:
    assert plain_not_text(text) is not_text
