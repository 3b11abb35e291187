"""Where a configuration file writes a setting, as a refusal names it: `FILE:LINE:COLUMN`,
the way a claim file's findings are placed.

A refusal of a configuration value named the file and the key (`factlint.toml: 'fail-on'
should be ...`), leaving the line to be searched for; Python's TOML reader gives no
positions. The text is scanned here instead, line by line, once a refusal needs a
place (never on a run that needs none): the table each line is in (`[tool.factlint]`,
`[tool]`), each key's dotted parts (`factlint.reports = ...` under `[tool]`), and the
keys of a one-line inline table (`factlint = {reports = ".git"}`), where a key is found
by its own name. A key that is not found is placed at its table's line; a table that is
not found leaves the refusal as it was, naming the file and table. Lines inside a
multi-line string are passed over. Only the configuration file itself is read, through
the safe reader, and nothing here raises.
"""

from __future__ import annotations

import json
import re
from typing import NamedTuple

from validator.config_toml import MAX_CONFIG_BYTES
from validator.guard.safe_read import Refused, read_regular
from validator.guard.toml_keys import KEY_PART

__all__ = ["setting_place"]

_KEY = rf"{KEY_PART}(?:[ \t]*+\.[ \t]*+{KEY_PART})*+"
# A table's header (`[tool.factlint]`, `[[tool.x]]`), alone on its line but for a comment.
_HEADER = re.compile(rf"[ \t]*+\[\[?[ \t]*+({_KEY})[ \t]*+\]\]?[ \t]*+(?:#.*)?\r?$")
# A line's key and the white space after its `=`: the value starts where it ends.
_KEY_LINE = re.compile(rf"[ \t]*+({_KEY})[ \t]*+=[ \t]*+")
# A key inside an inline table, after its opening brace or a comma.
_INLINE_KEY = re.compile(rf"[{{,][ \t]*+({_KEY})[ \t]*+=[ \t]*+")
_PARTS = re.compile(KEY_PART)
# What an array's entries are told apart by: a string, a comment, a bracket, a line end.
_ARRAY_TOKEN = re.compile(r""""(?:[^"\\\n]|\\.)*+"|'[^'\n]*+'|#[^\n]*+|[\[\]\n]""")
# More entries than a configuration may list (`config_lists.MAX_ENTRIES`): no farther.
_MAX_ENTRIES = 10_001


class _Spot(NamedTuple):
    """A key found: its own line and column, and its value's (1-based)."""

    line: int
    column: int
    value_line: int
    value_column: int
    offset: int  # of its value in the text


def setting_place(
    path: str,
    shown: str,
    table: tuple[str, ...],
    key: str,
    entry: int | None = None,
    of_key: bool = False,
) -> str | None:
    """`shown:LINE:COLUMN` for the value of `key` in the table `table` (its dotted
    parts; () for the top level) of the configuration file at `path`: the key itself
    with `of_key`, the list entry `entry` where it is given and found. None where
    neither the key nor its table is found, or the file cannot be read again."""
    try:
        text = read_regular(path, MAX_CONFIG_BYTES).decode("utf-8")
    except (Refused, UnicodeDecodeError, OSError):
        return None
    spot, table_line = _find(text, table, key)
    if spot is None:
        return None if table_line is None else f"{shown}:{table_line}:1"
    if of_key:
        return f"{shown}:{spot.line}:{spot.column}"
    found = _entry(text, spot, entry) if entry is not None else None
    line, column = found or (spot.value_line, spot.value_column)
    return f"{shown}:{line}:{column}"


def _parts(key: str) -> tuple[str, ...]:
    """A dotted key's parts, unquoted."""
    return tuple(map(_unquoted, _PARTS.findall(key)))


def _unquoted(part: str) -> str:
    """A key's part as the TOML reader names it: a literal string's text, a basic
    string's with its escapes read (`"x\\n"` is x and a line break) as JSON reads
    the same ones; one JSON does not read (`\\U0001F600`) is left as written."""
    if part[0] == "'":
        return part[1:-1]
    if part[0] == '"':
        try:
            text = json.loads(part)
        except ValueError:
            return part[1:-1]
        return text if isinstance(text, str) else part[1:-1]
    return part


def _find(text: str, table: tuple[str, ...], key: str) -> tuple[_Spot | None, int | None]:
    """The first place `key` of `table` is written, and the line of the table's header
    (None for none: the top level has none)."""
    wanted = (*table, key)
    current: tuple[str, ...] = ()
    table_line = None
    in_string = ""  # the quotes of a multi-line string the line is in
    offset = 0
    for number, line in enumerate(text.split("\n"), 1):
        start, offset = offset, offset + len(line) + 1
        if in_string:
            if line.count(in_string) % 2:
                in_string = ""
            continue
        header = _HEADER.match(line)
        if header is not None:
            current = _parts(header[1])
            if current == table and table_line is None:
                table_line = number
            continue
        found = _KEY_LINE.match(line)
        if found is None:
            continue
        named = (*current, *_parts(found[1]))
        if named == wanted:
            at = found.end()
            return _Spot(number, found.start(1) + 1, number, at + 1, start + at), table_line
        if wanted[: len(named)] == named and line[found.end() :].startswith("{"):
            key_at, at = _inline(line, found.end(), key) or (found.end(), found.end())
            return _Spot(number, key_at + 1, number, at + 1, start + at), table_line
        in_string = _opened_string(line[found.end() :])
    return None, table_line


def _inline(line: str, start: int, key: str) -> tuple[int, int] | None:
    """Where in `line` `key` and its value are written in the inline table that starts
    at `start`, found by its last part; None where it is not there."""
    for found in _INLINE_KEY.finditer(line, start):
        if _parts(found[1])[-1:] == (key,):
            return found.start(1), found.end()
    return None


def _opened_string(value: str) -> str:
    """The quotes of a multi-line string that `value` opens and leaves open, or ""."""
    for quotes in ('"""', "'''"):
        if value.startswith(quotes) and value.count(quotes) % 2:
            return quotes
    return ""


def _entry(text: str, spot: _Spot, entry: int) -> tuple[int, int] | None:
    """The line and column of the list entry `entry` (a string) of the array value at
    `spot`, or None where the value is no array of strings that long."""
    if not text.startswith("[", spot.offset):
        return None
    line, line_start, depth, count = spot.value_line, spot.offset - spot.value_column + 1, 0, 0
    for token in _ARRAY_TOKEN.finditer(text, spot.offset):
        first = token[0][:1]
        if first == "\n":
            line, line_start = line + 1, token.end()
        elif first == "[":
            depth += 1
        elif first == "]":
            depth -= 1
            if depth == 0:
                return None
        elif first in "\"'" and depth == 1:
            if count == entry:
                return line, token.start() - line_start + 1
            count += 1
            if count >= _MAX_ENTRIES:
                return None
    return None
