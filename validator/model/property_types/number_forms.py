"""Numbers and durations written otherwise than a claim file writes them, each with the
form to write: the next step of an E106 for a number as text (`"22"`, `'1,090'`, `22yo`,
`0b101`, `22%`) or a duration no reader takes (`90'`, `1h 30`). `numbers` reads; this
module only words what to write instead, so that the reader stays one of numbers.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Container
from decimal import Decimal
from typing import Any

from validator.model.typography import shorten

from .base import MAX_MAGNITUDE
from .duration_forms import prose_duration_words
from .number_habits import (
    calendar_count,
    currency_code,
    habit_words,
    points_parting_thousands,
    scaled_unit,
)

__all__ = [
    "PERCENT_SIGN",
    "TOO_LARGE",
    "base_of",
    "duration_words",
    "figures_alone",
    "figures_words",
    "in_decimal",
    "is_unit",
    "other_base",
    "plain_figures",
    "too_large",
    "unquoted_words",
    "whole_words",
    "written_form",
    "written_number",
]

# A number with a percent sign, the form of a percentage.
PERCENT_SIGN = re.compile(r"\s*(-?[0-9]+(?:\.[0-9]+)?)\s*%\s*\Z")

# A number written as text: quoted ("22", as JSON makes easy to write), with the
# property's own unit after it ("22 years", "4 stars") or before it, as money is written
# ("CHF 150"), or with thousands parted by commas ("4,478 metres"), which the message said
# was no number, leaving the reader to wonder what one is. Each run of white space is
# matched by one `\s*` only: two in a row took seconds over a value of spaces. It is the
# one reading of a number as text: an E102's quoted number and a duration parted by
# thousands take the forms of it they name (`figures_alone`).
_WRITTEN_NUMBER = re.compile(
    r"\s*(?:([a-z]+)\s*)?(-?[0-9]{1,3}(?:([, _])[0-9]{3})(?:\3[0-9]{3})*|-?[0-9]+(?:\.[0-9]+)?)"
    r"(?:\s*([a-z]+))?\s*\Z",
    re.IGNORECASE,
)
_YEARS_OLD = re.compile(
    r"\s*([0-9]{1,3})[\s-]*(?:y\.?o\.?|y/o|(?:years?|yrs?)[\s-]*old)\s*\Z", re.IGNORECASE
)
# A whole number in another base, as YAML's core schema writes it (`0x10`, `0o26`) or
# YAML 1.1 did (`0b101`, which YAML 1.2 reads as text): the name and base of each
# prefix, and the digits after it in a text, where past 40 it is no age.
_BASES = {"0b": ("binary", 2), "0o": ("octal", 8), "0x": ("hexadecimal", 16)}
_BASE_DIGITS = re.compile(r"[0-9a-f]{1,40}", re.IGNORECASE)


def _digits(number: str) -> str:
    """A number as written (group 2 of `_WRITTEN_NUMBER`), its thousands unparted."""
    return number.replace(",", "").replace(" ", "").replace("_", "")


# The next step for a number written as text past the size a number may be: without
# its quotes it is refused again, as too large, so taking them away is no step.
TOO_LARGE = "; it is too large to be a plausible value, with or without quotes: correct the value"
# A number as YAML's core schema writes one, an exponent and all ("1e400").
_FLOAT_TEXT = re.compile(r"\s*[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?\s*")


# A number with an exponent alone, as a claim file's text may hold it (`"1e3"`).
# A place in a ranking as a chart or a table prints it: "No. 2", "no 2", "#2", "number 2".
_RANK = re.compile(r"\s*(?:no\.?|number|#)\s*([0-9]{1,9})\s*", re.IGNORECASE)
_EXPONENT_TEXT = re.compile(r"\s*(-?[0-9]+(?:\.[0-9]+)?[eE][-+]?[0-9]{1,6})\s*")


def plain_figures(number: str) -> str | None:
    """`number`, the figures of a number written as text (a sign, digits, a point), as a
    step to write it without quotes shows them: cut short as any value a message shows
    (a text may run to 20,000); None past the size a number may be (`TOO_LARGE`)."""
    value = float(number)
    if not math.isfinite(value) or abs(value) > MAX_MAGNITUDE:
        return None
    return shorten(number)


def too_large(text: str) -> bool:
    """Whether `text` is a number in YAML's form past the size a number may be."""
    return _FLOAT_TEXT.fullmatch(text) is not None and plain_figures(text.strip()) is None


def written_form(raw: Any) -> re.Match[str] | None:
    """`raw` read as a number written as text (`_WRITTEN_NUMBER`), or None. A value
    refused is read once: its next step (`unquoted_words`) and its range
    (`written_number`) take the reading."""
    return _WRITTEN_NUMBER.match(raw) if isinstance(raw, str) else None


def figures_alone(found: re.Match[str] | None, separators: str) -> str | None:
    """The figures of `found`, a text's reading (`written_form`), where the text is a
    number alone, without a word of a unit, its thousands parted by none or one of
    `separators` (`","`: as JSON and a spreadsheet's export write them), or None."""
    if found is None or found[1] or found[4] or (found[3] or ",") not in separators:
        return None
    return _digits(found[2])


def written_number(found: re.Match[str] | None, unit: str | None) -> float | None:
    """The number a text holds alone or with the property's `unit` (`"-3"`, `"-3 years"`),
    or None; `found`: the text's reading (`written_form`)."""
    if found is None or (found[1] and found[4]):
        return None
    word = _unit_word(found)
    if word and not is_unit(word, unit):
        return None
    return float(_digits(found[2]))


def _unit_word(found: re.Match[str]) -> str:
    """The word written before or after the number of a reading, in lower case; ""."""
    return (found[1] or found[4] or "").lower()


# A unit's short forms, as a desk writes them after a figure ("1150 m"), each with the
# names a dataset may give the unit they stand for.
_SHORT_UNITS = {
    "m": ("metres", "meters", "metre", "meter"),
    "km": ("kilometres", "kilometers", "kilometre", "kilometer"),
    "cm": ("centimetres", "centimeters"),
    "mm": ("millimetres", "millimeters"),
    "kg": ("kilograms", "kilogrammes", "kilos"),
    "g": ("grams", "grammes"),
    "t": ("tonnes", "tons"),
    "ft": ("feet", "foot"),
    "mi": ("miles",),
    "yr": ("years",),
    "yrs": ("years",),
}
# Words that scale a figure ("1.5 million", "1.35bn"). A unit may hold one itself
# ("million pounds"), and a figure is then written in it: "1350 million" is 1350.
_SCALES = {"k": 1e3, "thousand": 1e3, "million": 1e6, "billion": 1e9, "bn": 1e9}


def is_unit(word: str, unit: str | None) -> bool:
    """Whether `word` (lower case) is the property's `unit`, in the plural or not, one of
    its short forms (`m` for metres), or the word scaling it (`million` for "million
    pounds")."""
    own = (unit or "").lower()
    if unit is None:
        return False
    if word in (own, own.removesuffix("s")) or own in _SHORT_UNITS.get(word, ()):
        return True
    return word in _SCALES and word in own.split()


def _other_unit(number: str, word: str, unit: str | None) -> str:
    """The next step for a figure written with a word that is not the property's unit:
    the figure scaled, where the word is a scale ("1.5 million"); else the figure
    alone, in the property's unit, which only the writer can convert to ("1.15 km"
    where the unit is metres), but for years and months, which are exact (`1 year`)."""
    scale = _SCALES.get(word.lower())
    if scale is not None:
        own = next((_SCALES[w] for w in (unit or "").lower().split() if w in _SCALES), 1.0)
        scaled = float(number) * scale / own
        if math.isfinite(scaled) and abs(scaled) <= MAX_MAGNITUDE:
            return f"; write {scaled:.15g}" + (f", the number in {unit}" if unit else "")
    if unit is None:
        return f"; write the number alone, without '{shorten(word)}'"
    return (
        calendar_count(number, word, unit)
        or currency_code(number, word, unit)
        or (f"; write the number in {unit} alone, without '{shorten(word)}'")
    )


def base_of(written: str) -> tuple[str, int] | None:
    """The name and the base of `written` where its prefix is another base's than ten
    (`0x10`: hexadecimal, 16; `016` is sixteen), or None. The one check of the prefix:
    a number YAML read as a whole number needs no more, a text its digits too
    (`other_base`)."""
    return _BASES.get(written.strip()[:2].lower())


def other_base(written: str) -> tuple[str, int] | None:
    """The name of the base and the number of `written`, a whole number in another base
    than ten (`0x10`: hexadecimal, 16), or None."""
    text = written.strip()
    found = base_of(text)
    if found is None or _BASE_DIGITS.fullmatch(text, 2) is None:
        return None
    name, base = found
    try:
        return name, int(text[2:], base)
    except ValueError:  # `0b12`: not a binary number after all
        return None


def in_decimal(number: int) -> str:
    """The next step for a number written in another base: the same in decimal digits,
    which the writer is to confirm (`0x10` may have been a code, not sixteen)."""
    return f"write numbers in decimal digits ({number}, if that is the number meant)"


def unquoted_words(raw: Any, found: re.Match[str] | None, unit: str | None, whole: bool) -> str:
    """The next step for a number written as text (`found`: its reading, `written_form`;
    `whole`: where a whole one is expected), or ""."""
    if not isinstance(raw, str):
        return ""
    old = _YEARS_OLD.match(raw) if unit == "years" else None
    if old is not None:  # "22yo", "22 years old", as an age is said
        return f"; write {old[1]}: the property's unit is years"
    if found is None:
        return TOO_LARGE if too_large(raw) else _other_form(raw, unit, whole)
    if found[1] and found[4]:
        return ""
    number, word = plain_figures(_digits(found[2])), _unit_word(found)
    own = not word or is_unit(word, unit)
    if number is None:
        return TOO_LARGE if own else ""
    if whole and own and "." in found[2]:  # "1.5 years" in months is 18, told below
        return points_parting_thousands(found[2], whole) or whole_words(
            float(found[2]), " without quotes"
        )
    odd = next((c for c in raw if c.isspace() and c not in " \t\r\n"), None)
    if not word and odd is not None:
        # `age: 47` copied from a web page with a no-break space after it: YAML takes
        # that space for part of a text, and there were no quotes to lose.
        name = unicodedata.name(odd, "space").lower()
        return f"; it holds U+{ord(odd):04X} ({name}), which makes it text: write {number}"
    if not word and _digits(found[2]) != found[2]:
        # "4,478" in YAML is text without quotes; in JSON, with them. Past the scale a
        # unit holds ("48,500,000" in million pounds) it is likely in the unit's units.
        return scaled_unit(number, unit) or f"; write {number}, without separators or quotes"
    if not word:
        return f"; write {number} without quotes"
    if own:
        return f"; write {number}: the property's unit is {unit}"
    return _other_unit(_digits(found[2]), found[1] or found[4], unit)


def _other_form(raw: str, unit: str | None, whole: bool) -> str:
    """The next step for a text that holds a number in a form of its own: other digits
    than 0 to 9, another base, or a percent sign where the property is no percentage."""
    if raw.strip().isdecimal() and len(raw) <= 40:
        # Digits of another script: full-width ones (U+FF10 to U+FF19), as an IME types them.
        figures = plain_figures(str(int(raw)))
        return TOO_LARGE if figures is None else f"; write {figures} in the digits 0 to 9"
    if habit := habit_words(raw, unit, whole):
        return habit
    if (rank := _RANK.fullmatch(raw)) is not None:
        return f"; write {int(rank[1])}: a place in a ranking is written as its number alone"
    if (exponent := _EXPONENT_TEXT.fullmatch(raw)) is not None:
        # `"1e3"` quoted, or in JSON a string: text, where the same without quotes in
        # YAML (or JSON) is a number.
        figures = _without_exponent(exponent[1])
        if figures is None:
            return TOO_LARGE
        if whole and figures and not float(figures).is_integer():
            return whole_words(float(figures), " without an exponent or quotes")
        return f"; write {figures or 'the number'} without an exponent or quotes"
    if (based := other_base(raw)) is not None:
        # `0b101`, text in YAML 1.2, or a quoted `"0x10"`: a number only in another base.
        name, number = based
        return f"; it is the {name} number {number}, written as text: {in_decimal(number)}"
    percent = PERCENT_SIGN.match(raw)
    if percent is None:
        return ""
    # `age: 22%`, a cell copied from the column beside: no share is a number of years.
    goes = f"a number of {unit}" if unit else "a plain number"
    if whole and "." in percent[1]:
        return f"; it is a percentage, where {goes} goes" + whole_words(float(percent[1]))
    return (
        f"; it is a percentage, where {goes} goes: write {percent[1]}, if that is the number meant"
    )


def whole_words(value: float, how: str = "") -> str:
    """The next step for a fraction where a whole number goes: the two either side, the
    one meant being the writer's to say (an age of 22.5 is 22; 3.5 stars is neither)."""
    if not math.isfinite(value) or abs(value) > MAX_MAGNITUDE:
        return ""
    low = math.floor(value)
    return f"; write a whole number{how}, such as {low} or {low + 1}"


# Minutes marked with a prime, as a European listing prints a running time: 90'.
_PRIME = re.compile(r"\s*([0-9]{1,6}(?:\.[0-9]+)?)\s*(['\u2032\u2019])\s*")
# Minutes and seconds so marked, as a track or a match is timed: 47'12", 4'32'', 4'32.
_PRIMES = re.compile(
    r"\s*([0-9]{1,6})\s*['\u2032\u2019]\s*([0-5]?[0-9])\s*(?:[\"\u2033\u201d]|'')?\s*"
)
# A number with commas and its unit: thousands parted ("1,000 minutes", a comma before
# each three figures) or a decimal comma ("1,5 hours", "92,5 min").
_COMMA_FIGURES = re.compile(
    r"\s*(?P<n>(?P<thousands>[0-9]{1,3}(?:,[0-9]{3})+)|[0-9]{1,15},[0-9]{1,2})\s*(?P<unit>[a-z]+)\.?\s*"
)
# Hours and then minutes without their unit, as a listing prints them: "1h 30", "2 hrs 15".
_MINUTES_UNSAID = re.compile(r"\s*([0-9]{1,6})\s*(?:h|hrs?|hours?)\.?\s*([0-5]?[0-9])\s*", re.I)


def duration_words(
    text: str, raw: Any, found: re.Match[str] | None, units: Container[str] = ()
) -> str | None:
    """The message for `text` (`raw` folded to lower case; `found`: its reading,
    `written_form`), a duration no reader takes in a form a desk writes, with the form
    to write; None for any other text. `units`: the units a duration may name."""
    shown = shorten(str(raw))
    grouped = found is not None and found[3] and len(text) <= 40  # past 40, no duration
    if grouped and (number := figures_alone(found, ", ")) is not None:
        # "1,090", "1 090", as a spreadsheet or a French desk shows a number.
        return f"'{shown}' parts its thousands; write {number}"
    # With a unit after: "1,000 minutes" parts thousands, "1,5 hours" marks decimals.
    commas = _COMMA_FIGURES.fullmatch(text) if len(text) <= 40 else None
    if commas is not None and commas["unit"] in units:
        figures, unit = commas["n"], commas["unit"]
        if commas["thousands"]:
            return f"'{shown}' parts its thousands; write '{figures.replace(',', '')} {unit}'"
        return (
            f"'{shown}' marks its decimals with a comma; write '{figures.replace(',', '.')} "
            f"{unit}' if the comma marks the decimals"
        )
    if (primes := _PRIMES.fullmatch(text)) is not None:
        return (
            f"'{shown}' marks minutes and seconds with primes; write "
            f"'{int(primes[1])}m{int(primes[2])}s'"
        )
    if (prime := _PRIME.fullmatch(text)) is not None:
        minutes = shorten(prime[1])  # its decimals are not bounded
        return f"'{shown}' marks minutes with a prime ({prime[2]}); write '{minutes} min'"
    if (unsaid := _MINUTES_UNSAID.fullmatch(text)) is not None:
        return f"'{shown}' gives {unsaid[2]} no unit; write '{unsaid[1]}h{unsaid[2]}m'"
    return prose_duration_words(text, shown, units)


# A duration's number written with an exponent (`1e3 min`, as YAML writes a float) or in
# another base (`0x5A min`): its letter was taken for a unit, and "unknown unit 'e'"
# named a unit the text does not have.
_ODD_FIGURES = re.compile(
    r"\s*([0-9]+(?:\.[0-9]+)?e[-+]?[0-9]{1,6}|0[box][0-9a-f]{1,40}(?![0-9a-f]))\s*([a-z]+)?",
    re.IGNORECASE,
)


def figures_words(raw: Any, text: str, start: int) -> str:
    """The message for a duration's part at `start` of `text` (`raw` stripped, in lower
    case) whose number has an exponent or another base's prefix, or "" for any other."""
    found = _ODD_FIGURES.match(text, start)
    if found is None:
        return ""
    # The number and the word as the file writes them (`0x5A`, `Hours`), where folding
    # to lower case kept every position.
    written = str(raw).strip()
    if len(written) != len(text):
        written = text
    number = written[found.start(1) : found.end(1)]
    word = written[found.start(2) : found.end(2)] if found[2] else ""
    shown = shorten(str(raw))
    if (based := other_base(number)) is not None:
        name, value = based
        return f"'{shown}': {shorten(number)} is the {name} number {value}; {in_decimal(value)}"
    figures = _without_exponent(number)
    if figures is None:
        return f"'{shown}' is too large to be a plausible value"
    said = f"'{shown}' writes its number with an exponent ({shorten(number)})"
    if not figures:
        return f"{said}; write the number without one"
    return f"{said}; write " + (f"'{figures} {shorten(word)}'" if word else figures)


def _without_exponent(number: str) -> str | None:
    """`number`, written with an exponent (`1.5e2`), in plain figures (`150`); None past
    the size a number may be, "" where so small that its figures would run long."""
    exact = Decimal(number)
    if not math.isfinite(float(exact)) or abs(exact) > MAX_MAGNITUDE:
        return None
    if exact and exact.adjusted() < -15:
        return ""
    return format(exact.normalize(), "f")
