"""Dates and times as articles write them, resolved against the publication date.

"Tomorrow, 8 December ... at 9pm" in an article of 7 December 2022 is 2022-12-08T21:00,
as are "at 9pm on Thursday 8 December" and "Thursday, December 8th, 9pm"; "this
December" is 2022-12; "later this year" is 2022; "in December last year" in an article of
2023 is 2022-12, and so is "aired in December" (the past tense of the words points back);
"aired on 8 December" there is 2022-12-08, as is "8 December last year".
A value is never more precise than the words: a month stays a month, and a time without a
day is dropped.
Where the words need a publication date the article does not pin down ("tomorrow" in an
article known only to be from December), the date is not drafted at all.

A day of the week with no date is the one within the week around the publication day
that the tense of the words points to, as news style writes it: in an article of
Tuesday 6 December 2022, "airs on Thursday" is 8 December and "appeared on Lorraine on
Thursday" is 1 December; "this Thursday" is the coming one, "last Thursday" the one
before. Words whose tense says neither (or both) give no date, and "next Thursday",
which readers take two ways, gives none.

dateparser was measured for this and not used: its search reads "Channel 4 at 9pm" as
7 April, turns "this December" into the next December, and fills in a day the text
never gave (benchmarks/RESULTS.md).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

__all__ = [
    "DATE",
    "DAY_AND_TIME",
    "Published",
    "in_fronted_year",
    "month_number",
    "parse_date",
    "tense",
]

_MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
    "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?"
    r"|Dec\.?)"
)
_WEEKDAY = r"(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+)"
_YEAR = r"(?:1[89]\d\d|20\d\d)"
_ORD = r"(?:[0-3]?\d)(?:st|nd|rd|th)?"
# A day's year, written or said relative to the publication's: "8 December last year".
_DAY_YEAR = rf"(?:,?\s+{_YEAR}|\s+(?i:last|this|next)\s+year)"
_DAY = (
    rf"(?:{_WEEKDAY}?(?:(?:the\s+)?{_ORD}\s+(?:of\s+)?{_MONTH}|{_MONTH}\s+{_ORD})"
    rf"{_DAY_YEAR}?(?![\w]))"
)
_REL = (
    r"(?i:today|tonight|tomorrow|yesterday|last\s+night|(?:later\s+|earlier\s+)?this\s+year"
    r"|next\s+year|last\s+year|this\s+month|next\s+month|last\s+month)"
)
# A month's year said relative to the publication's: "December last year".
_MONTH_YEAR = rf"(?:\s+{_YEAR}|\s+(?i:last|this|next)\s+year)"
# A month with a day after it is no month alone: "on October 5, 1975" is a day, as US
# style writes it, not "on October" and a year apart; so is "on Dec. 8, 2022", the
# month cut short (not "on Dec" before its full stop).
_REL_MONTH = (
    rf"(?:(?i:this|next|last|in|on|from|until|since|by|early|late"
    rf"|(?:the\s+)?(?:end|start|beginning|middle)\s+of)\s+{_MONTH}"
    rf"(?!\.?\s+{_ORD}(?![\w]))"
    rf"{_MONTH_YEAR}?(?![\w]))"
)
_DAY_NAME = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
# A day of the week with no date after it: "on Thursday", "this Thursday", "Sunday night".
_WEEKDAY_ALONE = (
    rf"(?:(?:(?i:this|last|next)\s+)?{_DAY_NAME}(?!,?\s+(?:the\s+)?\d|,?\s+{_MONTH}|[\w’'])"
    r"(?:\s+(?i:night|evening|morning|afternoon)(?![\w]))?)"
)
_TIME = r"(?:[01]?\d(?:[:.][0-5]\d)?\s?(?i:am|pm|a\.m\.|p\.m\.)|(?:[01]?\d|2[0-3]):[0-5]\d)(?![\w])"
# A time written before its day: "at 9pm on Thursday 8 December", "at 9pm tonight".
_TIME_FIRST = (
    rf"(?:(?i:at)\s+{_TIME}\s+(?:(?i:on)\s+)?(?=(?i:today|tonight|tomorrow)|{_DAY}|{_DAY_NAME}))"
)
DATE = (
    rf"(?<![\w])(?:{_TIME_FIRST}?(?:{_REL}(?:,?\s+{_DAY})?|{_DAY}|{_WEEKDAY_ALONE})"
    rf"|{_MONTH}{_MONTH_YEAR}|{_REL_MONTH}|(?:(?i:in)\s+)?{_YEAR}(?![\w]))"
    rf"(?:[^.;!?\"“”]{{0,30}}?(?<![\w])(?i:at)\s+{_TIME}|(?<=[\w.]),\s*{_TIME})?"
)

_BARE_TIME = re.compile(rf"\s*{_TIME}\s*")
# A time of day as a listing prints it, after its day if it has one: "9pm", "9.00pm",
# "Thursday, 9pm", "Thursday 8 December, 9pm", "Thursday 8 December | 9pm", "tonight at
# 9pm". A listing's line always gives the time; prose giving a date alone ("In 2019,
# Channel 4 ...") is no listing.
DAY_AND_TIME = (
    rf"(?<![\w])(?:(?:{_REL}|{_DAY}|{_DAY_NAME})"
    rf"(?:,?\s+(?:(?i:at)\s+)?|\s+[|•]\s+))?{_TIME}"
)


@dataclass(frozen=True, slots=True)
class Published:
    """What is known for certain of when the article was published; and the day its
    headline sets off (see headline_dates), which a listings page's times are on."""

    year: int | None = None
    month: int | None = None
    day: int | None = None
    listing: date | None = None

    @classmethod
    def parse(cls, start: str, end: str | None = None) -> Published:
        """From a date of any precision, or the two ends of an interval (None: open)."""
        first = _fields(start)
        if end is None:
            return cls(*first)
        last = _fields(end) if end else (None, None, None)
        known: list[int | None] = []
        for a, b in zip(first, last, strict=True):
            if a is None or a != b:
                break
            known.append(a)
        known += [None] * (3 - len(known))
        return cls(known[0], known[1], known[2])

    def day_date(self) -> date | None:
        if self.year and self.month and self.day:
            return date(self.year, self.month, self.day)
        return None

    def listed(self, text: str) -> str | None:
        """A listing's time written alone ("9pm", "21:00") on the day the page's
        headline sets off ("TV listings: Thursday 8 December 2022"); None for a time
        with its own day, or where the headline sets off none."""
        if self.listing is None or _BARE_TIME.fullmatch(text) is None:
            return None
        time = _time(f"at {text.strip().lower()}")
        return None if time is None else f"{self.listing.isoformat()}T{time}"


# A year set before a sentence's subject: "In 2022, filming began in April".
_FRONTED_YEAR = re.compile(r"(?:(?-i:Back)\s{1,3}in|(?-i:In))\s{1,3}(1[89]\d\d|20\d\d),\s")


def in_fronted_year(sentence: str, published: Published) -> Published:
    """What a sentence opening on a year ("In 2022, filming began in April") says of
    when its dates without a year are: in that year, not the one nearest the publication
    (in an article of 2024 that April was 2023's). Else `published`."""
    found = _FRONTED_YEAR.match(sentence)
    return published if found is None else Published(int(found.group(1)))


def _fields(text: str) -> tuple[int | None, int | None, int | None]:
    match = re.fullmatch(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?:T.*)?", text.strip())
    if not match:
        return (None, None, None)
    year, month, day = (int(g) if g else None for g in match.groups())
    return (year, month, day)


# What says which way a day of the week lies from the publication day: the sentence's
# words up to the end of the cue that matched it ("airs on", "aired on", "was held on").
# A sure sign of the future settles it; otherwise a verb in the past or in the present, not both.
_SURELY_FUTURE = re.compile(
    r"(?i:(?<![\w])(?:will|shall|set\s+to|due\s+to)(?![\w])|['’]ll(?![\w])"
    # A plan, as an announcement words it, not one that was: "is scheduled to start on 4
    # April" (its "scheduled" read as a past verb beside "is": neither way, and the 4
    # April before the publication was taken).
    r"|(?<!was\s)(?<!were\s)(?<![\w])(?:scheduled|expected|planned|going)\s+to(?![\w]))"
)
_PRESENT = re.compile(
    r"(?i:(?<![\w])(?:is|are|airs|goes|premieres|returns|opens|begins|starts|comes|runs)(?![\w]))"
)
# A participle before "by" and a name is no verb of its own: it is set off ("I Am Ruth,
# directed by Dominic Savage, airs on Thursday") or takes its tense from "was" or "is"
# before it. Before "by" and a time it is ("Filming wrapped by Friday").
_BY_A_TIME = (
    r"[0-9]|mid|(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|the\s+(?:end|time)|then|now"
    r"|noon|midnight|tonight|tomorrow|yesterday|last|next|this|early|late|jan(?:uary)?"
    r"|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?"
    r"|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)(?![a-z])"
)
_PAST = re.compile(
    r"(?i:(?<![\w])(?:was|were|had|did|won|took|held|began|ran|told|said|went|came|got"
    rf"|(?:made|[a-z]{{2,}}ed)(?!\s+by\s+(?!{_BY_A_TIME})))(?![\w]))"
)
_DAY_NUMBER = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5,
    "sunday": 6,
}  # fmt: skip


def tense(words: str) -> str | None:
    """ "past" or "future" as the words' verbs say, or None where they say neither or both."""
    if _SURELY_FUTURE.search(words):
        return "future"
    past, present = bool(_PAST.search(words)), bool(_PRESENT.search(words))
    if past == present:
        return None
    return "past" if past else "future"


def parse_date(text: str, published: Published, tense: str | None = None) -> str | None:
    """The date `text` (matched by DATE) means, at the precision it gives, or None;
    `tense` ("past", "future") places a day of the week written without its date."""
    low = " ".join(text.lower().split())
    time = _time(low)
    day = _explicit_day(low, published, tense)
    if day is None:
        day = _relative_day(low, published)
    if day is None:
        day = _weekday(low, published, tense)
    if day is not None:
        shown = day.isoformat()
        return f"{shown}T{time}" if time else shown
    month = _month(low, published, tense)
    if month is not None:
        return month
    year = _year(low, published)
    return None if year is None else str(year)


def _time(low: str) -> str | None:
    # "at 9pm", or the time set after its day and a comma: "Thursday 8 December, 9pm".
    match = re.search(
        r"(?:\bat\s+|,\s*(?=\d{1,2}(?:[:.]\d{2})?\s?(?:am|pm|a\.m\.|p\.m\.)|\d{1,2}:\d{2}))"
        r"(\d{1,2})(?:[:.](\d{2}))?\s?(am|pm|a\.m\.|p\.m\.)?(?!\w)",
        low,
    )
    if not match:
        return None
    hour, minute = int(match.group(1)), int(match.group(2) or 0)
    suffix = (match.group(3) or "").replace(".", "")
    if not suffix and match.group(2) is None:
        return None  # "at 9" is no time
    if suffix == "pm" and hour < 12:
        hour += 12
    elif suffix == "am" and hour == 12:
        hour = 0
    if hour > 23 or minute > 59:
        return None
    return f"{hour:02d}:{minute:02d}"


def month_number(word: str) -> int | None:
    """The month a name or abbreviation ("Dec", "dec.", "December") names, if any."""
    return _MONTHS.get(word.rstrip(".").lower())


def _explicit_day(low: str, published: Published, tense: str | None = None) -> date | None:
    """A day and month, in the year written, said ("last year") or, written alone, the
    nearest the tense points to: "aired on 8 December" in an article of May 2023 is
    2022-12-08."""
    month_words = "|".join(sorted(_MONTHS, key=len, reverse=True))
    match = re.search(
        rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?({month_words})\.?(?:,?\s+(\d{{4}}))?\b",
        low,
    ) or re.search(rf"\b({month_words})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s+(\d{{4}}))?\b", low)
    if not match:
        return None
    groups = match.groups()
    if groups[0].isdigit():
        day_text, month_text = groups[0], groups[1]
    else:
        month_text, day_text = groups[0], groups[1]
    month = month_number(month_text)
    if month is None:
        return None
    if groups[2]:
        year = int(groups[2])
    elif published.year is None:
        return None
    else:
        said = re.match(r"\s+(last|this|next)\s+year\b", low[match.end() :])
        step = _year_step(month, published, tense, int(day_text))
        if said is not None:
            step = {"last": -1, "this": 0, "next": 1}[said.group(1)]
        year = published.year + step
    try:
        return date(year, month, int(day_text))
    except ValueError:
        return None


def _relative_day(low: str, published: Published) -> date | None:
    offsets = {"today": 0, "tonight": 0, "tomorrow": 1, "yesterday": -1, "last night": -1}
    for word, offset in offsets.items():
        if re.search(rf"\b{word}\b", low):
            base = published.day_date()
            return None if base is None else base + timedelta(days=offset)
    return None


def _weekday(low: str, published: Published, tense: str | None) -> date | None:
    """The day a day of the week names, within the week around the publication day."""
    names = "|".join(_DAY_NUMBER)
    match = re.search(rf"\b(?:(this|last|next)\s+)?({names})\b", low)
    base = published.day_date()
    if match is None or base is None or match.group(1) == "next":
        return None
    ahead = (_DAY_NUMBER[match.group(2)] - base.weekday()) % 7
    back = (7 - ahead) % 7
    if match.group(1) == "last":
        return base - timedelta(days=back or 7)
    if match.group(1) == "this":
        return base - timedelta(days=back) if tense == "past" else base + timedelta(days=ahead)
    if tense == "past":
        # A past day of the week is the nearest on or before the publication day: a
        # report of Sunday's awards written on Sunday night says "won on Sunday".
        return base - timedelta(days=back)
    if ahead == 0 or tense is None:
        return None  # a coming day of the publication's own is "today"; no tense, no way
    return base + timedelta(days=ahead)


def _month(low: str, published: Published, tense: str | None = None) -> str | None:
    if re.search(r"\bthis month\b", low) and published.year and published.month:
        return f"{published.year:04d}-{published.month:02d}"
    for step, word in ((1, "next"), (-1, "last")):
        if re.search(rf"\b{word} month\b", low) and published.year and published.month:
            index = published.year * 12 + published.month - 1 + step
            return f"{index // 12:04d}-{index % 12 + 1:02d}"
    month_words = "|".join(sorted(_MONTHS, key=len, reverse=True))
    match = re.search(rf"\b({month_words})\.?(?:\s+(\d{{4}}))?\b", low)
    if not match:
        return None
    month = month_number(match.group(1))
    if month is None:
        return None  # every word the pattern takes is a month's: never so
    if match.group(2):
        return f"{int(match.group(2)):04d}-{month:02d}"
    if published.year is None:
        return None
    year = published.year
    before, after = low[: match.start()], low[match.end() :]
    if re.search(r"\bnext\s+$", before) or re.match(r"\s+next\s+year\b", after):
        year += 1
    elif re.search(r"\blast\s+$", before) or re.match(r"\s+last\s+year\b", after):
        year -= 1
    elif not re.search(r"\bthis\s+$", before) and not re.match(r"\s+this\s+year\b", after):
        year += _year_step(month, published, tense)
    return f"{year:04d}-{month:02d}"


def _year_step(month: int, published: Published, tense: str | None, day: int = 0) -> int:
    """A month (or day) named without its year is the nearest one the tense points to:
    "aired in December" in an article of May 2023 is December 2022; "opens in March" in
    one of December 2022 is March 2023; "aired on 20 December" in one of 8 December 2022
    is 2021-12-20. With no tense, or no month of publication, the publication's year;
    a day is told from the publication's only where both are known."""
    if published.month is None:
        return 0
    said, then = (month, 0), (published.month, 0)
    if day and published.day is not None:
        said, then = (month, day), (published.month, published.day)
    if tense == "past" and said > then:
        return -1
    if tense == "future" and said < then:
        return 1
    return 0


def _year(low: str, published: Published) -> int | None:
    match = re.search(r"\b(1[89]\d\d|20\d\d)\b", low)
    if match:
        return int(match.group(1))
    if published.year is None:
        return None
    if re.search(r"\bthis year\b", low):
        return published.year
    if re.search(r"\bnext year\b", low):
        return published.year + 1
    if re.search(r"\blast year\b", low):
        return published.year - 1
    return None
