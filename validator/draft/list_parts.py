"""The part a name of a list may carry after "as", where the property's cues read a part
so: "stars Kate Winslet as Ruth and Mia Threapleton" lists both."""

from __future__ import annotations

import re
from functools import cache

__all__ = ["AS_PART", "part_in_list"]

# A name in a list ending a cue may carry, after "as", the name of what it plays, where the
# property's own cue "{value} as {QUALIFIER}" reads that: "stars Kate Winslet as Ruth and
# Mia Threapleton" lists both (that cue gives Winslet's part). Only in a slot ending its
# cue: in "{value} as {character}", "A as B and C as D" would make D the part of all.
AS_PART = re.compile(r"(?<![\w])as\s+(?-i:[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3})(?![\w’'-])")
_AS_QUALIFIER = re.compile(r"\{value\}\s+as\s+\{[a-z][a-z0-9_]*\}")


@cache
def part_in_list(cues: tuple[str, ...]) -> str:
    """The pattern of a part after a name of a list (see `AS_PART`), or "" where the
    property's cues read no part so."""
    if not any(_AS_QUALIFIER.fullmatch(cue) for cue in cues):
        return ""
    return rf"(?:\s+{AS_PART.pattern})?"
