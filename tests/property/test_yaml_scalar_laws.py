"""Laws of YAML scalars (`validator.read.yaml_scalars`): any plain text means null, a
boolean, a finite number or itself, or is refused with a message; an integer a float
holds means itself in every base; a tag never gives a value of another type."""

from __future__ import annotations

import math
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from validator.read.yaml_scalars import (
    MAYBE_NOT_TEXT,
    RefusedTag,
    YamlParseError,
    key_as_text,
    resolve_plain,
    tagged,
)

from .strategies import LARGEST_FLOAT_INT, bare_number_texts, hostile_text, syntax_soup

SETTINGS = settings(max_examples=300, deadline=None)
CORE = "tag:yaml.org,2002:"
TYPES = {"int": (int,), "float": (float,), "bool": (bool,), "null": (type(None),), "str": (str,)}

plain_texts = st.one_of(bare_number_texts, hostile_text, syntax_soup, st.text(max_size=20))


def meaning(text: str) -> Any:
    """What `text` means, or the refusal's message."""
    try:
        return resolve_plain(text, 1, 1)
    except YamlParseError as refused:
        assert refused.message
        assert (refused.line, refused.column) == (1, 1)
        return refused


@SETTINGS
@given(text=plain_texts)
def test_a_plain_text_means_null_a_boolean_a_finite_number_or_itself(text: str) -> None:
    value = meaning(text)
    if isinstance(value, YamlParseError):
        assert text[0] in MAYBE_NOT_TEXT
    elif isinstance(value, str):
        assert value == text
    elif isinstance(value, float):
        assert math.isfinite(value)
    else:
        assert value is None or isinstance(value, bool | int)
    if text and text[0] not in MAYBE_NOT_TEXT:
        assert value == text


@SETTINGS
@given(number=st.integers(min_value=-LARGEST_FLOAT_INT, max_value=LARGEST_FLOAT_INT))
def test_an_integer_a_float_holds_means_itself_in_every_base(number: int) -> None:
    assert meaning(str(number)) == number
    assert meaning(f"+{number}" if number >= 0 else str(number)) == number
    if number >= 0:
        assert meaning(f"0x{number:x}") == number
        assert meaning(f"0x{number:X}") == number
        assert meaning(f"0o{number:o}") == number
        assert meaning(f"000{number}") == number


@SETTINGS
@given(number=st.floats(allow_nan=False, allow_infinity=False))
def test_a_finite_float_means_itself(number: float) -> None:
    assert meaning(repr(number)) == number


@SETTINGS
@given(kind=st.sampled_from(sorted(TYPES)), text=plain_texts)
def test_a_core_tag_gives_its_own_type_or_is_refused(kind: str, text: str) -> None:
    try:
        value = tagged(CORE + kind, text, 1, 1, "claim files")
    except RefusedTag as refused:
        assert refused.message.endswith(f"' is not a valid !!{kind}")
        assert kind != "str"
        return
    except YamlParseError:  # the number itself is refused
        assert kind in ("int", "float", "bool", "null")
        return
    assert type(value) in TYPES[kind]


@SETTINGS
@given(
    value=st.one_of(
        st.none(),
        st.booleans(),
        st.integers(min_value=-LARGEST_FLOAT_INT, max_value=LARGEST_FLOAT_INT),
        st.floats(allow_nan=False, allow_infinity=False),
        st.text(max_size=20),
    ),
    written=st.one_of(st.none(), st.text(max_size=20)),
)
def test_a_plain_key_is_always_text(value: Any, written: str | None) -> None:
    key = key_as_text(value, written, 1, 1)
    assert type(key) is str
    if type(value) is str:
        assert key == value
    elif written:
        assert key == written
