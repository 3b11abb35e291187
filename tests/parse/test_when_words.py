"""The next step for a `published` or an `as_of` that is no date
(`validator.parse.when_words`): exact words, and none where the value or the field is
not the one each is for."""

from __future__ import annotations

import pytest

from validator.parse.when_words import (
    dates_listed_words,
    is_when,
    publication,
    relative_when_words,
)

FORMS = (
    "a date such as 2022-12-08 or 2022-12-08T21:00, a partial date such as 2022-12 or "
    "2022, or an interval such as {from: 2022-12-01, to: 2022-12-08}"
)


def test_a_relative_as_of_is_told_to_count_from_the_publication_date_it_names() -> None:
    assert relative_when_words(("claims", 0, "as_of"), "Last week", "2022-12-07") == (
        "'Last week' is a date relative to when the source was written; work out the date "
        f"it means from the source's publication date, 2022-12-07, and write that: {FORMS}; "
        "or leave as_of out if the claim holds at the source's publication date"
    )
    # The publication date unknown (itself no date): where to count from, unnamed.
    assert relative_when_words(("claims", 3, "as_of"), "today", None) == (
        "'today' is a date relative to when the source was written; work out the date it "
        f"means from the source's publication date and write that: {FORMS}; or leave as_of "
        "out if the claim holds at the source's publication date"
    )


def test_a_relative_publication_date_is_told_to_be_the_date_itself() -> None:
    assert relative_when_words(("source", "published"), "Wednesday", "2022-12-07") == (
        "'Wednesday' is a date relative to when the source was written, not its date; "
        f"write the date it was published: {FORMS}"
    )


@pytest.mark.parametrize(
    ("path", "written"),
    [
        (("source", "published"), "soon"),
        (("claims", 0, "as_of"), "8 December 2022"),
        (("claims", 0, "as_of"), 2022),
        (("claims", 0, "excerpt"), "last week"),
        (("claims", 0, "value"), "Wednesday"),
    ],
)
def test_only_a_relative_date_where_a_date_goes_is_told_so(
    path: tuple[str | int, ...], written: object
) -> None:
    assert relative_when_words(path, written, "2022-12-07") is None


def test_a_list_of_two_dates_is_told_the_interval() -> None:
    path = ("source", "published")
    assert dates_listed_words(path, ["2022-12-01", "2022-12-08"]) == (
        ": write the period as an interval: {from: 2022-12-01, to: 2022-12-08}"
    )
    # Written latest first: from the start of the earliest to the end of the latest.
    assert dates_listed_words(path, ["2022-12-08", "2022-11"]) == (
        ": write the period as an interval: {from: 2022-11, to: 2022-12-08}"
    )
    # One holds the other: no period of two ends.
    assert dates_listed_words(("claims", 2, "as_of"), ["2022-12-08", 2022]) == (
        ": write one date, without brackets"
    )
    assert dates_listed_words(path, ["2022-12-08", "2022-12-01", "2022-12-05"]) == (
        ": write one date, or the period as an interval: {from: 2022-12-01, to: 2022-12-08}"
    )
    assert dates_listed_words(path, ["2022-12-07"]) == (
        ": write the date without brackets: 2022-12-07"
    )


@pytest.mark.parametrize(
    ("path", "written"),
    [
        (("source", "published"), ["2022-12-01", "soon"]),
        (("source", "published"), []),
        (("source", "published"), [True]),
        (("source", "published"), "2022-12-01"),
        (("claims", 0, "value"), ["2022-12-01", "2022-12-08"]),
    ],
)
def test_only_a_list_of_dates_where_a_date_goes_is_told_the_interval(
    path: tuple[str | int, ...], written: object
) -> None:
    assert dates_listed_words(path, written) == ""


@pytest.mark.parametrize(
    ("data", "shown"),
    [
        ({"source": {"published": "2022-12-07"}}, "2022-12-07"),
        ({"source": {"published": 2022}}, "2022"),
        (
            {"source": {"published": {"from": "2022-12-01", "to": "2022-12-08"}}},
            "2022-12-01..2022-12-08",
        ),
        ({"source": {"published": {"from": "2022-12-01"}}}, "2022-12-01 or later"),
        ({"source": {"published": "Wednesday"}}, None),
        ({"source": {"published": {"from": "soon"}}}, None),
        ({"source": {"published": {"from": "2022-12-01", "by": "x"}}}, None),
        ({"source": {"published": {}}}, None),
        ({"source": {"published": True}}, None),
        ({"source": "Tyla"}, None),
        ([], None),
    ],
)
def test_the_publication_date_is_named_only_where_it_can_be_used(
    data: object, shown: str | None
) -> None:
    assert publication(data) == shown


def test_the_fields_that_take_a_date_or_an_interval() -> None:
    assert is_when(("source", "published"))
    assert is_when(("claims", 4, "as_of"))
    assert not is_when(("claims", 4, "value"))
    assert not is_when(())
