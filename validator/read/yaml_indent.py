"""What to do about a line indented wrongly, for a YAML syntax error it causes.

YAML reads structure from indentation, and the parser's words for a line indented one
step too far or too short ("mapping values are not allowed in this context", "did not
find expected '-' indicator") name neither the line nor the fix. A field indented deeper
than the one above it is read as more of that field's text, so the parser stumbles on
its colon; a field indented less than its item's other fields, but not as far back as
the item's '- ', belongs to nothing. The note names the line, the column it starts at
and the column its neighbours start at.
"""

from __future__ import annotations

import re

from .line_feeds import line_breaks, position_after, yaml_line_start

__all__ = ["indent_hint"]

_CONTINUED = "mapping values are not allowed in this context"
_STRAYED = ("did not find expected '-' indicator", "did not find expected key")
# A field with its value on the same line: `property: network`, `- id: a`.
_FIELD_WITH_VALUE = re.compile(r"(?:- +)*[^\s#'\"-][^:#]*:[ \t]+[^\s#]")
_ITEM_MARKS = re.compile(r"(?:- +)*")


def indent_hint(problem: str, source: str, index: int) -> str:
    """A note on the indentation of the line holding `index`, where the parser reported
    `problem` there, or "" when its indentation is not what is wrong."""
    if problem != _CONTINUED and problem not in _STRAYED:
        return ""
    start = yaml_line_start(source, index)
    before = _content_line_before(source, start)
    if before is None:
        return ""
    here = _indent(source, start)
    above = _field_column(source, before)
    breaks = line_breaks(source)
    line = position_after(source[:start], breaks)[0]
    line_above = position_after(source[:before], breaks)[0]
    if problem == _CONTINUED:
        if here <= above or not _FIELD_WITH_VALUE.match(source, before + _indent(source, before)):
            return ""
        return (
            f" (line {line} is indented more than line {line_above} above it, so YAML reads "
            f"it as more of that line's text; start it at column {above + 1}, where the field of "
            f"line {line_above} starts)"
        )
    if source.startswith("\ufeff", start + here):
        # An invisible byte order mark before the line's text (two files joined, or an
        # editor's paste): counted as the line's start, the note said "starts at column
        # 1" of a line indented like its neighbours, which no reader could see the cause of.
        return (
            f" (line {line} holds a byte order mark, U+FEFF, at column {here + 1}: an "
            "invisible character YAML takes only at the very start of a file; delete it)"
        )
    if source.startswith("-", start + here) or here == above:
        return ""
    new_item = ", or begin a new item with '- '" if problem == _STRAYED[0] else ""
    return (
        f" (line {line} starts at column {here + 1}, but the fields above it start at "
        f"column {above + 1} (line {line_above}): the fields of one mapping start at the "
        f"same column; start it at column {above + 1}{new_item})"
    )


def _indent(source: str, start: int) -> int:
    end = start
    while end < len(source) and source[end] == " ":
        end += 1
    return end - start


def _field_column(source: str, start: int) -> int:
    """The column (from 0) where the first field of the line at `start` begins: after
    its indentation and any '- ' that starts an item."""
    at = start + _indent(source, start)
    marks = _ITEM_MARKS.match(source, at)
    return at - start + (marks.end() - at if marks else 0)


def _content_line_before(source: str, start: int) -> int | None:
    """Where the nearest line before the one at `start` that holds more than white space
    and a comment begins, or None when there is none."""
    end = start - 1  # the break that ends the line before
    while end >= 0:
        begin = yaml_line_start(source, end)
        text = source[begin:end].strip()
        if text and not text.startswith("#"):
            return begin
        end = begin - 1
    return None
