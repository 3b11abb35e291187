"""Durations written as prose writes them, each with the form to write: a length made an
adjective (`90-minute`, as in "a 90-minute drama") and a bare number with a decimal
comma (`1,5`). Each was told only that it "is not a duration", with examples that said
nothing of the hyphen or the comma. `number_forms.duration_words` asks here last.
"""

from __future__ import annotations

import re
from collections.abc import Container

__all__ = ["prose_duration_words"]

# A number, a hyphen and a unit: "90-minute", "1.5-hour", "90-min".
_ADJECTIVE = re.compile(r"\s*(?P<n>[0-9]{1,6}(?:\.[0-9]{1,6})?)\s*-\s*(?P<unit>[a-z]+)\.?\s*")
# A bare number with a decimal comma: "1,5", "92,5" (three figures after it part thousands).
_DECIMAL_COMMA = re.compile(r"\s*(?P<whole>[0-9]{1,15}),(?P<part>[0-9]{1,2})\s*")
# The units said in full, written in the plural after any number but 1.
_FULL = frozenset(("second", "minute", "hour", "day", "week"))


def prose_duration_words(text: str, shown: str, units: Container[str]) -> str | None:
    """The message for `text` (folded to lower case; `shown` as written, cut short), a
    duration prose writes, with the form to write; None for any other text. `units`:
    the units a duration may name."""
    if len(text) > 40:  # no duration so written is longer
        return None
    if (adjective := _ADJECTIVE.fullmatch(text)) is not None and adjective["unit"] in units:
        number, unit = adjective["n"], adjective["unit"]
        if unit in _FULL and number != "1":
            unit += "s"
        return f"'{shown}' is a length written as an adjective; write '{number} {unit}'"
    if (comma := _DECIMAL_COMMA.fullmatch(text)) is not None:
        return (
            f"'{shown}' marks its decimals with a comma; write {comma['whole']}.{comma['part']} "
            "if the comma marks the decimals"
        )
    return None
