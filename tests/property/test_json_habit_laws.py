"""Laws of the JSON reader's words for other formats' habits (`validator.read.json_habits`):
whatever stands where a key or a value was expected, it is named, and the place pointed
at is that character or the comma before it, never white space or beyond."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from validator.read.json_habits import unexpected_key, unexpected_value

from .strategies import hostile_text, syntax_soup

SETTINGS = settings(max_examples=300, deadline=None)


@SETTINGS
@given(text=st.one_of(hostile_text, syntax_soup), data=st.data())
def test_what_stands_where_a_key_or_value_was_expected_is_named_where_it_is(
    text: str, data: st.DataObject
) -> None:
    if not text:
        return
    i = data.draw(st.integers(min_value=0, max_value=len(text) - 1))
    for words in (unexpected_value, unexpected_key):
        message, at = words(text, i)
        assert message
        assert at == i or (text[at] == "," and text[i] in "}]" and not text[at + 1 : i].strip())
