"""A fact box's line, "Label: value": whether a cue's slot is the whole of its value.

A fact box lists a work's people a line a label ("Cast: Kate Winslet, Mia Threapleton",
"Written by: Dominic Savage, Kate Winslet"), its names parted by commas alone. In prose,
names parted by commas alone are no list ("Directed by Jane Doe, Kate Winslet plays
Ruth": the comma ends the opening words); a label's value is nothing but its list.
"""

from __future__ import annotations

import re

__all__ = ["is_label_value"]

# A label as a fact box prints it: a bullet or none, a capitalised word and up to four
# more, a colon ("Running time:", "Original network:", "Produced by:").
_LABEL = re.compile(r"\s*(?:[-*•–]\s*)?[A-Z][\w’'&/-]*(?: [\w’'&/-]+){0,4}:\s*")
# What may close a line after its value: white space, a full stop.
_LINE_END = re.compile(r"[\s.]*")


def is_label_value(text: str, start: int, end: int) -> bool:
    """Whether `text[start:end]` is the whole value of `text`, a line "Label: value"."""
    return (
        _LABEL.fullmatch(text, 0, start) is not None and _LINE_END.fullmatch(text, end) is not None
    )
