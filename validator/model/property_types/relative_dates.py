"""Dates written relative to the writing, as an article words them ("last week",
"Wednesday", "two days ago", "tomorrow night"): a claim file cannot hold them, since the
day they name moves with the day they are read, so each is refused with the way to the
date it stands for. That is the source's publication date counted from, which only the
writer, source in hand, can do ("last week" is the calendar week before, or the seven
days before, as the source means it): so the message says where to count from and the
forms to write the result in, and works out nothing itself.

Only "today" and a few more were known, and told to write "the date itself"; "last
week" and "Wednesday" were told only that they lacked a date's form.
"""

from __future__ import annotations

import re

from validator.model.typography import shorten

__all__ = ["WHEN_FORMS", "as_a_fact", "at_writing", "name_publication", "relative_day_words"]

# Words for a day relative to the writing, each a whole value alone.
_RELATIVE_DAYS = frozenset(
    (
        "today", "tonight", "tomorrow", "yesterday", "now", "right now", "just now",
        "this week", "recently", "lately", "currently", "nowadays", "these days",
        "the other day", "last night",
    )
)  # fmt: skip

# Words for the moment the source was written, which a claim without an `as_of` holds
# at already: "at the time" copied from the article, "as of publication".
_AT_WRITING = re.compile(
    r"(?:(?:at|as\s+of|on|upon)\s+)?(?:the\s+)?(?:(?:time|moment|date)(?:\s+of\s+"
    r"(?:writing|publication|publishing|the\s+(?:article|source|story|report)))?"
    r"|writing|publication|press\s+time|time\s+of\s+going\s+to\s+press)"
    r"|(?:when|as)\s+(?:published|written)|same\s+as\s+(?:the\s+)?(?:source|article)"
)


def at_writing(raw: object) -> bool:
    """Whether `raw` names the moment the source was written ("at the time", "as of
    publication"), in any case and spacing, a phrase alone."""
    if not isinstance(raw, str) or len(raw) > 100:
        return False
    text = " ".join(raw.split()).casefold().rstrip(".,;")
    return text not in ("date", "time", "the date", "the time") and bool(
        _AT_WRITING.fullmatch(text)
    )


# The forms a date is written in where an interval is taken too (a value of a date
# property or qualifier, `as_of`, `published`), as a message names them.
WHEN_FORMS = (
    "a date such as 2022-12-08 or 2022-12-08T21:00, a partial date such as 2022-12 or "
    "2022, or an interval such as {from: 2022-12-01, to: 2022-12-08}"
)

_WEEKDAYS = r"(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?"
# A day of the week by its full name, as a value alone: "sun" or "sat" alone is a word.
_DAY_NAMES = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day"
_MONTHS = (
    r"jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t|tember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?"
)
_PART = r"(?:\s+(?:morning|afternoon|evening|night))?"
_UNITS = (
    rf"(?:day|week|weekend|fortnight|month|year|quarter|season|night|morning|afternoon"
    rf"|evening|spring|summer|autumn|fall|winter|{_WEEKDAYS}|{_MONTHS})s?"
)
_COUNT = (
    r"(?:[0-9]{1,4}|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
    r"|a\s+few|few|several|a\s+couple\s+of|couple\s+of|some)"
)
_WHICH = (
    r"(?:this\s+past|this|last|next|coming|past|previous|following"
    r"|the\s+(?:past|last|next|coming|previous|following))"
)
_LEAD = (
    r"(?:(?:on|in|since|during|over|from|by|until|at\s+the\s+(?:start|end|beginning)\s+of"
    r"|earlier|later|early|late)\s+)?"
)
# Each form that names a day or a period counted from the writing.
_RELATIVE = re.compile(
    rf"{_LEAD}(?:"
    rf"(?:today|tonight|tomorrow|yesterday){_PART}"
    rf"|the\s+day\s+(?:before|after)\s+(?:yesterday|tomorrow)"
    rf"|{_WHICH}(?:\s+{_COUNT})?\s+{_UNITS}{_PART}"
    rf"|{_DAY_NAMES}{_PART}"
    rf"|{_COUNT}\s+{_UNITS}\s+(?:ago|back|earlier|later|before|after|from\s+now|since|hence)"
    rf"|(?:(?:within|in)\s+)?(?:the\s+)?(?:next|last|past)\s+{_COUNT}\s+{_UNITS}"
    rf"|in\s+{_COUNT}\s+{_UNITS}'?(?:\s+time)?"
    r")\Z"
)


def _is_relative(raw: object) -> bool:
    """Whether `raw` is a date relative to the writing, in any case and spacing."""
    if not isinstance(raw, str) or len(raw) > 100:
        return False
    text = " ".join(raw.split()).casefold().rstrip(".,;")
    return text in _RELATIVE_DAYS or _RELATIVE.match(text) is not None


def relative_day_words(raw: str, published: str | None = None) -> str | None:
    """The message for `raw`, a date relative to the writing, with where to count from
    (the source's publication date, `published` where it is known) and the forms to
    write; None for any other text."""
    if not _is_relative(raw):
        return None
    return (
        f"'{shorten(raw)}' is a date relative to when the source was written; work out the "
        f"date it means {_count_from(published)}: {WHEN_FORMS}"
    )


def _count_from(published: str | None) -> str:
    """Where to count from, and what to do then, in words: the publication date named
    where it is known."""
    named = f", {published}," if published else ""
    return f"from the source's publication date{named} and write that"


def name_publication(message: str, published: str | None) -> str:
    """`message` with the publication date `published` named where it says to count a
    relative date from it unnamed: a claim's value or qualifier is worked out once for
    every source that writes it, and told so, so each claim's finding names its own
    source's date (as an `as_of`'s does); as it was unless `published` is known."""
    if published is None:
        return message
    return message.replace(_count_from(None), _count_from(published), 1)


def as_a_fact(message: str) -> str:
    """`message` as a dataset's fact is told it: a fact is no source's words and has no
    publication date to count from, and the day a relative date names moves with the day
    the dataset is read; so it says to write the date meant. As it was unless it tells
    a relative date (`relative_day_words`)."""
    told = " is a date relative to when the source was written; work out the date it "
    told += f"means {_count_from(None)}: "
    if told not in message:
        return message
    fixed = " is a date relative to the day it is read, and a fact gives the date itself; "
    return message.replace(told, fixed + "write the date it means: ", 1)
