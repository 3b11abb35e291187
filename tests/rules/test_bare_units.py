"""A duration written as a bare number where the source gave another unit (2 for a
two-hour slot counted in minutes) is read as written, 2 minutes, and where that reading
decides a finding (D201 against the dataset, X301 or X303 against another claim) the
finding says what the number is in the unit that fits and what to write if the source
meant that: exact words, code and place."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.dated_sources import findings_of

DATASET = """\
dataset: {id: test, title: Test}
references:
  listing: {title: The listing, published: 2024-03}
properties:
  slot: {type: duration, unit: minutes, single: true}
  shoot: {type: duration, unit: days, single: true}
entities:
  - id: film
    names: [The Film]
    kind: film
    facts:
      - {property: slot, value: 120, ref: listing}
      - {property: shoot, value: 21, ref: listing}
  - id: other
    names: [The Other]
    kind: film
"""


def _findings(tmp_path: Path, files: dict[str, list[str]]) -> list[tuple[str, str, str]]:
    """`findings_of` the claims listed, each given an id, c0, c1 and so on."""
    claims = {
        source: [f"id: c{n}, {claim}" for n, claim in enumerate(listed)]
        for source, listed in files.items()
    }
    return findings_of(tmp_path, DATASET, claims)


FIX = "correct the claim, or acknowledge it with the fact-check's conclusion"


@pytest.mark.parametrize(
    ("claim", "column", "read", "held", "other"),
    [
        ("subject: The Film, property: slot, value: 2", 56, "2 minutes", "120 minutes", "2 hours"),
        ("subject: The Film, property: slot, value: 1.5", 56, "1.5 minutes", "", ""),
        ("subject: The Film, property: shoot, value: 3", 57, "3 days", "21 days", "3 weeks"),
    ],
)
def test_a_bare_number_the_dataset_refutes_is_told_the_unit_it_fits_in(
    tmp_path: Path, claim: str, column: int, read: str, held: str, other: str
) -> None:
    fact = "120 minutes" if "slot" in claim else "21 days"
    unit = "minutes" if "slot" in claim else "days"
    hint = (
        f", though {other} is {held}: a bare number is read in {unit}, the property's unit; "
        f"write '{other}' if the source meant that"
        if other
        else ""
    )
    assert _findings(tmp_path, {"a": [claim]}) == [
        (
            "D201",
            f"a.yaml:3:{column}",
            f"claims The Film {claim.split('property: ')[1].split(',')[0]} {read} as of "
            f"2024-03-07; the dataset gives {fact} (The listing, 2024-03), which the claim "
            f"rules out{hint}; {FIX}",
        )
    ]


@pytest.mark.parametrize(
    "value",
    [
        "3d",  # a unit of the writer's own: it said days
        "3 days",
        "{about: 3}",  # no bare number
        "{from: 2, to: 3}",
        "4",  # 4 weeks is not 21 days
    ],
)
def test_a_number_written_otherwise_or_fitting_no_unit_is_told_nothing_of_one(
    tmp_path: Path, value: str
) -> None:
    [(code, _, message)] = _findings(
        tmp_path, {"a": [f"subject: The Film, property: shoot, value: {value}"]}
    )
    assert code == "D201"
    assert "weeks" not in message
    assert "a bare number" not in message


def test_a_contradiction_a_bare_number_in_another_unit_settles_says_so(
    tmp_path: Path,
) -> None:
    files = {
        "a": ["subject: The Other, property: slot, value: 2"],
        "b": ["subject: The Other, property: slot, value: 120"],
        "c": ["subject: The Other, property: slot, value: 2 hours"],
    }
    unchecked = "the dataset has no slot for The Other to check it against; "
    add = "add a referenced fact to the dataset if one can be found"
    assert _findings(tmp_path, files) == [
        (
            "D203",
            "a.yaml:3:57",
            f"claims The Other slot 2 minutes as of 2024-03-07; {unchecked}{add}",
        ),
        (
            "X301",
            "a.yaml:3:57",
            "sources contradict each other on The Other slot: 1 source says 2 minutes (a) "
            "against 2 sources say 120 minutes or 2 hours (b, c); no single value fits every "
            "side; a/c0's 2 minutes is read in minutes, the property's unit, though 2 hours is "
            "120 minutes, as b/c0 gives: write '2 hours' if the source meant that; find out "
            "which is right and acknowledge the finding on the claim that is wrong",
        ),
        (
            "D203",
            "b.yaml:3:57",
            f"claims The Other slot 120 minutes as of 2024-03-07; {unchecked}{add}",
        ),
        (
            "D203",
            "c.yaml:3:57",
            f"claims The Other slot 2 hours as of 2024-03-07; {unchecked}{add}",
        ),
    ]


def test_a_source_contradicting_itself_through_a_bare_number_is_told_so(tmp_path: Path) -> None:
    claims = [
        "subject: The Other, property: slot, value: 2",
        "subject: The Other, property: slot, value: 120",
    ]
    [x303] = [f for f in _findings(tmp_path, {"a": claims}) if f[0] == "X303"]
    assert x303 == (
        "X303",
        "a.yaml:3:57",
        "a contradicts itself on The Other slot: c0 says 2 minutes; c1 says 120 minutes; at "
        "most one of them can be right; check the source; a/c0's 2 minutes is read in "
        "minutes, the property's unit, though 2 hours is 120 minutes, as a/c1 gives: write "
        "'2 hours' if the source meant that",
    )
