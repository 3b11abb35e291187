"""A date set off on its own in a headline or at the head of a standfirst dates an
article that has no date line; a date within a sentence does not."""

from __future__ import annotations

from datetime import date

import pytest

from validator.draft import read_article
from validator.draft.dates import Published
from validator.draft.headline_dates import listing_day, set_off_date, set_off_places

_BODY = "Kate Winslet plays Ruth, a mother watching her daughter slip away."


@pytest.mark.parametrize(
    ("title", "standfirst", "published"),
    [
        # Set off in the headline: after a comma, between dashes or bars, before a colon.
        ("TV review, Thursday 8 December 2022 – I Am Ruth", _BODY, "2022-12-08"),
        ("I Am Ruth review | 8 December 2022", _BODY, "2022-12-08"),
        ("8 December 2022: I Am Ruth is Winslet's finest hour", _BODY, "2022-12-08"),
        ("I Am Ruth review, Thursday, 8 December, 2022", _BODY, "2022-12-08"),
        # Opening the standfirst.
        ("I Am Ruth review", "Thursday 8 December 2022: a drama to shake you.", "2022-12-08"),
        ("I Am Ruth review", "8 December 2022 – a drama to shake you.", "2022-12-08"),
        # Within a sentence: what the article announces or reports.
        ("I Am Ruth airs on Thursday, 8 December 2022, at 9pm", _BODY, None),
        ("I Am Ruth review", "On 8 December 2022, Channel 4 aired a drama.", None),
        ("I Am Ruth review", "It airs on Thursday, 8 December 2022, at 9pm.", None),
        ("I Am Ruth review", "Winslet, 47, stars in the drama airing 8 December 2022.", None),
        # No whole date, or two of them.
        ("Baftas 2023: I Am Ruth wins big", _BODY, None),
        ("I Am Ruth review | December 2022", _BODY, None),
        ("I Am Ruth | 8 December 2022 | 9 December 2022", _BODY, None),
        # An update is no publication.
        ("I Am Ruth review | Updated 8 December 2022", _BODY, None),
    ],
)
def test_a_date_set_off(title: str, standfirst: str, published: str | None) -> None:
    assert set_off_date(title, (title, standfirst, _BODY)) == published


@pytest.mark.parametrize(
    ("title", "standfirst", "words"),
    [
        ("TV review, Thursday 8 December 2022 – I Am Ruth", _BODY, [" Thursday 8 December 2022"]),
        ("I Am Ruth review | 8 December 2022", _BODY, ["8 December 2022"]),
        ("I Am Ruth review, Thursday, 8 December, 2022", _BODY, [" Thursday, 8 December, 2022"]),
        (
            "I Am Ruth review",
            "Thursday 8 December 2022: a drama to shake you.",
            ["Thursday 8 December 2022"],
        ),
    ],
)
def test_where_the_date_set_off_is_written(title: str, standfirst: str, words: list[str]) -> None:
    """The places of the date set off, in the headline's paragraph or the standfirst's."""
    paragraphs = (title, standfirst, _BODY)
    day, places = set_off_places(title, paragraphs)
    assert day == "2022-12-08"
    assert [paragraphs[p][start:end] for p, start, end in places] == words


def test_a_headline_that_is_no_paragraph_has_no_place() -> None:
    assert set_off_places("I Am Ruth review | 8 December 2022", (_BODY,)) == ("2022-12-08", [])


def test_a_text_with_no_date_line_is_dated_by_its_headline() -> None:
    text = f"TV review, Thursday 8 December 2022 – I Am Ruth\n\nBy Lucy Mangan\n\n{_BODY}\n"
    assert read_article(text.encode()).published == "2022-12-08"


def test_a_date_line_comes_first() -> None:
    text = f"TV review, 8 December 2022 – I Am Ruth\n\n7 December 2022\n\n{_BODY}\n"
    assert read_article(text.encode()).published == "2022-12-07"


@pytest.mark.parametrize(
    ("title", "day"),
    [
        ("TV listings: Thursday 8 December 2022", date(2022, 12, 8)),
        # Without its year, in the publication's; its weekday must be that day's.
        ("TV listings: Thursday 8 December", date(2022, 12, 8)),
        ("What to watch | 8 December", date(2022, 12, 8)),
        ("TV listings: Friday 8 December", None),
        # A date inside the headline's words, or none, or two, is no listing's day.
        ("What to watch on Thursday 8 December", None),
        ("Tonight's pick: I Am Ruth", None),
        ("TV listings: 8 December | 9 December", None),
    ],
)
def test_the_day_a_listings_page_is_of(title: str, day: date | None) -> None:
    assert listing_day(title, (title, "I Am Ruth"), Published(2022, 12, 6)) == day
    # With no year of publication known, a date without its own gives none.
    if "2022" not in title:
        assert listing_day(title, (title, "I Am Ruth"), Published()) is None
