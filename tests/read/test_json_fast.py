"""The fast way through a JSON text: what it reads, with the same places and texts as
the full parser, and every doubt it leaves to the full parser."""

from __future__ import annotations

import pytest

from validator.read.json_fast import NUMBER, read_fast
from validator.read.json_load import _parse
from validator.read.yaml_scalars import YamlLimits

LIMITS = YamlLimits()


def test_a_plain_text_is_read_with_its_places_and_the_texts_of_its_numbers() -> None:
    text = '{"a": [1.50, "x,[{", true],\n "b": {"c": null, "d": -0}}'
    read = read_fast(text, LIMITS)
    assert read is not None
    data, positions = read
    assert data == {"a": [1.5, "x,[{", True], "b": {"c": None, "d": 0}}
    assert positions.values == {
        (): (1, 1),
        ("a",): (1, 7),
        ("a", 0): (1, 8),
        ("a", 1): (1, 14),
        ("a", 2): (1, 22),
        ("b",): (2, 7),
        ("b", "c"): (2, 13),
        ("b", "d"): (2, 24),
    }
    assert positions.keys == {
        ("a",): (1, 2),
        ("b",): (2, 2),
        ("b", "c"): (2, 8),
        ("b", "d"): (2, 19),
    }
    assert positions.written == {("a", 0): "1.50", ("a", 2): "true", ("b", "d"): "-0"}
    # The full parser finds the same, with no problem to add.
    assert _parse(text, LIMITS) == (data, positions, [])


@pytest.mark.parametrize(
    "text",
    [
        '{"a": 1, "a": 2}',  # a key twice
        "[NaN]",
        "[-Infinity]",
        "[1e400]",
        "[-1e400]",
        "[1e-400]",
        "[" + "9" * 400 + "]",
        "[" + str(1 << 1023) + "]",  # may be past a float: the full parser decides
        '["\\ud800"]',  # a surrogate escape, perhaps a lone one
        "[1, 2,]",  # a syntax error
        "",
    ],
)
def test_a_text_with_a_doubt_is_left_to_the_full_parser(text: str) -> None:
    assert read_fast(text, LIMITS) is None


def test_a_text_past_a_limit_is_left_to_the_full_parser() -> None:
    assert read_fast("[[[]]]", YamlLimits(max_depth=3)) is not None
    assert read_fast("[[[[]]]]", YamlLimits(max_depth=3)) is None
    # Three commas and openings may make four values: not built by the json module.
    assert read_fast("[1, 2]", YamlLimits(max_nodes=3)) is not None
    assert read_fast("[1, 2, 3]", YamlLimits(max_nodes=3)) is None
    assert read_fast('["abcde"]', YamlLimits(max_string_chars=5)) is not None
    assert read_fast('["abcdef"]', YamlLimits(max_string_chars=5)) is None
    assert read_fast('{"abc": 1}', YamlLimits(max_key_chars=3)) is not None
    assert read_fast('{"abcd": 1}', YamlLimits(max_key_chars=3)) is None


def test_a_zero_written_as_zero_stays_fast() -> None:
    """An underflow is judged on the literal: `0.0e-400` is 0 as written."""
    read = read_fast("[0.0e-400, 0e5, -0.000]", LIMITS)
    assert read is not None
    assert read[0] == [0.0, 0.0, -0.0]
    assert read[1].written == {(0,): "0.0e-400", (1,): "0e5", (2,): "-0.000"}


@pytest.mark.parametrize(
    ("literal", "groups"),
    [
        ("0", (None, None)),
        ("-12", (None, None)),
        ("1.50", (".50", None)),
        ("1E3", (None, "E3")),
        ("-0.10e-1", (".10", "e-1")),
    ],
)
def test_a_json_number_and_its_fraction_and_exponent(
    literal: str, groups: tuple[str | None, str | None]
) -> None:
    found = NUMBER.fullmatch(literal)
    assert found is not None
    assert found.groups() == groups


@pytest.mark.parametrize("literal", ["01", "1.", ".5", "+1", "1e", "0x10"])
def test_what_is_no_json_number_is_not_taken_whole(literal: str) -> None:
    assert NUMBER.fullmatch(literal) is None
