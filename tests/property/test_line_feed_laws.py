"""Laws of the lines (`validator.read.line_feeds`): every way of counting a text's lines
agrees on where each character is, and a libyaml position moved to the file's lines is
the file's position of the same character."""

from __future__ import annotations

import re
from bisect import bisect_right

from hypothesis import given, settings
from hypothesis import strategies as st

from validator.read.line_feeds import LineFeeds, line_breaks, line_starts, position_after

from .strategies import hostile_text, syntax_soup

SETTINGS = settings(max_examples=300, deadline=None)

# Texts full of every line break there is, lone and paired.
texts = st.one_of(
    hostile_text,
    syntax_soup,
    st.lists(st.sampled_from(["a", "é", "\n", "\r", "\r\n", "\x85", "\u2028", "\u2029"])).map(
        "".join
    ),
)


def places(text: str) -> list[int]:
    """Every offset a position may name: not the line feed of a CR LF, which is one break."""
    return [i for i in range(len(text) + 1) if text[i - 1 : i + 1] != "\r\n"]


def from_starts(starts: list[int], offset: int) -> tuple[int, int]:
    line = bisect_right(starts, offset)
    return line, offset - starts[line - 1] + 1


@SETTINGS
@given(text=texts)
def test_a_position_after_a_prefix_is_the_one_the_line_starts_give(text: str) -> None:
    starts = line_starts(text)
    assert starts[0] == 0 and starts == sorted(set(starts))
    breaks = line_breaks(text)
    for offset in places(text):
        assert position_after(text[:offset], breaks) == from_starts(starts, offset)


@SETTINGS
@given(text=texts)
def test_a_moved_libyaml_position_is_the_files_position_of_the_same_character(
    text: str,
) -> None:
    moved = LineFeeds(text)
    yaml_starts = [0, *(m.end() for m in re.finditer("\r\n|[\n\r\x85\u2028\u2029]", text))]
    file_starts = line_starts(text)
    for offset in places(text):
        assert moved(*from_starts(yaml_starts, offset)) == from_starts(file_starts, offset)


@SETTINGS
@given(text=texts)
def test_no_mover_is_made_where_libyaml_counts_the_files_lines(text: str) -> None:
    yaml_starts = [0, *(m.end() for m in re.finditer("\r\n|[\n\r\x85\u2028\u2029]", text))]
    if LineFeeds.of(text) is None:
        assert yaml_starts == line_starts(text)
