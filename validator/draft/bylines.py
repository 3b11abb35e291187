"""A page's byline and date lines as a browser's plain-text copy of it has them.

Copied as text, a news page puts its byline on lines of its own near the headline:
"By Jane Doe", "By Tom Reddy, Entertainment Reporter", a name alone beside a date,
"Published 7 December 2022", "Thu 8 Dec 2022 22.00 GMT", "Wednesday, 7th December 2022,
4:45 pm", "Posted on December 9, 2022 by sofacritic", "·3-min read". They say who wrote the
article and when it was published, as an HTML page's metadata does, and they are no
sentence of it: drafted from, their date was listed as a date no cue placed.

Each line is read as words split at white space, one pass: nothing here searches back.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import date as Date

from .dates import month_number
from .line_ends import sentence_end

__all__ = ["Byline", "is_name", "is_read_time", "is_relative_time", "name_of", "read_byline"]

# A byline is short: a longer line is a sentence, whatever its first word.
_MAX_WORDS = 16
_WEEKDAYS = frozenset(
    {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
    | {"mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun"}
)
# Words a date line holds besides the date: what labels it, and a time's marks.
_LABELS = frozenset(
    {"published", "updated", "posted", "first", "last", "modified", "date", "on", "at"}
    | {"am", "pm", "a.m.", "p.m.", "-", "–", "—", "|", "·", "•", "/"}
)
_UPDATED = frozenset({"updated", "modified"})
# What kind of piece a byline may say it is before "by": "EXCLUSIVE by Jane Doe".
_KINDS = frozenset({"exclusive", "interview", "review", "analysis", "opinion", "comment"})
_SEPARATORS = ("|", "·", "•")
_TIME_UNITS = frozenset(
    {"second", "seconds", "minute", "minutes", "min", "mins", "hour", "hours", "hr", "hrs"}
    | {"day", "days", "week", "weeks", "month", "months", "year", "years"}
)


@dataclass(frozen=True, slots=True)
class Byline:
    author: str | None = None
    date: str | None = None  # YYYY-MM-DD
    updated: bool = False  # the date is when the page was updated, not published
    # A date written in figures that reads two ways ("03/04/2023"), and its readings:
    # no date is taken from it unless the article's other dates rule all but one out.
    doubt: str | None = None
    readings: tuple[str, ...] = ()  # YYYY-MM-DD each
    # Of them, the one reading a two-digit year first (22/12/06 as 2022-12-06), if any:
    # the order of pages in Japanese, Chinese and Korean, rarely of others.
    year_first: str | None = None


class _Ambiguous(Exception):
    """A date in figures whose day and month could be either way round, or whose two-digit
    year could come first; its readings."""

    def __init__(self, written: str, readings: list[str], year_first: str | None) -> None:
        *most, last = readings
        super().__init__(f"{written} could be {', '.join(most)} or {last}")
        self.readings = tuple(readings)
        self.year_first = year_first

    def byline(self) -> Byline:
        """A date line of this date, which gives none."""
        return Byline(doubt=str(self), readings=self.readings, year_first=self.year_first)


def read_byline(line: str) -> Byline | None:
    """What a byline or date line says, or None when the line is neither. Its parts
    may stand between separators: "By Jane Doe | Published 7 December 2022 | 3 min read"."""
    words = line.split()
    if not words or len(words) > _MAX_WORDS:
        return None
    author = date = named = doubt = year_first = None
    readings: tuple[str, ...] = ()
    updated = False
    part: list[str] = []
    for word in [*words, "|"]:
        if word not in _SEPARATORS:
            part.append(word)
            continue
        if part and is_name(" ".join(part)) and part[0].lower() != "by":
            # A name with no "By": the author only beside a date ("Jane Doe · 7 Dec 2022").
            named = named or " ".join(part)
        elif part and not is_read_time(" ".join(part)):
            found = _part(part)
            if found is None:
                return None
            author = author or found.author
            if doubt is None and found.doubt:
                doubt, readings, year_first = found.doubt, found.readings, found.year_first
            # The date of publication before an update's: "Updated: 9 Dec | Published: 8 Dec".
            if found.date is not None and (date is None or (updated and not found.updated)):
                date, updated = found.date, found.updated
        part = []
    if date is None and author is None and doubt is None:
        return None
    if date:
        doubt, readings, year_first = None, (), None
    return Byline(author or named, date, updated, doubt, readings, year_first)


def _part(words: list[str]) -> Byline | None:
    lowered = [w.lower() for w in words]
    author: str | None = None
    if lowered[0] == "by" and (dated := _dated_author(words)) is not None:
        return dated
    if "by" in lowered:  # "By Jane Doe", "Posted on ... by sofacritic"
        at = lowered.index("by")
        if lowered[at - 1 : at] == ["written"]:
            at -= 1
        # "By Jane Doe" or "EXCLUSIVE by Jane Doe" names people; after a date, a handle.
        kind = all(w.rstrip(":") in _KINDS for w in lowered[:at])
        author = _author(words[lowered.index("by") + 1 :], names_only=kind)
        if author is None:
            return None
        words, lowered = ([], []) if kind else (words[:at], lowered[:at])
    if not words:
        return Byline(author=author)
    dated = _dated(words)
    if dated.date is None and dated.doubt is None:
        return _beside_name(words) if author is None else None
    return replace(dated, author=author)


# A name beside a date: its words, at most.
_NAME_WORDS = 5
_DASHES = frozenset({"-", "–", "—"})


def _beside_name(words: list[str]) -> Byline | None:
    """The date of a date line that names its outlet or writer first, after a comma or
    a dash ("Northshire Echo, 14 August 2025", "Dexerto - 14 May 2023"), a writer with
    a role too ("Jess Marlowe – Culture Editor, 8 December 2022"): the date only, since
    the name is an outlet's as often as a writer's. Each place the name may end is tried
    in turn, as after "By" (`_dated_author`), until the words after it are a date; a
    word that is no name's ends the search, as every longer name holds it too."""
    for at in _name_ends(words, 1, _NAME_WORDS + 1, _DASHES):
        name = [w.rstrip(",") for w in words[:at] if w not in _DASHES]
        if not name or not name[0][:1].isupper():
            return None
        if not all(w[:1].isupper() or w[:1].isdigit() for w in name):
            return None
        dated = _dated(words[at + 1 :] if words[at] in _DASHES else words[at:])
        if dated.date or dated.doubt:
            return dated
    return None


def _name_ends(words: list[str], first: int, last: int, leads: frozenset[str]) -> Iterator[int]:
    """Where a name opening a date line may end and its date start, from word `first` to
    before word `last`: after a comma, or before one of `leads` ("-", "on")."""
    for at in range(first, min(len(words), last)):
        if words[at - 1].endswith(",") or words[at].lower() in leads:
            yield at


def _dated(words: list[str]) -> Byline:
    """The date of words that are only a date, its labels and its time, or the doubt of
    a date in figures read two ways; neither where the words are no date."""
    try:
        date = _date(words)
    except _Ambiguous as doubt:
        return doubt.byline()
    return Byline() if date is None else Byline(date=date, updated=_updated(words))


def _updated(words: list[str]) -> bool:
    """Whether a date line's labels say it is when the page was updated ("Updated:")."""
    return any(w.strip(",:;").lower() in _UPDATED for w in words)


# The last word of a journalist's role, which a byline may print after the name without
# a comma: "By JANE DOE SHOWBIZ REPORTER".
_ROLES = frozenset(
    {"reporter", "editor", "correspondent", "writer", "critic", "columnist", "journalist"}
)

# Where the name of "By Jane Doe, 12 March 2023" may end and its date start; a date's
# label may follow the name with nothing between ("By Jane Doe Updated: 9 December 2022").
_DATE_LEADS = frozenset({"-", "–", "—", "on"} | {"published:", "updated:", "posted:"})


def _dated_author(words: list[str]) -> Byline | None:
    """A byline's author and the date after the name: "By Jane Doe, 12 March 2023",
    "By Jane Doe - 12 March 2023", "By Jane Doe on 12 March 2023", "By Jane Doe,
    Culture Editor, 12 March 2023"; None where no date ends the line. A line has at
    most sixteen words: each place it may part is tried once."""
    for at in _name_ends(words, 2, len(words), _DATE_LEADS):
        dated = _dated(words[at:])
        if dated.date is None and dated.doubt is None:
            continue
        author = _author(words[1:at], names_only=True)
        if author is None:
            return None
        return replace(dated, author=author, updated=_updated(words[at:]))
    return None


def _author(words: list[str], *, names_only: bool) -> str | None:
    """The name after "By": up to a comma or separator (a role or a date follows), at
    most six words, each a name's (capitalised, or "and" between two names) where
    `names_only`: "By the end of the film, ..." is a sentence."""
    name: list[str] = []
    for at, word in enumerate(words):
        if word.lower() == "for" and name:  # "By JANE DOE FOR MAILONLINE"
            break
        stop = word.endswith(",")
        name.append(word.rstrip(","))
        if stop:
            # What follows the comma is a role ("Entertainment Reporter"), not a
            # sentence's clause: "By Christmas, Winslet had finished filming."
            if len(words) - at - 1 > 4 or sentence_end(" ".join(words)):
                return None
            break
    if not name or len(name) > 6 or not name[0][:1].isalnum():
        return None
    if len(name) > 2 and name[-1].lower() in _ROLES:
        # "By JESS MARLOWE SHOWBIZ REPORTER": a role set after the name with no comma, as
        # tabloids print it in capitals. What the role's first words are cannot be told
        # from a name's; a byline's name is most often two words.
        name = name[:2]
    if names_only and not all(w[:1].isupper() or w in ("and", "&") for w in name):
        return None
    if names_only and sentence_end(" ".join(words)):
        return None  # "By Tuesday Winslet Said Yes." is a sentence
    return " ".join(name)


def _date(words: list[str]) -> str | None:
    """The date of a line that is only a date, its labels and its time."""
    day = month = year = None
    for raw in words:
        word = raw.strip(",:;()").lower()
        if not word or word in _LABELS or word in _WEEKDAYS or word.rstrip(".") in _WEEKDAYS:
            continue
        if _is_time(word) or (word.isalpha() and len(word) <= 5 and raw.strip(",").isupper()):
            continue  # "22.00", "9:31", a time zone: "GMT", "BST"
        if len(word) == 10 and word[4] == "-" and word[7] == "-":  # 2022-12-07
            year, month, day = _iso(word)
            continue
        if figures := _FIGURES.fullmatch(word):  # 12/03/2023, 12.03.2023
            year, month, day = _figures(figures)
            continue
        if figures := _YEAR_FIRST.fullmatch(word):  # 2022/12/06, 2022.12.06
            year, month, day = _iso(f"{figures[1]}-{figures[2]}-{figures[3]}")
            continue
        found = month_number(word)
        if found is not None and month is None:
            month = found
            continue
        number = _ordinal(word)
        if number is not None and 1900 <= number <= 2099 and year is None:
            year = number
        elif number is not None and 1 <= number <= 31 and day is None:
            day = number
        elif year is None and (short := _two_digit_year(raw, after_date=bool(day and month))):
            year = short
        else:
            return None
    if year is None or month is None:
        return None
    return f"{year:04d}-{month:02d}-{day:02d}" if day else f"{year:04d}-{month:02d}"


# A date in figures, day and month either way round: 12/03/2023, 3.12.2023, 12/03/23.
_FIGURES = re.compile(r"(\d{1,2})([/.])(\d{1,2})\2(\d{4}|\d{2})")
# Year first, in four digits, as Japanese and ISO-minded pages write it: one reading.
_YEAR_FIRST = re.compile(r"(\d{4})[/.](\d{1,2})[/.](\d{1,2})")


def _this_year() -> int:
    return Date.today().year


def _full_year(two: int) -> int:
    """The year a two-digit year stands for on a date line: the last year ending in
    those digits up to this one. A page is never dated after the day it is read, so "22"
    is 2022 and "99" 1999; the reading changes only when this year passes one an
    article could not yet have been dated, so a real article reads the same each year."""
    end = _this_year()
    return end - (end - two) % 100


def _two_digit_year(raw: str, *, after_date: bool) -> int | None:
    """The year of a word written as two digits: after the day and month ("8 Dec 22"),
    or marked by an apostrophe anywhere ("Dec '22"); else None."""
    word = raw.strip(",:;()")
    marked = word[:1] in ("'", "’")
    digits = word[1:] if marked else word
    if len(digits) != 2 or not (digits.isascii() and digits.isdecimal()):
        return None
    return _full_year(int(digits)) if marked or after_date else None


def _figures(found: re.Match[str]) -> tuple[int | None, int | None, int | None]:
    """The year, month and day of a date in figures: a number over 12 is the day, so
    25/03/2023 and 03/25/2023 are both 25 March; raises _Ambiguous where either number
    could be the month (03/04/2023: 3 April in Britain, 4 March in America), or where a
    year in two digits could as well be the first number (22/12/06: 22 December 2006, or
    6 December 2022 as Japanese pages write it)."""
    first, second, year = int(found[1]), int(found[3]), int(found[4])
    if len(found[4]) == 2:
        year = _full_year(year)
    readings: list[str] = []
    if 1 <= second <= 12 and 1 <= first <= 31:
        readings.append(f"{year:04d}-{second:02d}-{first:02d}")
    if 1 <= first <= 12 and 1 <= second <= 31:
        readings.append(f"{year:04d}-{first:02d}-{second:02d}")
    year_first = None
    if len(found[1]) == len(found[4]) == 2 and 1 <= second <= 12 and 1 <= int(found[4]) <= 31:
        year_first = f"{_full_year(first):04d}-{second:02d}-{found[4]}"
        readings.append(year_first)
    readings = list(dict.fromkeys(readings))  # 03/03/2023 reads one way
    if not readings:
        return None, None, None
    if len(readings) > 1:
        raise _Ambiguous(found[0], readings, year_first)
    return int(readings[0][:4]), int(readings[0][5:7]), int(readings[0][8:])


def _iso(word: str) -> tuple[int | None, int | None, int | None]:
    parts = word.split("-")
    if all(p.isdecimal() for p in parts) and 1 <= int(parts[1]) <= 12 and 1 <= int(parts[2]) <= 31:
        return int(parts[0]), int(parts[1]), int(parts[2])
    return None, None, None


def _ordinal(word: str) -> int | None:
    """7, 7th, 22nd: the number; else None."""
    digits = word[:-2] if word[-2:] in ("st", "nd", "rd", "th") else word
    return int(digits) if digits.isdecimal() and len(digits) <= 4 else None


def _is_time(word: str) -> bool:
    """9:31, 22.00, 4:45pm, 9am: a clock time."""
    for suffix in ("am", "pm"):
        if word.endswith(suffix) and word[:-2]:
            word = word[:-2]
            if word.isdigit() and len(word) <= 2:
                return True
    for mark in (":", "."):
        hours, _, minutes = word.partition(mark)
        if mark in word and hours.isdigit() and minutes.isdigit() and len(minutes) == 2:
            return len(hours) <= 2
    return False


def is_name(line: str) -> bool:
    """A line that is only a person's name: two to four words, each capitalised, of
    letters and a name's marks ("Harriet Quayle", "Mary-Jo O'Neill", "J. R. Hartley")."""
    words = line.split()
    if not 2 <= len(words) <= 4 or words[0].lower() == "by":
        return False
    for word in words:
        letters = word.replace("-", "").replace("'", "").replace("’", "").rstrip(".")
        if not (letters.isalpha() and word[0].isupper()):
            return False
    return True


def name_of(line: str) -> str | None:
    """The name of a line that is a name, or a name and a role ("Jane Doe, Culture
    reporter"), as a byline without "By" writes it; else None."""
    name, comma, role = line.partition(",")
    if not is_name(name):
        return None
    if comma and (len(role.split()) > 4 or sentence_end(line)):
        return None
    return name.strip()


_MINUTES = ("min", "mins", "minute", "minutes")


def is_read_time(line: str) -> bool:
    """ "3 min read", "·3-min read", "2 minute read": how long the article takes."""
    words = line.strip("·•|- ").lower().replace("-", " ").split()
    return len(words) == 3 and words[0].isdigit() and words[1] in _MINUTES and words[2] == "read"


def is_relative_time(line: str) -> bool:
    """ "2h ago", "3 hours ago", "yesterday": when a comment or teaser was posted."""
    words = line.strip("·•|- ").lower().split()
    if words in (["yesterday"], ["just", "now"]):
        return True
    if not words or words[-1] != "ago" or len(words) > 3:
        return False
    if len(words) == 2:  # "2h ago", "5m ago"
        number = words[0].rstrip("smhdwy")
        return number.isdigit() and number != words[0]
    return (words[0].isdigit() or words[0] in ("a", "an")) and words[1] in _TIME_UNITS
