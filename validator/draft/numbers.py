"""Numbers, percentages and durations as articles write them.

Each pattern is a regular expression a cue's slot is matched with, and each parser turns
what it matched into a claim value in the form DESIGN.md section 2 gives: a bare number,
or a duration string ("2 hours", "90 min", "1h30m") that keeps the words' own unit.
"""

from __future__ import annotations

import re

__all__ = [
    "DURATION",
    "INTEGER",
    "NUMBER",
    "PERCENT",
    "SCALED",
    "claims_no_value",
    "on_a_scale",
    "one_end_of_range",
    "parse_duration",
    "parse_integer",
    "parse_number",
    "parse_percent",
    "without_about",
]

_UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19,
}  # fmt: skip
_TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}  # fmt: skip
# A hyphen or a space between a number's words and before its unit: a no-break space
# too, which pages put between a number and its unit ("90&nbsp;minutes").
_JOIN = "[- \u00a0\u202f]"
_WORD = (
    r"(?:(?:"
    + "|".join(_TENS)
    + r")(?:"
    + _JOIN
    + r"(?:"
    + "|".join(k for k in _UNITS if k != "zero")
    + r"))?|"
    + "|".join(sorted(_UNITS, key=len, reverse=True))
    + r")"
)
# Thousands parted by commas, as news style writes them ("1,149 metres", "12,000 fans").
_GROUPED = r"\d{1,3}(?:,\d{3}){1,2}"
# A figure scaled by a word, as news style writes large amounts ("£4.2 million", "12
# thousand fans"): the figure alone is not the amount, so no pattern ends at it, and a
# number or integer slot reads it whole (`SCALED`).
_SCALES = {"thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000}
_SCALE = r"(?i:" + "|".join(_SCALES) + r")(?![\w])"
_UNSCALED = rf"(?!{_JOIN}+{_SCALE})"
INTEGER = r"(?<![\w.,])(?:" + _GROUPED + r"|\d{1,4}|(?i:" + _WORD + r"))(?![\w]|[.,]\d)" + _UNSCALED
NUMBER = r"(?<![\w.,])(?:" + _GROUPED + r"|\d{1,6})(?:\.\d{1,3})?(?![\w]|[.,]\d)" + _UNSCALED
SCALED = rf"(?<![\w.,])\d{{1,3}}(?:\.\d{{1,3}})?{_JOIN}+{_SCALE}"
# "per cent" as a word of its own: "45 percentage points" and "the 45 percentile"
# are no percentages.
PERCENT = r"(?<![\w.,])\d{1,3}(?:\.\d{1,2})?\s?(?:%|(?i:per\s?cent)(?![\w]))"
_COUNT = r"(?:\d{1,4}(?:\.\d{1,2})?|(?i:an?|" + _WORD + r"))"
# The units a duration is written in, read by the pattern and by `parse_duration` alike.
_DURATION_UNITS = "minutes?|mins?|hours?|hrs?|days?|weeks?"
_UNIT = rf"(?i:{_DURATION_UNITS})"
# Words making a duration approximate: "about 90 minutes", "around an hour and a half",
# "just over 90 minutes", "nearly two hours".
_ABOUT = re.compile(
    r"(?i:about|around|approximately|roughly|nearly|almost|just\s{1,3}(?:over|under))\s+"
)
# A count before "hour-long" and things in the plural is how many there are, each as long
# as the unit: "seven hour-long episodes" is no seven hours.
_EACH_LONG = rf"(?!{_JOIN}long\s{{1,3}}[a-z]{{1,30}}s(?![\w]))"
DURATION = (
    r"(?<![\w])(?:" + _ABOUT.pattern + r")?(?:"
    # "an hour and a half", and after a possessive "its hour and a half".
    r"(?i:(?:an?\s+)?hour\s+and\s+a\s+half|one\s+and\s+a\s+half\s+hours|half\s+an\s+hour)"
    # "a half-hour film"; "hour" alone only before "long" ("the hour-long drama").
    rf"|(?i:half{_JOIN}hour|hour(?={_JOIN}long(?![\w])))"
    # "2h 30m", and as a listing prints it, "2hr 30min", "2hrs 30mins".
    r"|\d{1,2}\s?(?i:h|hrs?)\s?\d{1,2}\s?(?i:m|mins?)"
    # Hours and minutes in words: "one hour and 32 minutes", "1 hour, 32 minutes".
    rf"|{_COUNT}{_JOIN}(?i:hours?|hrs?)(?:,?\s+(?i:and)\s+|,\s*|\s+){_COUNT}{_JOIN}(?i:minutes?|mins?)"
    r"|"
    + _COUNT
    + rf"(?:{_JOIN}and{_JOIN}a{_JOIN}half)?{_JOIN}"
    + _UNIT
    + _EACH_LONG
    + r")(?![\w])"
)


def _word_number(text: str) -> int | None:
    text = text.lower().strip()
    if re.fullmatch(_GROUPED, text):
        text = text.replace(",", "")
    if text.isdigit():
        return int(text)
    if text in ("a", "an"):
        return 1
    if text in _UNITS:
        return _UNITS[text]
    parts = re.split(_JOIN, text)
    if parts[0] in _TENS:
        extra = _UNITS.get(parts[1], -1) if len(parts) == 2 else 0
        return _TENS[parts[0]] + extra if extra >= 0 else None
    return None


def parse_integer(text: str) -> int | None:
    scaled = _scaled(text)
    if scaled is not None:
        return int(scaled) if float(scaled).is_integer() else None
    return _word_number(text)


def parse_number(text: str) -> int | float | None:
    scaled = _scaled(text)
    if scaled is not None:
        return scaled
    if re.match(_GROUPED, text):
        text = text.replace(",", "")
    try:
        value = float(text)
    except ValueError:
        return None
    return int(value) if value.is_integer() else value


_JOINS = re.compile(_JOIN + "+")  # what parts a figure from its scale word


def _scaled(text: str) -> int | None:
    """The amount a figure and its scale word give ("4.2 million" is 4,200,000), or None
    for text of another form. Worked out in whole units, so that 4.2 million is
    4200000 and not 4200000.000000001."""
    parts = _JOINS.split(text.strip())
    if len(parts) != 2 or parts[1].lower() not in _SCALES:
        return None
    whole, _, fraction = parts[0].partition(".")
    if not whole.isdigit() or (fraction and not fraction.isdigit()):
        return None
    scale = _SCALES[parts[1].lower()]
    places: int = 10 ** len(fraction)
    part, rest = divmod(int(fraction or "0") * scale, places)
    if rest:
        return None  # finer than a unit: no amount of whole units
    return int(whole) * scale + part


def parse_percent(text: str) -> int | float | None:
    match = re.match(r"\d{1,3}(?:\.\d{1,2})?", text)
    return parse_number(match.group(0)) if match else None


# Hours and minutes, as `parse_duration` reads them after lowering and spacing them.
_HOURS_AND_MINUTES = re.compile(
    r"(?P<hours>.+? (?:hours?|hrs?))(?:,? and |, ?| )(?P<minutes>.+? (?:minutes?|mins?))"
)


def parse_duration(text: str) -> str | None:
    """A duration string in the article's own unit: "two-hour" is "2 hours"."""
    low = " ".join(text.lower().replace("-", " ").split())
    if low in (
        "an hour and a half",
        "a hour and a half",
        "hour and a half",
        "one and a half hours",
    ):
        return "90 min"
    if low in ("half an hour", "half hour"):
        return "30 min"
    if low == "hour":
        return "1 hour"
    compact = re.fullmatch(r"(\d{1,2}) ?(?:h|hrs?) ?(\d{1,2}) ?(?:m|mins?)", low)
    if compact:
        return f"{int(compact.group(1))}h{int(compact.group(2))}m"
    both = _HOURS_AND_MINUTES.fullmatch(low)
    if both:
        in_hours, in_minutes = (parse_duration(both.group(n)) for n in ("hours", "minutes"))
        if in_hours is None or in_minutes is None or not in_hours.split()[0].isdigit():
            return None
        return f"{in_hours.split()[0]}h{in_minutes.split()[0]}m"
    match = re.fullmatch(rf"(.+?) (and a half )?({_DURATION_UNITS})", low)
    if not match:
        return None
    count_text = match.group(1)
    count: float | None
    try:
        count = float(count_text)
    except ValueError:
        count = _word_number(count_text)
    if count is None:
        return None
    if match.group(2):
        count += 0.5
    unit = match.group(3)
    hours = unit.startswith("h")
    whole = float(count).is_integer()
    if hours and not whole:
        return f"{round(count * 60)} min"
    shown = int(count) if whole else count
    if hours or unit.startswith(("d", "w")):
        # "three weeks" of filming is "3 weeks", as the words have it.
        name = "hour" if hours else unit.rstrip("s")
        return f"{shown} {name}" if shown == 1 else f"{shown} {name}s"
    return f"{shown} min"


def without_about(text: str) -> tuple[str, bool]:
    """The duration's words without a leading "about", and whether it had one."""
    found = _ABOUT.match(text)
    return (text[found.end() :], True) if found else (text, False)


# One end of a range the article gives: "eight to ten hours", "8-10 hours", "three or
# four days", "between 2013 and 2015", "2013 to 2015". The slot holds that end alone,
# which the article does not claim: the range is the reviewer's to record.
_A_NUMBER = rf"(?:\d[\d,.]*|(?i:{_WORD}))"
_RANGE_BEFORE = re.compile(
    rf"(?<![\w.,])(?:(?i:between)\s+{_A_NUMBER}\s+(?i:and)|{_A_NUMBER}\s*(?:[-–]|(?i:to|or)))\s*$"
)
_RANGE_AFTER = re.compile(rf"\s*(?:[-–]|(?i:to|or|and)\s)\s*{_A_NUMBER}(?![\w])")
_BETWEEN = re.compile(r"(?<![\w])(?i:between|from)\s+$")


def one_end_of_range(text: str, start: int, end: int) -> bool:
    """Whether the value at text[start:end] is one end of a range: a number and "to",
    "or" or a dash before it, or "between", a number and "and"; or, after "between" or
    "from", "and" or "to" and a number after it."""
    before = text[max(0, start - 40) : start]
    if _RANGE_BEFORE.search(before):
        return True
    return bool(_BETWEEN.search(before) and _RANGE_AFTER.match(text, end))


# A mark out of a scale: "4/5", "8 out of 10", a critic's rating. Either number alone is
# no claim the article makes; the rating is listed for the reviewer (see unplaced).
_OUT_OF = r"(?:/|(?i:out\s+of)(?![\w]))"
_SCALE_AFTER = re.compile(rf"\s*{_OUT_OF}\s*\d")
_SCALE_BEFORE = re.compile(rf"\d(?:\.\d+)?\s*{_OUT_OF}\s*$")


def on_a_scale(match: re.Match[str], slot: str) -> bool:
    """Whether the value in the cue's `slot` is either number of a mark out of a scale
    ("4/5", "4 out of 5"), which the cue's own words do not take in: a cue "{value}/5"
    or "rated {value} out of 5" says the number is the mark, "{value} stars" does not."""
    text, (start, end) = match.string, match.span(slot)
    after = _SCALE_AFTER.match(text, end)
    if after is not None and after.end() > match.end():
        return True
    return _SCALE_BEFORE.search(text, max(0, start - 20), start) is not None


# A bound, not a value: "nearly 90%", "more than two hours", "at least 12".
_BOUND = re.compile(
    r"(?<![\w])(?i:nearly|almost|close\s+to|more\s+than|less\s+than|fewer\s+than|at\s+least"
    r"|at\s+most|up\s+to|just\s+(?:over|under)|upwards\s+of|in\s+excess\s+of)\s+$"
)


def claims_no_value(match: re.Match[str], slot: str) -> bool:
    """Whether the words in the cue's `slot` are no value the article claims: one end of
    a range, either number of a mark out of a scale, or a bound ("Nearly 90% of the
    audience"), where the cue's own words do not take in the bound's ("more than
    {value}" says the article claims the bound)."""
    text, (start, end) = match.string, match.span(slot)
    if one_end_of_range(text, start, end) or on_a_scale(match, slot):
        return True
    bound = _BOUND.search(text, max(0, start - 30), start)
    return bound is not None and bound.start() < match.start()
