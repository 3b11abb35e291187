"""The numeric types: integer, number, percent and duration. A value is an interval of
real numbers (`Span`): one number widened by the property's tolerance, an interval
`{from, to}` with either end open, or `{about, within}`."""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from typing import Any

from validator.model.typography import shorten
from validator.model.values import Span, ValueSet

from .base import (
    MAX_MAGNITUDE,
    PropertyType,
    ValueProblem,
    Written,
    describe_raw,
    finite_number,
    number_text,
    number_words,
    one_end,
    reversed_interval,
    shown_number,
    type_words,
)
from .calendar_spans import calendar_words
from .duration_forms import clock_words
from .number_forms import (
    PERCENT_SIGN,
    duration_words,
    figures_words,
    unquoted_words,
    whole_words,
    written_form,
    written_number,
)
from .number_habits import decimal_comma, points_parting_thousands
from .vague import vague_form

__all__ = ["DURATION", "INTEGER", "NUMBER", "PERCENT", "describe_numbers", "parse_duration"]

_DURATION_PART = re.compile(
    r"\s*(?P<n>[0-9]+(?:\.[0-9]+)?)\s*(?P<unit>[a-z]+)\.?\s*,?\s*(?:and\s+)?", re.IGNORECASE
)
_UNIT_MINUTES = {
    **dict.fromkeys(("s", "sec", "secs", "second", "seconds"), 1 / 60),
    **dict.fromkeys(("m", "min", "mins", "minute", "minutes"), 1.0),
    **dict.fromkeys(("h", "hr", "hrs", "hour", "hours"), 60.0),
    **dict.fromkeys(("d", "day", "days"), 1440.0),
    **dict.fromkeys(("w", "wk", "wks", "week", "weeks"), 10080.0),
}
# The forms a message offers for a duration, by the minutes in the property's unit: a
# bare number is in that unit, so "write 90" where it counts days was 90 days.
_EXAMPLES = {
    1 / 60: ("90", "'90 s'", "'2 min'", "'1m30s'"),
    1.0: ("90", "'90 min'", "'2 hours'", "'1h30m'"),
    60.0: ("2", "'2 hours'", "'90 min'", "'1h30m'"),
    1440.0: ("21", "'21 days'", "'3 weeks'", "'1d12h'"),
    10080.0: ("3", "'3 weeks'", "'21 days'", "'1w3d'"),
}


def _examples(factor: float | None, every: bool = True) -> str:
    """The forms of a duration in a unit of `factor` minutes: a bare number, the same with
    its unit, another unit and parts joined (`every`), or the first, second and last."""
    bare, own, other, joined = _EXAMPLES.get(factor or 1.0, _EXAMPLES[1.0])
    return f"{bare}, {own}, {other} or {joined}" if every else f"{bare}, {own} or {joined}"


# ISO 8601's form, schema.org's for a film's running time: "PT1H30M", "P1DT2H", "P2W".
# Years and months are left out: their length in minutes is not one number.
_NUMERAL = r"[0-9]+(?:\.[0-9]+)?"
_ISO_DURATION = re.compile(
    rf"p(?:(?P<w>{_NUMERAL})w)?(?:(?P<d>{_NUMERAL})d)?"
    rf"(?:t(?:(?P<h>{_NUMERAL})h)?(?:(?P<m>{_NUMERAL})m)?(?:(?P<s>{_NUMERAL})s)?)?"
)
_ISO_MINUTES = {"w": 10080.0, "d": 1440.0, "h": 60.0, "m": 1.0, "s": 1 / 60}
# A clock's form: "1:30:00" is hours, minutes and seconds; "1:30" is hours and minutes
# on a listings page and minutes and seconds on a track list, so it is refused.
_CLOCK = re.compile(r"(?P<a>[0-9]{1,3}):(?P<b>[0-5][0-9])(?::(?P<c>[0-5][0-9]))?")


class _AsText(ValueProblem):
    """A value refused, with its reading as a number written as text (`written_form`):
    read once, for the next step where it is refused and for the range in `_Numeric`."""

    def __init__(self, message: str, found: re.Match[str] | None) -> None:
        super().__init__(message)
        self.found = found


def parse_duration(raw: Any, unit: str | None, figures: str | None = None) -> float:
    """A duration in the property's unit: a bare number is already in it (written as
    `figures`, where that is known). Text with units is converted to it, so the property's
    unit must be one of the units known."""
    factor = _UNIT_MINUTES.get((unit or "minutes").lower())
    if isinstance(raw, bool):
        raise ValueProblem(f"expected a duration such as {_examples(factor, False)}, not a boolean")
    if isinstance(raw, int | float):
        return finite_number(raw, figures)
    text = str(raw).strip().lower()
    if not text:
        raise ValueProblem("expected a duration such as '90 min', not empty text")
    if re.fullmatch(r"[0-9]+(?:\.[0-9]+)?", text):
        return _plausible(float(text), raw)
    standard = _standard_form(text, raw)
    if factor is None:
        # A unit no conversion is known to (`years`, `episodes`) was taken for minutes:
        # "2 hours" in a property counted in years was 120 years.
        raise ValueProblem(
            f"'{shorten(str(raw))}' is written with a unit, and factlint cannot convert "
            f"to {shorten(str(unit))}, the property's unit; write a bare number of "
            f"{shorten(str(unit))}"
        )
    if standard is not None:
        return _plausible(standard / factor, raw)
    total = 0.0
    position = 0
    # Each part matched where the last ended, never searched for: a search tries every
    # later start, backtracking through a run of digits from each, so a value of 19,000
    # digits and no unit took 20 seconds. Matched in place, the work is linear.
    while (match := _DURATION_PART.match(text, position)) is not None:
        minutes = _UNIT_MINUTES.get(match["unit"])
        if match["unit"] in ("and", "to", "or", "plus", "a", "am", "p", "pm"):  # "90 to", "9pm"
            break
        if minutes is None:
            alone = position == 0 and match.end() == len(text)
            unit_name = (unit or "minutes").lower()
            if said := calendar_words(raw, match["n"], match["unit"], alone, unit_name, factor):
                raise ValueProblem(said)
            if said := figures_words(raw, text, match.start()):
                raise ValueProblem(said)
            raise ValueProblem(
                f"'{shorten(str(raw))}': unknown unit '{shorten(match['unit'])}' "
                "(use min, hours, days)"
            )
        total += float(match["n"]) * minutes
        position = match.end()
    if position != len(text) or position == 0:
        found = written_form(raw)
        raise _AsText(
            duration_words(text, raw, found, _UNIT_MINUTES)
            or f"'{shorten(str(raw))}' is not a duration; write {_examples(factor)}",
            found,
        )
    return _plausible(total / factor, raw)


def _standard_form(text: str, raw: Any) -> float | None:
    """`text` (folded to lower case) in minutes when it is written in ISO 8601's form or
    a clock's, or None when it is in neither."""
    # "P" and "PT" name no part; "P1DT" names a time part and gives none.
    iso = _ISO_DURATION.fullmatch(text)
    if iso is not None and text not in ("p", "pt") and not text.endswith("t"):
        return sum(float(n) * _ISO_MINUTES[part] for part, n in iso.groupdict().items() if n)
    if (clock := _CLOCK.fullmatch(text)) is None:
        return None
    if clock["c"] is None:
        raise ValueProblem(clock_words(text, shorten(str(raw)), clock["a"], clock["b"]))
    return float(clock["a"]) * 60 + float(clock["b"]) + float(clock["c"]) / 60


def _plausible(value: float, raw: Any) -> float:
    """`value`, written as `raw`, held to the size a bare number is (`finite_number`): a
    run of digits past a float is infinite, and an infinite span was checked as a claim."""
    if not math.isfinite(value) or abs(value) > MAX_MAGNITUDE:
        raise ValueProblem(f"'{shorten(str(raw))}' is too large to be a plausible value")
    return value


def _plain(raw: Any, expected: str, unit: str | None = None, text: str | None = None) -> float:
    if isinstance(raw, bool):  # told as one: quoted, 'true' read as the text "true"
        given = f"not the boolean {describe_raw(raw)}; write the number the source gives"
        raise ValueProblem(f"expected {expected}, {given}")
    if not isinstance(raw, int | float):
        found = written_form(raw)
        step = unquoted_words(raw, found, unit, whole=expected == "a whole number")
        # Quoted cut short, as any value a message shows: a text may run to 20,000.
        shown = shorten(describe_raw(raw), 60)
        raise _AsText(f"expected {expected}, not {shown!r}{step}", found)
    return finite_number(raw, text)


def _integer(raw: Any, unit: str | None, text: str | None = None) -> float:
    value = _plain(raw, "a whole number", unit, text)
    if not value.is_integer():
        shown = number_words(raw, text)
        # 4.212 for 4,212, as much of Europe writes a count, is no fraction of a person.
        points = points_parting_thousands(text or str(raw), whole=True)
        raise ValueProblem(f"expected a whole number, not {shown}{points or whole_words(value)}")
    return value


def _number(raw: Any, unit: str | None, text: str | None = None) -> float:
    return _plain(raw, "a number", unit, text)


# A score out of a number, as a review gives it: "4/5", "8 out of 10".
_OUT_OF = re.compile(r"\s*([0-9]{1,6}(?:\.[0-9]{1,6})?)\s*(?:/|out of)\s*([0-9]{1,6})\s*\Z", re.I)
# A percentage in words, as British and American prose prints it: "100 per cent".
_PER_CENT = re.compile(r"\s*(-?[0-9]+(?:\.[0-9]+)?)\s*(?:per\s*cent|percent|pct)\.?\s*\Z", re.I)


def _percent(raw: Any, unit: str | None, text: str | None = None) -> float:
    if isinstance(raw, str):
        match = PERCENT_SIGN.match(raw)
        if match:
            return finite_number(float(match.group(1)), raw)
        out_of = _OUT_OF.match(raw)
        if out_of and float(out_of[2]) > 0 and float(out_of[1]) <= float(out_of[2]):
            # The share is arithmetic; whether the property's percentage is that score
            # (a review's stars against an aggregate's score) only the writer knows.
            share = shown_number(round(float(out_of[1]) / float(out_of[2]) * 100, 4))
            shown = shorten(describe_raw(raw), 60)
            raise ValueProblem(
                f"expected a percentage, not {shown!r}; it is a score out of {out_of[2]}, "
                f"{share}% of it: write {share} if the property's percentage is that score"
            )
        if (comma := decimal_comma(raw, percent=True)) is not None:
            raise ValueProblem(
                f"expected a percentage, not {shorten(describe_raw(raw), 60)!r}{comma}"
            )
        words = _PER_CENT.match(raw)
        # Past the largest float, the forms to write are refused in turn: none is named.
        if words and math.isfinite(float(words.group(1))):
            # Both cut short: the figures may run to a text's length in leading zeros.
            shown, number = shorten(describe_raw(raw), 60), shorten(words.group(1))
            raise ValueProblem(
                f"expected a percentage, not {shown!r}; write {number} or '{number}%'"
            )
    return _plain(raw, "a percentage", text=text)


_DECLARED = "the dataset declares for the property"
_DECLARED_FIX = ", or the property's minimum or maximum in the dataset if the value is real"


def _range_words(low: float | None, high: float | None) -> str:
    if low is not None and high is not None:
        return f"from {shown_number(low)} to {shown_number(high)}"
    if low is not None:
        return f"{shown_number(low)} or more"
    return f"{shown_number(high or 0)} or less"


def _out_of_range(
    number: float, low: float | None, high: float | None, whose: str, fix: str, text: str | None
) -> ValueProblem:
    """The problem of `number` (written as `text`, where that is known) out of range."""
    shown = shown_number(number) if text is None else number_words(number, text)
    return ValueProblem(
        f"{shown} is not {_range_words(low, high)}, the range {whose}; correct the value{fix}"
    )


class _Numeric:
    """The parser of a numeric type, from how it reads one number, and the range any
    number of the type lies in (`low`, `high`; `noun` names the type in messages)."""

    __slots__ = ("high", "low", "noun", "read")

    def __init__(
        self, read: Any, noun: str, low: float | None = None, high: float | None = None
    ) -> None:
        self.read, self.noun, self.low, self.high = read, noun, low, high

    def one(self, raw: Any, written: Written, key: str = "") -> float:
        """One number (the value's, or its end `key`'s), refused outside the type's
        range, then outside the dataset's: a negative age or a score of 150% is a typing
        accident, not a claim to check. This runs for every number of every claim: the
        bounds are compared inline."""
        text = number_text(written.texts, key) if written.texts else None
        try:
            number: float = self.read(raw, written.unit, text)
        except ValueProblem as problem:
            # Read as text already where `_plain` refused it; else read now, once.
            found = problem.found if isinstance(problem, _AsText) else written_form(raw)
            raise self._text_out_of_range(raw, found, written) or problem from None
        if text is None and type(raw) is str:
            text = raw  # "150.0%" and "-90 min" read: quoted as written if out of range
        return self._in_range(number, written, text)

    def _in_range(self, number: float, written: Written, text: str | None = None) -> float:
        low, high = self.low, self.high
        if (low is not None and number < low) or (high is not None and number > high):
            raise _out_of_range(number, low, high, f"of a {self.noun}", "", text)
        low, high = written.minimum, written.maximum
        if (low is not None and number < low) or (high is not None and number > high):
            raise _out_of_range(number, low, high, _DECLARED, _DECLARED_FIX, text)
        return number

    def _text_out_of_range(
        self, raw: Any, found: re.Match[str] | None, written: Written
    ) -> ValueProblem | None:
        """The problem of a number written as text (`"-3"`, `"-3 years"` where the unit
        is years; `found`: its reading, `written_form`) that is out of range, or None:
        told to take the quotes (or the unit) away, the writer met the range next."""
        number = written_number(found, written.unit)
        if number is None:
            return None
        try:
            self._in_range(number, written, found[2] if found is not None else None)
        except ValueProblem as out:
            return ValueProblem(f"expected a {self.noun}, not {shorten(raw)!r}, and {out.message}")
        return None

    def __call__(self, written: Written) -> ValueSet:
        raw, one = written.raw, self.one
        if isinstance(raw, dict):
            if "about" in raw:
                centre = one(raw["about"], written, "about")
                within = raw.get("within")
                spread = (
                    finite_number(within, number_text(written.texts, "within"))
                    if within is not None
                    else (written.tolerance or 0.0)
                )
                return Span(centre - spread, centre + spread)
            low = one(raw["from"], written, "from") if "from" in raw else None
            high = one(raw["to"], written, "to") if "to" in raw else None
            if low is not None and high is not None and low > high:
                raise reversed_interval(raw, written.texts)
            return Span(low, high)
        try:
            value = one(raw, written)
        except ValueProblem as problem:
            # Only ever on the way to an E106: "about 90 minutes" is told its form.
            hint = ""
            if type(raw) is str:
                hint = vague_form(raw, lambda v: one(v, written), written.unit)
            if not hint:
                raise
            # The form replaces the generic next step ("write 90, '90 min' ...").
            raise ValueProblem(problem.message.split("; ")[0] + hint) from None
        # A property's tolerance is the precision its values are given with: a running
        # time of "90 min" means about 90, so a bare number carries it too.
        spread = written.tolerance or 0.0
        return Span(value - spread, value + spread)


def describe_numbers(values: ValueSet, unit: str | None) -> str:
    """A span of numbers in words: "22 years", "85..95 minutes", "at most 100"."""
    assert isinstance(values, Span)
    suffix = f" {unit}" if unit else ""
    if values.empty:
        return "nothing"
    if values.is_point and values.low is not None:
        return f"{shown_number(values.low)}{suffix}"
    low = "…" if values.low is None else shown_number(values.low)
    high = "…" if values.high is None else shown_number(values.high)
    if (low == "…") != (high == "…"):
        return one_end(f"{high if low == '…' else low}{suffix}", low != "…", dated=False)
    return f"{low}..{high}{suffix}"


def _describe_percentages(values: ValueSet, unit: str | None) -> str:
    """A span of percentages in words, with the sign: "96%", "85..95%"."""
    words = describe_numbers(values, None)
    return words if words == "nothing" else f"{words}%"


def _numeric_type(
    name: str,
    numeric: _Numeric,
    *,
    shows_unit: bool = True,
    describe: Callable[[ValueSet, str | None], str] = describe_numbers,
    sign: str = "",
) -> PropertyType:
    return PropertyType(
        name,
        Span,
        numeric,
        describe,
        type_words(name),
        shows_unit=shows_unit,
        sign=sign,
        numeric=True,
    )


INTEGER = _numeric_type("integer", _Numeric(_integer, "whole number"))
NUMBER = _numeric_type("number", _Numeric(_number, "number"))
# A percentage's unit is its sign: "96%", never "96 percent".
PERCENT = _numeric_type(
    "percent",
    _Numeric(_percent, "percentage", 0, 100),
    shows_unit=False,
    describe=_describe_percentages,
    sign="%",
)
DURATION = _numeric_type("duration", _Numeric(parse_duration, "duration", 0))
