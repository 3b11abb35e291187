"""A part of an approximate value or an interval written with its unit is told the number
to write in the unit of the claim's property."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from validator import validate

ROOT = Path(__file__).resolve().parents[2]
ABOUT = "claims[0].value.about should be a number, not the text "
FROM = "claims[0].value.from is the text "
FORM = (
    ", which does not have the expected form (a date such as 2022, 2022-12, 2022-12-08 or "
    "2022-12-08T21:00, or a number in the property's unit)"
)
STEP = "; write the number alone, in "


@pytest.mark.parametrize(
    ("claim", "column", "message"),
    [
        # Read as the property's type reads it, without its tolerance: one hour is 60
        # minutes, not the one minute "1 if that unit is 'hour'" led to.
        (
            "subject: I Am Ruth, property: runtime, value: {about: 1 hour}",
            67,
            f"{ABOUT}'1 hour'{STEP}minutes, the unit the dataset gives property 'runtime': "
            "'about: 60'",
        ),
        (
            "subject: I Am Ruth, property: runtime, value: {from: 1.5 hours}",
            66,
            f"{FROM}'1.5 hours'{FORM}{STEP}minutes, the unit the dataset gives property "
            "'runtime': 'from: 90'",
        ),
        (
            "subject: I Am Ruth, property: runtime, value: {about: 90, within: 300 seconds}",
            79,
            "claims[0].value.within should be a number, not the text '300 seconds'"
            f"{STEP}minutes, the unit the dataset gives property 'runtime': 'within: 5'",
        ),
        (
            "subject: I Am Ruth, property: runtime, value: {about: 100 seconds}",
            67,
            f"{ABOUT}'100 seconds'{STEP}minutes, the unit the dataset gives property "
            "'runtime': 'about: 1.66667'",
        ),
        # A whole number in years: the figure before the unit's own word.
        (
            "subject: Kate Winslet, property: age, value: {about: 47 years}",
            66,
            f"{ABOUT}'47 years'{STEP}years, the unit the dataset gives property 'age': 'about: 47'",
        ),
        # Another unit than the property's, which only the writer converts: the unit.
        (
            "subject: Kate Winslet, property: age, value: {from: 20 weeks}",
            65,
            f"{FROM}'20 weeks'{FORM}{STEP}years, the unit the dataset gives property 'age'",
        ),
        (
            "subject: I Am Ruth, property: runtime, value: {about: 5 furlongs}",
            67,
            f"{ABOUT}'5 furlongs'{STEP}minutes, the unit the dataset gives property 'runtime'",
        ),
        # A percentage, with its sign or in words: the number its property reads.
        (
            "subject: I Am Ruth, property: rotten_tomatoes_score, value: {from: 90%}",
            80,
            f"{FROM}'90%'{FORM}; write the number alone, as property 'rotten_tomatoes_score' "
            "reads a percentage: 'from: 90'",
        ),
        (
            "subject: I Am Ruth, property: rotten_tomatoes_score, value: {about: 92 per cent}",
            81,
            f"{ABOUT}'92 per cent'; write the number alone, as property "
            "'rotten_tomatoes_score' reads a percentage: 'about: 92'",
        ),
        # A duration for a date: the property takes dates, not a number in any unit.
        (
            "subject: I Am Ruth, property: first_broadcast, value: {from: 2 hours}",
            74,
            f"{FROM}'2 hours'{FORM}; property 'first_broadcast' takes dates: write each end as "
            "a date, such as 2022-12-08",
        ),
        (
            "subject: I Am Ruth, property: first_broadcast, value: {about: 2 hours}",
            75,
            f"{ABOUT}'2 hours'; property 'first_broadcast' takes dates, which are not "
            "approximate: write the span the date may lie in as an interval, such as "
            "{from: 2022-12-01, to: 2022-12-08}",
        ),
        # No property of the dataset, or one without a unit: the parse stage's words.
        (
            "subject: I Am Ruth, property: length, value: {about: 1 hour}",
            66,
            f"{ABOUT}'1 hour'; write the number alone, in the unit the dataset gives the "
            "property (1 if that unit is 'hour')",
        ),
        (
            "subject: I Am Ruth, property: series_number, value: {about: 3 films}",
            73,
            f"{ABOUT}'3 films'; write the number alone, in the unit the dataset gives the "
            "property (3 if that unit is 'films')",
        ),
        (
            "subject: I Am Ruth, property: size, value: {from: 90%}",
            63,
            f"{FROM}'90%'{FORM}; write the number alone, in the unit the dataset gives the "
            "property (90 for a percentage)",
        ),
    ],
)
def test_a_part_with_its_unit_is_told_the_number_in_the_property_s_unit(
    tmp_path: Path, claim: str, column: int, message: str
) -> None:
    path = tmp_path / "a.yaml"
    source = "source: {id: s, outlet: O, title: T, published: 2022-12-07}"
    path.write_text(f"{source}\nclaims:\n  - {{id: c, {claim}}}\n", encoding="utf-8")
    result = validate(str(path), dataset=str(ROOT / "dataset"), today=date(2026, 11, 21))
    assert [c.verdict.value for c in result.claims] == ["invalid"]
    found = [
        (f.code, f.locations[0].line, f.locations[0].column, f.message) for f in result.findings
    ]
    assert found == [("E102", 3, column, message)]
