"""A claim held against many facts of one subject and property: only the facts sharing
a value with it are compared in full, and a message names a dozen entries of a list."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from validator import Result
from validator.dataset.load import load_dataset
from validator.pipeline import Options, run
from validator.rules import fact_compare

PEOPLE = 80


def _dataset(complete: bool) -> str:
    facts = "".join(
        f"      - {{property: director, value: p{n}, ref: credits"
        + (", qualifiers: {year: 2022}" if n % 2 else "")
        + "}\n"
        for n in range(PEOPLE)
    )
    people = "".join(
        f"  - {{id: p{n}, kind: person, names: [Person {n}]}}\n" for n in range(PEOPLE + 5)
    )
    return (
        "dataset: {id: test, title: Test, checked: 2026-11-21}\n"
        "references:\n  credits: {title: Credits, published: 2023-01}\n"
        "properties:\n  director: {type: entity, qualifiers: {year: date}}\n"
        "entities:\n"
        "  - id: film\n    kind: film\n    names: [The Film]\n"
        + ("    complete: [director]\n" if complete else "")
        + "    facts:\n"
        + facts
        + people
    )


CLAIMS = """\
source: {id: a, outlet: A, title: T, published: 2023-02-01}
claims:
  - {id: listed, subject: The Film, property: director, value: Person 3}
  - {id: listed-year, subject: The Film, property: director, value: Person 3,
     qualifiers: {year: 2022}}
  - {id: wrong-year, subject: The Film, property: director, value: Person 5,
     qualifiers: {year: 2021}}
  - {id: unlisted, subject: The Film, property: director, value: Person 82}
  - {id: silent, subject: The Film, property: director, value: Person 4,
     qualifiers: {year: 2022}}
"""


def _run(tmp_path: Path, complete: bool) -> Result:
    (tmp_path / "data.yaml").write_text(_dataset(complete))
    (tmp_path / "claims").mkdir(exist_ok=True)
    (tmp_path / "claims" / "a.yaml").write_text(CLAIMS)
    dataset = load_dataset(str(tmp_path / "data.yaml"))
    return run([str(tmp_path / "claims")], dataset, Options(today=date(2026, 11, 21)))


@pytest.fixture(autouse=True)
def _cwd(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)


@pytest.mark.parametrize("complete", [True, False])
def test_the_index_finds_what_comparing_every_fact_finds(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, complete: bool
) -> None:
    indexed = _run(tmp_path, complete)
    monkeypatch.setattr(fact_compare, "_INDEXED", PEOPLE + 1)
    assert _run(tmp_path, complete) == indexed
    verdicts = {c.full_id: c.verdict.value for c in indexed.claims}
    assert verdicts == {
        "a/listed": "supported",
        "a/listed-year": "supported",
        "a/wrong-year": "refuted",
        "a/unlisted": "refuted" if complete else "unverifiable",
        "a/silent": "undetermined",
    }


def test_a_message_names_a_dozen_entries_of_a_long_list(tmp_path: Path) -> None:
    messages = {f.claims[0]: f.message for f in _run(tmp_path, True).findings}
    entries = "; ".join(f"Person {n}" + (", year 2022" if n % 2 else "") for n in range(12))
    # Every entry rests on the credits: cited once, after the list.
    assert messages["a/unlisted"] == (
        "claims The Film director Person 82 as of 2023-02-01; the dataset's complete list of "
        f"The Film's director is: {entries}; and 68 more (all Credits, 2023-01); correct the "
        "claim, or acknowledge it with the fact-check's conclusion"
    )
    incomplete = {f.claims[0]: f.message for f in _run(tmp_path, False).findings}
    names = ", ".join(f"Person {n}" for n in range(12))
    assert incomplete["a/unlisted"] == (
        "claims The Film director Person 82 as of 2023-02-01; the dataset lists "
        f"{names}, and 68 more for The Film's director but not this, and does not mark the "
        "list complete; add a referenced fact if one can be found"
    )
