"""The next step for a source's `published` or a claim's `as_of` that is no date: a
date relative to the writing ("last week", "Wednesday"), told where to count from and
which publication date that is; a list of dates, where an interval was meant, told the
interval; and anything else told every form the field takes, an interval among them.

Each was told only that it "does not have the expected form (a date such as 2022,
2022-12, 2022-12-08 or 2022-12-08T21:00)", or that it was "a list": nothing of the
interval the field takes, nor of the publication date a relative one is counted from.
"""

from __future__ import annotations

from typing import Any

from validator.model.property_types.base import ValueProblem
from validator.model.property_types.date_forms import NO_YEAR
from validator.model.property_types.dates import date_span, describe_date, month_as_number
from validator.model.property_types.relative_dates import (
    WHEN_FORMS,
    at_writing,
    name_publication,
    relative_day_words,
)
from validator.model.property_types.weekday_years import year_by_weekday
from validator.model.typography import shorten
from validator.read.positions import JsonPath

__all__ = [
    "dates_listed_words",
    "is_when",
    "publication",
    "publication_named",
    "relative_when_words",
    "when_forms",
]

_WHEN = frozenset(("published", "as_of"))


def is_when(path: JsonPath) -> bool:
    """Whether `path` is a field that takes a date or an interval of dates."""
    return bool(path) and path[-1] in _WHEN


def when_forms(path: JsonPath, forms: str) -> str:
    """The forms a text at `path` may take in words, as `forms` names those of its
    pattern: every form of a date, an interval among them, where an interval goes too."""
    return WHEN_FORMS if is_when(path) and forms.startswith("a date such as") else forms


def publication(data: Any) -> str | None:
    """The publication date of the claim file `data` as messages show it ("2022-12-07",
    "2022-12-01..2022-12-08"), where it is one that can be used; else None."""
    source = data.get("source") if isinstance(data, dict) else None
    published = source.get("published") if isinstance(source, dict) else None
    if isinstance(published, dict):
        ends = [published.get(key) for key in ("from", "to") if key in published]
        if not ends or len(ends) != len(published) or not all(map(_is_date, ends)):
            return None
    elif not _is_date(published):
        return None
    return describe_date(published)


def publication_named(message: str, data: Any) -> str:
    """A claim's `message` with the publication date of its claim file `data` named
    where it counts a relative date (`value: last week`) from it unnamed
    (`name_publication`): only a date that can be used is named. A day without its
    year is told the year its weekday names around that date (`year_by_weekday`)."""
    if _UNNAMED in message:
        return name_publication(message, publication(data))
    if NO_YEAR in message:  # "'Thursday 8 December' gives no year": which, by its weekday
        return year_by_weekday(message, publication(data))
    return message  # most messages: no date worked out for them


# What a message counting from the publication date unnamed says.
_UNNAMED = "from the source's publication date and"


def relative_when_words(path: JsonPath, instance: Any, published: str | None) -> str | None:
    """The message's words after the field's name for a date relative to the writing at
    `path`; `published`: the source's publication date, where known, which an `as_of`
    is counted from. None for any other value or field."""
    if not is_when(path) or not isinstance(instance, str):
        return None
    if at_writing(instance):  # "at the time": when the source was written
        if path[-1] == "published":
            return f"'{shorten(instance)}' names no date; write the date it was published"
        named = f" ({published})" if published else ""
        return (
            f"'{shorten(instance)}' is when the source was written, its publication "
            f"date{named}, which a claim holds at without an as_of; leave as_of out"
        )
    if path[-1] == "published":
        if relative_day_words(instance) is None:
            return None
        return (
            f"'{shorten(instance)}' is a date relative to when the source was written, not "
            f"its date; write the date it was published: {WHEN_FORMS}"
        )
    words = relative_day_words(instance, published)
    if words is None:
        return None
    return f"{words}; or leave as_of out if the claim holds at the source's publication date"


def dates_listed_words(path: JsonPath, instance: Any, number: str | None = None) -> str:
    """The next step for a list of dates where one date or an interval goes
    (`published: [2022-12-01, 2022-12-08]`): the date without brackets, or the period
    from the earliest to the latest as an interval; for a number there (`published:
    2022.12`, which YAML reads as one), `number` its figures as written, the month it
    reads as, where it is a year and a month parted by a point. "" for anything else."""
    if is_when(path) and type(instance) is float and number is not None:
        return f"; {step}" if (step := month_as_number(number)) else ""
    if not is_when(path) or not isinstance(instance, list) or not instance:
        return ""
    if len(instance) > 100 or not all(map(_is_date, instance)):
        return ""
    # From the start of the earliest to the end of the latest: [2022-12, 2022-12-08]
    # is December 2022.
    first = str(min(instance, key=lambda day: _ends(day)[0]))
    last = str(max(instance, key=lambda day: _ends(day)[1]))
    if len({str(day) for day in instance}) == 1:
        return f": write the date without brackets: {first}"
    if first == last:  # one holds the others ([2022, 2022-12-08]): no period of two ends
        return ": write one date, without brackets"
    interval = f"{{from: {first}, to: {last}}}"
    if len(instance) == 2:
        return f": write the period as an interval: {interval}"
    return f": write one date, or the period as an interval: {interval}"


def _is_date(raw: Any) -> bool:
    if isinstance(raw, bool) or not isinstance(raw, str | int):
        return False
    try:
        date_span(raw)
    except ValueProblem:
        return False
    return True


def _ends(day: str | int) -> tuple[float, float]:
    """The first and last minute of `day`, a date `_is_date` took."""
    span = date_span(day)
    assert span.low is not None and span.high is not None  # a date is never open
    return span.low, span.high
