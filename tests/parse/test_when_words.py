"""The next step for a `published` or an `as_of` that is no date
(`validator.parse.when_words`): exact words, and none where the value or the field is
not the one each is for."""

from __future__ import annotations

from pathlib import Path

import pytest

from validator import validate
from validator.parse.when_words import (
    dates_listed_words,
    is_when,
    publication,
    relative_when_words,
)

ROOT = Path(__file__).resolve().parents[2]

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


@pytest.mark.parametrize("written", ["at the time", "At the time of writing.", "as of publication"])
def test_an_as_of_at_the_time_of_writing_is_told_to_leave_it_out(written: str) -> None:
    """Copied from the article, "at the time" was told every form of a date, none of
    them what it means: the source's publication date, where a claim holds already."""
    assert relative_when_words(("claims", 0, "as_of"), written, "2022-12-07") == (
        f"'{written}' is when the source was written, its publication date (2022-12-07), "
        "which a claim holds at without an as_of; leave as_of out"
    )
    assert relative_when_words(("claims", 0, "as_of"), written, None) == (
        f"'{written}' is when the source was written, its publication date, which a claim "
        "holds at without an as_of; leave as_of out"
    )
    assert relative_when_words(("source", "published"), written, None) == (
        f"'{written}' names no date; write the date it was published"
    )


@pytest.mark.parametrize(
    ("path", "written"),
    [
        (("claims", 0, "as_of"), "the time"),
        (("claims", 0, "value"), "at the time"),
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


def test_a_year_and_month_parted_by_a_point_is_told_the_month() -> None:
    # YAML reads `published: 2022.12` as a number: it was told only "got the number".
    path = ("source", "published")
    assert dates_listed_words(path, 2022.12, "2022.12") == (
        "; for the month 2022-12, write it as text: '2022-12'"
    )
    # As written, not as the float: 2022.10 is October, not 2022.1.
    assert dates_listed_words(("claims", 0, "as_of"), 2022.1, "2022.10") == (
        "; for the month 2022-10, write it as text: '2022-10'"
    )
    # One figure after the point, a thirteenth month, or no date's place: nothing.
    assert dates_listed_words(path, 2022.5, "2022.5") == ""
    assert dates_listed_words(path, 2022.13, "2022.13") == ""
    assert dates_listed_words(("claims", 0, "value"), 2022.12, "2022.12") == ""


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


def test_forms_desks_write_are_told_what_to_write_where_they_stand(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A claim file as a desk writes it: each value at its own line and column, told
    the form to write, where each was told only that it is not a duration or a date."""
    (tmp_path / "desk.yaml").write_text(
        "source: {id: desk, outlet: Desk, title: T, published: 2022-12-07}\n"
        "claims:\n"
        "  - {id: a, subject: I Am Ruth, property: runtime, value: 90-minute}\n"
        "  - {id: b, subject: I Am Ruth, property: runtime, value: 90 minutes ± 5}\n"
        "  - {id: c, subject: I Am Ruth, property: runtime, value: '1,5'}\n"
        "  - id: d\n"
        "    subject: Mia Threapleton\n"
        "    property: age\n"
        "    value: 22\n"
        "    as_of: at the time\n",
        encoding="utf-8",
    )
    monkeypatch.chdir(tmp_path)
    result = validate(["desk.yaml"], dataset=str(ROOT / "dataset"))
    fits = "value does not fit property 'runtime' (duration in minutes): "
    assert [(f.code, f.claims, str(f.location), f.message) for f in result.findings] == [
        (
            "E106",
            ("desk/a",),
            "desk.yaml:3:59",
            f"{fits}'90-minute' is a length written as an adjective; write '90 minutes'",
        ),
        (
            "E106",
            ("desk/b",),
            "desk.yaml:4:59",
            f"{fits}'90 minutes ± 5' is not a duration; for a value the source gives with a "
            "margin, write {about: 90, within: 5}",
        ),
        (
            "E106",
            ("desk/c",),
            "desk.yaml:5:59",
            f"{fits}'1,5' marks its decimals with a comma; write 1.5 if the comma marks the "
            "decimals",
        ),
        (
            "E102",
            ("desk/d",),
            "desk.yaml:10:12",
            "claims[3].as_of 'at the time' is when the source was written, its publication "
            "date (2022-12-07), which a claim holds at without an as_of; leave as_of out",
        ),
    ]
