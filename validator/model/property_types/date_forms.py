"""Dates written the way a desk writes them rather than the way factlint reads them:
"8 December 2022", "Dec 2022", "08/12/2022", "2022-12-08 21:00", a date typed with a
word processor's dashes ("2022\u201112\u201108"), a period as ISO 8601 writes one
("2022-12-01/2022-12-08"). Each is still refused (a date is written one way, so that
every claim file reads alike), but with the form to write, worked out from the text:
"is not a date" left the writer to find it, and a date typed with a non-breaking
hyphen looks on screen exactly like the form the message asked for.
"""

from __future__ import annotations

import re
import unicodedata

from validator.model.typography import shorten

from .date_figures import figure_days, figures_and_time, figures_words, real_date
from .date_periods import period_words

__all__ = ["MONTH_NAMES", "NO_YEAR", "TIME_ZONE", "weekday_number", "written_otherwise"]


MONTH_NAMES = (
    "january", "february", "march", "april", "may", "june", "july", "august",
    "september", "october", "november", "december",
)  # fmt: skip
# A month by its name or its first three letters ("Sept" too), in any case.
_MONTHS = {name: n for n, name in enumerate(MONTH_NAMES, 1)}
_MONTHS.update({name[:3]: n for name, n in list(_MONTHS.items())})
_MONTHS["sept"] = 9

# A weekday in full or short ("Thursday", "Thu", "Thurs", "Weds"), and opening a date.
_WEEKDAY_WORD = r"(?:mon|tues?|wed(?:nes|s)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?"
_WEEKDAY = rf"(?:{_WEEKDAY_WORD}\.?,?\s+)?"
_WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
_ORDINAL = r"(?:st|nd|rd|th)?"
# "8 December 2022", "Thursday 8th Dec. 2022", "December 8, 2022", "Dec 2022".
_IN_WORDS = re.compile(
    _WEEKDAY + r"(?:(?P<d1>[0-9]{1,2})" + _ORDINAL + r"\s+(?P<m1>[a-z]+)\.?,?\s+(?P<y1>[0-9]{4})"
    r"|(?P<m2>[a-z]+)\.?\s+(?:(?P<d2>[0-9]{1,2})" + _ORDINAL + r",?\s+)?(?P<y2>[0-9]{4}))\Z",
    re.IGNORECASE,
)
# A day and month in words with no year, as an article names a day of its own year:
# "12 April", "Friday 12th April", "April 12".
_NO_YEAR = re.compile(
    _WEEKDAY + r"(?:(?P<d1>[0-9]{1,2})" + _ORDINAL + r"\s+(?P<m1>[a-z]+)\.?"
    r"|(?P<m2>[a-z]+)\.?\s+(?P<d2>[0-9]{1,2})" + _ORDINAL + r")\Z",
    re.IGNORECASE,
)
# The year first, its parts parted otherwise than by hyphens, as East Asian dates and
# some systems write them: 2022/12/08, 2022.12.08. Year, month, day: it reads one way.
_YEAR_FIRST = re.compile(r"([0-9]{4})([/.])([0-9]{1,2})\2([0-9]{1,2})\Z")
# A time zone after a time: "Z", an offset ("+00:00", "-0500") or letters ("GMT", "BST",
# "UTC+1"); not "AM" or "PM", which say which half of the day a 12-hour time is in.
TIME_ZONE = (
    r"Z|[+-][0-9]{2}(?::?[0-9]{2})?"
    r"|(?!AM\b|PM\b)[A-Z]{2,5}(?:[+-][0-9]{1,2}(?::?[0-9]{2})?)?"
)
# A space before the time, as a spreadsheet or a database prints a date-time, often to
# the second ("2022-12-08 21:00:00"), which was told only "is not a date", or with its
# time zone ("2022-12-08 21:00:00 +0100", "... UTC", "... BST").
_SPACED_TIME = re.compile(
    r"([0-9]{4}-[0-9]{2}-[0-9]{2})\s+([0-9]{2}:[0-9]{2})(:[0-9]{2}(?:\.[0-9]+)?)?"
    r"(?:\s*(" + TIME_ZONE + r"))?\Z"
)
# A time zone after a date and time in another form than ISO 8601's: "... 9pm GMT".
_ZONED = re.compile(r"(?P<rest>.*?(?:[0-9]|[apAP]\.?[mM]\.?))\s*(?P<zone>" + TIME_ZONE + r")\Z")
_A_TIME = re.compile(r"T[0-9]{2}:[0-9]{2}")
# A month or day written with one figure ("2022-12-8"), as people write them by hand.
_SHORT_PARTS = re.compile(r"([0-9]{4})-([0-9]{1,2})(?:-([0-9]{1,2}))?\Z")
_ISO = re.compile(r"[0-9]{4}(?:-[0-9]{2}(?:-[0-9]{2}(?:T[0-9]{2}:[0-9]{2})?)?)?\Z")
# Dashes a word processor or a web page types where a date has a hyphen-minus.
_DASHES = "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d"


def written_otherwise(raw: object) -> str | None:
    """What to write instead of `raw`, a date in one of the forms above, as the end of
    a message that opens with the text quoted; None for anything else, and wherever the
    form to write would not be a real date (advice must not lead to another error). A
    date and time in one of them may end in a time zone ("Thu 8 Dec 2022, 21:00 GMT"):
    told the date-time without it."""
    if not isinstance(raw, str) or len(raw) > 100:
        return None
    words = _otherwise(raw)
    zoned = _ZONED.match(raw.strip()) if words is None else None
    if zoned is None:
        return words
    inner, shown = _otherwise(zoned["rest"]), f"'{shorten(zoned['rest'])}' "
    if inner is None or not inner.startswith(shown) or not _A_TIME.search(inner):
        return None
    return (
        f"'{shorten(raw)}' {inner[len(shown) :]}, the time as the source gives it and "
        f"without its time zone ({zoned['zone']}): factlint's dates and times have none"
    )


def _otherwise(raw: str) -> str | None:
    """`written_otherwise` for the forms above, none with a time zone after its time."""
    text = raw.strip()
    shown = f"'{shorten(raw)}'"
    for words in (
        _dashes(text),
        _spaced(text),
        _period(text),
        _spelled_period(text),
        _short_parts(text),
        _time_alone(text),
        period_words(text),
        _hour_alone(text),
        _words_and_time(text),
        _header_date(text),
        _part_of(text),
    ):
        if words is not None:
            return f"{shown} {words}"
    match = _IN_WORDS.match(text)
    if match is not None:
        iso = _from_words(match)
        return None if iso is None else f"{shown} is a date in words; write it as {iso}"
    match = _NO_YEAR.match(text)
    if match is not None:
        return _without_year(shown, match)
    alone = _MONTHS.get(text.rstrip(".").lower())
    if alone is not None:  # "April": a month, with no year
        return f"{shown} {NO_YEAR} with its year, as YYYY-{alone:02}"
    figures = figures_words(raw)
    if figures is not None:
        return figures
    match = _YEAR_FIRST.match(text)
    if match is None:
        return None
    iso = real_date(int(match[1]), int(match[3]), int(match[4]))
    return (
        None
        if iso is None
        else f"{shown} parts its year, month and day with '{match[2]}'; write {iso}"
    )


def _from_words(match: re.Match[str]) -> str | None:
    month = _MONTHS.get((match["m1"] or match["m2"]).lower())
    if month is None:
        return None
    day = match["d1"] or match["d2"]
    return real_date(int(match["y1"] or match["y2"]), month, int(day) if day else None)


def _without_year(shown: str, match: re.Match[str]) -> str | None:
    """The form for a day and month with no year: the year is the writer's to give (the
    source's publication may be in the next year, or the day in the last)."""
    month = _MONTHS.get((match["m1"] or match["m2"]).lower())
    step = None if month is None else _no_year(month, int(match["d1"] or match["d2"]))
    return None if step is None else f"{shown} {step}"


# What a day given with no year is told, before the form: `weekday_years` and the
# message's last step (`when_words.publication_named`) find the message by it.
NO_YEAR = "gives no year; write the date"


def _no_year(month: int, day: int, time: str = "") -> str | None:
    """The step for a day and month given with no year, and `time` after it ("T21:00")
    where one is: the form with the year left to write; None where no year, a leap year
    as 2000 was, has the day. 29 February is told the year is a leap year's."""
    if real_date(2000, month, day) is None:
        return None
    what = " and time" if time else ""
    leap = ", a leap year" if (month, day) == (2, 29) else ""
    return f"{NO_YEAR}{what} with its year, as YYYY-{month:02}-{day:02}{time}{leap}"


def weekday_number(word: str) -> int | None:
    """The weekday `word` names (Monday 0), in full or short as `_WEEKDAY_WORD` reads
    it; None for any other word."""
    if re.fullmatch(_WEEKDAY_WORD, word, re.IGNORECASE) is None:
        return None
    return _WEEKDAYS.index(word[:3].lower())


def _dashes(text: str) -> str | None:
    """A date typed with dashes other than the hyphen-minus, named, as they show alike."""
    odd = sorted({c for c in text if c in _DASHES})
    mended = text.translate({ord(c): "-" for c in _DASHES})
    if not odd or not _ISO.match(mended) or not _real_iso(mended):
        return None
    names = " and ".join(f"U+{ord(c):04X} ({unicodedata.name(c).lower()})" for c in odd)
    return f"is written with {names} where a date has a hyphen-minus ('-'); write {mended}"


def _real_iso(text: str) -> bool:
    """Whether `text`, in the form `_ISO` matches, is a real date, and its time (if it
    has one) a real minute: `2022-12-08T25:00` is advice that leads to another error."""
    day, _, time = text.partition("T")
    numbers = [int(p) for p in day.split("-")]
    if real_date(numbers[0], *(numbers[1:] or [1])) is None:
        return False
    hour, _, minute = time.partition(":")
    return not time or (int(hour) <= 23 and int(minute) <= 59)


def _spaced(text: str) -> str | None:
    match = _SPACED_TIME.match(text)
    if match is None or not _real_iso(f"{match[1]}T{match[2]}"):
        return None
    if match[4]:  # the zone may have moved the time: the source's own is meant
        return (
            f"has a space between the day and the time, and a time zone ({match[4]}), but "
            "factlint's dates and times have none: write the time as the source gives it, "
            f"such as {match[1]}T{match[2]}, with a T between day and time and without "
            f"its {'seconds and ' if match[3] else ''}time zone"
        )
    seconds = ", and no seconds" if match[3] else ""
    return (
        f"has a space between the day and the time; write {match[1]}T{match[2]}, with a T "
        f"between them{seconds}"
    )


def _short_parts(text: str) -> str | None:
    """A month or day of one figure, the date it stands for written with two."""
    match = _SHORT_PARTS.match(text)
    if match is None or not any(part and len(part) == 1 for part in match.groups()):
        return None
    year, month, day = int(match[1]), int(match[2]), match[3]
    mended = real_date(year, month, int(day) if day else None)
    if mended is None:
        return None
    short = [name for name, part in (("month", match[2]), ("day", day)) if part and len(part) == 1]
    return f"writes its {' and '.join(short)} with one figure; write {mended}"


def _period(text: str) -> str | None:
    """A period as ISO 8601 writes it, two dates parted by a slash; None where it ends
    before it starts (the interval suggested would be refused in turn)."""
    start, slash, end = (part.strip() for part in text.partition("/"))
    if not slash or not all(_ISO.match(p) and _real_iso(p) for p in (start, end)):
        return None
    # Cut to the less precise of the two, the dates compare as text: the start is after
    # the end's last minute only where its shared part is later.
    shared = min(len(start), len(end))
    if start[:shared] > end[:shared]:
        return None
    return (
        f"is a period written as ISO 8601 writes it; write it as an interval: "
        f"{{from: {start}, to: {end}}}"
    )


# A period written as prose or a listing writes it: "2022-12-08 to 2022-12-10".
_SPELLED_PERIOD = re.compile(
    r"(\S+)\s*(?:\s(?:to|until|till)\s|\s[-\u2013\u2014]\s|\.\.)\s*(\S+)\Z", re.I
)


def _spelled_period(text: str) -> str | None:
    """A period of two dates parted by a word or a spaced dash, as an interval; None where
    either is no date, or it ends before it starts (see `_period`)."""
    match = _SPELLED_PERIOD.match(text)
    if match is None:
        return None
    words = _period(f"{match[1]}/{match[2]}")
    return None if words is None else "is a period; " + words.partition("; ")[2]


# A time of day alone ("21:00", "9pm", "9.30 p.m."), or after its day on a 12-hour clock or
# with an hour of one figure, as a listing prints it ("2022-12-08 9pm", "... at 9pm").
_CLOCK = (
    r"(?:(?P<h>[01]?[0-9]|2[0-3]):(?P<m>[0-5][0-9])"
    r"|(?P<h12>1[0-2]|0?[1-9])(?:[.:](?P<m12>[0-5][0-9]))?\s*(?P<half>[ap])\.?\s*m\.?)\Z"
)
_TIME_ALONE = re.compile(
    r"(?:(?P<day>[0-9]{4}-[0-9]{2}-[0-9]{2})(?:[\sT,]+|\s+at\s+))?" + _CLOCK, re.I
)


def _time_alone(text: str) -> str | None:
    """A time of day without its day, with the form the day and time are written in; or
    after its day in another form than ISO 8601's, with the two in that form."""
    match = _TIME_ALONE.match(text)
    if match is None:
        return None
    hour, minute = _clock(match)
    if match["day"] is None:
        return (
            f"is a time without its day; write the day with it, in the form "
            f"2022-12-08T{hour:02d}:{minute}"
        )
    written = f"{match['day']}T{hour:02d}:{minute}"
    if not _real_iso(written):
        return None
    return f"writes its time otherwise than ISO 8601; write {written}, a 24-hour time after a T"


def _clock(match: re.Match[str]) -> tuple[int, str]:
    """The hour (0 to 23) and the minutes (two figures) of a time `_CLOCK` matched."""
    if match["h"] is not None:
        return int(match["h"]), match["m"]
    hour = int(match["h12"]) % 12 + (12 if match["half"].lower() == "p" else 0)
    return hour, match["m12"] or "00"


# A day in words and its time, as a listing or an article gives them: "Thursday 8
# December 2022 at 9pm", "December 8, 2022, 21:00".
_WORDS_AND_TIME = re.compile(r"(?P<date>.*?[0-9a-z.])(?:\s*,\s*|\s+)(?:at\s+)?" + _CLOCK, re.I)


def _words_and_time(text: str) -> str | None:
    """A day in words or in figures followed by its time, as the date-time they stand
    for."""
    match = _WORDS_AND_TIME.match(text)
    if match is not None and (alone := _NO_YEAR.match(match["date"])) is not None:
        # "Thursday 8 December at 9pm": the year is the writer's to give, as for the day.
        month = _MONTHS.get((alone["m1"] or alone["m2"]).lower())
        hour, minute = _clock(match)
        on = int(alone["d1"] or alone["d2"])
        return None if month is None else _no_year(month, on, f"T{hour:02d}:{minute}")
    if match is not None and (days := figure_days(match["date"])):  # "8/12/2022 21:00"
        return figures_and_time(days, *_clock(match))
    day = match and _IN_WORDS.match(match["date"])
    if match is None or not day or not (day["d1"] or day["d2"]):
        return None
    iso = _from_words(day)
    hour, minute = _clock(match)
    if iso is None or not _real_iso(f"{iso}T{hour:02d}:{minute}"):
        return None
    return f"is a date and time in words; write it as {iso}T{hour:02d}:{minute}"


# A date and time as a feed's pubDate, a mail header or a web server writes it (RFC
# 2822): "Wed, 07 Dec 2022 09:30:00 GMT", "7 Dec 2022 09:30 +0000".
_HEADER_DATE = re.compile(
    _WEEKDAY + r"(?P<d>[0-9]{1,2})\s+(?P<mon>[a-z]{3,9})\s+(?P<y>[0-9]{4})\s+"
    r"(?P<h>[01][0-9]|2[0-3]):(?P<m>[0-5][0-9])(?P<s>:[0-5][0-9])?"
    r"(?:\s*(?P<zone>[+-][0-9]{4}|[a-z]{1,5}))?\Z",
    re.I,
)


def _header_date(text: str) -> str | None:
    """A date as a feed or a mail header writes it, with the minute as it is written
    and the day alone: "is not a date" sent a desk that copied a feed's date to guess."""
    match = _HEADER_DATE.match(text)
    if match is None:
        return None
    month = _MONTHS.get(match["mon"].lower())
    day = month and real_date(int(match["y"]), month, int(match["d"]))
    if not day:
        return None
    parts = (("seconds", match["s"]), ("time zone", match["zone"]))
    dropped = [what for what, part in parts if part]
    without = f", without its {' and '.join(dropped)}" if dropped else ""
    return (
        f"is a date as a feed or a mail header writes it; write {day}T{match['h']}:{match['m']}"
        f"{without}, or the day alone, {day}"
    )


# Part of a month or a year, as an article dates what it cannot date to the day: "late
# April 2022", "the end of 2022", "mid-December 2022".
_PART_OF = re.compile(
    r"(?:(?:early|mid|late)[-\s]+|(?:the\s+)?(?:start|end|beginning|middle)\s+of\s+)"
    r"(?P<rest>.+)\Z",
    re.I,
)


def _part_of(text: str) -> str | None:
    """Part of a month or a year in words, as the month or the year: a value is as
    precise as its words, and the month holds whatever part of it the words meant."""
    match = _PART_OF.match(text)
    if match is None:
        return None
    rest = match["rest"].strip()
    if re.fullmatch(r"[0-9]{4}", rest):
        return f"names part of a year; write the year, {rest}"
    alone = _MONTHS.get(rest.rstrip(".").lower())
    if alone is not None:  # "early April": the month, its year still to write
        return f"names part of a month and {NO_YEAR} with its year, as YYYY-{alone:02}"
    month = _IN_WORDS.match(rest)
    if month is None or month["d1"] or month["d2"]:
        return None
    iso = _from_words(month)
    return None if iso is None else f"names part of a month; write the month, {iso}"


# A day and an hour without its minutes ("2019-06-14T11", "2019-06-14T11h"): a time is
# written to the minute.
_HOUR_ALONE = re.compile(r"([0-9]{4}-[0-9]{2}-[0-9]{2})T([01][0-9]|2[0-3])h?\Z", re.I)


def _hour_alone(text: str) -> str | None:
    match = _HOUR_ALONE.match(text)
    if match is None or real_date(*map(int, match[1].split("-"))) is None:
        return None
    return f"gives its time without minutes; write {match[1]}T{match[2]}:00"
