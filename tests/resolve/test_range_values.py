"""A range where the values are never one (an entity, a text, a quote, a boolean): what
to write instead, for the value and for a qualifier."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest

from validator.dataset.load import load_dataset
from validator.dataset.model import Dataset
from validator.pipeline import validate
from validator.resolve.range_values import never_ranged, one_value_step, ranged_words

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def dataset() -> Dataset:
    return load_dataset(str(ROOT / "dataset"))


def test_the_discrete_types_are_never_ranged() -> None:
    assert [never_ranged(k) for k in ("entity", "text", "quote", "boolean")] == [True] * 4
    assert [never_ranged(k) for k in ("date", "duration", "integer", "nothing")] == [False] * 4


@pytest.mark.parametrize(
    ("raw", "prop", "step"),
    [
        (
            {"from": "Kate Winslet", "to": "Mia Threapleton"},
            "cast_member",
            "one claim holds one value: write a claim for each, 'value: Kate Winslet' and "
            "'value: Mia Threapleton'",
        ),
        ({"about": "Kate Winslet"}, "cast_member", "write the value itself, 'value: Kate Winslet'"),
        # The same name twice is one claim.
        ({"from": "Mia", "to": "Mia"}, "cast_member", "write the value itself, 'value: Mia'"),
        (
            {"from": "1998-11-22", "to": "2001-12"},
            "spouse",
            "write one value, and the dates as the claim's qualifiers, "
            "'qualifiers: {from: 1998-11-22, to: 2001-12}'",
        ),
        (
            {"from": 2023, "to": 2024},  # years YAML reads as numbers
            "award_received",
            "write one value, and the dates as the claim's qualifier 'year', "
            "'qualifiers: {year: {from: 2023, to: 2024}}'",
        ),
        (
            {"from": "2022-12-08"},
            "network",
            "write one value; dates that say when the claim holds go in its as_of, "
            "'as_of: {from: 2022-12-08}'",
        ),
        # An approximate date is its date: `as_of` and a date qualifier take no
        # `about`, and its `within` is no date (the advice quoted both, unbounded).
        (
            {"about": "2022-12-08", "within": "x" * 500},
            "network",
            "write one value; dates that say when the claim holds go in its as_of, "
            "'as_of: 2022-12-08'",
        ),
        (
            {"about": 2023},
            "award_received",
            "write one value, and the date as the claim's qualifier 'year', "
            "'qualifiers: {year: 2023}'",
        ),
        ({"about": 4}, "network", "write one value"),
    ],
)
def test_the_next_step_says_what_the_range_holds(
    dataset: Dataset, raw: dict[str, Any], prop: str, step: str
) -> None:
    assert one_value_step(raw, "value", dataset.properties[prop]) == step


def test_a_qualifier_is_told_a_claim_for_each_name_and_else_one_value() -> None:
    names = {"from": "Ruth", "to": "Freya"}
    assert one_value_step(names, "character") == (
        "one claim holds one value: write a claim for each, 'character: Ruth' and "
        "'character: Freya'"
    )
    assert one_value_step({"from": 1, "to": 2}, "character") == "write one value"


def test_only_a_refusal_of_a_range_is_worded_anew() -> None:
    refusal = "an entity value cannot be an interval or approximate; write one value"
    assert ranged_words(refusal, {"about": "Mia"}, "value") == (
        "an entity value cannot be an interval or approximate; write the value itself, 'value: Mia'"
    )
    assert ranged_words(refusal, "Mia", "value") == refusal
    assert ranged_words("expected true or false", {"about": 1}, "value") == (
        "expected true or false"
    )


def test_a_cast_given_as_a_range_is_told_a_claim_for_each_member(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Scenario: the schema refused the range's ends as no date or number, and said no
    more; with the property known, its E102 (key and fingerprint kept) says what to
    write. A range of dates on a property with date qualifiers is told those."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "r.yaml").write_text(
        "source: {id: r, outlet: O, title: T, published: 2023-06-01}\n"
        "claims:\n"
        "  - id: cast\n    subject: I Am Ruth\n    property: cast_member\n"
        "    value: {from: Kate Winslet, to: Mia Threapleton}\n"
        "  - id: roles\n    subject: Kate Winslet\n    property: acted_in\n"
        "    value: I Am Ruth\n    qualifiers: {character: {about: Ruth}}\n"
        "  - id: married\n    subject: Kate Winslet\n    property: spouse\n"
        "    value: {from: 1998-11-22, to: 2001-12}\n"
        "  - id: date\n    subject: I Am Ruth\n    property: first_broadcast\n"
        "    value: {from: Thursday}\n",
        encoding="utf-8",
    )
    result = validate(["r.yaml"], str(ROOT / "dataset"), root=str(tmp_path), today=date(2026, 1, 1))
    assert [(f.code, str(f.location), f.key, f.message) for f in result.findings] == [
        (
            "E102",
            "r.yaml:6:19",
            "claims[0].value.from",
            "claims[0].value is an interval, but property 'cast_member' takes an entity, "
            "never an interval or approximate; one claim holds one value: write a claim for "
            "each, 'value: Kate Winslet' and 'value: Mia Threapleton'",
        ),
        (
            "E102",
            "r.yaml:11:37",
            "claims[1].qualifiers.character.about",
            "claims[1].qualifiers.character is an approximate value, but qualifier "
            "'character' takes text, never an interval or approximate; write the value "
            "itself, 'character: Ruth'",
        ),
        (
            "E106",
            "r.yaml:15:12",
            "value",
            "value does not fit property 'spouse' (an entity): an entity value cannot be an "
            "interval or approximate; write one value, and the dates as the claim's "
            "qualifiers, 'qualifiers: {from: 1998-11-22, to: 2001-12}'",
        ),
        # A date property's range is a range still: its end is told its form.
        (
            "E102",
            "r.yaml:19:19",
            "claims[3].value.from",
            "claims[3].value.from is the text 'Thursday', which does not have the expected "
            "form (a date such as 2022, 2022-12, 2022-12-08 or 2022-12-08T21:00, or a "
            "number in the property's unit)",
        ),
    ]
