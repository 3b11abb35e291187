"""A number written with more than one value's worth of text: a remark in brackets
beside it (`22 (at the time)`, `90 min (without adverts)`), or two values where one goes
(`90 min / 1h30`, `90, 95`, `90 or 95 minutes`), as a desk copies what a source prints.
Each was told only what a number looks like ("expected a whole number", "is not a
duration; write 90, '90 min' ..."), which the writer had written, with more besides;
the note says what to keep and where the rest goes. `vague.vague_form` asks here last.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from validator.model.typography import split_remark

from .number_habits import is_score

__all__ = ["parted_form"]

# Reads a text as one value of the property, in its unit, as a message shows it; None
# where it is none (`vague._number`).
Number = Callable[[str], "str | None"]
# The next step for a text that is no value, or "" (`vague.vague_form`).
Form = Callable[[str], str]

# Two values parted as prose parts alternatives: "90 min / 1h30", "90, 95", "90 or 95".
# White space is taken whole (`\s*+`) wherever no part can start with it: a run of
# spaces tried from each of its places again took 14 ms a 100-character value.
_TWO = re.compile(r"\s*+(?P<one>[^/,;|]+?)\s*+(?:/|,\s|;|\||(?<=\s)or\s)\s*+(?P<two>[^/,;|]+?)\s*")
# A number alone, and a number with a word after it, its unit.
_BARE = re.compile(r"[0-9]+(?:\.[0-9]+)?")
_UNIT_AFTER = re.compile(r"[0-9]+(?:\.[0-9]+)?\s*(?P<unit>[^\W\d]+\.?)")
# The one form a refusal names as the next step ("'1h30' gives 30 no unit; write
# '1h30m'"): a part of two values read as what its own message says to write.
_TOLD = re.compile(r"; write '(?P<form>[^']{1,40})'\Z")
# Past this many characters a text is no value with a remark, nor two values.
_LONGEST = 100


def parted_form(text: str, number: Number, form: Form, told: Form) -> str:
    """ "; ..." saying what to write for `text`, a value with a remark in brackets or two
    values, or "" for any other text. `number` reads one value; `form` is the next step
    for a text that is no value (the value before the remark may be vague: "about 90
    (est.)"); `told` is the message refusing a text, "" where it reads."""
    if len(text) > _LONGEST:
        return ""
    if (remarked := split_remark(text)) is not None:  # "22 (at the time)"
        value, remark = remarked
        where = f"'{remark}' is a remark beside the value"
        if (one := number(value)) is not None:
            return (
                f"; {where}: write {_shown(value, one, told)}, and the remark in the claim's note"
            )
        if step := form(value):
            return f"{step}, and {where}, for the claim's note"
        return ""
    # Figures over figures out of a usual scale ("4/5") are a score, which
    # `number_habits` tells; over others ("47/48") two values.
    if (found := _TWO.fullmatch(text)) is not None and not is_score(text):
        first, second = found["one"], found["two"]
        if _BARE.fullmatch(first) and (unit := _UNIT_AFTER.fullmatch(second)) is not None:
            first = f"{first} {unit['unit']}"  # "1 or 2 hours": both in hours
        one, two = _read(first, number, told), _read(second, number, told)
        if one is None or two is None:
            return ""
        if float(one) == float(two):
            shown = _shown(first, one, told)
            return f"; it gives one value twice, in two forms: write it once, as {shown}"
        low, high = sorted((one, two), key=float)
        return (
            f"; it gives two values, {one} and {two}, where a claim holds one: for a range, "
            f"write {{from: {low}, to: {high}}}; else write the value the source gives"
        )
    return ""


def _shown(part: str, one: str, told: Form) -> str:
    """How a message shows `part`, read as `one`: as written where it reads so and says
    more than the number ('2 hours'), else the number in the property's unit."""
    written = part.strip()
    return f"'{written}'" if written != one and not told(written) else one


def _read(part: str, number: Number, told: Form) -> str | None:
    """`part` as one value, or as the form its own refusal says to write ("1h30": write
    '1h30m'); None where it is neither."""
    if (one := number(part)) is not None:
        return one
    found = _TOLD.search(told(part))
    return None if found is None else number(found["form"])
