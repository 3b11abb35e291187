"""Dates as articles write them, resolved against the publication date, and the tense
that places a day of the week written without its date."""

from __future__ import annotations

import re
from datetime import date

import pytest

from validator.draft.dates import DATE, Published, parse_date, tense

TUESDAY = Published(2022, 12, 6)
FRIDAY = Published(2022, 12, 2)


@pytest.mark.parametrize(
    ("written", "published", "verbs", "value"),
    [
        # Within the week around the publication day, the way the tense points.
        ("Thursday", TUESDAY, "future", "2022-12-08"),
        ("Thursday", FRIDAY, "past", "2022-12-01"),
        ("Thursday at 9pm", TUESDAY, "future", "2022-12-08T21:00"),
        ("at 9pm on Thursday", TUESDAY, "future", "2022-12-08T21:00"),
        # A time set after its day and a comma, as a listing or a release prints it; a
        # comma before the day's own number is no time.
        ("Thursday, December 8th, 9pm", TUESDAY, None, "2022-12-08T21:00"),
        ("8 December 2022, 21:00", TUESDAY, None, "2022-12-08T21:00"),
        ("tomorrow, 8 December", Published(2022, 12, 7), None, "2022-12-08"),
        ("Sunday night", Published(2023, 5, 15), "past", "2023-05-14"),
        ("this Thursday", TUESDAY, None, "2022-12-08"),
        ("this Monday", TUESDAY, "past", "2022-12-05"),
        ("last Thursday", Published(2022, 12, 8), None, "2022-12-01"),
        ("last Tuesday", TUESDAY, None, "2022-11-29"),
        # No direction, a day readers take two ways, the publication's own day (which
        # the words would call "today"), or no day of publication: no date.
        ("Thursday", TUESDAY, None, None),
        ("next Thursday", TUESDAY, "future", None),
        ("Tuesday", TUESDAY, "future", None),
        ("Thursday", Published(2022, 12), "future", None),
        ("last night", Published(2022, 12, 9), None, "2022-12-08"),
        ("in December last year", Published(2023, 5, 15), None, "2022-12"),
        ("December next year", TUESDAY, None, "2023-12"),
        ("December this year", TUESDAY, None, "2022-12"),
        # A month alone is the nearest the tense points to; with no tense, the
        # publication's year.
        ("in December", Published(2023, 5, 15), "past", "2022-12"),
        ("in March", TUESDAY, "future", "2023-03"),
        ("in December", Published(2023, 5, 15), None, "2023-12"),
        ("in April", Published(2023, 5, 15), "past", "2023-04"),
        ("the end of April", Published(2022, 4, 10), "future", "2022-04"),
        ("start of March", TUESDAY, "past", "2022-03"),
        # So is a day and month written without a year: "first aired on 8 December" in
        # an article of May 2023 was read as 2023-12-08, a broadcast still to come.
        ("8 December", Published(2023, 5, 15), "past", "2022-12-08"),
        ("8 March", TUESDAY, "future", "2023-03-08"),
        ("20 December", TUESDAY, "past", "2021-12-20"),
        ("1 December", TUESDAY, "past", "2022-12-01"),
        ("20 December", TUESDAY, "future", "2022-12-20"),
        ("20 December", Published(2022, 12), "past", "2022-12-20"),
        ("8 December", Published(2023, 5, 15), None, "2023-12-08"),
        ("December 8th", Published(2023, 5, 15), "past", "2022-12-08"),
        # Or its year said relative to the publication's, whatever the tense.
        ("8 December last year", Published(2023, 5, 15), None, "2022-12-08"),
        ("Thursday 8 December last year", Published(2023, 5, 15), "future", "2022-12-08"),
        ("8 December next year", TUESDAY, "past", "2023-12-08"),
        ("8 March this year", Published(2023, 5, 15), "future", "2023-03-08"),
        ("8 December 2022", Published(2023, 5, 15), "future", "2022-12-08"),
    ],
)
def test_a_date_is_read_at_the_precision_the_words_give(
    written: str, published: Published, verbs: str | None, value: str | None
) -> None:
    assert re.fullmatch(DATE, written) is not None
    assert parse_date(written, published, verbs) == value


@pytest.mark.parametrize(
    ("words", "found"),
    [
        ("I Am Ruth airs on Channel 4 ", "future"),
        ("I Am Ruth goes out on ", "future"),
        ("I Am Ruth went out on ", "past"),
        ("The Glass Orchard opens at the Lantern ", "future"),
        ("It will air ", "future"),
        ("It is set to air ", "future"),
        # A plan: its "scheduled" or "expected" is no past verb; one that was, is.
        ("Filming is scheduled to start on ", "future"),
        ("Shooting is expected to begin in ", "future"),
        ("Filming was expected to start on ", "past"),
        ("I Am Ruth aired on Channel 4 ", "past"),
        ("the ceremony was held ", "past"),
        ("Vell won the prize ", "past"),
        # A participle before "by" is no verb of its own: set off, or after "was" or "is".
        ("I Am Ruth, directed by Dominic Savage, airs on ", "future"),
        ("The drama, made by Me+You Productions, goes out on ", "future"),
        ("It was directed by Dominic Savage and shown on ", "past"),
        ("It is produced by Me+You and ", "future"),
        ("The drama, hosted by Mayor Vell, airs on ", "future"),  # a name, not May
        # Before "by" and a time, a past verb all the same.
        ("Filming wrapped by Friday, ", "past"),
        ("The series ended by 9pm on ", "past"),
        ("Shooting finished by mid-May, ", "past"),
        # Neither, or both: no direction.
        ("first broadcast on ", None),
        ("It is repeated on ", None),
    ],
)
def test_the_tense_of_a_cue_s_words(words: str, found: str | None) -> None:
    assert tense(words) == found


@pytest.mark.parametrize("written", ["9.00pm", "Channel 4, 9.00pm", "at 9pm", "21:00", "9.12"])
def test_a_time_alone_is_no_date(written: str) -> None:
    """A listing's "Channel 4, 9.00pm" says what time, not what day: no date is read
    from it (with its day, "tonight, 9.00pm", it is one)."""
    assert re.search(DATE, written) is None
    assert parse_date(written, TUESDAY, "future") is None
    assert parse_date("tonight, 9.00pm", TUESDAY, None) == "2022-12-06T21:00"


def test_a_listing_s_time_alone_is_on_the_day_its_headline_sets_off() -> None:
    """ "9pm" on a listings page headed "Thursday 8 December 2022" is that day at 21:00;
    a time with its own day, or a page whose headline sets off no day, gives none."""
    listing = Published(2022, 12, 6, listing=date(2022, 12, 8))
    assert [listing.listed(t) for t in ("9pm", " 9.30pm ", "21:00", "9")] == [
        "2022-12-08T21:00",
        "2022-12-08T21:30",
        "2022-12-08T21:00",
        None,
    ]
    assert listing.listed("Thursday, 9pm") is None
    assert TUESDAY.listed("9pm") is None
