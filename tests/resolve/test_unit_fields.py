"""A `unit` beside a claim's value is told the form its property's type reads the two in,
in the words of the E106 that value would get."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from validator import validate

ROOT = Path(__file__).resolve().parents[2]
HEAD = "unknown field 'unit' in claims[0]: a value carries its own unit"


@pytest.mark.parametrize(
    ("claim", "column", "next_step"),
    [
        # A duration reads its unit in the value.
        (
            "subject: I Am Ruth, property: runtime, value: 47, unit: minutes",
            63,
            "; write it into the value, 'value: 47 minutes', as property 'runtime' "
            "(duration in minutes) reads it",
        ),
        # A whole number in years reads the number alone: the next step of its E106.
        (
            "subject: Kate Winslet, property: age, value: 47, unit: years",
            62,
            ", but property 'age' (integer in years) does not read 'value: 47 years': "
            "expected a whole number, not '47 years'; write 47: the property's unit is years",
        ),
        (
            "subject: Kate Winslet, property: age, value: 47, unit: minutes",
            62,
            ", but property 'age' (integer in years) does not read 'value: 47 minutes': "
            "expected a whole number, not '47 minutes'; write the number in years alone, "
            "without 'minutes'",
        ),
        (
            # The number as written (47.50, not 47.5).
            "subject: I Am Ruth, property: runtime, value: 47.50, unit: furlongs",
            66,
            ", but property 'runtime' (duration in minutes) does not read "
            "'value: 47.50 furlongs': '47.50 furlongs': unknown unit 'furlongs' "
            "(use min, hours, days)",
        ),
        # No property of the dataset: both forms, as the schema's words say them.
        (
            "subject: I Am Ruth, property: length, value: 47, unit: min",
            62,
            "; write it into the value, 'value: 47 min', where the property is a duration, "
            "else write the number in the property's unit alone",
        ),
    ],
)
def test_a_unit_beside_a_value_is_told_the_property_s_form(
    tmp_path: Path, claim: str, column: int, next_step: str
) -> None:
    assert _findings(tmp_path, claim) == [("E102", 3, column, HEAD + next_step)]


def _findings(tmp_path: Path, claim: str) -> list[tuple[str, int, int, str]]:
    """Each finding of a file of the one claim `claim` (its fields after the id), which
    is invalid: code, line, column and message."""
    path = tmp_path / "a.yaml"
    source = "source: {id: s, outlet: O, title: T, published: 2022-12-07}"
    path.write_text(f"{source}\nclaims:\n  - {{id: c, {claim}}}\n", encoding="utf-8")
    result = validate(str(path), dataset=str(ROOT / "dataset"), today=date(2026, 11, 21))
    assert [c.verdict.value for c in result.claims] == ["invalid"]
    return [
        (f.code, f.locations[0].line, f.locations[0].column, f.message) for f in result.findings
    ]
