"""A time-dependent fact against a claim's date: held over all of it, part of it, or
changed within it, on a second subject's dataset (a football club's squad and grounds)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from validator.dataset.load import load_dataset
from validator.pipeline import Options, run

SECOND_SUBJECT = Path(__file__).resolve().parents[1] / "second_subject" / "dataset"


@pytest.fixture(autouse=True)
def _cwd(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)


def judged(tmp_path: Path, claims: str) -> list[tuple[str, str, list[str]]]:
    """Each claim's id, verdict and its findings' codes and messages."""
    (tmp_path / "claims").mkdir()
    (tmp_path / "claims" / "a.yaml").write_text(
        "source: {id: desk, outlet: Desk, title: T, published: 2024-03-01}\nclaims:\n" + claims
    )
    result = run(["claims"], load_dataset(str(SECOND_SUBJECT)), Options(today=date(2026, 11, 21)))
    return [
        (
            c.full_id,
            c.verdict.value,
            [f"{f.code} {f.message}" for f in result.findings if c.full_id in f.claims],
        )
        for c in result.claims
    ]


def test_a_list_entry_valid_for_part_of_the_claims_date_leaves_it_undetermined(
    tmp_path: Path,
) -> None:
    """A player in the squad until May 2023, claimed in the squad "as of 2023": the
    claim was supported, as if he had been there all year. Claimed as of January 2022,
    when he was there throughout, it is, in the same run (the conclusion is remembered
    by which facts hold over the whole date, not only which apply)."""
    assert judged(
        tmp_path,
        "  - {id: year, subject: Rovers, property: squad_member, value: Reed, as_of: 2023}\n"
        "  - {id: then, subject: Rovers, property: squad_member, value: Reed, as_of: 2022-01}\n"
        "  - {id: now, subject: Rovers, property: squad_member, value: Sam Hale, as_of: 2023}\n",
    ) == [
        (
            "desk/year",
            "undetermined",
            [
                "D204 claims Saltmarsh Rovers F.C. squad_member Reed as of 2023; the dataset "
                "gives Tom Reed, shirt 9 (valid 2020-07..2023-05) (Northern Premier League "
                "records), which holds for only part of the claim's date, so the dataset "
                "neither confirms nor refutes it; find the date the source meant and give it "
                "as the claim's as_of"
            ],
        ),
        ("desk/then", "supported", []),
        ("desk/now", "supported", []),
    ]


def test_entries_whose_periods_meet_hold_over_both(tmp_path: Path) -> None:
    """A goalkeeper listed with shirt 1 to December 2022 and shirt 13 from January 2023
    was in the squad throughout mid-2022 to mid-2023; with shirt 1, for part of it."""
    assert judged(
        tmp_path,
        "  - {id: hale, subject: Rovers, property: squad_member, value: Hale, "
        "as_of: {from: 2022-06, to: 2023-06}}\n"
        "  - {id: one, subject: Rovers, property: squad_member, value: Hale, "
        "qualifiers: {shirt: 1}, as_of: {from: 2022-06, to: 2023-06}}\n",
    ) == [
        ("desk/hale", "supported", []),
        (
            "desk/one",
            "undetermined",
            [
                "D204 claims Saltmarsh Rovers F.C. squad_member Hale, shirt 1 as of "
                "2022-06..2023-06; the dataset gives Sam Hale, shirt 1 (valid 2021-07..2022-12) "
                "(Northern Premier League records), which holds for only part of the claim's "
                "date, so the dataset neither confirms nor refutes it; find the date the source "
                "meant and give it as the claim's as_of"
            ],
        ),
    ]


def test_a_single_value_that_changed_within_the_claims_date_is_named_with_the_other(
    tmp_path: Path,
) -> None:
    """The club moved grounds in August 1923: either ground "as of 1923" is undetermined,
    as before, and each names the other."""
    found = judged(
        tmp_path,
        "  - {id: park, subject: Rovers, property: home_ground, value: Estuary Park, "
        "as_of: 1923}\n",
    )
    assert found == [
        (
            "desk/park",
            "undetermined",
            [
                "D204 claims Saltmarsh Rovers F.C. home_ground Estuary Park as of 1923; the "
                "dataset gives Estuary Park (valid 1923-08-25 or later) (Saltmarsh Rovers: The "
                "First Hundred Years, Estuary Press, 1989), and also Quay Road (valid "
                "1889..1923-08-24) (Saltmarsh Rovers: The First Hundred Years, Estuary Press, "
                "1989): the value changed within the claim's date, so the dataset neither "
                "confirms nor refutes it; find the date the source meant and give it as the "
                "claim's as_of"
            ],
        )
    ]


def test_a_single_value_that_ended_within_the_claims_date_is_undetermined(
    tmp_path: Path,
) -> None:
    """A manager who left on 10 May 2025, the next appointed in June: "manager as of May
    2025" was supported ("true then"), though for the rest of May the club had another
    or none. Their periods do not meet, so neither is named beside the other."""
    assert judged(
        tmp_path,
        "  - {id: may, subject: Rovers, property: manager, value: Okafor, as_of: 2025-05}\n"
        "  - {id: april, subject: Rovers, property: manager, value: Okafor, as_of: 2025-04}\n",
    ) == [
        (
            "desk/may",
            "undetermined",
            [
                "D204 claims Saltmarsh Rovers F.C. manager Okafor as of 2025-05; the dataset "
                "gives Dana Okafor (valid 2021-11-20..2025-05-10) (Northern Premier League "
                "records), which holds for only part of the claim's date, so the dataset "
                "neither confirms nor refutes it; find the date the source meant and give it "
                "as the claim's as_of"
            ],
        ),
        (
            "desk/april",
            "supported",
            [
                "D206 claims Saltmarsh Rovers F.C. manager Okafor as of 2025-04; true then "
                "(Dana Okafor (valid 2021-11-20..2025-05-10) (Northern Premier League "
                "records)), but the dataset has Ilse Varga (valid 2025-06-02 or later) (Club "
                "handbook 2025/26, Saltmarsh Rovers F.C., 2025-08) since; say 'at the time' "
                "where the claim is reused"
            ],
        ),
    ]
