"""A date an article sets off on its own in its headline or at the head of its standfirst,
as a date line prints it: "TV review, Thursday 8 December 2022 – I Am Ruth", "I Am Ruth
review | 8 December 2022", "Thursday 8 December 2022: a mother and daughter drama ...".
Where the page gives no date of its own, that is the day it was published.

A date within a sentence is not set off so ("airs on Thursday, 8 December 2022, at 9pm",
"On 8 December 2022, Channel 4 ..."): it is what the article announces or reports, and a
preview names the broadcast it comes before. Only a whole date, day, month and year, is
taken; two different dates set off give none.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date

from .bylines import read_byline
from .dates import DATE, Published, parse_date

__all__ = ["listing_day", "set_off_date", "set_off_places"]

# What parts a headline into pieces: a dash or bar between spaces, a colon, a bracket.
_PIECES = re.compile(r"\s[-–—|•·]\s|[–—|•·:;()\[\]]")
# A headline's first characters only: it is short, and a first paragraph may be long.
_REACH = 300
# Words that make the date after them part of a phrase: "on Thursday, 8 December 2022".
_WEEKDAYS = frozenset(
    {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
)
_PREPOSITIONS = frozenset({"on", "at", "from", "until", "till", "by", "since", "before", "after"})
_LEADING_ON = _WEEKDAYS | _PREPOSITIONS
_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
_MOST_PARTS = 3  # "Thursday, 8 December, 2022": a date's own commas


def set_off_date(title: str | None, paragraphs: tuple[str, ...]) -> str | None:
    """The day (YYYY-MM-DD) a date set off in the headline gives, else one opening the
    first paragraph; None where neither sets off one date."""
    return set_off_places(title, paragraphs)[0]


def listing_day(
    title: str | None, paragraphs: tuple[str, ...], published: Published
) -> date | None:
    """The day a listings page's times are on: the one its headline sets off, whole (see
    `set_off_date`) or, in a piece of the headline of its own, without its year ("TV
    listings: Thursday 8 December"), then in the publication's year; a weekday written
    beside it must be that day's."""
    whole = set_off_date(title, paragraphs)
    if whole is not None or not title or published.year is None:
        return None if whole is None else date.fromisoformat(whole)
    days = set()
    for _, piece in _pieces(title[:_REACH]):
        words = piece.strip()
        if not any(c.isdigit() for c in words) or _DATE_ALONE.fullmatch(words) is None:
            continue
        found = parse_date(words, published)
        day = date.fromisoformat(found) if found and _DAY.fullmatch(found) else None
        weekday = words.split()[0].rstrip(",").lower()
        if day is not None and weekday in _WEEKDAYS and day.strftime("%A").lower() != weekday:
            day = None  # "Friday 8 December" in 2022: no such day that year
        days.add(day)
    return days.pop() if len(days) == 1 else None


_DATE_ALONE = re.compile(DATE)


def set_off_places(
    title: str | None, paragraphs: tuple[str, ...]
) -> tuple[str | None, list[tuple[int, int, int]]]:
    """The day `set_off_date` gives, and where it is written among `paragraphs` (of the
    first two, the headline's or the standfirst's): each place as its paragraph's index
    and the span of its words there. A headline that is no paragraph has no place."""
    found: list[tuple[str, int, int]] = []
    for at, piece in _pieces(title[:_REACH]) if title else ():
        found += [(day, at + start, at + end) for day, start, end in _dates(piece, opening=False)]
    where = next((i for i, p in enumerate(paragraphs[:2]) if p == title), None)
    # The standfirst: the first paragraph that is not the headline printed again.
    standfirst = next((i for i, p in enumerate(paragraphs[:2]) if p != title), None)
    if not found and standfirst is not None:
        piece = _pieces(paragraphs[standfirst][:_REACH], most=1)[0][1]
        found = list(_dates(piece, opening=True))
        where = standfirst
    days = {day for day, _, _ in found}
    if len(days) != 1:
        return None, []
    places = [] if where is None else [(where, start, end) for _, start, end in found]
    return days.pop(), places


def _pieces(text: str, most: int = 0) -> list[tuple[int, str]]:
    """The pieces of `text` between the marks that part a headline (at most `most` + 1
    where `most`), each with its offset."""
    out: list[tuple[int, str]] = []
    at = 0
    for count, mark in enumerate(_PIECES.finditer(text)):
        if most and count >= most:
            break
        out.append((at, text[at : mark.start()]))
        at = mark.end()
    out.append((at, text[at:]))
    return out


def _dates(piece: str, *, opening: bool) -> Iterator[tuple[str, int, int]]:
    """The dates of comma-parted words opening a piece (or, where not `opening`, closing
    it) that are only a date, its weekday and its time, each with its span in `piece`."""
    parts = piece.split(",")
    starts = [0]
    for part in parts:
        starts.append(starts[-1] + len(part) + 1)  # past the part and its comma
    for first in range(1 if opening else len(parts)):
        if first and _leads_on(parts[first - 1]):
            continue  # "on Thursday, 8 December 2022": the date goes on a phrase
        for last in range(first + 1, min(len(parts), first + _MOST_PARTS) + 1):
            if first and last < len(parts):
                continue  # set off at neither end of the piece
            date = _date_alone(",".join(parts[first:last]))
            if date is not None:
                yield date, starts[first], starts[last] - 1


def _leads_on(part: str) -> bool:
    """Whether the words before a comma end in one that the date after it continues."""
    words = part.split()
    return bool(words) and words[-1].lower().strip(".") in _LEADING_ON


def _date_alone(words: str) -> str | None:
    """The day of words that are only a date: no preposition first ("On 8 December
    2022" opens a sentence), no author, no update."""
    split = words.split()
    if not split or split[0].lower() in _PREPOSITIONS:
        return None
    line = read_byline(words.strip())
    if line is None or line.author is not None or line.updated or line.date is None:
        return None
    return line.date if _DAY.fullmatch(line.date) else None
