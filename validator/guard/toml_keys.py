"""A TOML text's dotted keys, counted before Python's TOML reader is given it.

A configuration file may come with a pull request. `tomllib` takes a dotted key's parts
(`a.b.c = 1`) in time growing faster than the square of their number: a key of 10,000
parts took 1.2 s, one of 30,000 took 17 s, and a configuration of 4 MiB, the most that
is read, holds one of 2 million, which ran for hours. A configuration's keys have a few
parts; a text whose key has more than `MAX_KEY_PARTS` is not given to the reader.
"""

from __future__ import annotations

import re

__all__ = ["KEY_PART", "long_key_problem"]

MAX_KEY_PARTS = 100

# A key's part as TOML writes one: bare, or quoted either way on one line. Every
# quantifier is possessive, so no run is searched twice.
KEY_PART = r"""(?:[A-Za-z0-9_-]++|"(?:[^"\\\n]|\\.)*+"|'[^'\n]*+')"""
# Parts joined by dots (white space around them allowed), found wherever they stand: a
# key, a table's name, an inline table's key, and anything else read as one, where a
# quoted string is one part however many dots it holds.
_DOTTED = re.compile(rf"{KEY_PART}(?:[ \t]*+\.[ \t]*+{KEY_PART})*+")
_QUOTED = re.compile(r""""(?:[^"\\\n]|\\.)*+"|'[^'\n]*+'""")


def long_key_problem(text: str) -> str | None:
    """What is wrong with the first key of more than `MAX_KEY_PARTS` parts in `text`,
    if it has one: one pass over it."""
    for found in _DOTTED.finditer(text):
        run = found[0]
        if run.count(".") >= MAX_KEY_PARTS and _QUOTED.sub("", run).count(".") >= MAX_KEY_PARTS:
            line = text.count("\n", 0, found.start()) + 1
            return (
                f"line {line} has a dotted key of more than {MAX_KEY_PARTS} parts, more "
                "than Python's TOML reader can take in time"
            )
    return None
