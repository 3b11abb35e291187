"""The form for a number a source gives vaguely, written as text.

"About 90 minutes", "~47", "85-95 min" and "at least 60" are how sources put what they
do not know exactly, and how a claim file's writer copies them; as text they are no
number (E106), and the message said only what a number looks like. The contract has a
form for each (DESIGN section 2): `{about: 90}`, `{from: 85, to: 95}`, `{from: 60}`,
`{to: 60}`. The note names the form, with the number in the property's unit.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from .base import ValueProblem, shown_number
from .duration_forms import is_clock_span, length_noun
from .number_forms import is_unit
from .value_parts import parted_form

__all__ = ["one_number", "vague_form"]

# Figures, grouped in thousands by commas or not ("300,000", as prose prints them).
_NUMBER = r"-?(?:[0-9]{1,3}(?:,[0-9]{3})+|[0-9]+)(?:\.[0-9]+)?"


def _led_by(words: str, space: str = r"\s+") -> re.Pattern[str]:
    """A text of `words` (a regular expression's alternatives), `space`, then the rest."""
    return re.compile(rf"\s*(?:{words}){space}(?P<rest>.+?)\s*\Z", re.IGNORECASE)


# "Nearly" and "just under" say how near, not which side: a value close to the number.
_ABOUT = _led_by(
    r"about|around|approximately|approx\.?|roughly|circa|ca\.|c\.|~|nearly|almost|close to"
    r"|just (?:under|over)",
    r"\s*",
)
# The same word after the number, as a listing adds it: "90 minutes approx", "90 min (c.)".
# Looked for in the last characters only, so that no run of spaces is scanned twice.
_ABOUT_AFTER = re.compile(
    r"[\s(,]*\b(?:about|approximately|approx\.?|roughly|circa|ca\.|c\.|or so)\s*\)?\s*\Z",
    re.IGNORECASE,
)
_ABOUT_TAIL = 24


def _about(text: str) -> str | None:
    """What `text` says is approximate, the word before it or after, or None."""
    if (found := _ABOUT.match(text)) is not None:
        return found["rest"]
    tail = text[-_ABOUT_TAIL:]
    after = _ABOUT_AFTER.search(tail)
    if after is None:
        return None
    rest = text[: len(text) - len(tail) + after.start()].strip()
    return rest or None


# "More than" and "over" too: the number is their bound, as near as an interval, which
# includes its ends, can say. ("Write the number alone, without 'over'" lost the bound.)
_AT_LEAST = _led_by(r"at least|no (?:less|fewer) than|more than|over|upwards of|in excess of")
# A number with a plus after it, as a count is printed: "4,200+", "90+ minutes".
_PLUS = re.compile(r"\s*(?P<rest>[0-9][0-9,.]*)\s*\+\s*(?P<unit>[^\s0-9+].*?)?\s*\Z")
# A number and its margin, as a listing or a measurement gives it: "90 minutes ± 5",
# "90 +/- 5 min", "1.5 hours plus or minus 10 minutes". White space is taken whole
# (`\s*+`) before a part that cannot start with it (as in `_DOUBT`): a run of spaces was
# tried again from each of its places, 7 ms a 100-character value.
_MARGIN = re.compile(
    r"\s*+(?P<n>.+?)\s*+(?:±|\+/-|\+-|plus or minus)\s*+(?P<within>[0-9]+(?:\.[0-9]+)?)"
    r"\s*(?P<unit>[^\s0-9].*?)?\s*\Z",
    re.IGNORECASE,
)
# A number and one word after it, its unit, which a margin without one shares.
_ONE_WORD = re.compile(r"\s*[0-9][0-9,.]*\s*(?P<word>[^\W\d]+)\.?\s*\Z")
# A unit made an adjective ("2-hour", as "two-hour" reads in figures), and its noun.
_ADJECTIVE = re.compile(r"\b([0-9]+(?:\.[0-9]+)?)-(second|minute|hour|day|week)\b(?!-)")
_AT_MOST = _led_by(r"at most|up to|no more than|less than|fewer than|under")
_BETWEEN = re.compile(
    rf"\s*(?:between\s+)?(?P<low>{_NUMBER})\s*(?:-|–|—|to|and)\s*(?P<high>{_NUMBER})"
    r"\s*(?P<unit>[^\s0-9].*?)?\s*\Z",
    re.IGNORECASE,
)
# A number and what follows it: its unit, or the property's ("47 years").
_WITH_UNIT = re.compile(rf"\s*(?P<n>{_NUMBER})\s*(?P<unit>.*?)\s*\Z")

# Numbers in words ("two hours", "ninety minutes", "twenty-two"), as an article prints
# them: read by no type, and the next step is the same text with the number in figures.
_UNITS = [
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
    "nineteen",
]  # fmt: skip
_TENS = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
_WORD_NUMBERS = {word: n for n, word in enumerate(_UNITS)}
_WORD_NUMBERS.update({word: 20 + 10 * n for n, word in enumerate(_TENS)})
_NUMBER_WORDS = re.compile(
    rf"\b(?P<tens>{'|'.join(_TENS)})(?:[- ](?P<unit>{'|'.join(_UNITS[1:10])}))?\b"
    rf"|\b(?P<alone>{'|'.join(_UNITS)})\b",
    re.IGNORECASE,
)

# A unit's one and its halves, as durations are said: "an hour and a half", "two and a
# half hours", "half an hour", "a half-hour", "an hour".
_UNIT_WORD = r"(?P<unit_word>hour|minute|day|week|year)s?"
_AND_A_HALF = re.compile(
    r"\b(?:an?|one)\s+(?P<unit_word>hour|minute|day|week|year)\s+and\s+a\s+half\b",
    re.IGNORECASE,
)
_N_AND_A_HALF = re.compile(
    rf"\b(?P<n>[0-9]+|{'|'.join(_UNITS[1:])})\s+and\s+a\s+half\s+{_UNIT_WORD}\b", re.IGNORECASE
)
_HALF = re.compile(
    r"\b(?:half\s+an?|an?\s+half[- ]?)\s*(?P<unit_word>hour|minute|day|week|year)\b",
    re.IGNORECASE,
)
_ONE = re.compile(rf"\ban?\s+{_UNIT_WORD}\b", re.IGNORECASE)
# Dozens, as counts are said: "a dozen", "half a dozen", "two dozen".
_DOZEN = re.compile(
    rf"\b(?:(?P<half>half\s+an?)|an?|(?P<n>[0-9]+|{'|'.join(_UNITS[1:])}))\s+dozen\b",
    re.IGNORECASE,
)


def _halves(text: str) -> tuple[str, int]:
    """`text` with its units said in words, halves ("an hour and a half") and dozens
    written in figures ("1.5 hours", "12"), and how many were."""

    def and_a_half(found: re.Match[str]) -> str:
        return f"1.5 {found['unit_word'].lower()}s"

    def n_and_a_half(found: re.Match[str]) -> str:
        n = found["n"].lower()
        whole = int(n) if n.isdigit() else _WORD_NUMBERS[n]
        return f"{whole}.5 {found['unit_word'].lower()}s"

    def half(found: re.Match[str]) -> str:
        return f"0.5 {found['unit_word'].lower()}s"

    def one(found: re.Match[str]) -> str:
        return f"1 {found['unit_word'].lower()}"

    def dozen(found: re.Match[str]) -> str:
        if found["half"]:
            return "6"
        n = (found["n"] or "1").lower()
        return str(12 * (int(n) if n.isdigit() else _WORD_NUMBERS[n]))

    total = 0
    for pattern, figures in (
        (_AND_A_HALF, and_a_half),
        (_N_AND_A_HALF, n_and_a_half),
        (_HALF, half),
        (_ONE, one),
        (_DOZEN, dozen),
    ):
        text, count = pattern.subn(figures, text)
        total += count
    return text, total


def _in_figures(text: str) -> str | None:
    """`text` with its numbers in words written in figures ("2 hours", "1.5 hours"), or
    None when it has none."""

    def figures(found: re.Match[str]) -> str:
        if found["alone"]:
            return str(_WORD_NUMBERS[found["alone"].lower()])
        units = _WORD_NUMBERS[found["unit"].lower()] if found["unit"] else 0
        return str(_WORD_NUMBERS[found["tens"].lower()] + units)

    halved, halves = _halves(text.strip())
    written, count = _NUMBER_WORDS.subn(figures, halved)
    return written if count + halves else None


# A doubt the writer marks with a question mark after the value: "47?", "about 90?".
_DOUBT = re.compile(r"\s*+(?P<rest>[^?]{1,80}?)\s*+\?{1,3}\s*\Z")
# An age by its decade, as prose gives one: "mid-40s", "in her early forties", "late
# 30s", "in his 50s"; each part of the decade as English usage splits it.
_DECADE = re.compile(
    r"\s*(?:in\s+(?:his|her|their|the)\s+)?(?:(?P<part>early|mid|late)(?:-|\s+)?)?"
    r"(?:(?P<tens>[1-9]0)[’']?s|(?P<word>twent|thirt|fort|fift|sixt|sevent|eight|ninet)ies)"
    r"\s*\Z",
    re.IGNORECASE,
)
_DECADE_WORDS = {
    stem: 20 + 10 * n
    for n, stem in enumerate(("twent", "thirt", "fort", "fift", "sixt", "sevent", "eight", "ninet"))
}
_DECADE_PARTS = {"early": (0, 3), "mid": (4, 6), "late": (7, 9), "": (0, 9)}

# Reads one value of the property (text or a number), raising ValueProblem.
Reader = Callable[[object], float]
# Past this many characters a text is no vague number ("about 90 minutes"). Each pattern
# above reads a part lazily before trailing white space, which over a run of spaces takes
# time growing as its square: 19,000 characters took 1.5 s for one value.
_LONGEST_VAGUE = 100


def vague_form(text: str, read: Reader, unit: str | None) -> str:
    """ "; write ..." naming the form for `text`, a vague number that `read` (the
    property's reader of one value, in `unit`) refused, or "" when it is no such number."""
    if len(text) > _LONGEST_VAGUE:
        return ""
    if (doubt := _DOUBT.fullmatch(text)) is not None:
        return _doubted(doubt["rest"], read, unit)
    if (decade := _decade(text, read, unit)) is not None:
        return f"; for an age the source gives by its decade, write {decade}"
    if (about := _about(text)) is not None:
        number = one_number(about, read, unit)
        if number is not None:
            return f"; for a value the source gives as approximate, write {{about: {number}}}"
    if (margin := _margin(text, read, unit)) is not None:
        return f"; for a value the source gives with a margin, write {margin}"
    if (found := _AT_LEAST.match(text) or _PLUS.match(text)) is not None:
        # The unit after the plus is the number's: "90+ minutes" is 90 minutes or more.
        after = found["unit"] if found.re is _PLUS and found["unit"] else ""
        number = one_number(f"{found['rest']} {after}".strip(), read, unit)
        if number is not None:
            return f"; for a value the source gives as a minimum, write {{from: {number}}}"
    if (found := _AT_MOST.match(text)) is not None:
        number = one_number(found["rest"], read, unit)
        if number is not None:
            return f"; for a value the source gives as a maximum, write {{to: {number}}}"
    if (figures := _in_figures(text)) is not None:
        figures = _ADJECTIVE.sub(_noun, figures)  # "two-hour": '2 hours'
        number = one_number(figures, read, unit)
        if number is not None:
            # As written where the type reads the text ("2 hours"), else the number alone
            # (an age's "47 years" is written 47).
            shown = f"'{figures}'" if figures != number and _reads(figures, read) else number
            return f"; write the number in figures: {shown}"
        return vague_form(figures, read, unit)  # "about ninety minutes": {about: 90}
    if (found := _BETWEEN.match(text)) is not None and not is_clock_span(text):
        written = f" {found['unit']}" if found["unit"] else ""
        low = one_number(found["low"] + written, read, unit)
        high = one_number(found["high"] + written, read, unit)
        if low is not None and high is not None:
            return f"; for a range, write {{from: {low}, to: {high}}}"
    return parted_form(
        text,
        lambda part: one_number(part, read, unit),
        lambda part: vague_form(part, read, unit),
        lambda part: _refusal(part, read),
    )


def _doubted(text: str, read: Reader, unit: str | None) -> str:
    """The next step for `text` written with a question mark after it: the value
    without it, and the doubt in the claim's note; "" where `text` is no value."""
    if (number := one_number(text, read, unit)) is not None:
        return (
            f"; the question mark is no part of the value: write {number}, and the doubt "
            "in the claim's note"
        )
    step = vague_form(text, read, unit)
    return f"{step}, and the question mark's doubt in the claim's note" if step else ""


def _decade(text: str, read: Reader, unit: str | None) -> str | None:
    """`{from: 44, to: 46}` for an age given by its decade ("mid-40s"), where the
    property counts years; None for any other text or property."""
    found = _DECADE.fullmatch(text)
    if found is None or not is_unit("years", unit):
        return None
    tens = int(found["tens"]) if found["tens"] else _DECADE_WORDS[found["word"].lower()]
    first, last = _DECADE_PARTS[(found["part"] or "").lower()]
    low, high = one_number(str(tens + first), read, unit), one_number(str(tens + last), read, unit)
    return None if low is None or high is None else f"{{from: {low}, to: {high}}}"


def _refusal(text: str, read: Reader) -> str:
    """The message refusing `text` as a value, or "" where it reads."""
    try:
        read(text)
    except ValueProblem as problem:
        return problem.message
    return ""


def _margin(text: str, read: Reader, unit: str | None) -> str | None:
    """`{about: N, within: M}` for `text`, a number and its margin, each in the
    property's unit; a margin without a unit takes the number's ("90 minutes ± 5"), and
    a unit after the margin alone is both's ("90 ± 5 minutes"). None for other text."""
    found = _MARGIN.match(text)
    if found is None:
        return None
    number, within, after = found["n"], found["within"], found["unit"]
    if after:
        if re.fullmatch(_NUMBER, number):  # "90 ± 5 minutes": both in minutes
            number = f"{number} {after}"
        within = f"{within} {after}"
    elif (word := _ONE_WORD.fullmatch(number)) is not None:
        within = f"{within} {word['word']}"
    about, spread = one_number(number, read, unit), one_number(within, read, unit)
    # A margin as large as the number is no margin of it ("2 hours ± 5" read as 5 hours).
    if about is None or spread is None or float(spread) >= abs(float(about)):
        return None
    return f"{{about: {about}, within: {spread}}}"


def _noun(found: re.Match[str]) -> str:
    return length_noun(found[1], found[2])


def _reads(text: str, read: Reader) -> bool:
    try:
        read(text)
    except ValueProblem:
        return False
    return True


def one_number(text: str, read: Reader, unit: str | None) -> str | None:
    """`text` as one value of the property, in its unit, or None when it is none: read
    as written (a duration with its unit), else as its number where what follows the
    number is nothing, a percent sign or the property's unit ("47 years")."""
    for candidate in _candidates(text, unit):
        try:
            value = read(candidate)
        except ValueProblem:
            continue
        return shown_number(value)
    return None


def _candidates(text: str, unit: str | None) -> list[object]:
    found = _WITH_UNIT.match(text)
    if found is None:
        return [text]
    word = found["unit"].lower()
    if word not in ("", "%") and not is_unit(word, unit):
        return [text]
    number = float(found["n"].replace(",", ""))
    return [text, int(number) if number.is_integer() else number]
