"""Durations written as prose writes them, each with the form to write: a length made an
adjective (`90-minute`, as in "a 90-minute drama"), a bare number with a decimal comma
(`1,5`), a fraction's sign (`1½ hours`), a length said to be long (`90 minutes long`)
and a slot given by its clock times (`21:00-22:45`, `9pm-10.45pm`). Each was told only
that it "is not a duration" (a time's `pm` an unknown unit), with examples that said
nothing of what was written. `number_forms.duration_words` asks here last.
"""

from __future__ import annotations

import re
from collections.abc import Container

__all__ = ["clock_words", "is_clock_span", "length_noun", "prose_duration_words"]

# A number, a hyphen and a unit: "90-minute", "1.5-hour", "90-min".
_ADJECTIVE = re.compile(r"\s*(?P<n>[0-9]{1,6}(?:\.[0-9]{1,6})?)\s*-\s*(?P<unit>[a-z]+)\.?\s*")
# A bare number with a decimal comma: "1,5", "92,5" (three figures after it part thousands).
_DECIMAL_COMMA = re.compile(r"\s*(?P<whole>[0-9]{1,15}),(?P<part>[0-9]{1,2})\s*")
# A number with a fraction's sign and a unit: "1½ hours", "2 ¼ hours".
_FRACTION = re.compile(r"\s*(?P<n>[0-9]{0,6})\s*(?P<sign>[½¼¾])\s*(?P<unit>[a-z]+)\.?\s*")
_FRACTIONS = {"½": ".5", "¼": ".25", "¾": ".75"}
# A length said to be long: "90 minutes long".
_LONG = re.compile(r"\s*(?P<n>[0-9]{1,6}(?:\.[0-9]{1,6})?)\s*(?P<unit>[a-z]+)\.?\s+long\s*")
# A time of day, as a listing gives a slot's start and end: "21:00", "9pm", "10.45pm".
_TIME = r"(?P<{0}h>[0-9]{{1,2}})(?:[:.](?P<{0}m>[0-5][0-9]))?\s*(?P<{0}p>[ap]\.?m\.?)?"
_SPAN = re.compile(
    rf"\s*{_TIME.format('a')}\s*(?:-|–|—|to|until)\s*{_TIME.format('b')}\s*", re.IGNORECASE
)
# A time of day alone, by the half of the day: "9pm", "10.45 p.m.".
_AT = re.compile(r"\s*(?P<h>[0-9]{1,2})(?:[:.][0-5][0-9])?\s*[ap]\.?m\.?\s*")
# The units said in full, written in the plural after any number but 1.
_FULL = frozenset(("second", "minute", "hour", "day", "week"))


def prose_duration_words(text: str, shown: str, units: Container[str]) -> str | None:
    """The message for `text` (folded to lower case; `shown` as written, cut short), a
    duration prose writes, with the form to write; None for any other text. `units`:
    the units a duration may name."""
    if len(text) > 40:  # no duration so written is longer
        return None
    if (adjective := _ADJECTIVE.fullmatch(text)) is not None and adjective["unit"] in units:
        noun = length_noun(adjective["n"], adjective["unit"])
        return f"'{shown}' is a length written as an adjective; write '{noun}'"
    if (fraction := _FRACTION.fullmatch(text)) is not None and fraction["unit"] in units:
        number = f"{fraction['n'] or '0'}{_FRACTIONS[fraction['sign']]}"
        return f"'{shown}' writes a fraction with a sign; write '{number} {fraction['unit']}'"
    if (long := _LONG.fullmatch(text)) is not None and long["unit"] in units:
        return f"'{shown}' has a word after its unit; write '{long['n']} {long['unit']}'"
    if (span := _SPAN.fullmatch(text)) is not None and (length := _span_length(span)):
        return f"'{shown}' gives the clock times of a slot, not its length: write '{length}'"
    if (time := _AT.fullmatch(text)) is not None and int(time["h"]) <= 12:
        return f"'{shown}' is a time of day, not a length: write how long, such as '1h30m'"
    if (comma := _DECIMAL_COMMA.fullmatch(text)) is not None:
        return (
            f"'{shown}' marks its decimals with a comma; write {comma['whole']}.{comma['part']} "
            "if the comma marks the decimals"
        )
    return None


# A clock's hours and minutes that read first as a time of day: an hour past noon or
# written with a leading zero, as a 24-hour listing prints a start ("21:00", "09:30").
_TIME_OF_DAY = re.compile(r"(?:1[3-9]|2[0-3]|0[0-9]):[0-5][0-9]")


def clock_words(text: str, shown: str, hours: str, minutes: str) -> str:
    """The message for `text` (`shown` as written, cut short), a clock's `hours` and
    `minutes` without seconds, which a duration may be written as in two ways: first as
    a time of day where it reads as one ("21:00" as a slot's length: the time it starts,
    as a listing prints it)."""
    if _TIME_OF_DAY.fullmatch(text):
        return (
            f"'{shown}' reads as a time of day, not a length: write how long, such as "
            f"'1h30m'; if it is a length, write '{int(hours)}h{minutes}m' or "
            f"'{int(hours)}m{minutes}s'"
        )
    return (
        f"'{shown}' reads two ways, hours and minutes or minutes and seconds; write "
        f"'{hours}h{minutes}m' or '{hours}m{minutes}s'"
    )


def length_noun(number: str, unit: str) -> str:
    """A length made an adjective ("90-minute") as a noun: `90 minutes`, a unit said in
    full in the plural after any number but 1 (`1 hour`, `90 min`)."""
    plural = "s" if unit in _FULL and number != "1" else ""
    return f"{number} {unit}{plural}"


def is_clock_span(text: str) -> bool:
    """Whether `text` gives a slot by its clock times (`21.00-22.30`): no range of
    numbers, though its figures read as two."""
    span = _SPAN.fullmatch(text) if len(text) <= 40 else None
    return span is not None and _span_length(span) is not None


def _span_length(span: re.Match[str]) -> str | None:
    """The length from one time of day to the next (`1h45m`), past midnight where the
    second is earlier; None where either is no time of day, or where neither has its
    minutes or a.m. or p.m. (`90-95`, a range of numbers)."""
    minutes: list[int] = []
    for side in "ab":
        hour, minute, half = span[f"{side}h"], span[f"{side}m"], span[f"{side}p"]
        if side == "a" and minute is None and half is None:
            half = span["bp"]  # "9-10pm": the half of the day said once, at the end
        if minute is None and half is None:
            return None
        hours = int(hour)
        if half is not None:
            if not 1 <= hours <= 12:
                return None
            hours = hours % 12 + (12 if half[0] in "pP" else 0)
        if hours > 23:
            return None
        minutes.append(hours * 60 + int(minute or 0))
    length = (minutes[1] - minutes[0]) % (24 * 60)
    if length == 0:
        return None
    hours, rest = divmod(length, 60)
    return f"{hours}h{rest}m" if hours and rest else f"{hours}h" if hours else f"{rest}m"
