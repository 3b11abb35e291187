"""Ages, dates, durations, percentages and star ratings the cues did not place, for the
reviewer to record."""

from __future__ import annotations

import re
import sys
from bisect import bisect_right

from .bylines import read_byline
from .dates import DATE
from .model import Unplaced
from .numbers import DURATION, INTEGER, PERCENT
from .quotes import QuoteSpan
from .sentences import Sentence

__all__ = ["find_unplaced"]

# "Today" alone is how articles talk, almost never a claim's date.
_BARE_TODAY = re.compile(r"(?i:today)")
_IN = re.compile(r"(?i:in)\s+")
_WRITTEN = (
    # "The 21-year-old plays Freya": an age whose person the sentence does not name.
    ("age", re.compile(rf"{INTEGER}(?=[-\s]years?[-\s]old(?![\w]))")),
    # A date in figures ("8/12/22", "25.12.2022"): day and month may be either way round,
    # so it is listed, never drafted; its year is no date of its own.
    ("date", re.compile(r"(?<![\w./])\d{1,2}([/.])\d{1,2}\1(?:\d{4}|\d{2})(?![\w/]|[.]\d)")),
    ("date", re.compile(DATE)),
    # "A week before transmission" is when, not how long.
    ("duration", re.compile(rf"{DURATION}(?!\s+(?i:before|after|later|ago|earlier)(?![\w]))")),
    ("percentage", re.compile(PERCENT)),
    # A review's star rating: a row of stars, "4/5", "4 out of 5", "four stars", "4-star",
    # "3.5 stars" (whose "5 stars" is no rating of its own).
    # Whose it is (the article's own, or another outlet's) is the reviewer's to record.
    (
        "rating",
        re.compile(
            r"(?<![\w★☆])[★☆]{3,10}(?![★☆])"
            r"|(?<![\w./])(?:10|\d)(?:\.5)?\s?(?:/|(?i:out\s+of)\s)\s?(?:5|10)(?![\w/]|[.,]\d)"
            r"|(?<![\w.])(?:[0-5](?:\.5|½)?|(?i:one|two|three|four|five))[-\s](?i:stars?)(?![\w])"
        ),
    ),
)


# No value starts at a space: said first, a run of 100,000 spaces in a sentence is passed
# over at once, where each pattern's alternatives were tried at each of its places.
_KINDS = tuple((what, re.compile(rf"(?=\S)(?:{p.pattern})", p.flags)) for what, p in _WRITTEN)


def find_unplaced(
    sentences: list[Sentence],
    used: set[tuple[int, int]],
    quotes: list[QuoteSpan],
    dating: tuple[tuple[int, int, int], ...] = (),
) -> list[Unplaced]:
    """Values in the narration (not inside quotation marks) that no claim took, nor the
    source: a date its headline or standfirst sets off, `dating` (paragraph, start and
    end), that dates it is its `published`, as a date line's is."""
    quoted: dict[int, list[tuple[int, int]]] = {}
    for span in quotes:  # in order and never overlapping within a paragraph
        quoted.setdefault(span.paragraph, []).append((span.start, span.end))
    out: list[Unplaced] = []
    for index, sentence in enumerate(sentences):
        if _is_date_line(sentence.text):
            continue  # the page's own "Thu 8 Dec 2022 22.30 GMT": when it was published
        listed: list[tuple[int, int]] = []
        for what, pattern in _KINDS:
            # A kind's matches never overlap each other, so only the values of the kinds
            # before are looked up: as one span each, found by bisection.
            earlier = _merged(listed)
            for match in pattern.finditer(sentence.text):
                if _used(index, match, used) or _BARE_TODAY.fullmatch(match.group(0)):
                    continue
                if _inside(match.start(), earlier):
                    continue  # part of a value listed already: the year of "8/12/2022"
                if what == "date" and _dates_source(sentence, match, dating):
                    continue
                listed.append(match.span())
                at = sentence.start + match.start()
                if _inside(at, quoted.get(sentence.paragraph, [])):
                    continue
                out.append(
                    Unplaced(what, match.group(0), sentence.text.strip(), (sentence.paragraph, at))
                )
    return out


def _used(index: int, match: re.Match[str], used: set[tuple[int, int]]) -> bool:
    """Whether a claim took the value: where it starts, or past the "in" of "in 1865",
    which a cue ending in "in {value}" leaves to its own words."""
    lead = _IN.match(match.group(0))
    return (index, match.start()) in used or (
        lead is not None and (index, match.start() + lead.end()) in used
    )


def _dates_source(
    sentence: Sentence, match: re.Match[str], dating: tuple[tuple[int, int, int], ...]
) -> bool:
    """Whether the date `match` found in `sentence` overlaps a place in `dating`."""
    start, end = sentence.start + match.start(), sentence.start + match.end()
    return any(p == sentence.paragraph and s < end and start < e for p, s, e in dating)


def _merged(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The characters `spans` cover, as spans in order that never overlap."""
    out: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if start >= end:
            continue
        if out and start <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], end))
        else:
            out.append((start, end))
    return out


def _inside(at: int, spans: list[tuple[int, int]]) -> bool:
    before = bisect_right(spans, (at, sys.maxsize)) - 1
    return before >= 0 and spans[before][0] <= at < spans[before][1]


def _is_date_line(text: str) -> bool:
    """Whether the words are a date line alone, as pages print under a headline."""
    byline = read_byline(text.strip())
    return byline is not None and byline.author is None and byline.date is not None
