"""Derived properties against the shipped dataset: an age at a date before the birth."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from validator import Result
from validator.dataset.load import load_dataset
from validator.pipeline import Options, run

ROOT = Path(__file__).resolve().parents[2]
SOURCE = "source: {id: early, outlet: A, title: T, published: 2022-12-07}\nclaims:\n"
_REF = "(Published biographies of Kate Winslet and her family)"


def check(tmp_path: Path, claims: str) -> Result:
    (tmp_path / "claims").mkdir()
    (tmp_path / "claims" / "a.yaml").write_text(SOURCE + claims)
    dataset = load_dataset(str(ROOT / "dataset"))
    return run(["claims"], dataset, Options(today=date(2026, 11, 21)))


@pytest.fixture(autouse=True)
def _cwd(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)


def test_an_age_before_the_birth_says_not_yet_born(tmp_path: Path) -> None:
    result = check(
        tmp_path,
        "  - {id: young, subject: Mia Threapleton, property: age, value: 5, as_of: 1990-01-01}\n",
    )
    assert [(c.full_id, c.verdict.value) for c in result.claims] == [("early/young", "refuted")]
    (finding,) = result.findings
    assert (finding.code, finding.severity.value, finding.claims) == (
        "D201",
        "error",
        ("early/young",),
    )
    assert [str(loc) for loc in finding.locations] == ["claims/a.yaml:3:65"]
    assert finding.message == (
        "claims Mia Threapleton age 5 as of 1990-01-01; the dataset gives birth_date "
        f"2000-10-12 {_REF}, so Mia Threapleton was not yet born then; correct the claim, "
        "or acknowledge it with the fact-check's conclusion"
    )


def test_an_age_over_a_time_the_birth_falls_in(tmp_path: Path) -> None:
    result = check(
        tmp_path,
        "  - {id: zero, subject: Mia Threapleton, property: age, value: 0, as_of: 2000}\n",
    )
    assert [(c.full_id, c.verdict.value) for c in result.claims] == [("early/zero", "undetermined")]
    (finding,) = result.findings
    assert (finding.code, finding.message) == (
        "D204",
        "claims Mia Threapleton age 0 as of 2000; the dataset gives birth_date 2000-10-12 "
        f"{_REF}, so Mia Threapleton was not yet born, then 0 in that time; the claim cannot "
        "be confirmed for the whole period; find the date the source meant and give it as the "
        "claim's as_of",
    )


def test_a_less_precise_age_says_what_would_say_more(tmp_path: Path) -> None:
    result = check(
        tmp_path,
        "  - {id: about, subject: Mia Threapleton, property: age, value: {about: 22, within: 1},\n"
        "     as_of: 2022-12-07}\n",
    )
    verdicts = [claim.verdict.value for claim in result.claims]
    assert (verdicts, [(f.code, f.message) for f in result.findings]) == (
        ["supported"],
        [
            (
                "D202",
                "claims Mia Threapleton age about 22 ± 1 as of 2022-12-07; the dataset gives "
                f"birth_date 2000-10-12 {_REF}, so Mia Threapleton was 22 throughout: supported, "
                "but less precise; a more precise value would say more",
            )
        ],
    )


COMPANY_DATASET = """\
dataset: {id: firms, title: Firms, checked: 2026-11-30}
references: {register: {title: Company register, published: 2021-05}}
properties:
  founded: {type: date, single: true}
  company_age: {type: integer, unit: years, derived: age, from: founded}
entities:
  - {id: arup-smith, kind: company, names: [Arup Smith], facts: [
      {property: founded, value: 1971-03-01, ref: register}]}
  - {id: new-co, kind: company, names: [New Co]}
"""


def test_an_age_derived_from_another_date_is_worded_by_that_date(tmp_path: Path) -> None:
    """An age need not be a person's: a company's from its founding date is worded by
    that property, not by a birth date."""
    (tmp_path / "dataset").mkdir()
    (tmp_path / "dataset" / "firms.yaml").write_text(COMPANY_DATASET)
    (tmp_path / "claims").mkdir()
    (tmp_path / "claims" / "a.yaml").write_text(
        SOURCE + "  - {id: old, subject: Arup Smith, property: company_age, value: 50}\n"
        "  - {id: new, subject: New Co, property: company_age, value: 3}\n"
    )
    result = run(["claims"], load_dataset("dataset"), Options(today=date(2026, 11, 21)))
    assert [(f.code, f.message) for f in result.findings] == [
        (
            "D201",
            "claims Arup Smith company_age 50 as of 2022-12-07; the dataset gives founded "
            "1971-03-01 (Company register, 2021-05), so Arup Smith was 51 throughout; correct "
            "the claim, or acknowledge it with the fact-check's conclusion",
        ),
        (
            "D203",
            "claims New Co company_age 3 as of 2022-12-07; the dataset has no founded for New "
            "Co, so the age cannot be checked; add a referenced founded fact to the dataset if one "
            "can be found",
        ),
    ]
    steps = result.claims[0].explanation
    assert "the date gives an age of 51 over 2022-12-07" in steps


def test_an_age_over_an_open_ended_as_of_is_explained_in_order(tmp_path: Path) -> None:
    """An as_of with no end ("2023-05-14 or later") gives ages that already run over
    time; the explanation puts the as_of first, not after them ("48 or more after over
    2023-05-14 or later")."""
    result = check(
        tmp_path,
        "  - {id: later, subject: Kate Winslet, property: age, value: 47,\n"
        "     as_of: {from: 2023-05-14}}\n",
    )
    assert [(c.full_id, c.verdict.value) for c in result.claims] == [
        ("early/later", "undetermined")
    ]
    steps = result.claims[0].explanation
    assert (
        "the date gives, over 2023-05-14 or later, an age of 47 until 2023-10-04, 48 or more after"
        in steps
    )
    assert "after over" not in steps


def test_an_age_after_the_dataset_was_checked_is_not_told_as_past(tmp_path: Path) -> None:
    """The shipped dataset was checked on 2026-11-21: an age as of a day after it is what
    the subject would be then ("was 29 throughout" for 2030 read as a past fact); the
    same age on the day itself is still told as past. The dataset's day, not the run's,
    so the words do not change with the day of the run."""
    result = check(
        tmp_path,
        "  - {id: then, subject: Mia Threapleton, property: age, value: 27, as_of: 2026-11-21}\n"
        "  - {id: after, subject: Mia Threapleton, property: age, value: 27, as_of: 2026-11-22}\n"
        "  - {id: far, subject: Mia Threapleton, property: age, value: 22, as_of: 2030-01-01}\n",
    )
    d201 = [f for f in result.findings if f.code == "D201"]
    assert [(f.claims, [str(loc) for loc in f.locations], f.message) for f in d201] == [
        (
            ("early/then",),
            ["claims/a.yaml:3:64"],
            "claims Mia Threapleton age 27 as of 2026-11-21; the dataset gives birth_date "
            f"2000-10-12 {_REF}, so Mia Threapleton was 26 throughout; correct the claim, "
            "or acknowledge it with the fact-check's conclusion",
        ),
        (
            ("early/after",),
            ["claims/a.yaml:4:65"],
            "claims Mia Threapleton age 27 as of 2026-11-22; the dataset gives birth_date "
            f"2000-10-12 {_REF}, so Mia Threapleton would be 26 throughout; correct the "
            "claim, or acknowledge it with the fact-check's conclusion",
        ),
        (
            ("early/far",),
            ["claims/a.yaml:5:63"],
            "claims Mia Threapleton age 22 as of 2030-01-01; the dataset gives birth_date "
            f"2000-10-12 {_REF}, so Mia Threapleton would be 29 throughout; correct the "
            "claim, or acknowledge it with the fact-check's conclusion",
        ),
    ]
