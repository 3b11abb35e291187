"""The year a day written without one names by its weekday, beside the source's
publication (validator/model/property_types/weekday_years.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from validator import validate
from validator.model.property_types.weekday_years import year_by_weekday

ROOT = Path(__file__).resolve().parents[3]
TOLD = "'{}' gives no year; write the date with its year, as YYYY-12-08"


@pytest.mark.parametrize(
    ("written", "published", "named"),
    [
        # 8 December: a Wednesday in 2021, a Thursday in 2022, a Friday in 2023.
        (
            "Thursday 8 December",
            "2022-12-01",
            "2021 to 2023), 8 December is a Thursday only in 2022",
        ),
        ("Thu 8 Dec", "2023-01-20", "2022 to 2024), 8 December is a Thursday only in 2022"),
        ("Weds 8 December", "2022-06", "2021 to 2023), 8 December is a Wednesday only in 2021"),
        ("Thursday 8 December", "2022", "2021 to 2023), 8 December is a Thursday only in 2022"),
        # A publication given as an interval: the years around both its ends.
        (
            "Fri 8 December",
            "2022-12-01..2022-12-08",
            "2021 to 2023), 8 December is a Friday only in 2023",
        ),
    ],
)
def test_the_weekday_names_the_year(written: str, published: str, named: str) -> None:
    message = TOLD.format(written)
    assert year_by_weekday(message, published) == (
        f"{message}; of the years around the source's publication ({named}"
    )


@pytest.mark.parametrize(
    ("written", "published"),
    [
        ("Monday 8 December", "2022-12-01"),  # a Monday in none of 2021 to 2023
        ("8 December", "2022-12-01"),  # no weekday
        ("Someday 8 December", "2022-12-01"),  # no weekday's name
        ("Thursday 8 December", None),  # no publication date that can be used
    ],
)
def test_no_year_is_named_where_the_weekday_settles_none(
    written: str, published: str | None
) -> None:
    message = TOLD.format(written)
    assert year_by_weekday(message, published) == message


def test_other_messages_are_left_as_they_are() -> None:
    message = "'next Thursday' is a date relative to when the source was written"
    assert year_by_weekday(message, "2022-12-01") == message


def test_a_claim_is_told_the_year_of_its_own_source(tmp_path: Path) -> None:
    # The value's message is worked out once for every source; each claim's finding
    # names the year its own source's publication date and the weekday settle.
    for name, published in (("a", "2022-12-01"), ("b", "2016-11-30")):
        (tmp_path / f"{name}.yaml").write_text(
            f"source: {{id: {name}, outlet: O, title: T, published: {published}}}\n"
            "claims:\n"
            "  - {id: c, subject: I Am Ruth, property: first_broadcast,"
            " value: Thursday 8 December}\n",
            encoding="utf-8",
        )
    result = validate([str(tmp_path)], dataset=str(ROOT / "dataset"))
    assert [(f.code, f.claims, f.message) for f in result.findings] == [
        (
            "E106",
            (f"{name}/c",),
            "value does not fit property 'first_broadcast' (date): 'Thursday 8 December' "
            "gives no year; write the date with its year, as YYYY-12-08; of the years "
            f"around the source's publication ({span}), 8 December is a Thursday only in "
            f"{year}",
        )
        for name, span, year in (("a", "2021 to 2023", 2022), ("b", "2015 to 2017", 2016))
    ]
