"""Numbers written as a newsroom's own habits write them, each with the form to write: money
with its currency sign (`£295`, `$370`, `£48.5m`), a decimal comma (`74,5 %`), points
parting thousands (`4.212`, `1.234.567`), "none" for a count of nothing, a score out of
a scale (`4/5`, "8 out of 10"), an ordinal in words ("third") and a Roman numeral for a
whole number ("phase III"). Like
`number_forms`, this only words the next step of an E106; it reads no value.
"""

from __future__ import annotations

import math
import re

from validator.model.typography import shorten

from .base import MAX_MAGNITUDE

__all__ = [
    "calendar_count",
    "currency_code",
    "decimal_comma",
    "habit_words",
    "is_score",
    "points_parting_thousands",
    "scaled_unit",
]

# A currency's sign, and the words a dataset's unit may name the currency by.
_CURRENCIES = {
    "£": ("pounds", "pound", "gbp", "sterling"),
    "$": ("dollars", "dollar", "usd"),
    "€": ("euros", "euro", "eur"),
    "¥": ("yen", "jpy", "yuan", "cny", "rmb"),
    "₹": ("rupees", "rupee", "inr"),
}
# Words (and a newsroom's short forms) that scale a sum of money: "£48.5m", "$1.2bn".
_SCALES = {
    "k": 1e3,
    "thousand": 1e3,
    "m": 1e6,
    "mn": 1e6,
    "million": 1e6,
    "b": 1e9,
    "bn": 1e9,
    "billion": 1e9,
}
# A sum of money: an optional country's letters before the sign (US$, A$), the sign, the
# figures (thousands parted by commas or not) and a word scaling them. Bounded: a value
# of 20,000 characters is matched once, each run of digits by one quantifier.
_MONEY = re.compile(
    r"\s*(?:[A-Z]{1,3})?(?P<sign>[£$€¥₹])\s*"
    r"(?P<n>[0-9]{1,3}(?:,[0-9]{3})+(?:\.[0-9]+)?|[0-9]+(?:\.[0-9]+)?)"
    r"\s*(?P<scale>[a-z]+)?\.?\s*\Z",
    re.IGNORECASE,
)
# A decimal comma, as much of Europe writes a fraction: "74,5", "74,5 %". A comma before
# three figures parts thousands ("4,478"), which `number_forms` reads.
_DECIMAL_COMMA = re.compile(r"\s*(-?[0-9]{1,15}),([0-9]{1,2}|[0-9]{4,15})\s*(%?)\s*\Z")
# Points parting thousands, as much of Europe writes a count: "4.212", "1.234.567".
_POINTS = re.compile(r"\s*(-?[0-9]{1,3}(?:\.[0-9]{3})+)\s*\Z")
# The words a source gives for a count of nothing.
_NONE = re.compile(
    r"\s*(?:none|nil|nobody|no one|not one|not a single one|no\s+(?P<unit>[a-z]+))\s*\Z", re.I
)
# A Roman numeral, as a trial's phase or a monarch's number is written ("III", "phase
# III"), after a word naming what it counts or not.
_ROMAN = re.compile(r"\s*(?:(?P<word>[a-z]+)\s+)?(?P<numeral>[ivxlc]{1,9})\s*\Z", re.I)
_ROMAN_VALUES = {"i": 1, "v": 5, "x": 10, "l": 50, "c": 100}


def _scale_of(unit: str | None) -> float:
    """The scale a unit holds ("million pounds": a million), or 1."""
    words = (unit or "").lower().split()
    return next((_SCALES[w] for w in words if w in _SCALES and len(w) > 2), 1.0)


def _figures(value: float) -> str | None:
    """`value` as the figures to write, or None past the size a number may be."""
    if not math.isfinite(value) or abs(value) > MAX_MAGNITUDE:
        return None
    return f"{value:.15g}"


def _money_words(raw: str, unit: str | None) -> str | None:
    """The next step for a sum written with its currency's sign (`£295`, `£48.5m`), or
    None for any other text. In the property's own currency, the number in its unit;
    in another, the number alone, which only the writer can convert."""
    found = _MONEY.fullmatch(raw) if len(raw) <= 100 else None
    if found is None:
        return None
    scale = 1.0
    if found["scale"]:
        scale_word = found["scale"].lower()
        if scale_word not in _SCALES:
            return None
        scale = _SCALES[scale_word]
    sign = found["sign"]
    own = (unit or "").lower().split()
    if unit is not None and not any(word in own for word in _CURRENCIES[sign]):
        return f"; write the number in {unit} alone, without '{sign}'"
    number = _figures(float(found["n"].replace(",", "")) * scale / _scale_of(unit))
    if number is None:
        return None
    if unit is None:
        return f"; write {number}, without '{sign}'"
    if scale == 1.0 and _scale_of(unit) == 1.0:
        return f"; write {number}: the property's unit is {unit}"
    return f"; write {number}, the number in {unit}"


def decimal_comma(raw: str, percent: bool) -> str | None:
    """The next step for a number written with a decimal comma (`74,5`, and `74,5 %`
    where `percent`), or None for any other text."""
    found = _DECIMAL_COMMA.fullmatch(raw)
    if found is None or (found[3] and not percent):
        return None
    return f"; write {found[1]}.{found[2]}, with a decimal point, if the comma marks the decimals"


def points_parting_thousands(written: str, whole: bool) -> str | None:
    """The next step for a number whose thousands are parted by points: `1.234.567`, and
    `4.212` where a whole number is expected (elsewhere a fraction, as written), or None
    for any other text."""
    found = _POINTS.fullmatch(written)
    if found is None:
        return None
    number = found[1].replace(".", "")
    if found[1].count(".") > 1:
        return f"; write {number}: the points part its thousands"
    if not whole:
        return None
    low = math.floor(float(found[1]))
    return (
        f"; write {number} if the point parts thousands ({shorten(found[1])} for "
        f"{int(number):,}), else a whole number such as {low} or {low + 1}"
    )


def _zero_words(raw: str, unit: str | None) -> str | None:
    """The next step for "none" or "nil" as a count, or "no" and the property's unit
    ("no deaths"; "no data" says nothing of the count), or None for any other text."""
    found = _NONE.fullmatch(raw)
    if found is None:
        return None
    word, own = (found["unit"] or "").lower(), (unit or "").lower()
    if word and word not in (own, own.removesuffix("s")):
        return None
    return "; write 0, if the source means none at all"


# A score out of a scale, as a review gives it: "4/5", "8 out of 10".
_SCORE = re.compile(r"\s*([0-9]{1,6}(?:\.[0-9]{1,6})?)\s*(?:/|out of)\s*([0-9]{1,6})\s*", re.I)
# The scales a score is given out of: stars, marks out of ten or twenty, a percentage.
# Figures over another ("47/48", "90/95") are two values a source gives, not a score.
_SCORE_SCALES = frozenset({3, 4, 5, 6, 7, 10, 20, 100})


def is_score(raw: str) -> bool:
    """Whether `raw` is written as a score: figures out of one of the scales scores are
    given out of ("4/5", "7.5 / 10", "8 out of 10", "6/5"), or out of nothing ("3/0")."""
    match = _SCORE.fullmatch(raw)
    return match is not None and (int(match[2]) in _SCORE_SCALES or int(match[2]) == 0)


def _score_words(raw: str) -> str | None:
    """The next step for a whole score out of a scale where a number goes: the score,
    where the property counts on that scale (the dataset's own words say whether)."""
    match = _SCORE.fullmatch(raw)
    if match is None or "." in match[1] or not is_score(raw):
        return None
    score, scale = int(match[1]), int(match[2])
    if scale == 0 or score > scale:  # "0/0", "6/5": no score out of a scale
        return None
    return f"; it is a score out of {scale}: write {score} if the property counts out of {scale}"


# A rating drawn in stars, as a review prints it: "★★★★☆", "****". Filled stars count.
_STARS = re.compile(r"\s*([★⭐✭✮✯*]{1,20})([☆✰]{0,20})\s*")


def _star_words(raw: str) -> str | None:
    """The next step for a rating drawn in stars ("★★★★☆"): the number of filled ones,
    and the scale the empty ones make. It was told only "expected a whole number"."""
    match = _STARS.fullmatch(raw)
    if match is None:
        return None
    filled, scale = len(match[1]), len(match[1]) + len(match[2])
    out_of = f" out of {scale}" if match[2] else ""
    return f"; it is {filled} star{'s' if filled > 1 else ''}{out_of}: write {filled}"


# Ordinals in words, as prose gives a place in a series or a ranking: "the third".
_ORDINAL_WORDS = (
    "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
    "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
    "seventeenth", "eighteenth", "nineteenth", "twentieth",
)  # fmt: skip
_ORDINALS = {word: n for n, word in enumerate(_ORDINAL_WORDS, 1)}
_ORDINAL = re.compile(r"\s*(?:the\s+)?([a-z]{4,11})\s*", re.I)


def _ordinal_words(raw: str) -> str | None:
    """The next step for an ordinal in words ("third"): its number in figures."""
    match = _ORDINAL.fullmatch(raw)
    number = None if match is None else _ORDINALS.get(match[1].lower())
    return None if number is None else f"; write {number}: an ordinal is written as its number"


def _roman(numeral: str) -> int | None:
    """A Roman numeral's value where it is written as the numeral of that value is
    (`IV`, not `IIII` nor `IIV`), or None."""
    values = [_ROMAN_VALUES[c] for c in numeral.lower()]
    total = sum(-v if v < after else v for v, after in zip(values, [*values[1:], 0], strict=True))
    if total <= 0:
        return None
    ones = ["", "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix"]
    tens = ["", "x", "xx", "xxx", "xl", "l", "lx", "lxx", "lxxx", "xc", "c"]
    canonical = tens[total // 10] + ones[total % 10] if total <= 100 else ""
    return total if canonical == numeral.lower() else None


def _roman_words(raw: str, whole: bool) -> str | None:
    """The next step for a whole number written as a Roman numeral ("III", "phase III"),
    or None for any other text."""
    found = _ROMAN.fullmatch(raw) if whole and len(raw) <= 40 else None
    number = _roman(found["numeral"]) if found is not None else None
    if found is None or number is None:
        return None
    word = f", without '{found['word']}'" if found["word"] else ""
    return f"; write {number}{word}, if {found['numeral']} is the Roman numeral"


def scaled_unit(number: str, unit: str | None) -> str | None:
    """The next step for figures parted by separators (`48,500,000`) where the unit holds
    a scale ("million pounds") they are past: likely the sum in the unit's own units
    (pounds), to be divided; None where the unit holds no scale or the sum is smaller."""
    scale = _scale_of(unit)
    value = float(number)
    if scale == 1.0 or abs(value) < scale:
        return None
    scaled = _figures(value / scale)
    if scaled is None:
        return None
    rest = " ".join(w for w in (unit or "").split() if w.lower() not in _SCALES)
    return (
        f"; write {scaled}, the number in {unit}, if the source's figure is in {rest or 'units'}"
        f" (else {number}, without separators or quotes)"
    )


def habit_words(raw: str, unit: str | None, whole: bool) -> str:
    """The next step for a text a newsroom's habit made no number (money, a decimal comma,
    points parting thousands, "none"), or ""."""
    return (
        _money_words(raw, unit)
        or decimal_comma(raw, percent=False)
        or points_parting_thousands(raw, whole)
        or _zero_words(raw, unit)
        or _score_words(raw)
        or _star_words(raw)
        or _ordinal_words(raw)
        or _roman_words(raw, whole)
        or ""
    )


# Months in each word a count of years or months is written with ("1 year" for a count in
# months is 12 exactly, as "1 hour" is 60 minutes; a duration's years are not exact).
_MONTHS = {
    **dict.fromkeys(("year", "years", "yr", "yrs"), 12),
    **dict.fromkeys(("month", "months", "mo", "mos"), 1),
}


def calendar_count(number: str, word: str, unit: str | None) -> str | None:
    """The next step for a count of years written where the unit is months, or of
    months where it is years, where it comes to a whole number (`1 year` in months is
    12); None for any other."""
    given, own = _MONTHS.get(word.lower()), _MONTHS.get((unit or "").lower())
    if given is None or own is None:
        return None
    if given == own:  # "12mo" where the unit is months: its own unit, in short
        return f"; write {number}: the property's unit is {unit}"
    value = float(number) * given / own
    if not value.is_integer() or abs(value) > MAX_MAGNITUDE:
        return None
    return (
        f"; write {int(value)}: the property's unit is {unit}, and {number} {word} is {int(value)}"
    )


def currency_code(number: str, word: str, unit: str | None) -> str | None:
    """The next step for a sum written with its currency's code where the property's unit
    names that currency (`GBP 295`, `295 GBP` where the unit is pounds), or None."""
    code, own = word.lower(), (unit or "").lower().split()
    if _scale_of(unit) != 1.0:  # "295 GBP" in million pounds: told to convert, as before
        return None
    for names in _CURRENCIES.values():
        if code in names and any(name in own for name in names):
            return f"; write {number}: the property's unit is {unit}"
    return None
