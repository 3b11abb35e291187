"""The one table of how articles write each property type's values."""

from __future__ import annotations

import re
from datetime import date

import pytest

from validator.draft.dates import Published
from validator.draft.prose import PROSE, implied_value
from validator.model.property_types.registry import TYPES

# The types a cue's slot never reads from prose: an entity slot matches the dataset's
# names (validator.draft.cues), and quote and boolean properties have no value slot.
NOT_PROSE = {"entity", "quote", "boolean"}


def test_every_registered_type_is_read_from_prose_or_named_as_not() -> None:
    registered = set(TYPES.names())
    assert set(PROSE) | NOT_PROSE == registered
    assert set(PROSE).isdisjoint(NOT_PROSE)


@pytest.mark.parametrize("kind", sorted(PROSE))
def test_each_pattern_compiles_with_no_groups_of_its_own(kind: str) -> None:
    assert re.compile(PROSE[kind].pattern).groups == 0


PUBLISHED = Published(2022, 12, 7)


@pytest.mark.parametrize(
    ("unit", "value"), [("hours", {"about": 1.5}), ("days", "90 min"), ("minutes", {"about": 90})]
)
def test_an_approximate_duration_is_in_the_property_s_unit(unit: str, value: object) -> None:
    """Where the unit makes no short number of the words, the words' own duration."""
    assert PROSE["duration"].read("about 90 minutes", PUBLISHED, unit, "") == value


@pytest.mark.parametrize(
    ("kind", "written", "value"),
    [
        ("integer", "twelve", 12),
        ("number", "3.5", 3.5),
        ("percent", "92 per cent", 92),
        ("duration", "two hours", "2 hours"),
        # A page's no-break space between a number and its unit ("90&nbsp;minutes").
        ("duration", "90\u00a0minutes", "90 min"),
        ("duration", "ninety\u202fminutes", "90 min"),
        ("duration", "two\u00a0and\u00a0a\u00a0half hours", "150 min"),
        # Approximate, in the property's unit (here minutes), as DESIGN.md writes it.
        ("duration", "about 90 minutes", {"about": 90}),
        ("duration", "around an hour and a half", {"about": 90}),
        ("duration", "roughly two hours", {"about": 120}),
        # Days and weeks, in the words' own unit ("filming took three weeks").
        ("duration", "three weeks", "3 weeks"),
        ("duration", "a week", "1 week"),
        ("duration", "ten days", "10 days"),
        ("duration", "two and a half weeks", "2.5 weeks"),
        ("duration", "half-hour", "30 min"),
        ("duration", "half hour", "30 min"),
        ("integer", "twenty\u00a0one", 21),
        ("date", "4 December", "2022-12-04"),
        # A time before its day, as listings write it.
        ("date", "at 9pm on Thursday 8 December", "2022-12-08T21:00"),
        ("date", "at 10.30pm tomorrow", "2022-12-08T22:30"),
        ("date", "at 21:00 on 8 December 2022", "2022-12-08T21:00"),
        ("text", "The  Night\\nManager", "The Night Manager"),
        # A possessive names someone else the one meant is related to.
        ("text", "Ruth's", None),
        ("text", "Ruth’s", None),
        # Words before a part's name describe it and are left out.
        ("text", "troubled teen Freya", "Freya"),
        ("text", "17-year-old Freya", "Freya"),
        ("text", "Freya's brother Billy", "Billy"),
        ("text", "her daughter Freya's", None),
    ],
)
def test_the_matched_words_become_the_value(kind: str, written: str, value: object) -> None:
    text = written.replace("\\n", "\n")
    found = re.fullmatch(PROSE[kind].pattern, text)
    assert found is not None or value is None
    assert PROSE[kind].read(text, PUBLISHED, "minutes", "") == value


def test_hour_alone_is_a_duration_only_before_long() -> None:
    """ "the hour-long drama" is an hour; "the hour" of "at the hour" is no duration."""
    pattern = re.compile(PROSE["duration"].pattern)
    assert [m.group(0) for m in pattern.finditer("the hour-long drama, an hour long")] == [
        "hour",
        "an hour",
    ]
    assert pattern.search("on the hour, every hour") is None
    assert PROSE["duration"].read("hour", PUBLISHED, "minutes", "") == "1 hour"


def test_the_value_of_a_cue_with_no_value_slot() -> None:
    """A boolean's cue says true; a date's, the time a listing gives alone on the day
    the headline sets off; any other, nothing."""
    listing = Published(2022, 12, 6, listing=date(2022, 12, 8))
    assert implied_value("boolean", None, listing) is True
    assert implied_value("date", "9pm", listing) == "2022-12-08T21:00"
    assert implied_value("date", "9pm", Published(2022, 12, 6)) is None
    assert implied_value("date", None, listing) is None
    assert implied_value("duration", "9pm", listing) is None
